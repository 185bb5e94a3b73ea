"""The agenda's timeline: when each part starts and how the plan fits the meeting's length.

The agenda tab, the run tab and the agenda handout all read this one rule.
"""

from __future__ import annotations

from datetime import datetime

from stemlead.core import action_items, agenda, agenda_timeline, groups, meetings
from stemlead.core.agenda_timeline import CARRY_REVIEW_MINUTES
from stemlead.store import Database

CHICAGO = "America/Chicago"


def clock(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def test_items_follow_each_other_from_the_meeting_start(db: Database) -> None:
    meeting = meetings.add(db, starts_at="2026-11-24T15:30", tzid=CHICAGO, duration_minutes=50)
    for title, minutes in (("Norms", 5), ("Student work", 25), ("Next unit", 15)):
        agenda.add(db, meeting, title, minutes=minutes)
    plan = agenda_timeline.timeline(db, meeting)
    assert plan.carried == [] and plan.review_minutes == 0
    assert [(clock(s.starts_at), s.item.title) for s in plan.slots] == [
        ("15:30", "Norms"),
        ("15:35", "Student work"),
        ("16:00", "Next unit"),
    ]
    assert plan.slots[0].starts_at.utcoffset() == plan.starts_at.utcoffset()  # Chicago time
    assert (plan.planned_minutes, plan.over_by) == (45, -5)  # five minutes to spare


def test_carried_items_put_the_review_first_and_count_its_minutes(db: Database) -> None:
    group = groups.add(db, name="Grade 5 Science PLC", default_minutes=30)
    earlier = meetings.add(db, starts_at="2026-11-17T15:30", group_id=group, tzid=CHICAGO)
    meeting = meetings.add(db, starts_at="2026-11-24T15:30", group_id=group, tzid=CHICAGO)
    agenda.add(db, meeting, "Student work", minutes=25)
    assert agenda_timeline.timeline(db, meeting).over_by == -5

    action_items.add(db, "Bring six samples", meeting_id=earlier)
    plan = agenda_timeline.timeline(db, meeting)
    assert [a.title for a in plan.carried] == ["Bring six samples"]
    assert clock(plan.starts_at) == "15:30"  # the review starts the meeting
    assert [clock(s.starts_at) for s in plan.slots] == ["15:35"]
    assert plan.planned_minutes == 25 + CARRY_REVIEW_MINUTES
    assert plan.over_by == 0  # right on time


def test_an_agenda_past_the_meetings_length_is_over_by_the_difference(db: Database) -> None:
    meeting = meetings.add(db, starts_at="2026-11-24T15:30", duration_minutes=30)
    agenda.add(db, meeting, "Data dive", minutes=40)
    assert agenda_timeline.timeline(db, meeting).over_by == 10


def test_an_item_closed_before_this_meeting_no_longer_takes_review_time(db: Database) -> None:
    group = groups.add(db, name="Leadership team")
    first = meetings.add(db, starts_at="2026-11-03T15:30", group_id=group, tzid=CHICAGO)
    second = meetings.add(db, starts_at="2026-11-10T15:30", group_id=group, tzid=CHICAGO)
    third = meetings.add(db, starts_at="2026-11-17T15:30", group_id=group, tzid=CHICAGO)
    item = action_items.add(db, "Send the rubric", meeting_id=first)
    action_items.toggle_done(db, item, in_meeting_id=second)
    closed_here = agenda_timeline.timeline(db, second)
    assert [a.is_open for a in closed_here.carried] == [False]  # reviewed, ticked done
    assert closed_here.review_minutes == CARRY_REVIEW_MINUTES
    assert agenda_timeline.timeline(db, third).review_minutes == 0
