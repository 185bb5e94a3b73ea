"""Opening database files: new, ours, newer, foreign, broken, read-only, already open."""

from __future__ import annotations

import os
import sqlite3
import stat
from pathlib import Path

import pytest

from stemlead.errors import DatabaseInUse, DatabaseProblem, NewerDatabase, NotFound
from stemlead.store import open_database
from stemlead.store.header import APPLICATION_ID
from stemlead.store.migrations import LATEST_VERSION
from tests.conftest import sha256


def test_new_database_is_private_durable_and_current(db_path: Path) -> None:
    db = open_database(db_path)
    try:
        assert db.version == LATEST_VERSION
        assert db.scalar("PRAGMA application_id") == APPLICATION_ID
        assert db.scalar("PRAGMA journal_mode") == "wal"
        assert db.scalar("PRAGMA foreign_keys") == 1
        assert db.scalar("PRAGMA synchronous") == 2  # FULL
        assert db.scalar("SELECT count(*) FROM tags") > 20  # frameworks seeded
    finally:
        db.close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_group_readable_file_is_made_owner_only(db_path: Path) -> None:
    open_database(db_path).close()
    db_path.chmod(0o644)
    open_database(db_path).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600


def test_file_from_newer_version_is_refused_untouched(db_path: Path) -> None:
    open_database(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute(f"PRAGMA user_version = {LATEST_VERSION + 5}")
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    for sidecar in db_path.parent.glob("stemlead.db-*"):
        sidecar.unlink()
    before = sha256(db_path)
    listing = sorted(p.name for p in db_path.parent.iterdir())
    with pytest.raises(NewerDatabase, match="newer version of STEM Lead"):
        open_database(db_path)
    with pytest.raises(NewerDatabase):
        open_database(db_path, mode="read")
    assert sha256(db_path) == before
    assert sorted(p.name for p in db_path.parent.iterdir()) == listing


def test_sqlite_file_of_another_program_is_refused_untouched(tmp_path: Path) -> None:
    other = tmp_path / "gradebook.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE grades (student TEXT, score INTEGER)")
    conn.commit()
    conn.close()
    before = sha256(other)
    with pytest.raises(DatabaseProblem, match="another program"):
        open_database(other)
    assert sha256(other) == before


@pytest.mark.parametrize(
    ("content", "said"),
    [
        (b"hello, this is a text file\n" * 10, "not an SQLite file"),
        (b"SQLite format 3\x00abc", "is damaged"),  # a database cut short: restore a backup
        (bytes(4096), "is damaged"),  # a page of zeros where the header was
    ],
)
def test_non_sqlite_or_truncated_file_is_refused_untouched(
    tmp_path: Path, content: bytes, said: str
) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(content)
    with pytest.raises(DatabaseProblem, match=said):
        open_database(path)
    assert path.read_bytes() == content


def test_directory_is_refused(tmp_path: Path) -> None:
    with pytest.raises(DatabaseProblem, match="is a folder"):
        open_database(tmp_path)


def test_missing_file_is_not_created_by_a_reader(db_path: Path) -> None:
    with pytest.raises(NotFound, match="no STEM Lead database"):
        open_database(db_path, mode="read")
    assert not db_path.exists()


@pytest.mark.skipif(os.geteuid() == 0, reason="root can write read-only files")
def test_read_only_file_is_refused_for_writing_but_readable(db_path: Path) -> None:
    db = open_database(db_path)
    db.execute("INSERT INTO teachers (name, created_at, updated_at) VALUES ('Ana', 'x', 'x')")
    db.close()
    db_path.chmod(0o400)
    with pytest.raises(DatabaseProblem, match="read-only"):
        open_database(db_path)
    reader = open_database(db_path, mode="read")
    assert reader.scalar("SELECT name FROM teachers") == "Ana"
    reader.close()


def test_read_only_file_refused_for_writing_even_as_root(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    open_database(db_path).close()
    before = sha256(db_path)
    monkeypatch.setattr(os, "access", lambda path, mode: mode != os.W_OK)
    with pytest.raises(DatabaseProblem, match="read-only"):
        open_database(db_path)
    assert sha256(db_path) == before


def test_second_app_on_the_same_file_is_told_clearly(db_path: Path) -> None:
    first = open_database(db_path)
    try:
        with pytest.raises(DatabaseInUse, match="already open"):
            open_database(db_path)
        reader = open_database(db_path, mode="read")  # reading alongside is fine
        reader.close()
    finally:
        first.close()
    open_database(db_path).close()  # free again once the first one closes


def test_transaction_rolls_back_everything_on_error(db: object) -> None:
    from stemlead.store import Database

    assert isinstance(db, Database)
    with pytest.raises(RuntimeError), db.transaction():
        db.execute("INSERT INTO teachers (name, created_at, updated_at) VALUES ('A', 'x', 'x')")
        with db.transaction():
            db.execute("INSERT INTO teachers (name, created_at, updated_at) VALUES ('B', 'x', 'x')")
        raise RuntimeError("boom")
    assert db.scalar("SELECT count(*) FROM teachers") == 0


def test_reading_an_empty_file_does_not_turn_it_into_a_database(tmp_path: Path) -> None:
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    with pytest.raises(NotFound, match="no STEM Lead database"):
        open_database(empty, mode="read")
    assert empty.read_bytes() == b""
