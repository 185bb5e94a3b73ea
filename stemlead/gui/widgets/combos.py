"""Editable drop-downs where the coach types part of a name and picks from the list."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLineEdit


def chosen_data(combo: QComboBox) -> Any:
    """The data of the entry the coach chose, or None if the text names no entry.

    The current entry wins when its text matches, so of two people with the same name the
    one picked is the one used; typed text falls back to the first exact match.
    """
    text = combo.currentText().strip()
    index = combo.currentIndex()
    if index < 0 or combo.itemText(index).casefold() != text.casefold():
        index = combo.findText(text, Qt.MatchFlag.MatchFixedString)
    return combo.itemData(index) if index >= 0 else None


def line_of(combo: QComboBox) -> QLineEdit:
    """The text box of an editable combo box (which always has one)."""
    line = combo.lineEdit()
    assert line is not None, "line_of() needs an editable combo box"
    return line
