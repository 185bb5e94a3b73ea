"""Log a mentoring check-in in seconds: day, minutes, kind, what is working, the focus or
challenge, each side's next steps (one per line; each becomes an action item) and the next
check-in, which defaults to one cadence from the day."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from stemlead.clock import today
from stemlead.core import check_ins, mentorships
from stemlead.core.check_ins import KIND_LABELS
from stemlead.gui.forms.ui_log_check_in import Ui_LogCheckIn
from stemlead.gui.session import Session
from stemlead.gui.style import mark


def lines(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


class LogCheckInDialog(QDialog):
    """``exec()`` it; ``logged_id`` is the new check-in's id when one was logged."""

    def __init__(self, session: Session, pair_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.pair_id = pair_id
        self.logged_id: int | None = None
        self.form = f = Ui_LogCheckIn()
        f.setupUi(self)
        row = mentorships.row(session.db, pair_id)
        self.cadence = row.cadence_days
        f.pair.setText(f"{row.mentee} with {row.mentor_label}")
        for kind, label in KIND_LABELS.items():
            f.kind.addItem(label, kind)
        day = max(today(), date.fromisoformat(row.started_on))
        f.occurredOn.set_iso(day.isoformat())
        f.nextCheckInOn.set_optional(True, "Not set")
        self._suggest_next()
        f.occurredOn.dateChanged.connect(lambda _: self._suggest_next())
        f.buttons.button(QDialogButtonBox.StandardButton.Ok).setText("Log")
        f.buttons.accepted.connect(self.log)
        f.buttons.rejected.connect(self.reject)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.log)
        f.whatWorks.setFocus()

    def _suggest_next(self) -> None:
        day = self.form.occurredOn.iso()
        if day and self.cadence:
            following = date.fromisoformat(day) + timedelta(days=self.cadence)
            self.form.nextCheckInOn.set_iso(following.isoformat())

    def log(self) -> None:
        f = self.form
        outcome = self.session.write(
            check_ins.log,
            self.pair_id,
            occurred_on=f.occurredOn.iso(),
            minutes=f.minutes.value(),
            kind=f.kind.currentData(),
            what_works=f.whatWorks.toPlainText(),
            focus=f.focus.toPlainText(),
            next_check_in_on=f.nextCheckInOn.iso(),
            mentee_steps=lines(f.menteeSteps.toPlainText()),
            mentor_steps=lines(f.mentorSteps.toPlainText()),
        )
        if outcome.ok:
            self.logged_id = outcome.value
            self.accept()
        else:
            f.message.setText(outcome.error)
            mark(f.message, "error")
