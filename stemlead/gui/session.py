"""The open database, as the GUI uses it.

Every write goes through :meth:`Session.write`, which calls a core function, reports
"Saved" (or the error sentence) to the status line, and tells views what kind of thing
changed so they can refresh. Deletes go to the trash and can be undone. When another
program deletes, replaces or overwrites the file, the first refused write (or the app
regaining focus) says so once, loudly (``lost``), and nothing more is written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QTime, Signal

from stemlead.core import trash
from stemlead.errors import DatabaseSwapped, StemLeadError
from stemlead.store import Database

T = TypeVar("T")


@dataclass(frozen=True)
class Outcome(Generic[T]):
    ok: bool
    value: T | None = None
    error: str = ""


class Session(QObject):
    saved = Signal(str)
    failed = Signal(str)
    changed = Signal(str)  # a kind ("teacher", "cycle", ...) or "*" for everything
    restored = Signal()  # something came back from the trash: open pages refill their lists
    lost = Signal(object)  # DatabaseSwapped, once: the file is no longer the one we opened

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self._deleted: list[tuple[int, str, str]] = []  # (trash entry, kind, label)
        self._told_lost = False

    def write(self, kind: str, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Outcome[T]:
        """Call ``fn(db, *args, **kwargs)``: a core function that saves something.

        ``kind`` names what changed, for the views that show it (positional-only, so a core
        function's own ``kind=`` argument passes straight through).
        """
        try:
            value = fn(self.db, *args, **kwargs)
        except DatabaseSwapped as exc:
            self._lose(exc)
            return Outcome(False, None, str(exc))
        except StemLeadError as exc:
            self.failed.emit(str(exc))
            return Outcome(False, None, str(exc))
        except sqlite3.Error as exc:  # the disk, not the coach: full, read-only or failing
            text = f"Not saved: the database file could not be written ({exc})."
            self.failed.emit(text)
            return Outcome(False, None, text)
        self.saved.emit(f"Saved {QTime.currentTime().toString('HH:mm:ss')}")
        self.changed.emit(kind)
        return Outcome(True, value)

    def check_file(self) -> bool:
        """When the app regains focus: is the file still the one we opened? (one stat)"""
        try:
            self.db.check_file()
        except DatabaseSwapped as exc:
            self._lose(exc)
            return False
        return True

    def _lose(self, exc: DatabaseSwapped) -> None:
        self.failed.emit(str(exc))
        if not self._told_lost:
            self._told_lost = True
            self.lost.emit(exc)

    def delete(
        self, kind: str, fn: Callable[[Database, int], int], item_id: int, label: str
    ) -> bool:
        """Delete into the trash; Edit → Undo delete brings it back."""
        outcome = self.write(kind, fn, item_id)
        if outcome.ok and outcome.value is not None:
            self._deleted.append((outcome.value, kind, label))
            self.saved.emit(f"Deleted “{label}” — Ctrl+Shift+Z to undo")
        return outcome.ok

    def undo_delete(self) -> str | None:
        """Restore the most recent delete; return its label."""
        while self._deleted:
            entry, kind, label = self._deleted.pop()
            if any(e.id == entry for e in trash.entries(self.db)):
                if self.write(kind, trash.restore, entry).ok:
                    self.restored.emit()
                    self.saved.emit(f"Restored “{label}”")
                    return label
                return None
        self.saved.emit("Nothing to undo")
        return None

    def restore_from_trash(self, entry_id: int) -> bool:
        ok = self.write("*", trash.restore, entry_id).ok
        if ok:
            self.restored.emit()
        return ok
