"""Partners: the organisations in the school's STEM learning ecosystem (industry, higher
education, museums...), how the list of them is read, and how one is found by name.

What happens with a partner lives beside this: ``interactions`` (the log of calls, visits
and follow-ups) and ``agreements`` (what each side provides, and its value).
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from typing import Any

from stemlead.core import records
from stemlead.core.changes import Kind
from stemlead.core.fields import Choice, Notes, StringList, Text
from stemlead.core.records import Record, editable
from stemlead.store import Database

KINDS = ("industry", "higher_ed", "museum", "out_of_school", "nonprofit", "government", "other")
KIND_LABELS = {
    "industry": "Industry",
    "higher_ed": "Higher education",
    "museum": "Museum / informal",
    "out_of_school": "Out-of-school time",
    "nonprofit": "Nonprofit",
    "government": "Government",
    "other": "Other",
}
STATUSES = ("prospect", "active", "paused", "past")
STATUS_LABELS = {s: s.title() for s in STATUSES}


@dataclass(slots=True)
class Partner(Record):
    TABLE = "partners"
    NOUN = "partner"

    id: int
    name: str = editable(Text("Name", required=True, max_len=200))
    kind: str = editable(Choice("Type", KINDS), "other")
    status: str = editable(Choice("Status", STATUSES), "prospect")
    website: str = editable(Text("Website", max_len=500), "")
    address: str = editable(Text("Address", max_len=500, multiline=True), "")
    notes: str = editable(Notes("Notes"), "")
    tags: list[str] = editable(StringList("Tags"), [])
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return self.name


@dataclass(frozen=True, slots=True)
class PartnerRow:
    id: int
    name: str
    kind: str
    status: str
    contacts: int
    last_interaction: str | None
    next_follow_up: str | None


_crud = records.Crud(Partner, Kind.PARTNER)
add, get, update, delete = _crud.add, _crud.get, _crud.update, _crud.delete


def list_partners(
    db: Database, *, kind: str | None = None, status: str | None = None
) -> list[PartnerRow]:
    where: list[str] = []
    params: list[Any] = []
    if kind:
        where.append("p.kind = ?")
        params.append(Choice("Type", KINDS).store(kind))
    if status:
        where.append("p.status = ?")
        params.append(Choice("Status", STATUSES).store(status))
    sql = f"""
        SELECT p.id, p.name, p.kind, p.status,
               (SELECT count(*) FROM contacts c WHERE c.partner_id = p.id),
               (SELECT max(occurred_on) FROM interactions i WHERE i.partner_id = p.id),
               (SELECT min(follow_up_on) FROM interactions i
                 WHERE i.partner_id = p.id AND i.follow_up_done_at IS NULL)
        FROM partners p {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY p.name COLLATE NOCASE
    """
    return [PartnerRow(*r) for r in db.query(sql, params)]


# -- finding partners by name (imports) ----------------------------------------------------


def name_key(name: str) -> str:
    """How two organisation names are compared: 'ACME  Corp' and 'acme corp' are one."""
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())


def ids_by_name(db: Database) -> dict[str, int]:
    """Every partner's :func:`name_key` -> its id (the oldest when two share a name)."""
    found: dict[str, int] = {}
    for partner_id, name in db.query("SELECT id, name FROM partners ORDER BY id"):
        found.setdefault(name_key(name), partner_id)
    return found


def find_by_name(db: Database, name: str) -> Partner | None:
    partner_id = ids_by_name(db).get(name_key(name))
    return get(db, partner_id) if partner_id is not None else None
