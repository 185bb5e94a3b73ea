"""The meeting page as a coach meets it on the real window: each meeting shows only its own
minutes, drafts and choices; owners are chosen per item; headings follow renames; the
series is said in words; Tab follows the screen on every tab and leaves every list."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from stemlead.core import action_items, agenda, groups, meetings, partners, teachers
from stemlead.gui.views.meeting_page import MeetingPage
from stemlead.gui.views.meetings import MeetingsView
from stemlead.gui.widgets.autosave import PAUSE_MS
from stemlead.store import open_database
from tests.gui_helpers import open_window

CHICAGO = "America/Chicago"


@pytest.fixture
def plc(db_path: Path) -> tuple[Path, int, int, int]:
    """A PLC with two members and two weekly meetings, the first with an agenda."""
    with open_database(db_path) as db:
        group = groups.add(db, name="Grade 5 Science PLC", default_minutes=50)
        for name in ("Ana Okafor", "Ben Ito"):
            groups.add_member(db, group, teacher_id=teachers.add(db, name=name))
        meetings.add_series(
            db,
            group_id=group,
            first_start="2026-11-03T15:30",
            rrule="FREQ=WEEKLY;BYDAY=TU;UNTIL=20270612T235959",
            tzid=CHICAGO,
        )
        first, second, *_ = meetings.list_meetings(db)
        agenda.add(db, first.id, "Celebrations", minutes=5)
        agenda.add(db, first.id, "Look at student work", minutes=30)
    return db_path, group, first.id, second.id


def page_of(window: object) -> MeetingPage:
    view = window.views["meetings"]  # type: ignore[attr-defined]
    assert isinstance(view, MeetingsView)
    return view.meeting_page


def test_each_meeting_shows_only_its_own_minutes_drafts_and_choices(
    qtbot: QtBot, plc: tuple[Path, int, int, int]
) -> None:
    path, _, first, second = plc
    window = open_window(qtbot, path)
    window.open_item("meeting", first)
    page = page_of(window)
    f = page.form
    f.tabs.setCurrentIndex(1)
    f.itemNotes.setFocus()
    qtbot.keyClicks(f.itemNotes, "Three wins shared")
    qtbot.keyClicks(f.itemOutcome, "Keep the routine")
    qtbot.keyClicks(f.meetingNotes, "Good energy")
    qtbot.keyClicks(f.guest, "Dr Lee")  # drafts not yet entered
    qtbot.keyClicks(f.newDecision, "Use the rubric")
    qtbot.keyClicks(f.newAction, "Bring samples")
    f.actionOwner.setCurrentIndex(f.actionOwner.findText("Ana Okafor"))
    f.actionDue.set_iso("2027-01-15")
    qtbot.keyClicks(f.newItem, "Plan the STEM night")

    window.open_item("meeting", second)  # the next meeting: nothing of the first shows
    assert page.meeting_id == second
    for widget in (f.itemNotes, f.meetingNotes):
        assert widget.toPlainText() == ""
    for widget in (f.itemOutcome, f.guest, f.newDecision, f.newAction, f.newItem):
        assert widget.text() == "", widget.objectName()
    assert f.actionOwner.currentText() == "Me"
    assert f.actionDue.iso() == (date.today() + timedelta(days=7)).isoformat()
    assert f.decisions.count() == f.actions.count() == 0

    window.open_item("meeting", first)  # the first meeting's drafts wait for it
    assert (f.guest.text(), f.newDecision.text(), f.newAction.text()) == (
        "Dr Lee",
        "Use the rubric",
        "Bring samples",
    )
    assert f.newItem.text() == "Plan the STEM night"
    assert f.itemNotes.toPlainText() == "Three wins shared"
    assert f.itemOutcome.text() == "Keep the routine"
    with open_database(path, mode="read") as db:
        assert meetings.get(db, first).notes == "Good energy"
        assert meetings.get(db, second).notes == ""
    window.close()


def test_owners_are_chosen_per_item_and_start_from_the_coach(
    qtbot: QtBot, plc: tuple[Path, int, int, int]
) -> None:
    path, _, first, _ = plc
    window = open_window(qtbot, path)
    window.open_item("meeting", first)
    f = page_of(window).form
    f.items.setCurrentRow(1)
    f.owner.setCurrentIndex(f.owner.findText("Ana Okafor"))
    f.owner.activated.emit(f.owner.currentIndex())
    assert "Ana Okafor" in f.items.item(1).text()
    f.items.setCurrentRow(0)
    assert f.owner.currentText() == "Me"  # each item shows its own owner
    f.items.setCurrentRow(1)
    assert f.owner.currentText() == "Ana Okafor"
    qtbot.keyClicks(f.newItem, "Plan the STEM night")
    qtbot.keyClick(f.newItem, Qt.Key.Key_Return)
    assert f.owner.currentText() == "Me"  # a new item starts with the coach

    f.tabs.setCurrentIndex(1)
    f.actionOwner.setCurrentIndex(f.actionOwner.findText("Ben Ito"))
    qtbot.keyClicks(f.newAction, "Bring six samples")
    qtbot.keyClick(f.newAction, Qt.Key.Key_Return)
    assert f.actionOwner.currentText() == "Me"  # the next one is chosen afresh
    qtbot.keyClicks(f.newAction, "Book the library")
    qtbot.keyClick(f.newAction, Qt.Key.Key_Return)
    with open_database(path, mode="read") as db:
        born = action_items.list_action_items(db, source="meeting", source_id=first)
        assert [(a.title, a.owner_kind, a.owner_name) for a in born] == [
            ("Bring six samples", "teacher", "Ben Ito"),
            ("Book the library", "me", ""),
        ]
    window.close()


def test_headings_follow_a_rename(qtbot: QtBot, plc: tuple[Path, int, int, int]) -> None:
    path, group, first, _ = plc
    with open_database(path) as db:
        museum = partners.add(db, name="City Science Museum")
    window = open_window(qtbot, path)
    window.open_item("meeting", first)
    f = page_of(window).form
    assert f.heading.text() == "Grade 5 Science PLC"
    f.tabs.setCurrentIndex(2)
    f.title.setFocus()
    f.title.selectAll()
    qtbot.keyClicks(f.title, "Unit 3 planning")
    qtbot.wait(PAUSE_MS + 200)
    assert f.heading.text() == "Unit 3 planning"
    window.open_item("group", group)
    g = window.views["meetings"].group_page.form  # type: ignore[attr-defined]
    g.name.setFocus()
    g.name.selectAll()
    qtbot.keyClicks(g.name, "Grade 5 Science Team")
    qtbot.keyClick(g.name, Qt.Key.Key_Tab)
    assert g.heading.text() == "Grade 5 Science Team"
    window.open_item("meeting", first)  # the meeting's line names the group as it is now
    assert "Grade 5 Science Team" in f.subheading.text()
    window.views["meetings"].back()  # type: ignore[attr-defined]
    listed = window.views["meetings"].groups  # type: ignore[attr-defined]
    assert any(
        listed.item(r).text().startswith("Grade 5 Science Team\n") for r in range(listed.count())
    )
    window.open_item("partner", museum)
    p = window.views["partners"]
    p.page.form.name.setFocus()  # type: ignore[attr-defined]
    p.page.form.name.selectAll()  # type: ignore[attr-defined]
    qtbot.keyClicks(p.page.form.name, "Cedar Science Center")  # type: ignore[attr-defined]
    qtbot.keyClick(p.page.form.name, Qt.Key.Key_Tab)  # type: ignore[attr-defined]
    assert p.page.form.heading.text() == "Cedar Science Center"  # type: ignore[attr-defined]
    assert p.model.row_at(0).name == "Cedar Science Center"  # type: ignore[attr-defined]
    window.close()


def test_the_series_is_said_in_words(qtbot: QtBot, plc: tuple[Path, int, int, int]) -> None:
    path, _, first, _ = plc
    window = open_window(qtbot, path)
    window.open_item("meeting", first)
    f = page_of(window).form
    f.tabs.setCurrentIndex(2)
    assert "every week on Tuesday until June 12, 2027" in f.seriesInfo.text()
    assert "FREQ" not in f.seriesInfo.text()
    window.close()


def tab_walk(qtbot: QtBot, first: QWidget, presses: int = 40) -> list[str]:
    """The widgets Tab visits from ``first``, by name, until it comes back round."""
    first.setFocus()
    seen: list[str] = []
    for _ in range(presses):
        widget = QApplication.focusWidget()
        assert widget is not None
        name = widget.objectName() or widget.accessibleName()
        if seen and name == seen[0]:
            return seen
        if not seen or seen[-1] != name:  # a date box takes a Tab per part of the date
            seen.append(name)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never came back to {seen[0]}: {seen}")


PAGE_TOP = ["back", "agendaPdf", "summaryPdf", "markHeld", "qt_tabwidget_tabbar"]
TAB_ORDER = {
    "agendaTab": [
        "carried",
        "items",
        "newItem",
        "fromTemplate",
        "copyLast",
        "itemTitle",
        "purpose",
        "owner",
        "minutes",
        "description",
    ],
    "runTab": [
        "attendance",
        "guest",
        "decisions",
        "newDecision",
        "runItem",
        "itemNotes",
        "itemOutcome",
        "actions",
        "newAction",
        "actionOwner",
        "actionDue",
        "meetingNotes",
    ],
    "detailsTab": ["title", "start", "length", "place", "scope", "apply", "skip", "privateNotes"],
}


def test_tab_follows_the_screen_on_every_tab(qtbot: QtBot, plc: tuple[Path, int, int, int]) -> None:
    path, _, first, second = plc
    with open_database(path) as db:
        action_items.add(db, "Bring samples", meeting_id=first)  # carried onto the second
        agenda.add(db, second, "Norms")
    window = open_window(qtbot, path)
    window.open_item("meeting", second)
    f = page_of(window).form
    for tab, order in TAB_ORDER.items():
        f.tabs.setCurrentWidget(getattr(f, tab))
        walk = tab_walk(qtbot, f.back)
        assert walk == [*PAGE_TOP, *order, "sidebar"], tab
    window.close()
