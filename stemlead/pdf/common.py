"""Pieces several handouts share: a meeting's heading, owners' names, action item tables."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from reportlab.platypus import Flowable

from stemlead.core import action_items, groups, meetings, owners, settings
from stemlead.core.action_items import ActionItemRow
from stemlead.core.fields import parse_moment
from stemlead.pdf import fmt, layout
from stemlead.store import Database


def coach_name(db: Database) -> str:
    return str(settings.get(db, "coach_name") or "") or "Coach"


def owner(db: Database, owner_kind: str, owner_name: str) -> str:
    """The owner as the reader knows them: the coach by name, never "Me"."""
    return owners.display(owner_kind, owner_name, coach_name(db)) or "—"


def meeting_title(db: Database, meeting: meetings.Meeting) -> str:
    if meeting.title:
        return meeting.title
    if meeting.group_id is not None:
        return groups.get(db, meeting.group_id).name
    return "Meeting"


def meeting_when(db: Database, meeting: meetings.Meeting) -> str:
    """ "Tuesday, December 1, 2026 · 3:45–4:30 pm"."""
    start = parse_moment(meeting.starts_at)
    end = start + timedelta(minutes=meeting.duration_minutes)
    h24 = fmt.uses_24h(db)
    return f"{fmt.day(meeting.starts_at)} · {fmt.clock(start, h24)} – {fmt.clock(end, h24)}"


def meeting_heading(db: Database, meeting: meetings.Meeting, width: float) -> list[Flowable]:
    """Title, when and where; a cancelled meeting says so at the top."""
    out = layout.title_block(meeting_title(db, meeting), meeting_when(db, meeting), meeting.place)
    if meeting.status == "cancelled":
        out += [layout.callout([layout.body("This meeting was cancelled.")], width), layout.gap()]
    return out


def join_names(names: Sequence[str]) -> str:
    """ "Ana", "Ana and Ben", "Ana, Ben and Chen"."""
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]


def norms_lines(text: str) -> list[str]:
    """Norms as typed, one per line, without the bullets people type themselves."""
    return [line.strip().lstrip("•*-–·").strip() for line in text.splitlines() if line.strip()]


def action_table(
    db: Database, rows: Sequence[ActionItemRow], width: float, *, show_status: bool = True
) -> Flowable:
    """Action items with owners and due dates, closed ones marked done."""
    st = layout.styles()
    header = [
        layout.cell("Action", st.cell_bold),
        layout.cell("Owner", st.cell_bold),
        layout.cell("Due", st.cell_bold),
    ]
    widths = [width * 0.52, width * 0.26, width * 0.22]
    if show_status:
        header.append(layout.cell("Status", st.cell_bold))
        widths = [width * 0.46, width * 0.22, width * 0.16, width * 0.16]
    body = []
    for item in rows:
        row = [
            layout.cell(item.title),
            layout.cell(owner(db, item.owner_kind, item.owner_name)),
            layout.label(fmt.short_day(item.due_on) if item.due_on else "-"),
        ]
        if show_status:
            row.append(layout.label(action_items.STATUS_LABELS.get(item.status, item.status)))
        body.append(row)
    return layout.table([header, *body], widths)
