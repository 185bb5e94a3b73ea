"""Today: the day's meetings and visits, what is due, and cycles waiting on the coach."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QScrollArea, QVBoxLayout, QWidget

from stemlead.clock import today
from stemlead.core.changes import Kind
from stemlead.core.today import TodayItem, today_page
from stemlead.gui import fmt
from stemlead.gui.session import Session
from stemlead.gui.views.base import Navigate, View, heading, section

_SECTIONS = (
    ("meetings", "Meetings today", "No meetings today."),
    ("observations", "Classroom visits today", "No visits planned today."),
    ("action_items", "Action items due or overdue", "Nothing due — all caught up."),
    ("follow_ups", "Partner follow-ups due", "No follow-ups due."),
    ("renewals", "Agreements to renew", "No agreement needs renewing."),
    ("cycles", "Coaching cycles waiting on you", "No cycle is waiting on you."),
    ("check_ins", "Mentoring check-ins due", "No mentoring check-in is due."),
    ("islanders", "Teachers who may be on an island", "Everyone has someone to turn to."),
)


class TodayView(View):
    title = "Today"
    kinds = frozenset(
        {
            Kind.MEETING,
            Kind.OBSERVATION,
            Kind.ACTION_ITEM,
            Kind.PARTNER,
            Kind.INTERACTION,
            Kind.AGREEMENT,
            Kind.CYCLE,
            Kind.TEACHER,
            Kind.MENTORSHIP,
            Kind.CHECK_IN,
            Kind.GROUP,
            Kind.COACHING_LOG,
        }
    )

    def __init__(self, session: Session, navigate: Navigate) -> None:
        super().__init__(session, navigate)
        outer = QVBoxLayout(self)
        self.heading = heading("Today")
        outer.addWidget(self.heading)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget()
        layout = QVBoxLayout(body)
        self.lists: dict[str, QListWidget] = {}
        for key, title, _ in _SECTIONS:
            layout.addWidget(section(title))
            widget = QListWidget()
            widget.setAccessibleName(title)
            widget.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
            widget.setTextElideMode(Qt.TextElideMode.ElideRight)
            widget.itemActivated.connect(self._open)
            widget.itemClicked.connect(self._open)
            layout.addWidget(widget)
            self.lists[key] = widget
        layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll)

    def refresh(self) -> None:
        day = today()
        page = today_page(self.session.db, day)
        self.heading.setText(f"Today — {fmt.long_day(day)}")
        for key, _, empty in _SECTIONS:
            widget = self.lists[key]
            widget.clear()
            items: list[TodayItem] = getattr(page, key)
            for entry in items:
                widget.addItem(self._item(key, entry))
            if not items:
                placeholder = QListWidgetItem(empty)
                placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
                widget.addItem(placeholder)
            rows = max(1, len(items))
            widget.setFixedHeight(min(rows, 8) * (widget.sizeHintForRow(0) + 2) + 8)

    def _item(self, key: str, entry: TodayItem) -> QListWidgetItem:
        if key in ("meetings", "observations"):
            when = fmt.clock(entry.when)
        elif entry.when:
            when = ("Overdue since " if entry.overdue else "Due ") + fmt.day(entry.when)
        else:
            when = ""
        parts = [p for p in (when, entry.title, entry.detail) if p]
        item = QListWidgetItem(" · ".join(parts))
        item.setData(Qt.ItemDataRole.UserRole, (entry.kind, entry.id))
        if entry.overdue:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        return item

    def _open(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self.navigate(*target)
