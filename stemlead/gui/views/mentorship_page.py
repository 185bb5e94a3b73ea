"""One mentoring pair's page: its details and goals (every field saves as it is typed), and
its check-ins: the log, the selected check-in's fields, its next steps and those still open
from earlier check-ins (Space marks one done), and the agreement and summary handouts."""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog, QListWidget, QWidget

from stemlead.core import action_items, check_ins, learning_plans, mentorships
from stemlead.core.action_items import ActionItemRow
from stemlead.core.check_ins import KIND_LABELS, CheckIn
from stemlead.core.mentorships import STATUS_LABELS, Goal, Mentorship
from stemlead.gui import fmt
from stemlead.gui.forms.ui_mentorship_page import Ui_MentorshipPage
from stemlead.gui.session import Session
from stemlead.gui.views.partner_tab import ID, current_id, fill_list
from stemlead.gui.widgets.keys import on_key
from stemlead.gui.widgets.record_form import RecordForm
from stemlead.pdf.fmt import duration


class MentorshipPage(QWidget):
    handout_requested = Signal(str)  # "mentorship" or "mentoring-summary"
    mentor_change_requested = Signal(int)  # the pair id

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.pair_id: int | None = None
        self.form = f = Ui_MentorshipPage()
        f.setupUi(self)
        f.heading.setProperty("heading", True)
        for widget in (f.summary, f.focusHint, f.hours, f.ended):
            widget.setProperty("muted", True)
        for status, label in STATUS_LABELS.items():
            f.status.addItem(label, status)
        self.fields = RecordForm.on(
            session,
            Mentorship,
            mentorships.update,
            f,
            (
                "started_on",
                "planned_end_on",
                "cadence_days",
                "monthly_minutes",
                "focus_areas",
                "end_reason",
                "closing_reflection",
                "private_notes",
            ),
        )
        self.fields.after_save = lambda _: self._summarise()
        for combo in (f.startRating, f.endRating):
            combo.addItem("Not rated", 0)
            for n in range(1, 6):
                combo.addItem(str(n), n)
        self.goal = RecordForm(
            session,
            Goal,
            mentorships.update_goal,
            {"text": f.goalText, "start_rating": f.startRating, "end_rating": f.endRating},
        )
        self.goal.after_save = lambda _: self._fill_goals()
        for kind, label in KIND_LABELS.items():
            f.kind.addItem(label, kind)
        self.check_in = RecordForm.on(
            session,
            CheckIn,
            check_ins.update,
            f,
            ("occurred_on", "minutes", "kind", "what_works", "focus", "next_check_in_on"),
            focus=f.checkInFocus,
        )
        self.check_in.after_save = lambda _: self._fill_check_ins()
        f.nextCheckInOn.set_optional(True, "Not set")
        f.stepSide.addItem("Mentee's", "mentee")
        f.stepSide.addItem("Mentor's", "mentor")
        f.status.activated.connect(lambda _: self._set_status(f.status.currentData()))
        f.changeMentor.clicked.connect(
            lambda: self.pair_id and self.mentor_change_requested.emit(self.pair_id)
        )
        f.agreementPdf.clicked.connect(lambda: self.handout_requested.emit("mentorship"))
        f.summaryPdf.clicked.connect(lambda: self.handout_requested.emit("mentoring-summary"))
        f.goalList.currentItemChanged.connect(lambda *_: self._show_goal(current_id(f.goalList)))
        f.addGoal.clicked.connect(self.add_goal)
        f.deleteGoal.clicked.connect(self.delete_goal)
        f.checkInList.currentItemChanged.connect(
            lambda *_: self._show_check_in(current_id(f.checkInList))
        )
        f.logCheckIn.clicked.connect(self.log_check_in)
        f.deleteCheckIn.clicked.connect(self.delete_check_in)
        delete = QShortcut(QKeySequence.StandardKey.Delete, f.checkInList, self.delete_check_in)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)
        f.addStep.clicked.connect(self.add_step)
        f.stepText.returnPressed.connect(self.add_step)
        for steps in (f.stepList, f.carriedList):
            on_key(steps, Qt.Key.Key_Space, partial(self._toggle, steps))
        self.setEnabled(False)

    # -- showing ------------------------------------------------------------------------------
    def show_pair(self, pair_id: int | None) -> None:
        pair = mentorships.get(self.session.db, pair_id) if pair_id is not None else None
        self.fields.show(pair)
        self.pair_id = pair_id
        self.setEnabled(pair is not None)
        self.goal.item_id = self.check_in.item_id = -1  # the next show loads whatever is chosen
        if pair is None:
            self.form.heading.setText("No mentoring pair selected")
            self.form.summary.setText("")
            for widget in (self.form.goalList, self.form.checkInList):
                widget.clear()
            return
        self.reload()

    def reload(self) -> None:
        """Refill everything shown (after any change) without touching what is being typed."""
        if self.pair_id is None:
            return
        self._summarise()
        self._fill_goals()
        self._fill_check_ins()

    def _summarise(self) -> None:
        if self.pair_id is None:
            return
        db = self.session.db
        row = mentorships.row(db, self.pair_id)
        f = self.form
        f.heading.setText(f"{row.mentee} with {row.mentor_label}")
        f.mentor.setText(row.mentor_label)
        f.status.setCurrentIndex(f.status.findData(row.status))
        f.ended.setText(f"on {fmt.day(row.ended_on)}" if row.ended_on else "")
        bits = [STATUS_LABELS[row.status], f"since {fmt.day(row.started_on)}"]
        if row.due_on:
            word = "overdue since" if row.overdue else "next check-in"
            bits.append(f"{word} {fmt.day(row.due_on)}")
        f.summary.setText(" · ".join(bits))
        areas = [r.label for r in learning_plans.growth_of(db, row.mentee_id)]
        f.focusHint.setText("Their growth areas: " + ", ".join(areas) if areas else "")
        expected = mentorships.expected_minutes(row)
        hours = f"{duration(row.minutes)} together"
        f.hours.setText(hours + (f" of about {duration(expected)} planned" if expected else ""))

    def _fill_goals(self) -> None:
        goals = mentorships.goals(self.session.db, self.pair_id or 0)
        entries = [
            (f"{g.text}  ·  {_rating(g.start_rating)} → {_rating(g.end_rating)}", g.id)
            for g in goals
        ]
        keep = self.goal.item_id if self.goal.item_id != -1 else None
        fill_list(self.form.goalList, entries, keep)
        if self.form.goalList.currentRow() < 0 and goals:
            self.form.goalList.setCurrentRow(0)
        self._show_goal(current_id(self.form.goalList))

    def _show_goal(self, goal_id: int | None) -> None:
        f = self.form
        for widget in (f.goalText, f.startRating, f.endRating, f.deleteGoal):
            widget.setEnabled(goal_id is not None)
        if goal_id == self.goal.item_id:
            return
        self.goal.show(mentorships.get_goal(self.session.db, goal_id) if goal_id else None)

    def _fill_check_ins(self) -> None:
        rows = check_ins.list_check_ins(self.session.db, mentorship_id=self.pair_id or 0)
        entries = [(_check_in_text(r), r.id) for r in rows]
        keep = self.check_in.item_id if self.check_in.item_id != -1 else None
        fill_list(self.form.checkInList, entries, keep)
        if self.form.checkInList.currentRow() < 0 and rows:
            self.form.checkInList.setCurrentRow(0)
        title = self.form.tabs.indexOf(self.form.checkInsTab)
        self.form.tabs.setTabText(title, f"Chec&k-ins ({len(rows)})" if rows else "Chec&k-ins")
        self._show_check_in(current_id(self.form.checkInList), force=True)

    def _show_check_in(self, check_in_id: int | None, *, force: bool = False) -> None:
        f = self.form
        f.checkInBox.setEnabled(check_in_id is not None)
        f.deleteCheckIn.setEnabled(check_in_id is not None)
        if check_in_id != self.check_in.item_id or (force and check_in_id is None):
            self.check_in.show(check_ins.get(self.session.db, check_in_id) if check_in_id else None)
        db = self.session.db
        steps = check_ins.steps(db, check_in_id) if check_in_id else []
        carried = check_ins.carried_forward(db, check_in_id) if check_in_id else []
        _fill_steps(f.stepList, steps, "No next steps agreed at this check-in.")
        _fill_steps(f.carriedList, carried, "Nothing still open from earlier check-ins.")

    # -- actions -------------------------------------------------------------------------------
    def _set_status(self, status: str) -> None:
        if self.pair_id is None:
            return
        reason = None
        if status == "ended_early":
            current = mentorships.get(self.session.db, self.pair_id).end_reason
            reason, ok = QInputDialog.getText(
                self,
                "The pair ended early",
                "Why did the pair end early? (a few words)",
                text=current,
            )
            if not ok:
                self._summarise()
                return
        self.session.write(mentorships.set_status, self.pair_id, status, reason=reason)
        self.fields.show(mentorships.get(self.session.db, self.pair_id))
        self._summarise()

    def add_goal(self) -> None:
        if self.pair_id is None:
            return
        outcome = self.session.write(mentorships.add_goal, self.pair_id, "New goal")
        if outcome.ok and outcome.value is not None:
            self.goal.item_id = -1
            self._fill_goals()
            select(self.form.goalList, outcome.value)
            self.form.goalText.setFocus()
            self.form.goalText.selectAll()

    def delete_goal(self) -> None:
        goal_id = current_id(self.form.goalList)
        if goal_id is not None:
            text = mentorships.get_goal(self.session.db, goal_id).text
            if self.session.delete(mentorships.delete_goal, goal_id, text):
                self.goal.item_id = -1
                self._fill_goals()

    def log_check_in(self) -> None:
        from stemlead.gui.dialogs.log_check_in import LogCheckInDialog

        if self.pair_id is None:
            return
        dialog = LogCheckInDialog(self.session, self.pair_id, parent=self)
        if dialog.exec() and dialog.logged_id is not None:
            self.select_check_in(dialog.logged_id)

    def select_check_in(self, check_in_id: int) -> None:
        f = self.form
        f.tabs.setCurrentWidget(f.checkInsTab)
        self.check_in.item_id = -1
        self._fill_check_ins()
        select(f.checkInList, check_in_id)
        f.checkInList.setFocus()

    def delete_check_in(self) -> None:
        check_in_id = current_id(self.form.checkInList)
        if check_in_id is not None:
            label = (
                f"Check-in on {fmt.day(check_ins.get(self.session.db, check_in_id).occurred_on)}"
            )
            if self.session.delete(check_ins.delete, check_in_id, label):
                self.check_in.item_id = -1
                self._fill_check_ins()

    def add_step(self) -> None:
        f = self.form
        check_in_id = current_id(f.checkInList)
        if check_in_id is None or not f.stepText.text().strip():
            return
        due = check_ins.get(self.session.db, check_in_id).next_check_in_on
        outcome = self.session.write(
            check_ins.add_step,
            check_in_id,
            f.stepText.text(),
            side=f.stepSide.currentData(),
            due_on=due,
        )
        if outcome.ok:
            f.stepText.clear()
            self._show_check_in(check_in_id)

    def _toggle(self, steps: QListWidget) -> None:
        item = steps.currentItem()
        if (
            item is not None
            and item.data(ID)
            and self.session.write(action_items.toggle_done, item.data(ID)).ok
        ):
            self._show_check_in(current_id(self.form.checkInList))
            steps.setFocus()


def select(widget: QListWidget, item_id: int) -> None:
    """Make the entry with ``item_id`` current (which shows it)."""
    for row in range(widget.count()):
        if widget.item(row).data(ID) == item_id:
            widget.setCurrentRow(row)


def _rating(value: int | None) -> str:
    return str(value) if value else "–"


def _check_in_text(row: check_ins.CheckInRow) -> str:
    head = f"{fmt.day(row.occurred_on)} · {KIND_LABELS[row.kind]} · {duration(row.minutes)}"
    if row.open_steps:
        head += f" · {row.open_steps} open step{'s' if row.open_steps != 1 else ''}"
    works = " ".join(row.what_works.split())
    if len(works) > 140:
        works = works[:139] + "…"
    return f"{head}\n{works}" if works else head


def _fill_steps(widget: QListWidget, steps: list[ActionItemRow], empty: str) -> None:
    keep = current_id(widget)
    entries: list[tuple[str, Any]] = []
    for step in steps:
        mark = "☐" if step.is_open else "☑"
        due = f" · due {fmt.day(step.due_on)}" if step.due_on else ""
        entries.append((f"{mark} {step.title} — {step.owner_name or 'You'}{due}", step.id))
    fill_list(widget, entries or [(empty, 0)], keep)
    if not steps:
        widget.item(0).setFlags(Qt.ItemFlag.NoItemFlags)
