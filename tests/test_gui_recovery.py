"""The app when the file goes wrong: damaged at open (the newest verified backup on offer),
or deleted, replaced or overwritten by another program while open (said once, loudly;
nothing more is saved to it)."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from stemlead.core import demo, teachers
from stemlead.gui.app import build_window, create_application
from stemlead.gui.main_window import MainWindow
from stemlead.gui.recovery import check_for_damage
from stemlead.gui.views.teachers import TeachersView
from stemlead.gui.widgets.autosave import PAUSE_MS
from stemlead.store import backup, open_database
from tests.gui_helpers import open_window
from tests.test_restore_damaged import scribble_over_a_btree_page, zero_page_one_after_the_header


class Answer:
    """Answers the next message box by the start of a button's text, from a timer that
    runs while the box is open; remembers what the box said and offered."""

    def __init__(self, button: str) -> None:
        self.button = button
        self.said: list[str] = []
        self.offered: list[list[str]] = []
        QTimer.singleShot(10, lambda: self._click())  # holds self

    def _click(self) -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox)]
        box = next((b for b in boxes if b.isVisible()), None)
        if box is None:
            QTimer.singleShot(10, lambda: self._click())  # holds self
            return
        self.said.append(box.text())
        self.offered.append([b.text() for b in box.buttons()])
        for button in box.buttons():
            if button.text().startswith(self.button):
                button.click()
                return
        box.reject()  # not offered: the test's own checks say so


@pytest.fixture(scope="module")
def demo_district(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("district") / "coach.db"
    with open_database(path) as db:
        demo.generate(db)
    return path


@pytest.fixture
def coach(demo_district: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A real demo file with two backups: a good one of 2 November, and a newer one of
    3 November that is itself damaged; then one more teacher."""
    path = tmp_path / "coach.db"
    shutil.copy(demo_district, path)
    with open_database(path) as db:
        monkeypatch.setattr(backup, "now", lambda: datetime(2026, 11, 2, 8, 0))
        backup.automatic_backup(db, reason="daily")
        monkeypatch.setattr(backup, "now", lambda: datetime(2026, 11, 3, 8, 0))
        scribble_over_a_btree_page(backup.automatic_backup(db, reason="daily"))
        teachers.add(db, name="Added after the backups")
    monkeypatch.undo()
    return path


def teacher_names(window: MainWindow) -> list[str]:
    return [t.name for t in teachers.list_teachers(window.db)]


def test_a_damaged_file_found_after_the_window_opens_offers_the_newest_verified_backup(
    qtbot: QtBot, coach: Path
) -> None:
    scribble_over_a_btree_page(coach)
    window = open_window(qtbot, coach)
    answer = Answer("Restore the newest verified backup")
    check_for_damage(window)
    qtbot.waitUntil(lambda: "the damaged file was kept as" in window.message.text(), timeout=5000)
    assert answer.said == ["coach.db is damaged, so STEM Lead cannot trust what it reads from it."]
    [offered] = answer.offered
    assert "Restore the newest verified backup (02 November 2026, 08:00)" in offered
    assert "Open anyway, read-only" in offered and "Quit" in offered
    assert window.db.scalar("PRAGMA quick_check") == "ok"
    assert "Added after the backups" not in teacher_names(window)
    view = window.show_section("teachers")
    assert isinstance(view, TeachersView)
    assert window.session is not None
    assert window.session.write(teachers.add, name="After the restore").ok
    window.close()
    with open_database(coach, mode="read") as db:
        assert "After the restore" in [t.name for t in teachers.list_teachers(db)]


def test_a_damaged_file_can_be_kept_open_read_only(qtbot: QtBot, coach: Path) -> None:
    scribble_over_a_btree_page(coach)
    window = open_window(qtbot, coach)
    Answer("Open anyway, read-only")
    check_for_damage(window)
    qtbot.waitUntil(lambda: "opened it read-only" in window.message.text(), timeout=5000)
    assert window.session is not None
    outcome = window.session.write(teachers.add, name="Not saved")
    assert not outcome.ok and "is damaged" in window.message.text()
    window.close()


def test_a_file_too_damaged_to_open_offers_the_backup_instead_of_an_error(
    qtbot: QtBot, coach: Path
) -> None:
    zero_page_one_after_the_header(coach)
    create_application()
    answer = Answer("Restore the newest verified backup (02 November 2026")
    window = build_window(coach)
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    assert answer.said == ["coach.db is damaged, so STEM Lead cannot trust what it reads from it."]
    assert "Open anyway, read-only" not in answer.offered[0]
    assert "the damaged file was kept as" in window.message.text()
    assert "Added after the backups" not in teacher_names(window)
    assert len(list(backup.backup_dir_for(coach).glob("coach-damaged-*.db"))) == 1
    window.close()


def test_quitting_at_the_damage_message_opens_nothing(qtbot: QtBot, coach: Path) -> None:
    zero_page_one_after_the_header(coach)
    create_application()
    Answer("Quit")
    assert build_window(coach) is None
    assert not list(backup.backup_dir_for(coach).glob("coach-damaged-*"))


# -- files swapped under the open window --------------------------------------------------
@pytest.fixture
def school(db_path: Path) -> Path:
    with open_database(db_path) as db:
        teachers.add(db, name="Ana Okafor", school="Lincoln ES")
    return db_path


@pytest.fixture
def window(qtbot: QtBot, school: Path) -> Iterator[MainWindow]:
    window = open_window(qtbot, school)
    yield window
    window.close()


def type_strengths(qtbot: QtBot, window: MainWindow, text: str) -> None:
    view = window.show_section("teachers")
    assert isinstance(view, TeachersView)
    view.open_item(1)
    field = view.page.form.strengths
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.wait(PAUSE_MS + 200)


def test_a_database_deleted_while_open_says_so_once_and_saves_nothing_more(
    qtbot: QtBot, window: MainWindow, school: Path
) -> None:
    school.unlink()
    answer = Answer("OK")
    type_strengths(qtbot, window, "Warm questioning")
    qtbot.waitUntil(lambda: bool(answer.said))
    assert answer.said == [
        "stemlead.db was deleted by another program while STEM Lead had it open; "
        "nothing more was saved to it."
    ]
    assert "Save what is open…" in answer.offered[0]
    assert "was deleted by another program" in window.message.text()
    assert not school.exists()
    type_strengths(qtbot, window, "Still typing")  # refused again, without another message
    assert "was deleted by another program" in window.message.text()
    assert len(answer.said) == 1


def test_what_is_still_open_can_be_saved_where_the_deleted_file_was(
    qtbot: QtBot, window: MainWindow, school: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    school.unlink()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(school), ""))
    Answer("Save what is open")
    type_strengths(qtbot, window, "Warm questioning")
    qtbot.waitUntil(lambda: "Saved what was open to" in window.message.text())
    assert window.session is not None
    assert window.session.write(teachers.add, name="Ben Ito").ok
    window.close()
    with open_database(school, mode="read") as db:
        assert sorted(t.name for t in teachers.list_teachers(db)) == ["Ana Okafor", "Ben Ito"]


def test_a_file_moved_onto_the_path_is_noticed_when_the_app_regains_focus(
    qtbot: QtBot, window: MainWindow, school: Path, tmp_path: Path
) -> None:
    other = tmp_path / "other.db"
    with open_database(other) as db:
        teachers.add(db, name="Other file's teacher")
    other.replace(school)
    answer = Answer("Open what is there now")
    QApplication.instance().applicationStateChanged.emit(Qt.ApplicationState.ApplicationActive)
    qtbot.waitUntil(lambda: teacher_names(window) == ["Other file's teacher"])
    assert answer.said[0].startswith("stemlead.db was replaced with another file")
    assert window.session is not None
    assert window.session.write(teachers.add, name="Into the new file").ok


def test_a_backup_copied_over_the_open_file_is_not_written_into(
    qtbot: QtBot, window: MainWindow, school: Path, tmp_path: Path
) -> None:
    saved = backup.copy_database(window.db, tmp_path / "saved.db")
    assert window.session is not None
    for i in range(5):
        window.session.write(teachers.add, name=f"Teacher {i}")
    shutil.copyfile(saved, school)
    answer = Answer("OK")
    type_strengths(qtbot, window, "Warm questioning")
    qtbot.waitUntil(lambda: bool(answer.said))
    assert answer.said[0].startswith("stemlead.db was overwritten by another program")
    assert "Save what is open…" not in answer.offered[0]  # what it reads now is a mixture
    assert "was overwritten" in window.message.text()
    window.close()
    with open_database(school, mode="read") as db:
        assert db.scalar("PRAGMA integrity_check") == "ok"
        assert [t.name for t in teachers.list_teachers(db)] == ["Ana Okafor"]
