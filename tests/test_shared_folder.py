"""Another user on the same laptop, in a shared temporary folder (mode 1777).

Files they plant before the coach exports or opens a database there must never receive
the coach's data, be overwritten through a link, or be truncated: every temporary and lock
file is created by STEM Lead itself, exclusively, owner-only, and links are not followed.
The crash log lives in the coach's own folder and holds no text the coach typed.
"""

from __future__ import annotations

import os
import stat
import tempfile
from pathlib import Path

import pytest

from stemlead import cli
from stemlead.cli import lists
from stemlead.core import calendar_export, exchange, meetings, teachers
from stemlead.errors import DatabaseInUse, DatabaseProblem
from stemlead.store import backup, open_database
from tests.conftest import run_stemlead

NOBODY = 65534


@pytest.fixture
def shared(tmp_path: Path) -> Path:
    folder = tmp_path / "shared-tmp"
    folder.mkdir()
    folder.chmod(0o1777)
    return folder


@pytest.fixture
def victim(tmp_path: Path) -> Path:
    """A file of the coach's that a planted link points at."""
    path = tmp_path / "coach-thesis.txt"
    path.write_text("years of work\n", encoding="utf-8")
    return path


def _as_other_user(path: Path) -> None:
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY, follow_symlinks=False)


def _filled(folder: Path) -> Path:
    path = folder / "coach.db"
    with open_database(path) as db:
        teachers.add(db, name="Ana Díaz", private_notes="PRIVATE-NOTE")
        meetings.add(db, starts_at="2026-11-24T15:45", title="Grade 5 Science PLC")
    return path


def test_a_planted_partial_file_does_not_receive_the_export(shared: Path) -> None:
    coach = _filled(shared)
    planted = shared / "all.json.partial"
    planted.write_bytes(b"")
    planted.chmod(0o666)
    _as_other_user(planted)
    result = run_stemlead("export", "json", "-o", str(shared / "all.json"), "--db", str(coach))
    assert result.returncode == 0, result.stderr
    assert planted.read_bytes() == b""  # the other user got nothing
    out = shared / "all.json"
    assert "PRIVATE-NOTE" in out.read_text(encoding="utf-8")
    assert stat.S_IMODE(out.stat().st_mode) == 0o600
    assert out.stat().st_uid == os.geteuid()


@pytest.mark.parametrize("planted_name", ["meetings.ics.partial", "copy.db.partial"])
def test_a_planted_link_is_not_written_through(
    shared: Path, victim: Path, planted_name: str
) -> None:
    coach = _filled(shared)
    link = shared / planted_name
    link.symlink_to(victim)
    _as_other_user(link)
    out = shared / planted_name.removesuffix(".partial")
    with open_database(coach, mode="read") as db:
        if out.suffix == ".ics":
            assert calendar_export.export_calendar(db, out) == 1
        else:
            backup.copy_database(db, out)
    assert victim.read_text(encoding="utf-8") == "years of work\n"
    assert link.is_symlink()  # not ours to remove either
    assert out.is_file() and not out.is_symlink()
    assert stat.S_IMODE(out.stat().st_mode) == 0o600


def test_a_planted_lock_link_is_not_truncated_and_the_open_is_refused(
    shared: Path, victim: Path
) -> None:
    coach = _filled(shared)
    lock = shared / "coach.db.lock"
    lock.unlink()
    lock.symlink_to(victim)
    with pytest.raises(DatabaseProblem, match="lock"):
        open_database(coach)
    assert victim.read_text(encoding="utf-8") == "years of work\n"
    result = run_stemlead("demo", "--db", str(coach))
    assert result.returncode == 1 and "lock" in result.stderr
    assert victim.read_text(encoding="utf-8") == "years of work\n"


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to plant another user's file")
def test_a_lock_file_of_another_user_is_not_used(shared: Path) -> None:
    coach = _filled(shared)
    lock = shared / "coach.db.lock"
    lock.chmod(0o666)
    _as_other_user(lock)
    with pytest.raises(DatabaseProblem, match="lock"):
        open_database(coach)


def test_a_hard_linked_lock_is_not_truncated(shared: Path, victim: Path) -> None:
    coach = _filled(shared)
    lock = shared / "coach.db.lock"
    lock.unlink()
    os.link(victim, lock)
    with pytest.raises(DatabaseProblem, match="lock"):
        open_database(coach)
    assert victim.read_text(encoding="utf-8") == "years of work\n"


def test_the_same_database_through_a_symlink_is_already_open(tmp_path: Path) -> None:
    coach = _filled(tmp_path)
    (tmp_path / "links").mkdir()
    link = tmp_path / "links" / "link-to-coach.db"
    link.symlink_to(coach)
    with open_database(coach), pytest.raises(DatabaseInUse, match="already open"):
        open_database(link)
    with open_database(link):
        with pytest.raises(DatabaseInUse, match="already open"):
            open_database(coach)
        result = run_stemlead("import", "teachers", "/nonexistent.csv", "--db", str(coach))
        assert result.returncode == 1 and "already open" in result.stderr


def test_a_crash_is_logged_privately_in_the_users_folder_without_their_text(
    shared: Path,
    victim: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(shared))
    planted = shared / "stemlead-error.log"
    planted.symlink_to(victim)

    def broken(args: object) -> int:
        note = "Zoë said PRIVATE-NOTE about her principal"
        raise RuntimeError(f"cannot handle {note!r}")

    monkeypatch.setattr(lists, "cmd_list", broken)
    assert cli.main(["list", "teachers"]) == cli.EXIT_BUG
    err = capsys.readouterr().err
    assert victim.read_text(encoding="utf-8") == "years of work\n"
    assert "PRIVATE-NOTE" not in err
    log = Path(err.split("the details are in ")[1].rstrip().rstrip("."))
    assert log.is_file() and not log.is_symlink()
    assert Path(os.environ["HOME"]) in log.parents  # the user's own folder, not /tmp
    assert stat.S_IMODE(log.stat().st_mode) == 0o600
    text = log.read_text(encoding="utf-8")
    assert "RuntimeError" in text and "in broken" in text and "__init__.py" in text
    assert "PRIVATE-NOTE" not in text and "Zoë" not in text
    assert cli.main(["list", "teachers"]) == cli.EXIT_BUG  # a second crash appends
    capsys.readouterr()
    assert log.read_text(encoding="utf-8").count("RuntimeError") == 2 * text.count("RuntimeError")


def test_a_planted_crash_log_link_in_the_users_folder_is_not_followed(
    victim: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(lists, "cmd_list", lambda args: 1 / 0)
    assert cli.main(["list", "teachers"]) == cli.EXIT_BUG
    log = Path(capsys.readouterr().err.split("the details are in ")[1].rstrip().rstrip("."))
    log.unlink()
    log.symlink_to(victim)
    assert cli.main(["list", "teachers"]) == cli.EXIT_BUG
    assert victim.read_text(encoding="utf-8") == "years of work\n"
    assert "ZeroDivisionError" in capsys.readouterr().err


def test_exports_of_a_planted_folder_leave_the_other_users_files_alone(
    shared: Path, victim: Path
) -> None:
    """The temporary file's name is not predictable, and an existing one is never reused."""
    coach = _filled(shared)
    for name in ("all.json.partial", ".all.json.part", "all.json.tmp"):
        (shared / name).symlink_to(victim)
    with open_database(coach, mode="read") as db:
        exchange.export_json(db, shared / "all.json")
    assert victim.read_text(encoding="utf-8") == "years of work\n"
