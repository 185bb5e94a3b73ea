"""What every tab of an event's page shares: the page (its event, form and session), and
"forget" so a newly shown event reloads the tab's editor even when the id repeats."""

from __future__ import annotations

from typing import TYPE_CHECKING

from stemlead.gui.widgets.record_form import RecordForm

if TYPE_CHECKING:
    from stemlead.gui.views.event_page import EventPage


class EventTab:
    fields: RecordForm | None = None

    def __init__(self, page: EventPage) -> None:
        self.page = page
        self.session = page.session
        self.form = page.form

    @property
    def event_id(self) -> int | None:
        return self.page.event_id

    @property
    def item_id(self) -> int | None:
        return self.fields.item_id if self.fields is not None else None

    def forget(self) -> None:
        if self.fields is not None:
            self.fields.item_id = -1

    def fill(self) -> int:
        raise NotImplementedError
