"""An event's budget: each cost, what it comes to, and who pays, with a partner's in-kind
gifts beside the money (taken from its agreement when there is one)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from stemlead.core import agreements, event_people, records
from stemlead.core.agreements import Currency
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Flag, Money, Ref, Text
from stemlead.core.records import Record, editable
from stemlead.store import Database


@dataclass(slots=True)
class Cost(Record):
    TABLE = "event_costs"
    NOUN = "budget line"

    id: int
    event_id: int = 0
    item: str = editable(Text("Budget item", required=True, max_len=300), "")
    amount_cents: int = editable(Money("Amount"), 0)
    currency: str = editable(Currency("Currency", max_len=3), "USD")
    paid_by: str = editable(Text("Who pays", max_len=200), "")
    in_kind: bool = editable(Flag("In kind"), False)
    partner_id: int | None = editable(Ref("Partner", table="partners"), None)
    agreement_id: int | None = editable(Ref("Agreement", table="agreements"), None)

    def describe(self) -> str:
        return self.item


@dataclass(frozen=True, slots=True)
class Total:
    currency: str
    cash_cents: int  # money someone pays
    in_kind_cents: int  # the value of what partners give


_crud = records.Crud(Cost, Kind.EVENT)
get, update, delete = _crud.get, _crud.update, _crud.delete


@changes(Kind.EVENT)
def add(db: Database, event_id: int, item: str, **values: Any) -> int:
    records.require(db, "events", "event", [event_id])
    row = records.validated(db, Cost, {"item": item, **values})
    row["event_id"] = event_id
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    with db.transaction():
        cursor = db.execute(
            f"INSERT INTO event_costs ({names}) VALUES ({marks})", list(row.values())
        )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


@changes(Kind.EVENT)
def add_in_kind(db: Database, event_id: int, agreement_id: int) -> int:
    """A budget line for what a partner gives under an agreement, at the agreement's
    in-kind value; the partner is involved in the event too."""
    agreement = agreements.get(db, agreement_id)
    partner = db.scalar("SELECT name FROM partners WHERE id = ?", (agreement.partner_id,))
    what = agreement.partner_provides.strip().splitlines()[0] if agreement.partner_provides else ""
    with db.transaction():
        event_people.add_partner(db, event_id, agreement.partner_id)
        return add(
            db,
            event_id,
            (what or agreement.title)[:300],
            amount_cents=agreement.value_cents if agreement.value_kind == "in_kind" else 0,
            currency=agreement.currency,
            paid_by=partner,
            in_kind=True,
            partner_id=agreement.partner_id,
            agreement_id=agreement.id,
        )


def costs_of(db: Database, event_id: int) -> list[Cost]:
    return records.select(db, Cost, "t.event_id = ?", [event_id], order="t.in_kind, t.id")


def totals(db: Database, event_id: int) -> list[Total]:
    """Money and in-kind value per currency (most events have one)."""
    return [
        Total(*r)
        for r in db.query(
            """SELECT currency, coalesce(sum(CASE WHEN in_kind = 0 THEN amount_cents END), 0),
                      coalesce(sum(CASE WHEN in_kind = 1 THEN amount_cents END), 0)
               FROM event_costs WHERE event_id = ? GROUP BY currency ORDER BY currency""",
            (event_id,),
        )
    ]


def in_kind_agreements(db: Database, event_id: int) -> list[agreements.Agreement]:
    """In-kind agreements of the event's partners not yet in its budget: what "add an
    in-kind gift" offers."""
    return records.select(
        db,
        agreements.Agreement,
        """t.partner_id IN (SELECT partner_id FROM event_partners WHERE event_id = ?)
           AND t.status <> 'expired' AND t.value_kind = 'in_kind'
           AND t.id NOT IN (SELECT agreement_id FROM event_costs
                            WHERE event_id = ? AND agreement_id IS NOT NULL)""",
        [event_id, event_id],
        order="t.title COLLATE NOCASE",
    )
