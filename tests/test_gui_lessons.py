"""The lesson-plan library in the real window: a plan written and revised by keyboard, a
tuning round run in a meeting and closed, all there after reopening; files opened with the
system's viewer; filters; a malformed rubric named without stopping the section."""

from __future__ import annotations

import json
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QInputDialog
from pytestqt.qtbot import QtBot

from stemlead.clock import today
from stemlead.core import (
    agenda_timeline,
    lesson_plans,
    lesson_versions,
    meetings,
    review_feedback,
    review_rounds,
    teachers,
)
from stemlead.core.lesson_plans import ATTACHMENTS
from stemlead.gui import fmt
from stemlead.gui.main_window import MainWindow
from stemlead.gui.views.lesson_plans import LessonPlansView
from stemlead.gui.views.review_feedback_tab import PROMPT_PAUSE_MS
from stemlead.store import open_database
from tests.gui_helpers import answer, open_window

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def school(db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("STEMLEAD_CONFIG_DIR", str(tmp_path / "config"))
    with open_database(db_path) as db:
        teachers.add(db, name="Amara Okafor", subjects=["Science"], grade_band="6-8")
        teachers.add(db, name="Diego Ramirez", subjects=["Art"], grade_band="6-8")
        teachers.add(db, name="Mei Chen", subjects=["Math"], may_be_named=True)
        meetings.add(
            db,
            title="Grade 7 PLC",
            starts_at=f"{today() + timedelta(days=7)}T15:45",
            tzid="America/Chicago",
            duration_minutes=60,
        )
    return db_path


def view_of(window: MainWindow) -> LessonPlansView:
    view = window.show_section("lesson_plans")
    assert isinstance(view, LessonPlansView)
    return view


def choose(combo: object, text: str) -> None:
    index = combo.findText(text, Qt.MatchFlag.MatchStartsWith)  # type: ignore[attr-defined]
    assert index >= 0, text
    combo.setCurrentIndex(index)  # type: ignore[attr-defined]


def test_write_a_plan_revise_it_and_run_a_tuning_round_across_a_reopen(
    qtbot: QtBot, school: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Amara Okafor", True))
    window = open_window(qtbot, school)
    view = view_of(window)
    f = view.page.form
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)  # a new plan, its title selected
    assert f.title.hasFocus() and f.title.selectedText() == "New lesson plan"
    qtbot.keyClicks(f.title, "Bridges that hold")
    qtbot.keyClick(f.title, Qt.Key.Key_Tab)
    choose(f.newAuthor, "Diego Ramirez")
    f.addAuthor.click()
    assert [f.authors.item(i).text() for i in range(f.authors.count())] == [
        "Amara Okafor · Science",
        "Diego Ramirez · Art",
    ]
    f.body.setFocus()
    f.body.insertPlainText("# Launch\n- Show the footbridge photo\n")
    qtbot.keyClick(f.body, Qt.Key.Key_Tab)  # focus leaves: saved
    f.newVersion.click()
    assert f.tabs.currentWidget() is f.versionsTab and f.versionNote.hasFocus()
    qtbot.keyClicks(f.versionNote, "First draft")
    qtbot.keyClick(f.versionNote, Qt.Key.Key_Return)
    f.tabs.setCurrentWidget(f.planTab)
    f.body.setFocus()
    f.body.moveCursor(f.body.textCursor().MoveOperation.End)
    f.body.insertPlainText("- Test loads with washers\n")
    qtbot.keyClick(f.body, Qt.Key.Key_Tab)
    f.newVersion.click()
    qtbot.keyClicks(f.versionNote, "Load tests")
    qtbot.keyClick(f.versionNote, Qt.Key.Key_Return)
    assert f.versions.count() == 2 and f.versions.item(0).text().startswith("Version 2")
    f.versions.selectAll()
    f.compare.click()
    dialog = view.page.versions.dialog
    assert "Test loads with washers" in dialog.new.toHtml()  # type: ignore[attr-defined]
    assert "text-decoration: underline" in dialog.new.toHtml()  # type: ignore[attr-defined]
    dialog.close()  # type: ignore[attr-defined]

    f.newRound.click()
    assert f.tabs.currentWidget() is f.reviewsTab and f.question.hasFocus()
    choose(f.protocol, "Tuning protocol")
    qtbot.keyClicks(f.question, "Where will students argue from their data?")
    qtbot.keyClick(f.question, Qt.Key.Key_Return)
    r = view.round_page.form
    assert view.pages.currentWidget() is view.round_page
    assert r.heading.text() == "Tuning protocol: Bridges that hold"
    choose(r.newTeacher, "Mei Chen")
    r.addTeacher.click()
    choose(r.meeting, fmt.day(f"{today() + timedelta(days=7)}"))
    r.onAgenda.click()
    assert r.steps.item(1).text().endswith("3 min · Clarifying questions")
    assert "38 min in all" in r.stepsTotal.text()

    r.tabs.setCurrentWidget(r.feedbackTab)
    choose(r.feedbackKind, "Cool")
    qtbot.keyClicks(r.feedbackText, "You should give them the formula first.")
    qtbot.waitUntil(r.prompt.isVisible, timeout=PROMPT_PAUSE_MS * 10)
    assert "may read as a verdict" in r.prompt.text() and "?" in r.prompt.text()
    r.feedbackText.clear()
    qtbot.keyClicks(r.feedbackText, "What might happen if groups test twice?")
    qtbot.wait(PROMPT_PAUSE_MS * 2)
    assert not r.prompt.isVisible()  # a question gets no prompt
    choose(r.feedbackFrom, "Mei Chen")
    qtbot.keyClick(r.feedbackText, Qt.Key.Key_Return)
    choose(r.feedbackKind, "Warm")
    qtbot.keyClicks(r.feedbackText, "The local photo hooks everyone.")
    qtbot.keyClick(r.feedbackText, Qt.Key.Key_Return)
    assert r.feedback.item(0).text() == "Warm · The local photo hooks everyone. — Mei Chen"

    assert view.back()  # to the plan: revise it after the round
    f.tabs.setCurrentWidget(f.planTab)
    f.summary.setFocus()
    qtbot.keyClicks(f.summary, "Now with a second test day.")
    qtbot.keyClick(f.summary, Qt.Key.Key_Tab)
    f.tabs.setCurrentWidget(f.reviewsTab)
    f.rounds.setCurrentRow(0)
    f.rounds.itemActivated.emit(f.rounds.item(0))
    r.tabs.setCurrentWidget(r.closeTab)
    r.presenterReflection.setFocus()
    qtbot.keyClicks(r.presenterReflection, "I will add a second test day.")
    r.closeRound.click()
    assert "version 3 was kept" in r.closedText.text()
    window.close()

    window = open_window(qtbot, school)
    with open_database(school, mode="read") as db:
        [plan] = lesson_plans.library(db)
        assert (plan.title, plan.authors, plan.latest_version) == (
            "Bridges that hold",
            "Amara Okafor, Diego Ramirez",
            3,
        )
        [round_row] = review_rounds.list_rounds(db)
        round_ = review_rounds.get(db, round_row.id)
        assert round_.focusing_question == "Where will students argue from their data?"
        assert round_.presenter_reflection == "I will add a second test day."
        assert lesson_versions.get(db, round_.version_id).number == 2  # what it reviewed
        assert round_row.next_version == 3
        kinds = [e.kind for e in review_feedback.feedback(db, round_.id)]
        assert kinds == ["cool", "warm"]
        assert agenda_timeline.timeline(db, round_.meeting_id).planned_minutes == 38
    window.open_item("review", round_row.id)
    view = view_of(window)
    assert view.pages.currentWidget() is view.round_page
    r = view.round_page.form
    assert r.feedback.count() == 2 and r.reviewers.count() == 1
    assert r.reviewers.item(0).checkState() == Qt.CheckState.Checked  # Mei agreed to be named
    assert view.handout().kind == "review"
    window.close()


def test_a_file_opens_with_the_systems_viewer_only_when_asked(
    qtbot: QtBot, school: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()) or True
    )
    sheet = tmp_path / "worksheet.pdf"
    sheet.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)
    empty = tmp_path / "empty.pdf"
    empty.write_bytes(b"")
    with open_database(school) as db:
        plan = lesson_plans.add(db, author_ids=[1], title="Circuits")
    window = open_window(qtbot, school)
    view = view_of(window)
    view.open_item(plan)
    f = view.page.form
    view.page.files.add_paths([empty])
    assert "empty.pdf is empty (0 bytes)" in window.message.text()
    view.page.files.add_paths([sheet])
    assert f.files.count() == 1 and f.files.item(0).text().startswith("worksheet.pdf · 10 KB · PDF")
    assert opened == []  # listing never reads the file
    f.openFile.click()
    [copy] = opened
    assert Path(copy).name == "worksheet.pdf" and Path(copy).read_bytes() == sheet.read_bytes()
    assert Path(copy).stat().st_mode & 0o077 == 0  # a private copy
    f.files.setCurrentRow(0)
    f.removeFile.click()
    assert f.files.count() == 0
    window.undo_delete()
    assert f.files.count() == 1
    with open_database(school, mode="read") as db:
        [kept] = ATTACHMENTS.listing(db, plan)
        assert ATTACHMENTS.contents(db, kept.id) == sheet.read_bytes()
    window.close()


def test_the_library_filters_by_grade_band_and_reviewed(qtbot: QtBot, school: Path) -> None:
    with open_database(school) as db:
        lesson_plans.add(
            db, author_ids=[1], title="Bridges", grade_band="6-8", subjects=["Science"]
        )
        reviewed = lesson_plans.add(db, author_ids=[3], title="Ratios", grade_band="3-5")
        review_rounds.start(db, lesson_versions.save_version(db, reviewed), "warm-and-cool")
    window = open_window(qtbot, school)
    view = view_of(window)

    def titles() -> list[str]:
        return [view.model.row_at(i).title for i in range(view.model.rowCount())]

    assert titles() == ["Bridges", "Ratios"]
    choose(view.grade, "3-5")
    assert titles() == ["Ratios"]
    view.grade.setCurrentIndex(0)
    choose(view.reviewed, "Not yet reviewed")
    assert titles() == ["Bridges"]
    view.reviewed.setCurrentIndex(0)
    choose(view.subject, "Science")
    assert titles() == ["Bridges"]
    window.close()


def test_a_malformed_rubric_is_named_and_the_section_still_works(
    qtbot: QtBot, school: Path
) -> None:
    folder = school.parent / "rubrics"
    folder.mkdir()
    (folder / "lesson-design.json").write_text(
        json.dumps({"name": "Ours", "scale": [{"value": 0, "label": "No"}], "categories": []}),
        encoding="utf-8",
    )
    with open_database(school) as db:
        lesson_plans.add(db, author_ids=[1], title="Bridges")
    window = open_window(qtbot, school)
    view = view_of(window)
    assert view.problems.isVisible()
    assert "lesson-design.json has a mistake at line 1" in view.problems.text()
    assert view.model.rowCount() == 1
    protocols = [
        view.page.form.protocol.itemData(i) for i in range(view.page.form.protocol.count())
    ]
    assert "rubric-review" not in protocols and "tuning" in protocols
    window.close()


def test_a_search_hit_on_feedback_opens_its_round(qtbot: QtBot, school: Path) -> None:
    with open_database(school) as db:
        plan = lesson_plans.add(db, author_ids=[1], title="Bridges")
        round_id = review_rounds.start(db, lesson_versions.save_version(db, plan), "tuning")
        review_feedback.add(db, round_id, "warm", "The washers make loads countable.")
    window = open_window(qtbot, school)
    from stemlead.core import search

    [hit] = search.search(window.db, "washers")
    window.open_item(hit.target_kind, hit.target_id)
    view = view_of(window)
    assert view.pages.currentWidget() is view.round_page
    assert view.round_page.round_id == round_id
    window.close()


def test_a_round_deleted_from_the_plan_comes_back_with_undo(qtbot: QtBot, school: Path) -> None:
    with open_database(school) as db:
        plan = lesson_plans.add(db, author_ids=[1], title="Bridges")
        round_id = review_rounds.start(db, lesson_versions.save_version(db, plan), "tuning")
        review_feedback.add(db, round_id, "warm", "Clear launch.")
    window = open_window(qtbot, school)
    view = view_of(window)
    view.open_item(plan)
    f = view.page.form
    f.tabs.setCurrentWidget(f.reviewsTab)
    f.rounds.setCurrentRow(0)
    asked = answer("Delete")  # the round takes its feedback with it: the app asks first
    view.page.delete_round()
    assert asked and "1 feedback" in asked[0]
    assert f.rounds.count() == 0 and "Ctrl+Shift+Z" in window.message.text()
    window.undo_delete()
    assert f.rounds.count() == 1
    assert [e.text for e in review_feedback.feedback(window.db, round_id)] == ["Clear launch."]
    window.close()
