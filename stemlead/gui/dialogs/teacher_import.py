"""Import teachers from a CSV roster: see every row, and why any would be skipped, first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from stemlead.core import teacher_import
from stemlead.core.teacher_import import ImportPlan, PlannedRow
from stemlead.gui.dialogs.import_planning import Planner, PlanningDialog
from stemlead.gui.forms.ui_teacher_import import Ui_TeacherImport
from stemlead.gui.models import Column, RowsModel
from stemlead.gui.session import Session


def _value(key: str) -> Column:
    return Column(key.replace("_", " ").title(), lambda row: str(row.values.get(key, "")))


COLUMNS = (
    Column("Line", lambda row: str(row.line), lambda row: row.line),
    Column("Name", lambda row: row.name),
    _value("email"),
    _value("school"),
    Column("Grades", lambda row: str(row.values.get("grade_band", ""))),
    _value("subjects"),
    Column(
        "Result",
        lambda row: f"Skipped: {row.skip_reason}" if row.skip_reason else "Will be added",
    ),
)


class TeacherImportDialog(PlanningDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(session, parent)
        self.form = f = Ui_TeacherImport()
        f.setupUi(self)
        self.plan: ImportPlan | None = None
        self.imported = 0
        self.model = RowsModel(COLUMNS, self, colour=_colour)
        f.preview.setModel(self.model)
        f.preview.verticalHeader().hide()
        f.preview.horizontalHeader().setStretchLastSection(True)
        f.choose.clicked.connect(self.choose)
        self.setup_planning()

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            "Choose a teacher roster",
            str(Path.home()),
            "Spreadsheets (*.csv *.txt *.tsv);;All files (*)",
        )
        if name:
            self.load(Path(name))

    def planner(self) -> Planner:
        return lambda db, path, progress: teacher_import.plan(db, path, progress=progress)

    def show_error(self, message: str) -> None:
        self.form.summary.setText(message)
        self.model.set_rows([])

    def show_plan(self, plan: ImportPlan) -> None:
        skipped = len(plan.skipped)  # each count is a pass over every row: once each
        self.form.summary.setText(
            teacher_import.summary(plan, applied=False)
            + (f" {skipped} row(s) will be skipped (shown in red)." if skipped else "")
        )
        self.model.set_rows(plan.rows)
        self.form.preview.resizeColumnsToContents()
        self.ok_button.setEnabled(skipped < len(plan.rows))

    def apply(self) -> None:
        if self.plan is None:
            return
        outcome = self.session.write(teacher_import.apply, self.plan)
        if outcome.ok:
            self.imported = len(outcome.value or [])
            self.accept()


def _colour(row: PlannedRow) -> str:
    return "error" if row.skip_reason else ""  # a tone of gui/style.py
