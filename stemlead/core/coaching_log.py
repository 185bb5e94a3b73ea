"""The coaching log: informal support that still counts toward coaching time.

A hallway conversation, an email exchange, co-planning at lunch: one entry with the
teachers involved, the minutes and a line of note, logged in seconds.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from stemlead.clock import now_iso
from stemlead.core import records
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Choice, Int, Moment, Notes, Ref, parse_date, parse_moment
from stemlead.core.records import Record, editable
from stemlead.errors import InvalidInput
from stemlead.store import Database

KINDS = ("conversation", "email", "co_planning", "co_teaching", "modelling", "resource_shared")
KIND_LABELS = {
    "conversation": "Conversation",
    "email": "Email exchange",
    "co_planning": "Co-planning",
    "co_teaching": "Co-teaching",
    "modelling": "Modelling",
    "resource_shared": "Resource shared",
}


@dataclass(slots=True)
class LogEntry(Record):
    TABLE = "coaching_logs"
    NOUN = "coaching log entry"

    id: int
    occurred_at: str = editable(Moment("When"), "")
    kind: str = editable(Choice("Kind", KINDS), "conversation")
    minutes: int = editable(Int("Minutes", minimum=0, maximum=1440), 0)
    note: str = editable(Notes("Note"), "")
    cycle_id: int | None = editable(Ref("Coaching cycle", table="cycles"), None)
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return f"{KIND_LABELS[self.kind]} on {self.occurred_at[:10]}"


@dataclass(frozen=True, slots=True)
class LogRow:
    id: int
    occurred_at: str
    kind: str
    minutes: int
    note: str
    teachers: str  # their names, joined
    people: tuple[tuple[int, str], ...]  # (teacher id, name) of each


_crud = records.Crud(LogEntry, Kind.COACHING_LOG)
get, update, delete = _crud.get, _crud.update, _crud.delete


@changes(Kind.COACHING_LOG)
def log(
    db: Database,
    *,
    teacher_ids: Sequence[int],
    kind: str,
    minutes: int,
    note: str = "",
    occurred_at: str | datetime | None = None,
    day: str | None = None,
    cycle_id: int | None = None,
) -> int:
    """Record one piece of informal support with the teachers it involved; ``day`` (a date)
    logs it on another day, at the present time of day."""
    if day is not None:
        occurred_at = on_day(occurred_at or now_iso(), day)
    if not teacher_ids:
        raise InvalidInput("A coaching log entry needs at least one teacher.")
    ids = list(dict.fromkeys(int(t) for t in teacher_ids))
    with db.transaction():
        records.require(db, "teachers", "teacher", ids)
        entry_id = records.insert(
            db,
            LogEntry,
            {
                "occurred_at": occurred_at or now_iso(),
                "kind": kind,
                "minutes": minutes,
                "note": note,
                "cycle_id": cycle_id,
            },
        )
        db.conn.executemany(
            "INSERT INTO coaching_log_teachers (log_id, teacher_id) VALUES (?, ?)",
            [(entry_id, t) for t in ids],
        )
    return entry_id


@changes(Kind.COACHING_LOG)
def edit(db: Database, entry_id: int, *, kind: str, minutes: int, note: str, day: str) -> None:
    """Correct an entry after the fact (5 minutes typed as 50, the wrong kind or day): it
    counts toward coaching time, so the figures follow. A new day keeps the time of day."""
    entry = get(db, entry_id)
    update(
        db,
        entry_id,
        kind=kind,
        minutes=minutes,
        note=note,
        occurred_at=on_day(entry.occurred_at, day),
    )


def on_day(moment: str | datetime, day: str) -> str:
    """The same wall-clock time and offset on ``day``."""
    when = parse_moment(moment, "When")
    new = parse_date(day, "Date")
    return when.replace(year=new.year, month=new.month, day=new.day).isoformat()


def teacher_ids(db: Database, entry_id: int) -> list[int]:
    return [
        r[0]
        for r in db.query(
            "SELECT teacher_id FROM coaching_log_teachers WHERE log_id = ? ORDER BY teacher_id",
            (entry_id,),
        )
    ]


def list_entries(
    db: Database,
    *,
    teacher_id: int | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[LogRow]:
    where: list[str] = []
    params: list[Any] = []
    if teacher_id is not None:
        where.append("l.id IN (SELECT log_id FROM coaching_log_teachers WHERE teacher_id = ?)")
        params.append(teacher_id)
    if since:  # days, compared with each moment's own local date (its first ten characters)
        where.append("l.occurred_at >= ?")
        params.append(parse_date(since, "From").isoformat())
    if until:
        where.append("l.occurred_at < ?")
        params.append(parse_date(until, "To").isoformat())
    sql = f"""
        SELECT l.id, l.occurred_at, l.kind, l.minutes, l.note,
               (SELECT json_group_array(json_array(t.id, t.name)) FROM
                  (SELECT t.id, t.name FROM coaching_log_teachers lt
                   JOIN teachers t ON t.id = lt.teacher_id WHERE lt.log_id = l.id
                   ORDER BY t.name COLLATE NOCASE, t.id) t)
        FROM coaching_logs l {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY datetime(l.occurred_at) DESC, l.id DESC
    """
    rows = []
    for entry_id, occurred_at, kind, minutes, note, people in db.query(sql, params):
        pairs = tuple((int(i), str(name)) for i, name in json.loads(people))
        names = ", ".join(name for _, name in pairs)
        rows.append(LogRow(entry_id, occurred_at, kind, minutes, note, names, pairs))
    return rows
