"""Opening the real main window on a real database file, for GUI tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from stemlead.gui.app import build_window, create_application
from stemlead.gui.main_window import MainWindow


def open_window(qtbot: QtBot, db_path: Path) -> MainWindow:
    create_application()
    window = build_window(db_path)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    with qtbot.waitExposed(window):
        window.show()
    activate(qtbot, window)
    return window


def activate(qtbot: QtBot, window: QWidget) -> None:
    """Keyboard shortcuts only reach the active window."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def plain(text: str) -> str:
    """A row as read, without the marks that set names apart (Unicode FSI, PDI)."""
    return text.replace("\u2068", "").replace("\u2069", "")


def answer(button: str) -> list[str]:
    """Press ``button`` on the next question the app asks (a QMessageBox, as a delete that
    takes more than its item asks); the list gets the question's text once asked."""
    asked: list[str] = []
    tries = iter(range(250))  # five seconds, then the test has failed without it

    def press() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            if next(tries, None) is not None:
                QTimer.singleShot(20, press)
            return
        asked.append(box.text())
        next(b for b in box.buttons() if b.text().replace("&", "") == button).click()

    QTimer.singleShot(0, press)
    return asked
