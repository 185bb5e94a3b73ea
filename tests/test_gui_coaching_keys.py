"""The keyboard on the coaching pages: Tab follows the screen and leaves every list and
table, and capture jumps to next steps and private notes with a shortcut."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from stemlead.core import action_items, coaching_log, cycles, observations, teachers
from stemlead.gui.dialogs.shortcuts import ShortcutsDialog
from stemlead.store import open_database
from tests.gui_helpers import open_window

SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def school(db_path: Path) -> Path:
    with open_database(db_path) as db:
        ana = teachers.add(db, name="Ana Okafor", school="Lincoln ES")
        cycle = cycles.add(db, teacher_ids=[ana], title="Claims and evidence")
        cycles.log_time(db, cycle, 30, activity="planning")
        obs = observations.start(db, ana, cycle_id=cycle, class_context="Period 3")
        for n in range(5):
            observations.add_line(db, obs, f"Line {n}")
        action_items.add(db, "Try sentence stems", observation_id=obs, owner_teacher_id=ana)
        coaching_log.log(db, teacher_ids=[ana], kind="email", minutes=5)
    return db_path


def name_of(widget: QWidget | None, page: QWidget) -> str:
    """The form's name for the focused widget (the combo box, not its line edit)."""
    while widget is not None and widget is not page:
        if widget.objectName() and not widget.objectName().startswith("qt_"):
            return widget.objectName() or type(widget).__name__
        widget = widget.parentWidget()
    return "?"


def tab_walk(qtbot: QtBot, page: QWidget, start: QWidget, presses: int) -> list[str]:
    start.setFocus()
    seen = [name_of(QApplication.focusWidget(), page)]
    for _ in range(presses):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(name_of(QApplication.focusWidget(), page))
    return seen


def test_capture_tab_order_follows_the_screen_and_tab_leaves_the_log(
    qtbot: QtBot, school: Path
) -> None:
    window = open_window(qtbot, school)
    window.open_item("observation", 1)
    capture = window.views["observations"].capture
    f = capture.form
    order = tab_walk(qtbot, capture, f.back, 12)
    assert order == [
        "back",
        "endVisit",
        "handout",
        "log",
        "input",  # from the input, Tab goes on to the side pane, not up into the log
        "cycle",
        "openCycle",
        "focus",
        "nextSteps",
        "nextStepOwner",
        "nextStepInput",
        "privateNotes",
        "sidebar",  # and on out of the page, with no stop on its scrolling parts
    ]
    f.log.setFocus()
    f.log.setCurrentCell(0, 3)
    qtbot.keyClick(f.log, Qt.Key.Key_Tab)  # one press leaves a 5-line log
    assert QApplication.focusWidget() is f.input
    window.close()


def test_capture_shortcuts_reach_next_steps_and_private_notes(qtbot: QtBot, school: Path) -> None:
    window = open_window(qtbot, school)
    window.open_item("observation", 1)
    f = window.views["observations"].capture.form
    assert f.input.hasFocus()
    qtbot.keyClick(f.input, Qt.Key.Key_S, SHIFT_CTRL)
    assert f.nextStepInput.hasFocus()
    qtbot.keyClick(f.nextStepInput, Qt.Key.Key_P, SHIFT_CTRL)
    assert f.privateNotes.hasFocus()
    listed = ShortcutsDialog(window.menu_actions(), window)
    qtbot.addWidget(listed)
    table = listed.form.table
    rows = {
        (table.item(r, 1).text(), table.item(r, 2).text().lower()) for r in range(table.rowCount())
    }
    assert any(keys == "Ctrl+Shift+S" and "next step" in does for keys, does in rows)
    assert any(keys == "Ctrl+Shift+P" and "private notes" in does for keys, does in rows)
    window.close()


def test_teacher_page_tab_order_follows_the_screen(qtbot: QtBot, school: Path) -> None:
    window = open_window(qtbot, school)
    window.open_item("teacher", 1)
    page = window.views["teachers"].page
    order = tab_walk(qtbot, page, page.form.name, 16)
    assert order == [
        "name",
        "email",
        "school",
        "gradeBand",
        "subjects",
        "mayBeNamed",
        "strengths",
        "growthAreas",
        "privateNotes",
        "cycles",
        "observations",
        "coachingLog",
        "logCoaching",
        "editLog",
        "deleteLog",
        "meetings",
        "sidebar",
    ]
    window.close()


def test_cycle_page_tab_order_follows_the_screen(qtbot: QtBot, school: Path) -> None:
    window = open_window(qtbot, school)
    window.open_item("cycle", 1)
    page = window.views["cycles"].page
    order = tab_walk(qtbot, page, page.form.back, 20)
    assert order == [
        "back",
        "handout",
        "title",
        "stage",
        "nextStage",
        "startedOn",
        "targetEndOn",
        "goal",
        "successCriteria",
        "strategy",
        "observations",
        "actionItems",
        "minutes",
        "activity",
        "timeNote",
        "addTime",
        "timeLog",
        "timeline",
        "reflections",
        "privateNotes",
        "sidebar",
    ]
    window.close()
