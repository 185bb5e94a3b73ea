"""Check-ins: the mentoring log of a pair.

Each check-in has its day, minutes, kind (a meeting, observing each other, co-planning, a
message), what is working, the current focus or challenge, and the next check-in's date.
The next steps each side agrees to are action items born in the check-in, owned by the
mentee or the mentor, in the one list; an open one carries forward onto every later
check-in of the pair until it is done, as a meeting's does onto its group's next meeting.
The first check-in of a proposed pair starts it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from stemlead.clock import today
from stemlead.core import action_items, mentorships, records
from stemlead.core.action_items import ActionItemRow
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Choice, DateField, Int, Notes, Ref, day_text, parse_date
from stemlead.core.mentorships import MentorshipRow
from stemlead.core.records import Record, editable
from stemlead.errors import InvalidInput
from stemlead.store import Database

KINDS = ("meeting", "observation", "co_planning", "message")
KIND_LABELS = {
    "meeting": "Meeting",
    "observation": "Observing each other",
    "co_planning": "Co-planning",
    "message": "Message",
}
SIDES = ("mentee", "mentor")


@dataclass(frozen=True)
class DayMinutes(Int):
    """Minutes in one day: never negative, never more than the day has."""

    def store(self, value: Any) -> int:
        try:
            number = int(str(value).strip()) if not isinstance(value, int) else value
        except ValueError:
            raise InvalidInput(f"{self.label} must be a whole number.") from None
        if isinstance(number, bool):
            raise InvalidInput(f"{self.label} must be a whole number.")
        if number < 0:
            raise InvalidInput(f"{self.label} cannot be negative.")
        if number > 24 * 60:
            raise InvalidInput(
                f"{number:,} minutes is more than the 24 hours a day has; check the minutes."
            )
        return number


@dataclass(slots=True)
class CheckIn(Record):
    TABLE = "check_ins"
    NOUN = "check-in"

    id: int
    mentorship_id: int = editable(Ref("Mentoring pair", table="mentorships", required=True))
    occurred_on: str = editable(DateField("Date", required=True), "")
    minutes: int = editable(DayMinutes("Minutes"), 0)
    kind: str = editable(Choice("Kind", KINDS), "meeting")
    what_works: str = editable(Notes("What is working"), "")
    focus: str = editable(Notes("Current focus or challenge"), "")
    next_check_in_on: str | None = editable(DateField("Next check-in"), None)
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return f"Check-in on {self.occurred_on}"


@dataclass(frozen=True, slots=True)
class CheckInRow:
    id: int
    mentorship_id: int
    mentee: str
    mentor: str
    occurred_on: str
    minutes: int
    kind: str
    what_works: str
    focus: str
    next_check_in_on: str | None
    open_steps: int


_crud = records.Crud(CheckIn, Kind.CHECK_IN)
get, delete = _crud.get, _crud.delete


def _check_dates(pair: mentorships.Mentorship, occurred_on: str, next_on: str | None) -> None:
    if occurred_on < pair.started_on:
        raise InvalidInput(
            f"A check-in on {day_text(occurred_on)} is before the pair started on "
            f"{day_text(pair.started_on)}; check the date, or move the pair's start."
        )
    if next_on and next_on < occurred_on:
        raise InvalidInput("The next check-in is before this one.")


@changes(Kind.CHECK_IN, Kind.ACTION_ITEM, Kind.MENTORSHIP)
def log(
    db: Database,
    mentorship_id: int,
    *,
    minutes: int,
    occurred_on: str | date | None = None,
    kind: str = "meeting",
    what_works: str = "",
    focus: str = "",
    next_check_in_on: str | date | None = None,
    mentee_steps: Sequence[str] = (),
    mentor_steps: Sequence[str] = (),
) -> int:
    """Record a check-in and the next steps each side agreed to (all or nothing)."""
    pair = mentorships.get(db, mentorship_id)
    values = {
        "mentorship_id": mentorship_id,
        "occurred_on": occurred_on or today().isoformat(),
        "minutes": minutes,
        "kind": kind,
        "what_works": what_works,
        "focus": focus,
        "next_check_in_on": next_check_in_on,
    }
    checked = records.validated(db, CheckIn, values)
    _check_dates(pair, checked["occurred_on"], checked["next_check_in_on"])
    with db.transaction():
        check_in_id = records.insert(db, CheckIn, values)
        if pair.status == "proposed":  # a pair starts when it first meets
            mentorships.set_status(db, mentorship_id, "active")
        for side, steps in (("mentee", mentee_steps), ("mentor", mentor_steps)):
            for step in steps:
                if step.strip():
                    add_step(db, check_in_id, step, side=side, due_on=checked["next_check_in_on"])
    return check_in_id


@changes(Kind.CHECK_IN)
def update(db: Database, check_in_id: int, **changes: Any) -> None:
    """Save changed fields, keeping the check-in within the pair's time."""
    current = get(db, check_in_id)
    checked = records.validated(db, CheckIn, changes)
    pair = mentorships.get(db, current.mentorship_id)
    _check_dates(
        pair,
        checked.get("occurred_on", current.occurred_on),
        checked.get("next_check_in_on", current.next_check_in_on),
    )
    records.update(db, CheckIn, check_in_id, changes)


@changes(Kind.ACTION_ITEM, Kind.CHECK_IN)
def add_step(
    db: Database,
    check_in_id: int,
    title: str,
    *,
    side: str = "mentee",
    due_on: str | date | None = None,
) -> int:
    """A next step agreed at a check-in, owned by the mentee or the mentor."""
    if side not in SIDES:
        raise InvalidInput("A next step belongs to the mentee or the mentor.")
    check_in = get(db, check_in_id)
    pair = mentorships.get(db, check_in.mentorship_id)
    owner: dict[str, Any]
    if side == "mentee":
        owner = {"owner_teacher_id": pair.mentee_id}
    elif pair.mentor_teacher_id is not None:
        owner = {"owner_teacher_id": pair.mentor_teacher_id}
    elif pair.mentor_contact_id is not None:
        owner = {"owner_contact_id": pair.mentor_contact_id}
    else:  # the mentor was deleted: their name still says who
        owner = {"owner_name": pair.mentor_name or "Mentor"}
    return action_items.add(
        db, title.strip(), check_in_id=check_in_id, due_on=due_on or None, **owner
    )


def steps(db: Database, check_in_id: int) -> list[ActionItemRow]:
    """The next steps agreed at one check-in."""
    return action_items.list_action_items(db, source="check_in", source_id=check_in_id)


def pair_steps(db: Database, mentorship_id: int) -> list[ActionItemRow]:
    """Every next step agreed at any of a pair's check-ins (open ones first)."""
    ids = {
        r[0] for r in db.query("SELECT id FROM check_ins WHERE mentorship_id = ?", (mentorship_id,))
    }
    return [a for a in action_items.list_action_items(db, source="check_in") if a.source_id in ids]


def carried_forward(db: Database, check_in_id: int) -> list[ActionItemRow]:
    """Next steps from the pair's earlier check-ins that carry onto this one: those still
    open, and those closed on or after this check-in's day (so looking back at an older
    check-in still shows what was open then)."""
    here = get(db, check_in_id)
    earlier = {
        r[0]: r[1]
        for r in db.query(
            "SELECT id, occurred_on FROM check_ins WHERE mentorship_id = ? AND id <> ?"
            " AND (occurred_on < ? OR (occurred_on = ? AND id < ?))",
            (here.mentorship_id, check_in_id, here.occurred_on, here.occurred_on, check_in_id),
        )
    }
    closed = {
        r[0]: r[1]
        for r in db.query(
            "SELECT id, substr(closed_at, 1, 10) FROM action_items WHERE check_in_id IN"
            " (SELECT id FROM check_ins WHERE mentorship_id = ?)",
            (here.mentorship_id,),
        )
    }
    return [
        a
        for a in action_items.list_action_items(db, source="check_in")
        if a.source_id in earlier and (a.is_open or (closed.get(a.id) or "") >= here.occurred_on)
    ]


def list_check_ins(
    db: Database,
    *,
    mentorship_id: int | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[CheckInRow]:
    """Check-ins, newest first; ``since`` and ``until`` are days (inclusive)."""
    where: list[str] = []
    params: list[Any] = []
    if mentorship_id is not None:
        where.append("c.mentorship_id = ?")
        params.append(mentorship_id)
    if since:
        where.append("c.occurred_on >= ?")
        params.append(parse_date(since, "From").isoformat())
    if until:
        where.append("c.occurred_on <= ?")
        params.append(parse_date(until, "To").isoformat())
    sql = f"""
        SELECT c.id, c.mentorship_id, t.name, coalesce(mt.name, mc.name, m.mentor_name),
               c.occurred_on, c.minutes, c.kind, c.what_works, c.focus, c.next_check_in_on,
               (SELECT count(*) FROM action_items a WHERE a.check_in_id = c.id
                  AND a.status IN ('open', 'in_progress'))
        FROM check_ins c JOIN mentorships m ON m.id = c.mentorship_id
        JOIN teachers t ON t.id = m.mentee_id
        LEFT JOIN teachers mt ON mt.id = m.mentor_teacher_id
        LEFT JOIN contacts mc ON mc.id = m.mentor_contact_id
        {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY c.occurred_on DESC, c.id DESC
    """
    return [CheckInRow(*r) for r in db.query(sql, params)]


def for_pair(db: Database, mentorship_id: int) -> list[CheckIn]:
    """A pair's check-ins, oldest first (the order of the log and of its handout)."""
    return records.select(
        db, CheckIn, "t.mentorship_id = ?", [mentorship_id], order="t.occurred_on, t.id"
    )


def overdue(db: Database, day: date) -> list[MentorshipRow]:
    """Active pairs whose next check-in (by cadence, or as planned) is before ``day``."""
    rows = mentorships.list_mentorships(db, status="active", on=day)
    return sorted((r for r in rows if r.overdue), key=lambda r: (r.due_on or "", r.mentee))
