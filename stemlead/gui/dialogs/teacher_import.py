"""Import teachers from a CSV roster: see every row, and why any would be skipped, first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QTableWidgetItem, QWidget

from stemlead.core import teacher_import
from stemlead.errors import StemLeadError
from stemlead.gui.forms.ui_teacher_import import Ui_TeacherImport
from stemlead.gui.session import Session
from stemlead.gui.style import brush

_COLUMNS = ("Line", "Name", "Email", "School", "Grades", "Subjects", "Result")


class TeacherImportDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = f = Ui_TeacherImport()
        f.setupUi(self)
        self.plan: teacher_import.ImportPlan | None = None
        self.imported = 0
        f.choose.clicked.connect(self.choose)
        f.buttons.accepted.connect(self.apply)
        f.buttons.rejected.connect(self.reject)
        self.ok_button = f.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Import")
        self.ok_button.setEnabled(False)

    def choose(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            "Choose a teacher roster",
            str(Path.home()),
            "Spreadsheets (*.csv *.txt *.tsv);;All files (*)",
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        f = self.form
        f.file.setText(str(path))
        try:
            self.plan = teacher_import.plan(self.session.db, path)
        except StemLeadError as exc:
            self.plan = None
            f.summary.setText(str(exc))
            f.preview.setRowCount(0)
            self.ok_button.setEnabled(False)
            return
        plan = self.plan
        f.summary.setText(
            teacher_import.report(plan, applied=False).split("\n")[0]
            + (
                f" {len(plan.skipped)} row(s) will be skipped (shown in red)."
                if plan.skipped
                else ""
            )
        )
        f.preview.setColumnCount(len(_COLUMNS))
        f.preview.setHorizontalHeaderLabels(_COLUMNS)
        f.preview.setRowCount(len(plan.rows))
        for r, row in enumerate(plan.rows):
            v = row.values
            cells = (
                str(row.line),
                row.name,
                v.get("email", ""),
                v.get("school", ""),
                v.get("grade_band", ""),
                v.get("subjects", ""),
                f"Skipped: {row.skip_reason}" if row.skip_reason else "Will be added",
            )
            for c, text in enumerate(cells):
                item = QTableWidgetItem(str(text))
                if row.skip_reason:
                    item.setForeground(brush("error"))
                f.preview.setItem(r, c, item)
        f.preview.resizeColumnsToContents()
        self.ok_button.setEnabled(bool(plan.to_add))

    def apply(self) -> None:
        if self.plan is None:
            return
        outcome = self.session.write(teacher_import.apply, self.plan)
        if outcome.ok:
            self.imported = len(outcome.value or [])
            self.accept()
