"""Contacts: the people at partner organisations (a contact may move between partners)."""

from __future__ import annotations

from dataclasses import dataclass

from stemlead.core import records
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Notes, Ref, StringList, Text
from stemlead.core.records import Record, editable
from stemlead.store import Database


@dataclass(slots=True)
class Contact(Record):
    TABLE = "contacts"
    NOUN = "contact"

    id: int
    partner_id: int | None = editable(Ref("Partner", table="partners"), None)
    name: str = editable(Text("Name", required=True, max_len=200), "")
    role: str = editable(Text("Role", max_len=200), "")
    emails: list[str] = editable(StringList("Emails", max_items=10, item_max_len=320), [])
    phones: list[str] = editable(StringList("Phones", max_items=10, item_max_len=60), [])
    notes: str = editable(Notes("Notes"), "")
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class ContactRow:
    id: int
    name: str
    role: str
    partner_id: int | None
    partner: str
    emails: str
    phones: str


_crud = records.Crud(Contact, Kind.CONTACT)
add, get, update, delete = _crud.add, _crud.get, _crud.update, _crud.delete


def list_contacts(db: Database, *, partner_id: int | None = None) -> list[ContactRow]:
    where = "WHERE c.partner_id = ?" if partner_id is not None else ""
    params = [partner_id] if partner_id is not None else []
    return [
        ContactRow(*r)
        for r in db.query(
            f"""
        SELECT c.id, c.name, c.role, c.partner_id, coalesce(p.name, ''),
               coalesce((SELECT group_concat(value, ', ') FROM json_each(c.emails)), ''),
               coalesce((SELECT group_concat(value, ', ') FROM json_each(c.phones)), '')
        FROM contacts c LEFT JOIN partners p ON p.id = c.partner_id {where}
        ORDER BY c.name COLLATE NOCASE
        """,
            params,
        )
    ]


def at_partner(db: Database, partner_id: int) -> list[Contact]:
    """A partner's people, by name: what the partner page lists and edits."""
    return records.select(
        db, Contact, "t.partner_id = ?", [partner_id], order="t.name COLLATE NOCASE, t.id"
    )


def without_partner(db: Database) -> list[Contact]:
    """People at no partner (imported without an organisation, or moved out of one)."""
    return records.select(db, Contact, "t.partner_id IS NULL", order="t.name COLLATE NOCASE, t.id")


@changes(Kind.CONTACT)
def move(db: Database, contact_id: int, partner_id: int | None) -> None:
    """Move a person to another partner (they changed jobs), or to no partner at all.

    Their past interactions stay in the old partner's timeline, where they happened."""
    update(db, contact_id, partner_id=partner_id)


def email_index(db: Database) -> dict[str, tuple[int, str]]:
    """Every stored email, lower-cased -> (contact id, name): how imports spot duplicates."""
    found: dict[str, tuple[int, str]] = {}
    for email, contact_id, name in db.query(
        "SELECT value, c.id, c.name FROM contacts c, json_each(c.emails) ORDER BY c.id"
    ):
        found.setdefault(str(email).strip().lower(), (contact_id, name))
    return found
