"""Windows that fit the screen they open on: a 1366×768 school laptop, at 100% or at 150%
(where the screen is 911×512 in Qt's units).

:func:`fit_to_screen` keeps a window's frame inside the available screen, smaller and moved
in if need be; a dialog whose contents cannot shrink that far gets them in a scroll area,
its buttons kept below, always in view. :func:`keep_windows_on_screen` does this for every
window and dialog the app shows, when it is shown, so no dialog needs a size of its own.
:func:`scrolling` puts a page in a scroll area, so that a page that cannot shrink scrolls
instead of growing the main window past the screen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

FRAMED_MS = 150  # by then a window manager has put its frame (title bar) around a window
_SCROLLED = "fitScrolls"  # set on a dialog whose contents were put in a scroll area


def available(window: QWidget) -> QRect:
    """The part of the window's screen that windows may use (no panels, no dock).

    The screen is found by where the window is, not with ``window.screen()``: the wrapper
    PySide 6.11 makes for that screen is kept by the window's wrapper, and a garbage
    collection that frees the two together was seen to delete the QScreen itself (a crash
    in the next widget made; tests/test_accessibility.py walked into it every time)."""
    screen = QGuiApplication.screenAt(window.geometry().center())
    return (screen or QGuiApplication.primaryScreen()).availableGeometry()


def _frame_extra(window: QWidget) -> QSize:
    """How much the window manager's frame adds around the window (0 until it is known)."""
    extra = window.frameGeometry().size() - window.geometry().size()
    return QSize(max(0, extra.width()), max(0, extra.height()))


def fit_to_screen(window: QWidget) -> None:
    """Keep ``window``'s frame inside the available screen: no bigger than it (a dialog
    that cannot shrink enough scrolls its contents) and moved onto it."""
    room = available(window)
    limit = room.size() - _frame_extra(window)
    if isinstance(window, QDialog) and not _fits(window.minimumSizeHint(), limit):
        _scroll_contents(window)
    if not _fits(window.minimumSize(), limit):  # a form's minimum, set for a bigger screen
        window.setMinimumSize(window.minimumSize().boundedTo(limit))
    size = window.size().boundedTo(limit)
    if size != window.size():
        centre = window.frameGeometry().center()
        window.resize(size)
        frame = window.frameGeometry()
        frame.moveCenter(centre)
    else:
        frame = window.frameGeometry()
    x = max(room.left(), min(frame.x(), room.right() + 1 - frame.width()))
    y = max(room.top(), min(frame.y(), room.bottom() + 1 - frame.height()))
    if QPoint(x, y) != window.frameGeometry().topLeft():
        window.move(x, y)


def _fits(size: QSize, limit: QSize) -> bool:
    return size.width() <= limit.width() and size.height() <= limit.height()


def _scroll_contents(dialog: QDialog) -> None:
    """Move the dialog's contents into a scroll area, leaving its button boxes below it."""
    layout = dialog.layout()
    if layout is None or dialog.property(_SCROLLED):
        return
    dialog.setProperty(_SCROLLED, True)
    boxes = [
        box
        for box in dialog.findChildren(QDialogButtonBox)
        if box.parentWidget() is dialog and layout.indexOf(box) >= 0
    ]
    contents = QWidget()
    contents.setLayout(layout)  # takes the layout, and the widgets in it, from the dialog
    for box in boxes:
        layout.removeWidget(box)
    outer = QVBoxLayout(dialog)
    outer.addWidget(scrolling(contents), 1)
    for box in boxes:
        outer.addWidget(box)


def scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area that takes no focus of its own: it scrolls only
    when the room is smaller than the page's minimum, and keeps the focused field in view."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(page)
    return area


class _FitOnShow(QObject):
    """Fits each window and dialog as it is shown (before it reaches the screen)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.Show
            and isinstance(watched, QWidget)
            and watched.isWindow()
            and watched.windowType() in (Qt.WindowType.Window, Qt.WindowType.Dialog)
        ):
            fit_to_screen(watched)
            if _frame_extra(watched).isNull():  # the window manager frames it once mapped
                QTimer.singleShot(FRAMED_MS, watched, lambda: fit_to_screen(watched))
        return False


def keep_windows_on_screen(app: QApplication) -> None:
    """Fit every window and dialog ``app`` shows from now on (once per app)."""
    if app.property("fitsWindows"):
        return
    app.setProperty("fitsWindows", True)
    fitter = _FitOnShow(app)
    app.installEventFilter(fitter)
