"""Long work off the main thread (backups, exports, import plans).

The work is a plain function, usually of a read-only database connection; its result or
its error sentence comes back on the main thread through a signal, and so does its
progress when it reports any. Widgets are never touched from the worker.
"""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from stemlead.core.progress import Progress
from stemlead.errors import StemLeadError


class Cancelled(Exception):
    """Raised inside cancelled work at its next progress report, to stop it there."""


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)


class Task(QRunnable):
    """Work running in the background; :meth:`cancel` stops it at its next progress report,
    and nothing more is heard from it."""

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()
        self._cancelled = threading.Event()
        self._percent = -1

    def cancel(self) -> None:
        self._cancelled.set()

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set()

    def report(self, done: int, total: int) -> None:
        """The work's progress callback, on the worker thread: passed on to the main
        thread once per percent, so the event queue never floods."""
        if self.cancelled:
            raise Cancelled
        percent = 100 * done // total if total > 0 else 100
        if percent != self._percent:
            self._percent = percent
            self._emit(self.signals.progress, done, total)

    def run(self) -> None:
        try:
            result = self.work(self.report)
        except Cancelled:
            self._emit(self.signals.failed, "")  # heard by nobody: it only ends the task
        except StemLeadError as exc:
            self._emit(self.signals.failed, str(exc))
        except OSError as exc:
            self._emit(self.signals.failed, f"{exc.strerror or exc}.")
        else:
            self._emit(self.signals.done, result)

    @staticmethod
    def _emit(signal: Any, *values: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the app closed while the work ran
            signal.emit(*values)


_running: set[Task] = set()
SHUTDOWN_WAIT_MS = 30_000  # a handout of hundreds of pages is the longest work there is


def finish_background_work() -> None:
    """Let work still running end before the process does: Python tearing itself down
    under a worker that is building a handout or reading the database crashes the process
    (seen: segmentation faults at exit). Cancelled work stops at its next report."""
    for task in list(_running):
        task.cancel()
    QThreadPool.globalInstance().waitForDone(SHUTDOWN_WAIT_MS)


def run_in_background(
    work: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[str], None]
) -> Task:
    """Run ``work()`` on a worker thread; its result or error sentence comes back to
    ``on_done`` or ``on_failed`` on the main thread."""
    return run_with_progress(lambda report: work(), on_done, on_failed)


def run_with_progress(
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_failed: Callable[[str], None],
    on_progress: Progress | None = None,
) -> Task:
    """Run ``work(report)`` on a worker thread: each ``report(done, total)`` it makes
    reaches ``on_progress`` on the main thread. Once the task is cancelled none of the
    callbacks is called again."""
    task = Task(work)
    _running.add(task)
    task.setAutoDelete(False)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(task)
        if not task.cancelled:
            callback(value)

    def progressed(done: int, total: int) -> None:
        if on_progress is not None and not task.cancelled:
            on_progress(done, total)

    task.signals.done.connect(lambda value: finish(on_done, value))
    task.signals.failed.connect(lambda message: finish(on_failed, message))
    task.signals.progress.connect(progressed)
    QThreadPool.globalInstance().start(task)
    return task
