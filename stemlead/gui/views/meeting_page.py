"""One meeting's page: its heading and handouts above three tabs of their own.

The agenda is built in ``meeting_agenda``, the meeting is run in ``meeting_run``, and its
time, place and series in ``meeting_details``; each tab owns its widgets on the one
Designer form, and the page shows a meeting by telling each tab.

The page is one form for every meeting, so what it holds that is not saved — a line typed
but not yet entered (a guest, a decision, an action item, an agenda item) — is kept per
meeting: another meeting shows its own (empty) lines, and the first gets its back.
"""

from __future__ import annotations

from functools import partial
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLineEdit, QWidget

from stemlead.core import groups, meetings
from stemlead.errors import NotFound
from stemlead.gui import fmt
from stemlead.gui.forms.ui_meeting_page import Ui_MeetingPage
from stemlead.gui.session import Session
from stemlead.gui.views.meeting_agenda import AgendaTab
from stemlead.gui.views.meeting_details import DetailsTab
from stemlead.gui.views.meeting_run import RunTab
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.handout_button import handout_button


class MeetingPage(QWidget):
    back_requested = Signal()

    def __init__(self, session: Session) -> None:
        super().__init__()
        self.session = session
        self.meeting_id: int | None = None
        self.form = f = Ui_MeetingPage()
        f.setupUi(self)
        f.heading.setProperty("heading", True)
        f.subheading.setProperty("muted", True)
        f.back.clicked.connect(self.back_requested.emit)
        f.markHeld.clicked.connect(self._toggle_held)
        before = f.back
        for text, kind in (("A&genda PDF…", "agenda"), ("Su&mmary PDF…", "summary")):
            button = handout_button(text, session, self, partial(self.handout, kind))
            button.setObjectName(f"{kind}Pdf")
            f.top.insertWidget(f.top.count() - 1, button)
            QWidget.setTabOrder(before, button)  # Tab goes along the top row as it reads
            before = button
        QWidget.setTabOrder(before, f.markHeld)
        self._drafts: dict[int, dict[str, str]] = {}  # meeting id -> line name -> text
        self.agenda = AgendaTab(session, f)
        self.run = RunTab(session, f)
        self.details = DetailsTab(session, f)
        self.agenda.changed.connect(self.run.fill)  # the run tab takes minutes per item
        self.run.actions_changed.connect(self.agenda.fill)  # the review ticks closed items
        self.details.rescheduled.connect(self._show_again)
        self.details.retitled.connect(self._show_heading)
        session.restored.connect(self._refill)

    def show_meeting(self, meeting_id: int) -> None:
        autosave.flush_all()  # typing not yet saved goes to the meeting it was typed for
        m = meetings.get(self.session.db, meeting_id)
        if meeting_id != self.meeting_id:
            self._swap_drafts(meeting_id)
        self.meeting_id = meeting_id
        self._show_heading()
        for tab in (self.details, self.agenda, self.run):
            tab.show(m)

    def _draft_lines(self) -> dict[str, QLineEdit]:
        f = self.form
        return {w.objectName(): w for w in (f.newItem, f.guest, f.newDecision, f.newAction)}

    def _swap_drafts(self, meeting_id: int) -> None:
        """Keep the lines typed but not entered with their meeting; show the new one's."""
        lines = self._draft_lines()
        if self.meeting_id is not None:
            kept = {name: w.text() for name, w in lines.items() if w.text()}
            self._drafts[self.meeting_id] = kept
        waiting = self._drafts.pop(meeting_id, {})
        for name, widget in lines.items():
            widget.setText(waiting.get(name, ""))

    def _show_heading(self) -> None:
        """The meeting's title (or its group's name), when, where and its group, as they
        are now (after a rename too)."""
        if self.meeting_id is None:
            return
        db = self.session.db
        m = meetings.get(db, self.meeting_id)
        f = self.form
        group = groups.get(db, m.group_id) if m.group_id else None
        f.heading.setText(m.title or (group.name if group else "Meeting"))
        parts = [
            fmt.day_and_clock(m.starts_at),
            fmt.minutes(m.duration_minutes),
            m.place,
            group.name if group else "",
            m.status if m.status != "scheduled" else "",
        ]
        f.subheading.setText(" · ".join(p for p in parts if p))
        f.markHeld.setText("Mark as scheduled" if m.status == "held" else "Mark as &held")

    def _show_again(self) -> None:
        if self.meeting_id is not None:
            self.show_meeting(self.meeting_id)

    def _refill(self) -> None:
        """After an undo: show what came back (an agenda item, a decision, ...)."""
        if self.meeting_id is None:
            return
        try:
            meetings.get(self.session.db, self.meeting_id)
        except NotFound:  # it went to the trash itself
            return
        self.agenda.fill()
        self.run.fill()

    def handout(self, kind: str | None = None) -> Any:
        """The agenda before the meeting, the summary once it is held."""
        from stemlead.pdf.handouts import Request

        if self.meeting_id is None:
            return None
        if kind is None:
            held = meetings.get(self.session.db, self.meeting_id).status == "held"
            kind = "summary" if held else "agenda"
        return Request(kind, self.meeting_id)

    def _toggle_held(self) -> None:
        if self.meeting_id is None:
            return
        status = meetings.get(self.session.db, self.meeting_id).status
        new = "scheduled" if status == "held" else "held"
        if self.session.write(meetings.update, self.meeting_id, status=new).ok:
            self.show_meeting(self.meeting_id)
