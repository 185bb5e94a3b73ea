"""The mentoring summary, written for the pair: what their time together held.

What is working comes first (from every check-in, dated), then the goals then and now,
what they focused on, the next steps still open and those already taken, their time
together against what they planned, and the closing reflection. No private notes; the
coach's view of who may be on an island never reaches it.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from stemlead.core import check_ins, mentorships
from stemlead.core.mentorships import STATUS_LABELS
from stemlead.pdf import common, fmt, layout
from stemlead.pdf.cycle_summary import _dated  # lines dated by the day they were written
from stemlead.pdf.mentoring_agreement import SCALE, goals_table, people
from stemlead.store import Database


def build_mentoring_summary(db: Database, pair_id: int, *, made_on: date | None = None) -> bytes:
    """A pair's summary as PDF bytes (raises NotFound for an unknown pair)."""
    pair = mentorships.get(db, pair_id)
    row = mentorships.row(db, pair_id, on=made_on)
    mentee, mentor = people(db, pair)
    setup = layout.PageSetup.from_settings(db)
    width = setup.frame_width
    if pair.ended_on:
        when = f"{fmt.short_day(pair.started_on)} – {fmt.short_day(pair.ended_on)} · {STATUS_LABELS[pair.status]}"
    else:
        when = f"Since {fmt.short_day(pair.started_on)} · {STATUS_LABELS[pair.status]}"
    story: list[Flowable] = layout.title_block(
        "Our mentoring summary", f"{mentee} with {mentor}", when
    )
    log = check_ins.for_pair(db, pair_id)
    working = [(fmt.short_day(c.occurred_on), c.what_works) for c in log if c.what_works.strip()]
    story += layout.section(
        "What is working",
        *(
            _dated(working, width, layout.STRENGTH_TINT)
            or [layout.muted("What is working will be noted at our check-ins.")]
        ),
    )
    goals = mentorships.goals(db, pair_id)
    if goals:
        story += layout.section(
            "Our goals, then and now",
            goals_table(db, goals, width),
            layout.gap(3),
            layout.muted(f"{mentee} rated each goal: {SCALE}."),
        )
    focus = [(fmt.short_day(c.occurred_on), c.focus) for c in log if c.focus.strip()]
    if pair.focus_areas or focus:
        story += layout.section(
            "What we focused on",
            *([layout.body(", ".join(pair.focus_areas))] if pair.focus_areas else []),
            *_dated(focus, width, None),
        )
    steps = check_ins.pair_steps(db, pair_id)
    open_steps = [s for s in steps if s.is_open]
    done = [s for s in steps if s.status == "done"]
    story += layout.section(
        "Next steps we agreed on",
        common.action_table(db, open_steps, width, show_status=False)
        if open_steps
        else layout.muted("We will plan next steps at our next check-in."),
    )
    if done:
        story += layout.section("Steps already taken", *layout.bullets([s.title for s in done]))
    story += layout.section("Time together", layout.body(_time(row, made_on)))
    if pair.closing_reflection.strip():
        story += layout.section("Closing reflection", layout.body(pair.closing_reflection))
    if pair.status == "ended_early" and pair.end_reason.strip():
        story += [layout.gap(4), layout.labelled("Why we stopped:", pair.end_reason)]
    return layout.render(
        db,
        story,
        title=f"Mentoring summary — {mentee} with {mentor}",
        subject="Mentoring summary",
        kind="Mentoring summary",
        made_on=made_on,
        setup=setup,
    )


def _time(row: mentorships.MentorshipRow, made_on: date | None) -> str:
    text = (
        f"{fmt.plural(row.check_ins, 'check-in')}, {fmt.duration(row.minutes)} together"
        if row.check_ins
        else "No check-ins are logged yet"
    )
    expected = mentorships.expected_minutes(row, on=made_on)
    if expected:
        text += (
            f" (our plan of {fmt.duration(row.monthly_minutes)} a month comes to about "
            f"{fmt.duration(expected)} so far)"
        )
    return text + "."
