"""Where STEM Lead's files live: the database (when no ``--db`` is given), its backups, its
lock and the crash log."""

from __future__ import annotations

import os
from pathlib import Path

from stemlead import APP_NAME

DB_ENV = "STEMLEAD_DB"


def default_database_path() -> Path:
    """``$STEMLEAD_DB`` if set (development, tests), else the platform's user data folder.

    Nothing is created here: the folder appears when the database is first written.
    """
    override = os.environ.get(DB_ENV)
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_path

    return user_data_path(APP_NAME, appauthor=False) / "stemlead.db"


def backup_dir_for(database: Path) -> Path:
    """Automatic backups live beside the database, in ``<name>-backups/``."""
    return database.parent / f"{database.stem}-backups"


def lock_path_for(database: Path) -> Path:
    """``<database>.lock`` beside the file itself: the same database reached through a
    symlink (or by another spelling of its path) shares one lock."""
    real = database.resolve()
    return real.with_name(real.name + ".lock")


def crash_log_path() -> Path:
    """The coach's own log folder (never the shared temporary folder)."""
    from platformdirs import user_log_path

    return user_log_path(APP_NAME, appauthor=False) / "stemlead-error.log"
