"""What every tab of a partner's page shares: a list of entries above the selected entry's
fields, every field saving as it is typed (``widgets/autosave``).

Lists are refilled when anything changes, keeping the selection, and an editor reloads
only when a different entry is chosen, so a save never disturbs the field being typed in.
A tab knows its page (the partner shown, the form, the session), never the section around it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

from stemlead.gui.widgets.record_form import RecordForm

if TYPE_CHECKING:
    from stemlead.gui.views.partner_page import PartnerPage

ID = Qt.ItemDataRole.UserRole


def fill_list(widget: QListWidget, entries: list[tuple[str, int]], keep: int | None) -> None:
    """Refill a list of (text, id), keeping ``keep`` selected without signalling a change
    of selection when it is still there."""
    widget.blockSignals(True)
    widget.clear()
    row = -1
    for position, (text, item_id) in enumerate(entries):
        item = QListWidgetItem(text)
        item.setData(ID, item_id)
        item.setToolTip(text)
        widget.addItem(item)
        if item_id == keep:
            row = position
    widget.setCurrentRow(row)
    widget.blockSignals(False)


def current_id(widget: QListWidget) -> int | None:
    item = widget.currentItem()
    return cast("int | None", item.data(ID)) if item is not None else None


class PartnerTab:
    """Shared plumbing: a list of entries above the selected entry's fields."""

    fields: RecordForm

    def __init__(self, page: PartnerPage) -> None:
        self.page = page
        self.session = page.session
        self.form = page.form

    @property
    def item_id(self) -> int | None:
        return self.fields.item_id

    def forget(self) -> None:
        """The next ``show`` reloads the entry even when it is the same one (a new partner)."""
        self.fields.item_id = -1
