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

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from stemlead.core.fields import DateField, Field
from stemlead.gui.style import mark
from stemlead.gui.widgets.dates import DateBox

PAUSE_MS = 500
Saver = Callable[[object], bool]
Show = Callable[[Any], None]
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

    def picked(self, *_: object) -> None:
        """An edit that is whole at once (a choice picked, a box ticked): saved now."""
        self.edited()
        self.flush()

    def flush(self) -> None:
        self._timer.stop()
        if not self._dirty:
            return
        self._dirty = False
        _pending.discard(self)
        self._mark(valid=self._save(self._read()))

    def _mark(self, *, valid: bool) -> None:
        mark(self.widget, "invalid", not valid)

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


def bind(widget: QWidget, field: Field, save: Saver) -> tuple[Binding, Show]:
    """Bind ``widget`` to one field: how the widget is read, shown and watched follows from
    the widget's type and the core field's (a list joined in a line, an optional date, a
    choice kept by its stored value). Returns the binding and how to show a stored value."""
    if isinstance(widget, DateBox):
        widget.set_optional(isinstance(field, DateField) and not field.required)
        binding = Binding(widget, save, widget.iso)
        widget.dateChanged.connect(binding.edited)
        widget.editingFinished.connect(binding.flush)
        return binding, widget.set_iso
    if isinstance(widget, QLineEdit):
        binding = Binding(widget, save, widget.text)
        widget.textEdited.connect(binding.edited)
        widget.editingFinished.connect(binding.flush)
        return binding, lambda value: widget.setText(field.display(value))
    if isinstance(widget, QPlainTextEdit):
        binding = Binding(widget, save, widget.toPlainText)
        widget.textChanged.connect(binding.edited)
        return binding, lambda value: widget.setPlainText(value or "")
    if isinstance(widget, QComboBox) and widget.isEditable():
        binding = Binding(widget, save, widget.currentText)
        widget.editTextChanged.connect(binding.edited)
        widget.activated.connect(binding.picked)
        line = widget.lineEdit()
        assert line is not None  # an editable combo box has one
        line.editingFinished.connect(binding.flush)
        return binding, lambda value: widget.setEditText(field.display(value))
    if isinstance(widget, QComboBox):  # a fixed list: items carry the stored value as data
        binding = Binding(widget, save, widget.currentData)
        widget.activated.connect(binding.picked)
        return binding, lambda value: widget.setCurrentIndex(max(0, widget.findData(value)))
    if isinstance(widget, QCheckBox):
        binding = Binding(widget, save, widget.isChecked)
        widget.toggled.connect(binding.picked)
        return binding, lambda value: widget.setChecked(bool(value))
    if isinstance(widget, QSpinBox):
        binding = Binding(widget, save, widget.value)
        widget.valueChanged.connect(binding.edited)
        widget.editingFinished.connect(binding.flush)
        return binding, lambda value: widget.setValue(int(value or 0))
    raise TypeError(f"autosave cannot bind a {type(widget).__name__} to {field.label}")
