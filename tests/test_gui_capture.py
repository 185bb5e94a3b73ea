"""Live observation capture, driven with the keyboard on a real database file."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stemlead.core import drafts, observations, teachers
from stemlead.gui.views.observations import ObservationsView, StartDialog
from stemlead.gui.widgets.autosave import PAUSE_MS
from stemlead.store import open_database
from tests.gui_helpers import activate, open_window


@pytest.fixture
def with_teacher(db_path: Path) -> Path:
    with open_database(db_path) as db:
        teachers.add(db, name="Ana Okafor", school="Lincoln ES")
        tag = db.scalar("SELECT id FROM tags WHERE label LIKE 'Engaging in argument%'")
        assert tag
    return db_path


def start_observation(qtbot: QtBot, view: ObservationsView) -> int:
    dialog = StartDialog(view.session, parent=view)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    form = dialog.form
    form.teacher.setEditText("Ana Okafor")
    qtbot.keyClicks(form.classContext, "Period 3 Grade 7 Science")
    for row in range(form.tags.count()):
        if form.tags.item(row).text().endswith("Engaging in argument from evidence"):
            form.tags.item(row).setCheckState(Qt.CheckState.Checked)
    qtbot.keyClicks(form.ownLookFor, "Students talk to each other")
    qtbot.keyClick(form.ownLookFor, Qt.Key.Key_Return)  # adds the look-for, keeps the dialog
    assert dialog.result() == 0 and "Students talk to each other" in form.chosen.text()
    qtbot.keyClick(form.ownLookFor, Qt.Key.Key_Return)  # Enter on an empty line: start
    assert dialog.result() == 1
    qtbot.waitUntil(lambda: not dialog.isVisible())
    activate(qtbot, view.window())  # as after exec(): the dialog is gone, the window active
    observation_id = view.start(dialog)
    assert observation_id is not None
    return observation_id


def type_line(qtbot: QtBot, widget: object, text: str) -> None:
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_lines_of_every_kind_survive_closing_and_reopening(
    qtbot: QtBot, with_teacher: Path
) -> None:
    window = open_window(qtbot, with_teacher)
    view = window.show_section("observations")
    assert isinstance(view, ObservationsView)
    obs = start_observation(qtbot, view)
    capture = view.capture.form
    assert capture.input.hasFocus()  # capture opens with the cursor in the input
    type_line(qtbot, capture.input, "Students tested ramps at three heights")
    qtbot.keyClick(capture.input, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert capture.kindChip.text() == "Strength"
    type_line(qtbot, capture.input, "Clear launch routine; every group started in a minute")
    qtbot.keyClick(capture.input, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    type_line(qtbot, capture.input, 'S4: "the higher ramp gives more speed"')
    qtbot.keyClick(capture.input, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    capture.input.setText("¿Qué pasaría si los grupos comparan datos primero? 🤔 <why> & how")
    qtbot.keyClick(capture.input, Qt.Key.Key_Return)
    assert capture.input.text() == "" and capture.kindChip.text() == "Evidence"
    assert capture.log.rowCount() == 4
    window.close()

    window = open_window(qtbot, with_teacher)
    window.open_item("observation", obs)
    log = window.views["observations"].capture.form.log
    rows = [[log.item(r, c).text() for c in range(4)] for r in range(log.rowCount())]
    assert [r[2] for r in rows] == ["Evidence", "Strength", "Student thinking", "Wondering"]
    assert rows[3][3] == "¿Qué pasaría si los grupos comparan datos primero? 🤔 <why> & how"
    assert all(r[0] and r[1].startswith("+") for r in rows)  # clock time and minutes in
    look_fors = window.views["observations"].capture.form.lookFors.text()
    assert "Engaging in argument from evidence" in look_fors
    assert "Students talk to each other" in look_fors
    with open_database(with_teacher, mode="read") as db:
        saved = observations.lines(db, obs)
        assert all(line.recorded_at for line in saved)
    window.close()


def test_private_notes_are_a_separate_pane_and_never_lines(
    qtbot: QtBot, with_teacher: Path
) -> None:
    window = open_window(qtbot, with_teacher)
    view = window.show_section("observations")
    obs = start_observation(qtbot, view)
    form = view.capture.form
    assert form.privateNotes.parent() is form.privateBox
    assert not form.logPane.isAncestorOf(form.privateNotes)
    assert "only you" in form.privateBox.title()
    qtbot.keyClicks(form.privateNotes, "Seemed tired today; ask about the new baby")
    qtbot.wait(PAUSE_MS + 200)
    with open_database(with_teacher, mode="read") as db:
        assert (
            observations.get(db, obs).private_notes == "Seemed tired today; ask about the new baby"
        )
        assert observations.lines(db, obs) == []
    assert window.message.text().startswith("Saved")
    window.close()


def test_lines_can_be_re_marked_and_deleted_with_undo(qtbot: QtBot, with_teacher: Path) -> None:
    window = open_window(qtbot, with_teacher)
    view = window.show_section("observations")
    obs = start_observation(qtbot, view)
    form = view.capture.form
    type_line(qtbot, form.input, "Teacher paused so groups could compare notes")
    qtbot.keyClick(form.input, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(form.input, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    with open_database(with_teacher, mode="read") as db:
        assert [line.kind for line in observations.lines(db, obs)] == ["strength"]
    form.log.setFocus()
    form.log.selectRow(0)
    qtbot.keyClick(form.log, Qt.Key.Key_Delete)
    assert form.log.rowCount() == 0
    window.form.actionUndoDelete.trigger()
    with open_database(with_teacher, mode="read") as db:
        assert [line.text for line in observations.lines(db, obs)] == [
            "Teacher paused so groups could compare notes"
        ]
    assert form.log.rowCount() == 1  # the line is back on screen too, not only in the file
    assert form.log.item(0, 3).text() == "Teacher paused so groups could compare notes"
    window.close()


def test_next_steps_are_action_items_owned_by_the_teacher(qtbot: QtBot, with_teacher: Path) -> None:
    window = open_window(qtbot, with_teacher)
    view = window.show_section("observations")
    obs = start_observation(qtbot, view)
    form = view.capture.form
    type_line(qtbot, form.nextStepInput, "Try sentence frames for claims")
    assert form.nextSteps.count() == 1 and "Ana Okafor" in form.nextSteps.item(0).text()
    window.close()
    from stemlead.core import action_items

    with open_database(with_teacher, mode="read") as db:
        [step] = action_items.list_action_items(db, source="observation", source_id=obs)
        assert (step.title, step.owner_name) == ("Try sentence frames for claims", "Ana Okafor")


KILL_SCRIPT = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from PySide6.QtTest import QTest
    from stemlead.gui.app import build_window, create_application
    app = create_application()
    window = build_window(Path(sys.argv[1]))
    window.show()
    window.open_item("observation", int(sys.argv[2]))
    capture = window.views["observations"].capture.form
    capture.input.setFocus()
    QTest.keyClicks(capture.input, "Half a line, typed but not yet entered")
    QTest.qWait(900)
    os.kill(os.getpid(), signal.SIGKILL)
""")


@pytest.mark.slow
def test_typing_before_enter_survives_a_kill(with_teacher: Path, tmp_path: Path) -> None:
    with open_database(with_teacher) as db:
        obs = observations.start(db, teachers.list_teachers(db)[0].id)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "STEMLEAD_CONFIG_DIR": str(tmp_path / "config"),
    }
    result = subprocess.run(
        [sys.executable, "-c", KILL_SCRIPT, str(with_teacher), str(obs)],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == -signal.SIGKILL, result.stderr
    with open_database(with_teacher) as db:
        assert drafts.load(db, observations.line_draft_key(obs)) == (
            "Half a line, typed but not yet entered"
        )
        assert observations.lines(db, obs) == []
