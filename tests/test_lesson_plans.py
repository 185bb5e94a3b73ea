"""Lesson plans: authors of any subjects, tags, the library's filters, attachments kept in
the database, and every saved version kept and compared with the changes marked."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stemlead.core import lesson_plans, lesson_versions, tags, teachers, trash
from stemlead.core.attachments import MB
from stemlead.core.lesson_plans import ATTACHMENTS
from stemlead.errors import InvalidInput, NotFound
from stemlead.store import Database

PDF = b"%PDF-1.7\n" + bytes(range(256)) * 8
SCRIPTS = "Học sinh · Ученики · Οι μαθητές · 学生们 · شرح الطلاب · 🔬 · a<b & c "


@pytest.fixture
def team(db: Database) -> dict[str, int]:
    return {
        "science": teachers.add(db, name="Amara Okafor", subjects=["Science"], may_be_named=True),
        "art": teachers.add(db, name="Diego Ramírez", subjects=["Art"]),
        "math": teachers.add(db, name="Mei Chen", subjects=["Math"], grade_band="6-8"),
    }


def tag_id(db: Database, label: str) -> int:
    return next(t.id for t in tags.list_tags(db) if t.label == label)


def test_a_plan_is_written_by_colleagues_of_different_subjects(
    db: Database, team: dict[str, int]
) -> None:
    plan = lesson_plans.add(
        db,
        author_ids=[team["art"], team["science"]],
        title="Designing a bridge that holds",
        grade_band="6-8",
        subjects=["Science", "Art"],
        duration_minutes=90,
        body="# Launch\n- Show the collapsed bridge photo\n1. Sketch\n2. Build",
        tags=["bridges", "structures"],
    )
    lesson_plans.set_tags(db, plan, [tag_id(db, "Engage"), tag_id(db, "Model with mathematics")])
    assert [a.name for a in lesson_plans.authors(db, plan)] == ["Diego Ramírez", "Amara Okafor"]
    [row] = lesson_plans.library(db)
    assert row.authors == "Diego Ramírez, Amara Okafor"
    assert row.tags == ["Engage", "Model with mathematics", "bridges", "structures"]
    assert (row.latest_version, row.reviewed, row.attachments) == (None, False, 0)


def test_a_plan_with_no_author_is_refused_and_nothing_is_written(
    db: Database, team: dict[str, int]
) -> None:
    with pytest.raises(InvalidInput, match="needs at least one author"):
        lesson_plans.add(db, author_ids=[], title="Orphan")
    plan = lesson_plans.add(db, author_ids=[team["math"]], title="Ratios in recipes")
    with pytest.raises(InvalidInput, match="needs at least one author"):
        lesson_plans.set_authors(db, plan, [])
    with pytest.raises(NotFound, match="no teacher with id 99"):
        lesson_plans.set_authors(db, plan, [team["art"], 99])
    assert db.scalar("SELECT count(*) FROM lesson_plans") == 1
    assert lesson_plans.author_ids(db, plan) == [team["math"]]


def test_the_library_filters_by_grade_band_subject_tag_author_and_review(
    db: Database, team: dict[str, int]
) -> None:
    from stemlead.core import review_rounds

    bridge = lesson_plans.add(
        db,
        author_ids=[team["science"], team["art"]],
        title="Bridges",
        grade_band="6-8",
        subjects=["Science", "Art"],
        tags=["structures"],
    )
    recipes = lesson_plans.add(
        db, author_ids=[team["math"]], title="Recipes", grade_band="3-5", subjects=["Math"]
    )
    lesson_plans.set_tags(db, recipes, [tag_id(db, "Model with mathematics")])
    review_rounds.start(db, lesson_versions.save_version(db, bridge), "warm-and-cool")

    def titles(**filters: object) -> list[str]:
        return [r.title for r in lesson_plans.library(db, **filters)]  # type: ignore[arg-type]

    assert titles() == ["Bridges", "Recipes"]
    assert titles(grade_band="3-5") == ["Recipes"]
    assert titles(subject="Art") == ["Bridges"]
    assert titles(tag="structures") == ["Bridges"]
    assert titles(tag=tag_id(db, "Model with mathematics")) == ["Recipes"]
    assert titles(author_id=team["art"]) == ["Bridges"]
    assert titles(reviewed=True) == ["Bridges"]
    assert titles(reviewed=False) == ["Recipes"]
    assert lesson_plans.subjects(db) == ["Art", "Math", "Science"]
    assert lesson_plans.free_tags(db) == ["structures"]


def test_every_saved_version_is_kept_and_two_compare_with_the_changes_marked(
    db: Database, team: dict[str, int]
) -> None:
    plan = lesson_plans.add(
        db,
        author_ids=[team["science"]],
        title="Seed dispersal",
        body="Students drop seeds from the balcony.\n",
    )
    first = lesson_versions.save_version(db, plan, "First draft")
    with pytest.raises(InvalidInput, match="Nothing has changed since version 1"):
        lesson_versions.save_version(db, plan)
    lesson_plans.update(
        db, plan, body="Students release maple seeds from the balcony and time the fall.\n"
    )
    second = lesson_versions.save_version(db, plan, "Timing added")
    lesson_plans.update(db, plan, title="Seeds that fly")  # the working copy moves on
    assert [(v.number, v.note) for v in lesson_versions.versions(db, plan)] == [
        (1, "First draft"),
        (2, "Timing added"),
    ]
    assert lesson_versions.get(db, first).body.startswith("Students drop seeds")  # kept as it was
    body = next(c for c in lesson_versions.compare(db, first, second) if c.field == "body")
    removed = [body.old[a:b] for a, b in body.removed]
    added = [body.new[a:b] for a, b in body.added]
    assert removed == ["drop"]
    assert added == ["release maple", " and time the fall"]
    against_draft = {c.field: c for c in lesson_versions.compare(db, second, None)}
    assert against_draft["title"].changed and not against_draft["body"].changed
    assert lesson_versions.draft_changed(db, plan)


def test_comparing_long_texts_marks_the_changed_lines(db: Database, team: dict[str, int]) -> None:
    long = "".join(f"Step {n}: students measure the ramp.\n" for n in range(3000))
    plan = lesson_plans.add(db, author_ids=[team["science"]], title="Ramps", body=long)
    old = lesson_versions.save_version(db, plan)
    lesson_plans.update(db, plan, body=long.replace("Step 1500:", "Step 1500 (in pairs):"))
    change = next(c for c in lesson_versions.compare(db, old, None) if c.field == "body")
    assert [change.new[a:b] for a, b in change.added] == [" (in pairs)"]


def test_100_kb_of_lesson_text_in_any_script_is_kept_whole(
    db: Database, team: dict[str, int]
) -> None:
    text = (SCRIPTS * 2000)[:100_000] + "END"
    plan = lesson_plans.add(db, author_ids=[team["science"]], title=SCRIPTS.strip(), body=text)
    version = lesson_versions.save_version(db, plan)
    assert lesson_versions.get(db, version).body == text
    hits = db.query("SELECT item_id FROM search_index WHERE search_index MATCH 'Ученики'")
    assert plan in [h[0] for h in hits]
    too_long = "x" * 1_000_001
    with pytest.raises(InvalidInput, match="The lesson is 1,000,001 characters long"):
        lesson_plans.update(db, plan, body=too_long)
    assert lesson_plans.get(db, plan).body == text  # nothing lost


def test_attachments_are_kept_inside_and_load_only_on_demand(
    db: Database, team: dict[str, int], tmp_path: Path
) -> None:
    plan = lesson_plans.add(db, author_ids=[team["science"]], title="Circuits")
    sheet = tmp_path / "worksheet.pdf"
    sheet.write_bytes(PDF)
    first = ATTACHMENTS.add_file(db, plan, sheet)
    sheet.unlink()
    [listed] = ATTACHMENTS.listing(db, plan)
    assert (listed.name, listed.media_type, listed.size) == (
        "worksheet.pdf",
        "application/pdf",
        len(PDF),
    )
    assert not hasattr(listed, "data")  # a list never carries the bytes
    assert ATTACHMENTS.contents(db, first) == PDF
    assert lesson_plans.library(db)[0].attachments == 1


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda p: p.write_bytes(b""), r"is empty \(0 bytes\)"),
        (lambda p: p.write_bytes(b"%PDF-" + b"x" * (25 * MB)), "the limit is 25.0 MB"),
        (lambda p: (p.write_bytes(PDF), p.chmod(0)), "not allowed to read"),
        (lambda p: None, "There is no file at"),
    ],
    ids=["empty", "over the limit", "not allowed", "missing"],
)
def test_an_attachment_that_cannot_be_kept_gets_one_sentence_and_nothing_is_written(
    db: Database, team: dict[str, int], tmp_path: Path, make: object, message: str
) -> None:
    import os

    plan = lesson_plans.add(db, author_ids=[team["science"]], title="Circuits")
    path = tmp_path / "slides.pdf"
    make(path)  # type: ignore[operator]
    if message == "not allowed to read" and os.geteuid() == 0:
        pytest.skip("root reads any file")
    with pytest.raises(InvalidInput, match=message):
        ATTACHMENTS.add_file(db, plan, path)
    assert ATTACHMENTS.listing(db, plan) == []


def test_a_file_that_fails_to_read_gets_one_sentence(db: Database, team: dict[str, int]) -> None:
    plan = lesson_plans.add(db, author_ids=[team["science"]], title="Circuits")
    with pytest.raises(InvalidInput, match=r"mem could not be read \(Input/output error\)"):
        ATTACHMENTS.add_file(db, plan, Path("/proc/self/mem"))  # unreadable even for root
    assert ATTACHMENTS.listing(db, plan) == []


def test_deleting_a_plan_takes_its_versions_files_and_rounds_and_undo_brings_them_back(
    db: Database, team: dict[str, int]
) -> None:
    from stemlead.core import review_rounds

    plan = lesson_plans.add(db, author_ids=[team["science"], team["art"]], title="Wind cars")
    ATTACHMENTS.add(db, plan, "board.pdf", PDF)
    round_id = review_rounds.start(db, lesson_versions.save_version(db, plan), "tuning")
    entry = lesson_plans.delete(db, plan)
    assert db.scalar("SELECT count(*) FROM lesson_plan_versions") == 0
    assert db.scalar("SELECT count(*) FROM review_rounds") == 0
    trash.restore(db, entry)
    assert lesson_plans.author_ids(db, plan) == [team["science"], team["art"]]
    assert review_rounds.get(db, round_id).protocol == "tuning"
    [file] = ATTACHMENTS.listing(db, plan)
    assert ATTACHMENTS.contents(db, file.id) == PDF
    assert json.loads(db.scalar("SELECT subjects FROM lesson_plans")) == []
