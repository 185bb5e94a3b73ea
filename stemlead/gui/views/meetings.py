"""Meetings and groups: the list, one meeting's page, and one group's page."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from stemlead.clock import now, today
from stemlead.core import groups, meetings
from stemlead.core.changes import Kind
from stemlead.core.fields import instant
from stemlead.core.groups import KIND_LABELS
from stemlead.gui import fmt
from stemlead.gui.models import Column, RowsModel
from stemlead.gui.session import Session
from stemlead.gui.views.base import Navigate, View, section, title_bar
from stemlead.gui.views.group_page import GroupPage
from stemlead.gui.views.meeting_page import MeetingPage
from stemlead.gui.widgets.tables import filter_box, record_table

ROLE = Qt.ItemDataRole.UserRole
RANGES = (("Next 8 weeks", "upcoming"), ("Past 8 weeks", "past"), ("All", "all"))


class MeetingsView(View):
    title = "Meetings"
    kinds = frozenset({Kind.MEETING, Kind.GROUP, Kind.ACTION_ITEM, Kind.TEACHER, Kind.CONTACT})

    def __init__(self, session: Session, navigate: Navigate) -> None:
        super().__init__(session, navigate)
        self.stack = QStackedWidget()
        listing = QWidget()
        layout = QVBoxLayout(listing)
        layout.addLayout(
            title_bar("Meetings", ("New &meeting…", self.new_item), ("New &group", self.new_group))
        )
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(section("Groups"))
        self.groups = QListWidget()
        self.groups.setAccessibleName("Groups")
        self.groups.currentRowChanged.connect(lambda _: self._fill_meetings())
        self.groups.itemActivated.connect(self._open_group_item)
        left_layout.addWidget(self.groups)
        open_group = QPushButton("&Open group page")
        open_group.clicked.connect(lambda: self._open_group_item(self.groups.currentItem()))
        left_layout.addWidget(open_group)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.model = RowsModel(
            [
                Column(
                    "When",
                    lambda m: fmt.day_and_clock(m.starts_at),
                    lambda m: instant(m.starts_at),
                ),
                Column("Meeting", lambda m: m.title or m.group),
                Column("Place", lambda m: m.place),
                Column("Status", lambda m: m.status),
                Column(
                    "Agenda",
                    lambda m: f"{m.agenda_items} items" if m.agenda_items else "—",
                    lambda m: m.agenda_items,
                ),
            ]
        )
        controls = QHBoxLayout()
        self.filter = filter_box(self.model, "meetings")
        controls.addWidget(self.filter, 1)
        self.range = QComboBox()
        self.range.setAccessibleName("Which meetings")
        for label, value in RANGES:
            self.range.addItem(label, value)
        self.range.currentIndexChanged.connect(lambda _: self._fill_meetings())
        controls.addWidget(self.range)
        right_layout.addLayout(controls)
        self.table = record_table(self.model, "Meetings")
        self.table.activated.connect(
            lambda index: self.open_item(self.model.row_at(index.row()).id)
        )
        right_layout.addWidget(self.table)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setSizes([300, 900])
        layout.addWidget(splitter)
        self.meeting_page = MeetingPage(session)
        self.meeting_page.back_requested.connect(self.back)
        self.group_page = GroupPage(session)
        self.group_page.back_requested.connect(self.back)
        self.group_page.open_meeting.connect(self.open_item)
        self.group_page.new_meeting.connect(lambda group_id: self.new_item(group_id))
        for page in (listing, self.meeting_page, self.group_page):
            self.stack.addWidget(page)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.stack)

    def showing_list(self) -> bool:
        return self.stack.currentIndex() == 0

    def refresh(self) -> None:
        current = self.groups.currentItem().data(ROLE) if self.groups.currentItem() else None
        self.groups.blockSignals(True)
        self.groups.clear()
        everyone = QListWidgetItem("All meetings")
        everyone.setData(ROLE, None)
        self.groups.addItem(everyone)
        for row in groups.list_groups(self.session.db, now=now().isoformat()):
            nxt = f" · next {fmt.day(row.next_meeting)}" if row.next_meeting else ""
            item = QListWidgetItem(
                f"{row.name}\n{KIND_LABELS[row.kind]} · {row.members} members{nxt}"
            )
            item.setData(ROLE, row.id)
            self.groups.addItem(item)
            if row.id == current:
                self.groups.setCurrentItem(item)
        if self.groups.currentItem() is None:
            self.groups.setCurrentRow(0)
        self.groups.blockSignals(False)
        self._fill_meetings()

    def _fill_meetings(self) -> None:
        item = self.groups.currentItem()
        group_id = item.data(ROLE) if item is not None else None
        day = today()
        since = until = None
        if self.range.currentData() == "upcoming":
            since, until = day.isoformat(), (day + timedelta(weeks=8)).isoformat()
        elif self.range.currentData() == "past":
            since, until = (day - timedelta(weeks=8)).isoformat(), day.isoformat()
        rows = meetings.list_meetings(self.session.db, since=since, until=until, group_id=group_id)
        if self.range.currentData() == "past":
            rows.reverse()
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()

    def _open_group_item(self, item: QListWidgetItem | None) -> None:
        if item is not None and item.data(ROLE) is not None:
            self.open_item(item.data(ROLE), "group")

    def open_item(self, item_id: int, kind: str = "") -> None:
        if kind == "group":
            self.group_page.show_group(item_id)
            self.stack.setCurrentWidget(self.group_page)
            self.group_page.form.name.setFocus()
            return
        self.meeting_page.show_meeting(item_id)
        self.stack.setCurrentWidget(self.meeting_page)
        self.meeting_page.form.newItem.setFocus()

    def handout(self) -> Any:
        if self.stack.currentWidget() is self.meeting_page:
            return self.meeting_page.handout()
        return None

    def back(self) -> bool:
        if self.stack.currentIndex() != 0:
            self.stack.setCurrentIndex(0)
            self.refresh_if_stale()
            return True
        return False

    def new_item(self, group_id: Any = None) -> None:
        from stemlead.gui.dialogs.new_meeting import NewMeetingDialog

        if group_id is None and self.groups.currentItem() is not None:
            group_id = self.groups.currentItem().data(ROLE)
        dialog = NewMeetingDialog(self.session, group_id, self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.meeting_id is not None:
            self.open_item(dialog.meeting_id)

    def new_group(self) -> None:
        outcome = self.session.write(groups.add, name="New group")
        if outcome.ok and outcome.value is not None:
            self.open_item(outcome.value, "group")
            self.group_page.form.name.selectAll()
