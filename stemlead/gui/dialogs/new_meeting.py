"""A new meeting: once, or repeating every week, two weeks or month until a date."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDialog, QWidget

from stemlead.clock import now
from stemlead.core import groups, meetings
from stemlead.core.recurrence import REPEATS, WALL, simple_rule
from stemlead.gui import fmt
from stemlead.gui.forms.ui_new_meeting import Ui_NewMeeting
from stemlead.gui.session import Session


class NewMeetingDialog(QDialog):
    def __init__(
        self, session: Session, group_id: int | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.form = f = Ui_NewMeeting()
        f.setupUi(self)
        self.meeting_id: int | None = None
        f.group.addItem("No group (a stand-alone meeting)", None)
        for row in groups.list_groups(session.db, now=now().isoformat()):
            f.group.addItem(row.name, row.id)
        f.repeat.addItem("Does not repeat", None)
        for key, label in REPEATS.items():
            f.repeat.addItem(label, key)
        f.start.setDisplayFormat(fmt.moment_format())
        start = QDateTime.currentDateTime().addSecs(3600)
        f.start.setDateTime(QDateTime(start.date(), QTime(start.time().hour(), 0)))
        today = date.today()
        june = date(today.year + (1 if today.month > 6 else 0), 6, 30)
        f.until.setDate(QDate(june.year, june.month, june.day))
        f.until.setToolTip("The last day it may repeat; the calendar export carries the rule.")
        f.group.currentIndexChanged.connect(self._group_defaults)
        f.repeat.currentIndexChanged.connect(
            lambda _: f.until.setEnabled(f.repeat.currentData() is not None)
        )
        f.until.setEnabled(False)
        f.buttons.accepted.connect(self._create)
        f.buttons.rejected.connect(self.reject)
        if group_id is not None:
            f.group.setCurrentIndex(max(0, f.group.findData(group_id)))
        self._group_defaults()

    def _group_defaults(self) -> None:
        group_id = self.form.group.currentData()
        if group_id is not None:
            group = groups.get(self.session.db, group_id)
            self.form.length.setValue(group.default_minutes)
            self.form.place.setText(group.default_place)

    def _create(self) -> None:
        f = self.form
        start = f.start.dateTime().toPython()
        assert isinstance(start, datetime)
        values = {"duration_minutes": f.length.value(), "place": f.place.text()}
        if f.title.text().strip():
            values["title"] = f.title.text()
        repeat = f.repeat.currentData()
        if repeat is None:
            outcome = self.session.write(
                meetings.add, starts_at=start, group_id=f.group.currentData(), **values
            )
            if outcome.ok:
                self.meeting_id = outcome.value
                self.accept()
            else:
                f.message.setText(outcome.error)
            return
        until = f.until.date().toPython()
        assert isinstance(until, date)
        try:
            rule = simple_rule(repeat, start, until)
        except Exception as exc:  # InvalidInput: shown in the dialog, nothing saved
            f.message.setText(str(exc))
            return
        outcome = self.session.write(
            meetings.add_series,
            first_start=start.strftime(WALL),
            rrule=rule,
            group_id=f.group.currentData(),
            **values,
        )
        if outcome.ok:
            first = meetings.list_meetings(self.session.db, since=start.date().isoformat())
            self.meeting_id = next((m.id for m in first if m.series_id == outcome.value), None)
            self.accept()
        else:
            f.message.setText(outcome.error)
