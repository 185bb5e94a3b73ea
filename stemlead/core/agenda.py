"""Agenda items: what a meeting will cover, in order, with a purpose and a time budget.

During the meeting the same items collect minutes (``notes``) and an outcome. When each
starts, and how the minutes add up against the meeting's length: ``agenda_timeline``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from stemlead.clock import now_iso
from stemlead.core import owners, records
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Choice, Int, Notes, Ref, Text
from stemlead.core.records import Record, editable
from stemlead.errors import InvalidInput
from stemlead.store import Database

PURPOSES = ("inform", "discuss", "decide")
PURPOSE_LABELS = {"inform": "Inform", "discuss": "Discuss", "decide": "Decide"}


@dataclass(slots=True)
class AgendaItem(Record):
    TABLE = "agenda_items"
    NOUN = "agenda item"

    id: int
    meeting_id: int = editable(Ref("Meeting", table="meetings", required=True))
    position: int = 0
    title: str = editable(Text("Title", required=True, max_len=300), "")
    purpose: str = editable(Choice("Purpose", PURPOSES), "discuss")
    owner_kind: str = "me"
    owner_teacher_id: int | None = None
    owner_contact_id: int | None = None
    owner_name: str = ""
    minutes: int = editable(Int("Minutes", minimum=0, maximum=600), 10)
    description: str = editable(Notes("Description"), "")
    notes: str = editable(Notes("Minutes taken"), "")
    outcome: str = editable(Notes("Outcome"), "")
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return self.title


_crud = records.Crud(AgendaItem, Kind.MEETING)
get, update, delete = _crud.get, _crud.update, _crud.delete


@changes(Kind.MEETING)
def add(
    db: Database,
    meeting_id: int,
    title: str,
    *,
    owner_teacher_id: int | None = None,
    owner_contact_id: int | None = None,
    owner_name: str | None = None,
    position: int | None = None,
    **values: Any,
) -> int:
    """Append an item to a meeting's agenda (or insert it at ``position``)."""
    with db.transaction():
        count = int(
            db.scalar("SELECT count(*) FROM agenda_items WHERE meeting_id = ?", (meeting_id,))
        )
        item_id = records.insert(
            db, AgendaItem, {"meeting_id": meeting_id, "title": title, **values}
        )
        db.execute("UPDATE agenda_items SET position = ? WHERE id = ?", (count, item_id))
        owners.assign(
            db,
            "agenda_items",
            item_id,
            teacher_id=owner_teacher_id,
            contact_id=owner_contact_id,
            name=owner_name,
        )
        if position is not None:
            move(db, item_id, position)
    return item_id


@changes(Kind.MEETING)
def set_owner(db: Database, item_id: int, **owner: Any) -> None:
    """``teacher_id=``, ``contact_id=`` or ``name=``; none of them means the coach."""
    owners.assign(db, "agenda_items", item_id, **owner)


def items(db: Database, meeting_id: int) -> list[AgendaItem]:
    return records.select(
        db, AgendaItem, "t.meeting_id = ?", [meeting_id], order="t.position, t.id"
    )


@changes(Kind.MEETING)
def move(db: Database, item_id: int, position: int) -> None:
    """Put an item at ``position`` (0-based) and renumber the rest: drag or Alt+Up/Down."""
    item = get(db, item_id)
    ordered = [i.id for i in items(db, item.meeting_id) if i.id != item_id]
    if not 0 <= position <= len(ordered):
        raise InvalidInput(f"Position must be between 1 and {len(ordered) + 1}.")
    ordered.insert(position, item_id)
    with db.transaction():
        db.conn.executemany(
            "UPDATE agenda_items SET position = ? WHERE id = ?",
            [(i, item) for i, item in enumerate(ordered)],
        )


def previous_with_agenda(db: Database, meeting_id: int) -> int | None:
    """The latest earlier meeting of the same group that has an agenda."""
    found: int | None = db.scalar(
        """
        SELECT prior.id FROM meetings m JOIN meetings prior ON prior.group_id = m.group_id
        WHERE m.id = ? AND prior.id <> m.id
          AND datetime(prior.starts_at) < datetime(m.starts_at)
          AND EXISTS (SELECT 1 FROM agenda_items a WHERE a.meeting_id = prior.id)
        ORDER BY datetime(prior.starts_at) DESC LIMIT 1
        """,
        (meeting_id,),
    )
    return found


@changes(Kind.MEETING)
def copy_previous(db: Database, meeting_id: int) -> list[int]:
    """Copy last meeting's agenda (titles, purposes, owners, minutes, descriptions; not
    the minutes taken or outcomes) onto this meeting; return the new items' ids."""
    source = previous_with_agenda(db, meeting_id)
    if source is None:
        raise InvalidInput("No earlier meeting of this group has an agenda to copy.")
    columns = (
        "title",
        "purpose",
        "owner_kind",
        "owner_teacher_id",
        "owner_contact_id",
        "owner_name",
        "minutes",
        "description",
    )
    with db.transaction():
        start = int(
            db.scalar("SELECT count(*) FROM agenda_items WHERE meeting_id = ?", (meeting_id,))
        )
        ids = []
        for offset, item in enumerate(items(db, source)):
            values = [getattr(item, c) for c in columns]
            stamp = now_iso()
            cursor = db.execute(
                f"INSERT INTO agenda_items (meeting_id, position, {', '.join(columns)},"
                f" created_at, updated_at) VALUES (?, ?, {', '.join('?' for _ in columns)}, ?, ?)",
                [meeting_id, start + offset, *values, stamp, stamp],
            )
            ids.append(int(cursor.lastrowid or 0))
    return ids


@changes(Kind.MEETING)
def reorder(db: Database, meeting_id: int, item_ids: list[int]) -> None:
    """Save a new order for a meeting's agenda (after a drag): ``item_ids`` top to bottom."""
    current = {i.id for i in items(db, meeting_id)}
    if set(item_ids) != current:
        raise InvalidInput("The new order must list every item of this agenda once.")
    with db.transaction():
        db.conn.executemany(
            "UPDATE agenda_items SET position = ? WHERE id = ?",
            [(position, item) for position, item in enumerate(item_ids)],
        )
