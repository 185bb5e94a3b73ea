"""The observation note, written for the teacher who was observed.

It leads with what went well: the focus chosen together and its look-fors, then the
strengths observed and what students said and did, then wonderings (questions for the
debrief, never verdicts), the next steps written together, and last the full evidence log
with clock times and minutes into the visit. The coach's private notes stay in the app.
"""

from __future__ import annotations

from datetime import date

from reportlab.platypus import Flowable

from stemlead.core import action_items, observations, teachers
from stemlead.core.fields import parse_moment
from stemlead.core.observations import LINE_KIND_LABELS
from stemlead.pdf import common, fmt, layout
from stemlead.store import Database


def build_observation_note(
    db: Database, observation_id: int, *, made_on: date | None = None
) -> bytes:
    """One observation's note as PDF bytes (raises NotFound for an unknown observation)."""
    visit = observations.get(db, observation_id)
    teacher = teachers.get(db, visit.teacher_id)
    setup = layout.PageSetup.from_settings(db)
    width = setup.frame_width
    st = layout.styles()
    h24 = fmt.uses_24h(db)
    start = parse_moment(visit.starts_at)
    when = f"{fmt.day(visit.starts_at)} · {fmt.clock(start, h24)}"
    if visit.ended_at:
        when += f" – {fmt.clock(parse_moment(visit.ended_at), h24)}"
    story: list[Flowable] = layout.title_block(
        f"Classroom visit with {teacher.name}", when, visit.class_context
    )

    focus = [layout.labelled("Our focus:", visit.focus or "Chosen together before the visit.")]
    look_fors = [lf.label for lf in observations.look_fors(db, observation_id)]
    if look_fors:
        focus += [layout.gap(3), layout.para_bold("What we looked for")]
        focus += layout.bullets(look_fors)
    story += [layout.callout(focus, width), layout.gap(4)]

    lines = observations.lines(db, observation_id)
    by_kind = {kind: [ln for ln in lines if ln.kind == kind] for kind in LINE_KIND_LABELS}

    def timed(kind: str, tint: object) -> list[Flowable]:
        rows = [
            [layout.label(fmt.clock(parse_moment(ln.recorded_at), h24)), layout.cell(ln.text)]
            for ln in by_kind[kind]
        ]
        if not rows:
            return []
        extra = [("BACKGROUND", (0, 0), (-1, -1), tint)] if tint is not None else []
        return [
            layout.table(rows, [width * 0.13, width * 0.87], header=False, zebra=False, extra=extra)
        ]

    story += layout.section(
        "Strengths observed",
        *(
            timed("strength", layout.STRENGTH_TINT)
            or [layout.muted("We will name strengths together at our conversation.")]
        ),
    )
    story += layout.section(
        "Student thinking",
        *(
            timed("student_thinking", None)
            or [layout.muted("No student quotes were captured this time.")]
        ),
    )
    wonderings = [ln.text for ln in by_kind["wondering"]]
    if wonderings:
        story += layout.section(
            "Wonderings: questions for our conversation", *layout.bullets(wonderings)
        )
    steps = action_items.list_action_items(db, source="observation", source_id=observation_id)
    story += layout.section(
        "Next steps we agreed on",
        common.action_table(db, steps, width, show_status=False)
        if steps
        else layout.muted("We will plan next steps together when we debrief."),
    )

    log = [
        [
            layout.label(fmt.clock(parse_moment(ln.recorded_at), h24)),
            layout.label(str(ln.minutes_into(visit.starts_at))),
            layout.label(LINE_KIND_LABELS.get(ln.kind, ln.kind)),
            layout.cell(ln.text),
        ]
        for ln in lines
    ]
    header = [
        layout.cell("Time", st.cell_bold),
        layout.cell("Min.", st.cell_right_bold),
        layout.cell("Kind", st.cell_bold),
        layout.cell("What was seen and heard", st.cell_bold),
    ]
    story += layout.section(
        "Evidence log",
        layout.table(
            [header, *log], [width * 0.12, width * 0.08, width * 0.2, width * 0.6], right=(1,)
        )
        if log
        else layout.muted("No evidence was logged during this visit."),
    )
    return layout.render(
        db,
        story,
        title=f"Classroom visit with {teacher.name} — {fmt.short_day(visit.starts_at)}",
        subject="Observation note",
        kind="Observation note",
        made_on=made_on,
        setup=setup,
    )
