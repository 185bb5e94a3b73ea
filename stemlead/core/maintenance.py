"""Backups and restores, for the GUI's File menu (the CLI has the same through store)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from stemlead.store import Database
from stemlead.store.backup import BackupFile, automatic_backup, copy_database, list_backups
from stemlead.store.restore import Restored
from stemlead.store.restore import restore as restore_backup


def backup_now(db: Database) -> Path:
    """A verified backup in the backups folder beside the database."""
    return automatic_backup(db, reason="manual")


def backup_to(db: Database, dest: Path) -> Path:
    return copy_database(db, dest)


def backups(db: Database) -> list[BackupFile]:
    return list_backups(db.path)


def restore(db: Database, source: Path) -> Restored:
    """Replace the database's contents with ``source`` (backing up what it held first, or
    keeping it aside as it is when it is damaged)."""
    return restore_backup(db, source)


def daily_backup_due(db: Database, *, now: datetime, hours: int = 20) -> bool:
    """True when the newest automatic backup is older than ``hours`` (or there is none)
    and the database holds something worth keeping."""
    from stemlead.core.exchange import is_empty

    if is_empty(db):
        return False
    newest = next(iter(list_backups(db.path)), None)
    return newest is None or now.replace(tzinfo=None) - newest.made_at > timedelta(hours=hours)


def daily_backup(db: Database) -> Path:
    return automatic_backup(db, reason="daily")
