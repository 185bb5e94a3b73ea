"""Settings: handouts (name, paper, logo), calendar and clock, meetings, backups, and for
teacher growth the weeks without contact that count and the usual mentees per mentor."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from stemlead.core import settings
from stemlead.gui.dialogs.handout_settings import HandoutFields
from stemlead.gui.forms.ui_settings import Ui_Settings
from stemlead.gui.session import Session


class SettingsDialog(QDialog):
    def __init__(self, session: Session, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.form = f = Ui_Settings()
        f.setupUi(self)
        f.note.setProperty("muted", True)
        self.fields = HandoutFields(f, session, self)
        for label, value in (("Monday", "monday"), ("Sunday", "sunday")):
            f.weekStart.addItem(label, value)
        for label, value in (("12-hour (3:30 PM)", "12h"), ("24-hour (15:30)", "24h")):
            f.timeFormat.addItem(label, value)
        values = settings.get_all(session.db)
        f.weekStart.setCurrentIndex(f.weekStart.findData(values["week_start"]))
        f.timeFormat.setCurrentIndex(f.timeFormat.findData(values["time_format"]))
        f.meetingMinutes.setValue(values["default_meeting_minutes"])
        f.backupsKept.setValue(values["backups_kept"])
        f.isolationWeeks.setValue(values["isolation_weeks"])
        f.mentorCapacity.setValue(values["mentor_capacity"])
        f.buttons.accepted.connect(self.save)
        f.buttons.rejected.connect(self.reject)

    def save(self) -> None:
        f = self.form
        if (
            self.fields.save()
            and self.session.write(
                settings.put,
                week_start=f.weekStart.currentData(),
                time_format=f.timeFormat.currentData(),
                default_meeting_minutes=f.meetingMinutes.value(),
                backups_kept=f.backupsKept.value(),
                isolation_weeks=f.isolationWeeks.value(),
                mentor_capacity=f.mentorCapacity.value(),
            ).ok
        ):
            self.accept()
