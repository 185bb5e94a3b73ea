"""Lesson plans: the shared library teachers of any subjects plan into together.

A plan has one or more authors (co-planning across subjects is the point), framework tags
(NGSS practices, 5E phase, engineering design phase, mathematical practices, literacy in
science) beside free tags of its own, where it came from (a PLC meeting, a coaching cycle,
a partner internship), and files kept in the database. The plan's row is the working copy,
saved as it is typed; ``lesson_versions`` keeps every revision saved from it, and
``review_rounds`` the peer reviews of those versions.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from stemlead.clock import now_iso
from stemlead.core import records
from stemlead.core.attachments import MB, Shelf
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Int, Notes, Ref, StringList, Text
from stemlead.core.records import Record, editable
from stemlead.core.teachers import Teacher
from stemlead.errors import InvalidInput
from stemlead.store import Database

ATTACHMENT_LIMIT = 25 * MB  # a slide deck with photos; the JSON export carries it as base64
ATTACHMENTS = Shelf("lesson_plan_attachments", "plan_id", Kind.LESSON_PLAN, limit=ATTACHMENT_LIMIT)
ORIGINS = {
    "meeting": "origin_meeting_id",
    "cycle": "origin_cycle_id",
    "partner": "origin_partner_id",
}
NO_AUTHOR = "A lesson plan needs at least one author."


@dataclass(slots=True)
class LessonPlan(Record):
    TABLE = "lesson_plans"
    NOUN = "lesson plan"

    id: int
    title: str = editable(Text("Title", required=True, max_len=300), "")
    grade_band: str = editable(Text("Grade band", max_len=40), "")
    subjects: list[str] = editable(StringList("Subjects"), [])
    duration_minutes: int = editable(Int("Duration in minutes", minimum=0, maximum=3000), 45)
    summary: str = editable(Notes("Summary"), "")
    objectives: str = editable(Notes("Objectives"), "")
    materials: str = editable(Notes("Materials"), "")
    body: str = editable(Notes("The lesson"), "")
    tags: list[str] = editable(StringList("Free tags", item_max_len=80), [])
    origin_meeting_id: int | None = editable(Ref("Meeting", table="meetings"), None)
    origin_cycle_id: int | None = editable(Ref("Coaching cycle", table="cycles"), None)
    origin_partner_id: int | None = editable(Ref("Partner", table="partners"), None)
    origin_note: str = editable(Text("Where it came from", max_len=500), "")
    private_notes: str = editable(Notes("Private notes"), "")
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return self.title


@dataclass(frozen=True, slots=True)
class PlanRow:
    """A plan as the library lists it (no text bodies, no attachment bytes)."""

    id: int
    title: str
    authors: str
    author_ids: tuple[int, ...]
    grade_band: str
    subjects: list[str]
    tags: list[str]  # framework tag labels, then free tags
    latest_version: int | None
    rounds: int
    attachments: int
    updated_at: str

    @property
    def reviewed(self) -> bool:
        return self.rounds > 0


_crud = records.Crud(LessonPlan, Kind.LESSON_PLAN)
get, update, delete = _crud.get, _crud.update, _crud.delete


@changes(Kind.LESSON_PLAN)
def add(db: Database, *, author_ids: Sequence[int], **values: Any) -> int:
    """A new plan by one or more teachers (of any subjects)."""
    if not author_ids:
        raise InvalidInput(NO_AUTHOR)
    with db.transaction():
        plan_id = records.insert(db, LessonPlan, values)
        set_authors(db, plan_id, author_ids)
    return plan_id


@changes(Kind.LESSON_PLAN)
def set_authors(db: Database, plan_id: int, teacher_ids: Iterable[int]) -> None:
    """The plan's authors, in the order given (the first presents it by default)."""
    ids = list(dict.fromkeys(int(t) for t in teacher_ids))
    if not ids:
        raise InvalidInput(NO_AUTHOR)
    with db.transaction():
        records.require(db, "lesson_plans", "lesson plan", [plan_id])
        records.require(db, "teachers", "teacher", ids)
        db.execute("DELETE FROM lesson_plan_authors WHERE plan_id = ?", (plan_id,))
        db.conn.executemany(
            "INSERT INTO lesson_plan_authors (plan_id, teacher_id, position) VALUES (?, ?, ?)",
            [(plan_id, t, i) for i, t in enumerate(ids)],
        )
        _touch(db, plan_id)


def author_ids(db: Database, plan_id: int) -> list[int]:
    return [
        r[0]
        for r in db.query(
            "SELECT teacher_id FROM lesson_plan_authors WHERE plan_id = ? ORDER BY position",
            (plan_id,),
        )
    ]


def authors(db: Database, plan_id: int) -> list[Teacher]:
    """The plan's authors as teachers, in their order."""
    order = {teacher_id: i for i, teacher_id in enumerate(author_ids(db, plan_id))}
    found = records.select(
        db,
        Teacher,
        "t.id IN (SELECT teacher_id FROM lesson_plan_authors WHERE plan_id = ?)",
        [plan_id],
    )
    return sorted(found, key=lambda t: order[t.id])


@changes(Kind.LESSON_PLAN)
def set_tags(db: Database, plan_id: int, tag_ids: Iterable[int]) -> None:
    """The framework tags the plan connects to (its free tags are the ``tags`` field)."""
    ids = list(dict.fromkeys(int(t) for t in tag_ids))
    with db.transaction():
        records.require(db, "lesson_plans", "lesson plan", [plan_id])
        if ids:
            records.require(db, "tags", "tag", ids)
        db.execute("DELETE FROM lesson_plan_tags WHERE plan_id = ?", (plan_id,))
        db.conn.executemany(
            "INSERT INTO lesson_plan_tags (plan_id, tag_id) VALUES (?, ?)",
            [(plan_id, t) for t in ids],
        )
        _touch(db, plan_id)


def tag_ids(db: Database, plan_id: int) -> list[int]:
    return [
        r[0]
        for r in db.query(
            """SELECT lt.tag_id FROM lesson_plan_tags lt JOIN tags t ON t.id = lt.tag_id
               JOIN frameworks f ON f.id = t.framework_id
               WHERE lt.plan_id = ? ORDER BY f.position, t.position, t.id""",
            (plan_id,),
        )
    ]


@changes(Kind.LESSON_PLAN)
def set_origin(db: Database, plan_id: int, kind: str | None, item_id: int | None = None) -> None:
    """Where the plan came from: ``"meeting"``, ``"cycle"`` or ``"partner"`` and its id
    (a partner internship is its partner, with ``origin_note`` saying more), or None."""
    if kind is not None and kind not in ORIGINS:
        raise InvalidInput("A plan comes from a meeting, a coaching cycle or a partner.")
    values: dict[str, Any] = dict.fromkeys(ORIGINS.values())
    if kind is not None:
        values[ORIGINS[kind]] = item_id
    update(db, plan_id, **values)


def _touch(db: Database, plan_id: int) -> None:
    db.execute("UPDATE lesson_plans SET updated_at = ? WHERE id = ?", (now_iso(), plan_id))


# -- the library ------------------------------------------------------------------------------
_ROWS = """
    SELECT p.id, p.title,
           coalesce((SELECT group_concat(name, ', ') FROM (
               SELECT t.name FROM lesson_plan_authors a JOIN teachers t ON t.id = a.teacher_id
               WHERE a.plan_id = p.id ORDER BY a.position)), ''),
           coalesce((SELECT json_group_array(teacher_id) FROM (
               SELECT teacher_id FROM lesson_plan_authors a WHERE a.plan_id = p.id
               ORDER BY a.position)), '[]'),
           p.grade_band, p.subjects,
           coalesce((SELECT json_group_array(label) FROM (
               SELECT t.label FROM lesson_plan_tags lt JOIN tags t ON t.id = lt.tag_id
               JOIN frameworks f ON f.id = t.framework_id WHERE lt.plan_id = p.id
               ORDER BY f.position, t.position)), '[]'),
           p.tags,
           (SELECT max(number) FROM lesson_plan_versions v WHERE v.plan_id = p.id),
           (SELECT count(*) FROM review_rounds r JOIN lesson_plan_versions v
              ON v.id = r.version_id WHERE v.plan_id = p.id),
           (SELECT count(*) FROM lesson_plan_attachments f WHERE f.plan_id = p.id),
           p.updated_at
    FROM lesson_plans p
"""


def library(
    db: Database,
    *,
    grade_band: str | None = None,
    subject: str | None = None,
    tag: int | str | None = None,
    author_id: int | None = None,
    reviewed: bool | None = None,
) -> list[PlanRow]:
    """The plans, by title: any of grade band, subject, tag (a framework tag's id or a free
    tag's text), author, and reviewed or not narrow the list."""
    where: list[str] = []
    params: list[Any] = []
    if grade_band:
        where.append("p.grade_band = ?")
        params.append(grade_band)
    if subject:
        where.append("EXISTS (SELECT 1 FROM json_each(p.subjects) WHERE value = ?)")
        params.append(subject)
    if isinstance(tag, int):
        where.append(
            "EXISTS (SELECT 1 FROM lesson_plan_tags lt WHERE lt.plan_id = p.id AND lt.tag_id = ?)"
        )
        params.append(tag)
    elif tag:
        where.append("EXISTS (SELECT 1 FROM json_each(p.tags) WHERE value = ?)")
        params.append(tag)
    if author_id is not None:
        where.append(
            "EXISTS (SELECT 1 FROM lesson_plan_authors a WHERE a.plan_id = p.id"
            " AND a.teacher_id = ?)"
        )
        params.append(author_id)
    if reviewed is not None:
        where.append(
            ("" if reviewed else "NOT ") + "EXISTS (SELECT 1 FROM review_rounds r "
            "JOIN lesson_plan_versions v ON v.id = r.version_id WHERE v.plan_id = p.id)"
        )
    sql = _ROWS + (" WHERE " + " AND ".join(where) if where else "")
    sql += " ORDER BY p.title COLLATE NOCASE, p.id"
    return [
        PlanRow(
            r[0],
            r[1],
            r[2],
            tuple(json.loads(r[3])),
            r[4],
            json.loads(r[5]),
            json.loads(r[6]) + json.loads(r[7]),
            r[8],
            r[9],
            r[10],
            r[11],
        )
        for r in db.query(sql, params)
    ]


def subjects(db: Database) -> list[str]:
    """Every subject a plan is tagged with, for the library's filter."""
    return [
        r[0]
        for r in db.query(
            "SELECT DISTINCT value FROM lesson_plans, json_each(lesson_plans.subjects)"
            " ORDER BY value COLLATE NOCASE"
        )
    ]


def free_tags(db: Database) -> list[str]:
    return [
        r[0]
        for r in db.query(
            "SELECT DISTINCT value FROM lesson_plans, json_each(lesson_plans.tags)"
            " ORDER BY value COLLATE NOCASE"
        )
    ]


def grade_bands(db: Database) -> list[str]:
    return [
        r[0]
        for r in db.query(
            "SELECT DISTINCT grade_band FROM lesson_plans WHERE grade_band <> ''"
            " ORDER BY grade_band"
        )
    ]
