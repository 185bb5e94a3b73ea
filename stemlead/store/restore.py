"""Restore: a verified backup put in place of the database, even of a damaged one.

A healthy file is backed up first (verified, ``before-restore``), so a restore can itself
be undone. A damaged file can give no verified copy, and may not even open; it is kept
aside exactly as it is, with its ``-wal``, as ``<name>-damaged-<when>.db`` in the backups
folder (not a backup: never offered, never rotated away), and the backup goes in its place
under the app lock.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from stemlead.clock import now
from stemlead.errors import DamagedDatabase, DatabaseProblem
from stemlead.store import health
from stemlead.store.backup import _STAMP, automatic_backup, copy_database, verify
from stemlead.store.database import Database, open_database
from stemlead.store.header import refuse_newer
from stemlead.store.lock import AppLock
from stemlead.store.paths import backup_dir_for


@dataclass(frozen=True)
class Restored:
    path: Path
    source: Path
    previous: Path  # the verified safety backup, or the damaged file kept as it was
    damaged: bool

    def describe(self) -> str:
        if self.damaged:
            return (
                f"Restored {self.path} from {self.source.name}; the damaged file was kept "
                f"as {self.previous}, unverified."
            )
        return (
            f"Restored {self.path} from {self.source.name}; what it held before is saved "
            f"in {self.previous}."
        )


def restore(db: Database, source: Path) -> Restored:
    """Replace the contents of the open ``db`` with the backup ``source``.

    The open connection carries on afterwards (the app keeps its window), brought up to
    date if the backup is from an older version.
    """
    db.check_file()  # not into a file another program has since deleted or replaced
    source = _usable(source)
    try:
        # rotation never removes the backup about to be restored (``spare``)
        safety = automatic_backup(db, reason="before-restore", spare=source)
    except DatabaseProblem:
        if health.damage(db, thorough=True) is None:
            raise  # the file is sound: something else stopped the safety copy
        return _replace_damaged(db, source)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        src.backup(db.conn)
    except sqlite3.Error as exc:
        raise DatabaseProblem(
            f"Restoring from {source.name} failed ({exc}); what the database held before "
            f"is saved in {safety}."
        ) from None
    finally:
        src.close()
    _upgrade(db)
    return Restored(db.path, source, safety, damaged=False)


def restore_file(path: Path, source: Path) -> Restored:
    """``stemlead restore``: like :func:`restore`, for a file that may not even open."""
    source = _usable(source)
    path = Path(path).expanduser().absolute()
    try:
        db = open_database(path)
    except DamagedDatabase:
        lock = AppLock(path)
        lock.acquire()
        try:
            kept = _swap_in(path, source)
            open_database(path, lock=lock).close()  # upgrades an older backup; unlocks
        finally:
            lock.release()
        return Restored(path, source, kept, damaged=True)
    with db:
        return restore(db, source)


def _usable(source: Path) -> Path:
    source = source.expanduser().absolute()
    if not source.is_file():
        raise DatabaseProblem(f"There is no backup file at {source}.")
    refuse_newer(source, verify(source))
    return source


def _replace_damaged(db: Database, source: Path) -> Restored:
    db.disconnect()  # no checkpoint: the damaged file is kept exactly as it is
    try:
        kept = _swap_in(db.path, source)
    finally:
        db.reconnect()
    return Restored(db.path, source, kept, damaged=True)


def _swap_in(path: Path, source: Path) -> Path:
    """Put a verified copy of ``source`` at ``path`` (closed, locked), keeping the file
    that was there, and its journal, in the backups folder; return where it was kept."""
    staged = path.with_name(f".{path.name}.restoring")
    reader = Database(
        sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True), source, None
    )
    try:
        copy_database(reader, staged)
    finally:
        reader.close()
    try:
        kept = _aside(path)
        for suffix in ("-wal", "-shm"):  # a journal belongs to the file it was written for
            journal = path.with_name(path.name + suffix)
            if journal.exists():
                shutil.move(journal, kept.with_name(kept.name + suffix))
        staged.replace(path)
    finally:
        staged.unlink(missing_ok=True)
    _sync_folder(path.parent)
    return kept


def _aside(path: Path) -> Path:
    """A name for the damaged file in the backups folder, and the file under it (a hard
    link where the disk allows it: instant, and no moment without a file at ``path``)."""
    folder = backup_dir_for(path)
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    base = f"{path.stem}-damaged-{now().strftime(_STAMP)}"
    kept = folder / f"{base}.db"
    counter = 1
    while kept.exists():
        counter += 1
        kept = folder / f"{base}-{counter}.db"
    try:
        os.link(path, kept)
    except OSError:
        shutil.copy2(path, kept)
    return kept


def _sync_folder(folder: Path) -> None:
    """Make the renames durable (a no-op where folders cannot be opened, as on Windows)."""
    with contextlib.suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _upgrade(db: Database) -> None:
    """What opening the file would do: migrate it and rebuild a stale search index, so the
    open connection can keep working without the app being restarted."""
    from stemlead.store import search_index
    from stemlead.store.migrate import migrate
    from stemlead.store.migrations import MIGRATIONS

    if db.version < MIGRATIONS[-1].version or search_index.is_stale(db):
        migrate(db, MIGRATIONS)
        search_index.install(db)
