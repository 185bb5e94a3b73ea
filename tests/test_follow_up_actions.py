"""A partner follow-up is an action item too: open follow-ups appear in the one list of
action items (from the partner, owned by the coach), marking one done there completes it,
and a follow-up with an action item of its own is listed once and kept in step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stemlead.core import action_items, interactions, partners
from stemlead.gui.views.lists import ActionItemsView
from stemlead.store import Database, open_database
from tests.gui_helpers import open_window


def follow_ups(db: Database, **filters: object) -> list[action_items.ActionItemRow]:
    rows = action_items.list_action_items(db, follow_ups=True, **filters)  # type: ignore[arg-type]
    return [r for r in rows if r.interaction_id is not None]


def test_an_open_follow_up_is_listed_from_its_partner_until_done(db: Database) -> None:
    museum = partners.add(db, name="City Science Museum", kind="museum")
    call = interactions.log(
        db,
        museum,
        kind="call",
        notes="Field trip dates for grade 5\nThey will send a form.",
        occurred_on="2026-11-16",
        follow_up_on="2026-11-20",
    )
    interactions.log(db, museum, kind="visit", occurred_on="2026-11-18")  # no follow-up
    (row,) = follow_ups(db, open_only=True)
    assert (row.title, row.owner_kind, row.due_on, row.status) == (
        "Follow up: Field trip dates for grade 5",
        "me",
        "2026-11-20",
        "open",
    )
    assert (row.source, row.source_id, row.source_label, row.source_date) == (
        "partner",
        museum,
        "City Science Museum",
        "2026-11-16",
    )
    assert follow_ups(db, owner_kind="me") and not follow_ups(db, owner_kind="teacher")
    assert follow_ups(db, due_by="2026-11-20") and not follow_ups(db, due_by="2026-11-19")
    assert not [r for r in action_items.list_action_items(db) if r.interaction_id]  # CLI list
    interactions.complete_follow_up(db, call)
    assert follow_ups(db, open_only=True) == []
    assert [r.status for r in follow_ups(db, status="done")] == ["done"]


def test_a_follow_up_with_its_own_action_item_is_listed_once_and_kept_in_step(
    db: Database,
) -> None:
    museum = partners.add(db, name="City Science Museum")
    call = interactions.log(db, museum, kind="call", follow_up_on="2026-11-20")
    item = action_items.add(
        db, "Send the permission form", partner_id=museum, interaction_id=call, due_on="2026-11-20"
    )
    rows = [r for r in action_items.list_action_items(db, follow_ups=True) if r.source == "partner"]
    assert [(r.id, r.title) for r in rows] == [(item, "Send the permission form")]
    action_items.toggle_done(db, item)
    assert interactions.get(db, call).follow_up_done_at is not None
    interactions.complete_follow_up(db, call, done=False)
    assert action_items.get(db, item).status == "open"
    interactions.complete_follow_up(db, call)
    assert action_items.get(db, item).status == "done"


def test_mark_done_in_action_items_completes_the_follow_up(qtbot: QtBot, db_path: Path) -> None:
    with open_database(db_path) as db:
        museum = partners.add(db, name="City Science Museum")
    window = open_window(qtbot, db_path)
    view = window.show_section("action_items")
    assert isinstance(view, ActionItemsView)
    assert view.model.rowCount() == 0
    assert window.session is not None
    call = window.session.write(
        interactions.log, museum, kind="email", notes="Robotics mentors", follow_up_on="2026-11-20"
    ).value
    assert view.model.rowCount() == 1  # the list follows interactions as they are logged
    row = view.model.row_at(0)
    assert (row.title, row.source_label) == ("Follow up: Robotics mentors", "City Science Museum")
    view.table.setFocus()
    view.table.selectRow(0)
    assert not view.editor.isEnabled()  # a follow-up is edited on its partner's page
    view.toggle_done()
    assert interactions.get(window.session.db, call).follow_up_done_at is not None
    assert view.model.rowCount() == 0  # done: gone from the open list
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)  # nothing selected: nothing happens
