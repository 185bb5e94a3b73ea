"""Observations: the timestamped evidence log and the look-fors chosen with the teacher."""

from __future__ import annotations

import pytest

from stemlead.core import observations, teachers
from stemlead.errors import InvalidInput
from stemlead.store import Database


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
