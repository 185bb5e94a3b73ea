"""Action items: one list of what people agreed to do, wherever it was agreed.

An item is born in a meeting, a coaching cycle, an observation's next steps, a partner
follow-up, an event's planning checklist or a mentoring check-in (or on its own), and
carries its owner, due date and status.
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
SOURCES = ("meeting_id", "cycle_id", "observation_id", "partner_id", "event_id", "check_in_id")


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
    event_id: int | None = editable(Ref("Event", table="events"), None)
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
    source: str  # "meeting", "cycle", "observation", "partner", "event", "check_in" or ""
    source_id: int | None
    source_label: str
    source_date: str | None  # the meeting's, observation's, interaction's or check-in's date
    # the partner interaction whose follow-up this is; a follow-up with no action item of
    # its own is listed with id 0 (``list_action_items(follow_ups=True)``)
    interaction_id: int | None = None


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
            "observation, a partner follow-up, an event or a mentoring check-in."
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


@changes(Kind.ACTION_ITEM, Kind.INTERACTION)
def set_status(
    db: Database,
    item_id: int,
    status: str,
    *,
    in_meeting_id: int | None = None,
    at: str | None = None,
) -> None:
    """Change an item's status; closing it records when (and in which meeting, if any).

    An item born of a partner follow-up keeps the follow-up in step: done when it is done,
    open again when it opens again (so Today and the partner's page agree with this list).
    """
    status = Choice("Status", STATUSES).store(status)
    closing = status not in OPEN_STATUSES
    with db.transaction():
        item = get(db, item_id)
        if item.interaction_id is not None and status in ("done", *OPEN_STATUSES):
            db.execute(
                "UPDATE interactions SET follow_up_done_at = ?, updated_at = ? WHERE id = ?",
                ((at or now_iso()) if closing else None, now_iso(), item.interaction_id),
            )
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


@changes(Kind.ACTION_ITEM, Kind.INTERACTION)
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
         WHEN a.event_id IS NOT NULL THEN 'event'
         WHEN a.check_in_id IS NOT NULL THEN 'check_in' ELSE '' END,
    coalesce(a.meeting_id, a.cycle_id, a.observation_id, a.partner_id, a.event_id, a.check_in_id),
    coalesce(
      (SELECT coalesce(nullif(m.title, ''), 'Meeting') FROM meetings m WHERE m.id = a.meeting_id),
      (SELECT coalesce(nullif(c.title, ''), 'Coaching cycle') FROM cycles c
         WHERE c.id = a.cycle_id),
      (SELECT 'Observation · ' || t.name
         FROM observations o JOIN teachers t ON t.id = o.teacher_id
         WHERE o.id = a.observation_id),
      (SELECT p.name FROM partners p WHERE p.id = a.partner_id),
      (SELECT e.title FROM events e WHERE e.id = a.event_id),
      (SELECT 'Mentoring · ' || t.name FROM check_ins ci
         JOIN mentorships mp ON mp.id = ci.mentorship_id JOIN teachers t ON t.id = mp.mentee_id
         WHERE ci.id = a.check_in_id),
      ''),
    coalesce(
      (SELECT substr(m.starts_at, 1, 10) FROM meetings m WHERE m.id = a.meeting_id),
      (SELECT substr(o.starts_at, 1, 10) FROM observations o WHERE o.id = a.observation_id),
      (SELECT i.occurred_on FROM interactions i WHERE i.id = a.interaction_id),
      (SELECT substr(e.starts_at, 1, 10) FROM events e WHERE e.id = a.event_id),
      (SELECT ci.occurred_on FROM check_ins ci WHERE ci.id = a.check_in_id)),
    a.interaction_id
"""
# Partner follow-ups with no action item of their own, listed among the action items.
_FOLLOW_UP_SQL = """
    SELECT i.id, i.kind, i.notes, i.follow_up_on, i.follow_up_done_at, i.occurred_on,
           p.id AS partner_id, p.name AS partner
    FROM interactions i JOIN partners p ON p.id = i.partner_id
    WHERE i.follow_up_on IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM action_items x WHERE x.interaction_id = i.id)
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
    follow_ups: bool = False,
) -> list[ActionItemRow]:
    """The one list of action items, filtered; open items due soonest first.

    With ``follow_ups``, partner follow-ups that have no action item of their own are in
    the list too (id 0, ``interaction_id`` set, owned by the coach), under the same filters.
    """
    where, params = _filters(
        status=status,
        open_only=open_only,
        due_by=due_by,
        owner_kind=owner_kind,
        owner_teacher_id=owner_teacher_id,
        group_id=group_id,
        source=source,
        source_id=source_id,
    )
    sql = f"""
        SELECT a.id, a.title, a.owner_kind, a.owner_name, a.due_on, a.status, {_SOURCE_SQL}
        FROM action_items a {"WHERE " + " AND ".join(where) if where else ""}
        ORDER BY NOT ({IS_OPEN_SQL}), a.due_on IS NULL, a.due_on, a.id
    """
    rows = [ActionItemRow(*r) for r in db.query(sql, params)]
    coach_only = owner_kind in (None, "me") and not owner_teacher_id and group_id is None
    if not follow_ups or not coach_only or source not in (None, "partner"):
        return rows
    for f in _follow_ups(db):
        if (
            (status and f.status != status)
            or (open_only and not f.is_open)
            or (due_by and (f.due_on or "") > due_by)
            or (source_id is not None and f.source_id != source_id)
        ):
            continue
        rows.append(f)
    rows.sort(key=lambda r: (not r.is_open, r.due_on is None, r.due_on or "", r.id == 0, r.id))
    return rows


def _filters(
    *,
    status: str | None,
    open_only: bool,
    due_by: str | None,
    owner_kind: str | None,
    owner_teacher_id: int | None,
    group_id: int | None,
    source: str | None,
    source_id: int | None,
) -> tuple[list[str], list[Any]]:
    """The WHERE clauses and their parameters for :func:`list_action_items`."""
    where: list[str] = []
    params: list[Any] = []
    for clause, value, used in (
        ("a.status = ?", status and Choice("Status", STATUSES).store(status), bool(status)),
        ("a.due_on IS NOT NULL AND a.due_on <= ?", due_by, bool(due_by)),
        ("a.owner_kind = ?", owner_kind, bool(owner_kind)),
        ("a.owner_teacher_id = ?", owner_teacher_id, owner_teacher_id is not None),
        (
            "a.meeting_id IN (SELECT id FROM meetings WHERE group_id = ?)",
            group_id,
            group_id is not None,
        ),
    ):
        if used:
            where.append(clause)
            params.append(value)
    if open_only:
        where.append(IS_OPEN_SQL)
    if source:
        column = f"{source}_id"
        if column not in SOURCES:
            raise InvalidInput(f"Action items are not born in a '{source}'.")
        where.append(f"a.{column} = ?" if source_id is not None else f"a.{column} IS NOT NULL")
        if source_id is not None:
            params.append(source_id)
    return where, params


def _follow_ups(db: Database) -> list[ActionItemRow]:
    """Each partner follow-up with no action item of its own, as a row of the list."""
    out = []
    for r in db.query(_FOLLOW_UP_SQL):
        line = next((ln.strip() for ln in r["notes"].splitlines() if ln.strip()), "")
        what = line if len(line) <= 80 else line[:79].rstrip() + "…"
        what = what or f"the {r['kind']} with {r['partner']}"
        out.append(
            ActionItemRow(
                id=0,
                title=f"Follow up: {what}",
                owner_kind="me",
                owner_name="",
                due_on=r["follow_up_on"],
                status="done" if r["follow_up_done_at"] else "open",
                source="partner",
                source_id=r["partner_id"],
                source_label=r["partner"],
                source_date=r["occurred_on"],
                interaction_id=r["id"],
            )
        )
    return out


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
