"""The first run, Settings, About, Restore and the daily backup."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stemlead.core import maintenance, settings, teachers
from stemlead.gui import fmt
from stemlead.gui.dialogs.about import AboutDialog
from stemlead.gui.dialogs.restore import RestoreDialog
from stemlead.gui.dialogs.settings_dialog import SettingsDialog
from stemlead.gui.dialogs.welcome import WelcomeDialog, should_welcome
from stemlead.store import open_database
from tests.gui_helpers import open_window


def test_welcome_with_demo_data_and_handout_settings(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    window = open_window(qtbot, db_path)
    assert should_welcome(window.db)
    dialog = WelcomeDialog(window.session, window)
    qtbot.addWidget(dialog)
    f = dialog.form
    f.startDemo.setChecked(True)
    qtbot.keyClicks(f.organization, "Riverside Unified")
    qtbot.keyClicks(f.coach, "Maya")
    f.paper.setCurrentIndex(f.paper.findData("a4"))
    logo = tmp_path / "crest.png"
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 40, QImage.Format.Format_RGB32)
    image.fill(QColor("teal"))
    image.save(str(logo))
    outcome = window.session.write(settings.adopt_logo, logo)
    assert outcome.ok
    dialog.finish()
    assert dialog.result() == 1
    values = settings.get_all(window.db)
    assert (values["organization_name"], values["coach_name"], values["paper_size"]) == (
        "Riverside Unified",
        "Maya",
        "a4",
    )
    assert Path(values["logo_path"]).parent == db_path.parent  # travels with the database
    assert len(teachers.list_teachers(window.db)) >= 40
    assert not should_welcome(window.db)
    window.close()


def test_welcome_closed_means_start_empty_and_do_not_ask_again(qtbot: QtBot, db_path: Path) -> None:
    window = open_window(qtbot, db_path)
    dialog = WelcomeDialog(window.session, window)
    qtbot.addWidget(dialog)
    dialog.reject()
    assert teachers.list_teachers(window.db) == [] and not should_welcome(window.db)
    window.close()


def test_a_bad_logo_gets_one_clear_message(qtbot: QtBot, db_path: Path, tmp_path: Path) -> None:
    window = open_window(qtbot, db_path)
    notes = tmp_path / "notes.txt"
    notes.write_text("not a picture")
    outcome = window.session.write(settings.adopt_logo, notes)
    assert not outcome.ok and outcome.error == "A logo must be a PNG, JPEG or GIF picture."
    assert settings.get(window.db, "logo_path") == ""
    window.close()


def test_settings_change_the_clock_and_backups_kept(qtbot: QtBot, db_path: Path) -> None:
    window = open_window(qtbot, db_path)
    dialog = SettingsDialog(window.session, window)
    qtbot.addWidget(dialog)
    f = dialog.form
    f.timeFormat.setCurrentIndex(f.timeFormat.findData("24h"))
    f.weekStart.setCurrentIndex(f.weekStart.findData("sunday"))
    f.backupsKept.setValue(3)
    f.meetingMinutes.setValue(60)
    dialog.save()
    from stemlead.gui import preferences

    preferences.apply(window.db)
    assert fmt.clock("2026-11-24T15:30:00-06:00") == "15:30"
    values = settings.get_all(window.db)
    assert (values["week_start"], values["backups_kept"], values["default_meeting_minutes"]) == (
        "sunday",
        3,
        60,
    )
    fmt.configure(time_format="12h")
    assert fmt.clock("2026-11-24T15:30:00-06:00") == "3:30 PM"
    window.close()


def test_about_names_the_database_and_licences(qtbot: QtBot, db_path: Path) -> None:
    window = open_window(qtbot, db_path)
    dialog = AboutDialog(window.db, window)
    qtbot.addWidget(dialog)
    assert str(db_path) in dialog.form.summary.text()
    text = dialog.form.licences.toPlainText()
    assert "reportlab" in text and "PySide6-Essentials" in text
    window.close()


def test_daily_backup_once_a_day_and_restore_lists_them_by_date(
    qtbot: QtBot, db_path: Path
) -> None:
    with open_database(db_path) as db:
        assert not maintenance.daily_backup_due(db, now=datetime.now())  # nothing to keep yet
        teachers.add(db, name="Ana")
        assert maintenance.daily_backup_due(db, now=datetime.now())
        maintenance.daily_backup(db)
        assert not maintenance.daily_backup_due(db, now=datetime.now())
        assert maintenance.daily_backup_due(db, now=datetime.now() + timedelta(days=1))
    window = open_window(qtbot, db_path)
    dialog = RestoreDialog(window.db, window)
    qtbot.addWidget(dialog)
    assert dialog.form.backups.count() == 1
    assert "daily" in dialog.form.backups.item(0).text()
    qtbot.keyClick(dialog.form.backups, Qt.Key.Key_Return)
    assert dialog.chosen is not None and dialog.chosen.name.endswith("-daily.db")
    window.close()
