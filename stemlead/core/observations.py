"""Observations: a classroom visit, captured live one line of evidence at a time.

Lines are saved the moment Enter is pressed, each with its clock time; the GUI shows the
minutes into the visit from ``starts_at``. A line's kind says what it is: plain evidence,
a strength, student thinking, or a wondering (a question for the debrief, never a
verdict). Next steps are action items born in the observation, written with the teacher.
Private notes belong to the coach alone and never reach a handout.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from stemlead.clock import now_iso
from stemlead.core import drafts, records
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Choice, Moment, Notes, Ref, Text, parse_date, parse_moment
from stemlead.core.records import Record, editable
from stemlead.errors import InvalidInput
from stemlead.store import Database

LINE_KINDS = ("evidence", "strength", "student_thinking", "wondering")
LINE_KIND_LABELS = {
    "evidence": "Evidence",
    "strength": "Strength",
    "student_thinking": "Student thinking",
    "wondering": "Wondering",
}


@dataclass(slots=True)
class Observation(Record):
    TABLE = "observations"
    NOUN = "observation"

    id: int
    teacher_id: int = editable(Ref("Teacher", table="teachers", required=True))
    cycle_id: int | None = editable(Ref("Coaching cycle", table="cycles"), None)
    starts_at: str = editable(Moment("Start"), "")
    ended_at: str | None = editable(Moment("End", required=False), None)
    class_context: str = editable(Text("Class", max_len=200), "")
    focus: str = editable(Notes("Focus"), "")
    private_notes: str = editable(Notes("Private notes"), "")
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return f"Observation on {self.starts_at[:10]}" + (
            f" ({self.class_context})" if self.class_context else ""
        )


@dataclass(slots=True)
class Line(Record):
    TABLE = "observation_lines"
    NOUN = "evidence line"

    id: int
    observation_id: int = editable(Ref("Observation", table="observations", required=True))
    recorded_at: str = editable(Moment("Time"), "")
    kind: str = editable(Choice("Kind", LINE_KINDS), "evidence")
    text: str = editable(Text("Line", required=True, max_len=100_000, multiline=True), "")

    def describe(self) -> str:
        return self.text if len(self.text) <= 60 else self.text[:59] + "…"

    def minutes_into(self, starts_at: str) -> int:
        delta = parse_moment(self.recorded_at) - parse_moment(starts_at)
        return max(0, int(delta.total_seconds() // 60))


@dataclass(slots=True)
class LookFor(Record):
    TABLE = "observation_look_fors"
    NOUN = "look-for"

    id: int
    observation_id: int = editable(Ref("Observation", table="observations", required=True))
    position: int = 0
    label: str = editable(Text("Look-for", required=True, max_len=300), "")
    tag_id: int | None = editable(Ref("Tag", table="tags"), None)


@dataclass(frozen=True, slots=True)
class ObservationRow:
    id: int
    teacher_id: int
    teacher: str
    cycle_id: int | None
    starts_at: str
    ended_at: str | None
    class_context: str
    lines: int


_crud = records.Crud(Observation, Kind.OBSERVATION)
get, update, delete = _crud.get, _crud.update, _crud.delete
_lines = records.Crud(Line, Kind.OBSERVATION)
get_line, update_line, delete_line = _lines.get, _lines.update, _lines.delete


@changes(Kind.OBSERVATION)
def start(
    db: Database,
    teacher_id: int,
    *,
    starts_at: str | datetime | None = None,
    **values: Any,
) -> int:
    """Begin (or schedule) an observation of one teacher, optionally within a cycle."""
    values.update(teacher_id=teacher_id, starts_at=starts_at or now_iso())
    return records.insert(db, Observation, values)


@changes(Kind.OBSERVATION)
def add_line(
    db: Database,
    observation_id: int,
    text: str,
    kind: str = "evidence",
    *,
    at: str | datetime | None = None,
    draft_key: str | None = None,
) -> int:
    """Save one line of the evidence log now, with its time. The hot path of live capture.

    ``draft_key`` names the draft the line was typed in; it is cleared in the same
    transaction, so after a crash the line is either saved or still waiting as a draft.
    """
    values = {
        "observation_id": observation_id,
        "text": text.strip() if isinstance(text, str) else text,
        "kind": kind,
        "recorded_at": at or now_iso(),
    }
    with db.transaction():
        line_id = records.insert(db, Line, values)
        if draft_key:
            drafts.clear(db, draft_key)
    return line_id


def line_draft_key(observation_id: int) -> str:
    return f"observation:{observation_id}:line"


def lines(db: Database, observation_id: int) -> list[Line]:
    return records.select(
        db, Line, "t.observation_id = ?", [observation_id], order="datetime(t.recorded_at), t.id"
    )


@changes(Kind.OBSERVATION)
def end(db: Database, observation_id: int, *, at: str | datetime | None = None) -> None:
    """End a visit, the end written in the offset of its start: the visit's times read in
    the room's clock, and the schema's ``ended_at >= starts_at`` (a text comparison) holds
    even when the clocks went back an hour during the visit."""
    obs = get(db, observation_id)
    start = parse_moment(obs.starts_at)
    moment = parse_moment(at or now_iso())
    if moment < start:
        raise InvalidInput("An observation cannot end before it starts.")
    update(db, observation_id, ended_at=moment.astimezone(start.tzinfo))


@changes(Kind.OBSERVATION)
def set_look_fors(db: Database, observation_id: int, look_fors: Sequence[str | int]) -> None:
    """Replace the look-fors: each is a tag id (from a framework) or the coach's own words."""
    get(db, observation_id)
    rows: list[tuple[int, int, str, int | None]] = []
    for position, item in enumerate(look_fors):
        if isinstance(item, int):
            tag = db.one("SELECT label FROM tags WHERE id = ?", (item,))
            if tag is None:
                raise InvalidInput(f"There is no framework tag with id {item}.")
            rows.append((observation_id, position, tag["label"], item))
        else:
            label = Text("Look-for", required=True, max_len=300).store(item)
            rows.append((observation_id, position, label, None))
    with db.transaction():
        db.execute("DELETE FROM observation_look_fors WHERE observation_id = ?", (observation_id,))
        db.conn.executemany(
            "INSERT INTO observation_look_fors (observation_id, position, label, tag_id)"
            " VALUES (?, ?, ?, ?)",
            rows,
        )
        db.execute(
            "UPDATE observations SET updated_at = ? WHERE id = ?", (now_iso(), observation_id)
        )


def look_fors(db: Database, observation_id: int) -> list[LookFor]:
    return records.select(
        db, LookFor, "t.observation_id = ?", [observation_id], order="t.position, t.id"
    )


def list_observations(
    db: Database,
    *,
    teacher_id: int | None = None,
    cycle_id: int | None = None,
    since: str | None = None,
    until: str | None = None,
) -> list[ObservationRow]:
    """Observations, newest first, with the teacher's name and the number of lines;
    ``since`` and ``until`` are days (from, and before): a visit is on the day it shows."""
    where: list[str] = []
    params: list[Any] = []
    for clause, value in (
        ("o.teacher_id = ?", teacher_id),
        ("o.cycle_id = ?", cycle_id),
        # a day compared with the moment's first ten characters, its own local date
        ("o.starts_at >= ?", since and parse_date(since, "From").isoformat()),
        ("o.starts_at < ?", until and parse_date(until, "To").isoformat()),
    ):
        if value is not None:
            where.append(clause)
            params.append(value)
    sql = f"""
        SELECT o.id, o.teacher_id, t.name AS teacher, o.cycle_id, o.starts_at, o.ended_at,
               o.class_context,
               (SELECT count(*) FROM observation_lines l WHERE l.observation_id = o.id) AS lines
        FROM observations o JOIN teachers t ON t.id = o.teacher_id
        {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY datetime(o.starts_at) DESC, o.id DESC
    """
    return [ObservationRow(*row) for row in db.query(sql, params)]
