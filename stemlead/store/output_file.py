"""Writing the files STEM Lead makes: whole or not at all, and never over the database.

Every export, handout, backup copy and adopted logo is written through :func:`replacing`
(or :func:`write`), so the command line and the GUI follow the same rules:

- The destination may not be the open database, its ``-wal``/``-shm``/journal or lock
  file, or one of its backups. Files are compared by identity (device and inode), so a
  symlink, a hard link or another spelling of the path is recognised too.
- The bytes go first to a new file beside the destination made by ``tempfile.mkstemp``:
  an unpredictable name, created exclusively (``O_EXCL`` never opens a file or follows a
  link that someone else planted, even in a shared 1777 folder), owner-only. It is flushed
  to disk and renamed over the destination; on any failure it is removed and the
  destination is left as it was.

:func:`open_own` is the same care for files STEM Lead keeps reopening (its lock, the crash
log): never through a link, never a file another user made.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import BinaryIO

from stemlead.errors import ExportFailed
from stemlead.store.paths import backup_dir_for, lock_path_for

PRIVATE = 0o600
_NOFOLLOW = getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)  # a FIFO never blocks


@cache
def shared_mode() -> int:
    """The mode of a file meant for other people (a handout): what the user's umask allows.

    The umask can only be read by setting it; it is set to the strictest value for that
    instant, so a file another thread creates meanwhile is more private, never less.
    """
    mask = os.umask(0o077)
    os.umask(mask)
    return 0o666 & ~mask


class ForeignFile(PermissionError):
    """A file STEM Lead would reuse is a link, or was made by someone else."""


@dataclass(frozen=True)
class Output:
    """The temporary file being filled: ``file`` for bytes, ``path`` for writers that need a
    name (SQLite's backup API)."""

    path: Path
    file: BinaryIO


def _identity(path: Path) -> tuple[int, int | str] | None:
    """Device and inode (the real path where a file system has no inode numbers)."""
    try:
        found = path.stat()
    except (OSError, ValueError):
        return None
    return found.st_dev, found.st_ino or os.path.normcase(os.path.realpath(path))


def _same_file(a: Path, b: Path) -> bool:
    """One file, however it is reached; two names not yet made are the same when they are
    the same name in the same folder (a ``-wal`` SQLite will create later, say)."""
    first, second = _identity(a), _identity(b)
    if first is not None or second is not None:
        return first == second
    folder = _identity(a.parent)
    return a.name == b.name and folder is not None and folder == _identity(b.parent)


def _database_files(database: Path) -> Iterator[tuple[str, Path]]:
    """What must never be written over, by the path given and by the file it leads to."""
    name = database.name
    for base in dict.fromkeys((database.absolute(), database.resolve())):
        yield f"the database {name}", base
        for suffix in ("-wal", "-shm", "-journal"):
            yield f"a working file of the database {name}", base.with_name(base.name + suffix)
        yield f"the lock file of the database {name}", lock_path_for(base)
        try:
            kept = sorted(backup_dir_for(base).iterdir())
        except OSError:
            kept = []
        for path in kept:
            yield f"a backup of the database {name}", path


def refuse_database_files(dest: Path, database: Path, *, into_backups: bool = False) -> None:
    """Raise :class:`ExportFailed` when writing ``dest`` would replace the database at
    ``database`` or one of its files; ``into_backups`` lets automatic backups add a new
    file to the backups folder, which is closed to everything else."""
    for what, path in _database_files(database):
        if _same_file(dest, path):
            raise ExportFailed(
                f"{dest} is {what}, so STEM Lead will not write over it; choose another file name."
            )
    if not into_backups:
        folder = _identity(dest.parent)
        for base in (database.absolute(), database.resolve()):
            if folder is not None and folder == _identity(backup_dir_for(base)):
                raise ExportFailed(
                    f"{dest.parent} holds the backups of the database {database.name}; save "
                    f"{dest.name} in another folder."
                )


@contextmanager
def replacing(
    dest: Path | str,
    *,
    database: Path | None,
    mode: int = PRIVATE,
    make_folder: bool = False,
    into_backups: bool = False,
) -> Iterator[Output]:
    """Fill a new private temporary file beside ``dest``; when the block ends without an
    error, give it ``mode`` and rename it over ``dest``, otherwise remove it.

    ``database`` is the open database's path (None only where there is none), whose files
    are refused as destinations before anything is written.
    """
    target = Path(dest).expanduser().absolute()
    if target.is_dir():
        raise ExportFailed(f"{target} is a folder; give a file name to save into.")
    if database is not None:
        refuse_database_files(target, database, into_backups=into_backups)
    folder = target.parent
    try:
        if make_folder:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        elif not folder.is_dir():
            raise ExportFailed(
                f"STEM Lead could not write {target.name}: the folder {folder} does not exist."
            )
        handle, name = tempfile.mkstemp(prefix=f".{target.name[:80]}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise _cannot_write(target, exc) from None
    temporary = Path(name)
    try:
        with os.fdopen(handle, "wb") as out:
            yield Output(temporary, out)
            out.flush()
            if mode != PRIVATE:
                _set_mode(out.fileno(), temporary, mode)
            os.fsync(out.fileno())
        temporary.replace(target)
    except BaseException as exc:
        temporary.unlink(missing_ok=True)
        if isinstance(exc, OSError):
            raise _cannot_write(target, exc) from None
        raise
    _sync_folder(folder)


def write(dest: Path | str, data: bytes, *, database: Path | None, mode: int = PRIVATE) -> Path:
    """Write ``data`` to ``dest`` whole or not at all (see :func:`replacing`)."""
    with replacing(dest, database=database, mode=mode) as out:
        out.file.write(data)
    return Path(dest).expanduser().absolute()


def open_own(path: Path, flags: int) -> int:
    """Open (creating it owner-only if missing) a file that must be the user's own: never
    through a symlink, never a hard link to another file, never a file another user made.

    Returns the descriptor; raises :class:`ForeignFile` for a file that is not the user's.
    """
    try:
        fd = os.open(path, flags | os.O_CREAT | _NOFOLLOW | getattr(os, "O_CLOEXEC", 0), PRIVATE)
    except OSError:
        if path.is_symlink():
            raise ForeignFile(f"{path} is a link") from None
        raise
    found = os.fstat(fd)
    uid = getattr(os, "geteuid", None)
    if (
        not stat.S_ISREG(found.st_mode)
        or found.st_nlink != 1
        or (uid is not None and found.st_uid != uid())
    ):
        os.close(fd)
        raise ForeignFile(f"{path} is not a file of your own")
    return fd


def _cannot_write(target: Path, exc: OSError) -> ExportFailed:
    return ExportFailed(f"STEM Lead could not write {target}: {exc.strerror or exc}.")


def _set_mode(fd: int, path: Path, mode: int) -> None:
    if hasattr(os, "fchmod"):
        os.fchmod(fd, mode)
    else:  # pragma: no cover - Windows, where only the read-only bit exists
        path.chmod(mode)


def _sync_folder(folder: Path) -> None:
    """The rename itself reaches the disk (POSIX; Windows cannot open a folder)."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)
