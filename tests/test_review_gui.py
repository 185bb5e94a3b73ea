"""Things a coach hit in the app, found in review: each test is one of them."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from stemlead.core import action_items, teachers
from stemlead.gui.views.lists import ActionItemsView
from stemlead.gui.widgets.autosave import PAUSE_MS
from stemlead.store import open_database
from tests.gui_helpers import open_window


def test_mark_done_after_editing_acts_on_the_item_in_the_editor(
    qtbot: QtBot, db_path: Path
) -> None:
    """Each save reloaded the table and lost its current row, so "Mark done" after editing
    an action item's title did nothing."""
    with open_database(db_path) as db:
        action_items.add(db, "Bring student work")
        action_items.add(db, "Share the rubric")
    window = open_window(qtbot, db_path)
    view = window.show_section("action_items")
    assert isinstance(view, ActionItemsView)
    view.open_item(2)
    editor = view.editor
    editor.title_edit.selectAll()
    qtbot.keyClicks(editor.title_edit, "Share the CER rubric")
    qtbot.wait(PAUSE_MS + 200)
    assert editor.item_id == 2 and editor.title_edit.text() == "Share the CER rubric"
    view.toggle_done()
    assert editor.status.currentData() == "done"  # the editor shows it, too
    with open_database(db_path, mode="read") as db:
        assert action_items.get(db, 2).status == "done"
        assert action_items.get(db, 1).status == "open"
    window.close()


def test_a_save_the_disk_refuses_is_reported_and_the_text_kept(qtbot: QtBot, db_path: Path) -> None:
    """A full disk raised an sqlite3 error out of the save: the status line still said
    "Saved", the field did not turn red, and the text was lost on the next switch."""
    with open_database(db_path) as db:
        teachers.add(db, name="Ana Okafor")

    window = open_window(qtbot, db_path)
    view = window.show_section("teachers")
    view.open_item(1)
    window.session.db.conn.execute("PRAGMA query_only = ON")  # SQLite refuses every write
    strengths = view.page.form.strengths
    strengths.setFocus()
    qtbot.keyClicks(strengths, "Warm questioning")
    qtbot.wait(PAUSE_MS + 200)
    assert strengths.property("invalid") is True
    assert window.message.text().startswith("Not saved")
    assert strengths.toPlainText() == "Warm questioning"
    window.session.db.conn.execute("PRAGMA query_only = OFF")
    window.close()
