"""The app on a coach's laptop: a 1366×768 screen at 100% and 150%, where every window
and dialog must fit with its buttons on the screen, whatever was visited before.

The scale can only be chosen before Qt starts, so each scale runs ``tests/screen_walk.py``
in a process of its own on a demo district whose first cycle has a 120-character title;
the checks that need no particular screen run here, on the offscreen screen of the tests.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QRect, QSettings
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QLineEdit, QVBoxLayout
from pytestqt.qtbot import QtBot

from stemlead.core import cycles
from stemlead.gui.app import build_window, create_application, ui_settings_path
from stemlead.gui.main_window import SECTIONS, MainWindow
from stemlead.store import open_database
from tests.conftest import run_stemlead
from tests.gui_helpers import open_window

LAPTOP = Path(__file__).parent / "fixtures" / "offscreen-1366x768.json"
WALK = Path(__file__).with_name("screen_walk.py")
LONG_TITLE = (
    "Claims, evidence and reasoning in Grade 7 lab reports: from sentence stems to "
    "students who argue from their own data"
)


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("laptop") / "demo.db"
    made = run_stemlead("demo", "--today", "2026-11-23", "--db", str(path), timeout=120)
    assert made.returncode == 0, made.stderr
    with open_database(path) as db:
        cycles.update(db, 1, title=LONG_TITLE.ljust(120, "!")[:120])
    return path


@pytest.fixture(scope="module", params=["1.0", "1.5"], ids=["100%", "150%"])
def walked(
    request: pytest.FixtureRequest, district: Path, tmp_path_factory: pytest.TempPathFactory
) -> dict[str, list[str]]:
    """What leaves the 1366×768 screen at one scale, every page and dialog visited."""
    tmp = tmp_path_factory.mktemp(f"walk-{request.param}")
    db = tmp / "demo.db"
    db.write_bytes(district.read_bytes())
    out = tmp / "found.json"
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={LAPTOP}",
        "QT_SCALE_FACTOR": request.param,
        "STEMLEAD_CONFIG_DIR": str(tmp / "config"),
    }
    done = subprocess.run(
        [sys.executable, str(WALK), str(db), str(out)],
        capture_output=True,
        text=True,
        timeout=240,
        env=env,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    found: dict[str, list[str]] = json.loads(out.read_text(encoding="utf-8"))
    return found


@pytest.mark.slow
def test_every_window_and_dialog_stays_inside_the_laptop_screen(
    walked: dict[str, list[str]],
) -> None:
    screen = walked["screen"]
    assert screen in ([1366, 768], [911, 512])
    visited = " ".join(walked["visited"])
    for section in SECTIONS:
        assert f"section {section.key}:" in visited
    for dialog in ("AboutDialog", "ShortcutsDialog", "SearchDialog", "handout preview"):
        assert dialog in visited
    assert "delete a teacher: QMessageBox" in visited
    assert walked["windows"] == []


@pytest.mark.slow
def test_every_page_fits_the_window_without_scrolling_sideways(
    walked: dict[str, list[str]],
) -> None:
    assert walked["pages"] == [], "\n".join(walked["pages"])


# -- in this process: the offscreen screen of the tests --------------------------------------
def _room() -> QRect:
    screen = QApplication.primaryScreen()
    assert screen is not None
    return screen.availableGeometry()


def test_a_dialog_taller_than_the_screen_scrolls_and_keeps_its_buttons_on_screen(
    qtbot: QtBot,
) -> None:
    from stemlead.gui.widgets.fit import fit_to_screen

    create_application()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    fields = [QLineEdit(f"field {n}") for n in range(60)]
    for field in fields:
        layout.addWidget(field)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok)
    layout.addWidget(buttons)
    assert dialog.minimumSizeHint().height() > _room().height()
    fit_to_screen(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert _room().contains(dialog.frameGeometry())
    ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isVisible()
    assert dialog.rect().contains(QRect(ok.mapTo(dialog, ok.rect().topLeft()), ok.size()))
    fields[-1].setFocus()
    assert fields[-1].isVisibleTo(dialog)


def test_every_dialog_is_fitted_when_shown_without_asking(qtbot: QtBot) -> None:
    create_application()
    dialog = QDialog()
    qtbot.addWidget(dialog)
    room = _room()
    dialog.resize(room.width() + 300, room.height() + 200)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert room.contains(dialog.frameGeometry())


def test_the_main_window_never_grows_past_the_screen_while_visiting_sections(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "demo.db"
    assert run_stemlead("demo", "--db", str(path)).returncode == 0
    window = open_window(qtbot, path)
    room = _room()
    for section in SECTIONS:
        window.show_section(section.key)
        QApplication.processEvents()
        assert room.contains(window.frameGeometry()), section.key
        assert window.minimumSizeHint().width() <= room.width(), section.key
    for kind in ("teacher", "cycle", "observation", "meeting", "group", "partner"):
        window.open_item(kind, 1)
        QApplication.processEvents()
        assert room.contains(window.frameGeometry()), kind
    window.close()


def test_a_geometry_saved_on_a_bigger_screen_opens_inside_this_one(
    qtbot: QtBot, db_path: Path
) -> None:
    create_application()
    big = build_window(db_path)
    assert isinstance(big, MainWindow)
    qtbot.addWidget(big)
    big.setMinimumSize(0, 0)
    big.setGeometry(1700, 900, 1900, 1040)  # a monitor at the far right, not here
    settings = QSettings(str(ui_settings_path()), QSettings.Format.IniFormat)
    settings.setValue("window/geometry", big.saveGeometry())
    settings.sync()
    assert isinstance(settings.value("window/geometry"), QByteArray)
    big.session.db.close()
    window = build_window(db_path)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert _room().contains(window.frameGeometry())
    window.close()
