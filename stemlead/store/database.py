"""The one place that opens a STEM Lead database file.

Every connection gets the same settings: foreign keys on, WAL journal, durable commits
(``synchronous=FULL``: an evidence line typed before the lid closes is on disk), a busy
timeout, and no extension loading. Before SQLite touches a file we read its 100-byte header
ourselves, so a file from a newer STEM Lead, or one that is not ours, is refused without a
single byte changing.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from stemlead.errors import DatabaseProblem, NewerDatabase, NotFound
from stemlead.store.lock import AppLock
from stemlead.store.migrations import LATEST_VERSION, MIGRATIONS, Migration

APPLICATION_ID = 0x53544C44  # "STLD" in the SQLite header: marks the file as ours.
_SQLITE_MAGIC = b"SQLite format 3\x00"
_OWNER_ONLY = 0o600

Mode = Literal["read", "write"]


@dataclass(frozen=True)
class FileHeader:
    user_version: int
    application_id: int


def read_header(path: Path) -> FileHeader | None:
    """The schema version and application id from the file header; None for an empty file.

    Raises DatabaseProblem for anything that is not an SQLite database.
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
    if len(head) < 100 or not head.startswith(_SQLITE_MAGIC):
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


def _foreign(path: Path) -> DatabaseProblem:
    return DatabaseProblem(
        f"{path} is an SQLite database from another program, not a STEM Lead database."
    )


class Database:
    """An open STEM Lead database: a connection plus the rules for writing to it."""

    def __init__(self, conn: sqlite3.Connection, path: Path, lock: AppLock | None) -> None:
        self.conn = conn
        self.path = path
        self._lock = lock
        self._savepoints = 0

    # -- reading ---------------------------------------------------------------------------
    def execute(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Cursor:
        return self.conn.execute(sql, params)

    def query(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> list[sqlite3.Row]:
        return self.conn.execute(sql, params).fetchall()

    def one(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> sqlite3.Row | None:
        row: sqlite3.Row | None = self.conn.execute(sql, params).fetchone()
        return row

    def scalar(self, sql: str, params: Sequence[Any] | dict[str, Any] = ()) -> Any:
        row = self.conn.execute(sql, params).fetchone()
        return None if row is None else row[0]

    # -- writing ---------------------------------------------------------------------------
    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """All-or-nothing writes; nested calls become savepoints.

        ``BEGIN IMMEDIATE`` takes the write lock up front, so a busy file fails at the start
        of an edit instead of half-way through it.
        """
        if self.conn.in_transaction:
            self._savepoints += 1
            name = f"sp{self._savepoints}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                self.conn.execute(f"ROLLBACK TO {name}")
                self.conn.execute(f"RELEASE {name}")
                raise
            else:
                self.conn.execute(f"RELEASE {name}")
            finally:
                self._savepoints -= 1
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
            self.conn.execute("COMMIT")  # may fail too (deferred foreign keys, a full disk)
        except BaseException:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise

    @property
    def version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def reader(self) -> Database:
        """A second, read-only connection for work off the GUI thread (exports, search)."""
        return Database(_connect(self.path, readonly=True), self.path, None)

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _connect(path: Path, *, readonly: bool) -> sqlite3.Connection:
    if readonly:
        conn = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro",
            uri=True,
            isolation_level=None,
            check_same_thread=False,
        )
    else:
        conn = sqlite3.connect(path, isolation_level=None)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA temp_store = MEMORY")
    if not readonly:
        mode = conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if mode != "wal":
            conn.close()
            raise DatabaseProblem(f"STEM Lead could not turn on safe journaling for {path}.")
    return conn


def _check_fts5(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")
        conn.execute("DROP TABLE temp.fts5_probe")
    except sqlite3.OperationalError:
        raise DatabaseProblem(
            f"This Python's SQLite ({sqlite3.sqlite_version}) lacks full-text search (FTS5), "
            "which STEM Lead needs; install a Python from python.org or use the STEM Lead app."
        ) from None


def _restrict_to_owner(path: Path) -> None:
    """A shared school laptop: the database and its journal files are the coach's alone."""
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        try:
            mode = stat.S_IMODE(candidate.stat().st_mode)
            if mode & 0o077:
                candidate.chmod(mode & ~0o077)
        except OSError:
            pass


def _has_tables_untouched(path: Path) -> bool:
    """Look inside a file without changing it (no WAL switch, no journal)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return _has_foreign_tables(conn)
    except sqlite3.DatabaseError:
        raise DatabaseProblem(f"{path} is damaged or not a STEM Lead database.") from None
    finally:
        conn.close()


def _has_foreign_tables(conn: sqlite3.Connection) -> bool:
    return bool(
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1"
        ).fetchone()
    )


def open_database(
    path: Path | str,
    *,
    mode: Mode = "write",
    migrations: Sequence[Migration] = MIGRATIONS,
) -> Database:
    """Open (and create, migrate or refuse) the database at ``path``.

    ``mode="write"`` holds the one-app-per-file lock until :meth:`Database.close`, creates
    the file if it is missing, and refuses a read-only file. ``mode="read"`` takes no lock
    and never creates a file; it still upgrades an old file (under the lock) because a
    reader cannot make sense of an old schema.
    """
    from stemlead.store import search_index
    from stemlead.store.migrate import migrate

    path = Path(path).expanduser().absolute()
    latest = migrations[-1].version
    header: FileHeader | None = None
    wal = path.with_name(path.name + "-wal")
    wal_live = wal.exists() and wal.stat().st_size > 0
    if path.exists():
        header = read_header(path)
        # With a live -wal file the header may be stale; the checks after connecting decide.
        if header is not None and not wal_live:
            if header.application_id != APPLICATION_ID and (
                header.application_id or header.user_version or _has_tables_untouched(path)
            ):
                raise _foreign(path)
            refuse_newer(path, header.user_version)
    if mode == "read" and header is None and not wal_live:  # missing or empty: nothing yet
        raise NotFound(
            f"There is no STEM Lead database at {path} yet; open the app or run "
            "'stemlead demo' to create one."
        )

    writable = not path.exists() or os.access(path, os.W_OK)
    if mode == "write" and not writable:
        raise DatabaseProblem(
            f"{path} is read-only, so STEM Lead could not save your edits to it; make it "
            "writable or copy it somewhere you can write."
        )

    lock: AppLock | None = None
    if mode == "write":
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise DatabaseProblem(
                f"STEM Lead cannot create the folder {path.parent}: {exc.strerror}."
            ) from None
        lock = AppLock(path)
        lock.acquire()
    try:
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _OWNER_ONLY))
        try:
            conn = _connect(path, readonly=not writable)
        except sqlite3.DatabaseError as exc:
            raise DatabaseProblem(f"STEM Lead could not open {path}: {exc}.") from None
        db = Database(conn, path, lock)
        try:
            _check_fts5(conn)
            version = db.version
            refuse_newer(path, version)
            app_id = int(db.scalar("PRAGMA application_id"))
            if app_id != APPLICATION_ID and (version or _has_foreign_tables(conn)):
                raise _foreign(path)
            if version < latest or search_index.is_stale(db):
                if not writable:
                    raise DatabaseProblem(
                        f"{path} needs a one-time upgrade but is read-only; make it writable "
                        "and open it again."
                    )
                if lock is None:
                    db._lock = lock = AppLock(path)
                    lock.acquire()
                migrate(db, migrations)
                search_index.install(db)
                if mode == "read":
                    lock.release()
                    db._lock = None
            if writable:
                _restrict_to_owner(path)
        except BaseException:
            db.close()
            raise
    except BaseException:
        if lock is not None:
            lock.release()
        raise
    return db
