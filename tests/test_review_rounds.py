"""Review rounds: a protocol's steps on a meeting's clock, feedback that reads as support,
rubric ratings compared before the team agrees, and the round closed by the presenter."""

from __future__ import annotations

from datetime import time

import pytest

from stemlead.core import (
    agenda,
    agenda_timeline,
    contacts,
    lesson_plans,
    lesson_versions,
    meetings,
    partners,
    review_feedback,
    review_protocols,
    review_rounds,
    teachers,
)
from stemlead.errors import InvalidInput, NotFound
from stemlead.store import Database

CHICAGO = "America/Chicago"


@pytest.fixture
def plan(db: Database) -> dict[str, int]:
    author = teachers.add(db, name="Amara Okafor", subjects=["Science"], may_be_named=True)
    art = teachers.add(db, name="Diego Ramírez", subjects=["Art"], may_be_named=False)
    math = teachers.add(db, name="Mei Chen", subjects=["Math"], may_be_named=True)
    plan_id = lesson_plans.add(db, author_ids=[author], title="Bridges that hold", body="Build.")
    return {
        "author": author,
        "art": art,
        "math": math,
        "plan": plan_id,
        "version": lesson_versions.save_version(db, plan_id, "First draft"),
    }


def test_a_round_on_a_deleted_version_is_refused_in_one_sentence(
    db: Database, plan: dict[str, int]
) -> None:
    lesson_plans.delete(db, plan["plan"])
    with pytest.raises(NotFound, match=r"^That version of the lesson plan no longer exists"):
        review_rounds.start(db, plan["version"], "tuning")
    assert db.scalar("SELECT count(*) FROM review_rounds") == 0


def test_an_unknown_protocol_is_named(db: Database, plan: dict[str, int]) -> None:
    with pytest.raises(InvalidInput, match="no review protocol called 'fishbowl'"):
        review_rounds.start(db, plan["version"], "fishbowl")


def test_the_presenter_is_the_first_author_and_reviewers_come_from_any_subject(
    db: Database, plan: dict[str, int]
) -> None:
    museum = partners.add(db, name="River Science Museum", kind="museum")
    educator = contacts.add(db, partner_id=museum, name="Grace Mensah")
    round_id = review_rounds.start(
        db,
        plan["version"],
        "tuning",
        reviewer_teachers=[plan["art"], plan["math"]],
        reviewer_contacts=[educator],
    )
    assert review_rounds.get(db, round_id).presenter_id == plan["author"]
    found = review_rounds.reviewers(db, round_id)
    assert [(r.name, r.detail, r.agrees_to_be_named) for r in found] == [
        ("Diego Ramírez", "Art", False),  # a teacher's own consent decides by default
        ("Mei Chen", "Math", True),
        ("Grace Mensah", "River Science Museum", False),  # a contact is not named unasked
    ]
    with pytest.raises(InvalidInput, match="Mei Chen already reviews in this round"):
        review_rounds.add_reviewer(db, round_id, teacher_id=plan["math"])


def test_a_round_in_a_meeting_puts_its_steps_on_the_agenda_with_the_right_total(
    db: Database, plan: dict[str, int]
) -> None:
    meeting = meetings.add(db, starts_at="2026-11-24T15:45", tzid=CHICAGO, duration_minutes=60)
    agenda.add(db, meeting, "Celebrations", minutes=10)
    round_id = review_rounds.start(
        db, plan["version"], "tuning", focusing_question="Where will students argue from evidence?"
    )
    tuning = review_protocols.library(db.path).protocol("tuning")
    item_id = review_rounds.run_in_meeting(db, round_id, meeting)

    item = agenda.get(db, item_id)
    assert item.title == "Tuning protocol: Bridges that hold"
    assert item.minutes == tuning.minutes == 38
    assert item.owner_teacher_id == plan["author"]
    assert item.description.splitlines()[0] == (
        "5 min · The author introduces the plan and the focusing question"
    )
    assert "Focusing question: Where will students argue from evidence?" in item.description
    laid_out = agenda_timeline.timeline(db, meeting)
    assert laid_out.planned_minutes == 10 + 38
    assert laid_out.over_by == -12
    steps = review_rounds.schedule(db, review_rounds.get(db, round_id))
    assert [s.starts_at.time() for s in steps if s.starts_at] == [
        time(15, 55),  # after the 10-minute item
        time(16, 0),
        time(16, 3),
        time(16, 10),
        time(16, 15),
        time(16, 20),
        time(16, 25),
        time(16, 30),
    ]
    assert review_rounds.get(db, round_id).held_on == "2026-11-24"
    with pytest.raises(InvalidInput, match="already on the agenda"):
        review_rounds.run_in_meeting(db, round_id, meeting)
    review_rounds.leave_meeting(db, round_id)
    assert agenda_timeline.timeline(db, meeting).planned_minutes == 10


def test_cool_feedback_written_as_a_verdict_gets_a_prompt_to_reframe_it(
    db: Database, plan: dict[str, int]
) -> None:
    verdicts = ["This is wrong.", "You should give them the formula first."]
    for text in verdicts:
        found = review_feedback.reframe_prompt(text, "cool")
        assert found, text
        assert any("?" in r for f in found for r in f.reframes)  # offered as a question
    assert (
        review_feedback.reframe_prompt(
            "What might students notice if the ramp were steeper?", "cool"
        )
        == []
    )
    assert review_feedback.reframe_prompt("I wonder whether partner talk would help.", "cool") == []
    assert review_feedback.reframe_prompt("Students argued from their load data.", "warm") == []
    round_id = review_rounds.start(db, plan["version"], "warm-and-cool")
    review_feedback.add(db, round_id, "cool", verdicts[0])  # a prompt, never a refusal
    assert [f.text for f in review_feedback.feedback(db, round_id)] == verdicts[:1]


def test_feedback_comes_out_warm_first_then_the_questions(
    db: Database, plan: dict[str, int]
) -> None:
    round_id = review_rounds.start(db, plan["version"], "tuning", reviewer_teachers=[plan["art"]])
    [reviewer] = review_rounds.reviewers(db, round_id)
    review_feedback.add(db, round_id, "clarifying", "How long is the build?")
    review_feedback.add(db, round_id, "cool", "I wonder what happens with heavier loads?")
    review_feedback.add(
        db, round_id, "warm", "The launch photo hooks everyone.", reviewer_id=reviewer.id
    )
    review_feedback.add(db, round_id, "probing", "What do you want them to notice first?")
    ordered = review_feedback.in_handout_order(review_feedback.feedback(db, round_id))
    assert [f.kind for f in ordered] == ["warm", "cool", "probing", "clarifying"]
    with pytest.raises(InvalidInput, match="Kind of feedback must be one of"):
        review_feedback.add(db, round_id, "verdict", "No.")
    with pytest.raises(InvalidInput, match="Feedback cannot be empty"):
        review_feedback.add(db, round_id, "warm", "   ")


def test_reviewers_rate_alone_and_see_the_spread_before_agreeing(
    db: Database, plan: dict[str, int]
) -> None:
    round_id = review_rounds.start(
        db, plan["version"], "rubric-review", reviewer_teachers=[plan["art"], plan["math"]]
    )
    rubric = review_protocols.library(db.path).rubrics["lesson-design"]
    art, math = review_rounds.reviewers(db, round_id)
    review_feedback.rate(
        db, round_id, "I.A", 1, reviewer_id=art.id, evidence="A photo, no question yet"
    )
    review_feedback.rate(db, round_id, "I.A", 3, reviewer_id=math.id, evidence="Students pose it")
    review_feedback.rate(db, round_id, "II.B", 2, reviewer_id=art.id)
    review_feedback.rate(db, round_id, "II.B", 2, reviewer_id=math.id)
    rows = {row.criterion: row for row in review_feedback.calibration(db, round_id, rubric)}
    assert rows["I.A"].by_reviewer == {art.id: 1, math.id: 3}
    assert (rows["I.A"].spread, rows["I.A"].median, rows["I.A"].agreed) == (2, 2, None)
    assert rows["II.B"].spread == 0
    assert rows["III.C"].spread is None and rows["III.C"].by_reviewer == {}
    assert review_feedback.agree_from_reviewers(db, round_id, rubric) == 1  # only II.B matched
    review_feedback.rate(db, round_id, "I.A", 2, suggestion="Open with the collapse video")
    rows = {row.criterion: row for row in review_feedback.calibration(db, round_id, rubric)}
    assert (rows["I.A"].agreed, rows["II.B"].agreed) == (2, 2)
    review_feedback.rate(db, round_id, "I.A", 1, reviewer_id=art.id)  # changed, not doubled
    assert len([r for r in review_feedback.ratings(db, round_id) if r.criterion == "I.A"]) == 3
    with pytest.raises(InvalidInput, match="A rating on this rubric is one of 0"):
        review_feedback.rate(db, round_id, "I.A", 7, reviewer_id=art.id)
    with pytest.raises(InvalidInput, match=r"no criterion 'IX\.Z'"):
        review_feedback.rate(db, round_id, "IX.Z", 1, reviewer_id=art.id)


def test_the_reflection_and_the_next_version_close_the_round(
    db: Database, plan: dict[str, int]
) -> None:
    round_id = review_rounds.start(db, plan["version"], "lesson-study")
    with pytest.raises(InvalidInput, match="closes with the presenter's reflection"):
        review_rounds.close(db, round_id)
    review_rounds.update(db, round_id, presenter_reflection="I will let them test first.")
    lesson_plans.update(db, plan["plan"], body="Test a first design, then build.")
    next_id = review_rounds.close(db, round_id)
    closed = review_rounds.get(db, round_id)
    assert closed.is_closed and closed.next_version_id == next_id
    assert lesson_versions.get(db, next_id).number == 2
    assert lesson_versions.get(db, closed.version_id).number == 1  # it still reviews version 1
    [row] = review_rounds.list_rounds(db, plan_id=plan["plan"])
    assert (row.version, row.next_version, row.closed_at is not None) == (1, 2, True)
    with pytest.raises(InvalidInput, match="already closed"):
        review_rounds.close(db, round_id)


def test_a_new_round_reviews_the_last_version_or_keeps_the_changed_draft_first(
    db: Database, plan: dict[str, int]
) -> None:
    assert lesson_versions.for_review(db, plan["plan"]) == plan["version"]
    lesson_plans.update(db, plan["plan"], summary="Now with a design challenge.")
    newer = lesson_versions.for_review(db, plan["plan"])
    assert lesson_versions.get(db, newer).number == 2
