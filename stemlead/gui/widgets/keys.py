"""Keys for list widgets that Qt's item views would otherwise keep for themselves.

Item views claim Space (and letters) for selection and type-ahead before any shortcut
sees them, so a QShortcut on Space never fires there; an event filter does.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget


class _KeyFilter(QObject):
    def __init__(self, widget: QWidget, key: Qt.Key, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._key = key
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == self._key
            and event.modifiers() == Qt.KeyboardModifier.NoModifier
        ):
            self._callback()
            return True
        return False


def on_key(widget: QWidget, key: Qt.Key, callback: Callable[[], None]) -> None:
    """Call ``callback`` when ``key`` is pressed (without modifiers) in ``widget``."""
    _KeyFilter(widget, key, callback)
