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


def qt_problem() -> str | None:
    """The sentence to stop on when this Qt binding loses references to ``None``, else None.

    PySide6 6.12.0 on Python 3.11 takes one from ``None`` on every call of a Qt method that
    returns nothing, so a session dies an hour later in "Fatal Python error: none_dealloc"
    (``pyproject.toml`` keeps that pair out; this catches an install made otherwise). A few
    such calls show it at once, in microseconds; on Python 3.12+ ``None`` is immortal."""
    from PySide6 import __version__ as qt_version
    from PySide6.QtCore import QSize

    size = QSize()
    calls = 32
    before = sys.getrefcount(None)
    for _ in range(calls):
        size.setWidth(calls)
    if before - sys.getrefcount(None) < calls // 2:
        return None
    python = ".".join(str(n) for n in sys.version_info[:3])
    return (
        f"PySide6 {qt_version} on Python {python} has a fault that would crash {APP_NAME} "
        'after a while; install another PySide6 (pip install "PySide6-Essentials<6.12") or '
        "run it with Python 3.12 or newer."
    )


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


def build_window(db_path: Path) -> object:
    """Open the database and make the main window (raises StemLeadError on a bad file)."""
    from PySide6.QtCore import QSettings

    from stemlead.gui.main_window import MainWindow
    from stemlead.store import open_database

    db = open_database(db_path)
    settings = QSettings(str(ui_settings_path()), QSettings.Format.IniFormat)
    return MainWindow(db, settings)


def run(db_path: Path) -> int:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from stemlead.errors import DatabaseInUse, StemLeadError

    app = create_application()
    problem = qt_problem()
    if problem is not None:
        print(problem, file=sys.stderr)
        QMessageBox.critical(None, APP_NAME, problem)
        return 1
    try:
        window = build_window(db_path)
    except DatabaseInUse as exc:
        QMessageBox.warning(None, APP_NAME, str(exc))
        return 1
    except StemLeadError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    window.show()  # type: ignore[attr-defined]
    if os.environ.get("STEMLEAD_QUIT_AFTER_SHOW"):  # start-up benchmark: stop once painted
        QTimer.singleShot(0, app.quit)  # type: ignore[attr-defined]
    else:
        QTimer.singleShot(0, window.welcome_if_new)  # type: ignore[attr-defined]
        QTimer.singleShot(3000, window.backup_if_due)  # type: ignore[attr-defined]
    return int(app.exec())  # type: ignore[attr-defined]
