"""Backups, restores and the health check: the one way in for the CLI and the GUI alike
(``stemlead backup|restore|check``, and the File menu with its daily backup)."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from stemlead.core.changes import Kind, changes
from stemlead.errors import DatabaseProblem
from stemlead.store import Database, health
from stemlead.store.backup import (
    BackupFile as BackupFile,  # re-exported: what the GUI shows of a backup
)
from stemlead.store.backup import (
    automatic_backup,
    copy_database,
    list_backups,
    verify,
)
from stemlead.store.health import HealthReport
from stemlead.store.paths import backup_dir_for
from stemlead.store.restore import Restored, restore_file
from stemlead.store.restore import restore as restore_backup


def backup_now(db: Database, dest: Path | None = None) -> Path:
    """A verified backup: a copy at ``dest``, or (without one) a numbered backup in the
    backups folder beside the database, rotated with the others."""
    if dest is not None:
        return copy_database(db, dest)
    return automatic_backup(db, reason="manual")


def backups(db: Database) -> list[BackupFile]:
    return list_backups(db.path)


def backups_folder(database: Path) -> Path:
    """Where the automatic backups of ``database`` are kept."""
    return backup_dir_for(database)


@changes(*Kind)
def restore(db: Database, source: Path) -> Restored:
    """Replace the database's contents with ``source`` (backing up what it held first, or
    keeping it aside as it is when it is damaged)."""
    return restore_backup(db, source)


def restore_over(path: Path, source: Path) -> Restored:
    """Put ``source`` in place of the file at ``path``, which may be too damaged to open,
    and bring an older backup up to date."""
    return restore_file(path, source)


def check(db: Database) -> HealthReport:
    """Is the file intact, consistent and searchable (reads every page and index)?"""
    return health.check(db)


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
