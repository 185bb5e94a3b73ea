"""Running a meeting: attendance, minutes and outcome per item, decisions, action items.

Keyboard first: Space cycles a person's attendance and ticks an action item done in this
meeting; Enter adds a guest, a decision or an action item. The item chooser shows when
each agenda item is planned to start (``core/agenda_timeline.py``). Everything saves as
typed.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QListWidgetItem

from stemlead.clock import today
from stemlead.core import action_items, agenda, agenda_timeline, attendance, decisions, meetings
from stemlead.core.agenda import AgendaItem
from stemlead.core.meetings import Meeting
from stemlead.gui import fmt
from stemlead.gui.forms.ui_meeting_page import Ui_MeetingPage
from stemlead.gui.session import Session
from stemlead.gui.widgets.keys import on_key
from stemlead.gui.widgets.owner_combo import chosen_owner, fill_owners
from stemlead.gui.widgets.record_form import RecordForm

ROLE = Qt.ItemDataRole.UserRole
STATUS_CYCLE = ("present", "late", "absent", "excused")


class RunTab(QObject):
    """Takes the meeting's minutes on the meeting page's form (its Run tab)."""

    actions_changed = Signal()  # an action item ticked: the agenda's review shows it

    def __init__(self, session: Session, form: Ui_MeetingPage) -> None:
        super().__init__(form.runTab)
        self.session = session
        self.form = f = form
        self.meeting_id: int | None = None
        f.attendance.itemActivated.connect(self._cycle_attendance)
        on_key(
            f.attendance,
            Qt.Key.Key_Space,
            lambda: self._cycle_attendance(f.attendance.currentItem()),
        )
        f.guest.returnPressed.connect(self.add_guest)
        f.newDecision.returnPressed.connect(self.add_decision)
        f.runItem.currentIndexChanged.connect(lambda _: self._load_run_item())
        f.actions.itemActivated.connect(self._toggle_action)
        on_key(f.actions, Qt.Key.Key_Space, lambda: self._toggle_action(f.actions.currentItem()))
        f.newAction.returnPressed.connect(self.add_action)
        f.actionDue.set_optional(True, "No due date")
        self.item_fields = RecordForm.on(
            session,
            AgendaItem,
            agenda.update,
            f,
            ("notes", "outcome"),
            notes=f.itemNotes,
            outcome=f.itemOutcome,
        )
        self.meeting_fields = RecordForm.on(
            session, Meeting, meetings.update, f, ("notes",), notes=f.meetingNotes
        )

    @property
    def item_id(self) -> int | None:
        """The agenda item whose minutes are being taken."""
        return self.item_fields.item_id

    def show(self, meeting: Meeting) -> None:
        """Show a meeting; a new action item starts owned by the coach, due in a week."""
        self.meeting_fields.show(meeting)
        self.meeting_id = meeting.id
        fill_owners(self.form.actionOwner, self.session.db, meeting.group_id)
        self.form.actionDue.set_iso((today() + timedelta(days=7)).isoformat())
        self.fill()

    def fill(self) -> None:
        """Show attendance, decisions, the agenda's items and the action items again."""
        assert self.meeting_id is not None
        db = self.session.db
        f = self.form
        f.attendance.clear()
        for entry in attendance.roll(db, self.meeting_id):
            status = entry.status.title() if entry.status else "not marked"
            who = f"{entry.name} (guest)" if entry.guest_name else entry.name
            row = QListWidgetItem(f"{who} — {status}")
            row.setData(ROLE, entry)
            f.attendance.addItem(row)
        f.decisions.clear()
        for decision in decisions.for_meeting(db, self.meeting_id):
            f.decisions.addItem(decision.text)
        f.runItem.blockSignals(True)
        f.runItem.clear()
        for slot in agenda_timeline.timeline(db, self.meeting_id).slots:
            f.runItem.addItem(
                f"{fmt.clock(slot.starts_at.isoformat())}  {slot.item.title}", slot.item.id
            )
        index = f.runItem.findData(self.item_id)
        f.runItem.setCurrentIndex(index if index >= 0 else 0)
        f.runItem.blockSignals(False)
        self._load_run_item()
        self._fill_actions()

    def _fill_actions(self) -> None:
        """The items carried forward onto this meeting, then the ones born in it."""
        assert self.meeting_id is not None
        db = self.session.db
        widget = self.form.actions
        widget.clear()
        carried = action_items.carried_forward(db, self.meeting_id)
        born = action_items.list_action_items(db, source="meeting", source_id=self.meeting_id)
        for a in [*carried, *born]:
            owner = "You" if a.owner_kind == "me" else a.owner_name
            due = f" · due {fmt.day(a.due_on)}" if a.due_on else ""
            note = " (carried forward)" if a.source_id != self.meeting_id else ""
            row = QListWidgetItem(f"{'○' if a.is_open else '✓'} {a.title} — {owner}{due}{note}")
            row.setData(ROLE, a.id)
            widget.addItem(row)

    def _load_run_item(self) -> None:
        f = self.form
        chosen = f.runItem.currentData()
        self.item_fields.show(agenda.get(self.session.db, chosen) if chosen is not None else None)
        f.itemNotes.setEnabled(chosen is not None)
        f.itemOutcome.setEnabled(chosen is not None)

    def _cycle_attendance(self, row: QListWidgetItem | None) -> None:
        if row is None or self.meeting_id is None:
            return
        entry: attendance.RollEntry = row.data(ROLE)
        following = (
            STATUS_CYCLE[(STATUS_CYCLE.index(entry.status) + 1) % len(STATUS_CYCLE)]
            if entry.status
            else "present"
        )
        who: dict[str, Any] = (
            {"teacher_id": entry.teacher_id}
            if entry.teacher_id
            else {"contact_id": entry.contact_id}
            if entry.contact_id
            else {"guest_name": entry.guest_name}
        )
        current = self.form.attendance.currentRow()
        if self.session.write(attendance.mark, self.meeting_id, following, **who).ok:
            self.fill()
            self.form.attendance.setCurrentRow(current)

    def add_guest(self) -> None:
        name = self.form.guest.text().strip()
        if (
            name
            and self.meeting_id is not None
            and self.session.write(attendance.mark, self.meeting_id, "present", guest_name=name).ok
        ):
            self.form.guest.clear()
            self.fill()

    def add_decision(self) -> None:
        text = self.form.newDecision.text().strip()
        if (
            text
            and self.meeting_id is not None
            and self.session.write(
                decisions.record, self.meeting_id, text, agenda_item_id=self.item_id
            ).ok
        ):
            self.form.newDecision.clear()
            self.fill()

    def add_action(self) -> None:
        f = self.form
        title = f.newAction.text().strip()
        if not title or self.meeting_id is None:
            return
        owner = {f"owner_{key}": value for key, value in chosen_owner(f.actionOwner).items()}
        if self.session.write(
            action_items.add,
            title,
            meeting_id=self.meeting_id,
            agenda_item_id=self.item_id,
            due_on=f.actionDue.iso(),
            **owner,
        ).ok:
            f.newAction.clear()
            f.actionOwner.setCurrentIndex(0)  # each action item's owner is chosen for it
            self._fill_actions()

    def _toggle_action(self, row: QListWidgetItem | None) -> None:
        if row is None:
            return
        current = self.form.actions.currentRow()
        if self.session.write(
            action_items.toggle_done, row.data(ROLE), in_meeting_id=self.meeting_id
        ).ok:
            self._fill_actions()
            self.actions_changed.emit()
            self.form.actions.setCurrentRow(current)
