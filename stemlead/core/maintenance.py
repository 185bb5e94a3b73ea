"""Backups and restores, for the GUI's File menu (the CLI has the same through store)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from stemlead.core.changes import Kind, changes
from stemlead.errors import DatabaseProblem
from stemlead.store import Database, health
from stemlead.store.backup import (
    BackupFile,
    automatic_backup,
    copy_database,
    list_backups,
    verify,
)
from stemlead.store.restore import Restored, restore_file
from stemlead.store.restore import restore as restore_backup


def backup_now(db: Database) -> Path:
    """A verified backup in the backups folder beside the database."""
    return automatic_backup(db, reason="manual")


def backup_to(db: Database, dest: Path) -> Path:
    return copy_database(db, dest)


def backups(db: Database) -> list[BackupFile]:
    return list_backups(db.path)


@changes(*Kind)
def restore(db: Database, source: Path) -> Restored:
    """Replace the database's contents with ``source`` (backing up what it held first, or
    keeping it aside as it is when it is damaged)."""
    return restore_backup(db, source)


def restore_over(path: Path, source: Path) -> Restored:
    """Put ``source`` in place of the file at ``path``, which may be too damaged to open."""
    return restore_file(path, source)


def newest_verified_backup(database: Path) -> BackupFile | None:
    """The newest automatic backup that passes an integrity check (each check reads the
    whole backup: about 50 ms for a 20 MB file)."""
    for backup in list_backups(database):
        try:
            verify(backup.path)
        except DatabaseProblem:
            continue
        return backup
    return None


def find_damage(db: Database) -> str | None:
    """What is wrong with the file's structure, or None; reads every page (``quick_check``)."""
    return health.damage(db)


def save_what_is_open(db: Database, dest: Path) -> Path:
    """After another program deleted or replaced the file: what the app still has open (the
    old file, through its connection) as a verified file at ``dest``, which may be the
    file's old place."""
    staged = dest.with_name(f".{dest.name}.saving")
    copy_database(db, staged)
    staged.replace(dest)
    return dest


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
