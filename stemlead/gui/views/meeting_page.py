"""One meeting: build the agenda, run the meeting, and adjust its details.

Everything saves as typed. The agenda shows the automatic "Review open action items"
part first whenever items carry forward from earlier meetings of the group, and counts
its minutes in the running total against the meeting's length.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QListWidgetItem, QMenu, QWidget

from stemlead.clock import today
from stemlead.core import (
    action_items,
    agenda,
    agenda_templates,
    attendance,
    decisions,
    groups,
    meetings,
)
from stemlead.core.action_items import CARRY_REVIEW_MINUTES
from stemlead.core.agenda import PURPOSE_LABELS, AgendaItem
from stemlead.core.fields import parse_moment
from stemlead.core.meetings import Meeting
from stemlead.errors import NotFound
from stemlead.gui import fmt
from stemlead.gui.forms.ui_meeting_page import Ui_MeetingPage
from stemlead.gui.session import Session
from stemlead.gui.widgets.handout_button import handout_button
from stemlead.gui.widgets.keys import on_key
from stemlead.gui.widgets.record_form import RecordForm

ROLE = Qt.ItemDataRole.UserRole
STATUS_CYCLE = ("present", "late", "absent", "excused")


class MeetingPage(QWidget):
    back_requested = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.meeting_id: int | None = None
        self.form = f = Ui_MeetingPage()
        f.setupUi(self)
        f.heading.setProperty("heading", True)
        for label in (f.subheading, f.agendaHint, f.seriesInfo):
            label.setProperty("muted", True)
        for value, label in PURPOSE_LABELS.items():
            f.purpose.addItem(label, value)
        f.back.clicked.connect(self.back_requested.emit)
        f.markHeld.clicked.connect(self._toggle_held)
        for text, kind in (("A&genda PDF…", "agenda"), ("Su&mmary PDF…", "summary")):
            f.top.insertWidget(
                f.top.count() - 1,
                handout_button(text, session, self, lambda kind=kind: self.handout(kind)),
            )
        # agenda
        f.newItem.returnPressed.connect(self.add_item)
        f.items.currentItemChanged.connect(lambda current, _: self._select_item(current))
        f.items.model().rowsMoved.connect(lambda *_: QTimer.singleShot(0, self._save_order))
        f.fromTemplate.clicked.connect(self._template_menu)
        f.copyLast.clicked.connect(self.copy_last)
        f.owner.activated.connect(lambda _: self._set_owner())
        self._loading = False
        self.item_fields = RecordForm.on(
            session,
            AgendaItem,
            agenda.update,
            f,
            ("title", "purpose", "description", "minutes"),
            title=f.itemTitle,
        )
        self.item_fields.after_save = self._item_saved
        context = Qt.ShortcutContext.WidgetShortcut
        for keys, step in (("Alt+Up", -1), ("Alt+Down", 1)):
            QShortcut(
                QKeySequence(keys), f.items, lambda step=step: self.move_item(step), context=context
            )
        QShortcut(QKeySequence.StandardKey.Delete, f.items, self.delete_item, context=context)
        # run
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
        self.run_fields = RecordForm.on(
            session,
            AgendaItem,
            agenda.update,
            f,
            ("notes", "outcome"),
            notes=f.itemNotes,
            outcome=f.itemOutcome,
        )
        # details
        f.scope.addItem("This meeting only", "one")
        f.scope.addItem("This and all following meetings", "following")
        f.apply.clicked.connect(self.apply_details)
        f.skip.clicked.connect(self._toggle_skip)
        self.meeting_fields = RecordForm.on(
            session,
            Meeting,
            meetings.update,
            f,
            ("title", "notes", "private_notes"),
            notes=f.meetingNotes,
        )

        session.restored.connect(self._refill)

    @property
    def item_id(self) -> int | None:
        """The agenda item selected on the agenda tab."""
        return self.item_fields.item_id

    @property
    def run_item_id(self) -> int | None:
        """The agenda item chosen on the run tab."""
        return self.run_fields.item_id

    def _refill(self) -> None:
        """After an undo: show what came back (an agenda item, a decision, ...)."""
        if self.meeting_id is None:
            return
        try:
            meetings.get(self.session.db, self.meeting_id)
        except NotFound:  # it went to the trash itself
            return
        self._fill_agenda()
        self._fill_run()

    def handout(self, kind: str | None = None) -> Any:
        """The agenda before the meeting, the summary once it is held."""
        from stemlead.pdf.handouts import Request

        if self.meeting_id is None:
            return None
        if kind is None:
            held = meetings.get(self.session.db, self.meeting_id).status == "held"
            kind = "summary" if held else "agenda"
        return Request(kind, self.meeting_id)

    # -- loading ---------------------------------------------------------------------------
    def show_meeting(self, meeting_id: int) -> None:
        db = self.session.db
        m = meetings.get(db, meeting_id)
        self.meeting_fields.show(m)  # typing not yet saved goes to where it was typed
        self.meeting_id = meeting_id
        f = self.form
        group = groups.get(db, m.group_id) if m.group_id else None
        f.heading.setText(m.title or (group.name if group else "Meeting"))
        parts = [
            fmt.day_and_clock(m.starts_at),
            fmt.minutes(m.duration_minutes),
            m.place,
            group.name if group else "",
            m.status if m.status != "scheduled" else "",
        ]
        f.subheading.setText(" · ".join(p for p in parts if p))
        f.markHeld.setText("Mark as scheduled" if m.status == "held" else "Mark as &held")
        start = parse_moment(m.starts_at)
        f.start.setDateTime(
            QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute))
        )
        f.length.setValue(m.duration_minutes)
        f.place.setText(m.place)
        in_series = m.series_id is not None
        f.scope.setEnabled(in_series)
        f.skip.setEnabled(in_series)
        f.skip.setText(
            "Un&skip this occurrence" if m.status == "cancelled" else "S&kip this occurrence"
        )
        if in_series:
            series = meetings.get_series(db, m.series_id)  # type: ignore[arg-type]
            f.seriesInfo.setText(
                f"Part of a repeating series ({series.rrule}); time, length "
                "and place can change for this meeting or all that follow."
            )
        else:
            f.seriesInfo.setText("A stand-alone meeting.")
        self._fill_owners(m.group_id)
        self._fill_agenda()
        self._fill_run()

    def _fill_owners(self, group_id: int | None) -> None:
        f = self.form
        for combo in (f.owner, f.actionOwner):
            combo.clear()
            combo.addItem("Me", ("me", None))
            for member in groups.members(self.session.db, group_id) if group_id else []:
                kind = "teacher" if member.teacher_id else "contact"
                combo.addItem(member.name, (kind, member.teacher_id or member.contact_id))

    # -- agenda ----------------------------------------------------------------------------
    def _fill_agenda(self, select: int | None = None) -> None:
        assert self.meeting_id is not None
        db = self.session.db
        f = self.form
        m = meetings.get(db, self.meeting_id)
        carried = action_items.carried_forward(db, self.meeting_id)
        f.carriedBox.setVisible(bool(carried))
        f.carriedBox.setTitle(f"Review open action items · {CARRY_REVIEW_MINUTES} min")
        f.carried.clear()
        for a in carried:
            done = "✓ " if a.status in ("done", "dropped") else ""
            due = f" · due {fmt.day(a.due_on)}" if a.due_on else ""
            owner = "You" if a.owner_kind == "me" else a.owner_name
            f.carried.addItem(f"{done}{a.title} — {owner}{due}")
        clock = parse_moment(m.starts_at) + timedelta(
            minutes=CARRY_REVIEW_MINUTES if carried else 0
        )
        current = select if select is not None else self.item_id
        self._loading = True
        f.items.clear()
        for item in agenda.items(db, self.meeting_id):
            owner = "Me" if item.owner_kind == "me" else item.owner_name
            text = (
                f"{fmt.clock(clock.isoformat())}  {item.title}  ·  "
                f"{PURPOSE_LABELS[item.purpose]} · {owner} · {item.minutes} min"
            )
            row = QListWidgetItem(text)
            row.setData(ROLE, item.id)
            f.items.addItem(row)
            if item.id == current:
                f.items.setCurrentItem(row)
            clock += timedelta(minutes=item.minutes)
        self._loading = False
        planned = agenda.planned_minutes(db, self.meeting_id)
        over = planned - m.duration_minutes
        f.total.setText(
            f"Planned {planned} of {m.duration_minutes} minutes"
            + (
                f" — over by {over} minutes: trim an item or lengthen the meeting."
                if over > 0
                else f" — {-over} minutes to spare."
                if over < 0
                else " — right on time."
            )
        )
        f.total.setStyleSheet("color: #c0392b; font-weight: 600;" if over > 0 else "")
        f.total.setProperty("over", over > 0)
        if f.items.currentItem() is None and f.items.count():
            f.items.setCurrentRow(0)
        self._select_item(f.items.currentItem())

    def _select_item(self, row: QListWidgetItem | None) -> None:
        if self._loading:
            return
        f = self.form
        item = agenda.get(self.session.db, row.data(ROLE)) if row is not None else None
        self.item_fields.show(item)
        f.itemBox.setEnabled(item is not None)
        if item is None:
            return
        self._loading = True
        key = (
            ("me", None)
            if item.owner_kind == "me"
            else (item.owner_kind, item.owner_teacher_id or item.owner_contact_id)
        )
        index = f.owner.findData(key)
        if index < 0 and item.owner_kind != "me":
            f.owner.addItem(item.owner_name, key)
            index = f.owner.count() - 1
        f.owner.setCurrentIndex(max(0, index))
        self._loading = False

    def _item_saved(self, field: str) -> None:
        if field in ("minutes", "title", "purpose"):  # the timeline and total change
            self._fill_agenda()

    def _set_owner(self) -> None:
        if self.item_id is None:
            return
        kind, owner_id = self.form.owner.currentData()
        owner = (
            {"teacher_id": owner_id}
            if kind == "teacher"
            else ({"contact_id": owner_id} if kind == "contact" else {})
        )
        if self.session.write(agenda.set_owner, self.item_id, **owner).ok:
            self._fill_agenda()

    def add_item(self) -> None:
        title = self.form.newItem.text().strip()
        if not title or self.meeting_id is None:
            return
        outcome = self.session.write(agenda.add, self.meeting_id, title)
        if outcome.ok:
            self.form.newItem.clear()
            self._fill_agenda(select=outcome.value)
            self._fill_run()

    def move_item(self, step: int) -> None:
        row = self.form.items.currentRow()
        if self.item_id is None or not 0 <= row + step < self.form.items.count():
            return
        if self.session.write(agenda.move, self.item_id, row + step).ok:
            self._fill_agenda(select=self.item_id)
            self.form.items.setFocus()

    def _save_order(self) -> None:
        if self.meeting_id is None or self._loading:
            return
        ids = [self.form.items.item(r).data(ROLE) for r in range(self.form.items.count())]
        if self.session.write(agenda.reorder, self.meeting_id, ids).ok:
            self._fill_agenda()

    def delete_item(self) -> None:
        if self.item_id is None:
            return
        title = agenda.get(self.session.db, self.item_id).title
        if self.session.delete(agenda.delete, self.item_id, title):
            self.item_fields.show(None)
            self._fill_agenda()
            self._fill_run()

    def _template_menu(self) -> None:
        menu = QMenu(self)
        for template in agenda_templates.templates(self.session.db):
            action = menu.addAction(f"{template.name} ({template.minutes} min)")
            action.triggered.connect(lambda _=False, slug=template.slug: self.apply_template(slug))
        menu.exec(self.form.fromTemplate.mapToGlobal(self.form.fromTemplate.rect().bottomLeft()))

    def apply_template(self, slug: str) -> None:
        if (
            self.meeting_id is not None
            and self.session.write(agenda_templates.apply, self.meeting_id, slug).ok
        ):
            self._fill_agenda()
            self._fill_run()

    def copy_last(self) -> None:
        if (
            self.meeting_id is not None
            and self.session.write(agenda.copy_previous, self.meeting_id).ok
        ):
            self._fill_agenda()
            self._fill_run()

    # -- running the meeting ---------------------------------------------------------------
    def _fill_run(self) -> None:
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
        for item in agenda.items(db, self.meeting_id):
            f.runItem.addItem(item.title, item.id)
        index = f.runItem.findData(self.run_item_id)
        f.runItem.setCurrentIndex(index if index >= 0 else 0)
        f.runItem.blockSignals(False)
        self._load_run_item()
        self._fill_actions()
        if f.actionDue.is_empty():
            f.actionDue.set_iso((today() + timedelta(days=7)).isoformat())

    def _fill_actions(self) -> None:
        assert self.meeting_id is not None
        db = self.session.db
        widget = self.form.actions
        widget.clear()
        rows = [
            *action_items.carried_forward(db, self.meeting_id),
            *action_items.list_action_items(db, source="meeting", source_id=self.meeting_id),
        ]
        for a in rows:
            done = a.status in ("done", "dropped")
            owner = "You" if a.owner_kind == "me" else a.owner_name
            due = f" · due {fmt.day(a.due_on)}" if a.due_on else ""
            carried = " (carried forward)" if a.source_id != self.meeting_id else ""
            row = QListWidgetItem(f"{'✓' if done else '○'} {a.title} — {owner}{due}{carried}")
            row.setData(ROLE, (a.id, done))
            widget.addItem(row)

    def _load_run_item(self) -> None:
        f = self.form
        chosen = f.runItem.currentData()
        self.run_fields.show(agenda.get(self.session.db, chosen) if chosen is not None else None)
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
            self._fill_run()
            self.form.attendance.setCurrentRow(current)

    def add_guest(self) -> None:
        name = self.form.guest.text().strip()
        if (
            name
            and self.meeting_id is not None
            and self.session.write(attendance.mark, self.meeting_id, "present", guest_name=name).ok
        ):
            self.form.guest.clear()
            self._fill_run()

    def add_decision(self) -> None:
        text = self.form.newDecision.text().strip()
        if (
            text
            and self.meeting_id is not None
            and self.session.write(
                decisions.record, self.meeting_id, text, agenda_item_id=self.run_item_id
            ).ok
        ):
            self.form.newDecision.clear()
            self._fill_run()

    def add_action(self) -> None:
        f = self.form
        title = f.newAction.text().strip()
        if not title or self.meeting_id is None:
            return
        kind, owner_id = f.actionOwner.currentData()
        owner = (
            {"owner_teacher_id": owner_id}
            if kind == "teacher"
            else ({"owner_contact_id": owner_id} if kind == "contact" else {})
        )
        due = f.actionDue.iso()
        if self.session.write(
            action_items.add,
            title,
            meeting_id=self.meeting_id,
            agenda_item_id=self.run_item_id,
            due_on=due,
            **owner,
        ).ok:
            f.newAction.clear()
            self._fill_actions()

    def _toggle_action(self, row: QListWidgetItem | None) -> None:
        if row is None:
            return
        item_id, done = row.data(ROLE)
        current = self.form.actions.currentRow()
        if self.session.write(
            action_items.set_status,
            item_id,
            "open" if done else "done",
            in_meeting_id=self.meeting_id,
        ).ok:
            self._fill_actions()
            self._fill_agenda()
            self.form.actions.setCurrentRow(current)

    # -- details -----------------------------------------------------------------------------
    def _write_meeting(self, **changes: Any) -> bool:
        if self.meeting_id is None:
            return True
        return self.session.write(meetings.update, self.meeting_id, **changes).ok

    def _toggle_held(self) -> None:
        if self.meeting_id is None:
            return
        status = meetings.get(self.session.db, self.meeting_id).status
        if self._write_meeting(status="scheduled" if status == "held" else "held"):
            self.show_meeting(self.meeting_id)

    def _toggle_skip(self) -> None:
        if self.meeting_id is None:
            return
        skipped = meetings.get(self.session.db, self.meeting_id).status == "cancelled"
        fn = meetings.unskip_occurrence if skipped else meetings.skip_occurrence
        if self.session.write(fn, self.meeting_id).ok:
            self.show_meeting(self.meeting_id)

    def apply_details(self) -> None:
        if self.meeting_id is None:
            return
        f = self.form
        start = f.start.dateTime().toPython()
        assert isinstance(start, datetime)
        if f.scope.isEnabled() and f.scope.currentData() == "following":
            outcome = self.session.write(
                meetings.change_following,
                self.meeting_id,
                start_time=start.strftime("%H:%M"),
                duration_minutes=f.length.value(),
                place=f.place.text(),
            )
            ok = outcome.ok
        else:
            ok = self.session.write(
                meetings.reschedule,
                self.meeting_id,
                start,
                duration_minutes=f.length.value(),
                place=f.place.text(),
            ).ok
        if ok:
            self.show_meeting(self.meeting_id)
