"""Partners: the organisations in the school's STEM learning ecosystem, the interactions
with them, and the agreements that formalise what each side provides."""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from stemlead.clock import now_iso, today
from stemlead.core import records
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import (
    Choice,
    DateField,
    Money,
    Notes,
    Ref,
    StringList,
    Text,
    parse_date,
    parse_moment,
)
from stemlead.core.records import Record, editable
from stemlead.errors import InvalidInput
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
INTERACTION_KINDS = ("call", "email", "visit", "event", "meeting", "other")
INTERACTION_LABELS = {k: k.title() for k in INTERACTION_KINDS}
AGREEMENT_STATUSES = ("draft", "active", "expired")
VALUE_KINDS = ("none", "in_kind", "funding")
VALUE_LABELS = {"none": "No value", "in_kind": "In-kind", "funding": "Funding"}
CURRENCIES = ("USD", "CAD", "EUR", "GBP", "AUD", "NZD", "MXN", "INR", "JPY", "CNY")


@dataclass(frozen=True)
class Currency(Text):
    """An ISO 4217 code: three letters, stored in capitals (the schema checks the length)."""

    def store(self, value: Any) -> str:
        text = super().store(value).upper()
        if not re.fullmatch(r"[A-Z]{3}", text):
            raise InvalidInput(
                f"{self.label} '{text}' is not a currency code; use three letters such as USD."
            )
        return text


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


@dataclass(slots=True)
class Interaction(Record):
    TABLE = "interactions"
    NOUN = "interaction"

    id: int
    partner_id: int = editable(Ref("Partner", table="partners", required=True))
    occurred_on: str = editable(DateField("Date", required=True), "")
    kind: str = editable(Choice("Kind", INTERACTION_KINDS), "call")
    notes: str = editable(Notes("Notes"), "")
    follow_up_on: str | None = editable(DateField("Follow-up date"), None)
    follow_up_done_at: str | None = None
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return f"{self.kind.title()} on {self.occurred_on}"


@dataclass(slots=True)
class Agreement(Record):
    TABLE = "agreements"
    NOUN = "agreement"

    id: int
    partner_id: int = editable(Ref("Partner", table="partners", required=True))
    title: str = editable(Text("Title", required=True, max_len=300), "")
    starts_on: str | None = editable(DateField("Start date"), None)
    ends_on: str | None = editable(DateField("End date"), None)
    status: str = editable(Choice("Status", AGREEMENT_STATUSES), "draft")
    partner_provides: str = editable(Notes("What the partner provides"), "")
    we_provide: str = editable(Notes("What we provide"), "")
    value_kind: str = editable(Choice("Value type", VALUE_KINDS), "none")
    value_cents: int = editable(Money("Value"), 0)
    currency: str = editable(Currency("Currency", max_len=3), "USD")
    renew_by: str | None = editable(DateField("Renewal reminder"), None)
    notes: str = editable(Notes("Notes"), "")
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return self.title


@dataclass(frozen=True, slots=True)
class PartnerRow:
    id: int
    name: str
    kind: str
    status: str
    contacts: int
    last_interaction: str | None
    next_follow_up: str | None


@dataclass(frozen=True, slots=True)
class FollowUp:
    interaction_id: int
    partner_id: int
    partner: str
    follow_up_on: str
    notes: str


_crud = records.Crud(Partner, Kind.PARTNER)
add, get, update, delete = _crud.add, _crud.get, _crud.update, _crud.delete
_interactions = records.Crud(Interaction, Kind.INTERACTION)
get_interaction, update_interaction, delete_interaction = (
    _interactions.get,
    _interactions.update,
    _interactions.delete,
)
_agreements = records.Crud(Agreement, Kind.AGREEMENT)
get_agreement, delete_agreement = _agreements.get, _agreements.delete


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


@changes(Kind.INTERACTION)
def log_interaction(
    db: Database,
    partner_id: int,
    *,
    kind: str,
    notes: str = "",
    occurred_on: str | date | None = None,
    follow_up_on: str | date | None = None,
    contact_ids: Sequence[int] = (),
) -> int:
    """Record a call, email, visit... with a partner, and who took part."""
    ids = list(dict.fromkeys(int(c) for c in contact_ids))
    with db.transaction():
        records.require(db, "contacts", "contact", ids)
        interaction_id = records.insert(
            db,
            Interaction,
            {
                "partner_id": partner_id,
                "kind": kind,
                "notes": notes,
                "occurred_on": occurred_on or today().isoformat(),
                "follow_up_on": follow_up_on,
            },
        )
        db.conn.executemany(
            "INSERT INTO interaction_contacts (interaction_id, contact_id) VALUES (?, ?)",
            [(interaction_id, c) for c in ids],
        )
    return interaction_id


def interactions(db: Database, partner_id: int) -> list[Interaction]:
    return records.select(
        db, Interaction, "t.partner_id = ?", [partner_id], order="t.occurred_on DESC, t.id DESC"
    )


@changes(Kind.INTERACTION)
def complete_follow_up(
    db: Database, interaction_id: int, *, done: bool = True, at: str | None = None
) -> None:
    """Mark a follow-up done (``at`` defaults to now) or open again."""
    moment = parse_moment(at, "Done at").isoformat() if at else now_iso()
    with db.transaction():
        get_interaction(db, interaction_id)
        db.execute(
            "UPDATE interactions SET follow_up_done_at = ?, updated_at = ? WHERE id = ?",
            (moment if done else None, now_iso(), interaction_id),
        )


def follow_ups_due(db: Database, *, by: str) -> list[FollowUp]:
    """Open follow-ups due on or before ``by`` (a date): what Today lists."""
    return [
        FollowUp(*r)
        for r in db.query(
            """
        SELECT i.id, i.partner_id, p.name, i.follow_up_on, i.notes
        FROM interactions i JOIN partners p ON p.id = i.partner_id
        WHERE i.follow_up_done_at IS NULL AND i.follow_up_on IS NOT NULL AND i.follow_up_on <= ?
        ORDER BY i.follow_up_on, i.id
        """,
            (by,),
        )
    ]


@changes(Kind.AGREEMENT)
def add_agreement(db: Database, partner_id: int, **values: Any) -> int:
    """Record an agreement (``value_cents`` may be typed text: "1,250.00")."""
    if values.get("value_kind", "none") == "none" and values.get("value_cents"):
        raise InvalidInput("Choose whether the value is in-kind or funding.")
    checked = records.validated(db, Agreement, values)
    _check_dates(checked.get("starts_on"), checked.get("ends_on"))
    return records.insert(db, Agreement, {"partner_id": partner_id, **values})


@changes(Kind.AGREEMENT)
def update_agreement(db: Database, agreement_id: int, **changes: Any) -> None:
    """Save changed fields of an agreement, keeping its dates in order and its value
    consistent: choosing "no value" clears the amount, so totals never count it."""
    current = get_agreement(db, agreement_id)
    checked = records.validated(db, Agreement, changes)
    starts = checked.get("starts_on", current.starts_on)
    ends = checked.get("ends_on", current.ends_on)
    _check_dates(starts, ends)
    kind = checked.get("value_kind", current.value_kind)
    if kind == "none":
        if checked.get("value_cents"):
            raise InvalidInput("Choose whether the value is in-kind or funding.")
        if current.value_cents and "value_cents" not in changes:
            changes = {**changes, "value_cents": 0}
    records.update(db, Agreement, agreement_id, changes)


def _check_dates(starts_on: str | None, ends_on: str | None) -> None:
    if starts_on and ends_on and ends_on < starts_on:
        raise InvalidInput("The end date is before the start date.")


def agreements(db: Database, partner_id: int) -> list[Agreement]:
    return records.select(
        db,
        Agreement,
        "t.partner_id = ?",
        [partner_id],
        order="t.starts_on IS NULL, t.starts_on DESC, t.id",
    )


@dataclass(frozen=True, slots=True)
class AgreementTotal:
    value_kind: str  # "in_kind" or "funding"
    currency: str
    cents: int
    agreements: int


def agreement_totals(db: Database, *, since: str, until: str) -> list[AgreementTotal]:
    """Value of the agreements in force at any time from ``since`` to ``until`` (dates,
    inclusive), by kind of value and currency: what the impact report adds up.

    Drafts are not counted; an agreement with no dates counts when it is active.
    """
    return [
        AgreementTotal(*r)
        for r in db.query(
            """
        SELECT value_kind, currency, sum(value_cents), count(*) FROM agreements
        WHERE value_kind <> 'none' AND status <> 'draft'
          AND (starts_on IS NULL OR starts_on <= :until)
          AND (ends_on IS NULL OR ends_on >= :since)
          AND (starts_on IS NOT NULL OR ends_on IS NOT NULL OR status = 'active')
        GROUP BY value_kind, currency ORDER BY value_kind, currency
        """,
            {"since": since, "until": until},
        )
    ]


@dataclass(frozen=True, slots=True)
class Renewal:
    agreement_id: int
    partner_id: int
    partner: str
    title: str
    renew_by: str
    ends_on: str | None


def renewals_due(db: Database, *, by: str) -> list[Renewal]:
    """Active agreements whose renewal reminder falls on or before ``by`` (a date): for a
    Today section. One stays listed until its reminder is moved on or it is marked expired."""
    return [
        Renewal(*r)
        for r in db.query(
            """
        SELECT a.id, a.partner_id, p.name, a.title, a.renew_by, a.ends_on
        FROM agreements a JOIN partners p ON p.id = a.partner_id
        WHERE a.status = 'active' AND a.renew_by IS NOT NULL AND a.renew_by <= ?
        ORDER BY a.renew_by, a.id
        """,
            (parse_date(by, "Date").isoformat(),),
        )
    ]


# -- interactions with who took part -------------------------------------------------------


@dataclass(frozen=True, slots=True)
class InteractionRow:
    """One entry of a partner's timeline, with the people who took part."""

    id: int
    partner_id: int
    occurred_on: str
    kind: str
    notes: str
    follow_up_on: str | None
    follow_up_done_at: str | None
    contact_ids: tuple[int, ...]
    who: str  # their names, comma-separated

    @property
    def follow_up_open(self) -> bool:
        return self.follow_up_on is not None and self.follow_up_done_at is None


def timeline(db: Database, partner_id: int) -> list[InteractionRow]:
    """A partner's interactions, newest first, with who took part."""
    rows = db.query(
        """
        SELECT i.id, i.partner_id, i.occurred_on, i.kind, i.notes, i.follow_up_on,
               i.follow_up_done_at,
               (SELECT json_group_array(json_array(c.id, c.name)) FROM
                  (SELECT c.id, c.name FROM interaction_contacts ic
                   JOIN contacts c ON c.id = ic.contact_id
                   WHERE ic.interaction_id = i.id ORDER BY c.name COLLATE NOCASE) c)
        FROM interactions i WHERE i.partner_id = ?
        ORDER BY i.occurred_on DESC, i.id DESC
        """,
        (partner_id,),
    )
    out = []
    for r in rows:
        people = json.loads(r[7]) if r[7] else []
        out.append(
            InteractionRow(
                id=r[0],
                partner_id=r[1],
                occurred_on=r[2],
                kind=r[3],
                notes=r[4],
                follow_up_on=r[5],
                follow_up_done_at=r[6],
                contact_ids=tuple(p[0] for p in people),
                who=", ".join(p[1] for p in people),
            )
        )
    return out


def interaction_contact_ids(db: Database, interaction_id: int) -> list[int]:
    return [
        r[0]
        for r in db.query(
            "SELECT contact_id FROM interaction_contacts WHERE interaction_id = ? "
            "ORDER BY contact_id",
            (interaction_id,),
        )
    ]


@changes(Kind.INTERACTION)
def set_interaction_contacts(db: Database, interaction_id: int, contact_ids: Sequence[int]) -> None:
    """Say who took part in an interaction (replaces the previous list)."""
    ids = list(dict.fromkeys(int(c) for c in contact_ids))
    with db.transaction():
        get_interaction(db, interaction_id)
        records.require(db, "contacts", "contact", ids)
        db.execute("DELETE FROM interaction_contacts WHERE interaction_id = ?", (interaction_id,))
        db.conn.executemany(
            "INSERT INTO interaction_contacts (interaction_id, contact_id) VALUES (?, ?)",
            [(interaction_id, c) for c in ids],
        )
        db.execute(
            "UPDATE interactions SET updated_at = ? WHERE id = ?", (now_iso(), interaction_id)
        )


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
