"""The agenda's timeline: when each part of a meeting starts, and whether the plan fits.

One rule for the agenda tab, the run tab and the agenda handout. Whenever action items
carry forward onto a meeting, the automatic "Review open action items" part comes first
and takes ``CARRY_REVIEW_MINUTES``; the agenda items follow in order, each starting when
the one before it ends. The planned minutes are then held against the meeting's length.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from stemlead.core import action_items, agenda, meetings
from stemlead.core.action_items import ActionItemRow
from stemlead.core.agenda import AgendaItem
from stemlead.core.fields import parse_moment
from stemlead.core.meetings import Meeting
from stemlead.store import Database

REVIEW_TITLE = "Review open action items"
CARRY_REVIEW_MINUTES = 5  # the review part's budget, whenever items carry forward


@dataclass(frozen=True, slots=True)
class Slot:
    """An agenda item and the clock time it starts."""

    starts_at: datetime
    item: AgendaItem


@dataclass(frozen=True, slots=True)
class Timeline:
    """A meeting's agenda laid out on its clock."""

    meeting: Meeting
    carried: list[ActionItemRow]  # reviewed first, in the automatic part
    slots: list[Slot]

    @property
    def starts_at(self) -> datetime:
        """When the meeting (and so its first part) starts."""
        return parse_moment(self.meeting.starts_at)

    @property
    def review_minutes(self) -> int:
        """The automatic review's minutes: none when nothing carries forward."""
        return CARRY_REVIEW_MINUTES if self.carried else 0

    @property
    def planned_minutes(self) -> int:
        """The running total: the review and every item's minutes."""
        return self.review_minutes + sum(slot.item.minutes for slot in self.slots)

    @property
    def over_by(self) -> int:
        """Minutes the plan runs past the meeting's length (negative: minutes to spare)."""
        return self.planned_minutes - self.meeting.duration_minutes


def timeline(db: Database, meeting_id: int) -> Timeline:
    """One meeting's agenda on its clock (raises NotFound for an unknown meeting)."""
    meeting = meetings.get(db, meeting_id)
    carried = action_items.carried_forward(db, meeting_id)
    clock = parse_moment(meeting.starts_at) + timedelta(
        minutes=CARRY_REVIEW_MINUTES if carried else 0
    )
    slots = []
    for item in agenda.items(db, meeting_id):
        slots.append(Slot(clock, item))
        clock += timedelta(minutes=item.minutes)
    return Timeline(meeting, carried, slots)
