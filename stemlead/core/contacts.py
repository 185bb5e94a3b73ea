"""Contacts: the people at partner organisations (a contact may move between partners)."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

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


@dataclass
class Card:
    """One person as an address book file holds them — a vCard, or a row of a contacts CSV
    (:mod:`vcard`, :mod:`contacts_csv`) — before :mod:`contact_import` cleans and matches
    them."""

    line: int  # where the card or row starts in the file
    name: str = ""
    role: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    notes: str = ""
    organisation: str = ""
    not_a_person: str = ""  # why the card is not a person (an organisation's own card)


def split_name(name: str) -> tuple[str, str]:
    """(given, family) for files that want two parts: the family name is the last word,
    except in CJK names, which stay whole (their family name comes first)."""
    if " " not in name or re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", name):
        return name, ""
    given, family = name.rsplit(" ", 1)
    return given, family


def is_cjk(text: str) -> bool:
    """Whether a name is written in CJK scripts, where the family name comes first, with
    no space: 王 + 小明 is 王小明."""
    return all(
        unicodedata.name(c, "").startswith(("CJK", "HANGUL", "HIRAGANA", "KATAKANA"))
        for c in text
        if not c.isspace()
    )


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
