"""The learning plan, written for the teacher (or the teacher leader's own).

Strengths first, in the teacher's words; then each growth area they named, in their words,
with the learning they chose or were offered: its format and dates, hours, where it
stands, their reflection under its own heading, and where it showed in their classroom.
Hours attended and planned close it. The teacher's and the observations' private notes are
never read.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.platypus import Flowable

from stemlead.core import learning_plans, teachers
from stemlead.core.learning_plans import ME, STATUS_LABELS, ItemRow
from stemlead.core.offerings import FORMAT_LABELS
from stemlead.pdf import fmt, layout
from stemlead.store import Database


def build_learning_plan(db: Database, teacher_id: int, *, made_on: date | None = None) -> bytes:
    """A teacher's learning plan as PDF bytes (:data:`ME`: the coach's own; NotFound for an
    unknown teacher)."""
    plan = learning_plans.plan(db, teacher_id)
    setup = layout.PageSetup.from_settings(db)
    width = setup.frame_width
    if teacher_id == ME:
        story: list[Flowable] = layout.title_block(
            "My learning plan as a teacher leader", plan.owner, setup.organization
        )
        strengths = ""
    else:
        teacher = teachers.get(db, teacher_id)
        where = " · ".join(x for x in (teacher.school, teacher.grade_band) if x)
        story = layout.title_block("My learning plan", plan.owner, where)
        strengths = teacher.strengths
    if strengths.strip():
        story += [
            layout.callout(
                [layout.labelled("What I do well:", strengths)],
                width,
                tint=layout.STRENGTH_TINT,
                edge=layout.STRENGTH,
            ),
            layout.gap(6),
        ]
    if not plan.areas:
        story += [layout.muted("We will name my growth areas and plan my learning together.")]
    for area in plan.areas:
        story += layout.section(area.area.area, *_area(db, area, width))
    if plan.planned_minutes:
        story += [
            layout.gap(8),
            layout.muted(
                f"Hours attended or applied so far: {fmt.duration(plan.done_minutes)}; "
                f"in the whole plan: {fmt.duration(plan.planned_minutes)}."
            ),
        ]
    title = "My learning plan" if teacher_id == ME else f"Learning plan — {plan.owner}"
    return layout.render(
        db,
        story,
        title=title,
        subject="Learning plan",
        kind="Learning plan",
        made_on=made_on,
        setup=setup,
    )


def _area(db: Database, area: learning_plans.AreaPlan, width: float) -> list[Flowable]:
    out: list[Flowable] = []
    if area.area.in_their_words.strip():
        out.append(layout.labelled("In my words:", area.area.in_their_words))
    if not area.items:
        out.append(layout.muted("Learning for this area is still to be chosen."))
        return out
    st = layout.styles()
    rows: list[list[Any]] = [
        [
            layout.cell("Learning", st.cell_bold),
            layout.cell("When", st.cell_bold),
            layout.cell("Hours", st.cell_bold),
            layout.cell("Where it stands", st.cell_bold),
        ]
    ]
    for item in area.items:
        kind = FORMAT_LABELS.get(item.format, "")
        title = f"{item.title} ({kind.lower()})" if kind else item.title
        if item.chosen_by == "coach":
            title += ", suggested"
        rows.append(
            [
                layout.cell(title),
                layout.cell(_when(item)),
                layout.label(fmt.duration(item.minutes) if item.minutes else "-"),
                layout.cell(
                    "Applied in my work"
                    if item.status == "applied" and area.area.teacher_id is None
                    else STATUS_LABELS[item.status]
                ),
            ]
        )
    out.append(layout.table(rows, [width * 0.46, width * 0.2, width * 0.14, width * 0.2]))
    for item in area.items:
        shown = learning_plans.evidence(db, item.id)
        if not item.reflection.strip() and not shown:
            continue
        out += layout.para_heading(item.title)
        if item.reflection.strip():
            out.append(layout.labelled("In my words:", item.reflection))
        if shown:
            where = "; ".join(f"{e.label}, {fmt.short_day(e.day)}" for e in shown)
            out.append(layout.labelled("Where it showed:", where))
    return out


def _when(item: ItemRow) -> str:
    starts, ends = item.dates
    if starts and ends and starts != ends:
        return f"{fmt.short_day(starts)} – {fmt.short_day(ends)}"
    if starts or ends:
        return fmt.short_day(starts or ends)
    return fmt.short_day(item.attended_on) if item.attended_on else ""
