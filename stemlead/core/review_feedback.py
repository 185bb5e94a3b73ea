"""Feedback in a review round, and rubric ratings with their calibration.

Feedback is warm (a strength), cool (offered as a question or a wondering), or a
clarifying or probing question. Cool feedback written as a verdict ("this is wrong", "you
should…") gets a gentle prompt to reframe it as a question — from the one wording check
(:mod:`stemlead.core.wording`), read as a wondering, never from a list of its own; the
prompt never blocks saving.

For a rubric review, each reviewer rates every criterion alone, with evidence from the plan
and a suggestion; :func:`calibration` puts the ratings side by side with their spread before
the team agrees one rating per criterion (the rating with no reviewer).
"""

from __future__ import annotations

import statistics
from dataclasses import dataclass

from stemlead.clock import now_iso
from stemlead.core import records, review_protocols, wording
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import Choice, Int, Notes, Ref, Text
from stemlead.core.records import Record, editable
from stemlead.core.review_protocols import FEEDBACK_KINDS, Rubric
from stemlead.core.review_rounds import ReviewRound
from stemlead.errors import InvalidInput
from stemlead.store import Database

HANDOUT_ORDER = ("warm", "cool", "probing", "clarifying")  # strengths first, then questions


@dataclass(slots=True)
class Feedback(Record):
    TABLE = "review_feedback"
    NOUN = "feedback"

    id: int
    round_id: int = editable(Ref("Review round", table="review_rounds", required=True))
    reviewer_id: int | None = editable(Ref("Reviewer", table="review_reviewers"), None)
    kind: str = editable(Choice("Kind of feedback", FEEDBACK_KINDS), "warm")
    text: str = editable(Text("Feedback", required=True, max_len=20_000, multiline=True), "")
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        words = " ".join(self.text.split())
        return f"{self.kind} feedback “{words[:40]}{'…' if len(words) > 40 else ''}”"


@dataclass(slots=True)
class Rating(Record):
    TABLE = "review_ratings"
    NOUN = "rating"

    id: int
    round_id: int = editable(Ref("Review round", table="review_rounds", required=True))
    reviewer_id: int | None = editable(Ref("Reviewer", table="review_reviewers"), None)
    criterion: str = editable(Text("Criterion", required=True, max_len=20), "")
    rating: int = editable(Int("Rating", minimum=0, maximum=10), 0)
    evidence: str = editable(Notes("Evidence"), "")
    suggestion: str = editable(Notes("Suggestion"), "")
    created_at: str = ""
    updated_at: str = ""


_feedback = records.Crud(Feedback, Kind.REVIEW)
get, update, delete = _feedback.get, _feedback.update, _feedback.delete


@changes(Kind.REVIEW)
def add(
    db: Database, round_id: int, kind: str, text: str, *, reviewer_id: int | None = None
) -> int:
    """One piece of feedback, from a reviewer or (``reviewer_id`` None) from the group."""
    if reviewer_id is not None and db.scalar(
        "SELECT round_id FROM review_reviewers WHERE id = ?", (reviewer_id,)
    ) not in (round_id, None):
        raise InvalidInput("That reviewer is not part of this review round.")
    return records.insert(
        db, Feedback, {"round_id": round_id, "kind": kind, "text": text, "reviewer_id": reviewer_id}
    )


def feedback(db: Database, round_id: int) -> list[Feedback]:
    """A round's feedback in the order it was given."""
    return records.select(db, Feedback, "t.round_id = ?", [round_id], order="t.id")


def in_handout_order(entries: list[Feedback]) -> list[Feedback]:
    """Warm feedback first, then the questions (cool, probing, clarifying)."""
    return sorted(entries, key=lambda f: (HANDOUT_ORDER.index(f.kind), f.id))


def reframe_prompt(
    text: str, kind: str, rules: wording.RuleSet | None = None
) -> list[wording.Finding]:
    """For cool feedback, the phrases that may read as a verdict (a statement where a
    question or a wondering would invite the author to think), each with reframes; nothing
    for other kinds, and nothing for cool feedback already asked as a question."""
    if kind != "cool":
        return []
    return wording.check(text, kind="wondering", rules=rules)


# -- rubric ratings ---------------------------------------------------------------------------
@changes(Kind.REVIEW)
def rate(
    db: Database,
    round_id: int,
    criterion: str,
    rating: int,
    *,
    reviewer_id: int | None = None,
    evidence: str | None = None,
    suggestion: str | None = None,
) -> int:
    """A reviewer's rating of one criterion (``reviewer_id`` None: the one the team agrees),
    made or changed; evidence and suggestion are kept when not given."""
    round_ = records.get(db, ReviewRound, round_id)
    rubric = review_protocols.library(db.path).rubrics.get(round_.rubric)
    if rubric is None:
        raise InvalidInput("This review round has no rubric to rate with.")
    if rubric.criterion(criterion) is None:
        raise InvalidInput(f"The rubric {rubric.name} has no criterion '{criterion}'.")
    rubric.check_rating(rating)
    if (
        reviewer_id is not None
        and db.scalar("SELECT round_id FROM review_reviewers WHERE id = ?", (reviewer_id,))
        != round_id
    ):
        raise InvalidInput("That reviewer is not part of this review round.")
    existing = _rating(db, round_id, criterion, reviewer_id)
    with db.transaction():
        if existing is None:
            return records.insert(
                db,
                Rating,
                {
                    "round_id": round_id,
                    "reviewer_id": reviewer_id,
                    "criterion": criterion,
                    "rating": rating,
                    "evidence": evidence or "",
                    "suggestion": suggestion or "",
                },
            )
        changed: dict[str, object] = {"rating": rating}
        if evidence is not None:
            changed["evidence"] = evidence
        if suggestion is not None:
            changed["suggestion"] = suggestion
        records.update(db, Rating, existing.id, changed)
        return existing.id


_rating_crud = records.Crud(Rating, Kind.REVIEW)
update_rating = _rating_crud.update  # evidence and suggestion, saved as they are typed


def _rating(db: Database, round_id: int, criterion: str, reviewer_id: int | None) -> Rating | None:
    who = "t.reviewer_id IS NULL" if reviewer_id is None else "t.reviewer_id = ?"
    params: list[object] = [round_id, criterion] + ([] if reviewer_id is None else [reviewer_id])
    found = records.select(db, Rating, f"t.round_id = ? AND t.criterion = ? AND {who}", params)
    return found[0] if found else None


def ratings(db: Database, round_id: int) -> list[Rating]:
    return records.select(db, Rating, "t.round_id = ?", [round_id], order="t.criterion, t.id")


@dataclass(frozen=True, slots=True)
class Calibration:
    """One criterion: every reviewer's own rating side by side, how far apart they are, and
    the rating the team agreed (None until it does)."""

    criterion: str
    label: str
    category: str
    by_reviewer: dict[int, int]  # reviewer id -> rating
    agreed: int | None

    @property
    def spread(self) -> int | None:
        """Highest minus lowest of the reviewers' ratings (None with fewer than two)."""
        values = list(self.by_reviewer.values())
        return max(values) - min(values) if len(values) >= 2 else None

    @property
    def median(self) -> float | None:
        values = list(self.by_reviewer.values())
        return statistics.median(values) if values else None


def calibration(db: Database, round_id: int, rubric: Rubric) -> list[Calibration]:
    """Per criterion of ``rubric`` (in its order), the reviewers' ratings and their spread."""
    found = ratings(db, round_id)
    out = []
    for criterion in rubric.criteria:
        mine = [r for r in found if r.criterion == criterion.code]
        out.append(
            Calibration(
                criterion.code,
                criterion.label,
                criterion.category,
                {r.reviewer_id: r.rating for r in mine if r.reviewer_id is not None},
                next((r.rating for r in mine if r.reviewer_id is None), None),
            )
        )
    return out


@changes(Kind.REVIEW)
def agree_from_reviewers(db: Database, round_id: int, rubric: Rubric) -> int:
    """Agree, for every criterion where the reviewers already gave the same rating, that
    rating (the team talks only about where they differ); return how many were agreed."""
    agreed = 0
    with db.transaction():
        for row in calibration(db, round_id, rubric):
            if row.agreed is None and row.spread == 0:
                rate(db, round_id, row.criterion, next(iter(row.by_reviewer.values())))
                agreed += 1
        db.execute("UPDATE review_rounds SET updated_at = ? WHERE id = ?", (now_iso(), round_id))
    return agreed
