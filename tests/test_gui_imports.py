"""The import dialogs read and plan a file off the main thread: a progress bar moves, Cancel
reading stops it, and the dialog answers meanwhile."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QThread, QThreadPool
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stemlead.core import teachers
from stemlead.gui.dialogs.contact_import import ContactImportDialog
from stemlead.gui.dialogs.teacher_import import TeacherImportDialog
from stemlead.store import open_database
from tests.gui_helpers import open_window

SAMPLES = Path(__file__).parent / "fixtures" / "contacts"


@pytest.fixture
def school(db_path: Path) -> Path:
    with open_database(db_path) as db:
        teachers.add(db, name="Ana Okafor", email="ana@d.org")
    return db_path


def roster(tmp_path: Path, rows: int) -> Path:
    path = tmp_path / "big.csv"
    lines = [f"Teacher {n},t{n}@d.org,Lincoln MS,{n % 13}\n" for n in range(rows)]
    path.write_text("Name,Email,School,Grade\n" + "".join(lines), encoding="utf-8")
    return path


def teacher_dialog(qtbot: QtBot, school: Path) -> TeacherImportDialog:
    window = open_window(qtbot, school)
    dialog = TeacherImportDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_a_big_roster_is_planned_in_the_background_with_progress(
    qtbot: QtBot, school: Path, tmp_path: Path
) -> None:
    path = roster(tmp_path, 30_000)
    dialog = teacher_dialog(qtbot, school)
    f = dialog.form
    seen: list[tuple[int, bool]] = []
    main = QApplication.instance().thread()  # type: ignore[union-attr]
    f.progress.valueChanged.connect(lambda v: seen.append((v, QThread.currentThread() is main)))
    dialog.load(path)
    assert dialog.plan is None  # load() returned before the file was read
    assert f.summary.text() == "Reading big.csv…"
    assert f.progress.isVisible() and f.cancelReading.isVisible()
    assert not dialog.ok_button.isEnabled()
    qtbot.waitUntil(lambda: dialog.plan is not None, timeout=60_000)
    values = [v for v, _ in seen]
    assert len(values) > 10 and values[:-1] == sorted(values[:-1]) and 100 in values
    assert all(on_main for _, on_main in seen)  # delivered on the main thread
    assert not f.progress.isVisible() and not f.cancelReading.isVisible()
    assert dialog.model.rowCount() == 30_000
    assert f.summary.text().startswith("Would import 30000 teacher(s) from big.csv")
    assert dialog.ok_button.isEnabled()


def test_cancel_reading_stops_the_plan_and_the_dialog_stays(
    qtbot: QtBot, school: Path, tmp_path: Path
) -> None:
    path = roster(tmp_path, 30_000)
    dialog = teacher_dialog(qtbot, school)
    f = dialog.form
    dialog.load(path)
    task = dialog.task
    assert task is not None
    qtbot.mouseClick(f.cancelReading, Qt.MouseButton.LeftButton)
    assert task.cancelled
    assert f.summary.text() == "Stopped reading big.csv; nothing was imported."
    assert not f.progress.isVisible() and not dialog.ok_button.isEnabled()
    assert QThreadPool.globalInstance().waitForDone(60_000)  # it stops at its next report
    qtbot.wait(20)  # a late signal is delivered, and ignored
    assert dialog.plan is None and dialog.model.rowCount() == 0 and dialog.isVisible()
    small = tmp_path / "small.csv"
    small.write_text("Name\nCarla Ruiz\n", encoding="utf-8")
    dialog.load(small)  # the dialog goes on working
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.model.index(0, 1).data() == "Carla Ruiz"


def test_closing_the_dialog_stops_its_reading(qtbot: QtBot, school: Path, tmp_path: Path) -> None:
    dialog = teacher_dialog(qtbot, school)
    dialog.load(roster(tmp_path, 30_000))
    task = dialog.task
    assert task is not None
    dialog.reject()
    assert task.cancelled
    assert QThreadPool.globalInstance().waitForDone(60_000)


def test_contacts_are_planned_in_the_background_too(qtbot: QtBot, school: Path) -> None:
    window = open_window(qtbot, school)
    dialog = ContactImportDialog(window.session, None, window)
    qtbot.addWidget(dialog)
    dialog.load(SAMPLES / "google.vcf")
    assert dialog.plan is None and dialog.form.progress.isVisibleTo(dialog)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    assert dialog.model.rowCount() == 3
    assert dialog.ok_button.text() == "Import 3"


def test_both_kinds_share_one_dialog_with_duplicates_shown_apart(
    qtbot: QtBot, school: Path, tmp_path: Path
) -> None:
    path = tmp_path / "roster.csv"
    path.write_text(
        "Name,Email,Room\nCarla Ruiz,carla@d.org,1\nAna Again,ANA@d.org,2\n,x@d.org,3\n",
        encoding="utf-8",
    )
    dialog = teacher_dialog(qtbot, school)
    f = dialog.form
    assert dialog.windowTitle() == "Import teachers from a CSV file"
    dialog.load(path)
    qtbot.waitUntil(lambda: dialog.plan is not None)
    results = [dialog.model.index(r, 6).data() for r in range(dialog.model.rowCount())]
    assert results == ["New", "Duplicate: ANA@d.org is already in STEM Lead", "Skipped: no name"]
    tones = [dialog.model.index(r, 6).data(Qt.ItemDataRole.ForegroundRole) for r in (1, 2)]
    assert tones[0] != tones[1]  # a duplicate is not shown as an error
    assert (f.showNew.text(), f.showDuplicates.text()) == ("&New (1)", "&Duplicates (1)")
    assert f.notImported.text() == "Not imported from the file: Room."
    f.showNew.setChecked(False)
    assert dialog.model.rowCount() == 2
    assert dialog.ok_button.text() == "Import 1"
    contacts = ContactImportDialog(dialog.session, None, dialog)
    assert contacts.windowTitle() == "Import contacts"
    assert contacts.form.summary.text().startswith("Choose a vCard (.vcf)")
