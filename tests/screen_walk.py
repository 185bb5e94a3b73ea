"""Every page and dialog of the app, reached the way a coach reaches them, for the tests
that check all of them (tests/test_laptop_screen.py, tests/test_accessibility.py).

``walk(window, visit)`` shows every section of ``main_window.SECTIONS`` (a new section is
covered without a word here), a page of each kind, every dialog the window's menu actions
open, the ones a section opens (Ctrl+N, contact import), the welcome, the question a
cascading delete asks, and the handout preview of a cycle; ``visit(name, widget)`` is
called with each while it is on screen (the main window for sections and pages).

As a script, ``python tests/screen_walk.py DB OUT.json`` (run with the screen and scale to
check: ``QT_QPA_PLATFORM=offscreen:configfile=…``, ``QT_SCALE_FACTOR``) writes what leaves
the screen: windows whose frame is not inside the available screen, buttons of a dialog
outside it, and pages wider than the room the window gives them (they would scroll
sideways).
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QRect, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QDialog,
    QScrollArea,
    QWidget,
)

Visit = Callable[[str, QWidget], None]
PAGES = ("teacher", "cycle", "observation", "meeting", "group", "partner")
# menu actions that open no window of their own (or close the app)
NO_WINDOW = {"actionQuit", "actionBackupNow", "actionUndoDelete", "actionHandout"}


def _settle(ms: int = 30) -> None:
    QTest.qWait(ms)


def _open_dialogs(window: QWidget) -> list[QDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QDialog) and w.isVisible() and w is not window
    ]


def through_dialogs(name: str, start: Callable[[], Any], window: QWidget, visit: Visit) -> None:
    """Call ``start`` (which may open a modal dialog, and that one another) and visit each
    dialog that opens, then close it."""
    running = True

    def look() -> None:
        if not running:
            return
        for dialog in _open_dialogs(window):
            visit(f"{name}: {type(dialog).__name__}", dialog)
            dialog.reject()
        QTimer.singleShot(20, look)  # a dialog may open another when it closes

    QTimer.singleShot(0, look)
    start()
    _settle(50)
    running = False
    for dialog in _open_dialogs(window):  # a non-modal one is still up
        visit(f"{name}: {type(dialog).__name__}", dialog)
        dialog.close()


def walk(window: Any, visit: Visit, *, cycle_id: int = 1) -> None:
    from stemlead.core import observations
    from stemlead.gui.dialogs.handout_preview import HandoutPreview
    from stemlead.gui.dialogs.welcome import WelcomeDialog
    from stemlead.gui.main_window import SECTIONS

    visit("start", window)
    for section in SECTIONS:
        window.show_section(section.key)
        _settle()
        visit(f"section {section.key}", window)
    for kind in PAGES:
        window.open_item(kind, cycle_id if kind == "cycle" else 1)
        _settle()
        visit(f"page {kind}", window)
    for action in window.menu_actions():
        if action.objectName() and action.objectName() not in NO_WINDOW:
            window.show_section("today")
            through_dialogs(action.objectName(), action.trigger, window, visit)
    for section in SECTIONS:  # what Ctrl+N opens in each section (if a dialog)
        window.show_section(section.key)
        through_dialogs(f"new in {section.key}", window.current_view().new_item, window, visit)
    partners = window.show_section("partners")
    through_dialogs("import contacts", lambda: partners.import_contacts(None), window, visit)
    view = window.show_section("teachers")
    view.open_item(observations.get(window.db, 1).teacher_id)  # a teacher with a history
    through_dialogs("delete a teacher", view.delete_selected, window, visit)
    welcome = WelcomeDialog(window.session, window)
    through_dialogs("welcome", welcome.show, window, visit)
    window.open_item("cycle", cycle_id)
    _settle()
    visit("page cycle (again)", window)
    window.handout()
    previews = [w for w in QApplication.topLevelWidgets() if isinstance(w, HandoutPreview)]
    preview = previews[-1]
    for _ in range(300):
        if preview.is_ready:
            break
        _settle(50)
    _settle(200)
    visit("handout preview of the cycle", preview)
    preview.close()
    _settle()
    visit("after the preview", window)


# -- the screen check ----------------------------------------------------------------------
def _in_scroll_area(widget: QWidget, top: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None and parent is not top:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def screen_problems(name: str, widget: QWidget) -> tuple[list[str], list[str]]:
    """(windows, pages): what of ``widget`` leaves the screen, and whether the page up in
    the main window needs more width than the window gives it."""
    from stemlead.gui.widgets.fit import available

    QApplication.processEvents()
    room = available(widget)
    frame = widget.frameGeometry()
    windows, pages = [], []
    if not room.contains(frame):
        windows.append(
            f"{name}: {frame.width()}×{frame.height()} at ({frame.x()}, {frame.y()}) leaves "
            f"the {room.width()}×{room.height()} screen"
        )
    else:  # inside the screen: its own buttons must be inside it (unless they scroll)
        inside = widget.rect()
        for button in widget.findChildren(QAbstractButton):
            if button.isVisible() and not _in_scroll_area(button, widget):
                where = QRect(button.mapTo(widget, QPoint(0, 0)), button.size())
                if not inside.contains(where):
                    windows.append(f"{name}: the {button.text()!r} button is cut off")
    sidebar = getattr(getattr(widget, "form", None), "sidebar", None)
    if sidebar is not None:  # every section in view, none behind a scroll bar
        for row in range(sidebar.count()):
            if not sidebar.viewport().rect().contains(sidebar.visualItemRect(sidebar.item(row))):
                windows.append(f"{name}: {sidebar.item(row).text()!r} is cut off the sidebar")
    stack = getattr(getattr(widget, "form", None), "pages", None)
    if stack is not None and stack.currentWidget() is not None:
        area = stack.currentWidget()
        page = area.widget() if isinstance(area, QScrollArea) else area
        width = area.viewport().width() if isinstance(area, QScrollArea) else area.width()
        need = page.minimumSizeHint().width()
        if need > width:
            pages.append(f"{name}: {type(page).__name__} needs {need} px wide, has {width}")
    return windows, pages


def main(argv: list[str]) -> int:
    from stemlead.gui.app import build_window, create_application

    db_path, out = Path(argv[0]), Path(argv[1])
    cycle_id = int(argv[2]) if len(argv) > 2 else 1
    app = create_application()
    window = build_window(db_path)
    window.show()  # type: ignore[attr-defined]
    room = app.primaryScreen().availableGeometry()  # type: ignore[attr-defined]
    found: dict[str, list[str]] = {"windows": [], "pages": [], "visited": []}

    def visit(name: str, widget: QWidget) -> None:
        windows, pages = screen_problems(name, widget)
        found["windows"] += windows
        found["pages"] += pages
        g = widget.frameGeometry()
        found["visited"].append(f"{name}: {g.width()}×{g.height()}")

    walk(window, visit, cycle_id=cycle_id)
    out.write_text(
        json.dumps({"screen": [room.width(), room.height()], **found}, indent=1),
        encoding="utf-8",
    )
    window.close()  # type: ignore[attr-defined]
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
