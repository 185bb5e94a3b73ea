"""Mentoring pairs: a mentee, a mentor from any subject (or a partner contact, such as a
retired engineer), a focus drawn from the mentee's growth areas, goals the mentee rates at
the start and the end, dates, a cadence, and a status: proposed, active, completed, or
ended early (with a reason). Completed is not ended: a pair that ran its course is counted
apart from one that stopped.

Each mentor takes so many mentees at once (their profile's capacity, else the usual number
from Settings); a pair beyond it is refused with a sentence that says so, until the coach
raises the mentor's capacity. Deleting the mentee deletes the pair; deleting the mentor
keeps the pair for the mentee, with the mentor's name (see ``v0003_growth.sql``).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from stemlead.clock import now_iso, today
from stemlead.core import records, settings
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import (
    DateField,
    Field,
    Hours,
    Int,
    Notes,
    Ref,
    StringList,
    Text,
    day_text,
)
from stemlead.core.records import Record, editable
from stemlead.errors import InvalidInput, NotFound
from stemlead.store import Database

STATUSES = ("proposed", "active", "completed", "ended_early")
STATUS_LABELS = {
    "proposed": "Proposed",
    "active": "Active",
    "completed": "Completed",
    "ended_early": "Ended early",
}
OPEN_STATUSES = ("proposed", "active")  # what counts toward a mentor's capacity
ENDED = ("completed", "ended_early")
MONTH_DAYS = 30


@dataclass(frozen=True)
class Rating(Field):
    """A self-rating from 1 to 5, or none yet."""

    def store(self, value: Any) -> int | None:
        if value in (None, "", 0, "0"):
            return None
        try:
            number = int(str(value).strip()) if not isinstance(value, int) else value
        except ValueError:
            raise InvalidInput(f"{self.label} must be a number from 1 to 5.") from None
        if isinstance(number, bool) or not 1 <= number <= 5:
            raise InvalidInput(f"{self.label} must be a number from 1 to 5.")
        return number


@dataclass(slots=True)
class Mentorship(Record):
    TABLE = "mentorships"
    NOUN = "mentoring pair"

    id: int
    mentee_id: int = editable(Ref("Mentee", table="teachers", required=True))
    mentor_teacher_id: int | None = None  # set with set_mentor (capacity is checked)
    mentor_contact_id: int | None = None
    mentor_name: str = ""
    focus_areas: list[str] = editable(StringList("Focus", max_items=10, item_max_len=120), [])
    started_on: str = editable(DateField("Start date", required=True), "")
    planned_end_on: str | None = editable(DateField("Planned end"), None)
    cadence_days: int = editable(Int("Meet every (days)", minimum=0, maximum=92), 14)
    monthly_minutes: int = editable(Hours("Hours a month", maximum_minutes=744 * 60), 0)
    status: str = "proposed"  # set with set_status
    ended_on: str | None = None
    end_reason: str = editable(Text("Why it ended", max_len=500), "")
    closing_reflection: str = editable(Notes("Closing reflection"), "")
    private_notes: str = editable(Notes("Private notes"), "")
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return f"Mentoring with {self.mentor_name}" if self.mentor_name else "Mentoring pair"

    @property
    def has_mentor(self) -> bool:
        return self.mentor_teacher_id is not None or self.mentor_contact_id is not None


@dataclass(slots=True)
class Goal(Record):
    TABLE = "mentorship_goals"
    NOUN = "mentoring goal"

    id: int
    mentorship_id: int = editable(Ref("Mentoring pair", table="mentorships", required=True))
    position: int = editable(Int("Position", minimum=0, maximum=10**6), 0)
    text: str = editable(Text("Goal", required=True, max_len=1000), "")
    start_rating: int | None = editable(Rating("Rating at the start"), None)
    end_rating: int | None = editable(Rating("Rating at the end"), None)
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return self.text


@dataclass(slots=True)
class MentorProfile(Record):
    TABLE = "mentor_profiles"
    NOUN = "mentor profile"

    id: int
    teacher_id: int | None = editable(Ref("Teacher", table="teachers"), None)
    contact_id: int | None = editable(Ref("Contact", table="contacts"), None)
    capacity: int | None = None  # set with set_capacity; None: the usual number
    strength_areas: list[str] = editable(
        StringList("Strong in", max_items=20, item_max_len=120), []
    )
    notes: str = editable(Notes("Mentor notes"), "")
    created_at: str = ""
    updated_at: str = ""


@dataclass(frozen=True, slots=True)
class MentorshipRow:
    """One pair in a list, with its check-ins counted and when the next one is due."""

    id: int
    mentee_id: int
    mentee: str
    mentor_kind: str  # "teacher", "contact", or "" once the mentor was deleted
    mentor_teacher_id: int | None
    mentor_contact_id: int | None
    mentor: str
    status: str
    focus_areas: tuple[str, ...]
    started_on: str
    planned_end_on: str | None
    ended_on: str | None
    cadence_days: int
    monthly_minutes: int
    check_ins: int
    minutes: int
    last_check_in_on: str | None
    next_check_in_on: str | None  # as planned at the last check-in
    due_on: str | None  # the next check-in by cadence (or as planned), for an active pair
    overdue: bool

    @property
    def mentor_label(self) -> str:
        """The mentor's name; a deleted mentor's with a word on why they cannot be opened."""
        return self.mentor if self.mentor_kind else f"{self.mentor} (no longer in STEM Lead)"


_crud = records.Crud(Mentorship, Kind.MENTORSHIP)
get, delete = _crud.get, _crud.delete
_goals = records.Crud(Goal, Kind.MENTORSHIP)
get_goal, update_goal, delete_goal = _goals.get, _goals.update, _goals.delete


# -- mentors and their capacity -------------------------------------------------------------
def _mentor(
    db: Database, teacher_id: int | None, contact_id: int | None
) -> tuple[str, int | None, int | None, str]:
    """(kind, teacher, contact, name) of a mentor, or InvalidInput/NotFound."""
    if (teacher_id is None) == (contact_id is None):
        raise InvalidInput("A mentor is one teacher or one partner contact.")
    table, noun = ("teachers", "teacher") if teacher_id is not None else ("contacts", "contact")
    row = db.one(f"SELECT name FROM {table} WHERE id = ?", (teacher_id or contact_id,))
    if row is None:
        raise NotFound(f"There is no {noun} with id {teacher_id or contact_id}.")
    return noun, teacher_id, contact_id, str(row["name"])


def profile(
    db: Database, *, teacher_id: int | None = None, contact_id: int | None = None
) -> MentorProfile | None:
    column, value = (
        ("teacher_id", teacher_id) if teacher_id is not None else ("contact_id", contact_id)
    )
    found = records.select(db, MentorProfile, f"t.{column} = ?", [value])
    return found[0] if found else None


def capacity(db: Database, *, teacher_id: int | None = None, contact_id: int | None = None) -> int:
    """How many mentees this mentor takes at once."""
    own = profile(db, teacher_id=teacher_id, contact_id=contact_id)
    if own is not None and own.capacity is not None:
        return own.capacity
    return int(settings.get(db, "mentor_capacity"))


def load(
    db: Database,
    *,
    teacher_id: int | None = None,
    contact_id: int | None = None,
    leaving_out: int | None = None,
) -> int:
    """How many proposed or active pairs this mentor is in (``leaving_out`` one of them)."""
    column, value = (
        ("mentor_teacher_id", teacher_id)
        if teacher_id is not None
        else ("mentor_contact_id", contact_id)
    )
    return int(
        db.scalar(
            f"SELECT count(*) FROM mentorships WHERE {column} = ? AND status IN ('proposed', 'active')"
            " AND id <> ?",
            (value, leaving_out or 0),
        )
    )


def _check_capacity(
    db: Database, teacher_id: int | None, contact_id: int | None, name: str, leaving_out: int | None
) -> None:
    room = capacity(db, teacher_id=teacher_id, contact_id=contact_id)
    taken = load(db, teacher_id=teacher_id, contact_id=contact_id, leaving_out=leaving_out)
    if taken >= room:
        count = "1 teacher" if taken == 1 else f"{taken} teachers"
        raise InvalidInput(
            f"{name} already mentors {count}, their capacity of {room}; raise their capacity "
            "to pair them with another."
        )


def _ensure_profile(db: Database, teacher_id: int | None, contact_id: int | None) -> int:
    own = profile(db, teacher_id=teacher_id, contact_id=contact_id)
    if own is not None:
        return own.id
    return records.insert(db, MentorProfile, {"teacher_id": teacher_id, "contact_id": contact_id})


@changes(Kind.MENTORSHIP)
def set_capacity(
    db: Database,
    value: int | None,
    *,
    teacher_id: int | None = None,
    contact_id: int | None = None,
) -> None:
    """Set how many mentees a mentor takes (None: back to the usual number)."""
    _mentor(db, teacher_id, contact_id)
    stored = None if value is None else Int("Capacity", minimum=0, maximum=20).store(value)
    with db.transaction():
        profile_id = _ensure_profile(db, teacher_id, contact_id)
        db.execute(
            "UPDATE mentor_profiles SET capacity = ?, updated_at = ? WHERE id = ?",
            (stored, now_iso(), profile_id),
        )


@changes(Kind.MENTORSHIP)
def set_strengths(
    db: Database,
    areas: list[str] | str,
    *,
    teacher_id: int | None = None,
    contact_id: int | None = None,
) -> None:
    """The growth areas a mentor is strong in (a partner contact becomes a mentor this way)."""
    _mentor(db, teacher_id, contact_id)
    with db.transaction():
        profile_id = _ensure_profile(db, teacher_id, contact_id)
        records.update(db, MentorProfile, profile_id, {"strength_areas": areas})


def profiles(db: Database) -> list[MentorProfile]:
    return records.select(db, MentorProfile)


# -- pairs ------------------------------------------------------------------------------------
@changes(Kind.MENTORSHIP)
def add(
    db: Database,
    mentee_id: int,
    *,
    mentor_teacher_id: int | None = None,
    mentor_contact_id: int | None = None,
    goals: list[str] | None = None,
    **values: Any,
) -> int:
    """Propose a pair (``status="active"`` to start it at once); goals one per entry."""
    status = values.pop("status", "proposed")
    if status not in OPEN_STATUSES:
        raise InvalidInput("A new pair is proposed or active; end it once it has run.")
    if mentor_teacher_id is not None and int(mentor_teacher_id) == int(mentee_id):
        raise InvalidInput("A teacher cannot mentor themselves; choose someone else as mentor.")
    records.require(db, "teachers", "teacher", [int(mentee_id)])
    _, teacher, contact, name = _mentor(db, mentor_teacher_id, mentor_contact_id)
    _refuse_a_second_pair(db, int(mentee_id), teacher, contact, name, None)
    _check_capacity(db, teacher, contact, name, None)
    values.setdefault("started_on", today().isoformat())
    with db.transaction():
        pair_id = records.insert(
            db,
            Mentorship,
            {"mentee_id": mentee_id, **values},
        )
        db.execute(
            "UPDATE mentorships SET mentor_teacher_id = ?, mentor_contact_id = ?,"
            " mentor_name = ?, status = ? WHERE id = ?",
            (teacher, contact, name, status, pair_id),
        )
        for text in goals or []:
            if str(text).strip():
                add_goal(db, pair_id, str(text))
    return pair_id


def _refuse_a_second_pair(
    db: Database,
    mentee_id: int,
    teacher: int | None,
    contact: int | None,
    name: str,
    leaving_out: int | None,
) -> None:
    column, value = (
        ("mentor_teacher_id", teacher) if teacher is not None else ("mentor_contact_id", contact)
    )
    if db.scalar(
        f"SELECT 1 FROM mentorships WHERE mentee_id = ? AND {column} = ?"
        " AND status IN ('proposed', 'active') AND id <> ?",
        (mentee_id, value, leaving_out or 0),
    ):
        raise InvalidInput(f"These two are already paired; open the pair with {name} instead.")


@changes(Kind.MENTORSHIP)
def update(db: Database, pair_id: int, **changes: Any) -> None:
    """Save changed fields, keeping the dates in order (after the first check-in, the start
    cannot move past it)."""
    current = get(db, pair_id)
    checked = records.validated(db, Mentorship, changes)
    started = checked.get("started_on", current.started_on)
    planned = checked.get("planned_end_on", current.planned_end_on)
    if planned and planned < started:
        raise InvalidInput("The planned end is before the pair starts.")
    if current.ended_on and current.ended_on < started:
        raise InvalidInput("The pair cannot start after it ended.")
    first = db.scalar("SELECT min(occurred_on) FROM check_ins WHERE mentorship_id = ?", (pair_id,))
    if first and started > first:
        raise InvalidInput(
            f"The pair's first check-in was on {day_text(first)}, so it cannot start later "
            "than that."
        )
    records.update(db, Mentorship, pair_id, changes)


@changes(Kind.MENTORSHIP)
def set_mentor(
    db: Database,
    pair_id: int,
    *,
    teacher_id: int | None = None,
    contact_id: int | None = None,
) -> None:
    """Give a pair another mentor (after a delete, or a better match), within capacity."""
    pair = get(db, pair_id)
    if teacher_id is not None and int(teacher_id) == pair.mentee_id:
        raise InvalidInput("A teacher cannot mentor themselves; choose someone else as mentor.")
    _, teacher, contact, name = _mentor(db, teacher_id, contact_id)
    if pair.status in OPEN_STATUSES:
        _refuse_a_second_pair(db, pair.mentee_id, teacher, contact, name, pair_id)
        _check_capacity(db, teacher, contact, name, pair_id)
    with db.transaction():
        db.execute(
            "UPDATE mentorships SET mentor_teacher_id = ?, mentor_contact_id = ?,"
            " mentor_name = ?, updated_at = ? WHERE id = ?",
            (teacher, contact, name, now_iso(), pair_id),
        )


@changes(Kind.MENTORSHIP)
def set_status(
    db: Database,
    pair_id: int,
    status: str,
    *,
    on: str | date | None = None,
    reason: str | None = None,
    reflection: str | None = None,
) -> None:
    """Start, complete or end a pair early (``on`` the day; an early end needs a reason).
    Opening an ended pair again clears its end and checks the mentor's capacity."""
    from stemlead.core.fields import Choice, parse_date

    status = Choice("Status", STATUSES).store(status)
    pair = get(db, pair_id)
    ended_on = None
    if status in ENDED:
        ended_on = (parse_date(on, "End date") if on else today()).isoformat()
        if ended_on < pair.started_on:
            raise InvalidInput("A pair cannot end before it started.")
        reason = pair.end_reason if reason is None else reason
        if status == "ended_early" and not (reason or "").strip():
            raise InvalidInput("Say in a few words why the pair ended early.")
    elif pair.status in ENDED and pair.has_mentor:
        _check_capacity(
            db, pair.mentor_teacher_id, pair.mentor_contact_id, pair.mentor_name, pair_id
        )
    values: dict[str, Any] = {}
    if reason is not None:
        values["end_reason"] = reason
    if reflection is not None:
        values["closing_reflection"] = reflection
    with db.transaction():
        if values:
            records.update(db, Mentorship, pair_id, values)
        db.execute(
            "UPDATE mentorships SET status = ?, ended_on = ?, updated_at = ? WHERE id = ?",
            (status, ended_on, now_iso(), pair_id),
        )


# -- goals -------------------------------------------------------------------------------------
@changes(Kind.MENTORSHIP)
def add_goal(db: Database, pair_id: int, text: str, *, start_rating: int | None = None) -> int:
    get(db, pair_id)
    position = db.scalar(
        "SELECT coalesce(max(position) + 1, 0) FROM mentorship_goals WHERE mentorship_id = ?",
        (pair_id,),
    )
    return records.insert(
        db,
        Goal,
        {
            "mentorship_id": pair_id,
            "text": text,
            "start_rating": start_rating,
            "position": position,
        },
    )


def goals(db: Database, pair_id: int) -> list[Goal]:
    return records.select(db, Goal, "t.mentorship_id = ?", [pair_id], order="t.position, t.id")


# -- lists -------------------------------------------------------------------------------------
def due_on(
    *,
    status: str,
    started_on: str,
    cadence_days: int,
    monthly_minutes: int,
    last_check_in_on: str | None,
    next_check_in_on: str | None,
) -> str | None:
    """When an active pair's next check-in is due: as planned at the last check-in, else a
    cadence after it (or after the start); a pair with only an hours target checks in
    monthly. None when nothing is expected."""
    if status != "active":
        return None
    if next_check_in_on:
        return next_check_in_on
    every = cadence_days or (MONTH_DAYS if monthly_minutes else 0)
    if not every:
        return None
    since = date.fromisoformat(last_check_in_on or started_on)
    return (since + timedelta(days=every)).isoformat()


_ROWS = """
    SELECT m.id, m.mentee_id, t.name AS mentee,
           CASE WHEN m.mentor_teacher_id IS NOT NULL THEN 'teacher'
                WHEN m.mentor_contact_id IS NOT NULL THEN 'contact' ELSE '' END AS mentor_kind,
           m.mentor_teacher_id, m.mentor_contact_id,
           coalesce(mt.name, mc.name, m.mentor_name) AS mentor,
           m.status, m.focus_areas, m.started_on, m.planned_end_on, m.ended_on,
           m.cadence_days, m.monthly_minutes,
           (SELECT count(*) FROM check_ins c WHERE c.mentorship_id = m.id) AS check_ins,
           (SELECT coalesce(sum(minutes), 0) FROM check_ins c WHERE c.mentorship_id = m.id)
             AS minutes,
           (SELECT max(occurred_on) FROM check_ins c WHERE c.mentorship_id = m.id) AS last_on,
           (SELECT c.next_check_in_on FROM check_ins c WHERE c.mentorship_id = m.id
             ORDER BY c.occurred_on DESC, c.id DESC LIMIT 1) AS next_on
    FROM mentorships m JOIN teachers t ON t.id = m.mentee_id
    LEFT JOIN teachers mt ON mt.id = m.mentor_teacher_id
    LEFT JOIN contacts mc ON mc.id = m.mentor_contact_id
"""


def list_mentorships(
    db: Database,
    *,
    status: str | None = None,
    teacher_id: int | None = None,
    on: date | None = None,
) -> list[MentorshipRow]:
    """Pairs (active first, then proposed, then ended), optionally one status or the pairs a
    teacher is in as mentee or mentor; ``on`` is the day "overdue" is judged (today)."""
    from stemlead.core.fields import Choice

    where: list[str] = []
    params: list[Any] = []
    if status:
        where.append("m.status = ?")
        params.append(Choice("Status", STATUSES).store(status))
    if teacher_id is not None:
        where.append("(m.mentee_id = ? OR m.mentor_teacher_id = ?)")
        params += [teacher_id, teacher_id]
    sql = _ROWS + (" WHERE " + " AND ".join(where) if where else "")
    sql += """ ORDER BY CASE m.status WHEN 'active' THEN 0 WHEN 'proposed' THEN 1 ELSE 2 END,
                        t.name COLLATE NOCASE, m.id"""
    day = (on or today()).isoformat()
    return [_row(r, day) for r in db.query(sql, params)]


def row(db: Database, pair_id: int, *, on: date | None = None) -> MentorshipRow:
    found = db.one(_ROWS + " WHERE m.id = ?", (pair_id,))
    if found is None:
        raise NotFound(f"There is no mentoring pair with id {pair_id}.")
    return _row(found, (on or today()).isoformat())


def _row(r: Any, day: str) -> MentorshipRow:
    import json

    due = due_on(
        status=r["status"],
        started_on=r["started_on"],
        cadence_days=r["cadence_days"],
        monthly_minutes=r["monthly_minutes"],
        last_check_in_on=r["last_on"],
        next_check_in_on=r["next_on"],
    )
    return MentorshipRow(
        r["id"],
        r["mentee_id"],
        r["mentee"],
        r["mentor_kind"],
        r["mentor_teacher_id"],
        r["mentor_contact_id"],
        r["mentor"],
        r["status"],
        tuple(json.loads(r["focus_areas"])),
        r["started_on"],
        r["planned_end_on"],
        r["ended_on"],
        r["cadence_days"],
        r["monthly_minutes"],
        r["check_ins"],
        r["minutes"],
        r["last_on"],
        r["next_on"],
        due,
        due is not None and due < day,
    )


def expected_minutes(pair: MentorshipRow, *, on: date | None = None) -> int:
    """Time together the cadence asks for so far (hours a month since the start, to the end
    or ``on``); 0 when the pair has no hours target."""
    if not pair.monthly_minutes:
        return 0
    end = date.fromisoformat(pair.ended_on) if pair.ended_on else (on or today())
    days = max((end - date.fromisoformat(pair.started_on)).days, 0)
    return round(pair.monthly_minutes * days / MONTH_DAYS)
