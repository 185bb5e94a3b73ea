"""The domain rules a coach relies on, on a real database file."""

from __future__ import annotations

from pathlib import Path

import pytest

from stemlead.core import (
    action_items,
    agenda,
    agenda_timeline,
    coaching_log,
    cycles,
    groups,
    meetings,
    observations,
    partners,
    teachers,
)
from stemlead.errors import InvalidInput, NotFound
from stemlead.store import Database, open_database, trash

HOSTILE = [
    "Zoë Martínez-Ñúñez",
    "Nguyễn Thị Lan",
    "Олена Коваленко",
    "Ελένη Παπαδοπούλου",
    "陈静",
    "فاطمة الزهراء",
    "Robotics 🤖🚀 club",
    "AT&T <script>alert('x')</script> & co",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_any_script_emoji_and_markup_is_stored_exactly(db: Database, text: str) -> None:
    teacher = teachers.add(db, name=text, strengths=text)
    stored = teachers.get(db, teacher)
    assert (stored.name, stored.strengths) == (text, text)


def test_a_100_kb_note_is_kept_whole(db: Database, db_path: Path) -> None:
    note = ("Students argued from evidence. " * 3500)[:100_000]
    teacher = teachers.add(db, name="Ana", private_notes=note)
    db.close()
    with open_database(db_path) as again:
        assert teachers.get(again, teacher).private_notes == note


@pytest.mark.parametrize(
    "day", ["2026-02-30", "2026-13-01", "tomorrow", "30/11/2026", "2026-11-31"]
)
def test_impossible_dates_are_refused_with_a_clear_message(db: Database, day: str) -> None:
    teacher = teachers.add(db, name="Ana")
    with pytest.raises(InvalidInput, match=r"^Start date '.*' is not a (real )?date"):
        cycles.add(db, teacher_ids=[teacher], started_on=day)
    assert cycles.list_cycles(db) == []


def test_bad_values_change_nothing(db: Database) -> None:
    teacher = teachers.add(db, name="Ana", school="Lincoln")
    with pytest.raises(InvalidInput, match="Name cannot be empty"):
        teachers.update(db, teacher, school="Roosevelt", name="   ")
    assert teachers.get(db, teacher).school == "Lincoln"
    with pytest.raises(InvalidInput, match="no field"):
        teachers.update(db, teacher, favourite_colour="blue")
    with pytest.raises(InvalidInput, match="not valid text"):
        teachers.add(db, name="bad \udcff surrogate")
    with pytest.raises(NotFound, match="no teacher with id 999"):
        teachers.update(db, 999, name="Ghost")


def test_cycle_stage_moves_are_recorded_with_their_moment(db: Database) -> None:
    team = [teachers.add(db, name="Ana"), teachers.add(db, name="Ben")]
    cycle = cycles.add(
        db, teacher_ids=team, goal="Students justify claims with data", started_on="2026-09-08"
    )
    cycles.move_stage(db, cycle, "learn", at="2026-09-22T15:00:00-05:00")
    cycles.move_stage(db, cycle, "improve", at="2026-10-06T15:00:00-05:00")
    cycles.move_stage(db, cycle, "complete", at="2026-11-03T15:00:00-06:00")
    history = [
        (c.from_stage, c.to_stage, c.changed_at[:10]) for c in cycles.stage_history(db, cycle)
    ]
    assert history[1:] == [
        ("identify", "learn", "2026-09-22"),
        ("learn", "improve", "2026-10-06"),
        ("improve", "complete", "2026-11-03"),
    ]
    assert history[0][:2] == (None, "identify")
    done = cycles.get(db, cycle)
    assert (done.stage, done.completed_on) == ("complete", "2026-11-03")
    cycles.move_stage(db, cycle, "improve")  # reopened: no longer complete
    assert cycles.get(db, cycle).completed_on is None
    with pytest.raises(InvalidInput, match="Stage must be one of"):
        cycles.move_stage(db, cycle, "evaluate")


def test_cycle_time_adds_up(db: Database) -> None:
    cycle = cycles.add(db, teacher_ids=[teachers.add(db, name="Ana")])
    cycles.log_time(db, cycle, 30, activity="co_planning")
    cycles.log_time(db, cycle, 45, activity="observation")
    assert cycles.list_cycles(db)[0].minutes == 75
    with pytest.raises(InvalidInput, match="Minutes must be between 1 and 1440"):
        cycles.log_time(db, cycle, 0)


def test_cycle_needs_a_teacher(db: Database) -> None:
    with pytest.raises(InvalidInput, match="at least one teacher"):
        cycles.add(db, teacher_ids=[])
    with pytest.raises(NotFound):
        cycles.add(db, teacher_ids=[42])
    assert cycles.list_cycles(db) == []


def test_observation_lines_keep_time_kind_and_order(db: Database) -> None:
    teacher = teachers.add(db, name="Ana")
    obs = observations.start(db, teacher, starts_at="2026-11-23T09:00:00-06:00")
    observations.add_line(db, obs, "Students tested ramps", at="2026-11-23T09:04:10-06:00")
    observations.add_line(
        db, obs, "Clear launch routine", "strength", at="2026-11-23T09:07:00-06:00"
    )
    observations.add_line(
        db, obs, "What if groups compared data first?", "wondering", at="2026-11-23T09:15:00-06:00"
    )
    got = observations.lines(db, obs)
    assert [(line.kind, line.minutes_into("2026-11-23T09:00:00-06:00")) for line in got] == [
        ("evidence", 4),
        ("strength", 7),
        ("wondering", 15),
    ]
    with pytest.raises(InvalidInput, match="Line cannot be empty"):
        observations.add_line(db, obs, "   ")
    with pytest.raises(InvalidInput, match="Kind must be one of"):
        observations.add_line(db, obs, "Judged the lesson", "verdict")


def test_look_fors_come_from_frameworks_or_own_words(db: Database) -> None:
    obs = observations.start(db, teachers.add(db, name="Ana"))
    tag = db.scalar("SELECT id FROM tags WHERE label LIKE 'Engaging in argument%'")
    observations.set_look_fors(db, obs, [tag, "Students talk to each other, not just to me"])
    assert [lf.label for lf in observations.look_fors(db, obs)] == [
        "Engaging in argument from evidence",
        "Students talk to each other, not just to me",
    ]


def test_trash_restores_an_item_with_everything_that_belonged_to_it(db: Database) -> None:
    teacher = teachers.add(db, name="Ana")
    obs = observations.start(db, teacher)
    observations.add_line(db, obs, "Students built circuits")
    step = action_items.add(db, "Try a gallery walk", observation_id=obs, owner_teacher_id=teacher)
    entry = teachers.delete(db, teacher)
    assert teachers.list_teachers(db) == [] and observations.list_observations(db) == []
    trash.restore(db, entry)
    assert [line.text for line in observations.lines(db, obs)] == ["Students built circuits"]
    restored = action_items.get(db, step)
    assert (restored.owner_teacher_id, restored.observation_id) == (teacher, obs)
    assert trash.entries(db) == []


def test_trash_restores_links_that_the_delete_cleared(db: Database) -> None:
    teacher = teachers.add(db, name="Ana")
    meeting = meetings.add(db, starts_at="2026-11-24T15:30")
    item = action_items.add(db, "Share the rubric", meeting_id=meeting, owner_teacher_id=teacher)
    entry = teachers.delete(db, teacher)
    assert action_items.get(db, item).owner_teacher_id is None
    assert action_items.get(db, item).owner_name == "Ana"  # still reads sensibly
    trash.restore(db, entry)
    assert action_items.get(db, item).owner_teacher_id == teacher


def test_action_items_form_one_list_from_every_source(db: Database) -> None:
    teacher = teachers.add(db, name="Ana")
    meeting = meetings.add(db, starts_at="2026-11-24T15:30", title="PLC")
    cycle = cycles.add(db, teacher_ids=[teacher], title="Claims")
    obs = observations.start(db, teacher)
    partner = partners.add(db, name="City Museum", kind="museum")
    for title, source in (
        ("A", {"meeting_id": meeting}),
        ("B", {"cycle_id": cycle}),
        ("C", {"observation_id": obs}),
        ("D", {"partner_id": partner}),
        ("E", {}),
    ):
        action_items.add(db, title, due_on="2026-11-30", **source)
    rows = action_items.list_action_items(db)
    assert sorted((r.title, r.source) for r in rows) == [
        ("A", "meeting"),
        ("B", "cycle"),
        ("C", "observation"),
        ("D", "partner"),
        ("E", ""),
    ]
    with pytest.raises(InvalidInput, match="born in one place"):
        action_items.add(db, "F", meeting_id=meeting, cycle_id=cycle)


def test_closing_an_action_item_records_when(db: Database) -> None:
    item = action_items.add(db, "Order sensors")
    action_items.set_status(db, item, "done")
    assert action_items.get(db, item).closed_at is not None
    action_items.set_status(db, item, "open")
    assert action_items.get(db, item).closed_at is None


def test_space_on_an_action_item_ticks_it_done_or_opens_it_again(db: Database) -> None:
    item = action_items.add(db, "Order lab kits")
    action_items.toggle_done(db, item)
    assert action_items.get(db, item).status == "done"
    action_items.set_status(db, item, "dropped")
    action_items.toggle_done(db, item)
    reopened = action_items.get(db, item)
    assert (reopened.status, reopened.closed_at) == ("open", None)


def test_in_progress_counts_as_open_in_every_list(db: Database) -> None:
    started = action_items.add(db, "Draft the family letter")
    action_items.set_status(db, started, "in_progress")
    dropped = action_items.add(db, "Book the bus")
    action_items.set_status(db, dropped, "dropped")
    assert action_items.get(db, started).is_open and not action_items.get(db, dropped).is_open
    rows = action_items.list_action_items(db)
    assert [(r.id, r.is_open) for r in rows] == [(started, True), (dropped, False)]
    assert [r.id for r in action_items.list_action_items(db, open_only=True)] == [started]


def test_weekly_series_keeps_wall_clock_time_across_dst(db: Database) -> None:
    group = groups.add(db, name="Grade 5 Science PLC", default_minutes=50)
    meetings.add_series(
        db,
        group_id=group,
        first_start="2026-10-20T15:30",
        rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=4",
        tzid="America/Chicago",
    )
    starts = [m.starts_at for m in meetings.list_meetings(db, group_id=group)]
    assert starts == [
        "2026-10-20T15:30:00-05:00",
        "2026-10-27T15:30:00-05:00",
        "2026-11-03T15:30:00-06:00",
        "2026-11-10T15:30:00-06:00",
    ]
    first = meetings.list_meetings(db)[0]
    assert (first.title, first.duration_minutes) == ("Grade 5 Science PLC", 50)
    with pytest.raises(InvalidInput, match="not a repeat rule"):
        meetings.add_series(db, first_start="2026-10-20T15:30", rrule="EVERY TUESDAY")


def test_agenda_items_reorder_and_total(db: Database) -> None:
    meeting = meetings.add(db, starts_at="2026-11-24T15:30")
    a = agenda.add(db, meeting, "Norms", purpose="inform", minutes=5)
    b = agenda.add(db, meeting, "Student work", purpose="discuss", minutes=25)
    c = agenda.add(db, meeting, "Next unit", purpose="decide", minutes=15)
    agenda.move(db, c, 0)
    assert [i.id for i in agenda.items(db, meeting)] == [c, a, b]
    assert agenda_timeline.timeline(db, meeting).planned_minutes == 45


def test_coaching_log_counts_minutes_for_each_teacher(db: Database) -> None:
    ana, ben = teachers.add(db, name="Ana"), teachers.add(db, name="Ben")
    coaching_log.log(
        db, teacher_ids=[ana, ben], kind="co-planning", minutes=20, note="Planned the egg-drop lab"
    )
    rows = coaching_log.list_entries(db, teacher_id=ben)
    assert [(r.kind, r.minutes, r.teachers) for r in rows] == [("co_planning", 20, "Ana, Ben")]
    with pytest.raises(InvalidInput, match="Kind must be one of"):
        coaching_log.log(db, teacher_ids=[ana], kind="evaluation", minutes=5)
