"""Events: the STEM nights, competitions, showcases and visits that bring the community in.

An event has a kind, a start and (usually) an end, a place, the schools taking part, an
audience, what it is (for invitations), headcounts after it is held (students, families,
visitors: counts, never names), a debrief and private notes. The people and partners
involved are in :mod:`.event_people`, the budget in :mod:`.event_budget`, photos in
:mod:`.event_photos`, the planning checklist in :mod:`.event_checklist`.

Moving an event moves its planning checklist with it: every open step's due date moves by
as many days as the event did, and the end moves with the start, so the event keeps its
length.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from stemlead.core import records
from stemlead.core.action_items import IS_OPEN_SQL
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Choice, Int, Moment, Notes, StringList, Text, parse_moment
from stemlead.core.records import Record, editable
from stemlead.errors import InvalidInput
from stemlead.store import Database

KINDS = (
    "stem_night",
    "competition",
    "showcase",
    "family_workshop",
    "field_trip",
    "open_house",
    "classroom_visit",
    "other",
)
KIND_LABELS = {
    "stem_night": "STEM night",
    "competition": "Competition",
    "showcase": "Showcase / student presentations",
    "family_workshop": "Family workshop",
    "field_trip": "Field trip",
    "open_house": "Open house",
    "classroom_visit": "Classroom visit by a board member or legislator",
    "other": "Other event",
}
STATUSES = ("planned", "held", "cancelled")
STATUS_LABELS = {"planned": "Planned", "held": "Held", "cancelled": "Cancelled"}
DEFAULT_LENGTH = timedelta(hours=2)
HEADCOUNT_LIMIT = 1_000_000


def _headcount(label: str) -> Int:
    return Int(label, minimum=0, maximum=HEADCOUNT_LIMIT)


@dataclass(slots=True)
class Event(Record):
    TABLE = "events"
    NOUN = "event"

    id: int
    title: str = editable(Text("Title", required=True, max_len=200))
    kind: str = editable(Choice("Kind of event", KINDS), "stem_night")
    status: str = editable(Choice("Status", STATUSES), "planned")
    starts_at: str = editable(Moment("Start"), "")
    ends_at: str | None = editable(Moment("End", required=False), None)
    place: str = editable(Text("Place", max_len=300), "")
    schools: list[str] = editable(StringList("Schools", max_items=100), [])
    audience: str = editable(Text("Audience", max_len=300), "")
    description: str = editable(Notes("What it is"), "")
    students: int = editable(_headcount("Students"), 0)
    families: int = editable(_headcount("Families"), 0)
    visitors: int = editable(_headcount("Visitors"), 0)
    debrief: str = editable(Notes("Debrief"), "")
    private_notes: str = editable(Notes("Private notes"), "")
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return f"{self.title} on {self.starts_at[:10]}"

    @property
    def start(self) -> datetime:
        return parse_moment(self.starts_at)

    @property
    def end(self) -> datetime:
        return parse_moment(self.ends_at) if self.ends_at else self.start + DEFAULT_LENGTH

    @property
    def day(self) -> str:
        """The local date the event is on (what checklists count back from)."""
        return self.starts_at[:10]


@dataclass(frozen=True, slots=True)
class EventRow:
    id: int
    title: str
    kind: str
    status: str
    starts_at: str
    ends_at: str | None
    place: str
    schools: list[str]
    students: int
    families: int
    visitors: int
    partners: int
    volunteers: int
    open_steps: int  # checklist steps still to do


_crud = records.Crud(Event, Kind.EVENT)
get, delete = _crud.get, _crud.delete


def _end_check(start: str, end: str | None) -> None:
    if end is not None and parse_moment(end) < parse_moment(start):
        raise InvalidInput(
            f"The event's end ({end[:16].replace('T', ' ')}) is before its start "
            f"({start[:16].replace('T', ' ')})."
        )


@changes(Kind.EVENT)
def add(db: Database, **values: Any) -> int:
    """A new event; with no end given it lasts two hours."""
    row = records.validated(db, Event, values)  # checked here, stored from ``values``
    if not row.get("starts_at"):
        raise InvalidInput("An event needs a start date and time.")
    if "ends_at" not in row:
        row["ends_at"] = values["ends_at"] = (
            parse_moment(row["starts_at"]) + DEFAULT_LENGTH
        ).isoformat()
    _end_check(row["starts_at"], row["ends_at"])
    return records.insert(db, Event, values)


@changes(Kind.EVENT, Kind.ACTION_ITEM)
def update(db: Database, event_id: int, **changes: Any) -> None:
    """Save changed fields. A new start moves the end with it (unless an end is given too)
    and moves the open checklist steps by as many days as the event moved."""
    if not changes:
        return
    event = get(db, event_id)
    row = records.validated(db, Event, changes)  # checked here, stored from ``changes``
    start = row.get("starts_at", event.starts_at)
    if "starts_at" in row and "ends_at" not in row and event.ends_at:
        length = event.end - event.start  # the end follows in the new start's own offset
        row["ends_at"] = changes["ends_at"] = (parse_moment(start) + length).isoformat()
    _end_check(start, row.get("ends_at", event.ends_at))
    days = (date.fromisoformat(start[:10]) - date.fromisoformat(event.day)).days
    with db.transaction():
        records.update(db, Event, event_id, changes)
        if days:
            _move_steps(db, event_id, days)


def _move_steps(db: Database, event_id: int, days: int) -> None:
    """Open checklist steps keep their distance from the event; done ones stay as done."""
    db.execute(
        f"""UPDATE action_items AS a SET due_on = date(a.due_on, ? || ' days')
            WHERE a.event_id = ? AND a.due_on IS NOT NULL AND {IS_OPEN_SQL}""",
        (f"{days:+d}", event_id),
    )


_ROW_SQL = f"""
    SELECT e.id, e.title, e.kind, e.status, e.starts_at, e.ends_at, e.place, e.schools,
           e.students, e.families, e.visitors,
           (SELECT count(*) FROM event_partners p WHERE p.event_id = e.id),
           (SELECT count(*) FROM event_volunteers v WHERE v.event_id = e.id),
           (SELECT count(*) FROM action_items a WHERE a.event_id = e.id AND {IS_OPEN_SQL})
    FROM events e
"""


def _row(r: Any) -> EventRow:
    values = list(r)
    values[7] = StringList("Schools").load(values[7])
    return EventRow(*values)


def list_events(
    db: Database,
    *,
    since: str | None = None,
    until: str | None = None,
    status: str | None = None,
) -> list[EventRow]:
    """Events by start, newest last; ``since``/``until`` are local dates (inclusive)."""
    where: list[str] = []
    params: list[Any] = []
    if since:
        where.append("substr(e.starts_at, 1, 10) >= ?")
        params.append(since)
    if until:
        where.append("substr(e.starts_at, 1, 10) <= ?")
        params.append(until)
    if status:
        where.append("e.status = ?")
        params.append(Choice("Status", STATUSES).store(status))
    sql = _ROW_SQL + (" WHERE " + " AND ".join(where) if where else "")
    return [_row(r) for r in db.query(sql + " ORDER BY datetime(e.starts_at), e.id", params)]


def held_between(db: Database, since: str, until: str) -> list[Event]:
    """Events held from ``since`` to ``until`` (local dates, inclusive), in order."""
    return records.select(
        db,
        Event,
        "t.status = 'held' AND substr(t.starts_at, 1, 10) BETWEEN ? AND ?",
        [since, until],
        order="datetime(t.starts_at), t.id",
    )


def upcoming(db: Database, after: str, *, days: int = 90) -> list[Event]:
    """Planned events on the ``days`` days after the date ``after``, soonest first."""
    last = (date.fromisoformat(after) + timedelta(days=days)).isoformat()
    return records.select(
        db,
        Event,
        "t.status = 'planned' AND substr(t.starts_at, 1, 10) > ? AND substr(t.starts_at, 1, 10) <= ?",
        [after, last],
        order="datetime(t.starts_at), t.id",
    )


def coming_up(db: Database, day: date, *, days: int = 7) -> list[tuple[Event, int]]:
    """Planned events from ``day`` through the next ``days`` days, each with its number of
    open checklist steps (what Today shows)."""
    last = (day + timedelta(days=days)).isoformat()
    found = records.select(
        db,
        Event,
        "t.status = 'planned' AND substr(t.starts_at, 1, 10) BETWEEN ? AND ?",
        [day.isoformat(), last],
        order="datetime(t.starts_at), t.id",
    )
    open_steps = {
        r[0]: r[1]
        for r in db.query(
            f"SELECT a.event_id, count(*) FROM action_items a WHERE a.event_id IS NOT NULL"
            f" AND {IS_OPEN_SQL} GROUP BY a.event_id"
        )
    }
    return [(event, open_steps.get(event.id, 0)) for event in found]
