"""Files swapped under an open database: deleted, replaced by a move, or overwritten by a
copy. The next write is refused with a sentence instead of vanishing, and closing leaves
the file that is now at the path as it is (our stale journal is not applied to it)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from stemlead.core import teachers
from stemlead.errors import DatabaseProblem
from stemlead.store import backup, open_database
from tests.conftest import run_stemlead


def names(path: Path) -> list[str]:
    with open_database(path, mode="read") as db:
        assert db.scalar("PRAGMA integrity_check") == "ok"
        return sorted(t.name for t in teachers.list_teachers(db))


def another_database(path: Path, name: str) -> Path:
    with open_database(path) as other:
        teachers.add(other, name=name)
    return path


def test_a_database_deleted_while_open_refuses_the_next_write(db_path: Path) -> None:
    db = open_database(db_path)
    teachers.add(db, name="Saved before")
    db_path.unlink()
    with pytest.raises(DatabaseProblem, match=r"stemlead\.db was deleted by another program"):
        teachers.add(db, name="Would go nowhere")
    with pytest.raises(DatabaseProblem, match="nothing more was saved to it"):
        teachers.add(db, name="Still nowhere")
    db.close()
    assert not db_path.exists() and not Path(f"{db_path}-wal").exists()


def test_a_file_moved_onto_the_path_is_not_written_and_reads_as_itself(
    db_path: Path, tmp_path: Path
) -> None:
    other = another_database(tmp_path / "other.db", "Other file's teacher")
    db = open_database(db_path)
    teachers.add(db, name="Ours")
    other.replace(db_path)
    with pytest.raises(DatabaseProblem, match="was replaced with another file"):
        teachers.add(db, name="Into the old file")
    db.close()
    assert names(db_path) == ["Other file's teacher"]  # not our database through our -wal


def test_a_backup_copied_over_the_open_file_is_left_as_the_backup(
    db_path: Path, tmp_path: Path
) -> None:
    db = open_database(db_path)
    for i in range(30):
        teachers.add(db, name=f"Teacher {i:02}")
    db.checkpoint()
    saved = backup.copy_database(db, tmp_path / "saved.db")
    for i in range(30, 60):
        teachers.add(db, name=f"Teacher {i:02}")  # in the -wal, not yet in the file
    shutil.copyfile(saved, db_path)  # by hand, in place: same file, new contents
    with pytest.raises(DatabaseProblem, match=r"stemlead\.db was overwritten by another program"):
        teachers.add(db, name="After the copy")
    db.close()
    assert names(db_path) == [f"Teacher {i:02}" for i in range(30)]
    # our journal is kept out of the way, not applied to the copy and not thrown away
    assert len(list(backup.backup_dir_for(db_path).glob("stemlead-unsaved-*.db-wal"))) == 1
    assert backup.list_backups(db_path) == []


def test_a_swap_found_only_at_close_still_leaves_the_new_file_alone(
    db_path: Path, tmp_path: Path
) -> None:
    other = another_database(tmp_path / "other.db", "Other")
    db = open_database(db_path)
    teachers.add(db, name="Ours")
    other.replace(db_path)
    db.close()
    assert names(db_path) == ["Other"]


def test_our_own_checkpoints_and_other_readers_are_not_mistaken_for_a_swap(
    db_path: Path,
) -> None:
    from stemlead.store.database import CHECKPOINT_EVERY

    db = open_database(db_path)
    for i in range(CHECKPOINT_EVERY * 2 + 5):
        teachers.add(db, name=f"Teacher {i}")
    reader = db.reader()
    assert reader.scalar("SELECT count(*) FROM teachers") == CHECKPOINT_EVERY * 2 + 5
    reader.close()
    listing = run_stemlead("list", "teachers", "--db", str(db_path))
    assert listing.returncode == 0, listing.stderr
    teachers.add(db, name="Still saving")
    db.close()
    assert "Still saving" in names(db_path)


def test_a_restore_is_not_put_into_a_file_that_was_deleted(db_path: Path, tmp_path: Path) -> None:
    from stemlead.store.restore import restore

    db = open_database(db_path)
    teachers.add(db, name="Saved")
    saved = backup.copy_database(db, tmp_path / "saved.db")
    db_path.unlink()
    with pytest.raises(DatabaseProblem, match="was deleted by another program"):
        restore(db, saved)
    with pytest.raises(DatabaseProblem, match="was deleted by another program"):
        db.reader()  # a new connection would not find it (or would read another file)
    db.close()
