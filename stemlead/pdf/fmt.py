"""Dates, clock times and durations as a handout prints them (no Qt, no locale surprises).

Stored moments carry the meeting's own offset, so the wall-clock time printed is the time
people will be in the room.
"""

from __future__ import annotations

from datetime import date, datetime

from stemlead.core import settings
from stemlead.store import Database


def day(value: str | date | None, *, weekday: bool = True) -> str:
    """``2026-12-01`` → "Tuesday, December 1, 2026" ("" for nothing)."""
    if not value:
        return ""
    d = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    text = f"{d:%B} {d.day}, {d.year}"
    return f"{d:%A}, {text}" if weekday else text


def short_day(value: str | date | None) -> str:
    """``2026-12-01`` → "Dec 1, 2026"."""
    if not value:
        return ""
    d = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    return f"{d:%b} {d.day}, {d.year}"


def clock(moment: datetime, twenty_four: bool = False) -> str:
    """ "3:45 pm" (or "15:45")."""
    if twenty_four:
        return f"{moment:%H:%M}"
    hour = moment.hour % 12 or 12
    return f"{hour}:{moment:%M} {'am' if moment.hour < 12 else 'pm'}"


def uses_24h(db: Database) -> bool:
    return bool(settings.get(db, "time_format") == "24h")


def duration(minutes: int) -> str:
    """90 → "1 h 30 min"."""
    hours, mins = divmod(int(minutes), 60)
    if hours and mins:
        return f"{hours} h {mins} min"
    return f"{hours} h" if hours else f"{mins} min"


def hours(minutes: int) -> str:
    """Coaching time for a report: 754 → "12.6 hours"."""
    value = minutes / 60
    return f"{value:,.1f} hours" if value != 1 else "1 hour"


def money(cents: int, currency: str) -> str:
    amount = cents / 100
    symbol = {"USD": "$", "CAD": "CA$", "AUD": "A$", "EUR": "€", "GBP": "£"}.get(currency)
    text = f"{amount:,.0f}" if cents % 100 == 0 else f"{amount:,.2f}"
    return f"{symbol}{text}" if symbol else f"{text} {currency}"


def plural(count: int, noun: str, many: str | None = None) -> str:
    return f"{count:,} {noun if count == 1 else (many or noun + 's')}"
