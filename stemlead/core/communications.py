"""The communications log: what was sent or presented, to which stakeholder groups, when,
and about what (events, partners' contributions, the program's counts).

It is the record a program keeps of its community outreach, and it answers "who has not
heard from us lately?" (:func:`stemlead.core.stakeholders.not_heard_from`). A newsletter
is logged here the first time it is saved to a file (:mod:`.newsletters`).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from stemlead.core import records
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Choice, DateField, Flag, Notes, Text
from stemlead.core.records import Record, editable
from stemlead.store import Database

KINDS = ("newsletter", "email", "flyer", "board_presentation", "social_post", "press", "other")
KIND_LABELS = {
    "newsletter": "Newsletter",
    "email": "Email",
    "flyer": "Flyer",
    "board_presentation": "Board presentation",
    "social_post": "Social media post",
    "press": "Press",
    "other": "Other",
}


@dataclass(slots=True)
class Communication(Record):
    TABLE = "communications"
    NOUN = "communication"

    id: int
    sent_on: str = editable(DateField("Date", required=True), "")
    kind: str = editable(Choice("Kind", KINDS), "email")
    title: str = editable(Text("Title", required=True, max_len=300), "")
    about: str = editable(Notes("What it said"), "")
    shares_program_counts: bool = editable(Flag("Shares the program's counts"), False)
    newsletter_id: int | None = None
    notes: str = editable(Notes("Notes"), "")
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return self.title


@dataclass(frozen=True, slots=True)
class Topic:
    kind: str  # "event" or "partner"
    id: int
    label: str


@dataclass(frozen=True, slots=True)
class CommunicationRow:
    id: int
    sent_on: str
    kind: str
    title: str
    audiences: str  # names, comma-separated
    audience_ids: list[int]
    topics: str  # events and partners it was about, comma-separated
    newsletter_id: int | None


_crud = records.Crud(Communication, Kind.COMMUNICATION)
get, update, delete = _crud.get, _crud.update, _crud.delete


@changes(Kind.COMMUNICATION, Kind.STAKEHOLDER)
def add(
    db: Database,
    *,
    audience_ids: Iterable[int] = (),
    event_ids: Iterable[int] = (),
    partner_ids: Iterable[int] = (),
    **values: Any,
) -> int:
    """Log a communication, with who it went to and what it was about."""
    with db.transaction():
        communication_id = records.insert(db, Communication, values)
        set_audiences(db, communication_id, audience_ids)
        set_topics(db, communication_id, event_ids=event_ids, partner_ids=partner_ids)
    return communication_id


@changes(Kind.COMMUNICATION, Kind.STAKEHOLDER)
def set_audiences(db: Database, communication_id: int, stakeholder_ids: Iterable[int]) -> None:
    """Who it went to: exactly these stakeholder groups."""
    ids = sorted(set(stakeholder_ids))
    records.require(db, "communications", "communication", [communication_id])
    records.require(db, "stakeholder_groups", "stakeholder group", ids)
    with db.transaction():
        db.execute(
            "DELETE FROM communication_audiences WHERE communication_id = ?", (communication_id,)
        )
        db.conn.executemany(
            "INSERT INTO communication_audiences (communication_id, stakeholder_id) VALUES (?, ?)",
            [(communication_id, i) for i in ids],
        )


@changes(Kind.COMMUNICATION)
def set_topics(
    db: Database,
    communication_id: int,
    *,
    event_ids: Iterable[int] = (),
    partner_ids: Iterable[int] = (),
) -> None:
    """What it was about: exactly these events and partners."""
    events, partners = sorted(set(event_ids)), sorted(set(partner_ids))
    records.require(db, "communications", "communication", [communication_id])
    records.require(db, "events", "event", events)
    records.require(db, "partners", "partner", partners)
    with db.transaction():
        db.execute(
            "DELETE FROM communication_topics WHERE communication_id = ?", (communication_id,)
        )
        db.conn.executemany(
            "INSERT INTO communication_topics (communication_id, event_id, partner_id)"
            " VALUES (?, ?, ?)",
            [(communication_id, e, None) for e in events]
            + [(communication_id, None, p) for p in partners],
        )


def audience_ids(db: Database, communication_id: int) -> list[int]:
    return [
        r[0]
        for r in db.query(
            "SELECT stakeholder_id FROM communication_audiences WHERE communication_id = ?",
            (communication_id,),
        )
    ]


def topics(db: Database, communication_id: int) -> list[Topic]:
    return [
        Topic(*r)
        for r in db.query(
            """SELECT CASE WHEN t.event_id IS NOT NULL THEN 'event' ELSE 'partner' END,
                      coalesce(t.event_id, t.partner_id), coalesce(e.title, p.name)
               FROM communication_topics t
               LEFT JOIN events e ON e.id = t.event_id
               LEFT JOIN partners p ON p.id = t.partner_id
               WHERE t.communication_id = ? ORDER BY 1, 3 COLLATE NOCASE""",
            (communication_id,),
        )
    ]


def list_communications(
    db: Database,
    *,
    since: str | None = None,
    until: str | None = None,
    stakeholder_id: int | None = None,
) -> list[CommunicationRow]:
    """The log, newest first; dates inclusive."""
    where: list[str] = []
    params: list[Any] = []
    if since:
        where.append("c.sent_on >= ?")
        params.append(since)
    if until:
        where.append("c.sent_on <= ?")
        params.append(until)
    if stakeholder_id is not None:
        where.append(
            "c.id IN (SELECT communication_id FROM communication_audiences WHERE stakeholder_id = ?)"
        )
        params.append(stakeholder_id)
    sql = f"""
        SELECT c.id, c.sent_on, c.kind, c.title,
               coalesce((SELECT group_concat(s.name, ', ') FROM communication_audiences a
                         JOIN stakeholder_groups s ON s.id = a.stakeholder_id
                         WHERE a.communication_id = c.id), ''),
               (SELECT json_group_array(a.stakeholder_id) FROM communication_audiences a
                 WHERE a.communication_id = c.id),
               coalesce((SELECT group_concat(coalesce(e.title, p.name), ', ')
                         FROM communication_topics t
                         LEFT JOIN events e ON e.id = t.event_id
                         LEFT JOIN partners p ON p.id = t.partner_id
                         WHERE t.communication_id = c.id), ''),
               c.newsletter_id
        FROM communications c {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY c.sent_on DESC, c.id DESC
    """
    return [
        CommunicationRow(r[0], r[1], r[2], r[3], r[4], json.loads(r[5]), r[6], r[7])
        for r in db.query(sql, params)
    ]
