"""Coaching cycles: a bounded partnership around one student-centred goal.

A cycle moves through Knight's Impact Cycle, Identify -> Learn -> Improve, then is
complete. Every move is recorded with its moment, so the cycle summary can show a
timeline and the impact report can count cycles by stage on any date.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from stemlead.clock import now_iso, today
from stemlead.core import action_items, observations, records
from stemlead.core.action_items import ActionItemRow
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Choice, DateField, Int, Notes, Ref, Text, parse_moment
from stemlead.core.records import Record, editable
from stemlead.errors import InvalidInput
from stemlead.store import Database

STAGES = ("identify", "learn", "improve", "complete")
STAGE_LABELS = {
    "identify": "Identify",
    "learn": "Learn",
    "improve": "Improve",
    "complete": "Complete",
}
ACTIVITIES = (
    "planning",
    "co_planning",
    "modelling",
    "co_teaching",
    "observation",
    "debrief",
    "data_review",
    "other",
)


@dataclass(slots=True)
class Cycle(Record):
    TABLE = "cycles"
    NOUN = "coaching cycle"

    id: int
    title: str = editable(Text("Title", max_len=200), "")
    goal: str = editable(Notes("Goal"), "")
    success_criteria: str = editable(Notes("Success criteria"), "")
    strategy: str = editable(Notes("Strategy"), "")
    stage: str = "identify"
    started_on: str = editable(DateField("Start date", required=True), "")
    target_end_on: str | None = editable(DateField("Target end date"), None)
    completed_on: str | None = None
    reflections: str = editable(Notes("Reflections"), "")
    private_notes: str = editable(Notes("Private notes"), "")
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return self.title or f"Coaching cycle {self.id}"


@dataclass(slots=True)
class StageChange(Record):
    TABLE = "cycle_stage_changes"

    id: int
    cycle_id: int
    from_stage: str | None
    to_stage: str
    changed_at: str


@dataclass(slots=True)
class TimeEntry(Record):
    TABLE = "cycle_time_entries"
    NOUN = "time entry"

    id: int
    cycle_id: int = editable(Ref("Coaching cycle", table="cycles", required=True))
    occurred_on: str = editable(DateField("Date", required=True), "")
    minutes: int = editable(Int("Minutes", minimum=1, maximum=1440), 0)
    activity: str = editable(Choice("Activity", ACTIVITIES), "other")
    note: str = editable(Notes("Note"), "")
    created_at: str = ""


@dataclass(frozen=True, slots=True)
class CycleRow:
    """One line of a cycle list: what a board or ``stemlead list cycles`` shows."""

    id: int
    title: str
    stage: str
    teachers: str
    teacher_ids: tuple[int, ...]
    started_on: str
    target_end_on: str | None
    completed_on: str | None
    minutes: int


_crud = records.Crud(Cycle, Kind.CYCLE)
get, update, delete = _crud.get, _crud.update, _crud.delete


@changes(Kind.CYCLE)
def add(db: Database, *, teacher_ids: Sequence[int], **values: Any) -> int:
    """Start a cycle with one teacher or a small team, in the Identify stage."""
    if not teacher_ids:
        raise InvalidInput("A coaching cycle needs at least one teacher.")
    values.setdefault("started_on", today().isoformat())
    with db.transaction():
        cycle_id = records.insert(db, Cycle, values)
        set_teachers(db, cycle_id, teacher_ids)
        started = get(db, cycle_id).started_on
        opened = (
            now_iso()
            if started == today().isoformat()
            else (datetime.combine(date.fromisoformat(started), time(8)).astimezone().isoformat())
        )
        db.execute(
            "INSERT INTO cycle_stage_changes (cycle_id, from_stage, to_stage, changed_at)"
            " VALUES (?, NULL, 'identify', ?)",
            (cycle_id, opened),
        )
    return cycle_id


@changes(Kind.CYCLE)
def set_teachers(db: Database, cycle_id: int, teacher_ids: Iterable[int]) -> None:
    ids = list(dict.fromkeys(int(t) for t in teacher_ids))
    if not ids:
        raise InvalidInput("A coaching cycle needs at least one teacher.")
    with db.transaction():
        records.require(db, "teachers", "teacher", ids)
        db.execute("DELETE FROM cycle_teachers WHERE cycle_id = ?", (cycle_id,))
        db.conn.executemany(
            "INSERT INTO cycle_teachers (cycle_id, teacher_id) VALUES (?, ?)",
            [(cycle_id, t) for t in ids],
        )
        db.execute("UPDATE cycles SET updated_at = ? WHERE id = ?", (now_iso(), cycle_id))


def teacher_ids(db: Database, cycle_id: int) -> list[int]:
    return [
        r[0]
        for r in db.query(
            "SELECT teacher_id FROM cycle_teachers WHERE cycle_id = ? ORDER BY teacher_id",
            (cycle_id,),
        )
    ]


@changes(Kind.CYCLE)
def move_stage(db: Database, cycle_id: int, stage: str, *, at: str | None = None) -> None:
    """Move a cycle to ``stage`` and record when; completing it dates the completion."""
    stage = Choice("Stage", STAGES).store(stage)
    cycle = get(db, cycle_id)
    if stage == cycle.stage:
        return
    moment = parse_moment(at, "Moved on").isoformat() if at else now_iso()
    completed_on = moment[:10] if stage == "complete" else None
    if completed_on is not None and completed_on < cycle.started_on:
        completed_on = cycle.started_on
    with db.transaction():
        db.execute(
            "UPDATE cycles SET stage = ?, completed_on = ?, updated_at = ? WHERE id = ?",
            (stage, completed_on, now_iso(), cycle_id),
        )
        db.execute(
            "INSERT INTO cycle_stage_changes (cycle_id, from_stage, to_stage, changed_at)"
            " VALUES (?, ?, ?, ?)",
            (cycle_id, cycle.stage, stage, moment),
        )


def stage_history(db: Database, cycle_id: int) -> list[StageChange]:
    return records.select(
        db, StageChange, "t.cycle_id = ?", [cycle_id], order="datetime(t.changed_at), t.id"
    )


@changes(Kind.CYCLE)
def log_time(
    db: Database,
    cycle_id: int,
    minutes: int,
    *,
    activity: str = "other",
    occurred_on: str | date | None = None,
    note: str = "",
) -> int:
    """Add minutes spent on a cycle (one keystroke in the GUI)."""
    return records.insert(
        db,
        TimeEntry,
        {
            "cycle_id": cycle_id,
            "occurred_on": occurred_on or today().isoformat(),
            "minutes": minutes,
            "activity": activity,
            "note": note,
        },
    )


def time_entries(db: Database, cycle_id: int) -> list[TimeEntry]:
    return records.select(db, TimeEntry, "t.cycle_id = ?", [cycle_id], order="t.occurred_on, t.id")


def list_cycles(
    db: Database, *, stage: str | None = None, teacher_id: int | None = None
) -> list[CycleRow]:
    """Cycles, newest first, with their teachers and time spent."""
    where: list[str] = []
    params: list[Any] = []
    if stage:
        where.append("c.stage = ?")
        params.append(Choice("Stage", STAGES).store(stage))
    if teacher_id is not None:
        where.append("c.id IN (SELECT cycle_id FROM cycle_teachers WHERE teacher_id = ?)")
        params.append(teacher_id)
    sql = f"""
        SELECT c.id, c.title, c.stage, c.started_on, c.target_end_on, c.completed_on,
               (SELECT group_concat(t.name, ', ') FROM cycle_teachers ct
                  JOIN teachers t ON t.id = ct.teacher_id WHERE ct.cycle_id = c.id) AS teachers,
               (SELECT group_concat(ct.teacher_id) FROM cycle_teachers ct
                  WHERE ct.cycle_id = c.id) AS teacher_ids,
               (SELECT coalesce(sum(minutes), 0) FROM cycle_time_entries e
                  WHERE e.cycle_id = c.id) AS minutes
        FROM cycles c {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY c.started_on DESC, c.id DESC
    """
    return [
        CycleRow(
            r["id"],
            r["title"],
            r["stage"],
            r["teachers"] or "",
            tuple(int(x) for x in (r["teacher_ids"] or "").split(",") if x),
            r["started_on"],
            r["target_end_on"],
            r["completed_on"],
            r["minutes"],
        )
        for r in db.query(sql, params)
    ]


def action_items_for(db: Database, cycle_id: int) -> list[ActionItemRow]:
    """What was agreed in this cycle: its own action items and the next steps of its
    visits, open ones first (then by due date), as the cycle's page and summary list them."""
    items = action_items.list_action_items(db, source="cycle", source_id=cycle_id)
    for visit in observations.list_observations(db, cycle_id=cycle_id):
        items += action_items.list_action_items(db, source="observation", source_id=visit.id)
    return sorted(items, key=lambda a: (not a.is_open, a.due_on is None, a.due_on or "", a.id))
