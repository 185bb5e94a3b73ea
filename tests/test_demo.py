"""The demo district: deterministic, complete, and only ever poured into a new database."""

from __future__ import annotations

import json
import string
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from stemlead import clock
from stemlead.core import (
    cycles,
    demo,
    groups,
    interactions,
    meetings,
    observations,
    partners,
    teachers,
)
from stemlead.core.demo import content
from stemlead.errors import StemLeadError
from stemlead.resources import resource_path
from stemlead.store import Database, open_database, search_index

TODAY = date(2026, 3, 10)  # a Tuesday in term time
REAL_CLOCK_COLUMNS = {"created_at", "updated_at"}  # the only columns stamped by the real clock
SKIPPED_TABLES = {"schema_migrations"}  # applied_at comes from the real clock
VARYING_SETTINGS = ("install_id", "created_at")  # a fresh uuid and the creation moment


@pytest.fixture(scope="module")
def district(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    db = open_database(tmp_path_factory.mktemp("demo") / "demo.db")
    demo.generate(db, today=TODAY)
    yield db
    db.close()


def _data_tables(db: Database) -> list[str]:
    names = [
        r[0]
        for r in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'search_index%' ORDER BY name"
        )
    ]
    return [n for n in names if n not in SKIPPED_TABLES]


def _dump(db: Database) -> dict[str, list[tuple[Any, ...]]]:
    """Every data table's rows, without the columns the real clock stamps."""
    out = {}
    for table in _data_tables(db):
        columns = [
            r["name"]
            for r in db.query(f"PRAGMA table_info({table})")
            if r["name"] not in REAL_CLOCK_COLUMNS
        ]
        keys = [r["name"] for r in db.query(f"PRAGMA table_info({table})") if r["pk"]]
        order = ", ".join(keys) if keys else "rowid"
        where = ""
        if table == "settings":
            where = " WHERE key NOT IN (" + ", ".join(f"'{k}'" for k in VARYING_SETTINGS) + ")"
        out[table] = [
            tuple(r)
            for r in db.query(f"SELECT {', '.join(columns)} FROM {table}{where} ORDER BY {order}")
        ]
    return out


def _generate(path: Path, **kwargs: Any) -> Database:
    db = open_database(path)
    demo.generate(db, today=TODAY, **kwargs)
    return db


def test_same_today_gives_identical_data_whatever_the_real_clock(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = _generate(tmp_path / "a.db")
    try:
        expected = _dump(first)
    finally:
        first.close()
    # The second run happens "seven weeks and three hours later" by the real clock.
    real_now = clock.now
    later = real_now() + timedelta(days=50, hours=3)
    monkeypatch.setattr(clock, "now", lambda: later)
    monkeypatch.setattr(meetings, "now", lambda: later)
    second = _generate(tmp_path / "b.db")
    try:
        actual = _dump(second)
    finally:
        second.close()
    assert actual.keys() == expected.keys()
    for table in expected:
        assert actual[table] == expected[table], f"{table} differs between two generations"
    assert expected["teachers"] and expected["observation_lines"]


def test_another_seed_gives_another_district(tmp_path: Path, district: Database) -> None:
    other = _generate(tmp_path / "other.db", seed=7)
    try:
        assert _dump(other)["teachers"] != _dump(district)["teachers"]
    finally:
        other.close()


def test_summary_counts_what_is_in_the_file(district: Database) -> None:
    summary = demo.summarize(district)
    assert summary.teachers == 40
    assert summary.evidence_lines == district.scalar("SELECT count(*) FROM observation_lines")
    assert "40 teachers" in summary.describe()
    for name in (
        "cycles",
        "observations",
        "groups",
        "meetings",
        "action_items",
        "partners",
        "contacts",
        "interactions",
        "agreements",
        "coaching_logs",
    ):
        assert getattr(summary, name) > 0, name


def test_teachers_come_from_many_cultures_and_some_may_be_named(district: Database) -> None:
    everyone = teachers.list_teachers(district)
    names = {t.name for t in everyone}
    assert {"Zoë Martínez", "Nguyễn Thị Lan", "Олена Коваленко", "陈静"} <= names
    assert {t.grade_band for t in everyone} == {"PreK-2", "3-5", "6-8", "9-12"}
    assert len({t.school for t in everyone}) == 4
    assert all(t.email.isascii() for t in everyone)
    named = sum(t.may_be_named for t in everyone)
    assert 0.3 <= named / len(everyone) <= 0.5
    subjects = {s for t in everyone for s in t.subjects}
    assert {
        "Science",
        "Math",
        "Engineering",
        "Computer Science",
        "Biology",
        "Chemistry",
        "Physics",
        "Robotics",
    } <= subjects


def test_cycles_are_in_every_stage_with_a_dated_history(district: Database) -> None:
    rows = cycles.list_cycles(district)
    assert {c.stage for c in rows} == set(cycles.STAGES)
    assert any(len(c.teacher_ids) > 1 for c in rows)
    for row in rows:
        history = cycles.stage_history(district, row.id)
        assert [h.to_stage for h in history] == list(
            cycles.STAGES[: cycles.STAGES.index(row.stage) + 1]
        )
        moments = [h.changed_at for h in history]
        assert moments == sorted(moments)
        assert moments[0][:10] == row.started_on
        assert all(m[:10] <= TODAY.isoformat() for m in moments)
        if row.stage == "complete":
            assert row.completed_on == moments[-1][:10]
            assert cycles.get(district, row.id).reflections
        if row.stage != "identify":
            assert row.minutes > 0


def test_observations_have_all_four_kinds_and_wonderings_are_questions(
    district: Database,
) -> None:
    kinds = {r[0] for r in district.query("SELECT DISTINCT kind FROM observation_lines")}
    assert kinds == set(observations.LINE_KINDS)
    for obs in observations.list_observations(district):
        assert 20 <= obs.lines <= 60
        lines = observations.lines(district, obs.id)
        assert {line.kind for line in lines} == set(observations.LINE_KINDS)
        times = [line.recorded_at for line in lines]
        assert obs.starts_at < times[0] and times[-1] < obs.ended_at
        assert observations.look_fors(district, obs.id)
    wonderings = district.query("SELECT text FROM observation_lines WHERE kind = 'wondering'")
    assert all(r[0].endswith("?") for r in wonderings)
    assert district.scalar("SELECT count(*) FROM observations WHERE cycle_id IS NOT NULL")
    assert district.scalar("SELECT count(*) FROM observation_look_fors WHERE tag_id IS NOT NULL")
    assert district.scalar(
        "SELECT count(*) FROM action_items WHERE observation_id IS NOT NULL"
        " AND owner_kind = 'teacher'"
    )


def test_every_partner_type_with_contacts_follow_ups_and_agreements(district: Database) -> None:
    rows = partners.list_partners(district)
    assert {p.kind for p in rows} == set(partners.KINDS)
    assert all(p.contacts >= 1 for p in rows)
    due = interactions.follow_ups_due(district, by=TODAY.isoformat())
    assert any(f.follow_up_on == TODAY.isoformat() for f in due)
    assert any(f.follow_up_on < TODAY.isoformat() for f in due)
    value_kinds = {r[0] for r in district.query("SELECT DISTINCT value_kind FROM agreements")}
    assert {"in_kind", "funding"} <= value_kinds
    assert district.scalar("SELECT count(*) FROM partners WHERE name LIKE '%&%'")


def test_groups_meet_weekly_and_someone_meets_today(district: Database) -> None:
    kinds = {g.kind for g in groups.list_groups(district, now=f"{TODAY}T00:00:00-06:00")}
    assert {"plc", "leadership_team", "role_alike", "advisory_board"} <= kinds
    board = district.scalar(
        "SELECT count(*) FROM group_members m JOIN groups g ON g.id = m.group_id"
        " WHERE g.kind = 'advisory_board' AND m.contact_id IS NOT NULL"
    )
    assert board >= 5
    assert district.scalar("SELECT count(*) FROM meeting_series WHERE rrule LIKE 'FREQ=WEEKLY%'")
    today = meetings.list_meetings(district, since=TODAY.isoformat(), until=TODAY.isoformat())
    assert today and all(m.status == "scheduled" for m in today)
    assert all(m.agenda_items > 0 for m in today)
    held = district.query(
        "SELECT id FROM meetings WHERE status = 'held' AND substr(starts_at, 1, 10) >= ?",
        (TODAY.isoformat(),),
    )
    assert held == []
    for table in ("decisions", "attendance", "agenda_items"):
        assert district.scalar(f"SELECT count(*) FROM {table}"), table
    purposes = {r[0] for r in district.query("SELECT DISTINCT purpose FROM agenda_items")}
    assert purposes == {"inform", "discuss", "decide"}


def test_action_items_come_from_everywhere_some_due_today_some_overdue(
    district: Database,
) -> None:
    today = TODAY.isoformat()
    for source in ("meeting_id", "cycle_id", "observation_id", "partner_id"):
        assert district.scalar(f"SELECT count(*) FROM action_items WHERE {source} IS NOT NULL")
    statuses = {r[0] for r in district.query("SELECT DISTINCT status FROM action_items")}
    assert {"open", "done"} <= statuses
    open_ = "status IN ('open', 'in_progress')"
    assert district.scalar(
        f"SELECT count(*) FROM action_items WHERE {open_} AND due_on = ?", (today,)
    )
    assert district.scalar(
        f"SELECT count(*) FROM action_items WHERE {open_} AND due_on < ?", (today,)
    )
    assert district.scalar(
        "SELECT count(*) FROM action_items WHERE closed_in_meeting_id IS NOT NULL"
    )


def test_text_carries_markup_characters_and_the_index_is_whole(district: Database) -> None:
    assert district.scalar("SELECT count(*) FROM meetings WHERE title LIKE '%<STEM>%'")
    assert search_index.check(district) == []
    hits = district.scalar("SELECT count(*) FROM search_index WHERE search_index MATCH 'Zoe'")
    assert hits >= 1  # diacritics fold: "Zoe" finds "Zoë"


@pytest.mark.parametrize("kind", ["teacher", "group", "partner"])
def test_refuses_a_database_that_is_not_empty_and_changes_nothing(
    tmp_path: Path, kind: str
) -> None:
    db = open_database(tmp_path / "busy.db")
    try:
        if kind == "teacher":
            teachers.add(db, name="Ada Lovelace")
        elif kind == "group":
            groups.add(db, name="Grade 4 PLC")
        else:
            partners.add(db, name="AT&T Foundation", kind="industry")
        before = _dump(db)
        with pytest.raises(StemLeadError, match="new, empty database"):
            demo.generate(db, today=TODAY)
        assert _dump(db) == before
        assert not db.conn.in_transaction
    finally:
        db.close()


def test_bad_scale_is_refused(tmp_path: Path) -> None:
    db = open_database(tmp_path / "scale.db")
    try:
        for scale in (0, -1, demo.MAX_SCALE + 1):
            with pytest.raises(StemLeadError):
                demo.generate(db, scale=scale, today=TODAY)
        assert db.scalar("SELECT count(*) FROM teachers") == 0
    finally:
        db.close()


def test_scale_two_roughly_doubles_the_district(tmp_path: Path, district: Database) -> None:
    db = _generate(tmp_path / "double.db", scale=2)
    try:
        one, two = demo.summarize(district), demo.summarize(db)
        assert two.teachers == 2 * one.teachers
        for name in ("cycles", "observations", "partners"):
            assert 1.6 <= getattr(two, name) / getattr(one, name) <= 2.4, name
        assert len(teachers.schools(db)) == 8
    finally:
        db.close()


def test_default_today_is_the_clock(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    fixed = datetime(2026, 10, 6, 9, 0).astimezone()
    monkeypatch.setattr(clock, "now", lambda: fixed)
    monkeypatch.setattr(meetings, "now", lambda: fixed)
    db = open_database(tmp_path / "now.db")
    try:
        demo.generate(db)
        latest = db.scalar("SELECT max(substr(starts_at, 1, 10)) FROM observations")
        assert latest == fixed.date().isoformat()  # this morning's visit
    finally:
        db.close()


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for v in value.values():
            yield from _strings(v)
    elif isinstance(value, list):
        for v in value:
            yield from _strings(v)


def _placeholders(value: Any) -> set[str]:
    return {
        name
        for text in _strings(value)
        for _, name, _, _ in string.Formatter().parse(text)
        if name is not None
    }


def test_words_are_data_files_and_every_placeholder_can_be_filled() -> None:
    files = sorted(p.stem for p in resource_path("demo").glob("*.json"))
    assert files == [
        "coaching_log",
        "community",
        "cycles",
        "district",
        "growth",
        "lessons",
        "meetings",
        "observations",
        "partners",
        "people",
        "schools",
    ]
    for name in files:
        json.loads(resource_path("demo", f"{name}.json").read_text(encoding="utf-8"))
    lines = content.load("observations")
    random_words = {*lines["vocabulary"], "n", "k"}  # what Fill draws when not told
    for key in ("evidence", "strengths", "student_thinking", "wonderings"):
        assert _placeholders(lines[key]) <= random_words, key
    partner_words = content.load("partners")
    assert _placeholders(partner_words["interaction_notes"]) <= {*random_words, "contact", "topic"}
    meeting_words = content.load("meetings")
    for kind, context in (
        ("plc", {*content.plc_profiles()[0].context, "member"}),
        ("plc_celebration", {*content.plc_profiles()[0].context, "member"}),
        ("role_alike", {"celebration", "member"}),
        ("leadership_team", {"member"}),
        ("advisory_board", {"member"}),
        ("other", {"member"}),
    ):
        items = meeting_words["agenda"][kind]
        assert _placeholders(items) <= {*random_words, "resource", *context}, kind
    assert _placeholders(meeting_words["summaries"]) <= {"member"}
    assert _placeholders(content.load("community")) <= {"school"}
    assert all(len(profile.context) == 6 for profile in content.plc_profiles())


def test_demo_modules_stay_small() -> None:
    package = Path(demo.__file__).parent
    sizes = {p.name: p.stat().st_size for p in package.glob("*.py")}
    assert len(sizes) > 5
    assert all(size < 40_000 for size in sizes.values()), sizes
