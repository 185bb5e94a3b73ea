"""Meetings: stand-alone, or occurrences of a repeating series.

Every occurrence within a rolling horizon (a year ahead) is a real row, so an agenda,
attendance or action item can hang off any of them with an ordinary id; the series keeps
the RRULE (for the calendar export) and the skipped dates. :func:`extend_series` tops the
horizon up whenever the database is opened for writing.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from stemlead.clock import now, now_iso
from stemlead.core import records
from stemlead.core.fields import Choice, Int, Moment, Notes, Ref, Text, parse_moment
from stemlead.core.records import Record, editable
from stemlead.core.recurrence import (
    WALL,
    RRuleField,
    TimeZoneField,
    WallTime,
    expand,
    parse_wall,
    to_aware,
    zone,
)
from stemlead.store import Database

STATUSES = ("scheduled", "held", "cancelled")
HORIZON = timedelta(days=370)


@dataclass(slots=True)
class Meeting(Record):
    TABLE = "meetings"
    NOUN = "meeting"

    id: int
    group_id: int | None = editable(Ref("Group", table="groups"), None)
    series_id: int | None = None
    recurrence_id: str | None = None
    title: str = editable(Text("Title", max_len=200), "")
    starts_at: str = editable(Moment("Start"), "")
    tzid: str = editable(TimeZoneField("Time zone"), "")
    duration_minutes: int = editable(Int("Length (minutes)", minimum=5, maximum=1440), 45)
    place: str = editable(Text("Place", max_len=200), "")
    status: str = editable(Choice("Status", STATUSES), "scheduled")
    notes: str = editable(Notes("Minutes"), "")
    private_notes: str = editable(Notes("Private notes"), "")
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return f"{self.title or 'Meeting'} on {self.starts_at[:10]}"

    @property
    def start(self) -> datetime:
        return parse_moment(self.starts_at)

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_minutes)


@dataclass(slots=True)
class Series(Record):
    TABLE = "meeting_series"
    NOUN = "meeting series"

    id: int
    group_id: int | None = editable(Ref("Group", table="groups"), None)
    title: str = editable(Text("Title", max_len=200), "")
    rrule: str = editable(RRuleField("Repeat rule"), "")
    dtstart: str = editable(WallTime("First meeting"), "")
    tzid: str = editable(TimeZoneField("Time zone"), "")
    duration_minutes: int = editable(Int("Length (minutes)", minimum=5, maximum=1440), 45)
    place: str = editable(Text("Place", max_len=200), "")
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return self.title or "Repeating meeting"


@dataclass(frozen=True, slots=True)
class MeetingRow:
    id: int
    title: str
    group_id: int | None
    group: str
    starts_at: str
    duration_minutes: int
    place: str
    status: str
    series_id: int | None
    agenda_items: int


_crud = records.Crud(Meeting)
get, update, delete = _crud.get, _crud.update, _crud.delete
get_series = records.Crud(Series).get


def _group_defaults(db: Database, group_id: int | None) -> dict[str, Any]:
    if group_id is None:
        return {}
    row = db.one(
        "SELECT name, default_minutes, default_place FROM groups WHERE id = ?", (group_id,)
    )
    if row is None:
        return {}
    return {
        "title": row["name"],
        "duration_minutes": row["default_minutes"],
        "place": row["default_place"],
    }


def add(
    db: Database,
    *,
    starts_at: str | datetime,
    group_id: int | None = None,
    tzid: str | None = None,
    **values: Any,
) -> int:
    """A stand-alone meeting; title, length and place default to the group's."""
    values = _group_defaults(db, group_id) | values
    tzid = TimeZoneField("Time zone").store(tzid)
    moment = parse_moment(starts_at, "Start", tz=zone(tzid))
    return records.insert(
        db, Meeting, {**values, "group_id": group_id, "starts_at": moment, "tzid": tzid}
    )


def add_series(
    db: Database,
    *,
    first_start: str | datetime,
    rrule: str,
    group_id: int | None = None,
    tzid: str | None = None,
    until: datetime | None = None,
    **values: Any,
) -> int:
    """A repeating meeting: ``first_start`` is wall-clock ``YYYY-MM-DDTHH:MM`` in ``tzid``.

    Occurrences get rows up to ``until`` (default: a year from now).
    """
    values = _group_defaults(db, group_id) | values
    values.update(group_id=group_id, dtstart=first_start, rrule=rrule, tzid=tzid)
    with db.transaction():
        series_id = records.insert(db, Series, values)
        extend_series(db, series_id=series_id, until=until)
    return series_id


def extend_series(
    db: Database, *, series_id: int | None = None, until: datetime | None = None
) -> int:
    """Create the rows for occurrences up to the horizon; return how many were added."""
    until = until or now() + HORIZON
    where = "WHERE id = ?" if series_id is not None else ""
    added = 0
    stamp = now_iso()
    with db.transaction():
        for s in db.query(
            f"SELECT * FROM meeting_series {where}", (series_id,) if series_id is not None else ()
        ):
            skipped = frozenset(
                r[0]
                for r in db.query(
                    "SELECT occurrence FROM meeting_series_exdates WHERE series_id = ?", (s["id"],)
                )
            )
            last = db.scalar(
                "SELECT max(recurrence_id) FROM meetings WHERE series_id = ?", (s["id"],)
            )
            after = to_aware(parse_wall(last), s["tzid"]) + timedelta(minutes=1) if last else None
            rows = [
                (
                    s["group_id"],
                    s["id"],
                    start.strftime(WALL),
                    s["title"],
                    start.isoformat(),
                    s["tzid"],
                    s["duration_minutes"],
                    s["place"],
                    stamp,
                    stamp,
                )
                for start in expand(
                    s["rrule"], s["dtstart"], s["tzid"], until=until, after=after, exdates=skipped
                )
            ]
            db.conn.executemany(
                "INSERT OR IGNORE INTO meetings (group_id, series_id, recurrence_id, title,"
                " starts_at, tzid, duration_minutes, place, created_at, updated_at)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            added += len(rows)
    return added


def list_meetings(
    db: Database,
    *,
    since: str | None = None,
    until: str | None = None,
    group_id: int | None = None,
) -> list[MeetingRow]:
    """Meetings in date order; ``since``/``until`` are local dates (``until`` inclusive)."""
    where, params = [], []
    if since:
        where.append("substr(m.starts_at, 1, 10) >= ?")
        params.append(since)
    if until:
        where.append("substr(m.starts_at, 1, 10) <= ?")
        params.append(until)
    if group_id is not None:
        where.append("m.group_id = ?")
        params.append(group_id)
    sql = f"""
        SELECT m.id, m.title, m.group_id, coalesce(g.name, ''), m.starts_at, m.duration_minutes,
               m.place, m.status, m.series_id,
               (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id)
        FROM meetings m LEFT JOIN groups g ON g.id = m.group_id
        {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY datetime(m.starts_at), m.id
    """
    return [MeetingRow(*r) for r in db.query(sql, params)]


def for_teacher(db: Database, teacher_id: int, *, limit: int = 20) -> list[MeetingRow]:
    """Meetings a teacher attended or whose group they belong to, newest first (up to the
    next two weeks)."""
    horizon = (now() + timedelta(days=14)).isoformat()
    sql = """
        SELECT m.id, m.title, m.group_id, coalesce(g.name, ''), m.starts_at, m.duration_minutes,
               m.place, m.status, m.series_id,
               (SELECT count(*) FROM agenda_items a WHERE a.meeting_id = m.id)
        FROM meetings m LEFT JOIN groups g ON g.id = m.group_id
        WHERE (m.group_id IN (SELECT group_id FROM group_members WHERE teacher_id = ?)
               OR m.id IN (SELECT meeting_id FROM attendance WHERE teacher_id = ?))
          AND datetime(m.starts_at) <= datetime(?) AND m.status <> 'cancelled'
        ORDER BY datetime(m.starts_at) DESC LIMIT ?
    """
    return [MeetingRow(*r) for r in db.query(sql, (teacher_id, teacher_id, horizon, limit))]
