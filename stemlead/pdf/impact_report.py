"""The impact report, for administrators and the school board.

A one-page summary first (the figures a board member remembers, and coaching time by
month), then the detail with charts: teachers reached by school, grade band and subject;
cycles by stage; coaching time by activity; observations; PLC meetings and attendance;
partners and the value of their agreements. It counts work and names only teachers who
agreed to be named (see :mod:`stemlead.core.impact`).
"""

from __future__ import annotations

import calendar
from datetime import date

from reportlab.platypus import Flowable, PageBreak, Table, TableStyle

from stemlead.core import impact
from stemlead.core.fields import ordinal
from stemlead.core.impact import Impact
from stemlead.pdf import charts, fmt, layout
from stemlead.pdf.growth_impact import growth_section
from stemlead.store import Database

_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]


def build_impact_report(
    db: Database,
    since: str | date,
    until: str | date,
    *,
    made_on: date | None = None,
) -> bytes:
    """The impact report for ``since``..``until`` (inclusive dates) as PDF bytes."""
    report = impact.measure(db, since, until)
    setup = layout.PageSetup.from_settings(db)
    width = setup.frame_width
    period = f"{fmt.day(report.since, weekday=False)} – {fmt.day(report.until, weekday=False)}"
    story: list[Flowable] = layout.title_block(
        "STEM coaching impact report", setup.organization, period
    )
    story += _summary(report, width)
    story.append(PageBreak())
    story += _detail(report, width)
    story += growth_section(db, report.since, report.until, width)
    return layout.render(
        db,
        story,
        title=f"STEM coaching impact report, {period}",
        subject="Impact report",
        kind="Impact report",
        made_on=made_on,
        setup=setup,
    )


def _tile(number: str, label: str, detail: str = "") -> list[Flowable]:
    st = layout.styles()
    out = [layout.para_style(number, st.big_number), layout.para_bold(label)]
    if detail:
        out.append(layout.muted(detail))
    return out


def _value_line(report: Impact) -> str:
    parts = []
    for total in report.agreement_totals:
        kind = "funding" if total.value_kind == "funding" else "in-kind"
        parts.append(f"{fmt.money(total.cents, total.currency)} {kind}")
    return " · ".join(parts)


def _summary(report: Impact, width: float) -> list[Flowable]:
    rate = report.attendance_rate
    tiles = [
        _tile(
            f"{report.teachers_coached:,}",
            "teachers coached",
            "with a cycle, a classroom visit or coaching-log time",
        ),
        _tile(
            f"{report.teachers_in_meetings:,}",
            "teachers in PLC and team meetings",
            f"{fmt.plural(report.teachers_reached, 'teacher')} in all, "
            f"at {fmt.plural(len(report.teachers_by_school), 'school')}",
        ),
        _tile(
            f"{report.cycles_in_range:,}",
            "coaching cycles",
            f"{report.cycles_started} started · {report.cycles_completed} completed",
        ),
        _tile(
            fmt.hours(report.coaching_minutes).split()[0],
            "hours of coaching",
            f"{fmt.plural(report.coaching_log_entries, 'informal support entry', 'informal support entries')}",
        ),
        _tile(
            f"{report.observations:,}",
            "classroom visits",
            f"{fmt.plural(report.strengths_noted, 'strength')} noted with teachers",
        ),
        _tile(
            f"{report.plc_meetings_held:,}",
            "PLC meetings held",
            f"{rate:.0%} attendance" if rate is not None else "attendance not taken",
        ),
        _tile(
            f"{report.action_items_completed:,}",
            "action items completed",
            "agreed steps followed through",
        ),
        _tile(
            f"{report.partners_active:,}",
            "community partners",
            _value_line(report) or f"{fmt.plural(report.partner_interactions, 'interaction')}",
        ),
    ]
    while len(tiles) % 3:
        tiles.append([])
    rows = [tiles[i : i + 3] for i in range(0, len(tiles), 3)]
    grid = Table(rows, colWidths=[width / 3] * 3, hAlign="LEFT")
    grid.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LINEABOVE", (0, 0), (-1, -1), 0.6, layout.RULE),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 10),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    months = [_month_label(t.label, report.partial_months) for t in report.minutes_by_month]
    hours = [round(t.count / 60, 1) for t in report.minutes_by_month]
    out: list[Flowable] = [grid, layout.gap(6)]
    if months:
        out += [
            layout.para_heading(
                "Coaching time by month", "Hours: the coaching log plus time on coaching cycles"
            )[0],
            charts.column_chart(months, hours, width, height=165),
        ]
        if report.partial_months:
            out.append(layout.muted(impact.partial_note(report.partial_months)))
    out += [
        layout.gap(8),
        layout.muted(
            f"What is counted: teachers coached are {impact.COACHED_MEANS}; teachers in PLC "
            f"and team meetings are {impact.MET_MEANS}. A teacher may be in both. This report "
            "counts the coaching work. Teachers are named only when they have agreed to be "
            "named; everyone else appears only in counts."
        ),
    ]
    return out


def _month_label(key: str, partial: dict[str, tuple[int, int]]) -> str:
    """ "Nov", "Jan 27"; a month the dates cut short says so on a second line:
    "Nov\n(to 15th)", "Aug\n(from 12th)", "Nov\n(3rd–15th)"."""
    year, month = key.split("-")
    name = f"{_MONTHS[int(month) - 1]} {year[2:]}" if month == "01" else _MONTHS[int(month) - 1]
    if key not in partial:
        return name
    first, last = partial[key]
    days = calendar.monthrange(int(year), int(month))[1]
    if first == 1:
        return f"{name}\n(to {ordinal(last)})"
    if last == days:
        return f"{name}\n(from {ordinal(first)})"
    return f"{name}\n({ordinal(first)}–{ordinal(last)})"


def _detail(report: Impact, width: float) -> list[Flowable]:
    out: list[Flowable] = []
    out += layout.section(
        "Teachers reached",
        layout.body(
            f"{fmt.plural(report.teachers_coached, 'teacher')} coached: {impact.COACHED_MEANS}. "
            f"{fmt.plural(report.teachers_in_meetings, 'teacher')} in PLC and team meetings: "
            f"{impact.MET_MEANS}. Counted below: the "
            f"{fmt.plural(report.teachers_reached, 'teacher')} who are either "
            f"({impact.REACHED_MEANS})."
        ),
        layout.para_heading("By school")[0],
        charts.bar_rows(report.teachers_by_school, width),
        layout.para_heading("By grade band")[0],
        charts.bar_rows(report.teachers_by_grade_band, width),
        layout.para_heading("By subject")[0],
        charts.bar_rows(report.teachers_by_subject, width, limit=8, other="Other subjects"),
    )
    if report.named_teachers:
        out += [
            layout.para_heading("Teachers who agreed to be named")[0],
            layout.body(", ".join(report.named_teachers)),
        ]
    unnamed = report.teachers_reached - len(report.named_teachers)
    if unnamed:
        out.append(
            layout.muted(
                f"{fmt.plural(unnamed, 'other teacher')} are counted above but not named."
                if unnamed != 1
                else "1 other teacher is counted above but not named."
            )
        )

    out += layout.section(
        "Coaching cycles",
        layout.body(
            f"{fmt.plural(report.cycles_in_range, 'cycle')} ran in this period: "
            f"{report.cycles_started} started and {report.cycles_completed} completed. "
            "Each cycle moves through Identify, Learn and Improve around one student-centred goal."
        ),
        layout.para_heading("Stage on the last day of the period")[0],
        charts.bar_rows(report.cycles_by_stage, width, color=layout.STRENGTH),
    )
    out += layout.section(
        "Coaching time",
        layout.body(
            f"{fmt.hours(report.coaching_minutes)} in all: {fmt.hours(report.log_minutes)} of "
            f"informal support (conversations, co-planning, modelling, resources) and "
            f"{fmt.hours(report.cycle_minutes)} within coaching cycles."
        ),
        charts.bar_rows(
            report.minutes_by_activity,
            width,
            show=lambda m: fmt.hours(m).replace(" hours", " h").replace(" hour", " h"),
        ),
    )
    out += layout.section(
        "Classroom visits",
        layout.body(
            f"{fmt.plural(report.observations, 'classroom visit')} with "
            f"{fmt.plural(report.teachers_observed, 'teacher')}, each with a focus chosen with "
            f"the teacher; {fmt.plural(report.strengths_noted, 'strength')} were noted and shared."
        ),
    )
    rate = report.attendance_rate
    out += layout.section(
        "PLC and team meetings",
        layout.body(
            f"{fmt.plural(report.plc_meetings_held, 'PLC meeting')} held, "
            f"{fmt.plural(report.meetings_held, 'meeting')} in all"
            + (
                f"; {report.attendance_present:,} of {report.attendance_marked:,} expected "
                f"attendees came ({rate:.0%})."
                if rate is not None
                else "."
            )
            + f" {fmt.plural(report.action_items_completed, 'action item')} agreed in meetings, "
            "cycles and visits were completed."
        ),
    )
    partner_rows: list[Flowable] = [
        layout.body(
            f"{fmt.plural(report.partners_active, 'partner')} worked with our teachers and "
            f"students ({fmt.plural(report.partner_interactions, 'interaction')} logged)."
        ),
        charts.bar_rows(report.partners_by_kind, width, color=layout.STRENGTH),
    ]
    if report.agreement_totals:
        st = layout.styles()
        rows = [
            [
                layout.cell("Value of agreements in force", st.cell_bold),
                layout.cell("Agreements", st.cell_bold),
                layout.cell("Value", st.cell_bold),
            ]
        ]
        for total in report.agreement_totals:
            kind = "Funding" if total.value_kind == "funding" else "In-kind"
            rows.append(
                [
                    layout.cell(kind),
                    layout.cell(str(total.agreements)),
                    layout.cell(fmt.money(total.cents, total.currency)),
                ]
            )
        partner_rows += [layout.gap(6), layout.table(rows, [width * 0.5, width * 0.2, width * 0.3])]
    out += layout.section("Community partners", *partner_rows)
    return out
