"""Agreements: totals by date range and currency, their rules, values as people type them,
renewal reminders."""

from __future__ import annotations

import pytest

from stemlead.core import agreements, fields, partners
from stemlead.errors import InvalidInput
from stemlead.store import Database


def test_agreement_totals_by_date_range(db: Database) -> None:
    p = partners.add(db, name="Green Future Foundation", kind="nonprofit")
    add = agreements.add
    add(db, p, title="2025 grant", starts_on="2025-01-01", ends_on="2025-12-31",
        status="expired", value_kind="funding", value_cents=500_000, currency="USD")  # fmt: skip
    add(db, p, title="2026 grant", starts_on="2026-01-01", ends_on="2026-12-31",
        status="active", value_kind="funding", value_cents=750_000, currency="usd")  # fmt: skip
    add(db, p, title="Kits", starts_on="2026-09-01", ends_on="2027-06-30",
        status="active", value_kind="in_kind", value_cents=120_000, currency="USD")  # fmt: skip
    add(db, p, title="Euro exchange", starts_on="2026-03-01", ends_on="2026-04-30",
        status="active", value_kind="funding", value_cents=90_000, currency="EUR")  # fmt: skip
    add(db, p, title="Proposal", starts_on="2026-01-01",
        status="draft", value_kind="funding", value_cents=9_999_900)  # fmt: skip
    add(db, p, title="Open-ended", status="active", value_kind="in_kind", value_cents=1_000)
    add(db, p, title="Handshake", starts_on="2026-01-01", status="active")

    def totals(since: str, until: str) -> list[tuple[str, str, int, int]]:
        return [
            (t.value_kind, t.currency, t.cents, t.agreements)
            for t in agreements.totals(db, since=since, until=until)
        ]

    # The 2025-26 school year overlaps both grants, the kits, the euro exchange and the
    # undated active one; the draft is never counted; currencies are kept apart.
    assert totals("2025-08-01", "2026-06-30") == [
        ("funding", "EUR", 90_000, 1),
        ("funding", "USD", 1_250_000, 2),
        ("in_kind", "USD", 1_000, 1),
    ]
    assert totals("2026-07-01", "2027-06-30") == [
        ("funding", "USD", 750_000, 1),
        ("in_kind", "USD", 121_000, 2),
    ]
    assert totals("2024-01-01", "2024-12-31") == [("in_kind", "USD", 1_000, 1)]
    assert totals("2025-12-31", "2025-12-31")[0] == ("funding", "USD", 500_000, 1)  # inclusive


def test_agreement_rules(db: Database) -> None:
    p = partners.add(db, name="Acme", kind="industry")
    with pytest.raises(InvalidInput, match="end date is before the start date"):
        agreements.add(db, p, title="X", starts_on="2026-05-01", ends_on="2026-04-01")
    a = agreements.add(
        db, p, title="Mentors", starts_on="2026-01-01", value_kind="funding", value_cents=5000
    )
    with pytest.raises(InvalidInput, match="end date is before the start date"):
        agreements.update(db, a, ends_on="2025-12-31")
    with pytest.raises(InvalidInput, match="not a currency code"):
        agreements.update(db, a, currency="US$")
    agreements.update(db, a, currency="cad")
    assert agreements.get(db, a).currency == "CAD"
    agreements.update(db, a, value_kind="none")
    assert agreements.get(db, a).value_cents == 0  # "no value" clears the amount
    with pytest.raises(InvalidInput, match="in-kind or funding"):
        agreements.update(db, a, value_cents=100)


@pytest.mark.parametrize(
    ("text", "cents"),
    [
        ("1250", 125_000),
        ("1,250.50", 125_050),
        ("1.250,50", 125_050),
        ("$ 300", 30_000),
        ("12,5", 1_250),
        ("1 250", 125_000),
        ("0.05", 5),
        ("", 0),
    ],
)
def test_amounts_as_people_type_them(text: str, cents: int) -> None:
    assert fields.parse_amount(text) == cents


def test_an_amount_that_is_not_one() -> None:
    with pytest.raises(InvalidInput, match="'twelve' is not an amount"):
        fields.parse_amount("twelve")
    assert fields.amount_text(125_050) == "1,250.50"


def test_renewal_reminders_due(db: Database) -> None:
    p = partners.add(db, name="Green Future Foundation")
    agreements.add(db, p, title="Grant", status="active", renew_by="2026-11-20")
    agreements.add(db, p, title="Later", status="active", renew_by="2027-03-01")
    agreements.add(db, p, title="Old", status="expired", renew_by="2026-01-01")
    agreements.add(db, p, title="Idea", status="draft", renew_by="2026-01-01")
    due = agreements.renewals_due(db, by="2026-11-23")
    assert [(r.title, r.partner, r.renew_by) for r in due] == [
        ("Grant", "Green Future Foundation", "2026-11-20")
    ]
