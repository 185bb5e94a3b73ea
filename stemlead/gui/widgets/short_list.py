"""Short lists on a page (a teacher's cycles, a cycle's visits, Today's sections): one line
per row, cut with "…" at the page's width (the whole text in its tooltip), and as tall as
their rows up to a few, then they scroll. A list wider or taller than the page would
widen the window or push the rest of the page away on a small screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem

MOST_ROWS = 6


def shorten(widget: QListWidget) -> None:
    """Set a list up as a short list: no sideways scrolling, Tab leaves it."""
    widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    widget.setTextElideMode(Qt.TextElideMode.ElideRight)
    widget.setWordWrap(False)
    widget.setTabKeyNavigation(False)


def add_row(widget: QListWidget, text: str, data: object = None) -> QListWidgetItem:
    """A row whose whole text shows as its tooltip (the row itself may be cut)."""
    item = QListWidgetItem(text)
    item.setToolTip(text)
    if data is not None:
        item.setData(Qt.ItemDataRole.UserRole, data)
    widget.addItem(item)
    return item


def fill(widget: QListWidget, empty: str, rows: list[tuple[str, tuple[str, int]]]) -> None:
    """Rows of (text, the item it opens); ``empty`` (not selectable) when there are none."""
    widget.clear()
    for text, target in rows:
        add_row(widget, text, target)
    if not rows:
        add_row(widget, empty).setFlags(Qt.ItemFlag.NoItemFlags)
    fit_rows(widget)


def fit_rows(widget: QListWidget, most: int = MOST_ROWS) -> None:
    """As tall as its rows: at least one, at most ``most``."""
    rows = min(max(widget.count(), 1), most)
    row = widget.sizeHintForRow(0) if widget.count() else widget.fontMetrics().height() + 4
    widget.setFixedHeight(rows * (row + 2) + 2 * widget.frameWidth() + 4)
