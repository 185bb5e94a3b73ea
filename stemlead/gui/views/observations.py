"""Observations: the list of classroom visits, starting a new one, and live capture."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QListWidgetItem,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from stemlead.core import cycles, observations, tags, teachers
from stemlead.core.changes import Kind
from stemlead.core.fields import instant
from stemlead.gui import fmt
from stemlead.gui.forms.ui_observation_start import Ui_ObservationStart
from stemlead.gui.models import Column, RowsModel
from stemlead.gui.session import Session
from stemlead.gui.views.base import Navigate, View, title_bar
from stemlead.gui.views.observation_capture import CapturePage
from stemlead.gui.widgets.combos import chosen_data
from stemlead.gui.widgets.tables import filter_box, record_table

ID_ROLE = Qt.ItemDataRole.UserRole
LINE = "observation_line"  # a search hit on an evidence line opens its visit, line selected


def fill_teacher_combo(combo: Any, session: Session, selected: int | None = None) -> None:
    """An editable combo of teachers that completes on any part of the name."""
    combo.clear()
    everyone = teachers.list_teachers(session.db)
    names = [t.name.casefold() for t in everyone]
    for teacher in everyone:
        # two teachers with one name are told apart by their school
        shared = names.count(teacher.name.casefold()) > 1
        label = (
            f"{teacher.name} ({teacher.school or f'id {teacher.id}'})" if shared else teacher.name
        )
        combo.addItem(label, teacher.id)
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    combo.setInsertPolicy(combo.InsertPolicy.NoInsert)
    index = combo.findData(selected) if selected is not None else -1
    combo.setCurrentIndex(index)
    if index < 0:
        combo.setEditText("")


def chosen_teacher(combo: Any) -> int | None:
    chosen: int | None = chosen_data(combo)
    return chosen


class StartDialog(QDialog):
    """Who, which class, which cycle, and the look-fors agreed with the teacher."""

    def __init__(
        self, session: Session, teacher_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.form = f = Ui_ObservationStart()
        f.setupUi(self)
        screen = (parent or self).screen()
        if screen is not None:  # roomy, but never taller than a laptop at 150%
            room = screen.availableGeometry()
            self.resize(min(self.width(), room.width()), min(self.height(), room.height() - 40))
        self.own: list[str] = []
        fill_teacher_combo(f.teacher, session, teacher_id)
        f.teacher.currentIndexChanged.connect(self._fill_cycles)
        line = f.teacher.lineEdit()
        assert line is not None  # an editable combo box has one
        line.editingFinished.connect(self._fill_cycles)
        for framework in tags.frameworks(session.db):
            f.framework.addItem(framework.name, framework.id)
        f.framework.currentIndexChanged.connect(self._fill_tags)
        f.tagFilter.textChanged.connect(self._filter_tags)
        f.tags.itemChanged.connect(lambda _: self._show_chosen())
        f.tags.itemActivated.connect(self._toggle)
        f.buttons.accepted.connect(self._accept)
        f.buttons.rejected.connect(self.reject)
        self.checked: dict[int, str] = {}
        self._fill_tags()
        self._fill_cycles()

    def _fill_cycles(self) -> None:
        f = self.form
        teacher_id = chosen_teacher(f.teacher)
        f.cycle.clear()
        f.cycle.addItem("Not part of a cycle", None)
        if teacher_id is not None:
            for c in cycles.list_cycles(self.session.db, teacher_id=teacher_id):
                if c.stage != "complete":
                    f.cycle.addItem(f"{c.title or 'Coaching cycle'} ({c.stage})", c.id)
            if f.cycle.count() > 1:
                f.cycle.setCurrentIndex(1)

    def _fill_tags(self) -> None:
        f = self.form
        f.tags.blockSignals(True)
        f.tags.clear()
        for tag in tags.list_tags(self.session.db, framework_id=f.framework.currentData()):
            item = QListWidgetItem(f"{tag.code}  {tag.label}".strip())
            item.setData(ID_ROLE, tag.id)
            item.setToolTip(tag.description or tag.label)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if tag.id in self.checked else Qt.CheckState.Unchecked
            )
            f.tags.addItem(item)
        f.tags.blockSignals(False)
        self._filter_tags(f.tagFilter.text())

    def _filter_tags(self, text: str) -> None:
        for row in range(self.form.tags.count()):
            item = self.form.tags.item(row)
            item.setHidden(text.lower() not in item.text().lower())

    @staticmethod
    def _toggle(item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)

    def _add_own(self) -> None:
        text = self.form.ownLookFor.text().strip()
        if text and text not in self.own:
            self.own.append(text)
        self.form.ownLookFor.clear()
        self._show_chosen()

    def _show_chosen(self) -> None:
        for row in range(self.form.tags.count()):
            item = self.form.tags.item(row)
            tag_id = item.data(ID_ROLE)
            if item.checkState() == Qt.CheckState.Checked:
                self.checked[tag_id] = item.text()
            else:
                self.checked.pop(tag_id, None)
        chosen = [*self.checked.values(), *self.own]
        self.form.chosen.setText("Chosen: " + " · ".join(chosen) if chosen else "")

    def look_fors(self) -> list[str | int]:
        return [*self.checked.keys(), *self.own]

    def _accept(self) -> None:
        if self.form.ownLookFor.text().strip():
            self._add_own()
            return
        if chosen_teacher(self.form.teacher) is None:
            self.form.chosen.setText("Choose a teacher from the list first.")
            self.form.teacher.setFocus()
            return
        self.accept()


class ObservationsView(View):
    title = "Observations"
    kinds = frozenset({Kind.OBSERVATION, Kind.TEACHER})

    def __init__(self, session: Session, navigate: Navigate) -> None:
        super().__init__(session, navigate)
        self.stack = QStackedWidget()
        listing = QWidget()
        layout = QVBoxLayout(listing)
        layout.addLayout(title_bar("Observations", ("&Start an observation…", self.new_item)))
        self.model = RowsModel(
            [
                Column(
                    "When",
                    lambda o: fmt.day_and_clock(o.starts_at),
                    lambda o: instant(o.starts_at),
                ),
                Column("Teacher", lambda o: o.teacher),
                Column("Class", lambda o: o.class_context),
                Column("Lines", lambda o: str(o.lines), lambda o: o.lines),
            ]
        )
        self.filter = filter_box(self.model, "observations")
        layout.addWidget(self.filter)
        self.table = record_table(self.model, "Observations")
        self.table.activated.connect(
            lambda index: self.open_item(self.model.row_at(index.row()).id)
        )
        layout.addWidget(self.table)
        self.capture = CapturePage(session)
        self.capture.back_requested.connect(self.back)
        self.capture.open_requested.connect(self.navigate)
        self.stack.addWidget(listing)
        self.stack.addWidget(self.capture)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def showing_list(self) -> bool:
        return self.stack.currentWidget() is not self.capture

    def refresh(self) -> None:
        self.model.set_rows(observations.list_observations(self.session.db))
        self.table.resizeColumnsToContents()

    def open_item(self, item_id: int, kind: str = "") -> None:
        """An observation, or (``observation_line``) the visit with that line selected."""
        line = observations.get_line(self.session.db, item_id) if kind == LINE else None
        self.capture.show_observation(line.observation_id if line else item_id)
        self.stack.setCurrentWidget(self.capture)
        if line:
            self.capture.select_line(line.id)
        else:
            self.capture.form.input.setFocus()

    def handout(self) -> Any:
        return self.capture.handout() if self.stack.currentWidget() is self.capture else None

    def leave(self) -> None:
        if self.stack.currentWidget() is self.capture:
            self.capture.save_draft()

    def back(self) -> bool:
        if self.stack.currentWidget() is self.capture:
            self.capture.leave()
            self.stack.setCurrentIndex(0)
            self.refresh_if_stale()
            return True
        return False

    def new_item(self, teacher_id: int | None = None) -> None:
        dialog = StartDialog(self.session, teacher_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.start(dialog)

    def start(self, dialog: StartDialog) -> int | None:
        """Create the observation the start dialog describes and open live capture."""
        f = dialog.form
        outcome = self.session.write(
            observations.start,
            chosen_teacher(f.teacher),
            cycle_id=f.cycle.currentData(),
            class_context=f.classContext.text(),
            focus=f.focus.text(),
        )
        if not outcome.ok or outcome.value is None:
            return None
        if dialog.look_fors():
            self.session.write(observations.set_look_fors, outcome.value, dialog.look_fors())
        self.open_item(outcome.value)
        return outcome.value
