"""Deleting what others belong to asks first and says what goes; open pages of a deleted
record go back to their list; the undo shortcut works wherever the focus is."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stemlead.core import action_items, cycles, observations, teachers, trash
from stemlead.gui.views.observations import ObservationsView
from stemlead.gui.views.teachers import TeachersView
from stemlead.store import open_database
from tests.gui_helpers import activate, answer, open_window

UNDO = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def visited(db_path: Path) -> Path:
    """Ana has a cycle and one visit with 15 evidence lines and 3 next steps; Ben nothing."""
    with open_database(db_path) as db:
        ana = teachers.add(db, name="Ana Okafor", school="Lincoln ES")
        teachers.add(db, name="Ben Ito", school="Roosevelt MS")
        cycles.add(db, teacher_ids=[ana], title="Claims and evidence")
        visit = observations.start(db, ana, class_context="Grade 4 science")
        for n in range(15):
            observations.add_line(db, visit, f"Students compare claim {n}")
        for step in ("Sentence stems", "Exit ticket", "Pair talk"):
            action_items.add(db, step, observation_id=visit, owner_teacher_id=ana)
    return db_path


def test_what_a_delete_would_take_is_counted_without_deleting(visited: Path) -> None:
    with open_database(visited) as db:
        along = trash.what_goes(db, teachers.delete, 1)
        assert along == ["1 observation", "15 evidence lines", "3 action items"]
        assert trash.what_goes(db, teachers.delete, 2) == []  # Ben has nothing of his own
        assert trash.what_goes(db, observations.delete, 1) == [
            "15 evidence lines",
            "3 action items",
        ]
        cycle = cycles.list_cycles(db)[0].id
        cycles.log_time(db, cycle, 30)
        cycles.log_time(db, cycle, 45)
        action_items.add(db, "Share the rubric", cycle_id=cycle)
        assert trash.what_goes(db, cycles.delete, cycle) == ["2 time entries", "1 action item"]
        assert trash.entries(db) == [] and len(teachers.list_teachers(db)) == 2


def teacher_names(view: TeachersView) -> list[str]:
    return sorted(view.model.row_at(r).name for r in range(view.model.rowCount()))


def test_deleting_a_teacher_with_a_history_asks_first_and_says_what_goes(
    qtbot: QtBot, visited: Path
) -> None:
    window = open_window(qtbot, visited)
    view = window.show_section("teachers")
    assert isinstance(view, TeachersView)
    view.open_item(1)
    view.table.setFocus()
    asked = answer("Cancel")
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked == [
        "Delete \u2068Ana Okafor\u2069 and 1 observation, 15 evidence lines and 3 action items? "
        "You can undo this with Ctrl+Shift+Z."
    ]
    assert teacher_names(view) == ["Ana Okafor", "Ben Ito"]
    activate(qtbot, window)
    view.table.setFocus()
    answer("Delete")
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert teacher_names(view) == ["Ben Ito"]
    with open_database(visited, mode="read") as db:
        assert observations.list_observations(db) == []
    window.close()


def test_a_teacher_with_nothing_of_their_own_goes_without_a_question(
    qtbot: QtBot, visited: Path
) -> None:
    window = open_window(qtbot, visited)
    view = window.show_section("teachers")
    assert isinstance(view, TeachersView)
    view.open_item(2)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert teacher_names(view) == ["Ana Okafor"]
    assert "Deleted \u201c\u2068Ben Ito\u2069\u201d" in window.message.text()
    window.close()


def test_an_open_visit_of_a_deleted_teacher_goes_back_to_the_list(
    qtbot: QtBot, visited: Path
) -> None:
    window = open_window(qtbot, visited)
    window.open_item("observation", 1)
    visits = window.current_view()
    assert isinstance(visits, ObservationsView) and not visits.showing_list()
    view = window.show_section("teachers")
    assert isinstance(view, TeachersView)
    view.open_item(1)
    answer("Delete")
    view.delete_selected()
    assert visits.showing_list()
    window.show_section("observations")
    assert visits.showing_list() and visits.model.rowCount() == 0
    assert "does not exist" not in window.message.text()
    window.close()


def test_undo_delete_works_with_the_focus_in_a_text_field(qtbot: QtBot, visited: Path) -> None:
    window = open_window(qtbot, visited)
    view = window.show_section("teachers")
    assert isinstance(view, TeachersView)
    view.open_item(2)
    view.delete_selected()
    assert teacher_names(view) == ["Ana Okafor"]
    name = view.page.form.name
    view.open_item(1)
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_Z, UNDO)
    assert teacher_names(view) == ["Ana Okafor", "Ben Ito"]
    assert name.text() == "Ana Okafor"
    assert "Restored" in window.message.text()
    window.close()
