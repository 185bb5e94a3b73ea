"""Dates and times shown in the coach's locale (stored as ISO 8601 text)."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

_time_format: str | None = None  # None: the locale's own short format


def configure(*, time_format: str) -> None:
    """Apply the coach's 12- or 24-hour preference (Settings) to every time shown."""
    global _time_format
    _time_format = "HH:mm" if time_format == "24h" else "h:mm AP"


def _locale() -> QLocale:
    return QLocale()


def date_format() -> str:
    """The one way a date reads and is typed: the locale's short date with a four-digit
    year ("M/d/yyyy", "dd.MM.yyyy", …); date fields edit in it and lists show it."""
    pattern = _locale().dateFormat(QLocale.FormatType.ShortFormat)
    if "yyyy" not in pattern:
        pattern = pattern.replace("yy", "yyyy")
    return pattern


def _time_pattern() -> str:
    return _time_format or _locale().timeFormat(QLocale.FormatType.ShortFormat)


def moment_format() -> str:
    """A date and time field's format: :func:`date_format` and the clock in use."""
    return f"{date_format()} {_time_pattern()}"


def day(iso: str | None) -> str:
    """'2026-11-24' -> '11/24/2026' ('24.11.2026', …: :func:`date_format`); '' for None."""
    if not iso:
        return ""
    value = date.fromisoformat(iso[:10])
    return _locale().toString(QDate(value.year, value.month, value.day), date_format())


def long_day(value: date) -> str:
    return _locale().toString(QDate(value.year, value.month, value.day), "dddd, MMMM d")


def clock(iso: str | None) -> str:
    """The local wall-clock time of a stored moment, in the locale's short format."""
    if not iso:
        return ""
    moment = datetime.fromisoformat(iso)
    return _locale().toString(QTime(moment.hour, moment.minute), _time_pattern())


def day_and_clock(iso: str | None) -> str:
    if not iso:
        return ""
    return f"{day(iso)} {clock(iso)}" if "T" in iso else day(iso)


def qdate(iso: str | None) -> QDate:
    if not iso:
        return QDate()
    value = date.fromisoformat(iso[:10])
    return QDate(value.year, value.month, value.day)


def isolate(text: str) -> str:
    """``text`` set apart as a run of its own direction (U+2068 FSI … U+2069 PDI), so a
    name in Arabic or Hebrew in a Latin sentence (or the other way round) keeps the words
    around it in their order."""
    return f"\u2068{text}\u2069"


def minutes(total: int) -> str:
    hours, mins = divmod(int(total), 60)
    if hours and mins:
        return f"{hours} h {mins} min"
    return f"{hours} h" if hours else f"{mins} min"
