"""Backups: plain SQLite files made with the online backup API, verified, rotated.

A file copy of a live WAL database can miss pages that are still in the ``-wal`` file;
the backup API copies a consistent snapshot. Every copy is checked with
``PRAGMA integrity_check`` before it takes its final name, so a backup that exists is a
backup that opens.

Automatic backups are numbered in the order they are made
(``coach-000042-2026-11-02-080000-daily.db``): rotation and "is a daily backup due" go by
that number, not by the time in the name, which is only as right as the clock was.
"""

from __future__ import annotations

import json
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from stemlead.clock import now
from stemlead.errors import DamagedDatabase, DatabaseProblem
from stemlead.store import output_file
from stemlead.store.header import APPLICATION_ID, read_header
from stemlead.store.paths import backup_dir_for

if TYPE_CHECKING:
    from stemlead.store.database import Database

DEFAULT_KEEP = 10
_STAMP = "%Y-%m-%d-%H%M%S"
# after "<stem>-": the sequence number (absent in names from before it), the local time,
# the reason, and a counter that older names used for two backups in the same second
_NAME = re.compile(
    r"^(?:(?P<seq>\d{6,})-)?(?P<stamp>\d{4}-\d{2}-\d{2}-\d{6})"
    r"(?:-(?P<reason>[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)*))?(?:-(?P<n>\d+))?\.db$"
)


@dataclass(frozen=True)
class BackupFile:
    path: Path
    made_at: datetime  # by the clock when it was made, which may have been wrong
    reason: str
    size: int
    sequence: int = 0  # the order it was made in; 0 for names from before numbering


def verify(path: Path) -> int:
    """Check that ``path`` is an intact STEM Lead database; return its schema version."""
    header = read_header(path, was_ours=has_backups)
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
    return _snapshot(db, dest, into_backups=False)


def _snapshot(db: Database, dest: Path, *, into_backups: bool) -> Path:
    dest = dest.expanduser().absolute()
    with output_file.replacing(
        dest, database=db.path, make_folder=True, into_backups=into_backups
    ) as out:
        target = sqlite3.connect(out.path)
        try:
            db.conn.backup(target)
            target.execute("PRAGMA journal_mode = DELETE")
        except sqlite3.Error as exc:
            raise DatabaseProblem(f"The backup to {dest} failed: {exc}.") from None
        finally:
            target.close()
        verify(out.path)
    return dest


def keep_count(db: Database) -> int:
    try:
        value = db.scalar("SELECT value FROM settings WHERE key = 'backups_kept'")
    except sqlite3.Error:
        return DEFAULT_KEEP
    return max(1, int(json.loads(value))) if value else DEFAULT_KEEP


def automatic_backup(db: Database, reason: str, *, spare: Path | None = None) -> Path:
    """A numbered, verified backup in the backup folder, then rotation (which keeps it, the
    newest by number, and never removes ``spare``: the backup about to be restored)."""
    folder = backup_dir_for(db.path)
    sequence = max((b.sequence for b in list_backups(db.path)), default=0)
    while True:  # a name no other backup has, even one made at this moment by another command
        sequence += 1
        dest = folder / f"{db.path.stem}-{sequence:06d}-{now().strftime(_STAMP)}-{reason}.db"
        if not dest.exists():
            break
    _snapshot(db, dest, into_backups=True)
    rotate(db.path, keep_count(db), spare=spare)
    return dest


def list_backups(database: Path) -> list[BackupFile]:
    """Automatic backups of ``database``, newest (the last one made) first."""
    prefix = f"{database.stem}-"
    found: list[tuple[tuple[int, datetime, int], BackupFile]] = []
    try:
        entries = list(backup_dir_for(database).iterdir())
    except OSError:
        entries = []
    for path in entries:
        match = _NAME.match(path.name[len(prefix) :]) if path.name.startswith(prefix) else None
        if not match:
            continue
        try:
            made_at = datetime.strptime(match["stamp"], _STAMP)
            size = path.stat().st_size
        except (ValueError, OSError):  # not a real time (not ours), or gone meanwhile
            continue
        sequence = int(match["seq"] or 0)
        order = (sequence, made_at, int(match["n"] or 1))
        found.append((order, BackupFile(path, made_at, match["reason"] or "", size, sequence)))
    found.sort(key=lambda pair: pair[0], reverse=True)
    return [b for _, b in found]


def has_backups(database: Path) -> bool:
    """A file STEM Lead has backed up was ours: if it no longer looks like SQLite, it is
    damaged rather than someone else's."""
    try:
        return bool(list_backups(database))
    except OSError:
        return False


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
