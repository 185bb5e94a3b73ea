"""Partners: the organisations in the school's STEM learning ecosystem, the interactions
with them, and the agreements that formalise what each side provides."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from stemlead.clock import now_iso, today
from stemlead.core import records
from stemlead.core.fields import Choice, DateField, Int, Notes, Ref, StringList, Text, parse_moment
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
INTERACTION_KINDS = ("call", "email", "visit", "event", "meeting", "other")
AGREEMENT_STATUSES = ("draft", "active", "expired")
VALUE_KINDS = ("none", "in_kind", "funding")


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
    value_cents: int = editable(Int("Value", minimum=0, maximum=10**13), 0)
    currency: str = editable(Text("Currency", max_len=3), "USD")
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


_crud = records.Crud(Partner)
add, get, update, delete = _crud.add, _crud.get, _crud.update, _crud.delete
_interactions = records.Crud(Interaction)
get_interaction, update_interaction, delete_interaction = (
    _interactions.get,
    _interactions.update,
    _interactions.delete,
)
_agreements = records.Crud(Agreement)
get_agreement, update_agreement, delete_agreement = (
    _agreements.get,
    _agreements.update,
    _agreements.delete,
)


def list_partners(
    db: Database, *, kind: str | None = None, status: str | None = None
) -> list[PartnerRow]:
    where, params = [], []
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


def add_agreement(db: Database, partner_id: int, **values: Any) -> int:
    if values.get("value_kind", "none") == "none" and values.get("value_cents"):
        raise InvalidInput("Choose whether the value is in-kind or funding.")
    return records.insert(db, Agreement, {"partner_id": partner_id, **values})


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
