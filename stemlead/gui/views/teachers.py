"""Teachers: a filterable list beside the selected teacher's page: their fields, cycles,
observations, coaching log (each entry can be corrected or deleted) and meetings."""

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

from stemlead.core import coaching_log, cycles, meetings, observations, teachers
from stemlead.core.changes import Kind
from stemlead.core.coaching_log import KIND_LABELS
from stemlead.core.teachers import GRADE_BANDS, Teacher
from stemlead.gui import fmt
from stemlead.gui.fmt import isolate
from stemlead.gui.forms.ui_teacher_detail import Ui_TeacherDetail
from stemlead.gui.models import Column, RowsModel
from stemlead.gui.session import Session
from stemlead.gui.views.base import ListAndPage, Navigate
from stemlead.gui.widgets import autosave, short_list
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
        for widget in (f.cycles, f.observations, f.coachingLog, f.meetings):
            short_list.shorten(widget)
        self.fields.after_save = self._saved
        f.coachingLog.itemActivated.connect(lambda _: self.edit_log_entry())
        f.logCoaching.clicked.connect(self.log_coaching)
        f.editLog.clicked.connect(self.edit_log_entry)
        f.deleteLog.clicked.connect(self.delete_log_entry)
        delete = QShortcut(QKeySequence.StandardKey.Delete, f.coachingLog, self.delete_log_entry)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

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
        self.fill_related()

    def _saved(self, field: str) -> None:
        """A new name shows in the heading at once (the list follows on its refresh)."""
        if field == "name" and self.teacher_id is not None:
            self.form.heading.setText(teachers.get(self.session.db, self.teacher_id).name)

    def fill_related(self) -> None:
        """The teacher's cycles, visits, coaching log and meetings, as they are now."""
        teacher_id = self.teacher_id
        if teacher_id is None:
            return
        db = self.session.db
        f = self.form
        short_list.fill(
            f.cycles,
            "No coaching cycle yet.",
            [
                (
                    f"{isolate(c.title or 'Coaching cycle')} · {c.stage.title()} · since "
                    f"{fmt.day(c.started_on)}",
                    ("cycle", c.id),
                )
                for c in cycles.list_cycles(db, teacher_id=teacher_id)
            ],
        )
        short_list.fill(
            f.observations,
            "No classroom visit yet.",
            [
                (
                    f"{fmt.day_and_clock(o.starts_at)} · "
                    f"{isolate(o.class_context or 'Observation')} · {o.lines} lines",
                    ("observation", o.id),
                )
                for o in observations.list_observations(db, teacher_id=teacher_id)
            ],
        )
        self._fill_log(teacher_id)
        short_list.fill(
            f.meetings,
            "No meeting yet.",
            [
                (f"{fmt.day_and_clock(m.starts_at)} · {isolate(m.title)}", ("meeting", m.id))
                for m in meetings.for_teacher(db, teacher_id, limit=20)
            ],
        )

    def _fill_log(self, teacher_id: int) -> None:
        current = self._log_entry()
        rows = []
        for e in coaching_log.list_entries(self.session.db, teacher_id=teacher_id):
            others = [isolate(name) for person, name in e.people if person != teacher_id]
            parts = [
                fmt.day(e.occurred_at),
                KIND_LABELS[e.kind],
                fmt.minutes(e.minutes),
                isolate(e.note) if e.note else "",
                "with " + ", ".join(others) if others else "",
            ]
            rows.append((" · ".join(p for p in parts if p), ("coaching_log", e.id)))
        short_list.fill(
            self.form.coachingLog, "Nothing logged yet (Log coaching… or Ctrl+L).", rows
        )
        if current is not None:
            self.select_log_entry(current, focus=False)
        self.form.editLog.setEnabled(bool(rows))
        self.form.deleteLog.setEnabled(bool(rows))

    def _log_entry(self) -> int | None:
        item = self.form.coachingLog.currentItem()
        target = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return target[1] if target else None

    def select_log_entry(self, entry_id: int, *, focus: bool = True) -> None:
        """Show one coaching-log entry, selected (a search hit, a row on Today)."""
        log = self.form.coachingLog
        for row in range(log.count()):
            if log.item(row).data(Qt.ItemDataRole.UserRole) == ("coaching_log", entry_id):
                log.setCurrentRow(row)
                if focus:
                    self.form.scroll.ensureWidgetVisible(log)
                    log.setFocus()
                return

    def log_coaching(self) -> None:
        from stemlead.gui.dialogs.quick_log import QuickLogDialog

        dialog = QuickLogDialog(self.session, self.teacher_id, self.window())
        logged = dialog.exec() and dialog.logged_id
        dialog.deleteLater()
        if logged:
            self.fill_related()
            self.select_log_entry(logged)

    def edit_log_entry(self) -> None:
        """Correct the selected entry: its kind, minutes, day and note."""
        from stemlead.gui.dialogs.quick_log import QuickLogDialog

        entry_id = self._log_entry()
        if entry_id is None:
            return
        dialog = QuickLogDialog(self.session, parent=self.window(), entry_id=entry_id)
        corrected = dialog.exec()
        dialog.deleteLater()
        if corrected:
            self.fill_related()
            self.select_log_entry(entry_id)

    def delete_log_entry(self) -> None:
        entry_id = self._log_entry()
        if entry_id is None:
            return
        label = coaching_log.get(self.session.db, entry_id).describe()
        row = self.form.coachingLog.currentRow()
        if self.session.delete(coaching_log.delete, entry_id, label):
            self.fill_related()
            self.form.coachingLog.setCurrentRow(min(row, self.form.coachingLog.count() - 1))

    def _open(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self.navigate(*target)


class TeachersView(ListAndPage):
    title = "Teachers"
    kinds = frozenset({Kind.TEACHER, Kind.CYCLE, Kind.OBSERVATION, Kind.COACHING_LOG, Kind.MEETING})
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
        if self.page.teacher_id == current:
            self.page.fill_related()  # a visit, an entry or a cycle of theirs changed

    def clear_page(self) -> None:
        self.page.show_teacher(None)

    def _selected(self, index: Any, _previous: Any = None) -> None:
        if index.isValid():
            teacher = teachers.get(self.session.db, self.model.row_at(index.row()).id)
            if teacher.id != self.page.teacher_id:
                self.page.show_teacher(teacher)

    def open_item(self, item_id: int, kind: str = "") -> None:
        """A teacher, or (``coaching_log``) the entry itself, selected on its teacher's page."""
        entry = item_id if kind == "coaching_log" else None
        if entry is not None:
            item_id = coaching_log.teacher_ids(self.session.db, entry)[0]
        self.refresh_if_stale()
        self.filter.clear()
        if self.model.row_of(lambda t: t.id == item_id) < 0:
            for combo in (self.school, self.grade, self.subject):
                combo.setCurrentIndex(0)
        self._select(item_id)
        if entry is not None:
            self.page.select_log_entry(entry)

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
            self.session.say(f"Imported {len(dialog.imported)} teacher(s)")

    def delete_selected(self) -> None:
        teacher_id = self.page.teacher_id
        if teacher_id is not None:
            name = teachers.get(self.session.db, teacher_id).name
            self.session.delete(teachers.delete, teacher_id, name)
