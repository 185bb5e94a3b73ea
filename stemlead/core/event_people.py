"""Who makes an event happen: the partners involved (and what each brings), and the
volunteers (teachers, partner contacts, named guests) with their roles.

Names only with consent: a teacher is named on anything that goes out only when they agree
to be named (``teachers.may_be_named``, the one place that is decided for a teacher); a
partner contact or a guest when the volunteer's own ``may_be_named`` is set. Everyone
else is counted, never named.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from stemlead.core import records
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Choice, Flag, Text
from stemlead.core.records import Record, editable
from stemlead.errors import InvalidInput
from stemlead.store import Database

ROLES = ("host", "station_lead", "judge", "volunteer", "speaker")
ROLE_LABELS = {
    "host": "Host",
    "station_lead": "Station lead",
    "judge": "Judge",
    "volunteer": "Volunteer",
    "speaker": "Speaker",
}


@dataclass(slots=True)
class EventPartner(Record):
    TABLE = "event_partners"
    NOUN = "event partner"

    id: int
    event_id: int = 0
    partner_id: int = 0
    brings: str = editable(Text("What they bring", max_len=500), "")


@dataclass(slots=True)
class Volunteer(Record):
    TABLE = "event_volunteers"
    NOUN = "volunteer"

    id: int
    event_id: int = 0
    teacher_id: int | None = None
    contact_id: int | None = None
    guest_name: str = editable(Text("Guest's name", max_len=200), "")
    role: str = editable(Choice("Role", ROLES), "volunteer")
    may_be_named: bool = editable(Flag("Agrees to be named"), False)


@dataclass(frozen=True, slots=True)
class PartnerRow:
    id: int
    partner_id: int
    name: str
    kind: str
    brings: str


@dataclass(frozen=True, slots=True)
class VolunteerRow:
    id: int
    name: str
    who: str  # "teacher", "contact" or "guest"
    detail: str  # a teacher's school, a contact's organisation
    role: str
    may_be_named: bool  # what decides, for this person, whether they are named

    @property
    def role_label(self) -> str:
        return ROLE_LABELS.get(self.role, self.role)


_partner_crud = records.Crud(EventPartner, Kind.EVENT)
_volunteer_crud = records.Crud(Volunteer, Kind.EVENT)
get_partner, update_partner, delete_partner = (
    _partner_crud.get,
    _partner_crud.update,
    _partner_crud.delete,
)
update_volunteer, delete_volunteer = _volunteer_crud.update, _volunteer_crud.delete
get_volunteer = _volunteer_crud.get


@changes(Kind.EVENT)
def add_partner(db: Database, event_id: int, partner_id: int, *, brings: str = "") -> int:
    """Involve a partner in an event (again: the same row, with ``brings`` if given)."""
    records.require(db, "events", "event", [event_id])
    records.require(db, "partners", "partner", [partner_id])
    text = Text("What they bring", max_len=500).store(brings)
    with db.transaction():
        found = db.one(
            "SELECT id FROM event_partners WHERE event_id = ? AND partner_id = ?",
            (event_id, partner_id),
        )
        if found is not None:
            if text:
                db.execute("UPDATE event_partners SET brings = ? WHERE id = ?", (text, found[0]))
            return int(found[0])
        cursor = db.execute(
            "INSERT INTO event_partners (event_id, partner_id, brings) VALUES (?, ?, ?)",
            (event_id, partner_id, text),
        )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def partners_of(db: Database, event_id: int) -> list[PartnerRow]:
    return [
        PartnerRow(*r)
        for r in db.query(
            """SELECT ep.id, p.id, p.name, p.kind, ep.brings FROM event_partners ep
               JOIN partners p ON p.id = ep.partner_id WHERE ep.event_id = ?
               ORDER BY p.name COLLATE NOCASE""",
            (event_id,),
        )
    ]


@changes(Kind.EVENT)
def add_volunteer(
    db: Database,
    event_id: int,
    *,
    teacher_id: int | None = None,
    contact_id: int | None = None,
    guest_name: str = "",
    role: str = "volunteer",
    may_be_named: Any = False,
) -> int:
    """A teacher, a partner contact or a named guest helps at the event, in ``role``."""
    guest = Text("Guest's name", max_len=200).store(guest_name)
    if (teacher_id is not None) + (contact_id is not None) + bool(guest) != 1:
        raise InvalidInput("A volunteer is one teacher, one partner contact or one named guest.")
    records.require(db, "events", "event", [event_id])
    if teacher_id is not None:
        records.require(db, "teachers", "teacher", [teacher_id])
    if contact_id is not None:
        records.require(db, "contacts", "contact", [contact_id])
    values = {"guest_name": guest, "role": role, "may_be_named": may_be_named}
    row = records.validated(db, Volunteer, values)
    row.update(event_id=event_id, teacher_id=teacher_id, contact_id=contact_id)
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    with db.transaction():
        cursor = db.execute(
            f"INSERT INTO event_volunteers ({names}) VALUES ({marks})", list(row.values())
        )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def volunteers_of(db: Database, event_id: int) -> list[VolunteerRow]:
    """Everyone helping, hosts first, then by name."""
    order = " ".join(f"WHEN '{role}' THEN {n}" for n, role in enumerate(ROLES))
    return [
        VolunteerRow(r[0], r[1], r[2], r[3] or "", r[4], bool(r[5]))
        for r in db.query(
            f"""SELECT v.id, coalesce(t.name, c.name, v.guest_name),
                       CASE WHEN v.teacher_id IS NOT NULL THEN 'teacher'
                            WHEN v.contact_id IS NOT NULL THEN 'contact' ELSE 'guest' END,
                       coalesce(t.school, p.name, ''), v.role,
                       CASE WHEN v.teacher_id IS NOT NULL THEN t.may_be_named
                            ELSE v.may_be_named END
                FROM event_volunteers v
                LEFT JOIN teachers t ON t.id = v.teacher_id
                LEFT JOIN contacts c ON c.id = v.contact_id
                LEFT JOIN partners p ON p.id = c.partner_id
                WHERE v.event_id = ?
                ORDER BY CASE v.role {order} END,
                         coalesce(t.name, c.name, v.guest_name) COLLATE NOCASE""",
            (event_id,),
        )
    ]


def named_and_counted(rows: list[VolunteerRow]) -> tuple[list[VolunteerRow], int]:
    """The volunteers who may be named, and how many others helped (counted, not named)."""
    named = [v for v in rows if v.may_be_named]
    return named, len(rows) - len(named)
