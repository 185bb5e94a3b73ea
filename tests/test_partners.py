"""Partners in the core: people moving between them, and finding one by name."""

from __future__ import annotations

from stemlead.core import contacts, interactions, partners
from stemlead.store import Database


def test_moving_a_contact_keeps_their_history_where_it_happened(db: Database) -> None:
    old = partners.add(db, name="Quasar Robotics", kind="industry")
    new = partners.add(db, name="State University", kind="higher_ed")
    marcus = contacts.add(db, name="Marcus Lee", partner_id=old)
    interactions.log(db, old, kind="visit", contact_ids=[marcus])
    contacts.move(db, marcus, new)
    assert [c.name for c in contacts.at_partner(db, new)] == ["Marcus Lee"]
    assert contacts.at_partner(db, old) == []
    assert interactions.timeline(db, old)[0].who == "Marcus Lee"
    contacts.move(db, marcus, None)
    assert contacts.get(db, marcus).partner_id is None


def test_partners_are_found_by_name_loosely(db: Database) -> None:
    acme = partners.add(db, name="Acme  Corp")
    assert partners.find_by_name(db, "ACME corp").id == acme  # type: ignore[union-attr]
    assert partners.find_by_name(db, "Acme") is None
