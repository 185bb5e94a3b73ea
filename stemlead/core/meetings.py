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
from stemlead.core.changes import Kind, changes
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
from stemlead.errors import InvalidInput
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


_crud = records.Crud(Meeting, Kind.MEETING)
get, update, delete = _crud.get, _crud.update, _crud.delete
get_series = records.Crud(Series, Kind.MEETING).get


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


@changes(Kind.MEETING)
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


@changes(Kind.MEETING)
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


@changes(Kind.MEETING)
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
    where: list[str] = []
    params: list[Any] = []
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


# -- one occurrence, or this and all following ------------------------------------------------
def _occurrence(db: Database, meeting_id: int) -> tuple[Meeting, Series]:
    meeting = get(db, meeting_id)
    if meeting.series_id is None or meeting.recurrence_id is None:
        raise InvalidInput("That meeting does not repeat; edit it directly.")
    return meeting, get_series(db, meeting.series_id)


@changes(Kind.MEETING)
def skip_occurrence(db: Database, meeting_id: int) -> None:
    """Skip one occurrence: it stays visible as cancelled and leaves the calendar (EXDATE)."""
    meeting, series = _occurrence(db, meeting_id)
    with db.transaction():
        db.execute(
            "INSERT OR IGNORE INTO meeting_series_exdates (series_id, occurrence) VALUES (?, ?)",
            (series.id, meeting.recurrence_id),
        )
        update(db, meeting_id, status="cancelled")


@changes(Kind.MEETING)
def unskip_occurrence(db: Database, meeting_id: int) -> None:
    meeting, series = _occurrence(db, meeting_id)
    with db.transaction():
        db.execute(
            "DELETE FROM meeting_series_exdates WHERE series_id = ? AND occurrence = ?",
            (series.id, meeting.recurrence_id),
        )
        update(db, meeting_id, status="scheduled")


@changes(Kind.MEETING)
def move(db: Database, meeting_id: int, starts_at: str | datetime) -> None:
    """Move one meeting (or one occurrence: the series is unchanged) to a new start."""
    meeting = get(db, meeting_id)
    update(db, meeting_id, starts_at=parse_moment(starts_at, "Start", tz=zone(meeting.tzid)))


@changes(Kind.MEETING)
def reschedule(
    db: Database,
    meeting_id: int,
    starts_at: str | datetime,
    *,
    duration_minutes: int | None = None,
    place: str | None = None,
) -> None:
    """Move one meeting and change its length and place: all of it, or none if one is refused."""
    changes: dict[str, Any] = {
        k: v for k, v in (("duration_minutes", duration_minutes), ("place", place)) if v is not None
    }
    with db.transaction():
        move(db, meeting_id, starts_at)
        if changes:
            update(db, meeting_id, **changes)


def _rule_parts(rule: str) -> dict[str, str]:
    return dict(part.split("=", 1) for part in rule.split(";") if "=" in part)


def _rule_text(parts: dict[str, str]) -> str:
    return ";".join(f"{key}={value}" for key, value in parts.items())


@changes(Kind.MEETING)
def change_following(
    db: Database,
    meeting_id: int,
    *,
    start_time: str | None = None,
    duration_minutes: int | None = None,
    place: str | None = None,
    title: str | None = None,
) -> int:
    """Change this occurrence and all that follow it; return the series they now belong to.

    The series is split: the old one ends before this occurrence (its RRULE gets an UNTIL,
    or a shorter COUNT), and a new series with the changes starts here, taking over the
    following meetings with their agendas, minutes and action items.
    """
    meeting, series = _occurrence(db, meeting_id)
    assert meeting.recurrence_id is not None
    first = parse_wall(meeting.recurrence_id)
    if start_time is not None:
        try:
            hour, minute = (int(x) for x in start_time.split(":"))
            first = first.replace(hour=hour, minute=minute)
        except ValueError:
            raise InvalidInput(f"'{start_time}' is not a time of day (HH:MM).") from None
    changes: dict[str, Any] = {
        k: v
        for k, v in (("duration_minutes", duration_minutes), ("place", place), ("title", title))
        if v is not None
    }
    parts = _rule_parts(series.rrule)
    before = to_aware(parse_wall(meeting.recurrence_id), series.tzid) - timedelta(minutes=1)
    earlier = expand(series.rrule, series.dtstart, series.tzid, until=before)
    with db.transaction():
        following = db.query(
            "SELECT id, recurrence_id, starts_at FROM meetings WHERE series_id = ? AND recurrence_id >= ?",
            (series.id, meeting.recurrence_id),
        )
        if earlier:
            new_parts = dict(parts)
            if "COUNT" in parts:
                parts["COUNT"] = str(len(earlier))
                new_parts["COUNT"] = str(int(new_parts["COUNT"]) - len(earlier))
            else:
                parts.pop("UNTIL", None)
                parts["UNTIL"] = (
                    parse_wall(meeting.recurrence_id) - timedelta(minutes=1)
                ).strftime("%Y%m%dT%H%M%S")
            db.execute(
                "UPDATE meeting_series SET rrule = ?, updated_at = ? WHERE id = ?",
                (_rule_text(parts), now_iso(), series.id),
            )
            target = records.insert(
                db,
                Series,
                {
                    "group_id": series.group_id,
                    "title": series.title,
                    "rrule": _rule_text(new_parts),
                    "dtstart": first.strftime(WALL),
                    "tzid": series.tzid,
                    "duration_minutes": series.duration_minutes,
                    "place": series.place,
                    **changes,
                },
            )
        else:  # the first occurrence: the whole series changes
            target = series.id
            records.update(db, Series, series.id, {"dtstart": first.strftime(WALL), **changes})
        shift = first - parse_wall(meeting.recurrence_id)
        moved_exdates = db.query(
            "SELECT occurrence FROM meeting_series_exdates WHERE series_id = ? AND occurrence >= ?",
            (series.id, meeting.recurrence_id),
        )
        db.execute(
            "DELETE FROM meeting_series_exdates WHERE series_id = ? AND occurrence >= ?",
            (series.id, meeting.recurrence_id),
        )
        db.conn.executemany(
            "INSERT OR IGNORE INTO meeting_series_exdates (series_id, occurrence) VALUES (?, ?)",
            [(target, (parse_wall(r[0]) + shift).strftime(WALL)) for r in moved_exdates],
        )
        for row in following:
            wall = parse_wall(row["recurrence_id"]) + shift
            start = (
                parse_moment(row["starts_at"]).astimezone(zone(series.tzid)).replace(tzinfo=None)
                + shift
            )
            db.execute(
                "UPDATE meetings SET series_id = ?, recurrence_id = ?, starts_at = ? WHERE id = ?",
                (target, wall.strftime(WALL), to_aware(start, series.tzid).isoformat(), row["id"]),
            )
            if changes:
                update(db, row["id"], **changes)
    return target
