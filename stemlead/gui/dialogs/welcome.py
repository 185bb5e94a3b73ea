"""The first time STEM Lead opens on a new file: start empty or with a demo district, and
the few things handouts need."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from stemlead.core import demo, exchange, settings
from stemlead.gui.dialogs.handout_settings import HandoutFields
from stemlead.gui.forms.ui_welcome import Ui_Welcome
from stemlead.gui.session import Session
from stemlead.store import Database


def should_welcome(db: Database) -> bool:
    """A new, empty file that has not been through the welcome yet."""
    return not settings.get(db, "welcome_done") and exchange.is_empty(db)


class WelcomeDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = f = Ui_Welcome()
        f.setupUi(self)
        f.heading.setProperty("heading", True)
        self.fields = HandoutFields(f, session, self)
        f.buttons.accepted.connect(self.finish)
        f.organization.setFocus()

    def finish(self) -> None:
        f = self.form
        if not self.fields.save():
            return
        if f.startDemo.isChecked() and not self.session.write(demo.generate).ok:
            return
        if f.startDemo.isChecked() and f.organization.text().strip():
            self.fields.save()  # the demo sets its own district name; the coach's wins
        self.session.write(settings.put, welcome_done=True)
        self.accept()

    def reject(self) -> None:  # closing the window counts as "start empty, ask me later"
        self.session.write(settings.put, welcome_done=True)
        super().reject()
