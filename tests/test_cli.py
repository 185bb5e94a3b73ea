"""The command-line contract: --db anywhere, JSON with ids, one-sentence errors."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from stemlead.cli import build_parser, main
from stemlead.cli.lists import LISTINGS
from stemlead.core import (
    action_items,
    communications,
    contacts,
    cycles,
    events,
    groups,
    lesson_plans,
    lesson_versions,
    meetings,
    newsletters,
    observations,
    partners,
    review_rounds,
    stakeholders,
    teachers,
)
from stemlead.store import Database, open_database
from tests.conftest import run_stemlead, sha256


@pytest.fixture
def filled(db_path: Path) -> Path:
    with open_database(db_path) as db:
        ana = teachers.add(
            db,
            name="Zoë Martínez",
            school="Lincoln ES",
            grade_band="3-5",
            subjects=["Science"],
            private_notes="SECRET-NOTE",
        )
        cycle = cycles.add(db, teacher_ids=[ana], title="Claims & evidence")
        obs = observations.start(db, ana, cycle_id=cycle)
        observations.add_line(db, obs, "Students <argued> from data", "strength")
        group = groups.add(db, name="Grade 5 Science PLC")
        groups.add_member(db, group, teacher_id=ana)
        meetings.add_series(
            db,
            group_id=group,
            first_start="2026-11-03T15:30",
            rrule="FREQ=WEEKLY;COUNT=4",
            tzid="America/Chicago",
        )
        partner = partners.add(db, name="City Science Museum", kind="museum", status="active")
        contacts.add(db, name="Rosa Díaz", partner_id=partner, emails=["rosa@museum.org"])
        action_items.add(db, "Share the rubric", cycle_id=cycle, due_on="2026-11-01")
        event = events.add(
            db, title="STEM Night", starts_at="2026-12-04T17:30", private_notes="SECRET-NOTE"
        )
        families = stakeholders.add(db, name="Families of Lincoln ES", estimated_size=420)
        communications.add(
            db, sent_on="2026-11-02", title="Invitation", audience_ids=[families], event_ids=[event]
        )
        newsletters.create(db, starts_on="2026-11-01", ends_on="2026-11-30")
        plan = lesson_plans.add(
            db, author_ids=[ana], title="Claims from data", private_notes="SECRET-NOTE"
        )
        review_rounds.start(db, lesson_versions.save_version(db, plan), "tuning")
        fill_growth(db, ana)
    return db_path


def fill_growth(db: Database, mentor: int) -> None:
    """A mentoring pair with a check-in, an offering and a learning plan: every list kind
    has a row (and Zoë, the only STEM teacher of her subject there, is on an island)."""
    from stemlead.core import check_ins, learning_plans, mentorships, offerings

    ben = teachers.add(db, name="Ben Okafor", school="Lincoln ES", subjects=["Math"])
    pair = mentorships.add(
        db, ben, mentor_teacher_id=mentor, started_on="2026-10-01", private_notes="SECRET-NOTE"
    )
    check_ins.log(db, pair, minutes=30, occurred_on="2026-10-02", what_works="Wait time")
    offerings.add(db, title="Number talks", areas=["Student discourse"], minutes="6")
    learning_plans.add_area(db, ben, "Student discourse", in_their_words="More explaining")


def cli(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize("kind", sorted(LISTINGS))
def test_list_json_is_an_array_of_objects_with_ids(
    capsys: pytest.CaptureFixture[str], filled: Path, kind: str
) -> None:
    code, out, err = cli(capsys, "list", kind, "--json", "--db", str(filled))
    assert (code, err) == (0, "")
    rows = json.loads(out)
    assert isinstance(rows, list) and rows
    assert all(isinstance(r, dict) and isinstance(r["id"], int) for r in rows)
    assert "SECRET-NOTE" not in out


def test_db_goes_before_or_after_the_command(
    capsys: pytest.CaptureFixture[str], filled: Path
) -> None:
    before = cli(capsys, "--db", str(filled), "list", "teachers")
    after = cli(capsys, "list", "teachers", "--db", str(filled))
    assert before == after and before[0] == 0 and "Zoë Martínez" in before[1]


def test_filters_narrow_the_list(capsys: pytest.CaptureFixture[str], filled: Path) -> None:
    _, out, _ = cli(
        capsys,
        "list",
        "meetings",
        "--from",
        "2026-11-10",
        "--to",
        "2026-11-17",
        "--json",
        "--db",
        str(filled),
    )
    assert [m["starts_at"][:10] for m in json.loads(out)] == ["2026-11-10", "2026-11-17"]
    _, out, _ = cli(capsys, "list", "action-items", "--overdue", "--json", "--db", str(filled))
    assert [a["title"] for a in json.loads(out)] == ["Share the rubric"]
    _, out, _ = cli(capsys, "list", "teachers", "--school", "Nowhere", "--db", str(filled))
    assert out == "No teachers found.\n"


def test_search_prints_snippets_and_json(capsys: pytest.CaptureFixture[str], filled: Path) -> None:
    code, out, _ = cli(capsys, "search", "argu", "--db", str(filled))
    assert code == 0 and "[argued]" in out and "Observation · Zoë Martínez" in out
    _, out, _ = cli(capsys, "search", "zoe", "--json", "--db", str(filled))
    hits = json.loads(out)
    assert hits[0]["kind"] == "teacher" and hits[0]["snippet_html"].startswith("<mark>Zoë</mark>")


def _error(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str]:
    code, out, err = cli(capsys, *args)
    assert code != 0
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("stemlead: ") and "Traceback" not in err
    return code, lines[0]


def test_usage_errors(capsys: pytest.CaptureFixture[str], filled: Path) -> None:
    assert _error(capsys, "frobnicate")[0] == 2
    assert _error(capsys, "list")[0] == 2
    assert _error(capsys, "list", "students", "--db", str(filled))[0] == 2
    assert _error(capsys, "export", "--db", str(filled))[0] == 2
    assert _error(capsys, "demo", "--scale", "0", "--db", str(filled))[0] == 2
    assert (
        "--stage does not apply"
        in _error(capsys, "list", "teachers", "--stage", "learn", "--db", str(filled))[1]
    )
    assert (
        "'2026-02-30' is not a real date"
        in _error(capsys, "list", "meetings", "--from", "2026-02-30", "--db", str(filled))[1]
    )


def test_database_errors(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert (
        "no STEM Lead database"
        in _error(capsys, "list", "teachers", "--db", str(tmp_path / "none.db"))[1]
    )
    assert "is a folder" in _error(capsys, "list", "teachers", "--db", str(tmp_path))[1]
    text = tmp_path / "notes.txt"
    text.write_text("hello " * 50)
    assert "not an SQLite file" in _error(capsys, "check", "--db", str(text))[1]
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert "another program" in _error(capsys, "backup", "--db", str(other))[1]


def test_second_writer_is_told_the_file_is_open(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path
) -> None:
    roster = tmp_path / "r.csv"
    roster.write_text("Name\nBen\n")
    with open_database(filled):
        message = _error(capsys, "import", "teachers", str(roster), "--db", str(filled))[1]
    assert "already open" in message


def test_failed_json_import_leaves_no_new_database(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "stemlead-export"')
    target = tmp_path / "new.db"
    assert (
        "not a complete JSON file"
        in _error(capsys, "import", "json", str(bad), "--db", str(target))[1]
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["bad.json"]


def test_refused_export_leaves_no_file(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path
) -> None:
    out = tmp_path / "missing-folder" / "all.json"
    message = _error(capsys, "export", "json", "-o", str(out), "--db", str(filled))[1]
    assert "could not write" in message
    assert not out.parent.exists()


def test_import_errors(capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path) -> None:
    before = sha256(filled)
    assert (
        "no file at"
        in _error(capsys, "import", "teachers", str(tmp_path / "x.csv"), "--db", str(filled))[1]
    )
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    assert "is empty" in _error(capsys, "import", "teachers", str(empty), "--db", str(filled))[1]
    assert (
        "no backup file"
        in _error(capsys, "restore", str(tmp_path / "nope.db"), "--db", str(filled))[1]
    )
    assert sha256(filled) == before


@pytest.mark.parametrize("kind", ["teachers", "contacts"])
def test_a_dry_run_import_writes_nothing(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path, kind: str
) -> None:
    roster = tmp_path / "people.csv"
    roster.write_text("Name,Email\nBen Ode,ben@d.org\n", encoding="utf-8")
    before = sha256(filled)
    code, out, _ = cli(capsys, "import", kind, str(roster), "--dry-run", "--db", str(filled))
    assert code == 0 and out.startswith("Would import 1 ")
    assert sha256(filled) == before
    missing = tmp_path / "empty" / "new.db"
    missing.parent.mkdir()
    message = _error(capsys, "import", kind, str(roster), "--dry-run", "--db", str(missing))[1]
    assert "no STEM Lead database" in message
    assert list(missing.parent.iterdir()) == []  # none made


def test_backup_restore_and_check(
    capsys: pytest.CaptureFixture[str], filled: Path, tmp_path: Path
) -> None:
    copy = tmp_path / "copy.db"
    code, out, _ = cli(capsys, "backup", "-o", str(copy), "--db", str(filled))
    assert code == 0 and "verified" in out
    with open_database(filled) as db:
        teachers.add(db, name="Added later")
    code, out, _ = cli(capsys, "restore", str(copy), "--db", str(filled))
    assert code == 0 and "what it held before is saved in" in out
    code, out, _ = cli(capsys, "list", "teachers", "--db", str(filled))
    assert "Added later" not in out
    code, out, _ = cli(capsys, "check", "--db", str(filled))
    assert code == 0 and "is healthy" in out


def test_check_reports_damage(capsys: pytest.CaptureFixture[str], filled: Path) -> None:
    with open_database(filled) as db:
        db.execute("PRAGMA foreign_keys = OFF")
        db.execute("UPDATE observations SET teacher_id = 999")
    code, out, _ = cli(capsys, "check", "--db", str(filled))
    assert code == 1 and "points to a missing teachers row" in out


def test_every_command_has_help() -> None:
    parser = build_parser()
    stack = [parser]
    seen = 0
    while stack:
        current = stack.pop()
        for action in current._actions:
            if action.__class__.__name__ == "_SubParsersAction":
                for name, sub in action.choices.items():
                    assert sub.description, f"'{name}' has no help text"
                    stack.append(sub)
                    seen += 1
    assert seen >= 10


def test_real_process_never_prints_a_traceback(tmp_path: Path) -> None:
    result = run_stemlead("list", "teachers", "--db", str(tmp_path))
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    result = run_stemlead("--version")
    assert result.returncode == 0 and result.stdout.startswith("STEM Lead ")
