"""Backups and restores, for the GUI's File menu (the CLI has the same through store)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from stemlead.core.changes import Kind, changes
from stemlead.store import Database
from stemlead.store.backup import BackupFile, automatic_backup, copy_database, list_backups
from stemlead.store.backup import restore as restore_backup


def backup_now(db: Database) -> Path:
    """A verified backup in the backups folder beside the database."""
    return automatic_backup(db, reason="manual")


def backup_to(db: Database, dest: Path) -> Path:
    return copy_database(db, dest)


def backups(db: Database) -> list[BackupFile]:
    return list_backups(db.path)


@changes(*Kind)
def restore(db: Database, source: Path) -> Path:
    """Replace the database's contents with ``source``; return the safety backup made first."""
    return restore_backup(db, source)


def daily_backup_due(db: Database, *, now: datetime, hours: int = 20) -> bool:
    """True when the database holds something worth keeping and the last backup made is
    not within ``hours`` of ``now`` (or there is none).

    A last backup stamped more than ``hours`` ahead was made while the clock was wrong (or
    is wrong now): a new one is due rather than none ever again.
    """
    from stemlead.core.exchange import is_empty

    if is_empty(db):
        return False
    newest = next(iter(list_backups(db.path)), None)
    return newest is None or abs(now.replace(tzinfo=None) - newest.made_at) > timedelta(hours=hours)


def daily_backup(db: Database) -> Path:
    return automatic_backup(db, reason="daily")
