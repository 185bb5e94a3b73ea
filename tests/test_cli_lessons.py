"""The lesson-plan commands of the contract: `list lesson-plans|reviews`, `export
lesson-plan`, `export review`, each with one clear sentence for a bad id or filter."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from stemlead.core import lesson_plans, lesson_text, lesson_versions, review_rounds, teachers
from stemlead.store import open_database
from tests.conftest import run_stemlead

SECRET = "PRIVATE-LIST-x9k"


@pytest.fixture
def library(db_path: Path) -> Path:
    with open_database(db_path) as db:
        amara = teachers.add(db, name="Amara Okafor", subjects=["Science"])
        mei = teachers.add(db, name="Mei Chen", subjects=["Math"])
        bridges = lesson_plans.add(
            db,
            author_ids=[amara, mei],
            title="Bridges",
            grade_band="6-8",
            subjects=["Science", "Math"],
            tags=["structures"],
            private_notes=SECRET,
        )
        lesson_plans.add(db, author_ids=[mei], title="Ratios", grade_band="3-5")
        version = lesson_versions.save_version(db, bridges)
        review_rounds.start(db, version, "tuning", reviewer_teachers=[mei])
    return db_path


def listed(*args: str) -> list[dict[str, object]]:
    done = run_stemlead("list", *args, "--json")
    assert done.returncode == 0, done.stderr
    rows: list[dict[str, object]] = json.loads(done.stdout)
    return rows


def test_list_lesson_plans_filters_and_never_shows_private_notes(library: Path) -> None:
    db = str(library)
    rows = listed("lesson-plans", "--db", db)
    assert [r["title"] for r in rows] == ["Bridges", "Ratios"]
    assert rows[0]["authors"] == "Amara Okafor, Mei Chen" and rows[0]["reviewed"] is True
    assert SECRET not in json.dumps(rows)
    assert [r["title"] for r in listed("lesson-plans", "--reviewed", "no", "--db", db)] == [
        "Ratios"
    ]
    assert [r["title"] for r in listed("lesson-plans", "--tag", "structures", "--db", db)] == [
        "Bridges"
    ]
    assert [r["title"] for r in listed("lesson-plans", "--teacher", "1", "--db", db)] == ["Bridges"]
    [review] = listed("reviews", "--db", db)
    assert (review["plan_title"], review["protocol_name"], review["reviewers"]) == (
        "Bridges",
        "Tuning protocol",
        1,
    )
    refused = run_stemlead("list", "lesson-plans", "--reviewed", "maybe", "--db", db)
    assert (
        refused.returncode == 1 and refused.stderr.strip() == "stemlead: --reviewed is yes or no."
    )
    refused = run_stemlead("list", "reviews", "--tag", "x", "--db", db)
    assert "--tag does not apply to 'list reviews'" in refused.stderr


def test_export_review_and_lesson_plan_handouts(library: Path, tmp_path: Path) -> None:
    out = tmp_path / "feedback.pdf"
    done = run_stemlead("export", "review", "1", "-o", str(out), "--db", str(library))
    assert done.returncode == 0, done.stderr
    assert out.read_bytes().startswith(b"%PDF")
    plan = tmp_path / "plan.pdf"
    done = run_stemlead("export", "lesson-plan", "1", "-o", str(plan), "--db", str(library))
    assert done.returncode == 0 and plan.read_bytes().startswith(b"%PDF")
    missing = tmp_path / "none.pdf"
    refused = run_stemlead("export", "review", "99", "-o", str(missing), "--db", str(library))
    assert refused.returncode == 1
    assert refused.stderr.strip() == "stemlead: There is no review round with id 99."
    assert not missing.exists()


def test_the_lesson_reads_as_headings_lists_and_paragraphs() -> None:
    found = lesson_text.blocks("## Explore\n- Test *three* ramps\n1. Predict\n\nThen **talk**.")
    assert [(b.kind, b.text, b.level) for b in found] == [
        ("heading", "Explore", 2),
        ("bullet", "Test three ramps", 0),
        ("number", "Predict", 1),
        ("paragraph", "Then talk.", 0),
    ]
    assert lesson_text.plain("2 * 3 * 4 and snake_case") == "2 * 3 * 4 and snake_case"
