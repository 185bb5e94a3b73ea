"""The one place that opens a STEM Lead database file.

Every connection gets the same settings: foreign keys on, WAL journal, durable commits
(``synchronous=FULL``: an evidence line typed before the lid closes is on disk), a busy
timeout, and no extension loading. Before SQLite touches a file we read its 100-byte header
ourselves, so a file from a newer STEM Lead, or one that is not ours, is refused without a
single byte changing.

While a file is open for writing we remember which file it is (device, inode, size and
modification time) and check before every write: if another program deleted, replaced or
overwrote it, the write is refused instead of vanishing into a file nobody will see again.
Checkpoints are ours (``wal_autocheckpoint=0``), so the main file changes only when we
say so and any other change to it is someone else's.
"""

from __future__ import annotations

import errno
import os
import sqlite3
import stat
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any, Literal

from stemlead.errors import (
    DamagedDatabase,
    DatabaseProblem,
    DatabaseSwapped,
    NotFound,
)
from stemlead.store.file_problems import (
    Identity,
    disk_full,
    disk_is_full,
    explain_sqlite_error,
    file_id,
    identity,
    open_problem,
    swapped,
)
from stemlead.store.header import APPLICATION_ID, FileHeader, read_header, refuse_newer
from stemlead.store.lock import AppLock
from stemlead.store.migrations import MIGRATIONS, Migration

_OWNER_ONLY = 0o600
CHECKPOINT_EVERY = 100  # commits; SQLite's own default is about every 1000 WAL pages

Mode = Literal["read", "write"]


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
        self._commits = 0  # since our last checkpoint
        self._seen: Identity | None = None  # the file as we left it; None: not watched
        self._journal: dict[Path, tuple[int, int]] = {}  # our -wal and -shm files
        self._swap: DatabaseSwapped | None = None  # what another program did to the file
        self._refusal: DatabaseProblem | None = None  # why writes are refused (damage)

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
        self.check_file()
        if self._refusal is not None:
            raise self._refusal
        try:
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
                self.conn.execute("COMMIT")  # may fail too (deferred foreign keys, a full disk)
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
        except sqlite3.DatabaseError as exc:  # the disk or the file, not the edit
            problem = explain_sqlite_error(exc, self.path)
            if problem is None:
                raise
            raise problem from exc
        self._commits += 1
        if self._seen is not None and self._commits >= CHECKPOINT_EVERY:
            self.checkpoint()

    # -- the file under us -----------------------------------------------------------------
    def watch(self) -> None:
        """Remember the file as it is now: from here on, only we change it."""
        self.conn.execute("PRAGMA wal_autocheckpoint = 0")
        self._seen = identity(self.path)
        self._journal = {
            journal: seen
            for suffix in ("-wal", "-shm")
            if (seen := file_id(journal := self.path.with_name(self.path.name + suffix)))
        }
        self._commits = 0

    def check_file(self) -> None:
        """Raise :class:`DatabaseSwapped` when the file at our path is no longer the one
        we opened, as we left it (checked before every write and when the app regains
        focus: one stat)."""
        if self._swap is None and self._seen is not None:
            now = identity(self.path)
            if now != self._seen:
                self._swap = swapped(self.path, self._seen, now)
        if self._swap is not None:
            raise self._swap

    @property
    def swapped(self) -> bool:
        return self._swap is not None

    def refuse_writes(self, problem: DatabaseProblem | None) -> None:
        """Keep reading, but refuse every write with ``problem`` (a damaged file opened
        read-only); None lifts the refusal."""
        self._refusal = problem

    def checkpoint(self) -> None:
        """Copy the WAL into the main file, after checking the file is still ours."""
        self.check_file()
        self.conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchall()
        self._commits = 0
        self._seen = identity(self.path)

    @property
    def version(self) -> int:
        return int(self.scalar("PRAGMA user_version"))

    def reader(self) -> Database:
        """A second, read-only connection for work off the GUI thread (exports, search).

        Refused once the file was swapped: a new connection would read the other file.
        """
        self.check_file()
        try:
            return Database(_connect(self.path, readonly=True), self.path, None)
        except sqlite3.DatabaseError as exc:
            raise open_problem(exc, self.path) from None

    def close(self) -> None:
        try:
            if self._seen is not None:
                with suppress(DatabaseProblem):
                    self.check_file()  # a file swapped since the last write is let go
            if self.swapped:
                self.disconnect()
                self._set_journal_aside()
            else:
                self.conn.close()
        finally:
            self._seen, self._swap, self._journal = None, None, {}  # closing twice is harmless
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def disconnect(self) -> None:
        """Close the connection without SQLite's checkpoint-on-close, keeping the lock, so
        the file and its ``-wal`` stay exactly as they are: a swapped file is not ours to
        write, and a damaged one is kept aside as it is before a backup replaces it.

        SQLite checkpoints only when the last connection closes: a read on a second,
        read-only connection keeps ours from being the last, and a read-only connection
        never checkpoints.
        """
        holder: sqlite3.Connection | None = None
        with suppress(sqlite3.Error):  # a deleted file has nothing left to protect
            holder = sqlite3.connect(
                f"{self.path.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None
            )
            holder.execute("BEGIN")
            holder.execute("PRAGMA user_version").fetchall()
        self.conn.close()
        if holder is not None:
            holder.close()

    def reconnect(self) -> None:
        """Open the file again under the lock still held, as opening it would (checks,
        upgrade, search index), keeping this object so everything holding it carries on."""
        self.conn = open_database(self.path, lock=self._lock).conn
        self._swap = self._refusal = None
        self.watch()

    def _set_journal_aside(self) -> None:
        """Our ``-wal`` beside a file that is no longer ours would be applied to it, so it
        goes to the backups folder: not deleted, since a file that was only touched (its
        time changed, not its bytes) would still need the edits it holds."""
        from stemlead.clock import now
        from stemlead.store.paths import backup_dir_for

        folder = backup_dir_for(self.path)
        for journal, seen in self._journal.items():
            if file_id(journal) != seen:
                continue
            if journal.name.endswith("-wal"):
                with suppress(OSError):
                    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
                    journal.replace(
                        folder / f"{self.path.stem}-unsaved-{now():%Y-%m-%d-%H%M%S}.db-wal"
                    )
            journal.unlink(
                missing_ok=True
            )  # the -shm (only an index), or a -wal that could not move

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _connect(path: Path, *, readonly: bool, exclusive: bool = False) -> sqlite3.Connection:
    """A connection with our settings. ``exclusive`` keeps the WAL index in memory instead
    of the ``-shm`` file, for reading from a disk too full to create one."""
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
    try:
        if exclusive:  # before anything reads the file
            conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute("PRAGMA temp_store = MEMORY")
        if not readonly and conn.execute("PRAGMA journal_mode = WAL").fetchone()[0] != "wal":
            raise DatabaseProblem(f"STEM Lead could not turn on safe journaling for {path}.")
    except BaseException:
        conn.close()  # now, not when the error's traceback lets go of it: it holds a lock
        raise
    return conn


def _check_fts5(conn: sqlite3.Connection) -> None:
    try:
        conn.execute("CREATE VIRTUAL TABLE temp.fts5_probe USING fts5(x)")
        conn.execute("DROP TABLE temp.fts5_probe")
    except sqlite3.OperationalError as exc:
        if "fts5" not in str(exc):
            raise
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
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabase(path, str(exc)) from None
    finally:
        conn.close()


def _has_foreign_tables(conn: sqlite3.Connection) -> bool:
    return bool(
        conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' LIMIT 1"
        ).fetchone()
    )


def _connect_to_read_or_write(path: Path, mode: Mode, writable: bool) -> sqlite3.Connection:
    try:
        return _connect(path, readonly=not writable)
    except sqlite3.DatabaseError as exc:
        if not (mode == "read" and writable and disk_is_full(path)):
            raise open_problem(exc, path) from None
    try:  # a full disk has no room for the -shm file: reading still works without one
        return _connect(path, readonly=False, exclusive=True)
    except sqlite3.DatabaseError as exc:
        raise open_problem(exc, path) from None


def _acquire(lock: AppLock, path: Path) -> None:
    try:
        lock.acquire()
    except OSError as exc:  # writing the lock file's one line
        if exc.errno != errno.ENOSPC:
            raise
        raise disk_full(path) from None


def open_database(
    path: Path | str,
    *,
    mode: Mode = "write",
    migrations: Sequence[Migration] = MIGRATIONS,
    lock: AppLock | None = None,
) -> Database:
    """Open (and create, migrate or refuse) the database at ``path``.

    ``mode="write"`` holds the one-app-per-file lock until :meth:`Database.close`, creates
    the file if it is missing, and refuses a read-only file. ``mode="read"`` takes no lock
    and never creates a file; it still upgrades an old file (under the lock) because a
    reader cannot make sense of an old schema. ``lock`` is one the caller already holds
    (a restore that replaced a file it could not open), handed over to the database.
    """
    path = Path(path).expanduser().absolute()
    _refuse_unopened(path, mode)
    writable = not path.exists() or os.access(path, os.W_OK)
    if mode == "write" and not writable:
        raise DatabaseProblem(
            f"{path} is read-only, so STEM Lead could not save your edits to it; make it "
            "writable or copy it somewhere you can write."
        )

    ours = lock is None  # a lock we take is ours to release if opening fails
    if mode == "write" and lock is None:
        lock = _lock_for_writing(path)
    try:
        if not path.exists():
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _OWNER_ONLY))
        conn = _connect_to_read_or_write(path, mode, writable)
        db = Database(conn, path, lock)
        try:
            _bring_up_to_date(db, migrations, mode=mode, writable=writable)
            if writable:
                _restrict_to_owner(path)
            if db._lock is not None:
                db.watch()
        except BaseException as exc:
            lock, db._lock = db._lock, None  # released below, if it is ours
            db.disconnect()  # a refused file is left as it was, -wal and all
            if isinstance(exc, sqlite3.DatabaseError):
                raise open_problem(exc, path) from None
            raise
    except BaseException:
        if lock is not None and ours:
            lock.release()
        raise
    return db


def _refuse_unopened(path: Path, mode: Mode) -> None:
    """Before SQLite touches the file: refuse a newer or foreign one, and (for reading) one
    that is missing or empty."""
    from stemlead.store.backup import has_backups

    header: FileHeader | None = None
    wal = path.with_name(path.name + "-wal")
    wal_live = wal.exists() and wal.stat().st_size > 0
    if path.exists():
        header = read_header(path, was_ours=has_backups)
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


def _lock_for_writing(path: Path) -> AppLock:
    try:
        path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    except OSError as exc:
        raise DatabaseProblem(
            f"STEM Lead cannot create the folder {path.parent}: {exc.strerror}."
        ) from None
    lock = AppLock(path)
    _acquire(lock, path)
    return lock


def _bring_up_to_date(
    db: Database, migrations: Sequence[Migration], *, mode: Mode, writable: bool
) -> None:
    """The open file is ours and not from a newer version; an older one is migrated, under
    the lock (taken for it, and given back after, when only reading)."""
    from stemlead.store import search_index
    from stemlead.store.migrate import migrate

    path = db.path
    _check_fts5(db.conn)
    version = db.version
    refuse_newer(path, version)
    app_id = int(db.scalar("PRAGMA application_id"))
    if app_id != APPLICATION_ID and (version or _has_foreign_tables(db.conn)):
        raise _foreign(path)
    if version >= migrations[-1].version and not search_index.is_stale(db):
        return
    if not writable:
        raise DatabaseProblem(
            f"{path} needs a one-time upgrade but is read-only; make it writable and open it again."
        )
    if db._lock is None:
        db._lock = AppLock(path)
        _acquire(db._lock, path)
    migrate(db, migrations)
    search_index.install(db)
    if mode == "read":
        db._lock.release()
        db._lock = None
