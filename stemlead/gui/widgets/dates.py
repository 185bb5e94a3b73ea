"""One date field for the whole app: ISO text in and out, an optional "no date", typed
digits accepted, four-digit years, the same format on every page."""

from __future__ import annotations

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QFocusEvent, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from stemlead.gui import fmt

_NO_DATE = QDate(1900, 1, 1)  # below any real date a coach enters; shown as the empty text


def date_format() -> str:
    """The locale's short date with a four-digit year ("M/d/yyyy", "dd.MM.yyyy", …)."""
    pattern = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


class DateBox(QDateEdit):
    """A date the coach can leave empty (when the field allows it).

    Empty shows the empty text ("—", "No due date"); a click, ↑/↓ or Space starts from
    today rather than from the year 1900, and Delete empties it again.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._optional = False
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
        self.setSelectedSection(QDateEdit.Section.MonthSection)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if self._optional and key == Qt.Key.Key_Delete:
            self.clear_date()
            return
        if self.is_empty():
            if key == Qt.Key.Key_Backspace:
                return
            if key in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_Space):
                self._start_from_today()
                return
            if event.text().isdigit():  # typing a date into an empty box starts afresh
                self._start_from_today()
                self.lineEdit().selectAll()
        super().keyPressEvent(event)

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab steps through day, month and year, then leaves; an empty box has no parts,
        and QDateEdit kept Tab in it for ever."""
        if self.is_empty():
            return QWidget.focusNextPrevChild(self, next)
        return super().focusNextPrevChild(next)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self.is_empty():
            self._start_from_today()
        super().mousePressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        if not self.is_empty():
            self.lineEdit().selectAll()
