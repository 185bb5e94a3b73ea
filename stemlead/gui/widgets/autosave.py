"""Saving as the coach types: there is no Save button anywhere.

A bound field saves after a short pause in typing and whenever focus leaves it, so a kill
or a closed lid costs at most the last fraction of a second. A value the core refuses
keeps its text, turns the field's border red and puts the reason in the status line; the
database keeps the last good value.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from weakref import WeakSet

from PySide6.QtCore import QDate, QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

PAUSE_MS = 500
Saver = Callable[[object], bool]
_pending: WeakSet[Binding] = WeakSet()


class Binding(QObject):
    """One widget bound to one save function."""

    def __init__(self, widget: QWidget, save: Saver, read: Callable[[], object]) -> None:
        super().__init__(widget)
        self.widget = widget
        self._save = save
        self._read = read
        self._loading = False
        self._dirty = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(PAUSE_MS)
        self._timer.timeout.connect(self.flush)
        widget.installEventFilter(self)

    def load(self, setter: Callable[[], None]) -> None:
        """Put a stored value in the widget without saving it back."""
        self._timer.stop()
        self._dirty = False
        self._loading = True
        try:
            setter()
        finally:
            self._loading = False
        self._mark(valid=True)

    def edited(self, *_: object) -> None:
        if self._loading:
            return
        self._dirty = True
        _pending.add(self)
        self._timer.start()

    def flush(self) -> None:
        self._timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        _pending.discard(self)
        self._mark(valid=self._save(self._read()))

    def _mark(self, *, valid: bool) -> None:
        if self.widget.property("invalid") != (not valid):
            self.widget.setProperty("invalid", not valid)
            self.widget.style().unpolish(self.widget)
            self.widget.style().polish(self.widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False


def flush_all() -> None:
    """Save every field with unsaved typing (before closing, switching views or files)."""
    from shiboken6 import isValid

    for binding in list(_pending):
        if isValid(binding) and isValid(binding.widget):
            binding.flush()
        else:  # its widget is gone (a closed window): nothing left to read the text from
            _pending.discard(binding)


def bind_line(widget: QLineEdit, save: Saver) -> Binding:
    binding = Binding(widget, save, widget.text)
    widget.textEdited.connect(binding.edited)
    widget.editingFinished.connect(binding.flush)
    return binding


def bind_text(widget: QPlainTextEdit, save: Saver) -> Binding:
    binding = Binding(widget, save, widget.toPlainText)
    widget.textChanged.connect(binding.edited)
    return binding


def bind_combo_text(widget: QComboBox, save: Saver) -> Binding:
    binding = Binding(widget, save, widget.currentText)
    widget.editTextChanged.connect(binding.edited)
    widget.activated.connect(lambda _: (binding.edited(), binding.flush()))
    if widget.lineEdit() is not None:
        widget.lineEdit().editingFinished.connect(binding.flush)
    return binding


def bind_check(widget: QCheckBox, save: Saver) -> Binding:
    binding = Binding(widget, save, widget.isChecked)
    widget.toggled.connect(lambda _: (binding.edited(), binding.flush()))
    return binding


def bind_spin(widget: QSpinBox, save: Saver) -> Binding:
    binding = Binding(widget, save, widget.value)
    widget.valueChanged.connect(binding.edited)
    widget.editingFinished.connect(binding.flush)
    return binding


def bind_date(widget: QDateEdit, save: Saver) -> Binding:
    def read() -> object:
        value: QDate = widget.date()
        return None if value == widget.minimumDate() else value.toString("yyyy-MM-dd")

    binding = Binding(widget, save, read)
    widget.dateChanged.connect(binding.edited)
    widget.editingFinished.connect(binding.flush)
    return binding


Bindings = dict[str, tuple[Binding, Callable[[Any], object]]]


def load_fields(bindings: Bindings, record: object) -> None:
    """Show a record's values in its bound fields (``{field: (binding, setter)}``) without
    saving them back."""
    for field, (binding, setter) in bindings.items():
        value = getattr(record, field)
        binding.load(lambda setter=setter, value=value: setter(value))
