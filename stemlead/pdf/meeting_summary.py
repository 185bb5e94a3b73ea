"""The meeting summary handout: what happened, what was decided, and who will do what.

Attendance, the general minutes, each agenda item with its minutes taken and outcome, the
decisions, the action items born in the meeting with owners and due dates, and the carried
items reviewed (with the ones closed marked done). The meeting's private notes are never
read here.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable, KeepTogether

from stemlead.core import action_items, agenda, attendance, decisions, meetings
from stemlead.core.agenda import PURPOSE_LABELS
from stemlead.pdf import common, fmt, layout
from stemlead.store import Database

_STATUS_HEADINGS = (
    ("present", "Present"),
    ("late", "Late"),
    ("excused", "Excused"),
    ("absent", "Absent"),
)


def build_meeting_summary(db: Database, meeting_id: int, *, made_on: date | None = None) -> bytes:
    """The summary of one meeting as PDF bytes (raises NotFound for an unknown meeting)."""
    meeting = meetings.get(db, meeting_id)
    setup = layout.PageSetup.from_settings(db)
    width = setup.frame_width
    story: list[Flowable] = common.meeting_heading(db, meeting, width)

    story += layout.section("Attendance", *_attendance(db, meeting_id))
    if meeting.notes.strip():
        story += layout.section("Minutes", layout.body(meeting.notes))

    items = agenda.items(db, meeting_id)
    blocks: list[Flowable] = []
    for item in items:
        owner = common.owner(db, item.owner_kind, item.owner_name)
        head = layout.para_heading(
            item.title,
            f"{PURPOSE_LABELS.get(item.purpose, item.purpose)} · {owner} · {item.minutes} min",
        )
        parts: list[Flowable] = [*head]
        if item.notes.strip():
            parts.append(layout.body(item.notes))
        if item.outcome.strip():
            parts.append(layout.labelled("Outcome:", item.outcome))
        if not item.notes.strip() and not item.outcome.strip():
            parts.append(layout.muted("No notes were taken for this item."))
        blocks.append(KeepTogether(parts[:3]))
        blocks.extend(parts[3:])
    if blocks:
        story += layout.section("Agenda items", *blocks)

    made = decisions.for_meeting(db, meeting_id)
    if made:
        story += layout.section("Decisions", *layout.bullets([d.text for d in made]))

    born = action_items.list_action_items(db, source="meeting", source_id=meeting_id)
    story += layout.section(
        "Action items",
        common.action_table(db, born, width)
        if born
        else layout.muted("No new action items came from this meeting."),
    )
    carried = action_items.carried_forward(db, meeting_id)
    if carried:
        story += layout.section(
            "Action items reviewed from earlier meetings", common.action_table(db, carried, width)
        )
    title = common.meeting_title(db, meeting)
    return layout.render(
        db,
        story,
        title=f"{title} — summary, {fmt.short_day(meeting.starts_at)}",
        subject="Meeting summary",
        kind="Meeting summary",
        made_on=made_on,
        setup=setup,
    )


def _attendance(db: Database, meeting_id: int) -> list[Flowable]:
    people = attendance.attendees(db, meeting_id)
    if not people:
        return [layout.muted("Attendance was not taken.")]
    out: list[Flowable] = []
    for status, label in _STATUS_HEADINGS:
        names = [p.name for p in people if p.status == status]
        if names:
            out.append(layout.labelled(f"{label} ({len(names)}):", ", ".join(names)))
    return out
