"""One date field for the whole app: ISO text in and out, an optional "no date", typed
digits accepted, four-digit years, the same format on every page."""

from __future__ import annotations

from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QAbstractSpinBox, QDateEdit, QWidget

from stemlead.gui import fmt
from stemlead.gui.fmt import date_format

_NO_DATE = QDate(1900, 1, 1)  # below any real date a coach enters; shown as the empty text


class DateBox(QDateEdit):
    """A date the coach can leave empty (when the field allows it).

    Empty shows the empty text ("—", "No due date"); a click, ↑/↓ or Space starts from
    today rather than from the year 1900, and Delete empties it again.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._optional = False
        self._moved_on = False  # the last digit typed filled a part and moved to the next
        self.setCalendarPopup(True)
        self.setDisplayFormat(date_format())
        self.setMinimumDate(QDate(1900, 1, 2))
        self.setMaximumDate(QDate(9999, 12, 31))
        self.setDate(QDate.currentDate())

    def set_optional(self, optional: bool, empty_text: str = "—") -> None:
        self._optional = optional
        if optional:
            self.setMinimumDate(_NO_DATE)
            self.setSpecialValueText(empty_text)
            self.setToolTip("Type a date, click or press ↑ to choose one; Delete clears it")
        else:
            self.setSpecialValueText("")
            self.setMinimumDate(QDate(1900, 1, 2))

    def is_empty(self) -> bool:
        return self._optional and self.date() == _NO_DATE

    def iso(self) -> str | None:
        """The date as ``YYYY-MM-DD``, or None when empty."""
        return None if self.is_empty() else self.date().toString("yyyy-MM-dd")

    def set_iso(self, iso: str | None) -> None:
        if iso:
            self.setDate(fmt.qdate(iso))
        elif self._optional:
            self.setDate(_NO_DATE)
        else:
            self.setDate(QDate.currentDate())

    def clear_date(self) -> None:
        if self._optional:
            self.setDate(_NO_DATE)

    def _start_from_today(self) -> None:
        self.setDate(QDate.currentDate())
        self._first_section()

    def _first_section(self) -> None:
        """Select the first part of the date (the month in M/d/yyyy, the day in dd.MM.yyyy),
        so a date typed in full fills it from the start."""
        self.setSelectedSection(self.sectionAt(0))
        self._moved_on = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        text = event.text()
        if self._optional and key == Qt.Key.Key_Delete:
            self.clear_date()
            return
        if self.is_empty():
            if key == Qt.Key.Key_Backspace:
                return
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Space):
                self._start_from_today()
                return
            if text.isdigit():  # typing a date into an empty box starts afresh
                self._start_from_today()
        if text and not text.isdigit() and text.isprintable() and self._moved_on:
            # "12/1/2026": the month was full at "12" and Qt moved on by itself; the "/"
            # the coach types next belongs there, not one part further
            self._moved_on = False
            return
        before = self.currentSectionIndex()
        super().keyPressEvent(event)
        self._moved_on = text.isdigit() and self.currentSectionIndex() != before

    def event(self, event: QEvent) -> bool:
        self._tabbing = isinstance(event, QKeyEvent) and event.key() in (
            Qt.Key.Key_Tab,
            Qt.Key.Key_Backtab,
        )
        try:
            return super().event(event)
        finally:
            self._tabbing = False

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab goes on to the next field, as everywhere else, not to the date's next part
        (an empty date kept Tab for ever); typing "/" still moves within the date."""
        if getattr(self, "_tabbing", False):
            return QAbstractSpinBox.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.is_empty():
            self._start_from_today()
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if not self.is_empty():
            self._first_section()
