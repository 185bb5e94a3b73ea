"""What happens in the groups' meetings: agendas, minutes, decisions, attendance.

Past meetings are held (or cancelled for a holiday or an early release), each with an
agenda whose items leave notes, outcomes, decisions and action items; open action items
are closed in a later meeting or carried forward. The next one or two meetings get an
agenda, ready to print.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from stemlead.core import action_items, agenda, attendance, decisions, meetings
from stemlead.core.demo import content
from stemlead.core.demo.district import District, Fill, Group, Teacher, day_off

_ATTENDANCE = ("present", "late", "absent", "excused")


def run_meetings(d: District, group: Group) -> None:
    """Hold the past meetings (minutes, decisions, attendance), plan the next ones."""
    rng, db = d.rng, d.db
    words = content.load("meetings")
    today = d.today.isoformat()
    ordinary = []
    for row in meetings.list_meetings(db, group_id=group.id):
        # A repeating meeting falls on holidays too; a one-off was planned for its day.
        reason = row.series_id and day_off(date.fromisoformat(row.starts_at[:10]))
        if reason:
            note = words["day_off_note"].format(reason=reason)
            meetings.update(db, row.id, status="cancelled", notes=note)
        else:
            ordinary.append(row)
    past = [r for r in ordinary if r.starts_at[:10] < today]
    upcoming = [r for r in ordinary if r.starts_at[:10] >= today]
    cancelled = (
        rng.randrange(len(past) - 2)
        if group.kind == "plc" and len(past) > 4 and rng.random() < 0.35
        else None
    )
    open_items: list[int] = []
    for i, row in enumerate(past):
        start = datetime.fromisoformat(row.starts_at)
        if i == cancelled:
            meetings.update(db, row.id, status="cancelled", notes=words["cancelled_note"])
            continue
        still_open = []
        for item_id in open_items:
            if rng.random() < 0.8:
                action_items.set_status(
                    db,
                    item_id,
                    "done",
                    in_meeting_id=row.id,
                    at=(start + timedelta(minutes=8)).isoformat(),
                )
            else:
                still_open.append(item_id)
        open_items = still_open + _hold_meeting(d, group, row.id, start)
    next_count = 1 if group.kind in ("leadership_team", "advisory_board") else 2
    for row in upcoming[:next_count]:
        for item in _choose_items(d, group):
            _add_agenda_item(d, group, row.id, item, held=False)


def _choose_items(d: District, group: Group) -> list[content.Item]:
    """The group's usual opener and a few items; a decision once made is not made again."""
    rng = d.rng
    if group.kind == "plc":
        pool = [i for i in group.items if i.title not in group.decided]
        return [*content.agenda("plc_celebration"), *rng.sample(pool, rng.randint(2, 4))]
    pool = [i for i in group.items[1:] if i.title not in group.decided]
    return [group.items[0], *rng.sample(pool, min(len(pool), rng.randint(2, 3)))]


def _owner(d: District, group: Group, who: str) -> tuple[dict[str, Any], str]:
    """Owner arguments for an agenda or action item, and the owner's name."""
    if who == "member" and group.teachers:
        teacher = d.pick(group.teachers)
        return {"owner_teacher_id": teacher.id}, teacher.name
    if who == "contact" and group.contacts:
        contact = d.pick(group.contacts)
        return {"owner_contact_id": contact.id}, contact.name
    if who == "guest" and group.guest:
        return {"owner_name": group.guest}, group.guest
    return {}, ""


def _member_name(d: District, group: Group) -> str:
    """Someone from the group to name in the minutes (the coach if no teacher belongs)."""
    if group.teachers:
        teacher: Teacher = d.pick(group.teachers)
        return teacher.name
    return str(content.load("district")["coach_name"])


def _add_agenda_item(
    d: District, group: Group, meeting_id: int, item: content.Item, *, held: bool
) -> tuple[int, Fill]:
    owner, owner_name = _owner(d, group, item.owner)
    ctx = Fill(d.rng, resource=d.pick(content.load("coaching_log")["resources"]))
    for key, values in group.context.items():
        ctx[key] = d.pick(values)
    ctx["member"] = owner_name or _member_name(d, group)
    item_id = agenda.add(
        d.db,
        meeting_id,
        item.title.format_map(ctx),
        purpose=item.purpose,
        minutes=item.minutes,
        description=item.description.format_map(ctx),
        notes=item.notes.format_map(ctx) if held else "",
        outcome=item.outcome.format_map(ctx) if held else "",
        **owner,
    )
    return item_id, ctx


def _hold_meeting(d: District, group: Group, meeting_id: int, start: datetime) -> list[int]:
    """Agenda with minutes, decisions, attendance and new action items; returns them."""
    rng, db = d.rng, d.db
    words = content.load("meetings")
    created: list[int] = []
    lead = ""
    for item in _choose_items(d, group):
        item_id, ctx = _add_agenda_item(d, group, meeting_id, item, held=True)
        lead = lead or (ctx["member"] if item.owner == "member" else "")
        if item.decision:
            decisions.record(db, meeting_id, item.decision.format_map(ctx), agenda_item_id=item_id)
            if "{" not in item.title:
                group.decided.add(item.title)
        if item.action and rng.random() < 0.8:
            owner, _ = _owner(d, group, "member")
            created.append(
                action_items.add(
                    db,
                    item.action.format_map(ctx),
                    meeting_id=meeting_id,
                    agenda_item_id=item_id,
                    due_on=start.date() + timedelta(days=group.interval),
                    **owner,
                )
            )
    member = lead or _member_name(d, group)
    summary = d.pick(words["summaries"][group.kind]).format(member=member)
    private = d.pick(words["private_notes"]).format(member=member) if rng.random() < 0.15 else ""
    meetings.update(db, meeting_id, status="held", notes=summary, private_notes=private)
    for teacher in group.teachers:
        status = rng.choices(_ATTENDANCE, (84, 6, 5, 5))[0]
        attendance.mark(db, meeting_id, status, teacher_id=teacher.id)
    for contact in group.contacts:
        status = rng.choices(_ATTENDANCE, (70, 5, 10, 15))[0]
        attendance.mark(db, meeting_id, status, contact_id=contact.id)
    if group.guest and rng.random() < 0.6:
        attendance.mark(db, meeting_id, "present", guest_name=group.guest)
    return created
