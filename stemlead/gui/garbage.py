"""Python's cycle collector, run only on the GUI thread.

The collector runs in whichever thread happens to allocate when a threshold is crossed. In
the app that is often a worker building a handout or reading an import, and a cycle it
frees may hold Qt objects (a closed dialog, a page's widgets): their C++ destructors then
run off the GUI thread, and the app crashes a moment later somewhere unrelated (seen here:
segmentation faults in reportlab and sqlite3 while a preview was built). So automatic
collection is off, and a timer on the GUI thread collects when the thresholds say so.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 500  # often enough that memory never piles up; one check costs microseconds


class MainThreadCollector(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.collect_if_due)
        self._timer.start()

    @staticmethod
    def collect_if_due() -> None:
        """Collect the oldest generation whose count passed its threshold (as Python would)."""
        counts, thresholds = gc.get_count(), gc.get_threshold()
        due = [g for g in range(3) if counts[g] > thresholds[g]]
        if due:
            gc.collect(max(due))


def collect_on_gui_thread(app: QObject) -> None:
    """Install the collector once for ``app`` (making the app again installs nothing)."""
    if app.findChild(MainThreadCollector) is None:
        MainThreadCollector(app)
