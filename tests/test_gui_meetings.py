"""Running a PLC meeting in the app, keyboard first, on a real database file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stemlead.core import action_items, agenda, attendance, decisions, groups, meetings, teachers
from stemlead.gui.views.meetings import MeetingsView
from stemlead.gui.widgets.autosave import PAUSE_MS
from stemlead.store import open_database
from tests.gui_helpers import open_window


@pytest.fixture
def plc(db_path: Path) -> tuple[Path, int, int]:
    with open_database(db_path) as db:
        group = groups.add(db, name="Grade 5 Science PLC", default_minutes=50)
        for name in ("Ana Okafor", "Ben Ito"):
            groups.add_member(db, group, teacher_id=teachers.add(db, name=name))
        meetings.add_series(
            db,
            group_id=group,
            first_start="2026-11-03T15:30",
            rrule="FREQ=WEEKLY;COUNT=3",
            tzid="America/Chicago",
        )
        first, second, _ = meetings.list_meetings(db)
        action_items.add(db, "Bring six samples of student work", meeting_id=first.id)
    return db_path, group, second.id


def test_agenda_attendance_and_minutes_survive_reopening(
    qtbot: QtBot, plc: tuple[Path, int, int]
) -> None:
    path, _, meeting = plc
    window = open_window(qtbot, path)
    window.open_item("meeting", meeting)
    view = window.views["meetings"]
    assert isinstance(view, MeetingsView)
    page = view.meeting_page
    f = page.form
    assert f.carriedBox.isVisible() and f.carried.count() == 1  # carried forward from meeting 1
    page.agenda.apply_template("01-plc-four-questions")  # what the "From template" menu does
    qtbot.keyClicks(f.newItem, "Plan the family STEM night")
    qtbot.keyClick(f.newItem, Qt.Key.Key_Return)
    assert f.items.count() == 7
    assert "over by 10 minutes" in f.total.text()  # 5 review + 45 template + 10 new
    f.items.setFocus()
    f.items.setCurrentRow(6)
    for _ in range(6):
        qtbot.keyClick(f.items, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert f.items.item(0).text().endswith("Plan the family STEM night  ·  Discuss · Me · 10 min")
    assert f.items.item(0).text().startswith("3:35")  # after the 5-minute review at 3:30
    f.minutes.setValue(5)
    qtbot.wait(600)
    assert f.total.text().startswith("Planned 55 of 50 minutes — over by 5")

    f.tabs.setCurrentIndex(1)
    f.attendance.setFocus()
    f.attendance.setCurrentRow(0)
    qtbot.keyClick(f.attendance, Qt.Key.Key_Space)  # Ana: present
    f.attendance.setCurrentRow(1)
    qtbot.keyClick(f.attendance, Qt.Key.Key_Space)
    qtbot.keyClick(f.attendance, Qt.Key.Key_Space)  # Ben: late
    qtbot.keyClicks(f.guest, "Dr. Lee")
    qtbot.keyClick(f.guest, Qt.Key.Key_Return)
    f.runItem.setCurrentIndex(1)
    f.itemNotes.setFocus()
    qtbot.keyClicks(f.itemNotes, "Everyone named one essential standard")
    qtbot.keyClicks(f.itemOutcome, "Unit 3 target agreed")
    qtbot.keyClick(f.itemOutcome, Qt.Key.Key_Tab)
    qtbot.keyClicks(f.newDecision, "Use the CER rubric for unit 3")
    qtbot.keyClick(f.newDecision, Qt.Key.Key_Return)
    qtbot.keyClicks(f.newAction, "Share the rubric with the team")
    qtbot.keyClick(f.newAction, Qt.Key.Key_Return)
    f.actions.setFocus()
    f.actions.setCurrentRow(0)
    qtbot.keyClick(f.actions, Qt.Key.Key_Space)  # the carried item is done, in this meeting
    qtbot.wait(PAUSE_MS + 100)
    window.close()

    window = open_window(qtbot, path)
    window.open_item("meeting", meeting)
    f = window.views["meetings"].meeting_page.form
    assert f.items.count() == 7 and "Plan the family STEM night" in f.items.item(0).text()
    with open_database(path, mode="read") as db:
        roll = {e.name: e.status for e in attendance.roll(db, meeting)}
        assert roll == {"Ana Okafor": "present", "Ben Ito": "late", "Dr. Lee": "present"}
        second = agenda.items(db, meeting)[1]
        assert (second.notes, second.outcome) == (
            "Everyone named one essential standard",
            "Unit 3 target agreed",
        )
        assert [d.text for d in decisions.for_meeting(db, meeting)] == [
            "Use the CER rubric for unit 3"
        ]
        born_here = action_items.list_action_items(db, source="meeting", source_id=meeting)
        assert [a.title for a in born_here] == ["Share the rubric with the team"]
        [carried] = action_items.carried_forward(db, meeting)
        assert carried.status == "done"
    window.close()


def test_the_total_turns_red_from_the_style_sheet_and_the_run_tab_keeps_time(
    qtbot: QtBot, plc: tuple[Path, int, int]
) -> None:
    """An agenda over its time is marked by a style sheet rule (no colour in the code), and
    the run tab's item chooser says when each item is planned to start."""
    from PySide6.QtGui import QColor, QPalette

    path, _, meeting = plc
    with open_database(path) as db:
        agenda.add(db, meeting, "Look at student work", minutes=30)
        agenda.add(db, meeting, "Plan the next unit", minutes=10)
    window = open_window(qtbot, path)
    window.open_item("meeting", meeting)
    f = window.views["meetings"].meeting_page.form
    red = QColor("#c0392b")
    text = QPalette.ColorRole.WindowText
    assert f.total.text().endswith("5 minutes to spare.")  # 5 review + 40 of 50
    assert f.total.palette().color(text) != red
    f.items.setCurrentRow(1)
    f.minutes.setFocus()
    f.minutes.selectAll()
    qtbot.keyClicks(f.minutes, "20")
    f.items.setFocus()
    assert "over by 5 minutes" in f.total.text()
    assert f.total.styleSheet() == "" and f.total.palette().color(text) == red
    chooser = [f.runItem.itemText(i).split("  ") for i in range(f.runItem.count())]
    assert [title for _, title in chooser] == ["Look at student work", "Plan the next unit"]
    assert chooser[0][0].startswith("3:35") and chooser[1][0].startswith("4:05")
    window.close()


def test_skipping_and_moving_from_the_details_tab(qtbot: QtBot, plc: tuple[Path, int, int]) -> None:
    path, _, meeting = plc
    window = open_window(qtbot, path)
    window.open_item("meeting", meeting)
    f = window.views["meetings"].meeting_page.form
    f.tabs.setCurrentIndex(2)
    f.skip.click()
    assert "cancelled" in f.subheading.text()
    f.skip.click()
    f.scope.setCurrentIndex(1)  # this and all following
    f.place.setText("Library")
    f.apply.click()
    with open_database(path, mode="read") as db:
        rows = meetings.list_meetings(db)
        assert [r.place for r in rows] == ["", "Library", "Library"]
        assert rows[1].status == "scheduled"
    window.close()


def test_an_agenda_items_minutes_are_kept_when_the_coach_moves_on_at_once(
    qtbot: QtBot, plc: tuple[Path, int, int]
) -> None:
    """The minutes box saved on its own timer, which neither leaving it nor closing the
    window flushed: picking the next item (or closing) straight away lost the change."""
    path, _, meeting = plc
    with open_database(path) as db:
        agenda.add(db, meeting, "Look at student work")
        agenda.add(db, meeting, "Plan the next unit")
    window = open_window(qtbot, path)
    window.open_item("meeting", meeting)
    f = window.views["meetings"].meeting_page.form
    f.items.setCurrentRow(0)
    f.minutes.setFocus()
    f.minutes.selectAll()
    qtbot.keyClicks(f.minutes, "25")
    f.items.setFocus()  # as a click on the list does, before it picks the item
    f.items.setCurrentRow(1)
    assert f.minutes.value() == 10
    f.minutes.setFocus()
    f.minutes.selectAll()
    qtbot.keyClicks(f.minutes, "15")
    window.close()
    with open_database(path, mode="read") as db:
        assert [(i.title, i.minutes) for i in agenda.items(db, meeting)] == [
            ("Look at student work", 25),
            ("Plan the next unit", 15),
        ]


def test_details_refused_in_part_change_nothing(qtbot: QtBot, plc: tuple[Path, int, int]) -> None:
    """Apply moved the meeting, then refused the place: half the change was saved."""
    path, _, meeting = plc
    with open_database(path, mode="read") as db:
        before = meetings.get(db, meeting)
    window = open_window(qtbot, path)
    window.open_item("meeting", meeting)
    f = window.views["meetings"].meeting_page.form
    f.tabs.setCurrentIndex(2)
    f.start.setDateTime(f.start.dateTime().addDays(1))
    f.place.setText("R" * 201)
    f.apply.click()
    assert "Place is 201 characters long" in window.message.text()
    with open_database(path, mode="read") as db:
        after = meetings.get(db, meeting)
        assert (after.starts_at, after.place) == (before.starts_at, before.place)
    window.close()


def test_undoing_an_agenda_item_delete_shows_it_again(
    qtbot: QtBot, plc: tuple[Path, int, int]
) -> None:
    """The item came back in the file, but the open meeting page did not show it, so the
    coach typed it again."""
    path, _, meeting = plc
    with open_database(path) as db:
        agenda.add(db, meeting, "Look at student work")
        agenda.add(db, meeting, "Plan the next unit")
    window = open_window(qtbot, path)
    window.open_item("meeting", meeting)
    f = window.views["meetings"].meeting_page.form
    f.items.setFocus()
    f.items.setCurrentRow(1)
    qtbot.keyClick(f.items, Qt.Key.Key_Delete)
    assert f.items.count() == 1
    window.form.actionUndoDelete.trigger()
    assert f.items.count() == 2 and "Plan the next unit" in f.items.item(1).text()
    assert f.runItem.count() == 2
    window.close()


def test_calendar_export_says_how_many_events_it_wrote(
    qtbot: QtBot, plc: tuple[Path, int, int], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The status line counted text as events, and a file name with braces in it broke the
    message altogether (it stayed on "Working…")."""
    from PySide6.QtWidgets import QFileDialog

    path, group, _ = plc
    with open_database(path) as db:
        groups.update(db, group, goal="Pasted: BEGIN:VEVENT")
    target = tmp_path / "PLC {2026} meetings.ics"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    window = open_window(qtbot, path)
    window.export_calendar()
    qtbot.waitUntil(lambda: window.message.text() != "Working…", timeout=10_000)
    assert window.message.text().startswith(f"Wrote 1 calendar event to \u2068{target}\u2069;")
    assert target.read_bytes().count(b"\r\nBEGIN:VEVENT\r\n") == 1
    window.close()
