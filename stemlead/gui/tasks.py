"""Long work off the main thread (backups, exports, imports).

The work is a plain function of a read-only database connection; its result or its error
sentence comes back on the main thread through a signal. Widgets are never touched from
the worker.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from stemlead.errors import StemLeadError


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(str)


class _Task(QRunnable):
    def __init__(self, work: Callable[[], Any]) -> None:
        super().__init__()
        self.work = work
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work()
        except StemLeadError as exc:
            self._emit(self.signals.failed, str(exc))
        except OSError as exc:
            self._emit(self.signals.failed, f"{exc.strerror or exc}.")
        else:
            self._emit(self.signals.done, result)

    @staticmethod
    def _emit(signal: Any, value: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the app closed while the work ran
            signal.emit(value)


_running: set[_Task] = set()


def run_in_background(
    work: Callable[[], Any], on_done: Callable[[Any], None], on_failed: Callable[[str], None]
) -> None:
    task = _Task(work)
    _running.add(task)
    task.setAutoDelete(False)

    def finish(callback: Callable[[Any], None], value: Any) -> None:
        _running.discard(task)
        callback(value)

    task.signals.done.connect(lambda value: finish(on_done, value))
    task.signals.failed.connect(lambda message: finish(on_failed, message))
    QThreadPool.globalInstance().start(task)
