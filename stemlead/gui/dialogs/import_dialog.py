"""The one import dialog, for teacher rosters and contacts alike: the chosen file is read and
planned off the main thread, on a read-only connection of its own, with a progress bar and
Cancel reading; the dialog stays usable meanwhile. Every row of the plan is shown — new,
duplicate or skipped, and why — and nothing is written until Import.

What differs between the kinds (titles, the file chooser, the preview's columns, the core
functions that plan and apply) is an :class:`ImportKind`; ``teacher_import.py`` and
``contact_import.py`` beside this file each give one.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QWidget

from stemlead.core.import_plan import DUPLICATE, NEW, SKIPPED, ImportPlan, PlannedRow
from stemlead.core.progress import Progress
from stemlead.gui import tasks
from stemlead.gui.forms.ui_import_dialog import Ui_ImportDialog
from stemlead.gui.models import Column, RowsModel
from stemlead.gui.session import Session
from stemlead.gui.style import mark
from stemlead.store import Database

Planner = Callable[[Database, Path, Progress], ImportPlan[Any]]
COLOURS = {DUPLICATE: "warning", SKIPPED: "error"}  # tones of gui/style.py
RESULT_WIDTH, COLUMN_WIDTH = 400, 220  # the most a column takes before the last one


@dataclass(frozen=True)
class ImportKind:
    title: str  # the window's
    hint: str  # what to choose, shown until a file is read
    choose_title: str  # the file chooser's title
    file_types: str  # the file chooser's filters
    columns: tuple[Column, ...]  # the preview's; one of them a result_column()
    plan: Planner  # called off the main thread
    apply: Callable[..., list[int]]  # the core function that writes a plan: new ids


def result_column(new_text: Callable[[Any], str] = lambda row: "New") -> Column:
    """The preview's Result column: ``new_text(row)`` for a new row, else why it is left
    out ("Duplicate: …", "Skipped: …")."""

    def text(row: PlannedRow) -> str:
        if row.status == NEW:
            return new_text(row)
        return f"{'Duplicate' if row.status == DUPLICATE else 'Skipped'}: {row.reason}"

    return Column("Result", text)


class ImportDialog(QDialog):
    def __init__(self, session: Session, kind: ImportKind, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.kind = kind
        self.plan: ImportPlan[Any] | None = None
        self.task: tasks.Task | None = None
        self.imported: list[int] = []
        self.form = f = Ui_ImportDialog()
        f.setupUi(self)
        self.setWindowTitle(kind.title)
        f.summary.setText(kind.hint)
        self.model = RowsModel(kind.columns, self, colour=lambda row: COLOURS.get(row.status, ""))
        f.preview.setModel(self.model)
        f.preview.verticalHeader().hide()
        f.preview.horizontalHeader().setStretchLastSection(True)
        f.choose.clicked.connect(self.choose)
        for box in (f.showNew, f.showDuplicates, f.showSkipped):
            box.toggled.connect(lambda _: self._filter())
        f.preview.setTabKeyNavigation(False)  # Tab leaves the preview for the buttons
        f.cancelReading.clicked.connect(self.cancel_reading)
        f.buttons.accepted.connect(self.apply)
        f.buttons.rejected.connect(self.reject)
        self.ok_button = f.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Import")
        self.ok_button.setEnabled(False)
        self._reading(False)

    def choose(self) -> None:
        kind = self.kind
        name, _ = QFileDialog.getOpenFileName(
            self, kind.choose_title, str(Path.home()), kind.file_types
        )
        if name:
            self.load(Path(name))

    # -- reading -----------------------------------------------------------------------------
    def load(self, path: Path) -> None:
        """Start reading ``path``; the preview appears when it has been planned."""
        self._stop()
        self.plan = None
        self.show_error("")
        self.form.file.setText(str(path))
        self.form.summary.setText(f"Reading {path.name}…")
        self._reading(True)
        db, planner = self.session.db, self.kind.plan

        def work(report: Progress) -> ImportPlan[Any]:
            reader = db.reader()
            try:
                return planner(reader, path, report)
            finally:
                reader.close()

        self.task = tasks.run_with_progress(work, self._planned, self._failed, self._progress)

    def cancel_reading(self) -> None:
        if self.task is None:
            return
        self._stop()
        self.form.summary.setText(
            f"Stopped reading {Path(self.form.file.text()).name}; nothing was imported."
        )

    def done(self, result: int) -> None:
        self._stop()  # closing the dialog stops the reading too
        super().done(result)

    def _stop(self) -> None:
        if self.task is not None:
            self.task.cancel()
            self.task = None
        self._reading(False)

    def _reading(self, reading: bool) -> None:
        f = self.form
        f.progress.setValue(0)
        f.progress.setVisible(reading)
        f.cancelReading.setVisible(reading)
        if reading:
            self.ok_button.setEnabled(False)

    def _progress(self, done: int, total: int) -> None:
        self.form.progress.setValue(100 * done // total if total else 100)

    # -- showing -----------------------------------------------------------------------------
    def _failed(self, message: str) -> None:
        self.task = None
        self._reading(False)
        self.show_error(message)

    def show_error(self, message: str) -> None:
        """Nothing to import: the sentence saying why (or "" when reading starts)."""
        f = self.form
        f.summary.setText(message)
        mark(f.summary, "error", bool(message))
        self.model.set_rows([])
        f.notImported.clear()
        f.showNew.setText("&New")
        f.showDuplicates.setText("&Duplicates")
        f.showSkipped.setText("&Skipped")
        self.ok_button.setText("Import")

    def _planned(self, plan: ImportPlan[Any]) -> None:
        self.task = None
        self._reading(False)
        self.plan = plan
        f = self.form
        mark(f.summary, "error", False)
        f.summary.setText(" ".join(plan.headline()))
        f.notImported.setText(plan.not_imported_text() if plan.not_imported else "")
        new, duplicates, skipped = len(plan.new), len(plan.duplicates), len(plan.skipped)
        f.showNew.setText(f"&New ({new})")
        f.showDuplicates.setText(f"&Duplicates ({duplicates})")
        f.showSkipped.setText(f"&Skipped ({skipped})")
        self._filter()
        f.preview.resizeColumnsToContents()
        for n, column in enumerate(self.kind.columns[:-1]):
            widest = RESULT_WIDTH if column.heading == "Result" else COLUMN_WIDTH
            f.preview.setColumnWidth(n, min(f.preview.columnWidth(n), widest))
        self.ok_button.setEnabled(bool(new))
        self.ok_button.setText(f"Import {new}" if new else "Import")

    def _filter(self) -> None:
        """Show the rows whose result is ticked."""
        if self.plan is None:
            return
        f = self.form
        shown = {NEW: f.showNew, DUPLICATE: f.showDuplicates, SKIPPED: f.showSkipped}
        ticked = {status for status, box in shown.items() if box.isChecked()}
        self.model.set_rows([row for row in self.plan.rows if row.status in ticked])

    # -- writing -----------------------------------------------------------------------------
    def apply(self) -> None:
        if self.plan is None or not self.plan.new:
            return
        outcome = self.session.write(self.kind.apply, self.plan)
        if outcome.ok:
            self.imported = list(outcome.value or [])
            self.accept()
