"""The impact report's block on teacher growth: mentoring pairs, their check-ins and hours,
and professional-learning hours (see :mod:`stemlead.core.growth_impact`). Counts only."""

from __future__ import annotations

from typing import Any

from reportlab.platypus import Flowable

from stemlead.core import growth_impact
from stemlead.pdf import fmt, layout
from stemlead.store import Database


def growth_section(db: Database, since: str, until: str, width: float) -> list[Flowable]:
    """ "Mentoring and professional learning", or nothing when the period has none."""
    figures = growth_impact.measure(db, since, until)
    if not figures.anything:
        return []
    st = layout.styles()
    rows: list[list[Any]] = [
        [
            layout.cell("In this period", st.cell_bold),
            layout.cell("", st.cell),
        ],
        [
            layout.cell("Mentoring pairs meeting in this period"),
            layout.label(f"{figures.pairs_running:,}"),
        ],
        [layout.cell("Pairs started"), layout.label(f"{figures.pairs_started:,}")],
        [layout.cell("Pairs completed"), layout.label(f"{figures.pairs_completed:,}")],
        [layout.cell("Pairs that ended early"), layout.label(f"{figures.pairs_ended_early:,}")],
        [layout.cell("Mentoring check-ins"), layout.label(f"{figures.check_ins:,}")],
        [layout.cell("Hours of mentoring"), layout.label(fmt.hours(figures.check_in_minutes))],
        [
            layout.cell("Hours of professional learning attended or applied"),
            layout.label(fmt.hours(figures.pd_minutes)),
        ],
        [
            layout.cell("Teachers with professional learning"),
            layout.label(f"{figures.pd_teachers:,}"),
        ],
        [
            layout.cell("Hours of the teacher leader's own leadership learning"),
            layout.label(fmt.hours(figures.leader_pd_minutes)),
        ],
    ]
    text = (
        f"{fmt.plural(figures.pairs_running, 'mentoring pair')} met "
        f"{fmt.plural(figures.check_ins, 'time')} ({fmt.hours(figures.check_in_minutes)}), and "
        f"{fmt.plural(figures.pd_teachers, 'teacher')} completed "
        f"{fmt.hours(figures.pd_minutes)} of professional learning they chose"
        + (
            f"; the teacher leader completed {fmt.hours(figures.leader_pd_minutes)} of their own."
            if figures.leader_pd_minutes
            else "."
        )
    )
    return layout.section(
        "Mentoring and professional learning",
        layout.body(text),
        layout.table(rows, [width * 0.75, width * 0.25], right=(1,)),
    )
