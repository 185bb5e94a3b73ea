"""The coaching log: informal support that still counts, minutes for each teacher."""

from __future__ import annotations

import pytest

from stemlead.core import coaching_log, teachers
from stemlead.errors import InvalidInput
from stemlead.store import Database


def test_coaching_log_counts_minutes_for_each_teacher(db: Database) -> None:
    ana, ben = teachers.add(db, name="Ana"), teachers.add(db, name="Ben")
    coaching_log.log(
        db, teacher_ids=[ana, ben], kind="co-planning", minutes=20, note="Planned the egg-drop lab"
    )
    rows = coaching_log.list_entries(db, teacher_id=ben)
    assert [(r.kind, r.minutes, r.teachers) for r in rows] == [("co_planning", 20, "Ana, Ben")]
    with pytest.raises(InvalidInput, match="Kind must be one of"):
        coaching_log.log(db, teacher_ids=[ana], kind="evaluation", minutes=5)
