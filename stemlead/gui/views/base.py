"""What every section of the main window offers the window."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from stemlead.core.changes import EVERYTHING, Changes, Kind
from stemlead.gui.session import Session

Navigate = Callable[[str, int], None]


class View(QWidget):
    """A section: it can refresh itself, open one of its items, and start a new one."""

    title = ""
    kinds: Changes = frozenset()  # what it shows: a write that changes any of it refreshes it
    opens: tuple[str, ...] = ()  # the kinds of item it has pages for (set from its Section)

    def __init__(self, session: Session, navigate: Navigate) -> None:
        super().__init__()
        self.session = session
        self.navigate = navigate
        self._stale = True
        session.changed.connect(self._on_changed)

    def _on_changed(self, kinds: Changes) -> None:
        if kinds & self.kinds or Kind.SETTINGS in kinds:  # settings change how things read
            self._stale = True
        if kinds == EVERYTHING:  # a delete declares every kind: it may take what is open
            self._drop_deleted()
        if self._stale and self.isVisible() and self.showing_list():
            self.refresh_if_stale()

    def _drop_deleted(self) -> None:
        """Empty the forms of records deleted meanwhile (with a teacher, say), so nothing
        is saved to them; a page whose own record went goes back to the list."""
        from stemlead.core.records import kind_of
        from stemlead.gui.widgets.record_form import forms_in

        gone = [form for form in forms_in(self) if form.gone()]
        for form in gone:
            form.drop()
        if not self.showing_list() and any(kind_of(f.record) in self.opens for f in gone):
            self.back()

    def showing_list(self) -> bool:
        """False while a detail page is up: the list refreshes when the coach goes back,
        not on every keystroke saved in the page."""
        return True

    def refresh_if_stale(self) -> None:
        if self._stale:
            self._stale = False
            self.refresh()

    def showEvent(self, event: object) -> None:
        self.refresh_if_stale()
        super().showEvent(event)  # type: ignore[arg-type]

    def refresh(self) -> None:
        raise NotImplementedError

    def open_item(self, item_id: int, kind: str = "") -> None:
        """Show one item of this section (from search, Today, or another view)."""

    def new_item(self) -> None:
        """Start a new item of this section (Ctrl+N)."""

    def handout(self) -> Any:
        """The handout for what is on screen (a stemlead.pdf.handouts.Request), if any."""
        return None

    def back(self) -> bool:
        """Leave a detail page for the list (Esc); False when already on the list."""
        return False

    def leave(self) -> None:
        """The coach is going elsewhere (another section or file, or closing the app): keep
        what is half-typed that autosave does not hold (a draft line)."""


def heading(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("heading", True)
    return label


def title_bar(text: str, *buttons: tuple[str, Callable[[], object]]) -> QHBoxLayout:
    """A section's heading with its main buttons on the right."""
    bar = QHBoxLayout()
    bar.addWidget(heading(text))
    bar.addStretch(1)
    for label, slot in buttons:
        button = QPushButton(label)
        button.clicked.connect(slot)
        bar.addWidget(button)
    return bar


def section(text: str) -> QLabel:
    label = QLabel(text)
    label.setProperty("section", True)
    return label


class ListAndPage(View):
    """A filterable list beside the page of the selected item (teachers, partners).

    Subclasses set ``model``, ``table`` and ``fetch`` (the core ``get``), and implement
    ``_selected`` (show a row's item) and ``clear_page``.
    """

    model: Any
    table: Any
    fetch: Callable[[Any, int], Any]

    def _select(self, item_id: int | None, *, keep_page: bool = False) -> None:
        """Select ``item_id`` in the list. With ``keep_page``, an item the filters now hide
        stays on its page (a save must not move the coach's typing to another record)."""
        row = self.model.row_of(lambda r: r.id == item_id) if item_id is not None else -1
        if row < 0 and keep_page and item_id is not None and self._exists(item_id):
            self.table.clearSelection()
            return
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self.table.selectRow(row)
            self._selected(self.model.index(row, 0))
        else:
            self.clear_page()

    def _exists(self, item_id: int) -> bool:
        from stemlead.errors import NotFound

        try:
            self.fetch(self.session.db, item_id)
        except NotFound:
            return False
        return True

    def _selected(self, index: Any, _previous: Any = None) -> None:
        raise NotImplementedError

    def clear_page(self) -> None:
        raise NotImplementedError
