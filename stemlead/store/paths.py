"""Where the coach's database lives when no ``--db`` is given."""

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
