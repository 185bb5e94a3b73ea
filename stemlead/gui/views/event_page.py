"""One event's page: its details and debrief (fields that save as typed) above tabs for
its people, budget, checklist and photos, each tab its own module.

The date and times save after a short pause like every field; a new start moves the end
with it (the event keeps its length) and moves the open checklist steps, which the page
then shows again.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QTime, Signal
from PySide6.QtWidgets import QWidget

from stemlead.core import events
from stemlead.core.events import KIND_LABELS, STATUS_LABELS, Event
from stemlead.gui import fmt
from stemlead.gui.forms.ui_event_page import Ui_EventPage
from stemlead.gui.session import Session
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.record_form import RecordForm

FIELDS = (
    "title",
    "kind",
    "status",
    "place",
    "schools",
    "audience",
    "description",
    "students",
    "families",
    "visitors",
    "debrief",
    "private_notes",
)


class EventPage(QWidget):
    handout_requested = Signal()
    open_item = Signal(str, int)  # a checklist step opens in Action items

    def __init__(self, session: Session) -> None:
        super().__init__()
        from stemlead.gui.views.event_budget_tab import BudgetTab
        from stemlead.gui.views.event_checklist_tab import ChecklistTab
        from stemlead.gui.views.event_people_tab import PeopleTab
        from stemlead.gui.views.event_photos_tab import PhotosTab

        self.session = session
        self.event_id: int | None = None
        self.form = f = Ui_EventPage()
        f.setupUi(self)
        f.heading.setProperty("heading", True)
        f.summary.setProperty("muted", True)
        for hint in (f.peopleHint, f.stepsHint):
            hint.setProperty("muted", True)
        for kind, label in KIND_LABELS.items():
            f.kind.addItem(label, kind)
        for status, label in STATUS_LABELS.items():
            f.status.addItem(label, status)
        self.fields = RecordForm.on(session, Event, events.update, f, FIELDS)
        self.fields.after_save = self._saved
        twelve_hour = not fmt.clock("2026-01-01T13:00").startswith("13")
        for edit in (f.startTime, f.endTime):
            edit.setDisplayFormat("h:mm AP" if twelve_hour else "HH:mm")
        self._start = autosave.Binding(f.startsOn, self._save_start, f.startsOn.iso)
        self._start_time = autosave.Binding(f.startTime, self._save_start, f.startTime.time)
        self._end = autosave.Binding(f.endTime, self._save_end, f.endTime.time)
        f.startsOn.dateChanged.connect(self._start.edited)
        f.startsOn.editingFinished.connect(self._start.flush)
        f.startTime.timeChanged.connect(self._start_time.edited)
        f.startTime.editingFinished.connect(self._start_time.flush)
        f.endTime.timeChanged.connect(self._end.edited)
        f.endTime.editingFinished.connect(self._end.flush)
        f.handout.clicked.connect(self.handout_requested.emit)
        self.people = PeopleTab(self)
        self.budget = BudgetTab(self)
        self.checklist = ChecklistTab(self)
        self.photos = PhotosTab(self)
        self._titles = [f.tabs.tabText(i) for i in range(f.tabs.count())]

    # -- showing ------------------------------------------------------------------------------
    def show_event(self, event: Event | None) -> None:
        self.fields.show(event)
        self.event_id = event.id if event is not None else None
        self.setEnabled(event is not None)
        self.form.heading.setText(event.title if event is not None else "No event selected")
        for tab in (self.people, self.budget, self.checklist, self.photos):
            tab.forget()
        self._show_time(event)
        self.reload()

    def _show_time(self, event: Event | None) -> None:
        f = self.form
        start = event.start if event is not None else datetime.now()
        end = event.end if event is not None else start + timedelta(hours=2)
        self._start.load(lambda: f.startsOn.setDate(QDate(start.year, start.month, start.day)))
        self._start_time.load(lambda: f.startTime.setTime(QTime(start.hour, start.minute)))
        self._end.load(lambda: f.endTime.setTime(QTime(end.hour, end.minute)))

    def reload(self) -> None:
        """Refill the tabs' lists (after any change) without touching what is typed."""
        if self.event_id is None:
            return
        counts = (
            self.people.fill(),
            self.budget.fill(),
            self.checklist.fill(),
            self.photos.fill(),
        )
        f = self.form
        for tab, count, title in zip(
            (f.peopleTab, f.budgetTab, f.checklistTab, f.photosTab),
            counts,
            self._titles[1:5],
            strict=True,
        ):
            f.tabs.setTabText(f.tabs.indexOf(tab), f"{title} ({count})" if count else title)
        self._summarize()

    def _summarize(self) -> None:
        assert self.event_id is not None
        event = events.get(self.session.db, self.event_id)
        bits = [
            KIND_LABELS[event.kind],
            STATUS_LABELS[event.status],
            fmt.day_and_clock(event.starts_at),
        ]
        steps = self.checklist.open_steps
        if steps:
            bits.append(f"{steps} checklist step{'s' if steps != 1 else ''} to do")
        self.form.summary.setText(" · ".join(bits))

    def _saved(self, field: str) -> None:
        if field == "title" and self.event_id is not None:
            self.form.heading.setText(events.get(self.session.db, self.event_id).title)
        if field in ("kind", "status") and self.event_id is not None:
            self._summarize()

    # -- when -------------------------------------------------------------------------------
    def _moment(self, time: QTime) -> str:
        day = self.form.startsOn.iso() or QDate.currentDate().toString("yyyy-MM-dd")
        return f"{day}T{time.toString('HH:mm')}"

    def _save_start(self, _value: object) -> bool:
        """A new date or start time: the end moves with it, and so do the open steps."""
        if self.event_id is None:
            return True
        moment = self._moment(self.form.startTime.time())
        ok = self.session.write(events.update, self.event_id, starts_at=moment).ok
        if ok:
            event = events.get(self.session.db, self.event_id)
            self._show_time(event)
            self.reload()
        return ok

    def _save_end(self, _value: object) -> bool:
        if self.event_id is None:
            return True
        event = events.get(self.session.db, self.event_id)
        days = (event.end.date() - event.start.date()).days  # a two-day trip stays two days
        day = (event.start.date() + timedelta(days=days)).isoformat()
        moment = f"{day}T{self.form.endTime.time().toString('HH:mm')}"
        ok = self.session.write(events.update, self.event_id, ends_at=moment).ok
        if ok:
            self._summarize()
        return ok
