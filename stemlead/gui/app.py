"""Start the desktop app: one QApplication, one database, one main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from stemlead import APP_NAME, __version__


def ui_settings_path() -> Path:
    """Window size and last section live beside other app settings (not in the database,
    which may move between laptops)."""
    override = os.environ.get("STEMLEAD_CONFIG_DIR")
    if override:
        return Path(override) / "ui.ini"
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False) / "ui.ini"


def _icon() -> object:
    from PySide6.QtGui import QIcon

    from stemlead.resources import resource_path

    icon = QIcon()
    for size in (16, 32, 48, 64, 128, 256):
        icon.addFile(str(resource_path("icons", f"stemlead-{size}.png")))
    return icon


def create_application() -> object:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from stemlead.gui.style import stylesheet

    if QLocale.system().language() == QLocale.Language.C:  # no locale set: read like en_US
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("stemlead")  # type: ignore[union-attr]
    app.setWindowIcon(_icon())  # type: ignore[union-attr]
    app.setStyleSheet(stylesheet())  # type: ignore[union-attr]
    return app


def build_window(db_path: Path) -> object | None:
    """Open the database and make the main window (raises StemLeadError on a bad file).

    A file too damaged to open is offered its newest verified backup first; None when the
    coach would rather quit.
    """
    from PySide6.QtCore import QSettings

    from stemlead.gui.main_window import MainWindow
    from stemlead.gui.recovery import open_checked

    opened = open_checked(db_path, None)
    if opened is None:
        return None
    db, note = opened
    settings = QSettings(str(ui_settings_path()), QSettings.Format.IniFormat)
    window = MainWindow(db, settings)
    if note and window.session is not None:
        window.session.saved.emit(note)
    return window


def run(db_path: Path) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from stemlead.errors import DatabaseInUse, StemLeadError

    app = create_application()
    try:
        window = build_window(db_path)
    except DatabaseInUse as exc:
        QMessageBox.warning(None, APP_NAME, str(exc))
        return 1
    except StemLeadError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    if window is None:  # a damaged file, and the coach chose not to restore it
        return 1
    window.show()  # type: ignore[attr-defined]
    if os.environ.get("STEMLEAD_QUIT_AFTER_SHOW"):  # start-up benchmark: stop once painted
        QTimer.singleShot(0, app.quit)  # type: ignore[attr-defined]
    else:
        QTimer.singleShot(0, window.welcome_if_new)  # type: ignore[attr-defined]
        from stemlead.gui.recovery import check_for_damage

        # then the daily backup, a few seconds later, if the file is sound
        QTimer.singleShot(0, lambda: check_for_damage(window))  # type: ignore[arg-type]
    return int(app.exec())  # type: ignore[attr-defined]
