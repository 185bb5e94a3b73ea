"""One app at a time per database file.

A small OS-level lock on ``<database>.lock``: the operating system drops it when the
process ends, even on SIGKILL or a power cut, so a stale lock never blocks the coach. The
lock sits beside the file a symlink leads to, so the same database opened through a link
is still "already open"; and it is opened without following links and only when it is the
coach's own file, so one planted in a shared folder is never truncated.

Written by hand rather than with the ``filelock`` package because that package costs
about 40 ms to import, which every start of the app and every write command would pay.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

from stemlead.errors import DatabaseInUse, DatabaseProblem
from stemlead.store.output_file import ForeignFile, open_own
from stemlead.store.paths import lock_path_for


class AppLock:
    """An exclusive, non-blocking lock held while a database is open for writing."""

    def __init__(self, database: Path) -> None:
        self.path = lock_path_for(database)
        self._fd: int | None = None

    def acquire(self) -> None:
        try:
            fd = open_own(self.path, os.O_RDWR)
        except ForeignFile:
            raise DatabaseProblem(
                f"{self.path} is not STEM Lead's own lock file (it is a link, or belongs to "
                "someone else); remove it, or keep the database in a folder of your own."
            ) from None
        except OSError as exc:
            raise DatabaseProblem(
                f"STEM Lead cannot create its lock file beside the database ({self.path}): "
                f"{exc.strerror}."
            ) from None
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            raise DatabaseInUse(
                f"{self.path.with_suffix('').name} is already open in another STEM Lead "
                "window or command; close that one first so nothing is overwritten."
            ) from None
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n".encode())
        self._fd = fd

    def release(self) -> None:
        if self._fd is not None:
            _unlock(self._fd)
            os.close(self._fd)
            self._fd = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def __enter__(self) -> AppLock:
        self.acquire()
        return self

    def __exit__(self, *exc: object) -> None:
        self.release()


if sys.platform == "win32":  # pragma: no cover - exercised on Windows builds only
    import msvcrt

    def _lock(fd: int) -> None:
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
