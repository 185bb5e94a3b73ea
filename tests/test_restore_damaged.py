"""Restoring over a damaged database: the damaged file is kept aside as it is, and the
backup goes in its place, whether SQLite can still open the damaged file or not."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

from stemlead.core import demo, teachers
from stemlead.errors import DamagedDatabase
from stemlead.store import backup, open_database, restore
from tests.conftest import run_stemlead, sha256

PAGE = 4096


@pytest.fixture(scope="module")
def demo_district(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("district") / "coach.db"
    with open_database(path) as db:
        demo.generate(db)
    return path


@pytest.fixture
def coach(demo_district: Path, tmp_path: Path) -> tuple[Path, Path]:
    """A copy of a real demo file and a verified backup of it, taken before an edit."""
    path = tmp_path / "coach.db"
    shutil.copy(demo_district, path)
    with open_database(path) as db:
        good = backup.automatic_backup(db, reason="daily")
        teachers.add(db, name="Added after the backup")
    return path, good


def scribble_over_a_btree_page(path: Path) -> None:
    data = bytearray(path.read_bytes())
    middle = len(data) // PAGE // 2
    data[middle * PAGE : (middle + 1) * PAGE] = b"\xff" * PAGE
    path.write_bytes(bytes(data))


def zero_page_one_after_the_header(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[100:PAGE] = bytes(PAGE - 100)
    path.write_bytes(bytes(data))


def zero_page_one(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[:PAGE] = bytes(PAGE)
    path.write_bytes(bytes(data))


def truncate(path: Path) -> None:
    path.write_bytes(path.read_bytes()[: path.stat().st_size // 3])


def names(path: Path) -> list[str]:
    with open_database(path, mode="read") as db:
        return [t.name for t in teachers.list_teachers(db)]


DAMAGE: dict[str, Callable[[Path], None]] = {
    "b-tree page": scribble_over_a_btree_page,
    "page 1 after the header": zero_page_one_after_the_header,
    "page 1 with the header": zero_page_one,
    "truncated": truncate,
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_cli_restore_puts_the_backup_over_a_damaged_file_and_keeps_it_aside(
    coach: tuple[Path, Path], damage: str
) -> None:
    path, good = coach
    DAMAGE[damage](path)
    damaged = sha256(path)
    result = run_stemlead("restore", str(good), "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "damaged" in result.stdout and "unverified" in result.stdout
    [kept] = sorted(backup.backup_dir_for(path).glob("coach-damaged-*.db"))
    assert str(kept) in result.stdout
    assert sha256(kept) == damaged  # kept as it was, byte for byte
    assert "Added after the backup" not in names(path)
    assert len(names(path)) == len(names(good))
    assert backup.verify(path)
    check = run_stemlead("check", "--db", str(path))
    assert check.returncode == 0 and "is healthy" in check.stdout
    # the damaged file is not offered as a backup, nor counted as the last one
    assert [b.path for b in backup.list_backups(path)] == [good]


def test_restore_into_an_open_damaged_database_reopens_it_in_place(
    coach: tuple[Path, Path],
) -> None:
    """The app's File → Restore: the open connection is replaced by one on the backup."""
    path, good = coach
    scribble_over_a_btree_page(path)
    db = open_database(path)  # opens: the damage is further in
    outcome = restore.restore(db, good)
    assert outcome.damaged and outcome.previous.name.startswith("coach-damaged-")
    assert "the damaged file was kept as" in outcome.describe()
    assert "unverified" in outcome.describe()
    assert db.scalar("PRAGMA quick_check") == "ok"
    assert "Added after the backup" not in [t.name for t in teachers.list_teachers(db)]
    teachers.add(db, name="Written after the restore")
    db.close()
    assert "Written after the restore" in names(path)


def test_a_damaged_file_with_a_live_wal_is_kept_with_its_wal(coach: tuple[Path, Path]) -> None:
    path, good = coach
    keeper = sqlite3.connect(path)  # holds the -wal open, as a crashed app would leave it
    keeper.execute("PRAGMA wal_autocheckpoint = 0")
    keeper.execute("INSERT INTO settings (key, value) VALUES ('unsaved', '1')")
    keeper.commit()
    wal = Path(f"{path}-wal").read_bytes()
    truncate(path)
    result = run_stemlead("restore", str(good), "--db", str(path))
    keeper.close()
    assert result.returncode == 0, result.stderr
    [kept] = backup.backup_dir_for(path).glob("coach-damaged-*.db")
    assert Path(f"{kept}-wal").read_bytes() == wal
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    assert len(names(path)) == len(names(good))


def test_opening_a_damaged_file_says_it_is_damaged(coach: tuple[Path, Path]) -> None:
    path, _ = coach
    zero_page_one_after_the_header(path)
    with pytest.raises(DamagedDatabase, match="damaged"):
        open_database(path)
    result = run_stemlead("list", "teachers", "--db", str(path))
    assert result.returncode == 1 and "is damaged" in result.stderr
    assert "stemlead restore" in result.stderr


def test_check_reports_btree_damage_as_a_problem(coach: tuple[Path, Path]) -> None:
    path, _ = coach
    scribble_over_a_btree_page(path)
    result = run_stemlead("check", "--db", str(path))
    assert result.returncode == 1
    assert "problem" in result.stdout and "stemlead restore" in result.stdout


def test_a_healthy_file_is_still_backed_up_verified_before_a_restore(
    coach: tuple[Path, Path],
) -> None:
    path, good = coach
    result = run_stemlead("restore", str(good), "--db", str(path))
    assert result.returncode == 0, result.stderr
    assert "what it held before is saved in" in result.stdout
    assert not list(backup.backup_dir_for(path).glob("coach-damaged-*"))
    [safety] = [b.path for b in backup.list_backups(path) if b.reason == "before-restore"]
    assert "Added after the backup" in names(safety)
