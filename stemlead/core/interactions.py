"""The interaction log: each call, email, visit or event with a partner, who took part,
and the follow-up it may promise, which shows on Today and among the action items
until it is marked done."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from stemlead.clock import now_iso, today
from stemlead.core import records
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Choice, DateField, Notes, Ref, parse_moment
from stemlead.core.records import Record, editable
from stemlead.store import Database

KINDS = ("call", "email", "visit", "event", "meeting", "other")
KIND_LABELS = {k: k.title() for k in KINDS}


@dataclass(slots=True)
class Interaction(Record):
    TABLE = "interactions"
    NOUN = "interaction"

    id: int
    partner_id: int = editable(Ref("Partner", table="partners", required=True))
    occurred_on: str = editable(DateField("Date", required=True), "")
    kind: str = editable(Choice("Kind", KINDS), "call")
    notes: str = editable(Notes("Notes"), "")
    follow_up_on: str | None = editable(DateField("Follow-up date"), None)
    follow_up_done_at: str | None = None
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return f"{self.kind.title()} on {self.occurred_on}"


@dataclass(frozen=True, slots=True)
class FollowUp:
    interaction_id: int
    partner_id: int
    partner: str
    follow_up_on: str
    notes: str


@dataclass(frozen=True, slots=True)
class InteractionRow:
    """One entry of a partner's timeline, with the people who took part."""

    id: int
    partner_id: int
    occurred_on: str
    kind: str
    notes: str
    follow_up_on: str | None
    follow_up_done_at: str | None
    contact_ids: tuple[int, ...]
    who: str  # their names, comma-separated

    @property
    def follow_up_open(self) -> bool:
        return self.follow_up_on is not None and self.follow_up_done_at is None


_crud = records.Crud(Interaction, Kind.INTERACTION)
get, update, delete = _crud.get, _crud.update, _crud.delete


@changes(Kind.INTERACTION)
def log(
    db: Database,
    partner_id: int,
    *,
    kind: str,
    notes: str = "",
    occurred_on: str | date | None = None,
    follow_up_on: str | date | None = None,
    contact_ids: Sequence[int] = (),
) -> int:
    """Record a call, email, visit... with a partner, and who took part."""
    ids = list(dict.fromkeys(int(c) for c in contact_ids))
    with db.transaction():
        records.require(db, "contacts", "contact", ids)
        interaction_id = records.insert(
            db,
            Interaction,
            {
                "partner_id": partner_id,
                "kind": kind,
                "notes": notes,
                "occurred_on": occurred_on or today().isoformat(),
                "follow_up_on": follow_up_on,
            },
        )
        _insert_participants(db, interaction_id, ids)
    return interaction_id


def timeline(db: Database, partner_id: int) -> list[InteractionRow]:
    """A partner's interactions, newest first, with who took part."""
    rows = db.query(
        """
        SELECT i.id, i.partner_id, i.occurred_on, i.kind, i.notes, i.follow_up_on,
               i.follow_up_done_at,
               (SELECT json_group_array(json_array(c.id, c.name)) FROM
                  (SELECT c.id, c.name FROM interaction_contacts ic
                   JOIN contacts c ON c.id = ic.contact_id
                   WHERE ic.interaction_id = i.id ORDER BY c.name COLLATE NOCASE) c)
        FROM interactions i WHERE i.partner_id = ?
        ORDER BY i.occurred_on DESC, i.id DESC
        """,
        (partner_id,),
    )
    out = []
    for r in rows:
        people = json.loads(r[7]) if r[7] else []
        out.append(
            InteractionRow(
                id=r[0],
                partner_id=r[1],
                occurred_on=r[2],
                kind=r[3],
                notes=r[4],
                follow_up_on=r[5],
                follow_up_done_at=r[6],
                contact_ids=tuple(p[0] for p in people),
                who=", ".join(p[1] for p in people),
            )
        )
    return out


# -- who took part -------------------------------------------------------------------------


@changes(Kind.INTERACTION)
def set_participants(db: Database, interaction_id: int, contact_ids: Sequence[int]) -> None:
    """Say who took part in an interaction (replaces the previous list)."""
    ids = list(dict.fromkeys(int(c) for c in contact_ids))
    with db.transaction():
        get(db, interaction_id)
        records.require(db, "contacts", "contact", ids)
        db.execute("DELETE FROM interaction_contacts WHERE interaction_id = ?", (interaction_id,))
        _insert_participants(db, interaction_id, ids)
        db.execute(
            "UPDATE interactions SET updated_at = ? WHERE id = ?", (now_iso(), interaction_id)
        )


def _insert_participants(db: Database, interaction_id: int, contact_ids: list[int]) -> None:
    db.conn.executemany(
        "INSERT INTO interaction_contacts (interaction_id, contact_id) VALUES (?, ?)",
        [(interaction_id, c) for c in contact_ids],
    )


# -- follow-ups ----------------------------------------------------------------------------


@changes(Kind.INTERACTION, Kind.ACTION_ITEM)
def complete_follow_up(
    db: Database, interaction_id: int, *, done: bool = True, at: str | None = None
) -> None:
    """Mark a follow-up done (``at`` defaults to now) or open again, and the action items
    born of it with it (``action_items.set_status`` keeps the other direction)."""
    moment = parse_moment(at, "Done at").isoformat() if at else now_iso()
    with db.transaction():
        get(db, interaction_id)
        db.execute(
            "UPDATE interactions SET follow_up_done_at = ?, updated_at = ? WHERE id = ?",
            (moment if done else None, now_iso(), interaction_id),
        )
        before, after = ("'open', 'in_progress'", "'done'") if done else ("'done'", "'open'")
        db.execute(
            f"UPDATE action_items SET status = {after}, closed_at = ?, closed_in_meeting_id = NULL,"
            f" updated_at = ? WHERE interaction_id = ? AND status IN ({before})",
            (moment if done else None, now_iso(), interaction_id),
        )


def follow_ups_due(db: Database, *, by: str) -> list[FollowUp]:
    """Open follow-ups due on or before ``by`` (a date): what Today lists."""
    return [
        FollowUp(*r)
        for r in db.query(
            """
        SELECT i.id, i.partner_id, p.name, i.follow_up_on, i.notes
        FROM interactions i JOIN partners p ON p.id = i.partner_id
        WHERE i.follow_up_done_at IS NULL AND i.follow_up_on IS NOT NULL AND i.follow_up_on <= ?
        ORDER BY i.follow_up_on, i.id
        """,
            (by,),
        )
    ]
