"""Groups: PLCs, leadership teams, role-alike groups of teacher leaders, advisory boards."""

from __future__ import annotations

from dataclasses import dataclass

from stemlead.core import records
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Choice, Int, Notes, Text, fold
from stemlead.core.records import Record, editable
from stemlead.errors import InvalidInput
from stemlead.store import Database

KINDS = ("plc", "leadership_team", "role_alike", "advisory_board", "other")
KIND_LABELS = {
    "plc": "PLC",
    "leadership_team": "Leadership team",
    "role_alike": "Role-alike group",
    "advisory_board": "Advisory board",
    "other": "Other group",
}


@dataclass(slots=True)
class Group(Record):
    TABLE = "groups"
    NOUN = "group"

    id: int
    name: str = editable(Text("Name", required=True, max_len=200))
    kind: str = editable(Choice("Kind", KINDS), "plc")
    goal: str = editable(Notes("Goal"), "")
    norms: str = editable(Notes("Norms"), "")
    default_minutes: int = editable(Int("Usual length (minutes)", minimum=5, maximum=600), 45)
    default_place: str = editable(Text("Usual place", max_len=200), "")
    archived_at: str | None = None
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class Member:
    id: int
    name: str
    teacher_id: int | None
    contact_id: int | None
    role: str
    detail: str  # school for a teacher, organisation for a contact


@dataclass(frozen=True, slots=True)
class Candidate:
    """Someone who can join a group: a teacher or a partner contact."""

    kind: str  # "teacher" or "contact"
    id: int
    name: str
    label: str  # "Ana Okafor — teacher, Lincoln ES", as the add-member list shows it


@dataclass(frozen=True, slots=True)
class GroupRow:
    id: int
    name: str
    kind: str
    members: int
    next_meeting: str | None


_crud = records.Crud(Group, Kind.GROUP)
add, get, update, delete = _crud.add, _crud.get, _crud.update, _crud.delete


@changes(Kind.GROUP)
def add_member(
    db: Database,
    group_id: int,
    *,
    teacher_id: int | None = None,
    contact_id: int | None = None,
    role: str = "",
) -> int:
    """Add a teacher or a partner contact to a group (again is a no-op)."""
    if (teacher_id is None) == (contact_id is None):
        raise InvalidInput("A group member is either a teacher or a partner contact.")
    get(db, group_id)
    if teacher_id is not None:
        records.require(db, "teachers", "teacher", [teacher_id])
    else:
        records.require(db, "contacts", "contact", [contact_id])  # type: ignore[list-item]
    role = Text("Role", max_len=100).store(role)
    with db.transaction():
        existing = db.one(
            "SELECT id FROM group_members WHERE group_id = ? AND (teacher_id = ? OR contact_id = ?)",
            (group_id, teacher_id, contact_id),
        )
        if existing:
            return int(existing["id"])
        cursor = db.execute(
            "INSERT INTO group_members (group_id, teacher_id, contact_id, role) VALUES (?, ?, ?, ?)",
            (group_id, teacher_id, contact_id, role),
        )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def candidates(db: Database) -> list[Candidate]:
    """Every teacher, then every partner contact, by name: who may join a group."""
    people = [
        Candidate(
            "teacher", r[0], r[1], f"{r[1]} — teacher, {r[2]}" if r[2] else f"{r[1]} — teacher"
        )
        for r in db.query("SELECT id, name, school FROM teachers ORDER BY name COLLATE NOCASE")
    ]
    people += [
        Candidate("contact", r[0], r[1], f"{r[1]} — {r[2] or 'contact'}")
        for r in db.query(
            "SELECT c.id, c.name, p.name FROM contacts c LEFT JOIN partners p"
            " ON p.id = c.partner_id ORDER BY c.name COLLATE NOCASE"
        )
    ]
    return people


def find_candidate(people: list[Candidate], typed: str) -> Candidate:
    """The one person ``typed`` names: their list entry or whole name (case and accents
    ignored), else the only one whose name contains it; InvalidInput says why not."""
    key = fold(typed)
    for exact in (
        [p for p in people if fold(p.label) == key],
        [p for p in people if fold(p.name) == key],
        [p for p in people if key in fold(p.name)],
    ):
        if len(exact) == 1:
            return exact[0]
        if len(exact) > 1:
            shown = ", ".join(p.name for p in exact[:4]) + (", …" if len(exact) > 4 else "")
            raise InvalidInput(
                f"“{typed.strip()}” matches {len(exact)} people ({shown}): type more of the "
                "name or choose one from the list."
            )
    raise InvalidInput(
        f"No teacher or partner contact is called “{typed.strip()}”; add them on the "
        "Teachers or Partners page first."
    )


@changes(Kind.GROUP)
def add_member_named(db: Database, group_id: int, typed: str) -> int:
    """Add the person a typed name names (see ``find_candidate``) to a group."""
    person = find_candidate(candidates(db), typed)
    if person.kind == "teacher":
        return add_member(db, group_id, teacher_id=person.id)
    return add_member(db, group_id, contact_id=person.id)


@changes(Kind.GROUP)
def remove_member(db: Database, member_id: int) -> None:
    with db.transaction():
        db.execute("DELETE FROM group_members WHERE id = ?", (member_id,))


def members(db: Database, group_id: int) -> list[Member]:
    return [
        Member(*r)
        for r in db.query(
            """
        SELECT m.id, coalesce(t.name, c.name), m.teacher_id, m.contact_id, m.role,
               coalesce(t.school, p.name, '')
        FROM group_members m
        LEFT JOIN teachers t ON t.id = m.teacher_id
        LEFT JOIN contacts c ON c.id = m.contact_id
        LEFT JOIN partners p ON p.id = c.partner_id
        WHERE m.group_id = ?
        ORDER BY coalesce(t.name, c.name) COLLATE NOCASE
        """,
            (group_id,),
        )
    ]


def list_groups(db: Database, *, now: str, include_archived: bool = False) -> list[GroupRow]:
    where = "" if include_archived else "WHERE g.archived_at IS NULL"
    return [
        GroupRow(*r)
        for r in db.query(
            f"""
        SELECT g.id, g.name, g.kind,
               (SELECT count(*) FROM group_members m WHERE m.group_id = g.id),
               (SELECT mt.starts_at FROM meetings mt
                 WHERE mt.group_id = g.id AND datetime(mt.starts_at) >= datetime(?)
                   AND mt.status <> 'cancelled'
                 ORDER BY datetime(mt.starts_at) LIMIT 1)
        FROM groups g {where}
        ORDER BY g.name COLLATE NOCASE
        """,
            (now,),
        )
    ]
