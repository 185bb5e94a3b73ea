"""A meeting's details tab: its title, when, how long and where, and the private notes.

A meeting of a repeating series can change its time, length and place for itself or for
every meeting that follows, and can be skipped (and un-skipped). The title and the private
notes save as typed; time, length and place wait for Apply, so a half-made change never
moves a meeting.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QObject, QTime, Signal

from stemlead.core import meetings
from stemlead.core.fields import parse_moment
from stemlead.core.meetings import Meeting
from stemlead.core.recurrence import describe, parse_wall
from stemlead.gui import fmt
from stemlead.gui.forms.ui_meeting_page import Ui_MeetingPage
from stemlead.gui.session import Session
from stemlead.gui.widgets.record_form import RecordForm


class DetailsTab(QObject):
    """Adjusts the meeting on the meeting page's form (its Details tab)."""

    rescheduled = Signal()  # time, length, place or skipping changed: the page shows it again
    retitled = Signal()  # the title was saved: the page's heading says it

    def __init__(self, session: Session, form: Ui_MeetingPage) -> None:
        super().__init__(form.detailsTab)
        self.session = session
        self.form = f = form
        self.meeting_id: int | None = None
        f.seriesInfo.setProperty("muted", True)
        f.start.setDisplayFormat(fmt.moment_format())
        f.scope.addItem("This meeting only", "one")
        f.scope.addItem("This and all following meetings", "following")
        f.apply.clicked.connect(self.apply_details)
        f.skip.clicked.connect(self._toggle_skip)
        self.fields = RecordForm.on(
            session, Meeting, meetings.update, f, ("title", "private_notes")
        )
        self.fields.after_save = self._saved

    def _saved(self, field: str) -> None:
        if field == "title":
            self.retitled.emit()

    def show(self, meeting: Meeting) -> None:
        self.fields.show(meeting)
        self.meeting_id = meeting.id
        f = self.form
        start = parse_moment(meeting.starts_at)
        f.start.setDateTime(
            QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute))
        )
        f.length.setValue(meeting.duration_minutes)
        f.place.setText(meeting.place)
        in_series = meeting.series_id is not None
        f.scope.setEnabled(in_series)
        f.skip.setEnabled(in_series)
        f.skip.setText(
            "Un&skip this occurrence" if meeting.status == "cancelled" else "S&kip this occurrence"
        )
        if meeting.series_id is not None:
            series = meetings.get_series(self.session.db, meeting.series_id)
            rule = describe(series.rrule, parse_wall(series.dtstart))
            f.seriesInfo.setText(
                f"Part of a repeating series: {rule[0].lower()}{rule[1:]}. Time, length "
                "and place can change for this meeting or all that follow."
            )
        else:
            f.seriesInfo.setText("A stand-alone meeting.")

    def _toggle_skip(self) -> None:
        if self.meeting_id is None:
            return
        skipped = meetings.get(self.session.db, self.meeting_id).status == "cancelled"
        fn = meetings.unskip_occurrence if skipped else meetings.skip_occurrence
        if self.session.write(fn, self.meeting_id).ok:
            self.rescheduled.emit()

    def apply_details(self) -> None:
        """Move the meeting (or it and all that follow) to the time, length and place shown."""
        if self.meeting_id is None:
            return
        f = self.form
        start = f.start.dateTime().toPython()
        assert isinstance(start, datetime)
        if f.scope.isEnabled() and f.scope.currentData() == "following":
            ok = self.session.write(
                meetings.change_following,
                self.meeting_id,
                start_time=start.strftime("%H:%M"),
                duration_minutes=f.length.value(),
                place=f.place.text(),
            ).ok
        else:
            ok = self.session.write(
                meetings.reschedule,
                self.meeting_id,
                start,
                duration_minutes=f.length.value(),
                place=f.place.text(),
            ).ok
        if ok:
            self.rescheduled.emit()
