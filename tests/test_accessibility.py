"""A screen reader's view of the app: every control has a name, Tab leaves tables, and the
Tab order follows the screen (the order of the layouts) in every page and dialog.

One walk over the whole app (tests/screen_walk.py) gathers what each window lacks.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QBoxLayout,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLayout,
    QScrollArea,
    QScrollBar,
    QSplitter,
    QStackedLayout,
    QTabBar,
    QTabWidget,
    QWidget,
)
from pytestqt.qtbot import QtBot

from stemlead.core import teachers
from stemlead.gui.app import build_window, create_application
from stemlead.gui.main_window import MainWindow
from stemlead.gui.views.teachers import TeachersView
from tests.conftest import run_stemlead
from tests.gui_helpers import open_window
from tests.screen_walk import walk

Findings = dict[str, list[str]]


def _focusable(widget: QWidget, window: QWidget) -> bool:
    if isinstance(widget, QScrollBar) or not widget.isVisibleTo(window):
        return False
    if not widget.isEnabled() or not widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return False
    if widget.focusProxy() is not None:  # its proxy takes the focus (a tab widget's bar)
        return False
    parent = widget.parentWidget()
    while parent is not None and parent is not window:
        if isinstance(parent, (QComboBox, QAbstractSpinBox)):  # parts of one control
            return False
        parent = parent.parentWidget()
    return True


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__} {widget.objectName() or ''}".strip()


def accessible_name(widget: QWidget) -> str:
    """The name a screen reader reads, found as Qt's accessibility finds it (its own
    interfaces cannot be asked from Python: their wrappers delete what Qt's cache keeps):
    the accessible name, else a button's text or a tab's, else a label whose buddy the
    control is, else the title of the group box it sits in."""
    name = widget.accessibleName()
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text()
    if not name and isinstance(widget, QTabBar):
        name = widget.tabText(widget.currentIndex())
    parent = widget.parentWidget()
    if not name and parent is not None:
        buddies = [c.text() for c in parent.findChildren(QLabel) if c.buddy() is widget]
        name = buddies[0] if buddies else parent.title() if isinstance(parent, QGroupBox) else ""
    return name.replace("&", "").strip()


def layout_order(widget: QWidget, window: QWidget) -> list[QWidget]:  # noqa: C901 (one case per kind of Qt layout)
    """The controls of ``widget`` in the order its layouts put them on screen: rows top to
    bottom, each left to right, each container's controls together (reading order)."""
    found: list[QWidget] = []

    def take(child: QWidget) -> None:
        if not child.isVisibleTo(window):
            return
        if _focusable(child, window):
            found.append(child)
        inside(child)

    def inside(container: QWidget) -> None:
        if isinstance(container, QScrollArea) and container.widget() is not None:
            take(container.widget())
        elif isinstance(container, QSplitter):
            for index in range(container.count()):
                take(container.widget(index))
        elif isinstance(container, QTabWidget):
            take(container.tabBar())
            if container.currentWidget() is not None:
                take(container.currentWidget())
        elif container.layout() is not None:
            of_layout(container.layout(), container)

    def of_layout(layout: QLayout, container: QWidget) -> None:
        # the layout's own widgets and nested layouts by their index, never through
        # itemAt(): PySide deletes a layout item when the wrapper it made for it goes
        parts: list[tuple[int, QWidget | QLayout]] = [
            (layout.indexOf(child), child)
            for child in [*container.findChildren(QWidget, options=DIRECT), *layout.children()]
            if isinstance(child, (QWidget, QLayout)) and layout.indexOf(child) >= 0
        ]
        if isinstance(layout, QGridLayout):
            parts.sort(key=lambda p: layout.getItemPosition(p[0])[:2])
        elif isinstance(layout, QFormLayout):
            parts.sort(key=lambda p: _form_spot(layout, p[0]))
        elif isinstance(layout, QStackedLayout):
            parts = [(0, layout.currentWidget())] if layout.currentWidget() else []
        else:
            parts.sort(key=lambda p: p[0])
            if isinstance(layout, QBoxLayout) and layout.direction() in (
                QBoxLayout.Direction.RightToLeft,
                QBoxLayout.Direction.BottomToTop,
            ):
                parts.reverse()
        for _, part in parts:
            if isinstance(part, QLayout):
                of_layout(part, container)
            else:
                take(part)

    inside(widget)
    return found


DIRECT = Qt.FindChildOption.FindDirectChildrenOnly


def _form_spot(layout: QFormLayout, index: int) -> tuple[int, int]:
    row, role = layout.getItemPosition(index)
    return row, role.value


def first_control(page: QWidget) -> QWidget | None:
    controls = layout_order(page, page.window())
    return controls[0] if controls else None


def next_stop(widget: QWidget, window: QWidget) -> QWidget:
    """Where Tab goes from ``widget``."""
    following = widget.nextInFocusChain()
    while following is not widget and not _focusable(following, window):
        following = following.nextInFocusChain()
    return following


def tab_order(window: QWidget, among: list[QWidget]) -> list[QWidget]:
    """``among`` in the order Tab visits them, from the first of them."""
    wanted = set(map(id, among))
    order = [among[0]]
    widget = among[0].nextInFocusChain()
    while widget is not among[0] and len(order) < 2 * len(among) + 50:
        if id(widget) in wanted and widget not in order:
            order.append(widget)
        widget = widget.nextInFocusChain()
    return order


def findings_of(name: str, window: QWidget) -> list[str]:
    QApplication.processEvents()
    controls = [w for w in window.findChildren(QWidget) if _focusable(w, window)]
    found = [
        f"{name}: {describe(w)} has no accessible name" for w in controls if not accessible_name(w)
    ]
    found += [
        f"{name}: Tab is kept inside {describe(w)}"
        for w in controls
        if isinstance(w, QAbstractItemView) and w.tabKeyNavigation()
    ]
    screen = layout_order(window, window)
    if screen:
        tabs = tab_order(window, screen)
        for step, (seen, expected) in enumerate(zip(tabs, screen, strict=False)):
            if seen is not expected:
                before = describe(screen[step - 1]) if step else "the start"
                found.append(
                    f"{name}: after {before} Tab goes to {describe(seen)}, "
                    f"the screen has {describe(expected)} next"
                )
                break
    return found


@pytest.fixture(scope="module")
def walked(qapp: QApplication, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Findings]:
    """What every page and dialog lacks, by kind: {"dialogs": [...], "pages": [...]}."""
    home = tmp_path_factory.mktemp("walk")
    with pytest.MonkeyPatch.context() as env:
        env.setenv("STEMLEAD_CONFIG_DIR", str(home / "config"))
        env.setenv("HOME", str(home))
        path = home / "demo.db"
        made = run_stemlead("demo", "--today", "2026-11-23", "--db", str(path), timeout=120)
        assert made.returncode == 0, made.stderr
        create_application()
        window = build_window(path)
        assert isinstance(window, MainWindow)
        window.show()
        found: Findings = {"dialogs": [], "pages": []}

        def visit(name: str, widget: QWidget) -> None:
            if isinstance(widget, QFileDialog):  # Qt's own, not the app's
                return
            if widget is not window:
                found["dialogs"] += findings_of(name, widget)
                return
            found["pages"] += findings_of(name, window.current_view())
            sidebar = window.form.sidebar  # the window's own controls, beside the page
            if not accessible_name(sidebar) or sidebar.tabKeyNavigation():
                found["dialogs"].append(f"{name}: the sidebar is not named or keeps Tab")
            if next_stop(sidebar, window) is not first_control(window.current_view()):
                found["pages"].append(f"{name}: Tab from the sidebar goes past the page's top")

        walk(window, visit)
        window.close()
        yield found


@pytest.mark.slow
def test_every_dialog_names_its_controls_and_tabs_in_screen_order(walked: Findings) -> None:
    assert walked["dialogs"] == [], "\n".join(walked["dialogs"])


@pytest.mark.slow
def test_every_page_names_its_controls_and_tabs_in_screen_order(walked: Findings) -> None:
    assert walked["pages"] == [], "\n".join(sorted(set(walked["pages"])))


def test_tab_leaves_a_list_table_for_the_next_control(qtbot: QtBot, db_path: Path) -> None:
    from stemlead.store import open_database

    with open_database(db_path) as db:
        for name in ("Ana Okafor", "Ben Ito", "Chen Wei"):
            teachers.add(db, name=name)
    window = open_window(qtbot, db_path)
    view = window.show_section("teachers")
    assert isinstance(view, TeachersView)
    view.table.setFocus()
    view.table.selectRow(0)
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)
    assert not view.table.hasFocus()
    assert view.table.currentIndex().row() == 0
    window.close()
