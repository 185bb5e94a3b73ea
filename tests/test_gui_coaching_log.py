"""Quick-log entries after the fact: on the teacher's page (edit, delete, undo), this week's
on Today, and search hits that open the entry or the evidence line itself."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from stemlead.clock import now, today
from stemlead.core import coaching_log, observations, teachers
from stemlead.gui import fmt
from stemlead.gui.dialogs.quick_log import QuickLogDialog
from stemlead.gui.dialogs.search import SearchDialog
from stemlead.store import open_database
from tests.gui_helpers import activate, open_window, plain

SHIFT_CTRL = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def school(db_path: Path) -> Path:
    this_morning = now().replace(hour=8, minute=15)
    with open_database(db_path) as db:
        ana = teachers.add(db, name="Ana Okafor", school="Lincoln ES")
        ben = teachers.add(db, name="Ben Ito")
        coaching_log.log(
            db,
            teacher_ids=[ana],
            kind="conversation",
            minutes=50,
            note="Hallway chat about lab groups",
            occurred_at=this_morning,
        )
        coaching_log.log(
            db,
            teacher_ids=[ana, ben],
            kind="resource_shared",
            minutes=5,
            note="Sent the rubric",
            occurred_at=this_morning - timedelta(days=10),
        )
        obs = observations.start(db, ana, class_context="Period 3")
        for text in ("Students sorted the rocks", "Teams argued about the pendulum"):
            observations.add_line(db, obs, text)
    return db_path


def when_dialog_opens(qtbot: QtBot, act: Callable[[QWidget], None]) -> list[QWidget]:
    """Run ``act`` on the next modal dialog as soon as it is up (exec() blocks the test)."""
    seen: list[QWidget] = []

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, poll)
            return
        seen.append(dialog)
        act(dialog)

    QTimer.singleShot(20, poll)
    return seen


def test_a_teachers_coaching_log_is_listed_and_a_typo_can_be_fixed(
    qtbot: QtBot, school: Path
) -> None:
    window = open_window(qtbot, school)
    window.open_item("teacher", 1)
    page = window.views["teachers"].page.form
    log = page.coachingLog
    assert log.count() == 2  # newest first, each with its day, kind, minutes and note
    first = plain(log.item(0).text())
    assert fmt.day(today().isoformat()) in first
    assert "Conversation" in first and "50 min" in first and "Hallway chat" in first
    assert "Resource shared" in log.item(1).text() and "with Ben Ito" in plain(log.item(1).text())

    def fix(dialog: QWidget) -> None:
        assert isinstance(dialog, QuickLogDialog)
        form = dialog.form
        assert form.teacher.currentText() == "Ana Okafor" and form.minutes.value() == 50
        form.minutes.setValue(5)
        form.kind.setCurrentIndex(form.kind.findData("co_planning"))
        form.day.setDate(QDate.currentDate().addDays(-1))
        form.note.selectAll()
        qtbot.keyClicks(form.note, "Planned the lab groups")
        qtbot.keyClick(form.note, Qt.Key.Key_Return)

    log.setFocus()
    log.setCurrentRow(0)
    opened = when_dialog_opens(qtbot, fix)
    qtbot.keyClick(log, Qt.Key.Key_Return)  # Enter on an entry edits it
    assert opened
    activate(qtbot, window)  # as after exec(): the dialog is gone, the window active
    with open_database(school, mode="read") as db:
        entry = coaching_log.get(db, 1)
        assert (entry.minutes, entry.kind, entry.note) == (
            5,
            "co_planning",
            "Planned the lab groups",
        )
        assert entry.occurred_at[:10] == (today() - timedelta(days=1)).isoformat()
        assert entry.occurred_at[11:16] == "08:15"  # a day corrected keeps its time
    assert "5 min" in log.currentItem().text() and "Co-planning" in log.currentItem().text()

    qtbot.keyClick(log, Qt.Key.Key_Delete)  # delete, through the trash
    assert log.count() == 1
    assert "Deleted" in window.message.text()
    qtbot.keyClick(window, Qt.Key.Key_Z, SHIFT_CTRL)
    assert log.count() == 2
    window.close()


def test_a_new_entry_from_the_teacher_page_is_theirs_and_shows_at_once(
    qtbot: QtBot, school: Path
) -> None:
    window = open_window(qtbot, school)
    window.open_item("teacher", 2)
    page = window.views["teachers"].page.form

    def log_it(dialog: QWidget) -> None:
        assert isinstance(dialog, QuickLogDialog)
        assert dialog.form.teacher.currentText() == "Ben Ito"
        dialog.form.minutes.setValue(20)
        qtbot.keyClicks(dialog.form.note, "Co-taught the circuits lesson")
        qtbot.keyClick(dialog.form.note, Qt.Key.Key_Return)

    when_dialog_opens(qtbot, log_it)
    page.logCoaching.click()
    assert page.coachingLog.count() == 2
    assert "Co-taught the circuits lesson" in page.coachingLog.item(0).text()
    window.close()


def test_today_lists_this_weeks_coaching_log(qtbot: QtBot, school: Path) -> None:
    window = open_window(qtbot, school)
    view = window.show_section("today")
    rows = view.lists["coaching_log"]
    texts = [plain(rows.item(r).text()) for r in range(rows.count())]
    assert len(texts) == 1, texts  # ten days ago is not this week
    assert "Conversation" in texts[0] and "50 min" in texts[0] and "Ana Okafor" in texts[0]
    rows.itemActivated.emit(rows.item(0))
    teachers_view = window.current_view()
    assert teachers_view is window.views["teachers"]
    assert teachers_view.page.teacher_id == 1
    assert teachers_view.page.form.coachingLog.currentRow() == 0
    window.close()


def search_and_open(qtbot: QtBot, window: object, words: str) -> None:
    dialog = SearchDialog(window.session, window)  # type: ignore[attr-defined]
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.form.query.setText(words)
    dialog.run()
    dialog.open_current()
    assert dialog.target is not None
    window.open_item(*dialog.target)  # type: ignore[attr-defined]


def test_a_search_hit_on_a_coaching_log_entry_opens_the_entry(qtbot: QtBot, school: Path) -> None:
    window = open_window(qtbot, school)
    search_and_open(qtbot, window, "rubric")
    view = window.current_view()
    assert view is window.views["teachers"]
    log = view.page.form.coachingLog
    assert "Sent the rubric" in log.currentItem().text()
    assert log.hasFocus()
    window.close()


def test_a_search_hit_on_an_evidence_line_selects_the_line(qtbot: QtBot, school: Path) -> None:
    window = open_window(qtbot, school)
    search_and_open(qtbot, window, "pendulum")
    capture = window.views["observations"].capture.form
    assert window.current_view() is window.views["observations"]
    assert capture.log.currentRow() == 1
    assert capture.log.item(1, 3).text() == "Teams argued about the pendulum"
    assert capture.log.hasFocus()
    window.close()
