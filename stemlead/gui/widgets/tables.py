"""The list table and its filter box, set up the same way in every section."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTableView

from stemlead.gui.models import RowsModel


def record_table(model: RowsModel, name: str) -> QTableView:
    """One row per record, selected whole; in the core's order until a heading is clicked;
    Tab leaves it (a 60-row table is one Tab, not 240)."""
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.horizontalHeader().setSortIndicator(-1, Qt.SortOrder.AscendingOrder)
    table.setSortingEnabled(True)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    table.horizontalHeader().setStretchLastSection(True)
    table.setTabKeyNavigation(False)  # Tab goes on to the next control; arrows move in here
    return table


def filter_box(model: RowsModel, what: str) -> QLineEdit:
    """A box that filters ``model`` as the coach types."""
    box = QLineEdit()
    box.setPlaceholderText(f"Filter {what} (Ctrl+F)")
    box.setAccessibleName(f"Filter {what}")
    box.setClearButtonEnabled(True)
    box.textChanged.connect(model.set_filter)
    return box
