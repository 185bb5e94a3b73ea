"""Repeating meetings: RFC 5545 RRULEs expanded with python-dateutil.

A series is a rule over *wall-clock* times in one IANA time zone: a PLC at 15:30 every
Tuesday is at 15:30 in November and in April, whatever the UTC offset does in between.
Expansion therefore runs on naive local times and attaches the zone afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import cache
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from stemlead.core.fields import Field, ordinal
from stemlead.errors import InvalidInput

WALL = "%Y-%m-%dT%H:%M"


@cache
def zone(tzid: str) -> ZoneInfo:
    try:
        return ZoneInfo(tzid)
    except (ZoneInfoNotFoundError, ValueError):
        raise InvalidInput(f"'{tzid}' is not a time zone this computer knows.") from None


def local_tzid() -> str:
    """The computer's IANA time zone name (e.g. ``America/Chicago``)."""
    from tzlocal import get_localzone_name

    try:
        return get_localzone_name() or "UTC"
    except Exception:  # tzlocal raises several kinds on odd systems; UTC is a safe answer
        return "UTC"


def normalize_rrule(text: str) -> str:
    """Check an RRULE and return it without the ``RRULE:`` prefix; InvalidInput if bad."""
    from dateutil.rrule import rrulestr

    rule = text.strip()
    if rule.upper().startswith("RRULE:"):
        rule = rule[6:]
    if not rule:
        raise InvalidInput("A repeating meeting needs a rule such as FREQ=WEEKLY;BYDAY=TU.")
    try:
        rrulestr(rule, dtstart=datetime(2000, 1, 1))
    except (ValueError, TypeError):
        raise InvalidInput(f"'{text}' is not a repeat rule STEM Lead understands.") from None
    return rule.upper()


def parse_wall(text: str) -> datetime:
    try:
        return datetime.strptime(text, WALL)
    except ValueError:
        raise InvalidInput(f"'{text}' is not a date and time (YYYY-MM-DDTHH:MM).") from None


def to_aware(wall: datetime, tzid: str) -> datetime:
    """Attach the zone to a wall-clock time (the earlier one when the clock falls back)."""
    return wall.replace(tzinfo=zone(tzid), fold=0)


def expand(
    rrule: str,
    dtstart: str,
    tzid: str,
    *,
    until: datetime,
    after: datetime | None = None,
    exdates: frozenset[str] = frozenset(),
) -> list[datetime]:
    """Occurrence start times (aware) from ``after`` up to ``until``, minus the exdates."""
    from dateutil.rrule import rrulestr

    tz = zone(tzid)
    first = parse_wall(dtstart)
    rule = rrulestr(rrule, dtstart=first)
    end_wall = until.astimezone(tz).replace(tzinfo=None)
    start_wall = after.astimezone(tz).replace(tzinfo=None) if after else first - timedelta(1)
    return [
        to_aware(wall, tzid)
        for wall in rule.between(start_wall, end_wall, inc=True)
        if wall.strftime(WALL) not in exdates
    ]


@dataclass(frozen=True)
class RRuleField(Field):
    def store(self, value: Any) -> str:
        return normalize_rrule(str(value or ""))


@dataclass(frozen=True)
class WallTime(Field):
    def store(self, value: Any) -> str:
        if isinstance(value, datetime):
            return value.strftime(WALL)
        return parse_wall(str(value).strip()).strftime(WALL)


@dataclass(frozen=True)
class TimeZoneField(Field):
    def store(self, value: Any) -> str:
        tzid = str(value or "").strip() or local_tzid()
        zone(tzid)
        return tzid


REPEATS = {
    "weekly": "Every week",
    "biweekly": "Every two weeks",
    "monthly": "Every month (same weekday)",
}


def simple_rule(repeat: str, first: datetime, until: date | None = None) -> str:
    """The RRULE for the repeat choices a coach is offered, anchored on the first meeting."""
    day = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[first.weekday()]
    if repeat == "weekly":
        rule = f"FREQ=WEEKLY;BYDAY={day}"
    elif repeat == "biweekly":
        rule = f"FREQ=WEEKLY;INTERVAL=2;BYDAY={day}"
    elif repeat == "monthly":
        nth = (first.day - 1) // 7 + 1
        rule = f"FREQ=MONTHLY;BYDAY={nth if nth < 5 else -1}{day}"
    else:
        raise InvalidInput(f"'{repeat}' is not a way a meeting repeats.")
    if until is not None:
        if until < first.date():
            raise InvalidInput("The last date must come after the first meeting.")
        rule += f";UNTIL={until.strftime('%Y%m%d')}T235959"
    return rule


_WEEKDAYS = {
    "MO": "Monday",
    "TU": "Tuesday",
    "WE": "Wednesday",
    "TH": "Thursday",
    "FR": "Friday",
    "SA": "Saturday",
    "SU": "Sunday",
}
_ORDINALS = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth", -1: "last"}
_UNITS = {"DAILY": "day", "WEEKLY": "week", "MONTHLY": "month", "YEARLY": "year"}
_WORDED = {"FREQ", "INTERVAL", "BYDAY", "BYMONTHDAY", "COUNT", "UNTIL", "WKST"}


def describe(rule: str, first: datetime) -> str:
    """A series' rule in words, as a coach would say it: "Every week on Tuesday until
    June 12, 2027", "Every 2 weeks on Tuesday", "Monthly on the first Tuesday".

    ``first`` is the first meeting, which fixes the day when the rule leaves it out (as
    RFC 5545 does). A rule beyond these words is named as custom rather than misread.
    """
    parts = dict(
        p.split("=", 1) for p in rule.upper().removeprefix("RRULE:").split(";") if "=" in p
    )
    freq, interval = parts.get("FREQ", ""), parts.get("INTERVAL", "1")
    days = [d for d in parts.get("BYDAY", "").split(",") if d]
    try:
        if freq not in _UNITS or set(parts) - _WORDED or not interval.isdigit():
            raise ValueError(rule)
        every = int(interval)
        unit = _UNITS[freq]
        if every > 1:
            words = f"Every {every} {unit}s"
        else:
            words = "Monthly" if freq == "MONTHLY" else f"Every {unit}"
        words += _on(freq, days, parts.get("BYMONTHDAY"), first)
    except (ValueError, KeyError):
        return f"Repeats on a custom rule ({rule})"
    if "UNTIL" in parts:
        last = datetime.strptime(parts["UNTIL"][:8], "%Y%m%d").date()
        words += f" until {last:%B} {last.day}, {last.year}"
    if "COUNT" in parts:
        count = int(parts["COUNT"])
        words += ", once" if count == 1 else f", {count} times"
    return words


def _on(freq: str, days: list[str], month_day: str | None, first: datetime) -> str:
    """ " on Tuesday", " on the first Tuesday", " on the 15th"; ValueError beyond words."""
    if freq == "DAILY":
        if days or month_day:
            raise ValueError(freq)
        return ""
    if freq == "YEARLY":
        if days or month_day:
            raise ValueError(freq)
        return f" on {first:%B} {first.day}"
    if freq == "WEEKLY":
        if month_day:
            raise ValueError(freq)
        names = [_WEEKDAYS[d] for d in days] or [f"{first:%A}"]
        return " on " + (
            ", ".join(names[:-1]) + " and " + names[-1] if len(names) > 1 else names[0]
        )
    if days:  # MONTHLY on the nth weekday
        if month_day or len(days) != 1 or not days[0][:-2].lstrip("+-").isdigit():
            raise ValueError(freq)
        return f" on the {_ORDINALS[int(days[0][:-2])]} {_WEEKDAYS[days[0][-2:]]}"
    number = int(month_day) if month_day else first.day
    if number < 0:  # counted from the month's end
        raise ValueError(month_day)
    return f" on the {ordinal(number)}"
