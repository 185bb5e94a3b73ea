"""Keys that Qt's widgets would otherwise keep for themselves.

Item views claim Space (and letters) for selection and type-ahead before any shortcut
sees them, so a QShortcut on Space never fires there; an event filter does. Text fields
claim their editing keys (Ctrl+Shift+Z is redo typing) before a menu's shortcut is tried;
:func:`through_text_fields` lets one action's keys past them.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget


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


class _ThroughTextFields(QObject):
    def __init__(self, action: QAction, window: QWidget, when: Callable[[], bool]) -> None:
        super().__init__(action)
        self._action = action
        self._window = window
        self._when = when

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and isinstance(watched, QWidget)
            and watched.window() is self._window
            and QKeySequence(event.keyCombination()) == self._action.shortcut()
            and self._when()
        ):
            event.ignore()  # not claimed by the field: the action's shortcut fires
            return True
        return False


def through_text_fields(action: QAction, window: QWidget, when: Callable[[], bool]) -> None:
    """Let ``action``'s shortcut reach it wherever the focus is in ``window``, a text field
    included, whenever ``when()`` (the field keeps the keys otherwise)."""
    app = QApplication.instance()
    assert app is not None
    app.installEventFilter(_ThroughTextFields(action, window, when))
