"""Action items: one list of what people agreed to do, wherever it was agreed.

An item is born in a meeting, a coaching cycle, an observation's next steps, a partner
follow-up or a mentoring check-in (or on its own), and carries its owner, due date and status.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from stemlead.clock import now_iso
from stemlead.core import owners, records
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Choice, DateField, Notes, Ref, Text
from stemlead.core.records import Record, editable
from stemlead.errors import InvalidInput
from stemlead.store import Database

STATUSES = ("open", "in_progress", "done", "dropped")
OPEN_STATUSES = ("open", "in_progress")
STATUS_LABELS = {"open": "Open", "in_progress": "In progress", "done": "Done", "dropped": "Dropped"}
# the same test in SQL, for queries that call the action_items table ``a``
IS_OPEN_SQL = "a.status IN (" + ", ".join(f"'{s}'" for s in OPEN_STATUSES) + ")"
SOURCES = ("meeting_id", "cycle_id", "observation_id", "partner_id", "check_in_id")


class _Status:
    """What "open" means, once, for the record and for its row in a list."""

    __slots__ = ()
    status: str

    @property
    def is_open(self) -> bool:
        """Still to do: open or in progress (not done, not dropped)."""
        return self.status in OPEN_STATUSES


@dataclass(slots=True)
class ActionItem(_Status, Record):
    TABLE = "action_items"
    NOUN = "action item"

    id: int
    title: str = editable(Text("Action", required=True, max_len=500))
    notes: str = editable(Notes("Notes"), "")
    owner_kind: str = "me"
    owner_teacher_id: int | None = None
    owner_contact_id: int | None = None
    owner_name: str = ""
    due_on: str | None = editable(DateField("Due date"), None)
    status: str = "open"
    closed_at: str | None = None
    closed_in_meeting_id: int | None = None
    meeting_id: int | None = editable(Ref("Meeting", table="meetings"), None)
    agenda_item_id: int | None = editable(Ref("Agenda item", table="agenda_items"), None)
    cycle_id: int | None = editable(Ref("Coaching cycle", table="cycles"), None)
    observation_id: int | None = editable(Ref("Observation", table="observations"), None)
    partner_id: int | None = editable(Ref("Partner", table="partners"), None)
    interaction_id: int | None = editable(Ref("Interaction", table="interactions"), None)
    created_at: str = ""
    updated_at: str = ""
    check_in_id: int | None = editable(Ref("Check-in", table="check_ins"), None)

    def describe(self) -> str:
        return self.title


@dataclass(frozen=True, slots=True)
class ActionItemRow(_Status):
    id: int
    title: str
    owner_kind: str
    owner_name: str
    due_on: str | None
    status: str
    source: str  # "meeting", "cycle", "observation", "partner", "check_in" or ""
    source_id: int | None
    source_label: str
    source_date: str | None  # the meeting's, observation's or check-in's date


_crud = records.Crud(ActionItem, Kind.ACTION_ITEM)
get, update, delete = _crud.get, _crud.update, _crud.delete


@changes(Kind.ACTION_ITEM)
def add(
    db: Database,
    title: str,
    *,
    owner_teacher_id: int | None = None,
    owner_contact_id: int | None = None,
    owner_name: str | None = None,
    **values: Any,
) -> int:
    """Record something someone agreed to do; ``meeting_id``/``cycle_id``/... say where."""
    if sum(values.get(s) is not None for s in SOURCES) > 1:
        raise InvalidInput(
            "An action item is born in one place: a meeting, a cycle, an "
            "observation, a partner follow-up or a mentoring check-in."
        )
    with db.transaction():
        item_id = records.insert(db, ActionItem, {"title": title, **values})
        owners.assign(
            db,
            "action_items",
            item_id,
            teacher_id=owner_teacher_id,
            contact_id=owner_contact_id,
            name=owner_name,
        )
    return item_id


@changes(Kind.ACTION_ITEM)
def set_owner(db: Database, item_id: int, **owner: Any) -> None:
    """``teacher_id=``, ``contact_id=`` or ``name=``; none of them means the coach."""
    owners.assign(db, "action_items", item_id, **owner)


@changes(Kind.ACTION_ITEM)
def set_status(
    db: Database,
    item_id: int,
    status: str,
    *,
    in_meeting_id: int | None = None,
    at: str | None = None,
) -> None:
    """Change an item's status; closing it records when (and in which meeting, if any)."""
    status = Choice("Status", STATUSES).store(status)
    closing = status not in OPEN_STATUSES
    with db.transaction():
        get(db, item_id)
        db.execute(
            "UPDATE action_items SET status = ?, closed_at = ?, closed_in_meeting_id = ?,"
            " updated_at = ? WHERE id = ?",
            (
                status,
                (at or now_iso()) if closing else None,
                in_meeting_id if closing else None,
                now_iso(),
                item_id,
            ),
        )


@changes(Kind.ACTION_ITEM)
def toggle_done(db: Database, item_id: int, *, in_meeting_id: int | None = None) -> None:
    """Space on an item in a list: an open one is done (in this meeting, if any), a done
    or dropped one opens again."""
    set_status(
        db, item_id, "done" if get(db, item_id).is_open else "open", in_meeting_id=in_meeting_id
    )


_SOURCE_SQL = """
    CASE WHEN a.meeting_id IS NOT NULL THEN 'meeting'
         WHEN a.cycle_id IS NOT NULL THEN 'cycle'
         WHEN a.observation_id IS NOT NULL THEN 'observation'
         WHEN a.partner_id IS NOT NULL THEN 'partner'
         WHEN a.check_in_id IS NOT NULL THEN 'check_in' ELSE '' END,
    coalesce(a.meeting_id, a.cycle_id, a.observation_id, a.partner_id, a.check_in_id),
    coalesce(
      (SELECT coalesce(nullif(m.title, ''), 'Meeting') FROM meetings m WHERE m.id = a.meeting_id),
      (SELECT coalesce(nullif(c.title, ''), 'Coaching cycle') FROM cycles c
         WHERE c.id = a.cycle_id),
      (SELECT 'Observation · ' || t.name
         FROM observations o JOIN teachers t ON t.id = o.teacher_id
         WHERE o.id = a.observation_id),
      (SELECT p.name FROM partners p WHERE p.id = a.partner_id),
      (SELECT 'Mentoring · ' || t.name FROM check_ins ci
         JOIN mentorships mp ON mp.id = ci.mentorship_id JOIN teachers t ON t.id = mp.mentee_id
         WHERE ci.id = a.check_in_id),
      ''),
    coalesce(
      (SELECT substr(m.starts_at, 1, 10) FROM meetings m WHERE m.id = a.meeting_id),
      (SELECT substr(o.starts_at, 1, 10) FROM observations o WHERE o.id = a.observation_id),
      (SELECT ci.occurred_on FROM check_ins ci WHERE ci.id = a.check_in_id))
"""


def list_action_items(
    db: Database,
    *,
    status: str | None = None,
    open_only: bool = False,
    due_by: str | None = None,
    owner_kind: str | None = None,
    owner_teacher_id: int | None = None,
    group_id: int | None = None,
    source: str | None = None,
    source_id: int | None = None,
) -> list[ActionItemRow]:
    """The one list of action items, filtered; open items due soonest first."""
    where: list[str] = []
    params: list[Any] = []
    if status:
        where.append("a.status = ?")
        params.append(Choice("Status", STATUSES).store(status))
    if open_only:
        where.append(IS_OPEN_SQL)
    if due_by:
        where.append("a.due_on IS NOT NULL AND a.due_on <= ?")
        params.append(due_by)
    if owner_kind:
        where.append("a.owner_kind = ?")
        params.append(owner_kind)
    if owner_teacher_id is not None:
        where.append("a.owner_teacher_id = ?")
        params.append(owner_teacher_id)
    if group_id is not None:
        where.append("a.meeting_id IN (SELECT id FROM meetings WHERE group_id = ?)")
        params.append(group_id)
    if source:
        column = f"{source}_id"
        if column not in SOURCES:
            raise InvalidInput(f"Action items are not born in a '{source}'.")
        where.append(f"a.{column} = ?" if source_id is not None else f"a.{column} IS NOT NULL")
        if source_id is not None:
            params.append(source_id)
    sql = f"""
        SELECT a.id, a.title, a.owner_kind, a.owner_name, a.due_on, a.status, {_SOURCE_SQL}
        FROM action_items a {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY NOT ({IS_OPEN_SQL}), a.due_on IS NULL, a.due_on, a.id
    """
    return [ActionItemRow(*r) for r in db.query(sql, params)]


def carried_forward(db: Database, meeting_id: int) -> list[ActionItemRow]:
    """Action items that carry forward onto this meeting from earlier ones of its group.

    An item born at an earlier meeting of the same group shows on every later meeting
    until it is closed: it still shows (as done) on the meeting during which it was
    closed, and no longer on the meetings after that. Closing "in" a meeting counts from
    that meeting's start, so looking back at an older meeting still shows what was open.
    """
    meeting = db.one("SELECT group_id, starts_at FROM meetings WHERE id = ?", (meeting_id,))
    if meeting is None or meeting["group_id"] is None:
        return []
    sql = f"""
        SELECT a.id, a.title, a.owner_kind, a.owner_name, a.due_on, a.status, {_SOURCE_SQL}
        FROM action_items a JOIN meetings born ON born.id = a.meeting_id
        WHERE born.group_id = :group AND born.id <> :meeting
          AND datetime(born.starts_at) < datetime(:starts)
          AND ({IS_OPEN_SQL}
               OR datetime(coalesce((SELECT closing.starts_at FROM meetings closing
                                     WHERE closing.id = a.closed_in_meeting_id), a.closed_at))
                  >= datetime(:starts))
        ORDER BY NOT ({IS_OPEN_SQL}), a.due_on IS NULL, a.due_on, a.id
    """
    params = {"group": meeting["group_id"], "meeting": meeting_id, "starts": meeting["starts_at"]}
    return [ActionItemRow(*r) for r in db.query(sql, params)]
