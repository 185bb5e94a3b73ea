"""The mentoring agreement, written for the pair to keep and sign.

Strengths first: what each of them brings, in their own words. Then what the mentee wants
to grow in, the goals with the mentee's first self-rating of each (boxes to circle by hand
when not yet rated) and, once the pair has run, the same goals re-rated; how and how often
they meet; and lines to sign. The coach's private notes, and why a pair ended, stay in the
app.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.platypus import Flowable, KeepTogether

from stemlead.core import learning_plans, mentorships, teachers
from stemlead.core.fields import hours_text
from stemlead.core.growth_areas import key
from stemlead.pdf import common, fmt, layout
from stemlead.store import Database

SCALE = "1 = just starting · 3 = getting there · 5 = confident, and ready to share it"


def rating(value: int | None) -> str:
    """ "1  2  [3]  4  5" with the rating marked, or the five to circle by hand."""
    return "  ".join(f"[{n}]" if n == value else str(n) for n in range(1, 6))


def people(db: Database, pair: mentorships.Mentorship) -> tuple[str, str]:
    """(mentee, mentor) as the handout names them."""
    return teachers.get(db, pair.mentee_id).name, pair.mentor_name or "Mentor"


def mentor_strengths(db: Database, pair: mentorships.Mentorship) -> str:
    """What the mentor brings: a teacher's own words, or a contact's role and strong areas."""
    if pair.mentor_teacher_id is not None:
        return teachers.get(db, pair.mentor_teacher_id).strengths
    if pair.mentor_contact_id is None:
        return ""
    row = db.one(
        "SELECT c.role, coalesce(p.name, '') AS partner FROM contacts c"
        " LEFT JOIN partners p ON p.id = c.partner_id WHERE c.id = ?",
        (pair.mentor_contact_id,),
    )
    own = mentorships.profile(db, contact_id=pair.mentor_contact_id)
    parts = [" at ".join(x for x in (row["role"], row["partner"]) if x)] if row else []
    if own is not None and own.strength_areas:
        parts.append("Strong in " + ", ".join(own.strength_areas))
    return ". ".join(p for p in parts if p)


def cadence(pair: mentorships.Mentorship) -> str:
    """ "We check in every 14 days, about 2 hours a month." """
    parts = []
    if pair.cadence_days:
        every = "week" if pair.cadence_days == 7 else f"{pair.cadence_days} days"
        if pair.cadence_days == 14:
            every = "two weeks"
        parts.append(f"We check in every {every}")
    if pair.monthly_minutes:
        hours = hours_text(pair.monthly_minutes)
        unit = "hour" if hours == "1" else "hours"
        parts.append(
            f"about {hours} {unit} a month" if parts else f"We meet about {hours} {unit} a month"
        )
    if not parts:
        return "We agree on each next check-in as we go."
    return ", ".join(parts) + "."


def goals_table(db: Database, goals: list[mentorships.Goal], width: float) -> Flowable:
    st = layout.styles()
    rows: list[list[Any]] = [
        [
            layout.cell("Goal", st.cell_bold),
            layout.cell("At the start", st.cell_bold),
            layout.cell("At the end", st.cell_bold),
        ]
    ]
    for goal in goals:
        rows.append(
            [
                layout.cell(goal.text),
                layout.label(rating(goal.start_rating)),
                layout.label(rating(goal.end_rating)),
            ]
        )
    return layout.table(rows, [width * 0.5, width * 0.25, width * 0.25])


def build_mentoring_agreement(db: Database, pair_id: int, *, made_on: date | None = None) -> bytes:
    """A pair's agreement as PDF bytes (raises NotFound for an unknown pair)."""
    pair = mentorships.get(db, pair_id)
    mentee, mentor = people(db, pair)
    setup = layout.PageSetup.from_settings(db)
    width = setup.frame_width
    when = f"From {fmt.short_day(pair.started_on)}"
    if pair.planned_end_on:
        when += f" · planned to {fmt.short_day(pair.planned_end_on)}"
    story: list[Flowable] = layout.title_block(
        "Our mentoring agreement", f"{mentee} with {mentor}", when
    )

    brings = [
        layout.labelled(
            f"{mentee} brings:",
            teachers.get(db, pair.mentee_id).strengths or "To be shared at our first meeting.",
        ),
        layout.gap(3),
        layout.labelled(
            f"{mentor} brings:", mentor_strengths(db, pair) or "To be shared at our first meeting."
        ),
    ]
    story += layout.section(
        "What each of us brings",
        layout.callout(brings, width, tint=layout.STRENGTH_TINT, edge=layout.STRENGTH),
    )

    words = {key(r.label): r.words for r in learning_plans.growth_of(db, pair.mentee_id)}
    focus = [
        f"{area}: “{words[key(area)]}”" if words.get(key(area)) else area
        for area in pair.focus_areas
    ]
    story += layout.section(
        "What we will work on",
        *(layout.bullets(focus) if focus else [layout.muted("We will choose our focus together.")]),
    )
    goals = mentorships.goals(db, pair_id)
    story += layout.section(
        "Our goals",
        goals_table(db, goals, width)
        if goals
        else layout.muted("We will write our goals together."),
        layout.gap(3),
        layout.muted(f"{mentee} rates each goal: {SCALE}."),
    )
    story += layout.section(
        "How we will work together",
        layout.body(cadence(pair)),
        layout.body(
            "A check-in can be a meeting, a visit to each other's class, planning together "
            "or a message. Each time we note what is working and our next steps."
        ),
    )
    story += [layout.gap(14), KeepTogether(_signatures(db, mentee, mentor, width))]
    return layout.render(
        db,
        story,
        title=f"Mentoring agreement — {mentee} with {mentor}",
        subject="Mentoring agreement",
        kind="Mentoring agreement",
        made_on=made_on,
        setup=setup,
    )


def _signatures(db: Database, mentee: str, mentor: str, width: float) -> list[Flowable]:
    st = layout.styles()
    line = "_" * 34
    rows: list[list[Any]] = [
        [layout.cell(name, st.cell_bold), layout.label(line), layout.label("Date ____________")]
        for name in (mentee, mentor, common.coach_name(db))
    ]
    return [
        layout.para_bold("Agreed by"),
        layout.gap(4),
        layout.table(rows, [width * 0.34, width * 0.4, width * 0.26], header=False, zebra=False),
    ]
