"""Asking the coach before something that takes more than it seems (a delete that takes a
teacher's visits with it, a restore that replaces the file): one question, one button that
does it, Cancel (Esc) that does nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from stemlead import APP_NAME


def question_box(question: str, action: str, parent: QWidget | None = None) -> QMessageBox:
    """The box that asks ``question``, with ``action`` (the default) and Cancel."""
    box = QMessageBox(parent or QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(APP_NAME)
    box.setText(question)
    box.setDefaultButton(box.addButton(action, QMessageBox.ButtonRole.AcceptRole))
    box.addButton(QMessageBox.StandardButton.Cancel)
    return box


def ask(question: str, action: str, parent: QWidget | None = None) -> bool:
    """Ask ``question``; True when the coach chose ``action``."""
    box = question_box(question, action, parent)
    box.exec()
    return box.clickedButton() is box.defaultButton()


def listing(phrases: list[str]) -> str:
    """'a', 'a and b', 'a, b and c'."""
    return " and ".join(filter(None, (", ".join(phrases[:-1]), phrases[-1]))) if phrases else ""
