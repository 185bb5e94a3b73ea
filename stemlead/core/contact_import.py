"""Importing contacts from the address books people really have: vCard files exported by
Google, Apple and Outlook (:mod:`vcard`), and Google or Outlook CSV exports
(:mod:`contacts_csv`).

As with teachers (:mod:`import_plan`), reading and writing are separate steps: :func:`plan`
reads the file and decides, person by person, whether they are new, a duplicate (an email
already in STEM Lead or earlier in the same file) or skipped, and why; nothing is written.
:func:`apply` then writes the plan in one transaction, creating a partner for each
organisation not yet known. vCard files are planned as they stream past, a card at a time.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stemlead.core import contacts, contacts_csv, partners, records, vcard
from stemlead.core.changes import Kind, changes
from stemlead.core.contacts import Card, Contact
from stemlead.core.import_plan import DUPLICATE, NEW, SKIPPED, ImportPlan, PlannedRow
from stemlead.core.progress import Progress, reporter
from stemlead.core.table_files import opened
from stemlead.core.vcard_lines import VCARD_MAX_BYTES
from stemlead.errors import ImportFailed, InvalidInput
from stemlead.store import Database


@dataclass
class PlannedContact(PlannedRow):
    """``values``: name, role, emails, phones, notes, as they would be stored."""

    partner: str = ""  # the organisation it goes to, by name ("" for none)
    partner_id: int | None = None  # an existing partner, or None
    new_partner: bool = False  # the organisation will be added as a partner

    @property
    def emails(self) -> list[str]:
        return list(self.values.get("emails", []))

    @property
    def phones(self) -> list[str]:
        return list(self.values.get("phones", []))


@dataclass
class ContactImportPlan(ImportPlan[PlannedContact]):
    noun: str = "contact"
    new_partners: list[str] = field(default_factory=list)  # organisations to add, by name

    def also_added(self, *, applied: bool) -> list[str]:
        if not self.new_partners:
            return []
        added = "Added" if applied else "Would add"
        return [f"{added} {len(self.new_partners)} partner(s): {', '.join(self.new_partners)}."]


# -- the two steps ---------------------------------------------------------------------------


def plan(
    db: Database,
    path: Path,
    *,
    partner_id: int | None = None,
    progress: Progress | None = None,
) -> ContactImportPlan:
    """Read ``path`` (a vCard or CSV file) and decide each person; nothing is written.

    ``partner_id``: where people with no organisation go (the partner page's import).
    ``progress`` is told how far into the file the planning has got, and may raise to stop.
    """
    path = Path(path)
    result = ContactImportPlan(source=path.name)
    with opened(path, VCARD_MAX_BYTES) as handle:
        head = handle.read(4096)
        if len(head) < 4096 and not head.strip(b" \t\r\n\xef\xbb\xbf\xff\xfe\x00"):
            raise ImportFailed(f"{path.name} is empty; nothing was imported.")
        is_vcard = vcard.is_vcard(path, head)
        if is_vcard:
            report = reporter(progress, os.fstat(handle.fileno()).st_size)
            cards = vcard.read(handle, head, path.name, result, report)
            _decide(db, result, cards, partner_id)
    if not is_vcard:
        _decide(db, result, contacts_csv.read(path, result, progress), partner_id)
    if not result.rows:
        raise ImportFailed(f"{path.name} holds no contacts; nothing was imported.")
    return result


@changes(Kind.CONTACT, Kind.PARTNER)
def apply(db: Database, import_plan: ContactImportPlan) -> list[int]:
    """Add every new person in the plan, and the partners they need, in one transaction;
    return the new contacts' ids. Someone added meanwhile with the same email is left out."""
    created: list[int] = []
    with db.transaction():
        by_name = partners.ids_by_name(db)
        known = contacts.email_index(db)
        for row in import_plan.new:
            clash = next((e for e in row.emails if e.lower() in known), None)
            if clash is not None:
                row.status, row.reason = DUPLICATE, _known_reason(known[clash.lower()][1])
                continue
            partner_id = row.partner_id
            if row.new_partner:
                key = partners.name_key(row.partner)
                partner_id = by_name.get(key)
                if partner_id is None:
                    partner_id = partners.add(
                        db, name=row.partner, kind=guess_kind(row.partner, row.emails)
                    )
                    by_name[key] = partner_id
            contact_id = records.insert(db, Contact, {**row.values, "partner_id": partner_id})
            for email in row.emails:
                known[email.lower()] = (contact_id, row.name)
            created.append(contact_id)
    return created


def guess_kind(organisation: str, emails: list[str]) -> str:
    """A first guess at a new partner's type from its name and email domains (the coach
    can change it); ``other`` when nothing is telling."""
    name = organisation.casefold()
    domains = [e.rsplit("@", 1)[-1].casefold() for e in emails if "@" in e]
    if any(d.endswith(".edu") for d in domains) or re.search(
        r"\b(university|college|universidad|université|institute of technology)\b", name
    ):
        return "higher_ed"
    if re.search(r"\b(museum|science cent(er|re)|zoo|aquarium|planetarium|nature cent)", name):
        return "museum"
    if any(d.endswith(".gov") for d in domains) or re.search(
        r"\b(city of|county|department of)\b", name
    ):
        return "government"
    return "other"


# -- deciding each person --------------------------------------------------------------------


def _decide(
    db: Database, result: ContactImportPlan, people: Iterable[Card], default_partner: int | None
) -> None:
    known = contacts.email_index(db)
    by_name = partners.ids_by_name(db)
    default_name = partners.get(db, default_partner).name if default_partner else ""
    seen: dict[str, int] = {}  # email -> line in this file
    adding: set[str] = set()  # name keys of the organisations that will become partners
    for person in people:
        emails = list(dict.fromkeys(_clean_email(e) for e in person.emails if _clean_email(e)))
        emails = [e for i, e in enumerate(emails) if e.lower() not in map(str.lower, emails[:i])]
        values: dict[str, Any] = {
            "name": person.name,
            "role": person.role,
            "emails": emails,
            "phones": list(dict.fromkeys(p for p in (_clean_phone(p) for p in person.phones) if p)),
            "notes": person.notes,
        }
        row = PlannedContact(person.line, values)
        result.rows.append(row)
        organisation = " ".join(person.organisation.split())
        if organisation:
            row.partner = organisation
            row.partner_id = by_name.get(partners.name_key(organisation))
            row.new_partner = row.partner_id is None
        elif default_partner:
            row.partner, row.partner_id = default_name, default_partner
        clash = next((e for e in emails if e.lower() in known), None)
        earlier = next((e for e in emails if e.lower() in seen), None)
        if person.not_a_person:
            row.status, row.reason = SKIPPED, person.not_a_person
        elif not " ".join(person.name.split()):
            row.status, row.reason = SKIPPED, "no name"
        elif clash is not None:
            row.status, row.reason = DUPLICATE, _known_reason(known[clash.lower()][1])
        elif earlier is not None:
            row.status = DUPLICATE
            row.reason = f"same email as line {seen[earlier.lower()]} of this file"
        else:
            row.reason = _invalid(db, values, organisation if row.new_partner else "")
            row.status = SKIPPED if row.reason else NEW
        if row.status == NEW:
            for email in emails:
                seen.setdefault(email.lower(), row.line)
            if row.new_partner and partners.name_key(row.partner) not in adding:
                adding.add(partners.name_key(row.partner))
                result.new_partners.append(row.partner)


def _invalid(db: Database, values: dict[str, Any], new_organisation: str) -> str:
    """Why a person (or the partner their organisation would become) cannot be stored."""
    try:
        records.validated(db, Contact, values)
    except InvalidInput as exc:
        return str(exc).rstrip(".")
    if new_organisation:
        try:
            records.validated(db, partners.Partner, {"name": new_organisation})
        except InvalidInput as exc:
            return "organisation: " + str(exc).rstrip(".").replace("Name ", "its name ", 1)
    return ""


def _known_reason(name: str) -> str:
    return f"same email as “{name}”, already in STEM Lead"


def _clean_email(text: str) -> str:
    text = text.strip().strip("<>").strip()
    if text.lower().startswith("mailto:"):
        text = text[7:]
    return text.strip()


def _clean_phone(text: str) -> str:
    text = " ".join(text.split())
    if text.lower().startswith("tel:"):
        text = text[4:]
        number, _, params = text.partition(";")
        ext = re.search(r"(?i)\bext=([^;]+)", params)
        text = number + (f" ext. {ext.group(1)}" if ext else "")
    return text.strip()
