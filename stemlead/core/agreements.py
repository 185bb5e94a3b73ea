"""Partnership agreements: what a partner and the program each provide, from when to
when, in what status, and what it is worth (in-kind or funding, in whole cents of one
currency), with the renewal reminders Today shows and the totals the impact report adds."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from stemlead.core import records
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Choice, DateField, Money, Notes, Ref, Text, parse_date
from stemlead.core.records import Record, editable
from stemlead.errors import InvalidInput
from stemlead.store import Database

STATUSES = ("draft", "active", "expired")
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
class Agreement(Record):
    TABLE = "agreements"
    NOUN = "agreement"

    id: int
    partner_id: int = editable(Ref("Partner", table="partners", required=True))
    title: str = editable(Text("Title", required=True, max_len=300), "")
    starts_on: str | None = editable(DateField("Start date"), None)
    ends_on: str | None = editable(DateField("End date"), None)
    status: str = editable(Choice("Status", STATUSES), "draft")
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
class AgreementTotal:
    value_kind: str  # "in_kind" or "funding"
    currency: str
    cents: int
    agreements: int


@dataclass(frozen=True, slots=True)
class Renewal:
    agreement_id: int
    partner_id: int
    partner: str
    title: str
    renew_by: str
    ends_on: str | None


_crud = records.Crud(Agreement, Kind.AGREEMENT)
get, delete = _crud.get, _crud.delete


@changes(Kind.AGREEMENT)
def add(db: Database, partner_id: int, **values: Any) -> int:
    """Record an agreement (``value_cents`` may be typed text: "1,250.00")."""
    if values.get("value_kind", "none") == "none" and values.get("value_cents"):
        raise InvalidInput("Choose whether the value is in-kind or funding.")
    checked = records.validated(db, Agreement, values)
    _check_dates(checked.get("starts_on"), checked.get("ends_on"))
    return records.insert(db, Agreement, {"partner_id": partner_id, **values})


@changes(Kind.AGREEMENT)
def update(db: Database, agreement_id: int, **changes: Any) -> None:
    """Save changed fields of an agreement, keeping its dates in order and its value
    consistent: choosing "no value" clears the amount, so totals never count it."""
    current = get(db, agreement_id)
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


def for_partner(db: Database, partner_id: int) -> list[Agreement]:
    """A partner's agreements, the latest start first (undated ones last)."""
    return records.select(
        db,
        Agreement,
        "t.partner_id = ?",
        [partner_id],
        order="t.starts_on IS NULL, t.starts_on DESC, t.id",
    )


def totals(db: Database, *, since: str, until: str) -> list[AgreementTotal]:
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
