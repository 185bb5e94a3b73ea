"""Coaching cycles: their teachers, dates, stages and the time they take."""

from __future__ import annotations

import pytest

from stemlead.core import cycles, teachers
from stemlead.errors import InvalidInput, NotFound
from stemlead.store import Database


@pytest.mark.parametrize(
    "day", ["2026-02-30", "2026-13-01", "tomorrow", "30/11/2026", "2026-11-31"]
)
def test_impossible_dates_are_refused_with_a_clear_message(db: Database, day: str) -> None:
    teacher = teachers.add(db, name="Ana")
    with pytest.raises(InvalidInput, match=r"^Start date '.*' is not a (real )?date"):
        cycles.add(db, teacher_ids=[teacher], started_on=day)
    assert cycles.list_cycles(db) == []


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
