"""The lesson-plan and review handouts, parsed back: strengths first, questions as
questions, the rubric summary, and no name without consent."""

from __future__ import annotations

import io
from datetime import date

import pypdf
import pytest

from stemlead.core import (
    lesson_plans,
    lesson_versions,
    review_feedback,
    review_rounds,
    tags,
    teachers,
)
from stemlead.core.lesson_plans import ATTACHMENTS
from stemlead.pdf import handouts
from stemlead.pdf.handouts import Request
from stemlead.store import Database

MADE = date(2026, 11, 24)


def text_of(data: bytes) -> str:
    reader = pypdf.PdfReader(io.BytesIO(data))
    return " ".join((page.extract_text() or "") for page in reader.pages)


def squash(text: str) -> str:
    return "".join(text.split())


@pytest.fixture
def ids(db: Database) -> dict[str, int]:
    amara = teachers.add(db, name="Amara Okafor", subjects=["Science"], may_be_named=True)
    diego = teachers.add(db, name="Diego Ramírez", subjects=["Art"], may_be_named=False)
    mei = teachers.add(db, name="Mei Chen", subjects=["Math"], may_be_named=True)
    tomas = teachers.add(db, name="Tomás Álvarez", subjects=["Technology"], may_be_named=True)
    plan = lesson_plans.add(
        db,
        author_ids=[amara, diego],
        title="Bridges that hold",
        grade_band="6-8",
        subjects=["Science", "Art"],
        duration_minutes=90,
        summary="Students design a bridge for the creek crossing.",
        objectives="- Explain how shape spreads a load\n- Test and improve a design",
        body="## Launch\nShow the collapsed footbridge.\n\n## Explore\n1. Sketch\n2. Build",
        tags=["structures"],
    )
    lesson_plans.set_tags(db, plan, [next(t.id for t in tags.list_tags(db) if t.label == "Engage")])
    ATTACHMENTS.add(db, plan, "load-test sheet.pdf", b"%PDF-1.4\n" + b"x" * 3000)
    version = lesson_versions.save_version(db, plan, "First draft")
    tuning = review_rounds.start(
        db,
        version,
        "tuning",
        focusing_question="Where will students argue from their load data?",
        reviewer_teachers=[mei, tomas],
        held_on="2026-11-24",
    )
    mine, tomas_r = review_rounds.reviewers(db, tuning)
    review_rounds.set_named(db, tomas_r.id, False)  # Tomás would rather not be named here
    review_feedback.add(db, tuning, "clarifying", "How long is the build?", reviewer_id=mine.id)
    review_feedback.add(
        db, tuning, "cool", "I wonder what happens if groups test twice?", reviewer_id=tomas_r.id
    )
    review_feedback.add(
        db, tuning, "warm", "The collapse photo hooks everyone.", reviewer_id=tomas_r.id
    )
    review_feedback.add(
        db, tuning, "warm", "Sketch before build gives every student a voice.", reviewer_id=mine.id
    )
    review_rounds.update(db, tuning, presenter_reflection="We will add a second test day.")
    rubric = review_rounds.start(
        db, version, "rubric-review", reviewer_teachers=[mei, tomas], held_on="2026-11-25"
    )
    a, b = review_rounds.reviewers(db, rubric)
    review_feedback.rate(db, rubric, "I.A", 2, reviewer_id=a.id)
    review_feedback.rate(db, rubric, "I.A", 3, reviewer_id=b.id)
    review_feedback.rate(
        db,
        rubric,
        "I.A",
        3,
        evidence="The creek crossing is real.",
        suggestion="Let students measure the creek.",
    )
    review_feedback.rate(db, rubric, "II.C", 1, reviewer_id=a.id)
    review_feedback.rate(db, rubric, "II.C", 2, reviewer_id=b.id)
    return {"plan": plan, "tuning": tuning, "rubric": rubric}


def test_the_review_handout_puts_warm_first_and_names_no_unconsenting_reviewer(
    db: Database, ids: dict[str, int]
) -> None:
    text = text_of(handouts.build(db, Request("review", ids["tuning"]), made_on=MADE))
    flat = squash(text)
    for needle in (
        "Feedback on Bridges that hold",
        "For Amara Okafor and Diego Ramírez",  # it is written for them
        "Version 1 · Tuning protocol · November 24, 2026",
        "Your focusing question: Where will students argue from their load data?",
        "The collapse photo hooks everyone.",
        "Sketch before build gives every student a voice. (Mei Chen)",
        "Wondering",
        "I wonder what happens if groups test twice?",
        "In your words",
        "We will add a second test day.",
        "Reviewed by Mei Chen and 1 colleague.",
    ):
        assert squash(needle) in flat, needle
    assert "Tomás" not in text and "Álvarez" not in text
    assert text.index("What is working") < text.index("Questions to think about")
    assert text.index("hooks everyone") < text.index("I wonder what happens")
    assert text.index("I wonder what happens") < text.index("How long is the build?")


def test_a_rubric_round_prints_the_agreed_ratings_and_where_the_team_is_still_talking(
    db: Database, ids: dict[str, int]
) -> None:
    flat = squash(text_of(handouts.build(db, Request("review", ids["rubric"]), made_on=MADE)))
    for needle in (
        "Rubric summary",
        "I.A Anchored in a phenomenon or a design problem",
        "Evident throughout",
        "The creek crossing is real.",
        "Try: Let students measure the creek.",
        "Not agreed yet (Emerging to Evident)",
        "Ratings describe the plan.",
    ):
        assert squash(needle) in flat, needle
    assert "III.C" not in flat  # a criterion nobody rated is left out


def test_the_lesson_plan_handout_names_authors_only_with_consent(
    db: Database, ids: dict[str, int]
) -> None:
    text = text_of(handouts.build(db, Request("lesson-plan", ids["plan"]), made_on=MADE))
    flat = squash(text)
    for needle in (
        "Bridges that hold",
        "By Amara Okafor and 1 colleague",
        "Grades 6-8 · Science, Art · 1 h 30 min",
        "Version 1, kept",
        "Students design a bridge for the creek crossing.",
        "Objectives",
        "Explain how shape spreads a load",
        "Launch",
        "Show the collapsed footbridge.",
        "1.Sketch",
        "2.Build",
        "5E instructional model: Engage",
        "Also: structures",
        "load-test sheet.pdf (3 KB)",
    ):
        assert squash(needle) in flat, needle
    assert "Diego" not in text and "Ramírez" not in text
    assert "##" not in text


def test_handout_file_names(db: Database, ids: dict[str, int]) -> None:
    assert handouts.file_name(db, Request("lesson-plan", ids["plan"])) == (
        "Bridges that hold - lesson plan.pdf"
    )
    assert handouts.file_name(db, Request("review", ids["tuning"])) == (
        "2026-11-24 Bridges that hold - feedback.pdf"
    )
