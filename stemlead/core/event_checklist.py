"""An event's planning checklist: action items born in the event, in the one list.

Planning with a template (:mod:`.event_templates`) adds one action item per step, due as
long before the event as the step says; moving the event moves the open steps with it
(:func:`stemlead.core.events.update`). Steps are ordinary action items: they show on
Today when due, in the Action items list with the event as where they came from, and
tick off the same way.
"""

from __future__ import annotations

from datetime import date

from stemlead.core import action_items, events
from stemlead.core.action_items import ActionItemRow
from stemlead.core.changes import Kind, changes
from stemlead.core.event_templates import templates
from stemlead.errors import NotFound
from stemlead.store import Database


@changes(Kind.EVENT, Kind.ACTION_ITEM)
def plan(db: Database, event_id: int, slug: str) -> list[int]:
    """Add a template's steps to the event's checklist, each due counted back from the
    event's date; return the new action items' ids."""
    event = events.get(db, event_id)
    chosen = next((t for t in templates(db)[0] if t.slug == slug), None)
    if chosen is None:
        raise NotFound(f"There is no event template called '{slug}'.")
    day = date.fromisoformat(event.day)
    with db.transaction():
        return [
            action_items.add(
                db,
                step.title,
                notes=step.notes,
                due_on=step.due(day).isoformat(),
                event_id=event_id,
            )
            for step in chosen.steps
        ]


@changes(Kind.EVENT, Kind.ACTION_ITEM)
def add_step(db: Database, event_id: int, title: str, *, due_on: str | None = None) -> int:
    """One more step of the coach's own."""
    events.get(db, event_id)
    return int(action_items.add(db, title, due_on=due_on, event_id=event_id))


def steps(db: Database, event_id: int) -> list[ActionItemRow]:
    """The checklist by due date, open steps first."""
    return action_items.list_action_items(db, source="event", source_id=event_id)


def suggested(db: Database, kind: str) -> str | None:
    """The slug of the first template made for this kind of event, if any."""
    found = templates(db)[0]
    return next((t.slug for t in found if kind in t.kinds), found[0].slug if found else None)
