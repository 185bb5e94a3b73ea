"""Opening the real main window on a real database file, for GUI tests."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from stemlead.gui.app import build_window, create_application
from stemlead.gui.main_window import MainWindow


def open_window(qtbot: QtBot, db_path: Path) -> MainWindow:
    create_application()
    window = build_window(db_path)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    window.activateWindow()
    qtbot.waitActive(window)  # keyboard shortcuts only reach the active window
    return window
