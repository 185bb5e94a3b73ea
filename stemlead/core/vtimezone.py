"""VTIMEZONE blocks that every calendar program reads the same way.

The icalendar library describes a zone with a list of RDATEs; some readers (Outlook among
them, and dateutil's parser) apply such lists wrongly in later years, moving meetings by
an hour after a daylight-saving change. Here a zone is described the classic way, with
one yearly RRULE for each change (e.g. second Sunday of March, first Sunday of November),
derived from the zone's real transitions in the years the calendar covers.
"""

from __future__ import annotations

import calendar as month_calendar
from datetime import datetime, timedelta
from typing import Any

from stemlead.core.recurrence import zone

_DAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def _transitions(tzid: str, year: int) -> list[tuple[datetime, timedelta, timedelta, str]]:
    """(local wall time just before, offset before, offset after, name after) per change."""
    tz = zone(tzid)
    found = []
    day = datetime(year, 1, 1, 12, tzinfo=tz)
    previous = day.utcoffset()
    while day.year == year:
        following = day + timedelta(days=1)
        if following.utcoffset() != previous:
            hour = day
            while hour.utcoffset() == previous:  # find the hour of the change (UTC steps)
                hour = (hour.astimezone(zone("UTC")) + timedelta(hours=1)).astimezone(tz)
            before = hour.astimezone(zone("UTC")) + (previous or timedelta())
            assert following.utcoffset() is not None and previous is not None
            found.append(
                (
                    before.replace(tzinfo=None),
                    previous,
                    hour.utcoffset() or timedelta(),
                    hour.tzname() or "",
                )
            )
            previous = following.utcoffset()
        day = following
    return found


def _byday(moment: datetime) -> str:
    last = moment.day + 7 > month_calendar.monthrange(moment.year, moment.month)[1]
    nth = -1 if last else (moment.day - 1) // 7 + 1
    return f"{nth}{_DAYS[moment.weekday()]}"


def vtimezone(tzid: str, first_year: int, last_year: int) -> Any:
    """An icalendar Timezone component for ``tzid`` with yearly rules."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard

    component = Timezone()
    component.add("tzid", tzid)
    changes = {year: _transitions(tzid, year) for year in range(first_year, last_year + 1)}
    sample = next((c for c in changes.values() if c), [])
    if not sample:  # no daylight saving in these years: one standard time
        moment = datetime(first_year, 1, 1, tzinfo=zone(tzid))
        part = TimezoneStandard()
        part.add("dtstart", datetime(1970, 1, 1))
        offset = moment.utcoffset() or timedelta()
        part.add("tzoffsetfrom", offset)
        part.add("tzoffsetto", offset)
        part.add("tzname", moment.tzname() or tzid)
        component.add_component(part)
        return component
    for index, (wall, before, after, name) in enumerate(sample):
        rules = {_byday(c[index][0]) for c in changes.values() if len(c) > index}
        byday = rules.pop() if len(rules) == 1 else _byday(wall)
        change: TimezoneDaylight | TimezoneStandard = (
            TimezoneDaylight() if after > before else TimezoneStandard()
        )
        change.add("dtstart", wall)
        change.add("tzoffsetfrom", before)
        change.add("tzoffsetto", after)
        change.add("tzname", name)
        change.add("rrule", {"FREQ": "YEARLY", "BYMONTH": wall.month, "BYDAY": byday})
        component.add_component(change)
    return component
