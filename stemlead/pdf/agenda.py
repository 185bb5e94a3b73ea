"""The meeting agenda handout: what the group will do, in what order, and by when.

Group, date, time and place; the group's goal; who is coming (attendance if recorded,
otherwise the members); the norms; the items with purpose, owner and minutes and the clock
time each starts; first, the automatic "Review open action items" part listing the items
carried forward from earlier meetings of the group, with their owners and due dates.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.platypus import Flowable

from stemlead.core import action_items, agenda_timeline, attendance, groups, meetings
from stemlead.core.agenda import PURPOSE_LABELS
from stemlead.core.agenda_timeline import REVIEW_TITLE, Timeline
from stemlead.pdf import common, fmt, layout
from stemlead.store import Database


def build_agenda(db: Database, meeting_id: int, *, made_on: date | None = None) -> bytes:
    """The agenda of one meeting as PDF bytes (raises NotFound for an unknown meeting)."""
    plan = agenda_timeline.timeline(db, meeting_id)
    meeting = plan.meeting
    setup = layout.PageSetup.from_settings(db)
    width = setup.frame_width
    group = groups.get(db, meeting.group_id) if meeting.group_id is not None else None
    story: list[Flowable] = common.meeting_heading(db, meeting, width)

    if group is not None and group.goal.strip():
        story += [
            layout.callout([layout.labelled("Our goal:", group.goal)], width),
            layout.gap(4),
        ]
    story += _people(db, meeting, group)
    if group is not None and group.norms.strip():
        story += layout.section("Our norms", *layout.bullets(common.norms_lines(group.norms)))

    story += layout.section("Agenda", _agenda_table(db, plan, width))
    note = f"Planned: {plan.planned_minutes} of {meeting.duration_minutes} minutes."
    if plan.over_by > 0:
        note += f" The agenda runs {plan.over_by} minutes over."
    story += [layout.gap(4), layout.muted(note)]

    title = common.meeting_title(db, meeting)
    return layout.render(
        db,
        story,
        title=f"{title} — agenda, {fmt.short_day(meeting.starts_at)}",
        subject="Meeting agenda",
        kind="Agenda",
        made_on=made_on,
        setup=setup,
    )


def _carried_line(db: Database, item: action_items.ActionItemRow) -> str:
    """ "Bring CER samples — Meera Patel, due Nov 24, 2026" (done ones say so)."""
    line = f"{item.title} — {common.owner(db, item.owner_kind, item.owner_name)}"
    if not item.is_open:
        return f"{line} ({action_items.STATUS_LABELS[item.status].lower()})"
    return f"{line}, due {fmt.short_day(item.due_on)}" if item.due_on else line


def _people(db: Database, meeting: meetings.Meeting, group: groups.Group | None) -> list[Flowable]:
    present = attendance.attendees(db, meeting.id)
    if present:
        names = [a.name for a in present if a.status != "absent"]
        return [layout.labelled("Attending:", ", ".join(names) or "—")] if names else []
    if group is None:
        return []
    members = groups.members(db, group.id)
    if not members:
        return []
    names = [f"{m.name} ({m.role})" if m.role else m.name for m in members]
    return [layout.labelled("Members:", ", ".join(names))]


def _agenda_table(db: Database, plan: Timeline, width: float) -> Flowable:
    st = layout.styles()
    h24 = fmt.uses_24h(db)
    header = [
        layout.cell("Time", st.cell_bold),
        layout.cell("Item", st.cell_bold),
        layout.cell("Purpose", st.cell_bold),
        layout.cell("Owner", st.cell_bold),
        layout.cell("Min.", st.cell_right_bold),
    ]
    rows: list[list[Any]] = [header]
    if plan.carried:
        rows.append(
            [
                layout.label(fmt.clock(plan.starts_at, h24)),
                [
                    layout.cell(REVIEW_TITLE, st.cell_bold),
                    *layout.bullets([_carried_line(db, a) for a in plan.carried], st.cell),
                ],
                layout.label("Inform"),
                layout.cell(common.coach_name(db)),
                layout.label(str(plan.review_minutes)),
            ]
        )
    for slot in plan.slots:
        item = slot.item
        what: list[Flowable] = [layout.cell(item.title, st.cell_bold)]
        if item.description.strip():
            what.append(layout.cell(item.description))
        rows.append(
            [
                layout.label(fmt.clock(slot.starts_at, h24)),
                what,
                layout.label(PURPOSE_LABELS.get(item.purpose, item.purpose)),
                layout.cell(common.owner(db, item.owner_kind, item.owner_name)),
                layout.label(str(item.minutes)),
            ]
        )
    if len(rows) == 1:
        rows.append(
            [layout.cell(""), layout.cell("The agenda is still being planned."), "", "", ""]
        )
    return layout.table(
        rows, [width * 0.11, width * 0.47, width * 0.12, width * 0.22, width * 0.08], right=(4,)
    )
