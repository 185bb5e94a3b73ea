"""Partners in the core: follow-ups on Today, agreement totals, moving people, who took part."""

from __future__ import annotations

from datetime import date

import pytest

from stemlead.core import contacts, fields, partners, trash
from stemlead.core.today import today_page
from stemlead.errors import InvalidInput
from stemlead.store import Database


def test_follow_ups_show_on_today_until_done(db: Database) -> None:
    museum = partners.add(db, name="City Science Museum", kind="museum")
    rosa = contacts.add(db, name="Rosa Díaz", partner_id=museum)
    due = partners.log_interaction(
        db,
        museum,
        kind="call",
        notes="Field trip dates",
        occurred_on="2026-11-16",
        follow_up_on="2026-11-20",
        contact_ids=[rosa],
    )
    partners.log_interaction(
        db, museum, kind="email", occurred_on="2026-11-18", follow_up_on="2026-12-01"
    )
    partners.log_interaction(db, museum, kind="visit", occurred_on="2026-11-19")
    page = today_page(db, date(2026, 11, 23))
    assert [(f.kind, f.id, f.title, f.detail, f.overdue) for f in page.follow_ups] == [
        ("partner", museum, "Follow up with City Science Museum", "Field trip dates", True)
    ]
    assert today_page(db, date(2026, 11, 20)).follow_ups[0].overdue is False
    assert len(today_page(db, date(2026, 12, 1)).follow_ups) == 2
    partners.complete_follow_up(db, due)
    assert today_page(db, date(2026, 11, 23)).follow_ups == []
    partners.complete_follow_up(db, due, done=False)
    assert len(today_page(db, date(2026, 11, 23)).follow_ups) == 1


def test_timeline_says_who_took_part(db: Database) -> None:
    museum = partners.add(db, name="City Science Museum")
    rosa = contacts.add(db, name="Rosa Díaz", partner_id=museum)
    li = contacts.add(db, name="Li Wei", partner_id=museum)
    call = partners.log_interaction(
        db, museum, kind="call", occurred_on="2026-11-02", contact_ids=[rosa, li]
    )
    partners.log_interaction(db, museum, kind="event", occurred_on="2026-11-09")
    rows = partners.timeline(db, museum)
    assert [(r.kind, r.who) for r in rows] == [("event", ""), ("call", "Li Wei, Rosa Díaz")]
    assert set(rows[1].contact_ids) == {rosa, li}
    partners.set_interaction_contacts(db, call, [li])
    assert partners.interaction_contact_ids(db, call) == [li]
    assert partners.timeline(db, museum)[1].who == "Li Wei"


def test_moving_a_contact_keeps_their_history_where_it_happened(db: Database) -> None:
    old = partners.add(db, name="Quasar Robotics", kind="industry")
    new = partners.add(db, name="State University", kind="higher_ed")
    marcus = contacts.add(db, name="Marcus Lee", partner_id=old)
    partners.log_interaction(db, old, kind="visit", contact_ids=[marcus])
    contacts.move(db, marcus, new)
    assert [c.name for c in contacts.at_partner(db, new)] == ["Marcus Lee"]
    assert contacts.at_partner(db, old) == []
    assert partners.timeline(db, old)[0].who == "Marcus Lee"
    contacts.move(db, marcus, None)
    assert contacts.get(db, marcus).partner_id is None


def test_deleting_a_contact_can_be_undone_with_their_interactions(db: Database) -> None:
    museum = partners.add(db, name="City Science Museum")
    rosa = contacts.add(db, name="Rosa Díaz", partner_id=museum)
    partners.log_interaction(db, museum, kind="call", contact_ids=[rosa])
    entry = contacts.delete(db, rosa)
    assert partners.timeline(db, museum)[0].who == ""
    trash.restore(db, entry)
    assert partners.timeline(db, museum)[0].who == "Rosa Díaz"


def test_agreement_totals_by_date_range(db: Database) -> None:
    p = partners.add(db, name="Green Future Foundation", kind="nonprofit")
    add = partners.add_agreement
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
            for t in partners.agreement_totals(db, since=since, until=until)
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
        partners.add_agreement(db, p, title="X", starts_on="2026-05-01", ends_on="2026-04-01")
    a = partners.add_agreement(
        db, p, title="Mentors", starts_on="2026-01-01", value_kind="funding", value_cents=5000
    )
    with pytest.raises(InvalidInput, match="end date is before the start date"):
        partners.update_agreement(db, a, ends_on="2025-12-31")
    with pytest.raises(InvalidInput, match="not a currency code"):
        partners.update_agreement(db, a, currency="US$")
    partners.update_agreement(db, a, currency="cad")
    assert partners.get_agreement(db, a).currency == "CAD"
    partners.update_agreement(db, a, value_kind="none")
    assert partners.get_agreement(db, a).value_cents == 0  # "no value" clears the amount
    with pytest.raises(InvalidInput, match="in-kind or funding"):
        partners.update_agreement(db, a, value_cents=100)


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
    partners.add_agreement(db, p, title="Grant", status="active", renew_by="2026-11-20")
    partners.add_agreement(db, p, title="Later", status="active", renew_by="2027-03-01")
    partners.add_agreement(db, p, title="Old", status="expired", renew_by="2026-01-01")
    partners.add_agreement(db, p, title="Idea", status="draft", renew_by="2026-01-01")
    due = partners.renewals_due(db, by="2026-11-23")
    assert [(r.title, r.partner, r.renew_by) for r in due] == [
        ("Grant", "Green Future Foundation", "2026-11-20")
    ]


def test_partners_are_found_by_name_loosely(db: Database) -> None:
    acme = partners.add(db, name="Acme  Corp")
    assert partners.find_by_name(db, "ACME corp").id == acme  # type: ignore[union-attr]
    assert partners.find_by_name(db, "Acme") is None
