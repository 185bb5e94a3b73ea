"""One review round's page: the focusing question, presenter and date (saved as typed), the
protocol's steps on the meeting's clock when it runs in one, its reviewers, feedback
(``review_feedback_tab``), rubric ratings and calibration (``review_rubric_tab``), and the
presenter's reflection that closes it."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QListWidgetItem, QWidget

from stemlead.clock import today
from stemlead.core import (
    contacts,
    lesson_plans,
    lesson_versions,
    meetings,
    review_protocols,
    review_rounds,
    teachers,
)
from stemlead.core.review_rounds import ReviewRound
from stemlead.gui import fmt
from stemlead.gui.forms.ui_review_round import Ui_ReviewRound
from stemlead.gui.session import Session
from stemlead.gui.views.partner_tab import current_id, fill_list
from stemlead.gui.views.review_feedback_tab import FeedbackTab
from stemlead.gui.views.review_rubric_tab import RubricTab
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.combos import chosen_data, line_of
from stemlead.gui.widgets.handout_button import show_handout
from stemlead.gui.widgets.record_form import RecordForm

ID = Qt.ItemDataRole.UserRole


class ReviewRoundPage(QWidget):
    back_requested = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.form = f = Ui_ReviewRound()
        f.setupUi(self)
        f.heading.setProperty("heading", True)
        f.status.setProperty("muted", True)
        self.round: ReviewRound | None = None
        self.fields = RecordForm.on(
            session,
            ReviewRound,
            review_rounds.update,
            f,
            (
                "focusing_question",
                "presenter_id",
                "held_on",
                "presenter_reflection",
                "private_notes",
            ),
            presenter_id=f.presenter,
        )
        self.fields.after_save = lambda _field: self._describe()
        self.feedback = FeedbackTab(self)
        self.rubric = RubricTab(self)
        f.back.clicked.connect(self.back_requested.emit)
        f.pdf.clicked.connect(self._pdf)
        f.onAgenda.clicked.connect(self.put_on_agenda)
        f.offAgenda.clicked.connect(self.take_off_agenda)
        f.addTeacher.clicked.connect(lambda: self._add_reviewer("teacher"))
        line_of(f.newTeacher).returnPressed.connect(lambda: self._add_reviewer("teacher"))
        f.addContact.clicked.connect(lambda: self._add_reviewer("contact"))
        line_of(f.newContact).returnPressed.connect(lambda: self._add_reviewer("contact"))
        f.removeReviewer.clicked.connect(self.remove_reviewer)
        f.reviewers.itemChanged.connect(self._named_toggled)
        f.closeRound.clicked.connect(self.close_round)
        f.reopenRound.clicked.connect(self.reopen_round)
        self._filling = False

    @property
    def round_id(self) -> int | None:
        return self.fields.item_id

    # -- showing -----------------------------------------------------------------------------
    def show_round(self, round_id: int) -> None:
        db = self.session.db
        round_ = review_rounds.get(db, round_id)
        plan_id = review_rounds.plan_of(db, round_id)
        f = self.form
        f.presenter.clear()
        f.presenter.addItem("Nobody named", None)
        authors = lesson_plans.authors(db, plan_id)
        for teacher in authors + [t for t in teachers.list_teachers(db) if t not in authors]:
            f.presenter.addItem(teacher.name, teacher.id)
        self._fill_people()
        self.fields.show(round_)
        f.tabs.setCurrentWidget(f.setupTab)
        self.reload()

    def _fill_people(self) -> None:
        db = self.session.db
        f = self.form
        for combo, people in (
            (
                f.newTeacher,
                [(f"{t.name} ({', '.join(t.subjects)})", t.id) for t in teachers.list_teachers(db)],
            ),
            (
                f.newContact,
                [
                    (f"{c.name} ({c.partner or 'no partner'})", c.id)
                    for c in contacts.list_contacts(db)
                ],
            ),
        ):
            combo.clear()
            for text, item_id in people:
                combo.addItem(text, item_id)
            combo.setCurrentIndex(-1)
        start = (today() - timedelta(days=30)).isoformat()
        f.meeting.clear()
        upcoming = -1
        for row in meetings.list_meetings(db, since=start, until=_days_ahead(90)):
            if row.status == "cancelled":
                continue
            if upcoming < 0 and row.starts_at[:10] >= today().isoformat():
                upcoming = f.meeting.count()  # the next meeting is the likeliest choice
            when = f"{fmt.day(row.starts_at)} {fmt.clock(row.starts_at)}"
            f.meeting.addItem(f"{when} · {row.title or 'Meeting'}", row.id)
        f.meeting.setCurrentIndex(upcoming if upcoming >= 0 else f.meeting.count() - 1)

    def reload(self) -> None:
        """Refill everything but the fields being typed in (after any change)."""
        if self.round_id is None:
            return
        db = self.session.db
        self.round = review_rounds.get(db, self.round_id)
        self._describe()
        self._fill_steps()
        self._fill_reviewers()
        self.feedback.fill()
        self.rubric.fill()
        f = self.form
        closed = self.round.is_closed
        f.closeRound.setEnabled(not closed)
        f.reopenRound.setEnabled(closed)
        if closed:
            kept = self.round.next_version_id
            number = lesson_versions.get(db, kept).number if kept else None
            f.closedText.setText(
                f"Closed {fmt.day(self.round.closed_at)}"
                + (
                    f"; version {number} was kept after it."
                    if number
                    else "; the plan has not been revised yet."
                )
            )
        else:
            f.closedText.setText("Closing keeps the revised plan as its next version.")

    def _describe(self) -> None:
        round_ = self.round
        if round_ is None or self.round_id is None:
            return
        db = self.session.db
        version = lesson_versions.get(db, round_.version_id)
        library = review_protocols.library(db.path)
        self.form.heading.setText(f"{library.name_of(round_.protocol)}: {version.title}")
        bits = [f"Reviews version {version.number}"]
        if round_.meeting_id is not None:
            meeting = meetings.get(db, round_.meeting_id)
            bits.append(
                f"on the agenda of {meeting.title or 'a meeting'}, {fmt.day(meeting.starts_at)}"
            )
        bits.append("closed" if round_.is_closed else "open")
        if round_.protocol not in library.protocols:
            bits.append(f"its protocol file '{round_.protocol}' is missing or has a mistake")
        self.form.status.setText(" · ".join(bits))

    def _fill_steps(self) -> None:
        assert self.round is not None
        f = self.form
        f.steps.clear()
        scheduled = review_rounds.schedule(self.session.db, self.round)
        for entry in scheduled:
            when = f"{fmt.clock(entry.starts_at.isoformat())}  " if entry.starts_at else ""
            item = QListWidgetItem(f"{when}{entry.step.minutes} min · {entry.step.title}")
            item.setToolTip(entry.step.description or entry.step.title)
            f.steps.addItem(item)
        total = sum(s.step.minutes for s in scheduled)
        on_agenda = self.round.agenda_item_id is not None
        linked = self.round.meeting_id
        if linked is not None and f.meeting.findData(linked) < 0:
            meeting = meetings.get(self.session.db, linked)
            when = f"{fmt.day(meeting.starts_at)} {fmt.clock(meeting.starts_at)}"
            f.meeting.insertItem(0, f"{when} · {meeting.title or 'Meeting'}", linked)
        if linked is not None:
            f.meeting.setCurrentIndex(f.meeting.findData(linked))
        text = f"{fmt.minutes(total)} in all."
        if on_agenda:
            text += " The agenda item takes these minutes; the times follow the meeting's clock."
        f.stepsTotal.setText(text)
        f.onAgenda.setEnabled(not on_agenda and f.meeting.count() > 0)
        f.offAgenda.setEnabled(on_agenda)
        f.meeting.setEnabled(not on_agenda)

    def _fill_reviewers(self) -> None:
        found = review_rounds.reviewers(self.session.db, self.round_id or 0)
        f = self.form
        self._filling = True
        keep = current_id(f.reviewers)
        fill_list(f.reviewers, [(f"{r.name} · {r.detail}", r.id) for r in found], keep)
        for row, reviewer in enumerate(found):
            item = f.reviewers.item(row)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if reviewer.agrees_to_be_named else Qt.CheckState.Unchecked
            )
        self._filling = False
        count = len(found)
        f.tabs.setTabText(
            f.tabs.indexOf(f.reviewersTab), f"Reviewers ({count})" if count else "Reviewers"
        )

    # -- actions -----------------------------------------------------------------------------
    def put_on_agenda(self) -> None:
        meeting_id = self.form.meeting.currentData()
        if self.round_id is None or meeting_id is None:
            return
        if self.session.write(review_rounds.run_in_meeting, self.round_id, meeting_id).ok:
            self.session.say("On the agenda, with the protocol's steps and their minutes")
            self.reload()

    def take_off_agenda(self) -> None:
        if (
            self.round_id is not None
            and self.session.write(review_rounds.leave_meeting, self.round_id).ok
        ):
            self.reload()

    def _add_reviewer(self, who: str) -> None:
        combo = self.form.newTeacher if who == "teacher" else self.form.newContact
        person = chosen_data(combo)
        if self.round_id is None:
            return
        if person is None:
            self.session.say(f"Choose a {who} from the list to add as a reviewer.", error=True)
            return
        key = "teacher_id" if who == "teacher" else "contact_id"
        if self.session.write(review_rounds.add_reviewer, self.round_id, **{key: person}).ok:
            combo.setCurrentIndex(-1)
            combo.clearEditText()
            self.reload()

    def remove_reviewer(self) -> None:
        reviewer_id = current_id(self.form.reviewers)
        if reviewer_id is not None:
            name = self.form.reviewers.currentItem().text().split(" · ")[0]
            if self.session.delete(review_rounds.remove_reviewer, reviewer_id, name):
                self.reload()

    def _named_toggled(self, item: QListWidgetItem) -> None:
        if not self._filling:
            agrees = item.checkState() == Qt.CheckState.Checked
            self.session.write(review_rounds.set_named, item.data(ID), agrees)

    def close_round(self) -> None:
        autosave.flush_all()
        if self.round_id is None:
            return
        outcome = self.session.write(review_rounds.close, self.round_id)
        if outcome.ok:
            number = (
                lesson_versions.get(self.session.db, outcome.value).number
                if outcome.value
                else None
            )
            self.session.say(f"Round closed; version {number} kept" if number else "Round closed")
            self.reload()

    def reopen_round(self) -> None:
        if self.round_id is not None and self.session.write(review_rounds.reopen, self.round_id).ok:
            self.reload()

    def _pdf(self) -> None:
        from stemlead.pdf.handouts import Request

        if self.round_id:
            show_handout(self.session, Request("review", self.round_id), self)


def _days_ahead(days: int) -> str:
    return (today() + timedelta(days=days)).isoformat()
