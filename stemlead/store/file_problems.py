"""What can go wrong with the file or its disk, as sentences: damage, a full disk, and a
file another program deleted, replaced or overwrote while it was open.

A file's identity is one stat (device, inode, size, modification time: a few
microseconds), cheap enough to check before every write.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from stemlead.errors import DamagedDatabase, DatabaseProblem, DatabaseSwapped, DiskFull

_NEARLY_FULL = 1 << 20  # bytes free below which a failing write is put down to a full disk

Identity = tuple[int, int, int, int]


def disk_is_full(path: Path) -> bool:
    try:
        return shutil.disk_usage(path.parent).free < _NEARLY_FULL
    except OSError:
        return False


def disk_full(path: Path) -> DiskFull:
    return DiskFull(
        f"The disk holding {path.name} is full, so STEM Lead cannot save to it; free some "
        "space and try again (reading, exporting and backing up to another disk still work)."
    )


def explain_sqlite_error(exc: sqlite3.Error, path: Path) -> DatabaseProblem | None:
    """The sentence for an SQLite error that comes from the file or the disk, not a bug.

    A full disk often reaches us as "disk I/O error" (SQLite cannot grow the ``-shm``
    file), so the free space decides what to say.
    """
    code = getattr(exc, "sqlite_errorcode", 0) & 0xFF
    if code in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB):
        return DamagedDatabase(path, str(exc))
    if code == sqlite3.SQLITE_FULL or (code == sqlite3.SQLITE_IOERR and disk_is_full(path)):
        return disk_full(path)
    return None


def open_problem(exc: sqlite3.Error, path: Path) -> DatabaseProblem:
    return explain_sqlite_error(exc, path) or DatabaseProblem(
        f"STEM Lead could not open {path}: {exc}."
    )


def identity(path: Path) -> Identity | None:
    """Which file is at ``path`` and how it looks; None when there is none."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns)


def file_id(path: Path) -> tuple[int, int] | None:
    """Which file is at ``path`` (whatever its contents)."""
    found = identity(path)
    return None if found is None else found[:2]


def swapped(path: Path, seen: Identity, now: Identity | None) -> DatabaseSwapped:
    if now is None:
        what = "deleted"
    elif now[:2] != seen[:2]:
        what = "replaced with another file"
    else:  # the same file with new contents: what our connection reads is now a mixture
        what = "overwritten"
    return DatabaseSwapped(
        f"{path.name} was {what} by another program while STEM Lead had it open; "
        "nothing more was saved to it.",
        intact=what != "overwritten",
    )
