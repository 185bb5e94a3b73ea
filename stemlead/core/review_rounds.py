"""Review rounds: teachers of any subject (and partner contacts) review one version of a
colleague's lesson plan with a protocol, so those with strong content knowledge share it.

A round names its protocol (tuning, rubric review, warm and cool, lesson study: data in
``review_protocols``), the presenter's focusing question and its reviewers. Run inside a
meeting, it becomes one agenda item that lists the protocol's steps with their minutes and
takes their total, so the steps sit on the meeting's running clock. The presenter's
reflection and the next version close it. Feedback and ratings: ``review_feedback``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from stemlead.clock import now_iso
from stemlead.core import (
    agenda,
    agenda_timeline,
    lesson_plans,
    lesson_versions,
    records,
    review_protocols,
    teachers,
)
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import DateField, Notes, Ref, Text
from stemlead.core.records import Record, editable
from stemlead.core.review_protocols import Protocol, Step
from stemlead.errors import InvalidInput, NotFound
from stemlead.store import Database
from stemlead.store import trash as trash_store

AGENDA_MINUTES_LIMIT = 600  # what one agenda item may take


@dataclass(slots=True)
class ReviewRound(Record):
    TABLE = "review_rounds"
    NOUN = "review round"

    id: int
    version_id: int = editable(Ref("Version", table="lesson_plan_versions", required=True))
    protocol: str = editable(Text("Protocol", required=True, max_len=100), "")
    rubric: str = editable(Text("Rubric", max_len=100), "")
    focusing_question: str = editable(Text("Focusing question", max_len=2000, multiline=True), "")
    presenter_id: int | None = editable(Ref("Presenter", table="teachers"), None)
    held_on: str | None = editable(DateField("Held on"), None)
    meeting_id: int | None = editable(Ref("Meeting", table="meetings"), None)
    agenda_item_id: int | None = editable(Ref("Agenda item", table="agenda_items"), None)
    presenter_reflection: str = editable(Notes("The presenter's reflection"), "")
    next_version_id: int | None = editable(Ref("Next version", table="lesson_plan_versions"), None)
    closed_at: str | None = None
    private_notes: str = editable(Notes("Private notes"), "")
    created_at: str = ""
    updated_at: str = ""

    @property
    def is_closed(self) -> bool:
        return self.closed_at is not None


@dataclass(frozen=True, slots=True)
class Reviewer:
    id: int
    teacher_id: int | None
    contact_id: int | None
    name: str
    detail: str  # a teacher's subjects, or a contact's partner
    agrees_to_be_named: bool


@dataclass(frozen=True, slots=True)
class RoundRow:
    id: int
    plan_id: int
    plan_title: str
    version_id: int
    version: int
    protocol: str
    held_on: str | None
    meeting_id: int | None
    reviewers: int
    feedback: int
    closed_at: str | None
    next_version: int | None


@dataclass(frozen=True, slots=True)
class Scheduled:
    """A protocol step and, when the round runs in a meeting, the clock time it starts."""

    step: Step
    starts_at: datetime | None


_crud = records.Crud(ReviewRound, Kind.REVIEW)
get, update, delete = _crud.get, _crud.update, _crud.delete


def plan_of(db: Database, round_id: int) -> int:
    """The id of the lesson plan a round reviews."""
    plan_id = db.scalar(
        "SELECT v.plan_id FROM review_rounds r JOIN lesson_plan_versions v ON v.id = r.version_id"
        " WHERE r.id = ?",
        (round_id,),
    )
    if plan_id is None:
        raise NotFound(f"There is no review round with id {round_id}.")
    return int(plan_id)


def protocol_of(db: Database, round_: ReviewRound) -> Protocol | None:
    """The round's protocol, or None when its file is gone or has a mistake."""
    return review_protocols.library(db.path).protocols.get(round_.protocol)


@changes(Kind.REVIEW)
def start(
    db: Database,
    version_id: int,
    protocol: str,
    *,
    focusing_question: str = "",
    presenter_id: int | None = None,
    held_on: str | None = None,
    reviewer_teachers: Sequence[int] = (),
    reviewer_contacts: Sequence[int] = (),
) -> int:
    """A new round on one version (the presenter is its first author unless named)."""
    try:
        version = lesson_versions.get(db, version_id)
    except NotFound:
        raise NotFound(
            lesson_versions.GONE.rstrip(".") + "; no review round was started."
        ) from None
    chosen = review_protocols.library(db.path).protocol(protocol)
    if presenter_id is None:
        authors = lesson_plans.author_ids(db, version.plan_id)
        presenter_id = authors[0] if authors else None
    with db.transaction():
        round_id = records.insert(
            db,
            ReviewRound,
            {
                "version_id": version_id,
                "protocol": chosen.slug,
                "rubric": chosen.rubric,
                "focusing_question": focusing_question,
                "presenter_id": presenter_id,
                "held_on": held_on,
            },
        )
        for teacher_id in reviewer_teachers:
            add_reviewer(db, round_id, teacher_id=teacher_id)
        for contact_id in reviewer_contacts:
            add_reviewer(db, round_id, contact_id=contact_id)
    return round_id


# -- reviewers -------------------------------------------------------------------------------
@changes(Kind.REVIEW)
def add_reviewer(
    db: Database,
    round_id: int,
    *,
    teacher_id: int | None = None,
    contact_id: int | None = None,
    agrees_to_be_named: bool | None = None,
) -> int:
    """A teacher of any subject, or a partner contact, reviews in this round. Unless said
    otherwise, a teacher is named on the handout as their own consent says; a contact is not."""
    if (teacher_id is None) == (contact_id is None):
        raise InvalidInput("A reviewer is one teacher or one partner contact.")
    records.require(db, "review_rounds", "review round", [round_id])
    if teacher_id is not None:
        teacher = teachers.get(db, teacher_id)
        name, default = teacher.name, teacher.may_be_named
        column, value = "teacher_id", teacher_id
    else:
        row = db.one("SELECT id, name FROM contacts WHERE id = ?", (contact_id,))
        if row is None:
            raise NotFound(f"There is no contact with id {contact_id}.")
        name, default = row["name"], False
        column, value = "contact_id", int(row["id"])
    if db.one(
        f"SELECT 1 FROM review_reviewers WHERE round_id = ? AND {column} = ?", (round_id, value)
    ):
        raise InvalidInput(f"{name} already reviews in this round.")
    named = default if agrees_to_be_named is None else agrees_to_be_named
    with db.transaction():
        cursor = db.execute(
            f"INSERT INTO review_reviewers (round_id, {column}, agrees_to_be_named)"
            " VALUES (?, ?, ?)",
            (round_id, value, 1 if named else 0),
        )
        _touch(db, round_id)
    assert cursor.lastrowid is not None
    return cursor.lastrowid


@changes(Kind.REVIEW)
def set_named(db: Database, reviewer_id: int, agrees: bool) -> None:
    """Whether the reviewer agrees to be named on the handout for the authors."""
    with db.transaction():
        cursor = db.execute(
            "UPDATE review_reviewers SET agrees_to_be_named = ? WHERE id = ?",
            (1 if agrees else 0, reviewer_id),
        )
    if cursor.rowcount == 0:
        raise NotFound(f"There is no reviewer with id {reviewer_id}.")


@changes(Kind.REVIEW)
def remove_reviewer(db: Database, reviewer_id: int) -> int:
    """Into the trash with their ratings (their feedback stays, from the group); undoable."""
    found = _reviewers(db, "r.id = ?", reviewer_id)
    if not found:
        raise NotFound(f"There is no reviewer with id {reviewer_id}.")
    return trash_store.discard(
        db, "review_reviewers", reviewer_id, kind="reviewer", label=found[0].name
    )


def reviewers(db: Database, round_id: int) -> list[Reviewer]:
    return _reviewers(db, "r.round_id = ?", round_id)


def _reviewers(db: Database, where: str, value: int) -> list[Reviewer]:
    return [
        Reviewer(r[0], r[1], r[2], r[3], r[4], bool(r[5]))
        for r in db.query(
            f"""
            SELECT r.id, r.teacher_id, r.contact_id, coalesce(t.name, c.name),
                   CASE WHEN t.id IS NOT NULL THEN coalesce((SELECT group_concat(value, ', ')
                        FROM json_each(t.subjects)), '') ELSE coalesce(p.name, 'Partner') END,
                   r.agrees_to_be_named
            FROM review_reviewers r
            LEFT JOIN teachers t ON t.id = r.teacher_id
            LEFT JOIN contacts c ON c.id = r.contact_id
            LEFT JOIN partners p ON p.id = c.partner_id
            WHERE {where} ORDER BY r.id
            """,
            (value,),
        )
    ]


# -- running it in a meeting -------------------------------------------------------------------
@changes(Kind.REVIEW, Kind.MEETING)
def run_in_meeting(db: Database, round_id: int, meeting_id: int) -> int:
    """Put the round on a meeting's agenda: one item listing the protocol's steps with their
    minutes, taking their total, owned by the presenter; return the agenda item's id."""
    round_ = get(db, round_id)
    if round_.agenda_item_id is not None:
        item = agenda.get(db, round_.agenda_item_id)
        raise InvalidInput(f"This round is already on the agenda (“{item.title}”).")
    protocol = protocol_of(db, round_)
    if protocol is None:
        raise InvalidInput(
            f"The review protocol '{round_.protocol}' is missing or has a mistake, so its "
            "steps cannot go on an agenda."
        )
    plan_title = lesson_versions.get(db, round_.version_id).title
    lines = [f"{step.minutes} min · {step.title}" for step in protocol.steps]
    if round_.focusing_question.strip():
        lines.append(f"Focusing question: {round_.focusing_question.strip()}")
    with db.transaction():
        item_id = agenda.add(
            db,
            meeting_id,
            f"{protocol.name}: {plan_title}"[:300],
            owner_teacher_id=round_.presenter_id,
            minutes=min(protocol.minutes, AGENDA_MINUTES_LIMIT),
            description="\n".join(lines),
            purpose="discuss",
        )
        starts_at = str(db.scalar("SELECT starts_at FROM meetings WHERE id = ?", (meeting_id,)))
        update(db, round_id, meeting_id=meeting_id, agenda_item_id=item_id, held_on=starts_at[:10])
    return item_id


@changes(Kind.REVIEW, Kind.MEETING)
def leave_meeting(db: Database, round_id: int) -> None:
    """Take the round off its meeting's agenda (the agenda item goes to the trash)."""
    round_ = get(db, round_id)
    with db.transaction():
        if round_.agenda_item_id is not None:
            agenda.delete(db, round_.agenda_item_id)
        update(db, round_id, meeting_id=None, agenda_item_id=None)


def schedule(db: Database, round_: ReviewRound) -> list[Scheduled]:
    """The protocol's steps, each with its clock time when the round is on an agenda."""
    protocol = protocol_of(db, round_)
    if protocol is None:
        return []
    clock: datetime | None = None
    if round_.agenda_item_id is not None and round_.meeting_id is not None:
        laid_out = agenda_timeline.timeline(db, round_.meeting_id)
        clock = next(
            (s.starts_at for s in laid_out.slots if s.item.id == round_.agenda_item_id), None
        )
    out = []
    for step in protocol.steps:
        out.append(Scheduled(step, clock))
        if clock is not None:
            clock += timedelta(minutes=step.minutes)
    return out


# -- closing ---------------------------------------------------------------------------------
@changes(Kind.REVIEW, Kind.LESSON_PLAN)
def close(db: Database, round_id: int, *, at: str | None = None) -> int | None:
    """Close the round with the presenter's reflection; the working copy, revised since the
    reviewed version, is kept as the next version. Return that version's id (None when the
    plan has not been revised yet). ``at``: when, if not now."""
    round_ = get(db, round_id)
    if round_.is_closed:
        raise InvalidInput("This review round is already closed.")
    if not round_.presenter_reflection.strip():
        raise InvalidInput(
            "A round closes with the presenter's reflection; write it first, in their words."
        )
    reviewed = lesson_versions.get(db, round_.version_id)
    with db.transaction():
        next_id: int | None = None
        if lesson_versions.draft_changed(db, reviewed.plan_id):
            next_id = lesson_versions.save_version(
                db,
                reviewed.plan_id,
                f"Revised after the review round of version {reviewed.number}.",
            )
        else:
            last = lesson_versions.latest(db, reviewed.plan_id)
            if last is not None and last.number > reviewed.number:
                next_id = last.id
        db.execute(
            "UPDATE review_rounds SET next_version_id = ?, closed_at = ?, updated_at = ?"
            " WHERE id = ?",
            (next_id, at or now_iso(), now_iso(), round_id),
        )
    return next_id


@changes(Kind.REVIEW)
def reopen(db: Database, round_id: int) -> None:
    """Open a closed round again (to add a late piece of feedback)."""
    get(db, round_id)
    with db.transaction():
        db.execute(
            "UPDATE review_rounds SET closed_at = NULL, updated_at = ? WHERE id = ?",
            (now_iso(), round_id),
        )


def _touch(db: Database, round_id: int) -> None:
    db.execute("UPDATE review_rounds SET updated_at = ? WHERE id = ?", (now_iso(), round_id))


# -- lists -----------------------------------------------------------------------------------
def list_rounds(
    db: Database, *, plan_id: int | None = None, open_only: bool = False
) -> list[RoundRow]:
    """Rounds, latest first: of one plan, or every plan's."""
    where, params = [], []
    if plan_id is not None:
        where.append("v.plan_id = ?")
        params.append(plan_id)
    if open_only:
        where.append("r.closed_at IS NULL")
    sql = f"""
        SELECT r.id, v.plan_id, p.title, v.id, v.number, r.protocol, r.held_on, r.meeting_id,
               (SELECT count(*) FROM review_reviewers x WHERE x.round_id = r.id),
               (SELECT count(*) FROM review_feedback x WHERE x.round_id = r.id),
               r.closed_at,
               (SELECT number FROM lesson_plan_versions n WHERE n.id = r.next_version_id)
        FROM review_rounds r
        JOIN lesson_plan_versions v ON v.id = r.version_id
        JOIN lesson_plans p ON p.id = v.plan_id
        {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY coalesce(r.held_on, substr(r.created_at, 1, 10)) DESC, r.id DESC
    """
    return [RoundRow(*r) for r in db.query(sql, params)]
