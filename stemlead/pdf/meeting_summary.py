"""The meeting summary handout: what was decided, who will do what, and what happened.

The decisions and the action items born in the meeting (owners, due dates) come first,
since they are what a reader acts on; then attendance, the general minutes, each agenda
item with its minutes taken and outcome (the items with none are named together in one
line), and the carried items reviewed (the ones closed marked done). The meeting's private
notes are never read here.
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

    story += layout.section("Attendance", *_attendance(db, meeting_id))
    if meeting.notes.strip():
        story += layout.section("Minutes", layout.body(meeting.notes))
    story += _agenda_items(db, meeting_id)

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


def _agenda_items(db: Database, meeting_id: int) -> list[Flowable]:
    """Each item with minutes or an outcome in full; the rest named once, in one line."""
    blocks: list[Flowable] = []
    quiet: list[str] = []
    for item in agenda.items(db, meeting_id):
        if not item.notes.strip() and not item.outcome.strip():
            quiet.append(item.title)
            continue
        owner = common.owner(db, item.owner_kind, item.owner_name)
        parts: list[Flowable] = [
            *layout.para_heading(
                item.title,
                f"{PURPOSE_LABELS.get(item.purpose, item.purpose)} · {owner} · {item.minutes} min",
            )
        ]
        if item.notes.strip():
            parts.append(layout.body(item.notes))
        if item.outcome.strip():
            parts.append(layout.labelled("Outcome:", item.outcome))
        blocks.append(KeepTogether(parts[:3]))
        blocks.extend(parts[3:])
    if quiet:
        label = "No notes were taken for:" if blocks else "No notes were taken for any item:"
        blocks.append(layout.labelled(label, " · ".join(quiet), layout.styles().muted))
    return layout.section("Agenda items", *blocks) if blocks else []


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
