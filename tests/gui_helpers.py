"""Opening the real main window on a real database file, for GUI tests."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QWidget
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
