"""A new offering for the catalogue: its title, format and the growth areas it serves (at
least one, so it reaches the teachers who named them); the rest is filled in on its page."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from stemlead.core import growth_areas, offerings
from stemlead.core.offerings import FORMAT_LABELS
from stemlead.gui.forms.ui_new_offering import Ui_NewOffering
from stemlead.gui.session import Session
from stemlead.gui.style import mark


class NewOfferingDialog(QDialog):
    """``exec()`` it; ``created_id`` is the new offering's id when one was added."""

    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.created_id: int | None = None
        self.form = f = Ui_NewOffering()
        f.setupUi(self)
        for value, label in FORMAT_LABELS.items():
            f.format.addItem(label, value)
        f.hint.setProperty("muted", True)
        f.hint.setText("For example: " + ", ".join(growth_areas.labels()[:8]) + "…")
        f.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Add")
        f.buttons.accepted.connect(self.add)
        f.buttons.rejected.connect(self.reject)
        f.title.setFocus()

    def add(self) -> None:
        f = self.form
        outcome = self.session.write(
            offerings.add, title=f.title.text(), format=f.format.currentData(), areas=f.areas.text()
        )
        if outcome.ok:
            self.created_id = outcome.value
            self.accept()
        else:
            f.message.setText(outcome.error)
            mark(f.message, "error")
