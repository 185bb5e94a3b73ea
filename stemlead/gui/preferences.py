"""Settings that change how the app looks: time format and the first day of the week."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QApplication, QCalendarWidget

from stemlead.core import settings
from stemlead.gui import fmt
from stemlead.store import Database


class _WeekStart(QObject):
    """Every calendar pop-up starts its weeks on the coach's chosen day."""

    day = Qt.DayOfWeek.Monday

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Polish and isinstance(watched, QCalendarWidget):
            watched.setFirstDayOfWeek(self.day)
        return False


_week_start = _WeekStart()


def apply(db: Database) -> None:
    values = settings.get_all(db)
    fmt.configure(time_format=values["time_format"])
    _week_start.day = (
        Qt.DayOfWeek.Sunday if values["week_start"] == "sunday" else Qt.DayOfWeek.Monday
    )
    app = QApplication.instance()
    if app is not None and not getattr(app, "_stemlead_week_filter", False):
        app.installEventFilter(_week_start)
        app._stemlead_week_filter = True  # type: ignore[attr-defined]
