"""Schema migrations, in order, append-only.

Each migration runs inside one transaction together with its record in
``schema_migrations`` and the new ``PRAGMA user_version``; before any migration touches an
existing file, :mod:`stemlead.store.backup` makes a verified copy. Never edit a migration
that has shipped: add the next one. ``tests/fixtures`` keeps the SQL of each old version so
old files stay openable.
"""

from __future__ import annotations

import json
import sqlite3
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from stemlead.clock import now_iso
from stemlead.resources import resource_path

_HERE = Path(__file__).resolve().parent


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[sqlite3.Connection], None]


def run_script(conn: sqlite3.Connection, sql: str) -> None:
    """Execute many statements without ``executescript``'s implicit COMMIT.

    ``executescript`` commits any open transaction first, which would break the rule that
    a migration and its record land together or not at all.
    """
    statement = ""
    for line in sql.splitlines(keepends=True):
        statement += line
        if sqlite3.complete_statement(statement):
            conn.execute(statement)
            statement = ""
    leftover = [
        ln for ln in statement.splitlines() if ln.strip() and not ln.strip().startswith("--")
    ]
    if leftover:
        raise ValueError(f"incomplete SQL statement at the end of a script: {statement!r}")


def _seed_frameworks(conn: sqlite3.Connection) -> None:
    """Add the shipped frameworks this file does not have yet (by slug), with their tags."""
    present = {row[0] for row in conn.execute("SELECT slug FROM frameworks")}
    for position, path in enumerate(sorted(resource_path("frameworks").glob("*.json"))):
        data = json.loads(path.read_text(encoding="utf-8"))
        if data["slug"] in present:
            continue
        cursor = conn.execute(
            "INSERT INTO frameworks (slug, name, description, position) VALUES (?, ?, ?, ?)",
            (data["slug"], data["name"], data.get("description", ""), position),
        )
        conn.executemany(
            "INSERT INTO tags (framework_id, code, label, description, position)"
            " VALUES (?, ?, ?, ?, ?)",
            [
                (cursor.lastrowid, t.get("code", ""), t["label"], t.get("description", ""), i)
                for i, t in enumerate(data["tags"])
            ],
        )


def _v1_initial(conn: sqlite3.Connection) -> None:
    _sql("v0001_initial.sql")(conn)
    _seed_frameworks(conn)
    conn.executemany(
        "INSERT INTO settings (key, value) VALUES (?, ?)",
        [
            ("install_id", json.dumps(str(uuid.uuid4()))),
            ("created_at", json.dumps(now_iso())),
        ],
    )


def _sql(name: str) -> Callable[[sqlite3.Connection], None]:
    def apply(conn: sqlite3.Connection) -> None:
        run_script(conn, (_HERE / name).read_text(encoding="utf-8"))

    return apply


def _v4_lesson_plans(conn: sqlite3.Connection) -> None:
    """The lesson-plan tables, and the frameworks lesson plans connect to that came with
    them (mathematical practices, literacy in science)."""
    _sql("v0004_lesson_plans.sql")(conn)
    _seed_frameworks(conn)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "initial schema", _v1_initial),
    Migration(2, "drafts; indexes for delete links", _sql("v0002_drafts.sql")),
    Migration(3, "community: events, stakeholders, communications", _sql("v0003_community.sql")),
    Migration(4, "lesson plans, versions and review rounds", _v4_lesson_plans),
    Migration(5, "teacher growth: mentoring pairs, learning plans", _sql("v0005_growth.sql")),
)
LATEST_VERSION = MIGRATIONS[-1].version
