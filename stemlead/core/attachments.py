"""Files kept inside the database: a lesson plan's worksheets, a program document's
versions, an event's photos.

The laptop may have no network and files elsewhere on it get moved or deleted, so a file
the coach attaches is copied into the database and travels with it (backups, the JSON
export as base64, the trash). Each kind of owner has its own table of the same shape —

    CREATE TABLE <owner>_attachments (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        <owner>_id INTEGER NOT NULL REFERENCES <owners> (id) ON DELETE CASCADE,
        name TEXT NOT NULL, media_type TEXT NOT NULL, size INTEGER NOT NULL,
        sha256 TEXT NOT NULL, data BLOB NOT NULL, created_at TEXT NOT NULL
        -- and any columns of the owner's own (a caption, consent to share)
    );

— so deleting the owner takes its files along (and undo brings them back), and a
:class:`Shelf` declares one such table: where it is, its size limit, whether only images
belong. Lists never read the bytes; :meth:`Shelf.contents` does, on demand.
"""

from __future__ import annotations

import hashlib
import mimetypes
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from stemlead.clock import now_iso
from stemlead.core.changes import EVERYTHING, Kind, declare
from stemlead.errors import InvalidInput, NotFound
from stemlead.store import Database, output_file
from stemlead.store import trash as trash_store

MB = 1024 * 1024
_MAGIC = (  # the first bytes of the files coaches attach, for a media type that is true
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
)
IMAGE_TYPES = ("image/png", "image/jpeg", "image/gif", "image/webp")


@dataclass(frozen=True)
class Attachment:
    id: int
    owner_id: int
    name: str
    media_type: str
    size: int
    sha256: str
    created_at: str


def sniffed(data: bytes) -> str | None:
    """The media type the file's first bytes prove, if they prove one."""
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return "image/webp"
    return None


def media_type(name: str, data: bytes) -> str:
    """What the file is, from its first bytes where they say, else from its name."""
    guessed, _ = mimetypes.guess_type(name)
    return sniffed(data) or guessed or "application/octet-stream"


def size_text(size: int) -> str:
    if size >= MB:
        return f"{size / MB:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class Shelf:
    """One table of attachments and the writes on it, each declaring ``kind`` changed."""

    def __init__(
        self,
        table: str,
        owner: str,
        kind: Kind,
        *,
        limit: int = 20 * MB,
        images_only: bool = False,
        noun: str = "attachment",
    ) -> None:
        self.table = table
        self.owner = owner  # the column that links to the owner
        self.limit = limit
        self.images_only = images_only
        self.noun = noun
        written = frozenset({kind})
        self.add: Callable[..., int] = declare(self._add, written)
        self.add_file: Callable[..., int] = declare(self._add_file, written)
        self.update: Callable[..., None] = declare(self._update, written)
        self.delete: Callable[[Database, int], int] = declare(self._delete, EVERYTHING)

    # -- writing -----------------------------------------------------------------------------
    def check(self, name: str, data: bytes) -> str:
        """The file's media type, or one sentence saying why it cannot be kept."""
        if not data:
            raise InvalidInput(f"{name} is empty (0 bytes), so there is nothing to keep.")
        if len(data) > self.limit:
            raise InvalidInput(
                f"{name} is {size_text(len(data))}; the limit for one {self.noun} is "
                f"{size_text(self.limit)}."
            )
        kind = media_type(name, data)
        if self.images_only and sniffed(data) not in IMAGE_TYPES:  # a name proves nothing
            raise InvalidInput(f"{name} is not a picture (PNG, JPEG, GIF or WebP).")
        return kind

    def _add(self, db: Database, owner_id: int, name: str, data: bytes, **extra: Any) -> int:
        """Keep ``data`` as a file called ``name`` of the owner ``owner_id``."""
        name = " ".join(str(name).split())[:255] or "file"
        kind = self.check(name, data)
        row = {
            self.owner: owner_id,
            "name": name,
            "media_type": kind,
            "size": len(data),
            "sha256": hashlib.sha256(data).hexdigest(),
            "data": data,
            "created_at": now_iso(),
            **extra,
        }
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        with db.transaction():
            cursor = db.execute(
                f"INSERT INTO {self.table} ({names}) VALUES ({marks})", list(row.values())
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def _add_file(self, db: Database, owner_id: int, path: Path, **extra: Any) -> int:
        """Copy the file at ``path`` into the database (it may be moved or deleted later)."""
        return self._add(db, owner_id, path.name, read_file(path, self.limit), **extra)

    def _update(self, db: Database, attachment_id: int, **changes: Any) -> None:
        """Change an attachment's own columns (its name, a caption, consent to share)."""
        if not changes or {"data", "size", "sha256", "media_type"} & set(changes):
            raise InvalidInput(f"Only a {self.noun}'s name and notes can be changed.")
        if "name" in changes:
            changes["name"] = " ".join(str(changes["name"]).split())[:255]
            if not changes["name"]:
                raise InvalidInput(f"A {self.noun} needs a name.")
        assignments = ", ".join(f"{column} = ?" for column in changes)
        with db.transaction():
            cursor = db.execute(
                f"UPDATE {self.table} SET {assignments} WHERE id = ?",
                [*changes.values(), attachment_id],
            )
        if cursor.rowcount == 0:
            raise NotFound(f"There is no {self.noun} with id {attachment_id}.")

    def _delete(self, db: Database, attachment_id: int) -> int:
        name = self.get(db, attachment_id).name
        return trash_store.discard(db, self.table, attachment_id, kind=self.noun, label=name)

    # -- reading -----------------------------------------------------------------------------
    _COLUMNS = "id, {owner}, name, media_type, size, sha256, created_at"

    def _attachment(self, row: Any) -> Attachment:
        return Attachment(
            row["id"],
            row[self.owner],
            row["name"],
            row["media_type"],
            row["size"],
            row["sha256"],
            row["created_at"],
        )

    def listing(self, db: Database, owner_id: int) -> list[Attachment]:
        """The owner's files, oldest first, without their bytes."""
        columns = self._COLUMNS.format(owner=self.owner)
        return [
            self._attachment(row)
            for row in db.query(
                f"SELECT {columns} FROM {self.table} WHERE {self.owner} = ? ORDER BY id",
                (owner_id,),
            )
        ]

    def get(self, db: Database, attachment_id: int) -> Attachment:
        columns = self._COLUMNS.format(owner=self.owner)
        row = db.one(f"SELECT {columns} FROM {self.table} WHERE id = ?", (attachment_id,))
        if row is None:
            raise NotFound(f"There is no {self.noun} with id {attachment_id}.")
        return self._attachment(row)

    def contents(self, db: Database, attachment_id: int) -> bytes:
        data = db.scalar(f"SELECT data FROM {self.table} WHERE id = ?", (attachment_id,))
        if data is None:
            raise NotFound(f"There is no {self.noun} with id {attachment_id}.")
        return bytes(data)

    def save_copy(self, db: Database, attachment_id: int, dest: Path) -> Path:
        """Write the file out (to open it with the system's viewer, or to share it)."""
        output_file.write(dest, self.contents(db, attachment_id), database=db.path)
        return dest


def read_file(path: Path, limit: int) -> bytes:
    """The bytes of a file the coach chose, or one sentence saying why not."""
    try:
        size = path.stat().st_size
        if size > limit:
            raise InvalidInput(
                f"{path.name} is {size_text(size)}; the limit is {size_text(limit)}."
            )
        return path.read_bytes()
    except FileNotFoundError:
        raise InvalidInput(f"There is no file at {path}.") from None
    except IsADirectoryError:
        raise InvalidInput(f"{path} is a folder, not a file.") from None
    except PermissionError:
        raise InvalidInput(f"STEM Lead is not allowed to read {path}.") from None
    except OSError as exc:
        raise InvalidInput(f"{path.name} could not be read ({exc.strerror}).") from None
