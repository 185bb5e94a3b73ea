"""Teachers as they are stored: any script, long notes, and refused values that change
nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from stemlead.core import teachers
from stemlead.errors import InvalidInput, NotFound
from stemlead.store import Database, open_database

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
