"""The coaching cycle summary, written for the teacher (or team) in the cycle.

Strengths-based in order and words: the student-centred goal first, then the strengths
observed and the evidence of student learning before anything else, the stage timeline,
reflections, and next steps written as shared commitments. Only what the teacher has seen
or said is printed: the coach's private notes (of the cycle, its observations and the
teachers) are never read.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable, Table, TableStyle

from stemlead.core import cycles, observations, teachers
from stemlead.core.cycles import STAGE_LABELS, STAGES
from stemlead.core.fields import instant
from stemlead.core.observations import ObservationRow
from stemlead.pdf import common, fmt, layout
from stemlead.store import Database


def build_cycle_summary(db: Database, cycle_id: int, *, made_on: date | None = None) -> bytes:
    """One coaching cycle's summary as PDF bytes (raises NotFound for an unknown cycle)."""
    cycle = cycles.get(db, cycle_id)
    setup = layout.PageSetup.from_settings(db)
    width = setup.frame_width
    names = [teachers.get(db, t).name for t in cycles.teacher_ids(db, cycle_id)]
    title = cycle.title or "Our coaching cycle"
    when = f"Started {fmt.short_day(cycle.started_on)}"
    if cycle.completed_on:
        when += f" · completed {fmt.short_day(cycle.completed_on)}"
    elif cycle.target_end_on:
        when += f" · planned to finish by {fmt.short_day(cycle.target_end_on)}"
    story: list[Flowable] = layout.title_block(
        title, "Coaching cycle with " + common.join_names(names) if names else "", when
    )

    goal = [layout.labelled("Our goal for students:", cycle.goal or "To be set together.")]
    story += [layout.callout(goal, width), layout.gap(6)]
    story += layout.section("Where we are", _timeline(db, cycle, width))

    visits = observations.list_observations(db, cycle_id=cycle_id)
    visits.sort(key=lambda v: instant(v.starts_at))
    story += _evidence(db, visits, width)
    for heading, text in (
        ("How we will know (success criteria)", cycle.success_criteria),
        ("The strategy we are trying", cycle.strategy),
        ("Reflections", cycle.reflections),
    ):
        if text.strip():
            story += layout.section(heading, layout.body(text))
    story += _steps(db, cycle_id, width)
    minutes = sum(e.minutes for e in cycles.time_entries(db, cycle_id))
    if minutes or visits:
        parts = []
        if visits:
            parts.append(fmt.plural(len(visits), "classroom visit"))
        if minutes:
            parts.append(f"{fmt.duration(minutes)} of planning, co-teaching and conversation")
        story += [layout.gap(8), layout.muted("Time together: " + "; ".join(parts) + ".")]

    return layout.render(
        db,
        story,
        title=f"{title} — coaching cycle summary",
        subject="Coaching cycle summary",
        kind="Coaching cycle summary",
        made_on=made_on,
        setup=setup,
    )


def _evidence(db: Database, visits: list[ObservationRow], width: float) -> list[Flowable]:
    """What the visits saw: strengths, and what students said and did."""
    strengths, thinking = [], []
    for visit in visits:
        day = fmt.short_day(visit.starts_at)
        for line in observations.lines(db, visit.id):
            if line.kind == "strength":
                strengths.append((day, line.text))
            elif line.kind == "student_thinking":
                thinking.append((day, line.text))
    story = layout.section(
        "Strengths observed",
        *(
            _dated(strengths, width, layout.STRENGTH_TINT)
            or [layout.muted("Strengths will be added here after our first classroom visit.")]
        ),
    )
    story += layout.section(
        "Evidence of student learning",
        *(
            _dated(thinking, width, None)
            or [layout.muted("What students say and do will be collected during our visits.")]
        ),
    )
    return story


def _steps(db: Database, cycle_id: int, width: float) -> list[Flowable]:
    """The next steps agreed in the cycle and at its visits: open ones, then done ones."""
    steps = cycles.action_items_for(db, cycle_id)
    open_steps = [s for s in steps if s.is_open]
    done_steps = [s for s in steps if s.status == "done"]
    story = layout.section(
        "Next steps we agreed on",
        common.action_table(db, open_steps, width, show_status=False)
        if open_steps
        else layout.muted("We will plan next steps together at our next conversation."),
    )
    if done_steps:
        story += layout.section(
            "Steps already taken", *layout.bullets([s.title for s in done_steps])
        )
    return story


def _dated(rows: list[tuple[str, str]], width: float, tint: colors.Color | None) -> list[Flowable]:
    """Lines of the evidence log with the day of the visit beside each."""
    if not rows:
        return []
    data = [[layout.label(day), layout.cell(text)] for day, text in rows]
    extra = [("BACKGROUND", (0, 0), (-1, -1), tint)] if tint is not None else []
    return [
        layout.table(data, [width * 0.17, width * 0.83], header=False, zebra=False, extra=extra)
    ]


def _timeline(db: Database, cycle: cycles.Cycle, width: float) -> Flowable:
    """Identify → Learn → Improve → Complete, with the day each stage was reached."""
    st = layout.styles()
    reached: dict[str, str] = {}
    for change in cycles.stage_history(db, cycle.id):
        reached[change.to_stage] = change.changed_at
    current = STAGES.index(cycle.stage)
    cells = []
    for index, stage in enumerate(STAGES):
        label = STAGE_LABELS[stage]
        if index < current:
            detail = fmt.short_day(reached.get(stage)) or "done"
        elif index == current:
            detail = ("since " + fmt.short_day(reached[stage])) if stage in reached else "now"
        else:
            detail = "ahead"
        cells.append([layout.cell(label, st.cell_bold), layout.cell(detail, st.cell)])
    box = Table([cells], colWidths=[width / 4] * 4, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEABOVE", (0, 0), (current, 0), 4, layout.ACCENT),
        ("LINEABOVE", (current + 1, 0), (-1, 0), 4, layout.RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 6),
        ("BACKGROUND", (current, 0), (current, 0), layout.TINT),
    ]
    box.setStyle(TableStyle(commands))
    return box
