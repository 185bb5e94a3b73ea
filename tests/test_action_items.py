"""Action items: one list from every source, open or done."""

from __future__ import annotations

import pytest

from stemlead.core import action_items, cycles, meetings, observations, partners, teachers
from stemlead.errors import InvalidInput
from stemlead.store import Database


def test_action_items_form_one_list_from_every_source(db: Database) -> None:
    teacher = teachers.add(db, name="Ana")
    meeting = meetings.add(db, starts_at="2026-11-24T15:30", title="PLC")
    cycle = cycles.add(db, teacher_ids=[teacher], title="Claims")
    obs = observations.start(db, teacher)
    partner = partners.add(db, name="City Museum", kind="museum")
    for title, source in (
        ("A", {"meeting_id": meeting}),
        ("B", {"cycle_id": cycle}),
        ("C", {"observation_id": obs}),
        ("D", {"partner_id": partner}),
        ("E", {}),
    ):
        action_items.add(db, title, due_on="2026-11-30", **source)
    rows = action_items.list_action_items(db)
    assert sorted((r.title, r.source) for r in rows) == [
        ("A", "meeting"),
        ("B", "cycle"),
        ("C", "observation"),
        ("D", "partner"),
        ("E", ""),
    ]
    with pytest.raises(InvalidInput, match="born in one place"):
        action_items.add(db, "F", meeting_id=meeting, cycle_id=cycle)


def test_closing_an_action_item_records_when(db: Database) -> None:
    item = action_items.add(db, "Order sensors")
    action_items.set_status(db, item, "done")
    assert action_items.get(db, item).closed_at is not None
    action_items.set_status(db, item, "open")
    assert action_items.get(db, item).closed_at is None


def test_space_on_an_action_item_ticks_it_done_or_opens_it_again(db: Database) -> None:
    item = action_items.add(db, "Order lab kits")
    action_items.toggle_done(db, item)
    assert action_items.get(db, item).status == "done"
    action_items.set_status(db, item, "dropped")
    action_items.toggle_done(db, item)
    reopened = action_items.get(db, item)
    assert (reopened.status, reopened.closed_at) == ("open", None)


def test_in_progress_counts_as_open_in_every_list(db: Database) -> None:
    started = action_items.add(db, "Draft the family letter")
    action_items.set_status(db, started, "in_progress")
    dropped = action_items.add(db, "Book the bus")
    action_items.set_status(db, dropped, "dropped")
    assert action_items.get(db, started).is_open and not action_items.get(db, dropped).is_open
    rows = action_items.list_action_items(db)
    assert [(r.id, r.is_open) for r in rows] == [(started, True), (dropped, False)]
    assert [r.id for r in action_items.list_action_items(db, open_only=True)] == [started]
