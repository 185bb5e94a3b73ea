"""The open database, as the GUI uses it.

Every write goes through :meth:`Session.write`, which calls a core function, reports
"Saved" (or the error sentence) to the status line, and tells views what changed — read
from the core function's own ``@changes`` declaration, never named by the caller. Deletes go
to the trash and can be undone; long reads run off the main thread through
:meth:`Session.read_in_background`. When another program deletes, replaces or overwrites the
file, the first refused write (or the app regaining focus) says so once, loudly (``lost``),
and nothing more is written.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QObject, QTime, Signal

from stemlead.core import trash
from stemlead.core.changes import EVERYTHING, Changes, changes_of
from stemlead.errors import DatabaseSwapped, StemLeadError
from stemlead.gui import tasks
from stemlead.gui.fmt import isolate
from stemlead.gui.widgets import confirm
from stemlead.store import Database

T = TypeVar("T")
UNDO_KEYS = "Ctrl+Shift+Z"  # Edit → Undo delete (ui/main_window.ui)


@dataclass(frozen=True)
class Outcome(Generic[T]):
    ok: bool
    value: T | None = None
    error: str = ""


class Session(QObject):
    saved = Signal(str)  # a status line: "Saved 10:42:07", "Imported 12 teachers"
    failed = Signal(str)  # an error sentence for the status line
    changed = Signal(object)  # the Changes (a frozenset of Kind) of a successful write
    restored = Signal()  # something came back from the trash: open pages refill their lists
    lost = Signal(object)  # DatabaseSwapped, once: the file is no longer the one we opened

    def __init__(self, db: Database) -> None:
        super().__init__()
        self.db = db
        self._deleted: list[tuple[int, str]] = []  # (trash entry, label)
        self._told_lost = False

    def write(self, fn: Callable[..., T], /, *args: Any, **kwargs: Any) -> Outcome[T]:
        """Call ``fn(db, *args, **kwargs)``: a core function that saves something and
        declares what it changes."""
        kinds = changes_of(fn)
        try:
            value = fn(self.db, *args, **kwargs)
        except DatabaseSwapped as exc:
            self._lose(exc)
            return Outcome(False, None, str(exc))
        except StemLeadError as exc:
            return self._failed(str(exc))
        except sqlite3.Error as exc:  # the disk, not the coach: full, read-only or failing
            return self._failed(f"Not saved: the database file could not be written ({exc}).")
        self.saved.emit(f"Saved {QTime.currentTime().toString('HH:mm:ss')}")
        self.changed.emit(kinds)
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

    def _failed(self, text: str) -> Outcome[Any]:
        self.failed.emit(text)
        return Outcome(False, None, text)

    def say(self, text: str, *, error: bool = False) -> None:
        """A line for the status bar about something done outside a write."""
        (self.failed if error else self.saved).emit(text)

    def refresh_all(self, kinds: Changes = EVERYTHING) -> None:
        """Tell open views that something outside a core write changed what they show
        (new settings change how dates and owners read)."""
        self.changed.emit(kinds)

    def delete(self, fn: Callable[[Database, int], int], item_id: int, label: str) -> bool:
        """Delete into the trash; Edit → Undo delete brings it back. When more goes with
        the item (a teacher's visits, a meeting's action items), the coach is asked first,
        told what; False when they chose not to."""
        question = self.delete_question(fn, item_id, label)
        if question and not self.confirm(question):
            return False
        outcome = self.write(fn, item_id)
        if outcome.ok and outcome.value is not None:
            self._deleted.append((outcome.value, label))
            self.saved.emit(f"Deleted “{isolate(label)}” — {UNDO_KEYS} to undo")
        return outcome.ok

    def delete_question(self, fn: Callable[[Database, int], int], item_id: int, label: str) -> str:
        """What to ask before deleting ``item_id`` with ``fn``: the item and what would go
        with it; "" when only the item would go (it is deleted at once, with undo)."""
        along = trash.what_goes(self.db, fn, item_id)
        if not along:
            return ""
        return (
            f"Delete {isolate(label)} and {confirm.listing(along)}? "
            f"You can undo this with {UNDO_KEYS}."
        )

    def confirm(self, question: str) -> bool:
        """Ask before a delete that takes more than the item (tests answer it as a coach)."""
        return confirm.ask(question, "Delete")

    def can_undo(self) -> bool:
        """Whether a delete of this session can still be undone."""
        return bool(self._deleted)

    def undo_delete(self) -> str | None:
        """Restore the most recent delete; return its label."""
        while self._deleted:
            entry, label = self._deleted.pop()
            if any(e.id == entry for e in trash.entries(self.db)):
                if self.write(trash.restore, entry).ok:
                    self.restored.emit()
                    self.saved.emit(f"Restored “{isolate(label)}”")
                    return label
                return None
        self.saved.emit("Nothing to undo")
        return None

    def restore_from_trash(self, entry_id: int) -> bool:
        ok = self.write(trash.restore, entry_id).ok
        if ok:
            self.restored.emit()
        return ok

    def read_in_background(
        self,
        work: Callable[[Database], T],
        on_done: Callable[[T], None],
        *,
        working: str = "Working…",
    ) -> None:
        """Run ``work`` on a read-only connection off the main thread (exports, backups,
        handouts); ``on_done`` gets its result on the main thread, and an error sentence
        goes to the status line."""
        try:
            reader = self.db.reader()
        except StemLeadError as exc:  # the file was swapped under us
            self.say(str(exc), error=True)
            return
        self.say(working)

        def done(result: Any) -> None:
            reader.close()
            on_done(result)

        def failed(message: str) -> None:
            reader.close()
            self.say(message, error=True)

        tasks.run_in_background(lambda: work(reader), done, failed)
