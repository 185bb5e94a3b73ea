"""Migrations: old files open, a backup comes first, a failed migration changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from stemlead.errors import DatabaseProblem
from stemlead.store import open_database
from stemlead.store.backup import list_backups, verify
from stemlead.store.database import APPLICATION_ID
from stemlead.store.migrations import MIGRATIONS, Migration, run_script
from tests.conftest import FIXTURES, sha256


def build_v1_file(path: Path) -> None:
    """A version-1 file as STEM Lead 0.1 wrote it, built from the frozen v1 schema."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN")
    run_script(conn, (FIXTURES / "schema_v1.sql").read_text(encoding="utf-8"))
    conn.execute(
        "INSERT INTO schema_migrations VALUES (1, 'initial schema', '2026-09-01T08:00:00-05:00')"
    )
    conn.execute(
        "INSERT INTO teachers (name, school, subjects, created_at, updated_at) VALUES "
        "('Zoë Martínez', 'Lincoln ES', '[\"Science\"]', '2026-09-01T08:00:00-05:00',"
        " '2026-09-01T08:00:00-05:00')"
    )
    conn.execute("PRAGMA user_version = 1")
    conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    conn.execute("COMMIT")
    conn.close()


def _v2_add_column(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE teachers ADD COLUMN pronouns TEXT NOT NULL DEFAULT ''")


def _v2_broken(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE teachers ADD COLUMN pronouns TEXT NOT NULL DEFAULT ''")
    conn.execute("UPDATE teachers SET name = NULL")  # violates NOT NULL: the migration fails


def test_version_1_file_opens_and_builds_its_search_index(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    build_v1_file(path)
    with open_database(path) as db:
        assert db.version == 1
        hits = db.query("SELECT item_id FROM search_index WHERE search_index MATCH 'zoe'")
        assert [h[0] for h in hits] == [1]


def test_migration_backs_up_first_and_keeps_the_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    build_v1_file(path)
    migrations = (*MIGRATIONS, Migration(2, "teacher pronouns", _v2_add_column))
    with open_database(path, migrations=migrations) as db:
        assert db.version == 2
        row = db.one("SELECT name, pronouns FROM teachers")
        assert tuple(row) == ("Zoë Martínez", "")
        assert (
            db.scalar("SELECT name FROM schema_migrations WHERE version = 2") == "teacher pronouns"
        )
    backups = list_backups(path)
    assert len(backups) == 1 and backups[0].reason == "before-v2"
    assert verify(backups[0].path) == 1  # the backup is the untouched version-1 file


def test_failed_migration_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    build_v1_file(path)
    migrations = (*MIGRATIONS, Migration(2, "broken", _v2_broken))
    with pytest.raises(DatabaseProblem, match="left at data version 1"):
        open_database(path, migrations=migrations)
    with open_database(path) as db:
        assert db.version == 1
        assert [c["name"] for c in db.query("PRAGMA table_info(teachers)")].count("pronouns") == 0
        assert db.scalar("SELECT name FROM teachers") == "Zoë Martínez"


def test_file_that_knows_a_later_migration_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    migrations = (*MIGRATIONS, Migration(2, "teacher pronouns", _v2_add_column))
    open_database(path, migrations=migrations).close()
    for sidecar in tmp_path.glob("future.db-*"):
        sidecar.unlink()
    before = sha256(path)
    from stemlead.errors import NewerDatabase

    with pytest.raises(NewerDatabase, match="data version 2"):
        open_database(path)
    assert sha256(path) == before


def test_shipped_schema_matches_the_frozen_v1_fixture() -> None:
    shipped = (
        Path(__file__).parents[1] / "stemlead/store/migrations/v0001_initial.sql"
    ).read_text()
    frozen = (FIXTURES / "schema_v1.sql").read_text()
    assert frozen.split("\n", 2)[2] == shipped, "v0001_initial.sql changed after it shipped"
