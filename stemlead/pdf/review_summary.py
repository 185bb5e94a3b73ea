"""The feedback of a review round, written for the plan's author(s).

Support, not judgement, in its order: the author's own focusing question first, then what
is working (warm feedback), then the questions and wonderings to think about, the rubric
summary for a rubric review (the rating the team agreed, with its evidence and suggestion),
and the author's reflection in their own words. A reviewer is named only if they agreed to
be; the round's private notes stay in the app.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from stemlead.core import (
    lesson_plans,
    lesson_versions,
    review_feedback,
    review_protocols,
    review_rounds,
)
from stemlead.core.review_feedback import Feedback
from stemlead.core.review_protocols import Rubric
from stemlead.pdf import common, fmt, layout
from stemlead.store import Database

QUESTION_LABELS = {
    "cool": "Wondering",
    "probing": "Probing question",
    "clarifying": "Clarifying question",
}


def build_review_summary(db: Database, round_id: int, *, made_on: date | None = None) -> bytes:
    """One round's feedback as PDF bytes (raises NotFound for an unknown round)."""
    round_ = review_rounds.get(db, round_id)
    version = lesson_versions.get(db, round_.version_id)
    library = review_protocols.library(db.path)
    setup = layout.PageSetup.from_settings(db)
    width = setup.frame_width
    authors = [a.name for a in lesson_plans.authors(db, version.plan_id)]
    when = [f"Version {version.number}", library.name_of(round_.protocol)]
    if round_.held_on:
        when.append(fmt.day(round_.held_on, weekday=False))
    story: list[Flowable] = layout.title_block(
        f"Feedback on {version.title}",
        f"For {common.join_names(authors)}" if authors else "",
        " · ".join(when),
    )
    question = round_.focusing_question.strip() or "None was set for this round."
    story += [layout.callout([layout.labelled("Your focusing question:", question)], width)]
    story.append(layout.gap(6))

    named = {r.id: r.name for r in review_rounds.reviewers(db, round_id) if r.agrees_to_be_named}
    entries = review_feedback.in_handout_order(review_feedback.feedback(db, round_id))
    warm = [f for f in entries if f.kind == "warm"]
    questions = [f for f in entries if f.kind != "warm"]
    story += layout.section(
        "What is working",
        _table(warm, named, width, layout.STRENGTH_TINT)
        or layout.muted("Strengths will be added here as colleagues share them."),
    )
    asked = _table(questions, named, width, None)
    if asked is not None:
        story += layout.section("Questions to think about", asked)
    rubric = library.rubrics.get(round_.rubric) if round_.rubric else None
    if rubric is not None:
        story += layout.section("Rubric summary", *_rubric(db, round_id, rubric, width))
    if round_.presenter_reflection.strip():
        story += layout.section("In your words", layout.body(round_.presenter_reflection))
    if round_.next_version_id is not None:
        kept = lesson_versions.get(db, round_.next_version_id)
        story += [layout.gap(4), layout.muted(f"Version {kept.number} was kept after this round.")]
    everyone = review_rounds.reviewers(db, round_id)
    if everyone:
        names = list(named.values())
        others = len(everyone) - len(names)
        if others:
            names.append(fmt.plural(others, "colleague"))
        story += [layout.gap(8), layout.muted(f"Reviewed by {common.join_names(names)}.")]
    return layout.render(
        db,
        story,
        title=f"Feedback on {version.title}",
        subject="Review feedback",
        kind="Review feedback",
        made_on=made_on,
        setup=setup,
    )


def _table(
    entries: list[Feedback], named: dict[int, str], width: float, tint: object
) -> Flowable | None:
    """Feedback lines, each with its kind for questions and its reviewer when named."""
    if not entries:
        return None
    rows = []
    for entry in entries:
        text = entry.text
        who = named.get(entry.reviewer_id) if entry.reviewer_id is not None else None
        cells: list[Flowable | str] = [layout.cell(text + (f" ({who})" if who else ""))]
        if entry.kind != "warm":
            cells.insert(0, layout.label(QUESTION_LABELS[entry.kind]))
        rows.append(cells)
    widths = [width] if tint is not None else [width * 0.22, width * 0.78]
    extra = [("BACKGROUND", (0, 0), (-1, -1), tint)] if tint is not None else []
    return layout.table(rows, widths, header=False, zebra=False, extra=extra)


def _rubric(db: Database, round_id: int, rubric: Rubric, width: float) -> list[Flowable]:
    """Per criterion the agreed rating with its evidence and suggestion; where the team has
    not agreed yet, the range of the reviewers' ratings."""
    st = layout.styles()
    agreed = {
        r.criterion: r for r in review_feedback.ratings(db, round_id) if r.reviewer_id is None
    }
    rows: list[list[object]] = [
        [
            layout.cell("Criterion", st.cell_bold),
            layout.cell("Rating", st.cell_bold),
            layout.cell("Evidence and a suggestion", st.cell_bold),
        ]
    ]
    rated = 0
    for row in review_feedback.calibration(db, round_id, rubric):
        found = agreed.get(row.criterion)
        if found is not None:
            rating = rubric.scale_label(found.rating)
            notes = [
                t for t in (found.evidence, found.suggestion and f"Try: {found.suggestion}") if t
            ]
        elif row.by_reviewer:
            low, high = min(row.by_reviewer.values()), max(row.by_reviewer.values())
            span = (
                rubric.scale_label(low)
                if low == high
                else (f"{rubric.scale_label(low)} to {rubric.scale_label(high)}")
            )
            rating, notes = f"Not agreed yet ({span})", []
        else:
            continue
        rated += 1
        rows.append(
            [
                layout.cell(f"{row.criterion} {row.label}"),
                layout.cell(rating),
                layout.cell("\n".join(notes) or "—"),
            ]
        )
    if not rated:
        return [layout.muted("No criterion has been rated yet.")]
    scale = ", ".join(f"{label}" for _, label in rubric.scale)
    return [
        layout.muted(f"{rubric.name}. The scale: {scale}. Ratings describe the plan."),
        layout.table(rows, [width * 0.34, width * 0.2, width * 0.46]),
    ]
