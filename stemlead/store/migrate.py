"""Run pending migrations: verified backup first, then each one in its own transaction."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from typing import TYPE_CHECKING

from stemlead.clock import now_iso
from stemlead.errors import DatabaseProblem
from stemlead.store import backup
from stemlead.store.header import APPLICATION_ID
from stemlead.store.migrations import Migration

if TYPE_CHECKING:
    from stemlead.store.database import Database


def migrate(db: Database, migrations: Sequence[Migration]) -> list[int]:
    """Bring ``db`` up to the last of ``migrations``; return the versions applied.

    An existing file is copied (backup API, integrity-checked) before the first change, so
    a migration that fails, or a bug found later, never costs the coach their data.
    """
    current = db.version
    pending = [m for m in migrations if m.version > current]
    if not pending:
        return []
    if current > 0:
        backup.automatic_backup(db, reason=f"before-v{pending[-1].version}")
    for migration in pending:
        try:
            _apply(db, migration)
        except sqlite3.Error as exc:
            raise DatabaseProblem(
                f"Upgrading {db.path.name} to data version {migration.version} failed ({exc}); "
                f"the file was left at data version {db.version}."
            ) from exc
    return [m.version for m in pending]


def _apply(db: Database, migration: Migration) -> None:
    with db.transaction():
        migration.apply(db.conn)
        db.execute(
            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
            (migration.version, migration.name, now_iso()),
        )
        db.execute(f"PRAGMA user_version = {int(migration.version)}")
        db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
