"""Backups and restores, for the GUI's File menu (the CLI has the same through store)."""

from __future__ import annotations

from pathlib import Path

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


def restore(db: Database, source: Path) -> Path:
    """Replace the database's contents with ``source``; return the safety backup made first."""
    return restore_backup(db, source)
