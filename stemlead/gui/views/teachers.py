"""Teachers: a filterable list beside the selected teacher's page."""

from __future__ import annotations

from typing import Any, cast

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from stemlead.core import cycles, meetings, observations, teachers
from stemlead.core.changes import Kind
from stemlead.core.teachers import GRADE_BANDS, Teacher
from stemlead.gui import fmt
from stemlead.gui.forms.ui_teacher_detail import Ui_TeacherDetail
from stemlead.gui.models import Column, RowsModel
from stemlead.gui.session import Session
from stemlead.gui.views.base import ListAndPage, Navigate
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.record_form import RecordForm
from stemlead.gui.widgets.tables import filter_box, record_table

ANY = "Any"


class TeacherPage(QWidget):
    """One teacher: every field saves as it is typed."""

    def __init__(self, session: Session, navigate: Navigate) -> None:
        super().__init__()
        self.session = session
        self.navigate = navigate
        self.form = Ui_TeacherDetail()
        self.form.setupUi(self)
        self.form.heading.setProperty("heading", True)
        self.form.gradeBand.addItems(GRADE_BANDS)
        f = self.form
        self.fields = RecordForm.on(
            session,
            Teacher,
            teachers.update,
            f,
            (
                "name",
                "email",
                "school",
                "grade_band",
                "subjects",
                "may_be_named",
                "strengths",
                "growth_areas",
                "private_notes",
            ),
        )
        for widget in (f.cycles, f.observations, f.meetings):
            widget.itemActivated.connect(self._open)
            widget.setMaximumHeight(150)

    @property
    def teacher_id(self) -> int | None:
        return self.fields.item_id

    def show_teacher(self, teacher: Teacher | None) -> None:
        self.fields.show(teacher)
        self.setEnabled(teacher is not None)
        if teacher is None:
            self.form.heading.setText("No teacher selected")
            return
        self.form.heading.setText(teacher.name)
        schools = teachers.schools(self.session.db)
        if self.form.school.count() != len(schools):

            def fill() -> None:
                self.form.school.clear()
                self.form.school.addItems(schools)

            self.fields.binding("school").load(fill)
            self.fields.show(teacher)
        self._fill_related(teacher.id)

    def _fill_related(self, teacher_id: int) -> None:
        db = self.session.db
        f = self.form
        f.cycles.clear()
        for c in cycles.list_cycles(db, teacher_id=teacher_id):
            self._add(
                f.cycles,
                f"{c.title or 'Coaching cycle'} · {c.stage.title()} · since "
                f"{fmt.day(c.started_on)}",
                "cycle",
                c.id,
            )
        f.observations.clear()
        for o in observations.list_observations(db, teacher_id=teacher_id):
            self._add(
                f.observations,
                f"{fmt.day_and_clock(o.starts_at)} · "
                f"{o.class_context or 'Observation'} · {o.lines} lines",
                "observation",
                o.id,
            )
        f.meetings.clear()
        for m in meetings.for_teacher(db, teacher_id, limit=20):
            self._add(f.meetings, f"{fmt.day_and_clock(m.starts_at)} · {m.title}", "meeting", m.id)

    @staticmethod
    def _add(widget: Any, text: str, kind: str, item_id: int) -> None:
        item = QListWidgetItem(text)
        item.setData(Qt.ItemDataRole.UserRole, (kind, item_id))
        widget.addItem(item)

    def _open(self, item: QListWidgetItem) -> None:
        self.navigate(*item.data(Qt.ItemDataRole.UserRole))


class TeachersView(ListAndPage):
    title = "Teachers"
    kinds = frozenset({Kind.TEACHER, Kind.CYCLE, Kind.OBSERVATION})
    fetch = staticmethod(teachers.get)

    def __init__(self, session: Session, navigate: Navigate) -> None:
        super().__init__(session, navigate)
        self.model = RowsModel(
            [
                Column("Name", lambda t: t.name),
                Column("School", lambda t: t.school),
                Column("Grades", lambda t: t.grade_band),
                Column("Subjects", lambda t: ", ".join(t.subjects)),
            ]
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.filter = filter_box(self.model, "teachers")
        left_layout.addWidget(self.filter)
        row = QHBoxLayout()
        self.school = self._combo("School")
        self.grade = self._combo("Grade band")
        self.subject = self._combo("Subject")
        for combo in (self.school, self.grade, self.subject):
            row.addWidget(combo)
        left_layout.addLayout(row)
        self.table = record_table(self.model, "Teachers")
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        left_layout.addWidget(self.table)
        buttons = QHBoxLayout()
        add = QPushButton("&New teacher")
        add.clicked.connect(self.new_item)
        self.import_button = QPushButton("&Import CSV…")
        self.import_button.clicked.connect(self.import_csv)
        buttons.addWidget(add)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        self.page = TeacherPage(session, navigate)
        splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.page)
        splitter.setSizes([460, 700])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter.setFocus)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def _combo(self, name: str) -> QComboBox:
        combo = QComboBox()
        combo.setAccessibleName(f"Filter by {name.lower()}")
        combo.setToolTip(name)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.currentIndexChanged.connect(lambda _: self.refresh(follow_filter=True))
        return combo

    @staticmethod
    def _choice(combo: QComboBox) -> str | None:
        return cast("str | None", combo.currentData())

    def _fill_combo(self, combo: QComboBox, label: str, values: list[str]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(f"{label}: {ANY}", None)
        for value in values:
            combo.addItem(value, value)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def refresh(self, *, follow_filter: bool = False) -> None:
        """Reload the list. After a save the page keeps its teacher even when the edit took
        them out of the filtered list (the next keystrokes are still theirs); only a change
        of filter moves the page to the first teacher shown."""
        db = self.session.db
        self._fill_combo(self.school, "School", teachers.schools(db))
        self._fill_combo(self.grade, "Grades", list(GRADE_BANDS))
        self._fill_combo(self.subject, "Subject", teachers.subjects(db))
        current = self.page.teacher_id
        self.model.set_rows(
            teachers.list_teachers(
                db,
                school=self._choice(self.school),
                grade_band=self._choice(self.grade),
                subject=self._choice(self.subject),
            )
        )
        self._select(current, keep_page=not follow_filter)

    def clear_page(self) -> None:
        self.page.show_teacher(None)

    def _selected(self, index: Any, _previous: Any = None) -> None:
        if index.isValid():
            teacher = teachers.get(self.session.db, self.model.row_at(index.row()).id)
            if teacher.id != self.page.teacher_id:
                self.page.show_teacher(teacher)

    def open_item(self, item_id: int, kind: str = "") -> None:
        self.refresh_if_stale()
        self.filter.clear()
        if self.model.row_of(lambda t: t.id == item_id) < 0:
            for combo in (self.school, self.grade, self.subject):
                combo.setCurrentIndex(0)
        self._select(item_id)

    def new_item(self) -> None:
        autosave.flush_all()  # before the list moves, so it ends on the new teacher
        outcome = self.session.write(teachers.add, name="New teacher")
        if outcome.ok and outcome.value is not None:
            self.open_item(outcome.value)
            self.page.form.name.setFocus()
            self.page.form.name.selectAll()

    def import_csv(self) -> None:
        from stemlead.gui.dialogs.teacher_import import TeacherImportDialog

        dialog = TeacherImportDialog(self.session, self)
        if dialog.exec():
            self.session.say(f"Imported {dialog.imported} teacher(s)")

    def delete_selected(self) -> None:
        teacher_id = self.page.teacher_id
        if teacher_id is not None:
            name = teachers.get(self.session.db, teacher_id).name
            self.session.delete(teachers.delete, teacher_id, name)
