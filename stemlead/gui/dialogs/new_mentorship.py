"""Start a mentoring pair: the mentee, suggested mentors with the score of each spelled out
(choosing one only fills in the form), the mentor (any teacher, or a partner contact), the
focus from the mentee's growth areas, goals, the start and the cadence.

A mentor at their capacity is refused with the reason; the coach may then raise that
mentor's capacity by one and pair them, in one click.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QWidget

from stemlead.clock import today
from stemlead.core import contacts, learning_plans, mentor_suggestions, mentorships, teachers
from stemlead.gui.dialogs.log_check_in import lines
from stemlead.gui.forms.ui_new_mentorship import Ui_NewMentorship
from stemlead.gui.models import Column, RowsModel
from stemlead.gui.session import Session
from stemlead.gui.style import mark
from stemlead.gui.views.observations import chosen_teacher, fill_teacher_combo
from stemlead.gui.widgets.combos import chosen_data, line_of


class NewMentorshipDialog(QDialog):
    """``exec()`` it; ``created_id`` is the new pair's id when one was made."""

    def __init__(
        self, session: Session, mentee_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.created_id: int | None = None
        self._full: tuple[dict[str, int], str, int] | None = None
        self.form = f = Ui_NewMentorship()
        f.setupUi(self)
        fill_teacher_combo(f.mentee, session, mentee_id)
        self._fill_mentors()
        self.model = RowsModel(
            [
                Column("Mentor", lambda s: s.name),
                Column("Points", lambda s: str(s.score), lambda s: -s.score),
                Column("Strong in", lambda s: ", ".join(s.matched) or "—"),
                Column("Where", lambda s: s.detail),
            ]
        )
        f.suggestions.setModel(self.model)
        f.suggestions.setSelectionBehavior(f.suggestions.SelectionBehavior.SelectRows)
        f.suggestions.setSelectionMode(f.suggestions.SelectionMode.SingleSelection)
        f.suggestions.verticalHeader().hide()
        f.suggestions.horizontalHeader().setStretchLastSection(True)
        f.suggestions.setWordWrap(False)
        f.suggestions.selectionModel().currentRowChanged.connect(self._chosen)
        f.why.setProperty("muted", True)
        f.startedOn.set_iso(today().isoformat())
        f.mentee.currentIndexChanged.connect(lambda _: self._suggest())
        line_of(f.mentee).editingFinished.connect(self._suggest)
        f.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Create pair")
        f.buttons.accepted.connect(self.create_pair)
        f.buttons.rejected.connect(self.reject)
        f.raiseCapacity.clicked.connect(self._raise_and_pair)
        self._suggested_for: int | None = None
        self._suggest()
        (f.suggestions if mentee_id else f.mentee).setFocus()

    def _fill_mentors(self) -> None:
        combo = self.form.mentor
        for teacher in teachers.list_teachers(self.session.db):
            combo.addItem(teacher.name, f"teacher:{teacher.id}")
        for contact in contacts.list_contacts(self.session.db):
            label = f"{contact.name} ({contact.partner})" if contact.partner else contact.name
            combo.addItem(label, f"contact:{contact.id}")
        completer = QCompleter(combo.model(), combo)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        combo.setCompleter(completer)
        combo.setInsertPolicy(combo.InsertPolicy.NoInsert)
        combo.setCurrentIndex(-1)
        combo.setEditText("")

    def _suggest(self) -> None:
        """Refill the suggestions for the mentee chosen (nothing is saved)."""
        mentee = chosen_teacher(self.form.mentee)
        if mentee == self._suggested_for:
            return
        self._suggested_for = mentee
        rows = mentor_suggestions.suggest(self.session.db, mentee) if mentee else []
        self.model.set_rows(rows)
        self.form.suggestions.resizeColumnsToContents()
        areas = (
            [r.label for r in learning_plans.growth_of(self.session.db, mentee)] if mentee else []
        )
        self.form.focus.setPlaceholderText(
            "Their growth areas: " + ", ".join(areas)
            if areas
            else "Growth areas, separated by commas"
        )
        self.form.why.setText(
            ""
            if rows or not mentee
            else "No one can take another mentee; raise a capacity to pair."
        )

    def _chosen(self, index: Any, _previous: Any = None) -> None:
        if not index.isValid():
            return
        suggestion = self.model.row_at(index.row())
        f = self.form
        f.mentor.setCurrentIndex(f.mentor.findData(f"{suggestion.kind}:{suggestion.id}"))
        mentee = chosen_teacher(f.mentee)
        areas = list(suggestion.matched)
        if not areas and mentee:
            areas = [r.label for r in learning_plans.growth_of(self.session.db, mentee)][:1]
        f.focus.setText(", ".join(areas))
        f.why.setText(f"{suggestion.name}: {suggestion.score} points. {suggestion.why}")

    def _mentor(self) -> dict[str, int] | None:
        chosen = chosen_data(self.form.mentor)
        if chosen is None:
            return None
        kind, item_id = str(chosen).split(":")  # the data is "teacher:12" or "contact:3"
        return {f"mentor_{kind}_id": int(item_id)}

    def create_pair(self) -> None:
        f = self.form
        mentee = chosen_teacher(f.mentee)
        mentor = self._mentor()
        if mentee is None or mentor is None:
            self._say("Choose the mentee and the mentor from the lists (type part of a name).")
            return
        outcome = self.session.write(
            mentorships.add,
            mentee,
            **mentor,
            focus_areas=f.focus.text(),
            goals=lines(f.goals.toPlainText()),
            started_on=f.startedOn.iso(),
            cadence_days=f.cadenceDays.value(),
            status="active" if f.active.isChecked() else "proposed",
        )
        if outcome.ok:
            self.created_id = outcome.value
            self.accept()
            return
        self._say(outcome.error)
        if "raise their capacity" in outcome.error:
            kind, item_id = next(iter(mentor.items()))
            key = "teacher_id" if kind == "mentor_teacher_id" else "contact_id"
            room = mentorships.capacity(self.session.db, **{key: item_id}) + 1
            self._full = ({key: item_id}, f.mentor.currentText(), room)
            f.raiseCapacity.setText(f"Raise {f.mentor.currentText()}'s capacity to {room} and pair")
            f.raiseCapacity.setVisible(True)

    def _raise_and_pair(self) -> None:
        if self._full is None:
            return
        who, _, room = self._full
        if self.session.write(mentorships.set_capacity, room, **who).ok:
            self.form.raiseCapacity.setVisible(False)
            self.create_pair()

    def _say(self, text: str) -> None:
        self.form.message.setText(text)
        mark(self.form.message, "error")
