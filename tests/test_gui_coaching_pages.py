"""The coaching pages on a real window: visits join cycles afterwards, the cycle lists its
visits and action items, next steps have chosen owners, Today tells ended visits apart,
names in any script keep their place, headings follow a rename, dates read one way."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextLayout
from PySide6.QtWidgets import QComboBox, QWidget
from pytestqt.qtbot import QtBot

from stemlead.clock import now, today
from stemlead.core import (
    action_items,
    agreements,
    contacts,
    cycles,
    observations,
    partners,
    teachers,
)
from stemlead.gui import fmt
from stemlead.gui.widgets.autosave import PAUSE_MS
from stemlead.store import open_database
from tests.gui_helpers import open_window

ARABIC = "يوسف الحسن"


@pytest.fixture
def school(db_path: Path) -> Path:
    with open_database(db_path) as db:
        ana = teachers.add(db, name="Ana Okafor", school="Lincoln ES")
        teachers.add(db, name="Ben Ito")
        cycle = cycles.add(db, teacher_ids=[ana], title="Claims and evidence")
        action_items.add(db, "Finish the rubric", cycle_id=cycle, due_on="2026-01-10")
        done = action_items.add(db, "Book the lab", cycle_id=cycle)
        action_items.set_status(db, done, "done")
        yesterday = now() - timedelta(days=1)
        observations.start(db, ana, starts_at=yesterday, class_context="Period 3")  # no cycle yet
        museum = partners.add(db, name="City Museum", kind="museum")
        contacts.add(db, name="Dana Lee", partner_id=museum)
    return db_path


def choose(qtbot: QtBot, combo: QComboBox, text: str) -> None:
    """Pick an entry by keyboard, as the coach would (the combo reports it activated)."""
    combo.setFocus()
    target = combo.findText(text)
    assert target >= 0, text
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        qtbot.keyClick(combo, key)


def test_a_visit_joins_a_cycle_afterwards_and_each_lists_the_other(
    qtbot: QtBot, school: Path
) -> None:
    window = open_window(qtbot, school)
    window.open_item("observation", 1)
    capture = window.views["observations"].capture.form
    assert capture.cycle.currentText() == "Not part of a cycle"
    assert not capture.openCycle.isEnabled()
    choose(qtbot, capture.cycle, "Claims and evidence")
    with open_database(school, mode="read") as db:
        assert observations.get(db, 1).cycle_id == 1
    qtbot.keyClicks(capture.nextStepInput, "Try sentence stems")
    qtbot.keyClick(capture.nextStepInput, Qt.Key.Key_Return)

    capture.openCycle.click()  # the link from the visit to its cycle
    view = window.current_view()
    assert view is window.views["cycles"]
    page = view.page.form
    assert page.observations.count() == 1
    assert "Period 3" in page.observations.item(0).text()
    steps = [page.actionItems.item(r).text() for r in range(page.actionItems.count())]
    assert len(steps) == 3
    assert "Finish the rubric" in steps[0] and "Try sentence stems" in steps[1]  # open first
    assert "Book the lab" in steps[2]  # done, last

    page.actionItems.itemActivated.emit(page.actionItems.item(0))  # each opens its item
    assert window.current_view() is window.views["action_items"]
    window.open_item("cycle", 1)
    page.observations.itemActivated.emit(page.observations.item(0))  # and back to the visit
    assert window.current_view() is window.views["observations"]
    assert window.views["observations"].capture.observation_id == 1

    choose(qtbot, capture.cycle, "Not part of a cycle")  # leaving the cycle again
    window.open_item("cycle", 1)
    assert [page.observations.item(r).text() for r in range(page.observations.count())] == [
        "No visits yet: a visit joins from its page."
    ]
    window.close()


def test_next_steps_are_the_teachers_unless_another_owner_is_chosen(
    qtbot: QtBot, school: Path
) -> None:
    window = open_window(qtbot, school)
    window.open_item("observation", 1)
    f = window.views["observations"].capture.form

    def step(text: str, owner: str | None = None, typed: str | None = None) -> None:
        assert f.nextStepOwner.currentText() == "Ana Okafor"  # the default, every time
        if owner:
            choose(qtbot, f.nextStepOwner, owner)
        if typed:
            f.nextStepOwner.setFocus()
            f.nextStepOwner.lineEdit().selectAll()
            qtbot.keyClicks(f.nextStepOwner.lineEdit(), typed)
        qtbot.keyClicks(f.nextStepInput, text)
        qtbot.keyClick(f.nextStepInput, Qt.Key.Key_Return)

    step("Try think-pair-share")
    step("Bring sentence stems", owner="Me")
    step("Share the lab sheet", owner="Ben Ito")
    step("Lend the pendulum kit", owner="Dana Lee (City Museum)")
    step("Film the lesson", typed="Sam Rivera")
    with open_database(school, mode="read") as db:
        owned = {
            a.title: (a.owner_kind, a.owner_name)
            for a in action_items.list_action_items(db, source="observation", source_id=1)
        }
    assert owned == {
        "Try think-pair-share": ("teacher", "Ana Okafor"),
        "Bring sentence stems": ("me", ""),
        "Share the lab sheet": ("teacher", "Ben Ito"),
        "Lend the pendulum kit": ("contact", "Dana Lee"),
        "Film the lesson": ("other", "Sam Rivera"),
    }
    shown = {f.nextSteps.item(r).text() for r in range(f.nextSteps.count())}
    for title, owner in [
        ("Try think-pair-share", "Ana Okafor"),
        ("Bring sentence stems", "Me"),
        ("Share the lab sheet", "Ben Ito"),
        ("Lend the pendulum kit", "Dana Lee"),
        ("Film the lesson", "Sam Rivera"),
    ]:
        assert any(title in row and owner in row for row in shown), (title, owner, shown)
    window.close()


def visual_x(text: str, widget: QWidget) -> list[float]:
    """Where each character of ``text`` is drawn, left to right, in ``widget``'s font."""
    layout = QTextLayout(text, widget.font())
    layout.beginLayout()
    line = layout.createLine()
    layout.endLayout()
    return [line.cursorToX(i)[0] for i in range(len(text))]


def reads_in_order(text: str, name: str, after: str, widget: QWidget) -> bool:
    """``after`` (the words that follow ``name``) is drawn to the right of the whole name."""
    xs = visual_x(text, widget)
    start, follow = text.index(name), text.index(after, text.index(name))
    name_right = max(xs[start : start + len(name) + 1])
    return all(x >= name_right - 0.5 for x in xs[follow : follow + len(after)])


def at_today(hour: int, minute: int = 0) -> datetime:
    return now().replace(hour=hour, minute=minute, second=0)


def test_today_marks_an_ended_visit_and_keeps_names_in_place(qtbot: QtBot, school: Path) -> None:
    with open_database(school) as db:
        yusuf = teachers.add(db, name=ARABIC)
        ended = observations.start(db, yusuf, starts_at=at_today(8), class_context="Period 3")
        observations.end(db, ended, at=at_today(8, 45))
        observations.start(db, 1, starts_at=at_today(13), class_context="Period 6")
    window = open_window(qtbot, school)
    view = window.show_section("today")
    rows = view.lists["observations"]
    texts = [rows.item(r).text() for r in range(rows.count())]
    assert len(texts) == 2
    assert "Ana Okafor" in texts[0] and "Ended" not in texts[0]  # still to come, first
    assert ARABIC in texts[1] and f"Ended {fmt.clock(at_today(8, 45).isoformat())}" in texts[1]
    assert reads_in_order(texts[1], ARABIC, "Period 3", rows)

    window.open_item("observation", ended)
    heading = window.views["observations"].capture.form.heading
    assert reads_in_order(heading.text(), ARABIC, "Period 3", heading)
    window.close()


def test_headings_follow_a_rename(qtbot: QtBot, school: Path) -> None:
    window = open_window(qtbot, school)
    window.open_item("teacher", 1)
    page = window.views["teachers"].page.form
    page.name.setFocus()
    page.name.selectAll()
    qtbot.keyClicks(page.name, "Ana Okafor-Reyes")
    qtbot.wait(PAUSE_MS + 200)
    assert page.heading.text() == "Ana Okafor-Reyes"

    window.open_item("cycle", 1)
    cycle = window.views["cycles"].page.form
    cycle.title.selectAll()
    qtbot.keyClicks(cycle.title, "Claims evidence and reasoning")
    qtbot.wait(PAUSE_MS + 200)
    assert cycle.heading.text() == "Claims evidence and reasoning"
    window.close()


def test_dates_on_the_coaching_pages_read_one_way(qtbot: QtBot, school: Path) -> None:
    """Every day shown goes through the app's one date format (gui/fmt.py), never ISO."""
    renew_by, ends_on = today().isoformat(), (today() + timedelta(days=40)).isoformat()
    with open_database(school) as db:
        agreements.add(
            db, 1, title="Field trips", status="active", renew_by=renew_by, ends_on=ends_on
        )
        action_items.add(db, "Try stems", observation_id=1, owner_teacher_id=1, due_on=ends_on)
    window = open_window(qtbot, school)
    view = window.show_section("today")
    [renewal] = [view.lists["renewals"].item(0).text()]
    assert f"ends {fmt.day(ends_on)}" in renewal and ends_on not in renewal
    window.open_item("observation", 1)
    steps = window.views["observations"].capture.form.nextSteps
    assert f"due {fmt.day(ends_on)}" in steps.item(0).text()
    window.close()
