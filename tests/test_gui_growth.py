"""Teacher growth in the real window: pair a teacher found on an island, log two check-ins
across a reopen and see Today change; capacity raised from the pairing dialog; a group
invitation and contact from the island view; a learning plan and the catalogue."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QInputDialog, QListWidget
from pytestqt.qtbot import QtBot

from stemlead.clock import today
from stemlead.core import (
    coaching_log,
    groups,
    learning_plans,
    mentorships,
    offerings,
    settings,
    teachers,
)
from stemlead.gui.dialogs.log_check_in import LogCheckInDialog
from stemlead.gui.dialogs.new_mentorship import NewMentorshipDialog
from stemlead.gui.dialogs.new_offering import NewOfferingDialog
from stemlead.gui.dialogs.quick_log import QuickLogDialog
from stemlead.gui.main_window import MainWindow
from stemlead.gui.views.learning import LearningView
from stemlead.gui.views.mentoring import MentoringView
from stemlead.gui.views.observations import chosen_teacher
from stemlead.store import open_database
from tests.gui_helpers import activate, open_window, plain


@pytest.fixture(autouse=True)
def _config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STEMLEAD_CONFIG_DIR", str(tmp_path / "config"))


@pytest.fixture
def school(db_path: Path) -> Path:
    with open_database(db_path) as db:
        teachers.add(
            db,
            name="Ana Ruiz",
            school="Lone Oak HS",
            grade_band="9-12",
            subjects=["Chemistry"],
            growth_areas="I want more discussion in my lab debriefs.",
        )
        teachers.add(
            db,
            name="Ben Okafor",
            school="Lone Oak HS",
            grade_band="9-12",
            subjects=["English"],
            strengths="Every lesson runs on discussion; students lead it.",
        )
        teachers.add(db, name="Cy Park", school="Far MS", subjects=["Math"])
        groups.add(db, name="Chemistry PLC")
    return db_path


def texts(widget: QListWidget) -> list[str]:
    return [plain(widget.item(r).text()) for r in range(widget.count())]


def today_list(window: MainWindow, key: str) -> list[str]:
    view = window.show_section("today")
    view.refresh_if_stale()
    return texts(view.lists[key])  # type: ignore[attr-defined]


def shown(qtbot: QtBot, dialog: object) -> None:
    qtbot.addWidget(dialog)  # type: ignore[arg-type]
    with qtbot.waitExposed(dialog):  # type: ignore[arg-type]
        dialog.show()  # type: ignore[attr-defined]
    activate(qtbot, dialog)  # type: ignore[arg-type]


def log_check_in(
    qtbot: QtBot, window: MainWindow, pair_id: int, days_ago: int, step: str = ""
) -> None:
    dialog = LogCheckInDialog(window.session, pair_id, parent=window)
    shown(qtbot, dialog)
    form = dialog.form
    form.occurredOn.set_iso((today() - timedelta(days=days_ago)).isoformat())
    form.minutes.setValue(40)
    qtbot.keyClicks(form.whatWorks, "Wait time brought in two more voices")
    if step:
        qtbot.keyClicks(form.menteeSteps, step)
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 1, form.message.text()


def test_pair_log_two_check_ins_across_a_reopen_and_today_changes(
    qtbot: QtBot, school: Path
) -> None:
    window = open_window(qtbot, school)
    assert any(
        t.startswith("Ana Ruiz · The only STEM teacher") for t in today_list(window, "islanders")
    )
    assert today_list(window, "check_ins") == ["No mentoring check-in is due."]

    view = window.show_section("mentoring")
    assert isinstance(view, MentoringView)
    view.open_item(1, "islander")
    assert view.island.teacher_id == 1
    dialog = NewMentorshipDialog(window.session, view.island.teacher_id, window)
    shown(qtbot, dialog)
    form = dialog.form
    best = dialog.model.row_at(0)
    assert (best.name, best.matched) == ("Ben Okafor", ("Student discourse",))
    form.suggestions.selectRow(0)  # a suggestion fills in the pair, and saves nothing
    assert form.mentor.currentText() == "Ben Okafor" and form.focus.text() == "Student discourse"
    with open_database(school, mode="read") as db:
        assert mentorships.list_mentorships(db) == []
    form.startedOn.set_iso((today() - timedelta(days=30)).isoformat())
    qtbot.keyClicks(form.goals, "Students explain their data")
    form.active.setChecked(True)
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 1 and dialog.created_id is not None
    pair_id = dialog.created_id
    view.open_item(pair_id, "mentorship")
    assert view.page.form.heading.text() == "Ana Ruiz with Ben Okafor"

    due = today_list(window, "check_ins")
    assert (
        len(due) == 1 and due[0].startswith("Overdue since") and "Ana Ruiz and Ben Okafor" in due[0]
    )
    assert not any(t.startswith("Ana Ruiz") for t in today_list(window, "islanders"))

    log_check_in(qtbot, window, pair_id, days_ago=20, step="Try think-pair-share")
    assert "Overdue since" in today_list(window, "check_ins")[0]  # due 6 days ago: still late
    items = window.show_section("action_items")
    items.refresh_if_stale()
    assert items.model.row_of(lambda a: a.title == "Try think-pair-share") >= 0  # type: ignore[attr-defined]
    window.close()

    window = open_window(qtbot, school)  # the next morning, say
    assert len(today_list(window, "check_ins")) == 1
    log_check_in(qtbot, window, pair_id, days_ago=0)
    assert today_list(window, "check_ins") == ["No mentoring check-in is due."]
    window.open_item("mentorship", pair_id)
    page = window.views["mentoring"].page  # type: ignore[attr-defined]
    page.form.tabs.setCurrentWidget(page.form.checkInsTab)
    assert page.form.checkInList.count() == 2
    assert any("Try think-pair-share" in t for t in texts(page.form.carriedList))
    with open_database(school, mode="read") as db:
        assert mentorships.row(db, pair_id).check_ins == 2


def test_a_full_mentor_is_refused_then_raised_from_the_dialog(qtbot: QtBot, school: Path) -> None:
    with open_database(school) as db:
        settings.put(db, mentor_capacity=1)
        mentorships.add(db, 3, mentor_teacher_id=2)
    window = open_window(qtbot, school)
    dialog = NewMentorshipDialog(window.session, 1, window)
    shown(qtbot, dialog)
    form = dialog.form
    assert dialog.model.row_of(lambda s: s.name == "Ben Okafor") < 0  # full: not suggested
    form.mentor.setCurrentIndex(form.mentor.findText("Ben Okafor"))
    form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "Ben Okafor already mentors 1 teacher, their capacity of 1" in form.message.text()
    assert form.raiseCapacity.isVisibleTo(dialog)
    with open_database(school, mode="read") as db:
        assert len(mentorships.list_mentorships(db)) == 1  # nothing half-written
    form.raiseCapacity.click()
    assert dialog.result() == 1
    with open_database(school, mode="read") as db:
        assert mentorships.capacity(db, teacher_id=2) == 2
        assert len(mentorships.list_mentorships(db)) == 2


def test_invite_to_a_group_and_log_contact_from_the_island(
    qtbot: QtBot, school: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, school)
    view = window.show_section("mentoring")
    assert isinstance(view, MentoringView)
    view.open_item(1, "islander")
    reasons = view.island.reasons.text()
    assert reasons.startswith("Ana Ruiz: The only STEM teacher at Lone Oak HS; In no PLC or team")
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: (a[3][0], True))
    view.island.invite()
    with open_database(school, mode="read") as db:
        assert [m.name for m in groups.members(db, 1)] == ["Ana Ruiz"]
    view.refresh_if_stale()
    view._island_if_shown()
    row = view.island.model.row_of(lambda t: t.id == 1)
    assert row >= 0 and "In no PLC or team" not in view.island.model.row_at(row).reasons
    view.island.select(1)

    def log_it(dialog: QuickLogDialog) -> int:
        assert chosen_teacher(dialog.form.teacher) == 1  # the teacher chosen on the island
        dialog.form.minutes.setValue(15)
        dialog._log()
        return dialog.result()

    monkeypatch.setattr(QuickLogDialog, "exec", log_it)
    view.island.log_contact()
    with open_database(school, mode="read") as db:
        assert [e.minutes for e in coaching_log.list_entries(db, teacher_id=1)] == [15]
    view.refresh_if_stale()
    view._island_if_shown()
    row = view.island.model.row_of(lambda t: t.id == 1)
    assert "No coaching contact recorded yet" not in view.island.model.row_at(row).reasons


def test_a_learning_plan_and_the_catalogue(qtbot: QtBot, school: Path) -> None:
    window = open_window(qtbot, school)
    view = window.show_section("learning")
    assert isinstance(view, LearningView)
    view.tabs.setCurrentIndex(1)
    dialog = NewOfferingDialog(window.session, window)
    shown(qtbot, dialog)
    qtbot.keyClicks(dialog.form.title, "Talk moves workshop")
    dialog.form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert "needs at least one growth area" in dialog.form.message.text()
    qtbot.keyClicks(dialog.form.areas, "Student discourse")
    dialog.form.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == 1
    view.open_item(1, "learning_plan")
    page = view.plan_page
    assert page.teacher_id == 1 and page.form.heading.text() == "Ana Ruiz's learning plan"
    page.form.fromWords.click()
    assert texts(page.form.areaList) == ["Student discourse"]
    with open_database(school, mode="read") as db:
        assert (
            learning_plans.areas(db, 1)[0].in_their_words
            == "I want more discussion in my lab debriefs"
        )
        offering = offerings.list_offerings(db)[0].id
    window.session.write(
        learning_plans.add_item, learning_plans.areas(window.db, 1)[0].id, offering_id=offering
    )
    page.reload()
    assert page.form.itemList.count() == 1
    request = view.handout()
    assert request is not None and (request.kind, request.item_id) == ("learning-plan", 1)
    view.tabs.setCurrentIndex(2)
    view.refresh()
    assert view.area_model.row_at(0).label == "Student discourse"
