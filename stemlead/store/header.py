"""A database file's 100-byte header, read before SQLite touches the file: whose file it
is (``application_id``) and its data version (``user_version``).

A leaf of the store: opening, backups, migrations and restores all read it, and it reads
nothing of theirs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from stemlead.errors import DamagedDatabase, DatabaseProblem, NewerDatabase
from stemlead.store.migrations import LATEST_VERSION

APPLICATION_ID = 0x53544C44  # "STLD" in the SQLite header: marks the file as ours.
_SQLITE_MAGIC = b"SQLite format 3\x00"


@dataclass(frozen=True)
class FileHeader:
    user_version: int
    application_id: int


def read_header(path: Path, *, was_ours: Callable[[Path], bool]) -> FileHeader | None:
    """The schema version and application id from the file header; None for an empty file.

    Raises DatabaseProblem for anything that is not an SQLite database: DamagedDatabase
    when it is all zeros, or when ``was_ours(path)`` (STEM Lead has backed it up) says it
    was a database once, rather than someone else's file.
    """
    try:
        with path.open("rb") as handle:
            head = handle.read(100)
    except IsADirectoryError:
        raise DatabaseProblem(f"{path} is a folder, not a STEM Lead database file.") from None
    except PermissionError:
        raise DatabaseProblem(f"STEM Lead is not allowed to read {path}.") from None
    if not head:
        return None
    if head.startswith(_SQLITE_MAGIC) and len(head) < 100:
        raise DamagedDatabase(path, "it ends inside its own header")
    if not head.startswith(_SQLITE_MAGIC):
        if not head.strip(b"\0") or was_ours(path):
            raise DamagedDatabase(path, "its first page does not look like a database")
        raise DatabaseProblem(f"{path} is not a STEM Lead database (it is not an SQLite file).")
    return FileHeader(
        user_version=int.from_bytes(head[60:64], "big"),
        application_id=int.from_bytes(head[68:72], "big"),
    )


def refuse_newer(path: Path, version: int) -> None:
    if version > LATEST_VERSION:
        raise NewerDatabase(
            f"{path.name} was saved by a newer version of STEM Lead (data version {version}; "
            f"this version reads up to {LATEST_VERSION}); update STEM Lead to open it. "
            "The file was not changed."
        )
