"""Events: STEM nights, competitions, showcases, visits — a list filterable by when and
text beside the selected event's page (``event_page``: details, people, budget, planning
checklist, photos, debrief)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from stemlead.clock import today
from stemlead.core import events
from stemlead.core.changes import Kind
from stemlead.core.events import KIND_LABELS, STATUS_LABELS
from stemlead.errors import NotFound
from stemlead.gui import fmt
from stemlead.gui.models import Column, RowsModel
from stemlead.gui.session import Session
from stemlead.gui.views.base import ListAndPage, Navigate
from stemlead.gui.views.event_page import EventPage
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.handout_button import show_handout
from stemlead.gui.widgets.tables import filter_box, record_table

WHEN = {"upcoming": "Upcoming", "past": "Past", "all": "All events"}
SHORT_KINDS = {**KIND_LABELS, "showcase": "Showcase", "classroom_visit": "Classroom visit"}


class EventsView(ListAndPage):
    title = "Events"
    kinds = frozenset({Kind.EVENT, Kind.ACTION_ITEM, Kind.PARTNER, Kind.TEACHER, Kind.CONTACT})
    fetch = staticmethod(events.get)

    def __init__(self, session: Session, navigate: Navigate) -> None:
        super().__init__(session, navigate)
        self.model = RowsModel(
            [
                Column("When", lambda e: fmt.day(e.starts_at), lambda e: e.starts_at),
                Column("Event", lambda e: e.title),
                Column("Kind", lambda e: SHORT_KINDS.get(e.kind, "")),
                Column("Status", lambda e: STATUS_LABELS.get(e.status, "")),
                Column(
                    "To do",
                    lambda e: str(e.open_steps) if e.open_steps else "",
                    lambda e: e.open_steps,
                ),
            ],
            colour=lambda e: "muted" if e.status == "cancelled" else "",
        )
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.filter = filter_box(self.model, "events")
        left_layout.addWidget(self.filter)
        self.when = QComboBox()
        self.when.setAccessibleName("Show upcoming, past or all events")
        for key, label in WHEN.items():
            self.when.addItem(label, key)
        self.when.currentIndexChanged.connect(lambda _: self.refresh(follow_filter=True))
        left_layout.addWidget(self.when)
        self.table = record_table(self.model, "Events")
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        left_layout.addWidget(self.table)
        buttons = QHBoxLayout()
        for text, slot in (("&New event", self.new_item), ("Delete", self.delete_selected)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        self.page = EventPage(session)
        self.page.handout_requested.connect(
            lambda: show_handout(self.session, self.handout(), self)
        )
        self.page.open_item.connect(self.navigate)
        page_scroll = QScrollArea()  # a page taller or wider than a small screen scrolls
        page_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to the fields in it
        page_scroll.setWidgetResizable(True)
        page_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        page_scroll.setWidget(self.page)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(page_scroll)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(1, 1)
        self._sized = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter.setFocus)
        delete = QShortcut(QKeySequence.StandardKey.Delete, self.table, self.delete_selected)
        delete.setContext(Qt.ShortcutContext.WidgetShortcut)

    def refresh(self, *, follow_filter: bool = False) -> None:
        when = self.when.currentData()
        day = today().isoformat()
        if when == "upcoming":
            rows = events.list_events(self.session.db, since=day)
        elif when == "past":
            rows = list(reversed(events.list_events(self.session.db, until=day)))
        else:
            rows = events.list_events(self.session.db)
        current = self.page.event_id
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 220))
        self._select(current, keep_page=not follow_filter)
        if self.page.event_id is not None and self.page.event_id == current:
            self.page.reload()

    def clear_page(self) -> None:
        self.page.show_event(None)

    def _selected(self, index: Any, _previous: Any = None) -> None:
        if not index.isValid():
            return
        event_id = self.model.row_at(index.row()).id
        if event_id == self.page.event_id:
            return
        try:
            self.page.show_event(events.get(self.session.db, event_id))
        except NotFound:
            self.page.show_event(None)

    def resizeEvent(self, event: Any) -> None:
        super().resizeEvent(event)
        if not self._sized and self.width() > 700:
            self._sized = True
            self.splitter.setSizes([self.width() * 40 // 100, self.width() * 60 // 100])

    # -- View --------------------------------------------------------------------------------
    def open_item(self, item_id: int, kind: str = "") -> None:
        self.refresh_if_stale()
        self.filter.clear()
        if self.model.row_of(lambda e: e.id == item_id) < 0:
            self.when.blockSignals(True)
            self.when.setCurrentIndex(self.when.findData("all"))
            self.when.blockSignals(False)
            self.refresh()
        self._select(item_id)

    def handout(self) -> Any:
        from stemlead.pdf.handouts import Request

        return Request("event", self.page.event_id) if self.page.event_id else None

    def new_item(self) -> None:
        """A new event a week from now at 5:30 pm, to be named and planned."""
        autosave.flush_all()
        start = datetime.combine(today() + timedelta(days=7), datetime.min.time()).replace(
            hour=17, minute=30
        )
        outcome = self.session.write(events.add, title="New event", starts_at=start)
        if outcome.ok and outcome.value is not None:
            if self.when.currentData() == "past":
                self.when.setCurrentIndex(self.when.findData("upcoming"))
            self.open_item(outcome.value)
            f = self.page.form
            f.tabs.setCurrentWidget(f.detailsTab)
            f.title.setFocus()
            f.title.selectAll()

    def delete_selected(self) -> None:
        event_id = self.page.event_id
        if event_id:
            title = events.get(self.session.db, event_id).title
            self.session.delete(events.delete, event_id, title)
