"""Backups: verified copies made with the backup API, rotated, and restorable."""

from __future__ import annotations

import sqlite3
import stat
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from stemlead.core import settings, teachers
from stemlead.errors import DatabaseProblem, StemLeadError
from stemlead.store import Database, backup, open_database
from stemlead.store.restore import restore


def test_backup_is_a_verified_private_snapshot_including_unsaved_wal_pages(
    db: Database, tmp_path: Path
) -> None:
    teachers.add(db, name="Ana Díaz")  # still in the -wal file, not the main file
    dest = backup.copy_database(db, tmp_path / "copy.db")
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600
    assert backup.verify(dest) == db.version
    conn = sqlite3.connect(dest)
    assert conn.execute("SELECT name FROM teachers").fetchall() == [("Ana Díaz",)]
    conn.close()


def test_automatic_backups_are_rotated_to_the_number_kept(db: Database) -> None:
    settings.put(db, backups_kept=3)
    made = [backup.automatic_backup(db, reason="manual") for _ in range(5)]
    kept = backup.list_backups(db.path)
    assert [b.path for b in kept] == list(reversed(made[-3:]))
    assert not made[0].exists()


def test_backup_cannot_overwrite_its_own_database(db: Database) -> None:
    with pytest.raises(StemLeadError, match="will not write over"):
        backup.copy_database(db, db.path)


def test_restore_backs_up_the_current_contents_first(db: Database, tmp_path: Path) -> None:
    teachers.add(db, name="Before")
    saved = backup.copy_database(db, tmp_path / "saved.db")
    teachers.add(db, name="After")
    safety = restore(db, saved).previous
    assert [t.name for t in teachers.list_teachers(db)] == ["Before"]
    with open_database(safety, mode="read") as old:
        assert sorted(r[0] for r in old.query("SELECT name FROM teachers")) == ["After", "Before"]


def test_restoring_a_backup_from_before_an_upgrade_brings_it_up_to_date(tmp_path: Path) -> None:
    """The backup made before an upgrade is offered by File → Restore; restored into the
    open app it left the file at the old data version, and saving an evidence line failed
    ("no such table: drafts") until the app was restarted."""
    from stemlead.core import observations
    from stemlead.store.migrations import LATEST_VERSION, MIGRATIONS

    path = tmp_path / "old.db"
    with open_database(path, migrations=MIGRATIONS[:1]) as old:
        ana = teachers.add(old, name="Ana")
    with open_database(path) as db:
        [before_upgrade] = backup.list_backups(path)
        assert backup.verify(before_upgrade.path) == 1
        restore(db, before_upgrade.path)
        assert db.version == LATEST_VERSION
        visit = observations.start(db, ana)
        observations.add_line(
            db, visit, "Towers of paper", "evidence", draft_key=observations.line_draft_key(visit)
        )
        assert [line.text for line in observations.lines(db, visit)] == ["Towers of paper"]


def test_restoring_the_oldest_kept_backup_keeps_it_until_it_is_restored(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the backup folder full, the safety copy made before a restore rotated away the
    oldest backup, the very one being restored: it was deleted and the restore failed."""
    settings.put(db, backups_kept=3)
    clock = [datetime(2026, 11, 2, 8, 0)]
    monkeypatch.setattr(backup, "now", lambda: clock[0])
    for day in range(3):
        teachers.add(db, name=f"Teacher {day}")
        backup.automatic_backup(db, reason="daily")
        clock[0] += timedelta(days=1)
    oldest = backup.list_backups(db.path)[-1].path
    safety = restore(db, oldest).previous
    assert [t.name for t in teachers.list_teachers(db)] == ["Teacher 0"]
    assert safety.exists() and oldest.exists()


def test_restore_refuses_a_file_that_is_not_a_stemlead_database(
    db: Database, tmp_path: Path
) -> None:
    teachers.add(db, name="Kept")
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE x (y)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseProblem, match="not a STEM Lead database"):
        restore(db, other)
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"\x00" * 4096)
    with pytest.raises(DatabaseProblem):
        restore(db, garbage)
    assert [t.name for t in teachers.list_teachers(db)] == ["Kept"]
    assert backup.list_backups(db.path) == []  # nothing happened, not even a safety copy


def test_damaged_backup_is_refused(db: Database, tmp_path: Path) -> None:
    for i in range(300):
        teachers.add(db, name=f"Teacher {i}", private_notes="x" * 500)
    copy = backup.copy_database(db, tmp_path / "copy.db")
    data = bytearray(copy.read_bytes())
    data[8192:12288] = b"\xff" * 4096  # scribble over a page in the middle
    copy.write_bytes(bytes(data))
    with pytest.raises(DatabaseProblem, match="damaged"):
        restore(db, copy)
    assert len(teachers.list_teachers(db)) == 300


def test_the_way_back_from_a_restore_survives_rotation(db: Database, tmp_path: Path) -> None:
    settings.put(db, backups_kept=1)
    teachers.add(db, name="Before")
    saved = backup.copy_database(db, tmp_path / "saved.db")
    teachers.add(db, name="After")
    safety = restore(db, saved).previous
    backup.automatic_backup(db, reason="daily")  # rotation keeps 1 ... and the way back
    assert safety.exists()


def _clock_at(monkeypatch: pytest.MonkeyPatch, when: list[datetime]) -> None:
    monkeypatch.setattr(backup, "now", lambda: when[0])


def test_a_backup_made_after_a_wrong_clock_is_kept_and_counted_as_newest(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """After backups made while the clock read 2100, a new backup said "verified" but
    rotation had already deleted it (its name sorted as the oldest)."""
    settings.put(db, backups_kept=3)
    teachers.add(db, name="Ana")
    clock = [datetime(2100, 1, 1, 9, 0)]
    _clock_at(monkeypatch, clock)
    for _ in range(3):
        backup.automatic_backup(db, reason="daily")
        clock[0] += timedelta(days=1)
    clock[0] = datetime(2026, 11, 2, 8, 0)  # the clock is put right
    teachers.add(db, name="Ben")
    made = backup.automatic_backup(db, reason="manual")
    assert made.exists()
    kept = backup.list_backups(db.path)
    assert kept[0].path == made and len(kept) == 3
    later = backup.automatic_backup(db, reason="manual")
    assert [b.path for b in backup.list_backups(db.path)[:2]] == [later, made]


def test_the_daily_backup_is_due_again_after_backups_stamped_in_the_future(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    from stemlead.core import maintenance

    teachers.add(db, name="Ana")
    clock = [datetime(2100, 1, 1, 9, 0)]
    _clock_at(monkeypatch, clock)
    backup.automatic_backup(db, reason="daily")
    today = datetime(2026, 11, 2, 8, 0).astimezone()
    assert maintenance.daily_backup_due(db, now=today)  # was never due again
    clock[0] = today.replace(tzinfo=None)
    backup.automatic_backup(db, reason="daily")
    assert not maintenance.daily_backup_due(db, now=today + timedelta(hours=1))
    assert maintenance.daily_backup_due(db, now=today + timedelta(hours=21))


def test_the_cli_backup_it_reports_exists_after_future_stamped_ones(
    db: Database, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from stemlead import cli

    settings.put(db, backups_kept=2)
    clock = [datetime(2100, 1, 1, 9, 0)]
    _clock_at(monkeypatch, clock)
    for _ in range(2):
        backup.automatic_backup(db, reason="daily")
        clock[0] += timedelta(days=1)
    monkeypatch.undo()
    path = db.path
    db.close()
    assert cli.main(["backup", "--db", str(path)]) == 0
    out = capsys.readouterr().out
    assert "(verified)" in out
    reported = Path(out.split(" to ", 1)[1].rsplit(" (verified)", 1)[0])
    assert reported.exists()


def test_backups_named_before_sequence_numbers_still_list_and_rotate(
    db: Database, tmp_path: Path
) -> None:
    """Files from earlier versions (no sequence number) are listed, oldest of all."""
    import shutil

    folder = backup.backup_dir_for(db.path)
    folder.mkdir()
    made = backup.copy_database(db, tmp_path / "made.db")
    old, twin = [
        [
            Path(shutil.copy(made, folder / f"{db.path.stem}-2026-10-0{d}-080000-daily.db"))
            for d in (1, 2)
        ],
        Path(shutil.copy(made, folder / f"{db.path.stem}-2026-10-02-080000-daily-2.db")),
    ]
    listed = backup.list_backups(db.path)
    assert [b.path for b in listed] == [twin, old[1], old[0]]
    assert listed[0].made_at == datetime(2026, 10, 2, 8, 0) and listed[0].reason == "daily"
    settings.put(db, backups_kept=2)
    new = backup.automatic_backup(db, reason="manual")
    assert [b.path for b in backup.list_backups(db.path)] == [new, twin]
