"""Backups: plain SQLite files made with the online backup API, verified, rotated.

A file copy of a live WAL database can miss pages that are still in the ``-wal`` file;
the backup API copies a consistent snapshot. Every copy is checked with
``PRAGMA integrity_check`` before it takes its final name, so a backup that exists is a
backup that opens.
"""

from __future__ import annotations

import glob
import json
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from stemlead.clock import now
from stemlead.errors import DamagedDatabase, DatabaseProblem

if TYPE_CHECKING:
    from stemlead.store.database import Database

DEFAULT_KEEP = 10
_STAMP = "%Y-%m-%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6})"
    r"(?:-(?P<reason>[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*))?(?:-(?P<n>\d+))?\.db$"
)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime
    reason: str
    size: int


def backup_dir_for(database: Path) -> Path:
    """Automatic backups live beside the database, in ``<name>-backups/``."""
    return database.parent / f"{database.stem}-backups"


def verify(path: Path) -> int:
    """Check that ``path`` is an intact STEM Lead database; return its schema version."""
    from stemlead.store.database import APPLICATION_ID, read_header

    header = read_header(path)
    if header is None or header.application_id != APPLICATION_ID:
        raise DatabaseProblem(f"{path} is not a STEM Lead database.")
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        result = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabase(path, str(exc)) from None
    finally:
        conn.close()
    if result != [("ok",)]:
        raise DamagedDatabase(path, result[0][0])
    return header.user_version


def copy_database(db: Database, dest: Path) -> Path:
    """Write a verified snapshot of ``db`` to ``dest`` (replacing it only when complete)."""
    dest = dest.expanduser().absolute()
    if dest.resolve() == db.path.resolve():
        raise DatabaseProblem("A backup cannot be written over the database it copies.")
    try:
        dest.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        partial = dest.with_name(dest.name + ".partial")
        partial.unlink(missing_ok=True)
        os.close(os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        raise DatabaseProblem(
            f"STEM Lead cannot write the backup {dest}: {exc.strerror}."
        ) from None
    target = sqlite3.connect(partial)
    try:
        db.conn.backup(target)
        target.execute("PRAGMA journal_mode = DELETE")
    except sqlite3.Error as exc:
        target.close()
        partial.unlink(missing_ok=True)
        raise DatabaseProblem(f"The backup to {dest} failed: {exc}.") from None
    target.close()
    try:
        verify(partial)
    except DatabaseProblem:
        partial.unlink(missing_ok=True)
        raise
    partial.replace(dest)
    return dest


def keep_count(db: Database) -> int:
    try:
        value = db.scalar("SELECT value FROM settings WHERE key = 'backups_kept'")
    except sqlite3.Error:
        return DEFAULT_KEEP
    return max(1, int(json.loads(value))) if value else DEFAULT_KEEP


def automatic_backup(db: Database, reason: str, *, spare: Path | None = None) -> Path:
    """A timestamped, verified backup in the backup folder, then rotation (which never
    removes ``spare``: the backup about to be restored)."""
    folder = backup_dir_for(db.path)
    base = f"{db.path.stem}-{now().strftime(_STAMP)}-{reason}"
    taken = [m for p in folder.glob(f"{glob.escape(base)}*.db") if (m := _NAME.match(p.name))]
    counter = max((int(m["n"] or 1) for m in taken), default=0) + 1
    dest = folder / (f"{base}.db" if counter == 1 else f"{base}-{counter}.db")
    copy_database(db, dest)
    rotate(db.path, keep_count(db), spare=spare)
    return dest


def list_backups(database: Path) -> list[BackupFile]:
    """Automatic backups of ``database``, newest first."""
    folder = backup_dir_for(database)
    found: list[tuple[tuple[datetime, int], BackupFile]] = []
    for path in folder.glob(f"{glob.escape(database.stem)}-*.db"):
        match = _NAME.match(path.name)
        if not match or match["stem"] != database.stem:
            continue
        made_at = datetime.strptime(match["stamp"], _STAMP)
        order = (made_at, int(match["n"] or 1))
        found.append((order, BackupFile(path, made_at, match["reason"] or "", path.stat().st_size)))
    found.sort(key=lambda pair: pair[0], reverse=True)
    return [b for _, b in found]


def rotate(database: Path, keep: int, *, spare: Path | None = None) -> list[Path]:
    """Delete automatic backups beyond the newest ``keep`` (except ``spare`` and the newest
    safety copy made before a restore); return what was removed."""
    removed = []
    backups = list_backups(database)
    # the newest "before-restore" copy is the way back from the last restore: always kept
    undo = next((b.path for b in backups if b.reason == "before-restore"), None)
    for old in backups[keep:]:
        if old.path == undo or (spare is not None and old.path.resolve() == spare.resolve()):
            continue
        old.path.unlink(missing_ok=True)
        removed.append(old.path)
    return removed
