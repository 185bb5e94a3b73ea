"""Migrations: old files open, a backup comes first, a failed migration changes nothing."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from stemlead.errors import DatabaseProblem
from stemlead.store import open_database
from stemlead.store.backup import list_backups, verify
from stemlead.store.header import APPLICATION_ID
from stemlead.store.migrations import LATEST_VERSION, MIGRATIONS, Migration, run_script
from tests.conftest import FIXTURES, sha256

NEXT = LATEST_VERSION + 1  # a migration this build does not ship, made up for the test


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


def _add_pronouns(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE teachers ADD COLUMN pronouns TEXT NOT NULL DEFAULT ''")


def _broken(conn: sqlite3.Connection) -> None:
    conn.execute("ALTER TABLE teachers ADD COLUMN pronouns TEXT NOT NULL DEFAULT ''")
    conn.execute("UPDATE teachers SET name = NULL")  # violates NOT NULL: the migration fails


def test_version_1_file_is_upgraded_and_gets_its_search_index(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    build_v1_file(path)
    with open_database(path) as db:
        assert db.version == LATEST_VERSION
        assert db.scalar("SELECT count(*) FROM drafts") == 0  # v2 added drafts
        assert db.scalar("SELECT count(*) FROM mentorships") == 0  # v5: teacher growth
        assert "check_in_id" in {c["name"] for c in db.query("PRAGMA table_info(action_items)")}
        assert [r["version"] for r in db.query("SELECT version FROM schema_migrations")] == [
            m.version for m in MIGRATIONS
        ]
        hits = db.query("SELECT item_id FROM search_index WHERE search_index MATCH 'zoe'")
        assert [h[0] for h in hits] == [1]


def test_migration_backs_up_first_and_keeps_the_data(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    build_v1_file(path)
    migrations = (*MIGRATIONS, Migration(NEXT, "teacher pronouns", _add_pronouns))
    with open_database(path, migrations=migrations) as db:
        assert db.version == NEXT
        row = db.one("SELECT name, pronouns FROM teachers")
        assert tuple(row) == ("Zoë Martínez", "")
        names = [r[0] for r in db.query("SELECT name FROM schema_migrations ORDER BY version")]
        assert names[-1] == "teacher pronouns" and len(names) == len(MIGRATIONS) + 1
    backups = list_backups(path)
    assert len(backups) == 1 and backups[0].reason == f"before-v{NEXT}"
    assert verify(backups[0].path) == 1  # the backup is the untouched version-1 file


def test_failed_migration_leaves_the_file_as_it_was(tmp_path: Path) -> None:
    path = tmp_path / "old.db"
    build_v1_file(path)
    migrations = (*MIGRATIONS, Migration(NEXT, "broken", _broken))
    with pytest.raises(DatabaseProblem, match=f"left at data version {LATEST_VERSION}"):
        open_database(path, migrations=migrations)
    with open_database(path) as db:
        assert db.version == LATEST_VERSION
        assert [c["name"] for c in db.query("PRAGMA table_info(teachers)")].count("pronouns") == 0
        assert db.scalar("SELECT name FROM teachers") == "Zoë Martínez"


def test_file_that_knows_a_later_migration_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.db"
    migrations = (*MIGRATIONS, Migration(NEXT, "teacher pronouns", _add_pronouns))
    open_database(path, migrations=migrations).close()
    for sidecar in tmp_path.glob("future.db-*"):
        sidecar.unlink()
    before = sha256(path)
    from stemlead.errors import NewerDatabase

    with pytest.raises(NewerDatabase, match=f"data version {NEXT}"):
        open_database(path)
    assert sha256(path) == before


@pytest.mark.parametrize(
    ("shipped", "frozen", "header_lines"),
    [
        ("v0001_initial.sql", "schema_v1.sql", 2),
        ("v0002_drafts.sql", "schema_v2.sql", 1),
        ("v0003_community.sql", "schema_v3.sql", 1),
        ("v0004_lesson_plans.sql", "schema_v4.sql", 1),
        ("v0005_growth.sql", "schema_v5.sql", 1),
    ],
)
def test_shipped_migrations_match_their_frozen_copies(
    shipped: str, frozen: str, header_lines: int
) -> None:
    source = (Path(__file__).parents[1] / "stemlead/store/migrations" / shipped).read_text()
    copy = (FIXTURES / frozen).read_text()
    assert copy.split("\n", header_lines)[header_lines] == source, (
        f"{shipped} changed after shipping"
    )
