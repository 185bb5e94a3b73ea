"""Today: the day's meetings and visits, what is due, cycles waiting on the coach, and this
week's coaching log."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QScrollArea, QVBoxLayout, QWidget

from stemlead.clock import today
from stemlead.core.changes import Kind
from stemlead.core.today import TodayItem, today_page
from stemlead.gui import fmt
from stemlead.gui.fmt import isolate
from stemlead.gui.session import Session
from stemlead.gui.style import brush
from stemlead.gui.views.base import Navigate, View, heading, section
from stemlead.gui.widgets import short_list

_SECTIONS = (
    ("meetings", "Meetings today", "No meetings today."),
    ("observations", "Classroom visits today", "No visits planned today."),
    ("action_items", "Action items due or overdue", "Nothing due — all caught up."),
    ("follow_ups", "Partner follow-ups due", "No follow-ups due."),
    ("renewals", "Agreements to renew", "No agreement needs renewing."),
    ("cycles", "Coaching cycles waiting on you", "No cycle is waiting on you."),
    ("coaching_log", "Coaching log this week", "No coaching logged this week (Ctrl+L logs it)."),
    ("events", "Community events this week", "No events this week."),
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
            Kind.COACHING_LOG,
            Kind.EVENT,
            Kind.MENTORSHIP,
            Kind.CHECK_IN,
            Kind.GROUP,
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
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from list to list
        body = QWidget()
        layout = QVBoxLayout(body)
        self.lists: dict[str, QListWidget] = {}
        for key, title, _ in _SECTIONS:
            layout.addWidget(section(title))
            widget = QListWidget()
            widget.setAccessibleName(title)
            short_list.shorten(widget)
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
            short_list.fit_rows(widget, most=8)

    def _item(self, key: str, entry: TodayItem) -> QListWidgetItem:
        """One row: when, the title with each name set apart (an Arabic name keeps its
        place among English words), the detail, and how it ends."""
        if key in ("meetings", "observations"):
            when = fmt.clock(entry.when)
        elif key == "coaching_log":
            when = fmt.day(entry.when)
        elif key == "events":
            when = fmt.day_and_clock(entry.when)
        elif entry.when:
            when = ("Overdue since " if entry.overdue else "Due ") + fmt.day(entry.when)
        else:
            when = ""
        ended = key == "observations" and entry.ends is not None
        parts = [
            when,
            entry.title_with(isolate),
            fmt.minutes(entry.minutes) if entry.minutes is not None else "",
            isolate(entry.detail) if entry.detail else "",
            "Ended " + fmt.clock(entry.ends) if ended else "",
            "ends " + fmt.day(entry.ends) if entry.ends and key == "renewals" else "",
        ]
        text = " · ".join(p for p in parts if p)
        item = QListWidgetItem(text)
        item.setToolTip(text)
        item.setData(Qt.ItemDataRole.UserRole, (entry.kind, entry.id))
        if ended:  # done: after the visits still to come, in a quieter colour
            item.setForeground(brush("muted"))
        if entry.overdue:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        return item

    def _open(self, item: QListWidgetItem) -> None:
        target = item.data(Qt.ItemDataRole.UserRole)
        if target:
            self.navigate(*target)
