"""The main window on a real database file: navigation, autosave, search, undo, quick log."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stemlead.core import coaching_log, cycles, observations, teachers
from stemlead.errors import DatabaseInUse
from stemlead.gui.app import build_window
from stemlead.gui.dialogs.quick_log import QuickLogDialog
from stemlead.gui.dialogs.search import SearchDialog
from stemlead.gui.dialogs.shortcuts import ShortcutsDialog
from stemlead.gui.dialogs.teacher_import import TeacherImportDialog
from stemlead.gui.views.cycles import CyclesView
from stemlead.gui.views.teachers import TeachersView
from stemlead.gui.widgets.autosave import PAUSE_MS
from stemlead.store import open_database
from tests.gui_helpers import open_window

STAGE_KEYS = Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def school(db_path: Path) -> Path:
    with open_database(db_path) as db:
        ana = teachers.add(db, name="Ana Okafor", school="Lincoln ES", grade_band="3-5")
        teachers.add(db, name="Ben Ito", school="Roosevelt MS", grade_band="6-8")
        cycles.add(db, teacher_ids=[ana], title="Claims and evidence")
    return db_path


def test_every_section_opens_and_the_window_remembers(qtbot: QtBot, school: Path) -> None:
    window = open_window(qtbot, school)
    assert window.windowTitle().startswith("\u2068stemlead.db\u2069")
    assert str(school) in window.db_label.text()
    for row in range(window.form.sidebar.count()):
        window.form.sidebar.setCurrentRow(row)
        assert window.form.pages.currentWidget().isVisible()
    window.show_section("cycles")
    window.resize(1111, 777)
    window.close()
    window = open_window(qtbot, school)
    assert window.current_view() is window.views["cycles"]
    assert window.form.sidebar.currentItem().text() == "Coaching cycles"
    window.close()


def test_teacher_fields_save_as_typed(qtbot: QtBot, school: Path) -> None:
    window = open_window(qtbot, school)
    view = window.show_section("teachers")
    assert isinstance(view, TeachersView)
    view.open_item(1)
    page = view.page.form
    page.strengths.setFocus()
    qtbot.keyClicks(page.strengths, "Warm questioning; students explain ideas to each other")
    qtbot.wait(PAUSE_MS + 200)
    with open_database(school, mode="read") as db:
        assert teachers.get(db, 1).strengths.startswith("Warm questioning")
    assert window.message.text().startswith("Saved")
    page.name.setFocus()
    page.name.selectAll()
    qtbot.keyClick(page.name, Qt.Key.Key_Delete)
    qtbot.keyClick(page.name, Qt.Key.Key_Tab)  # leaving the field saves it: refused
    assert page.name.property("invalid") is True
    assert "Name cannot be empty" in window.message.text()
    with open_database(school, mode="read") as db:
        assert teachers.get(db, 1).name == "Ana Okafor"  # the last good value is kept
    window.close()


def test_an_edit_that_takes_a_teacher_out_of_the_filter_stays_with_them(
    qtbot: QtBot, school: Path
) -> None:
    """Saving a school that no longer matched the school filter used to switch the page to
    the next teacher, so the rest of the typing went into that teacher's record."""
    with open_database(school) as db:
        teachers.add(db, name="Cleo Park", school="Lincoln ES")
    window = open_window(qtbot, school)
    view = window.show_section("teachers")
    assert isinstance(view, TeachersView)
    view.school.setCurrentIndex(view.school.findData("Lincoln ES"))
    view.open_item(1)
    assert view.page.teacher_id == 1
    edit = view.page.form.school.lineEdit()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "Hamilton")
    qtbot.wait(PAUSE_MS + 200)
    assert view.page.teacher_id == 1
    qtbot.keyClicks(edit, " HS")
    qtbot.wait(PAUSE_MS + 200)
    with open_database(school, mode="read") as db:
        assert teachers.get(db, 1).school == "Hamilton HS"
        assert teachers.get(db, 3).school == "Lincoln ES"
    view.school.setCurrentIndex(view.school.findData("Roosevelt MS"))
    assert view.page.teacher_id == 2  # choosing a filter still moves to who it shows
    window.close()


@pytest.mark.parametrize("leave", ["close", "open another file"])
def test_leaving_with_the_focus_in_the_school_box_saves_before_the_file_closes(
    qtbot: QtBot, school: Path, tmp_path: Path, leave: str
) -> None:
    """An editable combo box reports its text as chosen when it loses focus; that used to
    happen after the database was closed, and the save raised an exception."""
    window = open_window(qtbot, school)
    view = window.show_section("teachers")
    assert isinstance(view, TeachersView)
    view.open_item(2)  # Roosevelt MS, not the first school in the box
    edit = view.page.form.school.lineEdit()
    edit.setFocus()
    assert edit.hasFocus()
    if leave == "close":
        window.close()
    else:
        window.set_database(open_database(tmp_path / "other.db"))
        window.close()
    with open_database(school, mode="read") as db:
        assert teachers.get(db, 2).school == "Roosevelt MS"


def test_new_teacher_right_after_typing_selects_the_new_teacher_in_the_list(
    qtbot: QtBot, school: Path
) -> None:
    """Ctrl+N a moment after typing saved the typing in the middle of the switch, and the
    list was left highlighting the previous teacher while the page showed the new one."""
    window = open_window(qtbot, school)
    view = window.show_section("teachers")
    assert isinstance(view, TeachersView)
    view.open_item(1)
    page = view.page.form
    page.strengths.setFocus()
    qtbot.keyClicks(page.strengths, "Warm questioning")
    qtbot.keyClick(page.strengths, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    current = view.table.currentIndex()
    assert view.model.row_at(current.row()).id == view.page.teacher_id == 3
    with open_database(school, mode="read") as db:
        assert teachers.get(db, 1).strengths == "Warm questioning"
    window.close()


def test_filtering_teachers(qtbot: QtBot, school: Path) -> None:
    window = open_window(qtbot, school)
    view = window.show_section("teachers")
    assert isinstance(view, TeachersView)
    qtbot.keyClicks(view.filter, "roos")
    assert view.model.rowCount() == 1 and view.model.row_at(0).name == "Ben Ito"
    view.filter.clear()
    view.grade.setCurrentIndex(view.grade.findData("3-5"))
    assert [view.model.row_at(r).name for r in range(view.model.rowCount())] == ["Ana Okafor"]
    window.close()


def test_deleting_a_teacher_can_be_undone(qtbot: QtBot, school: Path) -> None:
    window = open_window(qtbot, school)
    view = window.show_section("teachers")
    assert isinstance(view, TeachersView)
    view.open_item(2)
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert "Deleted “\u2068Ben Ito\u2069”" in window.message.text()
    assert [view.model.row_at(r).name for r in range(view.model.rowCount())] == ["Ana Okafor"]
    qtbot.keyClick(
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert sorted(view.model.row_at(r).name for r in range(view.model.rowCount())) == [
        "Ana Okafor",
        "Ben Ito",
    ]
    window.close()


def test_moving_a_cycle_records_the_stage_change(qtbot: QtBot, school: Path) -> None:
    window = open_window(qtbot, school)
    view = window.show_section("cycles")
    assert isinstance(view, CyclesView)
    column = view.columns["identify"]
    assert column.count() == 1
    column.setFocus()
    column.setCurrentRow(0)
    qtbot.keyClick(column, Qt.Key.Key_Right, STAGE_KEYS)
    assert view.columns["learn"].count() == 1 and column.count() == 0
    view.open_item(1)
    qtbot.keyClick(view.page.form.title, Qt.Key.Key_Right, STAGE_KEYS)
    page = view.page.form
    assert page.stage.currentText() == "Improve"
    assert page.timeline.count() == 3 and "Learn → Improve" in page.timeline.item(2).text()
    qtbot.keyClick(page.title, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    with open_database(school, mode="read") as db:
        history = [(c.from_stage, c.to_stage) for c in cycles.stage_history(db, 1)]
        assert history == [(None, "identify"), ("identify", "learn"), ("learn", "improve")]
        assert [e.minutes for e in cycles.time_entries(db, 1)] == [30]  # one keystroke
    window.close()


def test_cycle_page_keeps_the_cursor_and_a_refused_value_while_saving(
    qtbot: QtBot, school: Path
) -> None:
    """A save used to reload the whole cycle page: the cursor jumped to the start (so the
    next words landed in front) and a refused title was replaced by the stored one."""
    window = open_window(qtbot, school)
    view = window.show_section("cycles")
    assert isinstance(view, CyclesView)
    view.open_item(1)
    page = view.page.form
    page.title.setFocus()
    page.title.selectAll()
    qtbot.keyClicks(page.title, "x" * 201)  # over the limit: refused
    qtbot.wait(PAUSE_MS + 200)
    assert page.title.property("invalid") is True
    page.goal.setFocus()
    qtbot.keyClicks(page.goal, "Students")
    qtbot.wait(PAUSE_MS + 200)
    qtbot.keyClicks(page.goal, " argue from evidence")
    qtbot.wait(PAUSE_MS + 200)
    assert page.goal.toPlainText() == "Students argue from evidence"
    assert page.title.text() == "x" * 201 and page.title.property("invalid") is True
    with open_database(school, mode="read") as db:
        assert cycles.get(db, 1).goal == "Students argue from evidence"
        assert cycles.get(db, 1).title == "Claims and evidence"
    view.back()
    assert "Claims and evidence" in view.columns["identify"].item(0).text()
    window.close()


def test_search_finds_a_line_typed_a_moment_ago(qtbot: QtBot, school: Path) -> None:
    window = open_window(qtbot, school)
    with open_database(school, mode="read"):
        pass
    obs = window.session.write(observations.start, 1).value
    window.open_item("observation", obs)
    capture = window.views["observations"].capture.form
    qtbot.keyClicks(capture.input, "Groups built anemometers from paper cups")
    qtbot.keyClick(capture.input, Qt.Key.Key_Return)
    dialog = SearchDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.form.query, "anemo")
    qtbot.waitUntil(lambda: dialog.form.results.count() > 0)
    qtbot.keyClick(dialog.form.query, Qt.Key.Key_Return)
    [line] = observations.lines(window.db, obs)
    assert dialog.target == ("observation_line", line.id)  # the visit, that line selected
    window.close()


def test_quick_log_by_keyboard(qtbot: QtBot, school: Path) -> None:
    window = open_window(qtbot, school)
    dialog = QuickLogDialog(window.session, parent=window)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    form = dialog.form
    qtbot.keyClicks(form.teacher.lineEdit(), "Ben Ito")
    qtbot.keyClick(form.teacher, Qt.Key.Key_Tab)
    form.kind.setCurrentIndex(form.kind.findData("co_planning"))
    form.minutes.setValue(15)
    qtbot.keyClicks(form.note, "Planned the egg-drop lab")
    qtbot.keyClick(form.note, Qt.Key.Key_Return)
    assert dialog.result() == 1
    with open_database(school, mode="read") as db:
        [entry] = coaching_log.list_entries(db)
        assert (entry.kind, entry.minutes, entry.teachers) == ("co_planning", 15, "Ben Ito")
    window.close()


def test_two_teachers_with_one_name_are_told_apart(qtbot: QtBot, school: Path) -> None:
    """The teacher box matched the typed text to the first teacher of that name, so a quick
    log or an observation for the second "Ana Okafor" went to the first one."""
    from stemlead.gui.views.observations import StartDialog, chosen_teacher

    with open_database(school) as db:
        other = teachers.add(db, name="Ana Okafor", school="Roosevelt MS")
    window = open_window(qtbot, school)
    for dialog in (
        QuickLogDialog(window.session, other, parent=window),
        StartDialog(window.session, other, window),
    ):
        qtbot.addWidget(dialog)
        combo = dialog.form.teacher
        assert chosen_teacher(combo) == other
        assert combo.currentText() == "Ana Okafor (Roosevelt MS)"
        combo.setCurrentIndex(combo.findData(1))
        assert chosen_teacher(combo) == 1
    window.close()


def test_teacher_import_dialog_previews_then_imports(
    qtbot: QtBot, school: Path, tmp_path: Path
) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("Name;Email\nCarla Ruiz;carla@d.org\n;nobody@d.org\n", encoding="utf-8")
    window = open_window(qtbot, school)
    dialog = TeacherImportDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.load(roster)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.model.rowCount() == 2
    assert dialog.model.index(1, 6).data() == "Skipped: no name"
    assert dialog.model.index(1, 6).data(Qt.ItemDataRole.ForegroundRole).name() == "#c0392b"
    with open_database(school, mode="read") as db:
        assert len(teachers.list_teachers(db)) == 2  # nothing written by the preview
    dialog.apply()
    with open_database(school, mode="read") as db:
        assert "Carla Ruiz" in [t.name for t in teachers.list_teachers(db)]
    window.close()


def test_shortcuts_window_lists_every_menu_shortcut(qtbot: QtBot, school: Path) -> None:
    window = open_window(qtbot, school)
    actions = window.menu_actions()
    dialog = ShortcutsDialog(actions, window)
    qtbot.addWidget(dialog)
    keys = {dialog.form.table.item(r, 1).text() for r in range(dialog.form.table.rowCount())}
    assert {"Ctrl+K", "Ctrl+L", "F1", "Alt+1"} <= keys
    window.close()


def test_a_second_window_on_the_same_file_is_refused(qtbot: QtBot, school: Path) -> None:
    window = open_window(qtbot, school)
    with pytest.raises(DatabaseInUse, match="already open"):
        build_window(school)
    window.close()
    second = build_window(school)  # free again once the first one is closed
    second.close()  # type: ignore[attr-defined]
