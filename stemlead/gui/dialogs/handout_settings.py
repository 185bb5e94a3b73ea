"""The settings handouts need (name, paper, logo), shared by Welcome and Settings, whose
forms name these widgets the same way."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtWidgets import QFileDialog, QWidget

from stemlead.core import settings
from stemlead.gui.session import Session

PAPER = (("Letter (US)", "letter"), ("A4", "a4"))


class HandoutFields:
    def __init__(self, form: Any, session: Session, parent: QWidget) -> None:
        self.form = form
        self.session = session
        self.parent = parent
        for label, value in PAPER:
            form.paper.addItem(label, value)
        values = settings.get_all(session.db)
        form.organization.setText(values["organization_name"])
        form.coach.setText(values["coach_name"])
        form.paper.setCurrentIndex(max(0, form.paper.findData(values["paper_size"])))
        self._show_logo(values["logo_path"])
        form.chooseLogo.clicked.connect(self.choose_logo)
        form.clearLogo.clicked.connect(lambda: self._write(logo_path="") and self._show_logo(""))

    def _show_logo(self, path: str) -> bool:
        self.form.logo.setText(Path(path).name if path else "None")
        self.form.logo.setToolTip(path)
        return True

    def _write(self, **values: Any) -> bool:
        outcome = self.session.write(settings.put, **values)
        if not outcome.ok:
            self.form.message.setText(outcome.error)
        return outcome.ok

    def choose_logo(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self.parent, "Choose a logo", str(Path.home()), "Pictures (*.png *.jpg *.jpeg *.gif)"
        )
        if name:
            outcome = self.session.write(settings.adopt_logo, Path(name))
            if outcome.ok:
                self._show_logo(str(outcome.value))
            else:
                self.form.message.setText(outcome.error)

    def save(self) -> bool:
        f = self.form
        return self._write(
            organization_name=f.organization.text(),
            coach_name=f.coach.text(),
            paper_size=f.paper.currentData(),
        )
