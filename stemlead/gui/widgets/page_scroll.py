"""A page (or a tab of one) that scrolls only when the window is smaller than it.

The content fills the scroll area; only below the content's minimum size does it keep
that size and scroll. A plain ``QScrollArea`` with ``widgetResizable`` gives content whose
layout has height-for-width (word-wrapped labels, forms that wrap their rows) its
*preferred* height instead, so on a small screen every text box stood at full size and a
short tab scrolled for a screen and a half.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget


class PageScroll(QScrollArea):
    """Use in Designer by promoting a QScrollArea (header ``stemlead.gui.widgets.page_scroll``)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(False)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields inside
        self._watched: QWidget | None = None

    def fit(self) -> None:
        """Give the content the viewport's size, but never less than its minimum."""
        content = self.widget()
        if content is None:
            return
        if content is not self._watched:  # a content widget set after construction
            content.installEventFilter(self)
            self._watched = content
        least = content.minimumSizeHint().expandedTo(content.minimumSize())
        room = self.viewport().size()
        content.resize(max(room.width(), least.width()), max(room.height(), least.height()))

    def viewportEvent(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:  # the window, or a scroll bar came or went
            self.fit()
        return super().viewportEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._watched and event.type() == QEvent.Type.LayoutRequest:
            self.fit()  # its minimum changed (a label rewrapped, a row appeared)
        return super().eventFilter(watched, event)
