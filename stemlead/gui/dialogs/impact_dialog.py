"""Reports → Impact report: choose the dates (this school year unless changed), then preview.

The report itself counts work and names only teachers who agreed to be named; the preview
lets the coach check exactly that before anything is saved or shared.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from stemlead.clock import today
from stemlead.core.impact import school_year
from stemlead.gui.dialogs.handout_preview import HandoutPreview
from stemlead.gui.style import mark
from stemlead.gui.widgets.dates import DateBox
from stemlead.pdf import handouts
from stemlead.store import Database


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ImpactDialog(QDialog):
    """Pick a date range for the impact report and open its preview."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, *, now: date | None = None
    ) -> None:
        super().__init__(parent)
        self.db = db
        self.preview: HandoutPreview | None = None
        self.setWindowTitle("Impact report")
        self.setMinimumWidth(440)
        self._today = now or today()
        start, _ = school_year(self._today)

        layout = QVBoxLayout(self)
        intro = QLabel(
            "The impact report counts your coaching work for administrators and the board. "
            "It names only teachers who agreed to be named."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)

        form = QFormLayout()
        self.since = DateBox()
        self.until = DateBox()
        self.since.setDate(_qdate(start))
        self.until.setDate(_qdate(self._today))
        for edit, name in ((self.since, "First day"), (self.until, "Last day")):
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self._check)
        form.addRow("&From:", self.since)
        form.addRow("&To:", self.until)
        layout.addLayout(form)

        quick = QHBoxLayout()
        for label, handler in (
            ("This school &year", self.use_school_year),
            ("&Last school year", self.use_last_school_year),
        ):
            button = QPushButton(label)
            button.clicked.connect(handler)
            quick.addWidget(button)
        quick.addStretch(1)
        layout.addLayout(quick)

        self.problem = QLabel()
        mark(self.problem, "error")
        layout.addWidget(self.problem)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.preview_button = buttons.addButton("&Preview…", QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.accepted.connect(self.open_preview)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._check()

    def dates(self) -> tuple[str, str]:
        return _date(self.since.date()).isoformat(), _date(self.until.date()).isoformat()

    def use_school_year(self) -> None:
        start, _ = school_year(self._today)
        self.since.setDate(_qdate(start))
        self.until.setDate(_qdate(self._today))

    def use_last_school_year(self) -> None:
        start, _ = school_year(self._today)
        last_start, last_end = school_year(date(start.year - 1, start.month, start.day))
        self.since.setDate(_qdate(last_start))
        self.until.setDate(_qdate(last_end))

    def _check(self) -> None:
        since, until = self.dates()
        ok = since <= until
        self.problem.setText("" if ok else "The last day is before the first day.")
        self.preview_button.setEnabled(ok)

    def open_preview(self) -> None:
        """Show the report for the chosen dates in a preview (this dialog closes)."""
        since, until = self.dates()
        if since > until:
            return
        request = handouts.Request("impact", since=since, until=until)
        self.preview = HandoutPreview(self.db, request, self.parentWidget())
        self.preview.show()
        self.accept()
