"""Stakeholder groups: who the program talks to.

Families of a school, business leaders, district leaders, board members, elected
officials, the advisory board, partners, staff. A group is built from the people STEM Lead
holds (teachers and partner contacts, and everyone in one of the coach's groups, such as
the advisory board), or typed as a size for an audience the coach holds no contacts for
("families of Riverside Elementary, ~420"). :func:`not_heard_from` is the view of who has
not heard from the program lately, from the communications log.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from stemlead.core import records
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Choice, Int, Notes, Ref, Text
from stemlead.core.records import Record, editable
from stemlead.errors import InvalidInput
from stemlead.store import Database

KINDS = (
    "families",
    "business",
    "district_leaders",
    "board",
    "elected_officials",
    "advisory_board",
    "partners",
    "staff",
    "other",
)
KIND_LABELS = {
    "families": "Families",
    "business": "Business leaders",
    "district_leaders": "District leaders",
    "board": "School board members",
    "elected_officials": "Elected officials",
    "advisory_board": "Advisory board",
    "partners": "Partners",
    "staff": "Staff",
    "other": "Other",
}
QUIET_DAYS = 90


@dataclass(slots=True)
class StakeholderGroup(Record):
    TABLE = "stakeholder_groups"
    NOUN = "stakeholder group"

    id: int
    name: str = editable(Text("Name", required=True, max_len=200))
    kind: str = editable(Choice("Kind", KINDS), "families")
    school: str = editable(Text("School", max_len=200), "")
    estimated_size: int = editable(Int("About how many people", minimum=0, maximum=10_000_000), 0)
    group_id: int | None = editable(Ref("Group", table="groups"), None)
    notes: str = editable(Notes("Notes"), "")
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class StakeholderRow:
    id: int
    name: str
    kind: str
    school: str
    people: int  # teachers and contacts held, directly or through the group
    estimated_size: int
    last_heard_on: str | None  # the latest communication to them
    communications: int

    @property
    def size(self) -> int:
        """How many people: those held, or the typed size when that is more."""
        return max(self.people, self.estimated_size)

    def size_text(self) -> str:
        if self.estimated_size > self.people:
            return f"~{self.estimated_size:,}"
        return f"{self.people:,}"

    def days_quiet(self, today: date) -> int | None:
        """Days since they last heard from the program (None: never)."""
        if self.last_heard_on is None:
            return None
        return (today - date.fromisoformat(self.last_heard_on)).days


@dataclass(frozen=True, slots=True)
class Person:
    id: int  # the stakeholder_members row (0 for someone who belongs through the group)
    name: str
    who: str  # "teacher" or "contact"
    detail: str


_crud = records.Crud(StakeholderGroup, Kind.STAKEHOLDER)
add, get, update, delete = _crud.add, _crud.get, _crud.update, _crud.delete


@changes(Kind.STAKEHOLDER)
def add_member(
    db: Database,
    stakeholder_id: int,
    *,
    teacher_id: int | None = None,
    contact_id: int | None = None,
) -> int:
    """Add a teacher or a partner contact (again is a no-op)."""
    if (teacher_id is None) == (contact_id is None):
        raise InvalidInput("A stakeholder group member is either a teacher or a partner contact.")
    get(db, stakeholder_id)
    if teacher_id is not None:
        records.require(db, "teachers", "teacher", [teacher_id])
    else:
        records.require(db, "contacts", "contact", [contact_id])  # type: ignore[list-item]
    with db.transaction():
        found = db.one(
            "SELECT id FROM stakeholder_members WHERE stakeholder_id = ?"
            " AND (teacher_id = ? OR contact_id = ?)",
            (stakeholder_id, teacher_id, contact_id),
        )
        if found is not None:
            return int(found[0])
        cursor = db.execute(
            "INSERT INTO stakeholder_members (stakeholder_id, teacher_id, contact_id)"
            " VALUES (?, ?, ?)",
            (stakeholder_id, teacher_id, contact_id),
        )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


@changes(Kind.STAKEHOLDER)
def remove_member(db: Database, member_id: int) -> None:
    with db.transaction():
        db.execute("DELETE FROM stakeholder_members WHERE id = ?", (member_id,))


def members(db: Database, stakeholder_id: int) -> list[Person]:
    """The people held in the group: its own members, then everyone in its linked group."""
    return [
        Person(*r)
        for r in db.query(
            """SELECT m.id, coalesce(t.name, c.name),
                      CASE WHEN m.teacher_id IS NOT NULL THEN 'teacher' ELSE 'contact' END,
                      coalesce(t.school, p.name, '')
               FROM stakeholder_members m
               LEFT JOIN teachers t ON t.id = m.teacher_id
               LEFT JOIN contacts c ON c.id = m.contact_id
               LEFT JOIN partners p ON p.id = c.partner_id
               WHERE m.stakeholder_id = :s
               UNION ALL
               SELECT 0, coalesce(t.name, c.name),
                      CASE WHEN gm.teacher_id IS NOT NULL THEN 'teacher' ELSE 'contact' END,
                      coalesce(t.school, p.name, '')
               FROM stakeholder_groups s JOIN group_members gm ON gm.group_id = s.group_id
               LEFT JOIN teachers t ON t.id = gm.teacher_id
               LEFT JOIN contacts c ON c.id = gm.contact_id
               LEFT JOIN partners p ON p.id = c.partner_id
               WHERE s.id = :s
                 AND NOT EXISTS (SELECT 1 FROM stakeholder_members m WHERE m.stakeholder_id = :s
                                 AND (m.teacher_id = gm.teacher_id OR m.contact_id = gm.contact_id))
               ORDER BY 2 COLLATE NOCASE""",
            {"s": stakeholder_id},
        )
    ]


_ROWS = """
    SELECT s.id, s.name, s.kind, s.school,
           (SELECT count(*) FROM (
              SELECT teacher_id AS t, contact_id AS c FROM stakeholder_members
                WHERE stakeholder_id = s.id
              UNION SELECT teacher_id, contact_id FROM group_members WHERE group_id = s.group_id)),
           s.estimated_size,
           (SELECT max(c.sent_on) FROM communication_audiences ca
              JOIN communications c ON c.id = ca.communication_id WHERE ca.stakeholder_id = s.id),
           (SELECT count(*) FROM communication_audiences ca WHERE ca.stakeholder_id = s.id)
    FROM stakeholder_groups s
"""


def list_stakeholders(db: Database, *, kind: str | None = None) -> list[StakeholderRow]:
    where, params = "", []
    if kind:
        where, params = " WHERE s.kind = ?", [Choice("Kind", KINDS).store(kind)]
    return [
        StakeholderRow(*r)
        for r in db.query(_ROWS + where + " ORDER BY s.name COLLATE NOCASE, s.id", params)
    ]


def not_heard_from(db: Database, today: date, days: int = QUIET_DAYS) -> list[StakeholderRow]:
    """Stakeholder groups with no communication in the last ``days`` days (never first,
    then the longest quiet)."""
    since = (today - timedelta(days=days)).isoformat()
    quiet = [r for r in list_stakeholders(db) if r.last_heard_on is None or r.last_heard_on < since]
    return sorted(quiet, key=lambda r: (r.last_heard_on is not None, r.last_heard_on or "", r.name))
