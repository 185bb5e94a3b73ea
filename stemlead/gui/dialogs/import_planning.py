"""What the teacher and contact import dialogs share: the chosen file is read and planned
off the main thread, on a read-only connection of its own, with a progress bar and Cancel
reading; the dialog stays usable meanwhile, and nothing is written until Import.

A subclass's form has ``file``, ``summary``, ``progress``, ``cancelReading``, ``preview``
(a table view) and ``buttons``; the subclass says how to plan a file and how to show a plan
or an error sentence.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from stemlead.core.progress import Progress
from stemlead.gui import tasks
from stemlead.gui.session import Session
from stemlead.store import Database

Planner = Callable[[Database, Path, Progress], Any]


class PlanningDialog(QDialog):
    form: Any

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.plan: Any = None
        self.task: tasks.Task | None = None

    def setup_planning(self) -> None:
        """Call once the form is set up."""
        f = self.form
        f.preview.setTabKeyNavigation(False)  # Tab leaves the preview for the buttons
        f.cancelReading.clicked.connect(self.cancel_reading)
        f.buttons.accepted.connect(self.apply)
        f.buttons.rejected.connect(self.reject)
        self.ok_button = f.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Import")
        self.ok_button.setEnabled(False)
        self._reading(False)

    # -- for subclasses ----------------------------------------------------------------------
    def planner(self) -> Planner:
        """The core function that plans a file, called off the main thread."""
        raise NotImplementedError

    def show_plan(self, plan: Any) -> None:
        raise NotImplementedError

    def show_error(self, message: str) -> None:
        """Nothing to import: the sentence saying why (or "" when reading starts)."""
        raise NotImplementedError

    def apply(self) -> None:
        raise NotImplementedError

    # -- reading -----------------------------------------------------------------------------
    def load(self, path: Path) -> None:
        """Start reading ``path``; the preview appears when it has been planned."""
        self._stop()
        self.plan = None
        self.show_error("")
        self.form.file.setText(str(path))
        self.form.summary.setText(f"Reading {path.name}…")
        self._reading(True)
        db, planner = self.session.db, self.planner()

        def work(report: Progress) -> Any:
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

    def _planned(self, plan: Any) -> None:
        self.task = None
        self._reading(False)
        self.plan = plan
        self.show_plan(plan)

    def _failed(self, message: str) -> None:
        self.task = None
        self._reading(False)
        self.show_error(message)
