"""Progress of long work (reading an import file), told to whoever asked as plain numbers.

Core functions take an optional ``progress(done, total)`` callback; the GUI passes one that
moves a progress bar (and raises to stop the work when the coach presses Cancel), the
command line passes none. No Qt here.
"""

from __future__ import annotations

from collections.abc import Callable

Progress = Callable[[int, int], None]
"""Told ``(done, total)`` now and then during long work; it may raise to stop the work."""


def reporter(progress: Progress | None, total: int) -> Callable[[int], None]:
    """``report(done)`` for work of ``total`` steps: passes it on to ``progress`` each
    time it has moved by half a percent (so a million rows make 200 calls, not a million),
    and always when the work is done."""
    if progress is None:
        return lambda done: None
    step = max(1, total // 200)
    next_at = 0

    def report(done: int) -> None:
        nonlocal next_at
        if done >= next_at or done >= total:
            next_at = done + step
            progress(min(done, total), total)

    return report
