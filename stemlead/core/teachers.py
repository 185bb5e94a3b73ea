"""Teachers: the colleagues the coach supports."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from stemlead.core import records
from stemlead.core.changes import Kind
from stemlead.core.fields import Flag, Notes, StringList, Text
from stemlead.core.records import Record, editable
from stemlead.store import Database

GRADE_BANDS = ("PreK-2", "3-5", "6-8", "9-12", "K-12")


@dataclass(slots=True)
class Teacher(Record):
    TABLE = "teachers"
    NOUN = "teacher"

    id: int
    name: str = editable(Text("Name", required=True, max_len=200))
    email: str = editable(Text("Email", max_len=320), "")
    school: str = editable(Text("School", max_len=200), "")
    grade_band: str = editable(Text("Grade band", max_len=40), "")
    subjects: list[str] = editable(StringList("Subjects"), [])
    growth_areas: str = editable(Notes("Growth areas"), "")
    strengths: str = editable(Notes("Strengths"), "")
    may_be_named: bool = editable(Flag("Agrees to be named in reports"), False)
    private_notes: str = editable(Notes("Private notes"), "")
    archived_at: str | None = None
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return self.name


_crud = records.Crud(Teacher, Kind.TEACHER)
add, get, update, delete = _crud.add, _crud.get, _crud.update, _crud.delete


def list_teachers(
    db: Database,
    *,
    school: str | None = None,
    grade_band: str | None = None,
    subject: str | None = None,
    include_archived: bool = False,
) -> list[Teacher]:
    """Teachers by name, optionally only one school, grade band or subject."""
    where: list[str] = []
    params: list[Any] = []
    if not include_archived:
        where.append("t.archived_at IS NULL")
    if school:
        where.append("t.school = ?")
        params.append(school)
    if grade_band:
        where.append("t.grade_band = ?")
        params.append(grade_band)
    if subject:
        where.append("EXISTS (SELECT 1 FROM json_each(t.subjects) WHERE value = ?)")
        params.append(subject)
    return records.select(db, Teacher, " AND ".join(where), params, order="t.name COLLATE NOCASE")


def schools(db: Database) -> list[str]:
    return [
        r[0]
        for r in db.query(
            "SELECT DISTINCT school FROM teachers WHERE school <> '' ORDER BY school COLLATE NOCASE"
        )
    ]


def subjects(db: Database) -> list[str]:
    return [
        r[0]
        for r in db.query(
            "SELECT DISTINCT value FROM teachers, json_each(teachers.subjects) ORDER BY value"
        )
    ]
