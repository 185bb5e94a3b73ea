"""Deleting goes to the trash, and restoring brings back everything that went with it."""

from __future__ import annotations

from stemlead.core import action_items, meetings, observations, teachers
from stemlead.store import Database, trash


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
