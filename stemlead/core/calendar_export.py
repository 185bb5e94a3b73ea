"""Meetings and community events as an iCalendar file that Outlook, Google and Apple
calendars open.

A repeating series becomes one VEVENT with its RRULE (UNTIL in UTC, as RFC 5545 asks when
DTSTART has a time zone), EXDATEs for skipped occurrences, and one more VEVENT with a
RECURRENCE-ID for each occurrence moved or changed on its own. Stand-alone meetings are
plain VEVENTs, and so are planned and held community events (times in UTC; what an
event is, never its private notes or debrief). UIDs are built from the database's install id and the row ids, so
importing the file again updates the same events instead of duplicating them. VTIMEZONE
blocks use yearly rules (see vtimezone.py).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from stemlead.core import meetings
from stemlead.core.recurrence import parse_wall, to_aware, zone
from stemlead.core.vtimezone import vtimezone
from stemlead.store import Database, output_file

PRODID = "-//STEM Lead//Meetings//EN"


def _install_id(db: Database) -> str:
    import json

    raw = db.scalar("SELECT value FROM settings WHERE key = 'install_id'")
    return str(json.loads(raw)) if raw else "stemlead"


def _ics_rule(series: meetings.Series) -> dict[str, Any]:
    """The RRULE as icalendar wants it, with a local UNTIL turned into UTC."""
    from icalendar import vRecur

    rule = vRecur.from_ical(series.rrule)
    if "UNTIL" in rule:
        until = rule["UNTIL"][0]
        if isinstance(until, datetime) and until.tzinfo is None:
            rule["UNTIL"] = [to_aware(until, series.tzid).astimezone(zone("UTC"))]
    return dict(rule)


def _event(uid: str, meeting_like: Any, start: datetime, description: str = "") -> Any:
    from icalendar import Event

    event = Event()
    event.add("uid", uid)
    event.add("dtstamp", datetime.now(zone("UTC")).replace(microsecond=0))
    event.add("summary", meeting_like.title or "Meeting")
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=meeting_like.duration_minutes))
    if meeting_like.place:
        event.add("location", meeting_like.place)
    if description:
        event.add("description", description)
    return event


def _local(iso: str, tzid: str) -> datetime:
    return datetime.fromisoformat(iso).astimezone(zone(tzid))


def build_calendar(db: Database) -> Any:
    """Every meeting series and stand-alone meeting (cancelled ones left out), as an
    ``icalendar.Calendar``."""
    from icalendar import Calendar

    install = _install_id(db)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "STEM Lead meetings")
    goals = {r[0]: r[1] for r in db.query("SELECT id, goal FROM groups")}
    events: list[Any] = []
    for row in db.query("SELECT id FROM meeting_series ORDER BY id"):
        series = meetings.get_series(db, row[0])
        uid = f"series-{series.id}@{install}"
        first = to_aware(parse_wall(series.dtstart), series.tzid)
        event = _event(uid, series, first, goals.get(series.group_id, ""))
        event.add("rrule", _ics_rule(series))
        for (occurrence,) in db.query(
            "SELECT occurrence FROM meeting_series_exdates WHERE series_id = ? ORDER BY 1",
            (series.id,),
        ):
            event.add("exdate", to_aware(parse_wall(occurrence), series.tzid))
        events.append(event)
        for meeting in _overrides(db, series):
            start = _local(meeting.starts_at, meeting.tzid)
            override = _event(uid, meeting, start, goals.get(meeting.group_id or 0, ""))
            assert meeting.recurrence_id is not None
            override.add("recurrence-id", to_aware(parse_wall(meeting.recurrence_id), series.tzid))
            events.append(override)
    for meeting in _standalone(db):
        events.append(
            _event(
                f"meeting-{meeting.id}@{install}",
                meeting,
                _local(meeting.starts_at, meeting.tzid),
                goals.get(meeting.group_id or 0, ""),
            )
        )
    years = db.one(
        "SELECT min(substr(starts_at, 1, 4)), max(substr(starts_at, 1, 4)) FROM meetings"
    )
    if years and years[0]:
        tzids = {
            r[0]
            for r in db.query("SELECT tzid FROM meetings UNION SELECT tzid FROM meeting_series")
        }
        for tzid in sorted(tzids - {"UTC", "Etc/UTC"}):
            calendar.add_component(vtimezone(tzid, int(years[0]) - 1, int(years[1]) + 1))
    events += _community_events(db, install)
    for event in events:  # after the VTIMEZONEs, which some readers want first
        calendar.add_component(event)
    return calendar


def _community_events(db: Database, install: str) -> list[Any]:
    """STEM nights, competitions, visits…: what people put in their own calendars."""
    from icalendar import Event

    from stemlead.core import events as community

    out = []
    for row in community.list_events(db):
        if row.status == "cancelled":
            continue
        event = community.get(db, row.id)
        vevent = Event()
        vevent.add("uid", f"event-{event.id}@{install}")
        vevent.add("dtstamp", datetime.now(zone("UTC")).replace(microsecond=0))
        vevent.add("summary", event.title)
        vevent.add("dtstart", event.start.astimezone(zone("UTC")))
        vevent.add("dtend", event.end.astimezone(zone("UTC")))
        if event.place:
            vevent.add("location", event.place)
        if event.description:
            vevent.add("description", event.description)
        vevent.add("categories", [community.KIND_LABELS[event.kind]])
        out.append(vevent)
    return out


def _overrides(db: Database, series: meetings.Series) -> list[meetings.Meeting]:
    """Occurrences that differ from what the series says (moved, retitled, elsewhere)."""
    from stemlead.core import records

    found = []
    for meeting in records.select(
        db, meetings.Meeting, "t.series_id = ? AND t.status <> 'cancelled'", [series.id]
    ):
        assert meeting.recurrence_id is not None
        expected = to_aware(parse_wall(meeting.recurrence_id), series.tzid)
        if (
            datetime.fromisoformat(meeting.starts_at) != expected
            or meeting.duration_minutes != series.duration_minutes
            or meeting.place != series.place
            or meeting.title != series.title
        ):
            found.append(meeting)
    return found


def _standalone(db: Database) -> list[meetings.Meeting]:
    from stemlead.core import records

    return records.select(
        db,
        meetings.Meeting,
        "t.series_id IS NULL AND t.status <> 'cancelled'",
        [],
        order="datetime(t.starts_at)",
    )


def export_calendar(db: Database, path: Path) -> int:
    """Write the calendar to ``path`` (complete or not at all); return the events written
    (a repeating series is one event)."""
    calendar = build_calendar(db)
    output_file.write(path, calendar.to_ical(), database=db.path)
    return sum(1 for part in calendar.subcomponents if part.name == "VEVENT")
