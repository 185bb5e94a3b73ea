"""Start the desktop app: one QApplication, one database, one main window."""

from __future__ import annotations

import atexit
import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from stemlead import APP_NAME, __version__

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

NO_DISPLAY = (
    "STEM Lead found no display to show its window on (neither DISPLAY nor WAYLAND_DISPLAY "
    "is set); start it from a desktop session, or use the stemlead commands, which need no "
    "display."
)


def ui_settings_path() -> Path:
    """Window size and last section live beside other app settings (not in the database,
    which may move between laptops)."""
    override = os.environ.get("STEMLEAD_CONFIG_DIR")
    if override:
        return Path(override) / "ui.ini"
    from platformdirs import user_config_path

    return user_config_path(APP_NAME, appauthor=False) / "ui.ini"


def _icon() -> QIcon:
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


def create_application() -> QApplication:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QApplication

    from stemlead.gui import tasks
    from stemlead.gui.garbage import collect_on_gui_thread
    from stemlead.gui.style import follow_palette
    from stemlead.gui.widgets.fit import keep_windows_on_screen

    if QLocale.system().language() == QLocale.Language.C:  # no locale set: read like en_US
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    app = QApplication.instance() or QApplication(sys.argv)
    assert isinstance(app, QApplication)  # not a QCoreApplication made before us
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("stemlead")
    app.setWindowIcon(_icon())
    follow_palette(app)
    keep_windows_on_screen(app)
    collect_on_gui_thread(app)
    if not app.property("drainsAtExit"):  # once, however often the app is set up
        app.setProperty("drainsAtExit", True)
        # after PySide's own exit handler in the order they are registered, so it runs first
        atexit.register(tasks.finish_background_work)
        app.aboutToQuit.connect(tasks.finish_background_work)
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


def display_problem() -> str | None:
    """Why a window cannot open here, in one sentence, found before Qt starts: on Linux,
    Qt aborts the process (core dump, and a message about ``libxcb-cursor0``) when there is
    no display or when its X11 libraries are missing. None when a window can open, or
    when ``QT_QPA_PLATFORM`` chooses another way than X11 (offscreen, Wayland)."""
    platform = os.environ.get("QT_QPA_PLATFORM", "")
    if not sys.platform.startswith("linux") or platform.split(":")[0] not in ("", "xcb"):
        return None
    if not platform and os.environ.get("WAYLAND_DISPLAY"):
        return None
    if not os.environ.get("DISPLAY"):
        return NO_DISPLAY
    missing = _missing_x11_libraries()
    if not missing:
        return None
    import shutil

    if shutil.which("apt-get"):
        packages = " ".join(dict.fromkeys(_debian_package(name) for name in missing))
        how = f"install them with: sudo apt-get install -y {packages}"
    else:
        how = "install them with your package manager: " + ", ".join(missing)
    return (
        f"Qt cannot open a window on this X11 display because system libraries are missing; {how}."
    )


def _missing_x11_libraries() -> list[str]:
    """The libraries Qt's X11 plugin needs that the system lacks, as ``ldd`` finds them
    (a few milliseconds); [] when that cannot be told."""
    import importlib.util
    import subprocess

    spec = importlib.util.find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return []
    plugin = Path(spec.submodule_search_locations[0], "Qt", "plugins", "platforms", "libqxcb.so")
    if not plugin.exists():
        return []
    try:
        out = subprocess.run(
            ["ldd", str(plugin)], capture_output=True, text=True, timeout=10
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return []
    found = [line.split()[0] for line in out.splitlines() if "=> not found" in line]
    return list(dict.fromkeys(found))


def _debian_package(library: str) -> str:
    """Debian's name for the package of a library: ``libxcb-icccm.so.4`` -> ``libxcb-icccm4``,
    ``libxkbcommon-x11.so.0`` -> ``libxkbcommon-x11-0``."""
    match = re.fullmatch(r"(lib.+?)\.so\.(\d+)", library)
    if not match:
        return library
    base, version = match.group(1).lower(), match.group(2)
    return f"{base}{'-' if base[-1].isdigit() else ''}{version}"


def run(db_path: Path) -> int:
    from stemlead.errors import StemLeadError

    problem = display_problem()
    if problem:
        raise StemLeadError(problem)

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from stemlead.errors import DatabaseInUse

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
    if window is None:  # a damaged file, and the coach chose not to restore it
        return 1
    window.show()  # type: ignore[attr-defined]
    if os.environ.get("STEMLEAD_QUIT_AFTER_SHOW"):  # start-up benchmark: stop once painted
        QTimer.singleShot(0, app.quit)
    else:
        QTimer.singleShot(0, window.welcome_if_new)  # type: ignore[attr-defined]
        from stemlead.gui.recovery import check_for_damage

        # then the daily backup, a few seconds later, if the file is sound
        QTimer.singleShot(0, lambda: check_for_damage(window))  # type: ignore[arg-type]
    return int(app.exec())
