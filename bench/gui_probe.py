"""Timing the real main window from the inside, for bench_sections.py and bench_stalls.py:
open it on a copy of a demo file, time an action until the view it shows is painted, and
watch the GUI thread for stalls while work runs.

Not a benchmark itself (``./dev bench`` runs it, and it does nothing).
"""

from __future__ import annotations

import faulthandler
import functools
import os
import shutil
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from types import FrameType

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from common import OUT, demo_file
from PySide6.QtCore import QEvent, QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from stemlead.gui.app import build_window, create_application
from stemlead.gui.main_window import MainWindow


@functools.cache  # the references are held by the cache
def _keep_none_alive() -> tuple[None, ...]:
    """PySide6 6.12.0 on Python 3.11 (where None is not immortal) drops a reference to None
    on calls such as QListWidget.addItem and QTableWidget.setItem; after some thousands of
    them the interpreter aborts ("Fatal Python error: none_dealloc"). Say so, and hold
    enough references for the measurements to finish."""
    from PySide6.QtWidgets import QListWidget

    probe = QListWidget()
    before = sys.getrefcount(None)
    for _ in range(100):
        probe.addItem("x")
    if sys.getrefcount(None) < before - 50:
        print("(warning: this PySide6 drops a reference to None per item added: the app")
        print(" itself aborts after some thousands; these benchmarks hold extra references)")
        return (None,) * 5_000_000  # a tuple of None: the garbage collector skips it
    return (None,)


def open_window(scale: int) -> MainWindow:
    """The real main window, shown offscreen at a laptop's size, on a fresh copy of the
    ``demo --scale`` file (so writes and backups never touch the shared one)."""
    tmp = OUT / f"in-app-{scale}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir(parents=True)
    path = tmp / f"scale-{scale}.db"
    shutil.copy(demo_file(scale), path)
    os.environ["STEMLEAD_CONFIG_DIR"] = str(tmp / "config")
    faulthandler.enable()  # a crash in Qt or PySide prints where it happened
    create_application()
    _keep_none_alive()
    window = build_window(path)
    assert isinstance(window, MainWindow)
    window.resize(1366, 800)
    window.show()
    wait_until(lambda: window.windowHandle().isExposed())
    settle()
    return window


def wait_until(done: Callable[[], bool], timeout: float = 60.0) -> None:
    """Run the event loop (as the app does, not a busy loop) until ``done()``."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(2)
    deadline = time.perf_counter() + timeout
    poll.timeout.connect(lambda: (done() or time.perf_counter() > deadline) and loop.quit())
    poll.start()
    if not done():
        loop.exec()
    poll.stop()
    if not done():
        raise TimeoutError(f"still waiting after {timeout:.0f} s")


def settle(seconds: float = 0.15) -> None:
    """Let timers started by the last action (rewraps, autosave) fire before the next one."""
    end = time.perf_counter() + seconds
    wait_until(lambda: time.perf_counter() >= end)


class _Painted(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.seen = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.seen = True
        return False


def until_painted(action: Callable[[], QWidget], timeout: float = 10.0) -> float:
    """Seconds from calling ``action`` (which returns the widget it brings up) until that
    widget has been painted: the moment the coach sees it."""
    start = time.perf_counter()
    widget = action()
    painted = _Painted()
    widget.installEventFilter(painted)
    while not painted.seen:
        QApplication.processEvents()
        if time.perf_counter() - start > timeout:
            raise TimeoutError(f"{type(widget).__name__} was not painted in {timeout:.0f} s")
    took = time.perf_counter() - start
    widget.removeEventFilter(painted)
    return took


def choose_file(path: Path) -> None:
    """Answer every save or open file chooser with ``path`` (the chooser is outside the
    app; the code around it is what is measured)."""
    answer = staticmethod(lambda *args, **kwargs: (str(path), ""))
    QFileDialog.getSaveFileName = answer
    QFileDialog.getOpenFileName = answer


# -- the watchdog ---------------------------------------------------------------------------
@dataclass
class Stall:
    longest: float  # seconds: the longest gap between two ticks of the GUI thread's timer
    where: list[tuple[str, int]]  # (stack, how many 100 ms samples caught it there)


class Watchdog(QObject):
    """A timer ticking every 5 ms on the GUI thread: the longest gap between two ticks is
    the longest the app could not answer a key press or repaint.

    A sampling thread looks at the GUI thread's Python stack once per ``sample_after``
    seconds of a stall: the call it is stuck in or, when it shows only the event loop (Qt's
    own work, or waiting for the GIL), what the other threads were running. (It takes the
    GIL to look: faulthandler's GIL-free dumps crashed the process mid-stall.)
    """

    def __init__(self, interval_ms: int = 5, sample_after: float = 0.1) -> None:
        super().__init__()
        self.sample_after = sample_after
        self.timer = QTimer(self)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self._tick)
        self.last = self.longest = 0.0
        self.taken = 0  # samples taken in the stall going on now
        self.found: Counter[str] = Counter()
        self.sampler: threading.Thread | None = None
        self.running = False

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.taken = 0

    def _sample(self) -> None:
        gui = threading.main_thread().ident
        while self.running:
            time.sleep(0.01)
            if time.perf_counter() - self.last < self.sample_after * (self.taken + 1):
                continue
            self.taken += 1
            stacks = {
                ident: _frames(frame)
                for ident, frame in sys._current_frames().items()
                if ident != threading.get_ident()
            }
            main = stacks.pop(gui, [])
            if main and Path(main[0][0]).name != Path(__file__).name:
                self.found["GUI thread: " + _chain(main)] += 1
            else:
                others = " | ".join(_chain(s) for s in stacks.values() if s) or "none"
                self.found["GUI thread in Qt's event loop; other threads: " + others] += 1

    def start(self) -> None:
        self.found.clear()
        self.longest = 0.0
        self.last = time.perf_counter()
        self.timer.start()
        self.running = True
        self.sampler = threading.Thread(target=self._sample, daemon=True)
        self.sampler.start()

    def stop(self) -> Stall:
        self.timer.stop()
        self.running = False
        assert self.sampler is not None
        self.sampler.join()
        return Stall(self.longest, self.found.most_common(3))


def _frames(frame: FrameType | None) -> list[tuple[str, int, str]]:
    """A stack as (file, line, function), innermost first."""
    frames = []
    while frame is not None:
        frames.append((frame.f_code.co_filename, frame.f_lineno, frame.f_code.co_name))
        frame = frame.f_back
    return frames


def _chain(frames: list[tuple[str, int, str]]) -> str:
    """The innermost frame, then the stemlead/ frames it was called from (innermost first),
    short enough to read."""

    def short(frame: tuple[str, int, str]) -> str:
        file, line, function = frame
        return f"{Path(file).name}:{line} {function}"

    ours = [f for f in frames[1:] if f"{os.sep}stemlead{os.sep}" in f[0]]
    return " <- ".join(short(f) for f in [frames[0], *ours[:3]])


def during(
    watchdog: Watchdog,
    start: Callable[[], object],
    done: Callable[[], bool] = lambda: True,
    after: float = 0.3,
) -> Stall:
    """Run ``start`` from the event loop (as a menu command runs), keep the loop going until
    ``done()`` and ``after`` seconds more (refreshes and timers it set off), and return the
    longest stall of the GUI thread in all that time."""
    finished = []
    watchdog.start()
    QTimer.singleShot(0, lambda: finished.append(start()))
    wait_until(lambda: bool(finished) and done())
    settle(after)
    return watchdog.stop()
