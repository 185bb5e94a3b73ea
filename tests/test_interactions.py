"""The interaction log: follow-ups on Today until done, who took part, history kept."""

from __future__ import annotations

from datetime import date

from stemlead.core import contacts, interactions, partners, trash
from stemlead.core.today import today_page
from stemlead.store import Database


def test_follow_ups_show_on_today_until_done(db: Database) -> None:
    museum = partners.add(db, name="City Science Museum", kind="museum")
    rosa = contacts.add(db, name="Rosa Díaz", partner_id=museum)
    due = interactions.log(
        db,
        museum,
        kind="call",
        notes="Field trip dates",
        occurred_on="2026-11-16",
        follow_up_on="2026-11-20",
        contact_ids=[rosa],
    )
    interactions.log(db, museum, kind="email", occurred_on="2026-11-18", follow_up_on="2026-12-01")
    interactions.log(db, museum, kind="visit", occurred_on="2026-11-19")
    page = today_page(db, date(2026, 11, 23))
    assert [(f.kind, f.id, f.title, f.detail, f.overdue) for f in page.follow_ups] == [
        ("partner", museum, "Follow up with City Science Museum", "Field trip dates", True)
    ]
    assert today_page(db, date(2026, 11, 20)).follow_ups[0].overdue is False
    assert len(today_page(db, date(2026, 12, 1)).follow_ups) == 2
    interactions.complete_follow_up(db, due)
    assert today_page(db, date(2026, 11, 23)).follow_ups == []
    interactions.complete_follow_up(db, due, done=False)
    assert len(today_page(db, date(2026, 11, 23)).follow_ups) == 1


def test_timeline_says_who_took_part(db: Database) -> None:
    museum = partners.add(db, name="City Science Museum")
    rosa = contacts.add(db, name="Rosa Díaz", partner_id=museum)
    li = contacts.add(db, name="Li Wei", partner_id=museum)
    call = interactions.log(
        db, museum, kind="call", occurred_on="2026-11-02", contact_ids=[rosa, li]
    )
    interactions.log(db, museum, kind="event", occurred_on="2026-11-09")
    rows = interactions.timeline(db, museum)
    assert [(r.kind, r.who) for r in rows] == [("event", ""), ("call", "Li Wei, Rosa Díaz")]
    assert set(rows[1].contact_ids) == {rosa, li}
    interactions.set_participants(db, call, [li])
    assert interactions.timeline(db, museum)[1].contact_ids == (li,)
    assert interactions.timeline(db, museum)[1].who == "Li Wei"


def test_deleting_a_contact_can_be_undone_with_their_interactions(db: Database) -> None:
    museum = partners.add(db, name="City Science Museum")
    rosa = contacts.add(db, name="Rosa Díaz", partner_id=museum)
    interactions.log(db, museum, kind="call", contact_ids=[rosa])
    entry = contacts.delete(db, rosa)
    assert interactions.timeline(db, museum)[0].who == ""
    trash.restore(db, entry)
    assert interactions.timeline(db, museum)[0].who == "Rosa Díaz"
