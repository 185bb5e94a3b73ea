"""A full disk: everything that only reads still works, and a write says the disk is full
(not "disk I/O error")."""

from __future__ import annotations

import contextlib
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from stemlead.core import teachers
from stemlead.errors import DiskFull
from stemlead.store import open_database
from tests.conftest import run_stemlead


@pytest.fixture
def full_disk(tmp_path: Path) -> Iterator[Path]:
    """A small disk of its own (tmpfs, needs root), holding a database, then filled up."""
    mount = tmp_path / "disk"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", str(mount)], capture_output=True
    )
    if made.returncode != 0:
        pytest.skip("cannot mount a small disk here (needs root)")
    try:
        path = mount / "coach.db"
        with open_database(path) as db:
            teachers.add(db, name="Ana Okafor", school="Lincoln ES")
            teachers.add(db, name="Ben Ito", school="Roosevelt MS")
        with (mount / "filler").open("wb") as filler, contextlib.suppress(OSError):
            while True:
                filler.write(b"\0" * 65536)
                filler.flush()
        yield path
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def test_reading_works_when_the_database_disk_is_full(full_disk: Path, tmp_path: Path) -> None:
    db = str(full_disk)
    listing = run_stemlead("list", "teachers", "--json", "--db", db)
    assert listing.returncode == 0, listing.stderr
    assert "Ana Okafor" in listing.stdout
    found = run_stemlead("search", "Lincoln", "--db", db)
    assert found.returncode == 0 and "Ana Okafor" in found.stdout, found.stderr
    check = run_stemlead("check", "--db", db)
    assert check.returncode == 0 and "is healthy" in check.stdout, check.stderr
    copy = tmp_path / "elsewhere.db"
    saved = run_stemlead("backup", "-o", str(copy), "--db", db)
    assert saved.returncode == 0 and copy.exists(), saved.stderr
    exported = run_stemlead("export", "json", "-o", str(tmp_path / "all.json"), "--db", db)
    assert exported.returncode == 0, exported.stderr


def test_writing_on_a_full_disk_says_the_disk_is_full(full_disk: Path, tmp_path: Path) -> None:
    roster = tmp_path / "roster.csv"
    roster.write_text("Name,School\nCara Diaz,Lincoln ES\n", encoding="utf-8")
    result = run_stemlead("import", "teachers", str(roster), "--db", str(full_disk))
    assert result.returncode == 1
    assert "disk holding coach.db is full" in result.stderr
    assert "I/O" not in result.stderr
    with pytest.raises(DiskFull, match="is full"):
        open_database(full_disk)


def test_a_write_that_runs_out_of_room_says_the_disk_is_full(db_path: Path) -> None:
    """The same sentence when the room runs out in the middle of a write (SQLite's own
    "database or disk is full", here brought on by a page limit)."""
    db = open_database(db_path)
    db.execute(f"PRAGMA max_page_count = {db.scalar('PRAGMA page_count')}")
    with pytest.raises(DiskFull, match=r"stemlead\.db is full, so STEM Lead cannot save to it"):
        teachers.add(db, name="Dana", private_notes="x" * 100_000)
    db.close()
