"""What the impact report counts for a date range: the coach's work, not judgements of people.

Teachers coached and teachers at PLC and team meetings (two figures, each defined in plain
words by ``COACHED_MEANS`` and ``MET_MEANS``; together, by school, grade band and subject),
coaching cycles started, completed and by stage, coaching time (the coaching log plus time
logged on cycles) by month, with the months the dates cut short marked, observations, PLC
meetings held and their attendance, action items completed, and partners with the value of
their agreements. A teacher is named only when they agreed to be named
(``teachers.may_be_named``); everyone else shows up only in counts. Private notes are
never read here.
"""

from __future__ import annotations

import calendar
import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from stemlead.core import agreements
from stemlead.core.coaching_log import KIND_LABELS as LOG_KIND_LABELS
from stemlead.core.cycles import STAGE_LABELS, STAGES
from stemlead.core.fields import ordinal, parse_date
from stemlead.core.partners import KIND_LABELS as PARTNER_KIND_LABELS
from stemlead.errors import InvalidInput
from stemlead.store import Database

SCHOOL_YEAR_STARTS = (8, 1)  # August 1
ACTIVITY_LABELS = {
    "planning": "Planning",
    "co_planning": "Co-planning",
    "modelling": "Modelling",
    "co_teaching": "Co-teaching",
    "observation": "Observation",
    "debrief": "Debrief",
    "data_review": "Data review",
    "other": "Other",
}
UNKNOWN = "Not recorded"
# What each count of teachers means, said the same way on the report and in its dialog.
COACHED_MEANS = (
    "teachers with a coaching cycle, a classroom visit or a coaching-log entry in these dates"
)
MET_MEANS = "teachers marked present at a PLC or team meeting in these dates"
REACHED_MEANS = "teachers coached or at a PLC or team meeting"


@dataclass(frozen=True, slots=True)
class Tally:
    label: str
    count: int


@dataclass
class Impact:
    """Everything the impact report prints, for ``since``..``until`` (dates, inclusive)."""

    since: str
    until: str
    teachers_reached: int = 0  # coached or at a meeting: the breakdowns count these
    teachers_coached: int = 0  # COACHED_MEANS
    teachers_in_meetings: int = 0  # MET_MEANS
    teachers_by_school: list[Tally] = field(default_factory=list)
    teachers_by_grade_band: list[Tally] = field(default_factory=list)
    teachers_by_subject: list[Tally] = field(default_factory=list)
    named_teachers: list[str] = field(default_factory=list)  # only those who agreed
    cycles_started: int = 0
    cycles_completed: int = 0
    cycles_in_range: int = 0
    cycles_by_stage: list[Tally] = field(default_factory=list)  # stage on ``until``
    log_minutes: int = 0
    cycle_minutes: int = 0
    minutes_by_activity: list[Tally] = field(default_factory=list)
    minutes_by_month: list[Tally] = field(default_factory=list)  # "2026-09"
    # months the dates cut short: "2026-11" -> (first day, last day) counted
    partial_months: dict[str, tuple[int, int]] = field(default_factory=dict)
    coaching_log_entries: int = 0
    observations: int = 0
    teachers_observed: int = 0
    strengths_noted: int = 0
    plc_meetings_held: int = 0
    meetings_held: int = 0
    attendance_marked: int = 0
    attendance_present: int = 0  # present or late
    action_items_completed: int = 0
    partners_active: int = 0
    partners_by_kind: list[Tally] = field(default_factory=list)
    partner_interactions: int = 0
    agreement_totals: list[agreements.AgreementTotal] = field(default_factory=list)

    @property
    def coaching_minutes(self) -> int:
        return self.log_minutes + self.cycle_minutes

    @property
    def attendance_rate(self) -> float | None:
        if not self.attendance_marked:
            return None
        return self.attendance_present / self.attendance_marked


def school_year(today: date) -> tuple[date, date]:
    """The school year ``today`` falls in: August 1 to July 31."""
    month, day = SCHOOL_YEAR_STARTS
    start_year = today.year if (today.month, today.day) >= (month, day) else today.year - 1
    return date(start_year, month, day), date(start_year + 1, month, day) - timedelta(days=1)


def _tallies(counter: Counter[str], order: list[str] | None = None) -> list[Tally]:
    if order is not None:
        return [Tally(label, counter[label]) for label in order if counter[label]]
    return [Tally(label, n) for label, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0]))]


def measure(db: Database, since: str | date, until: str | date) -> Impact:
    """Count the work done from ``since`` to ``until`` (inclusive dates)."""
    start = parse_date(since, "From").isoformat()
    end = parse_date(until, "To").isoformat()
    if end < start:
        raise InvalidInput("The report's end date is before its start date.")
    report = Impact(since=start, until=end)
    span = {"since": start, "until": end}
    _teachers(db, report, span)
    _cycles(db, report, span)
    _time(db, report, span)
    _observations(db, report, span)
    _meetings(db, report, span)
    report.action_items_completed = int(
        db.scalar(
            "SELECT count(*) FROM action_items WHERE status = 'done'"
            " AND substr(closed_at, 1, 10) BETWEEN :since AND :until",
            span,
        )
    )
    _partners(db, report, span)
    return report


_COACHED = """
    SELECT teacher_id FROM coaching_log_teachers lt JOIN coaching_logs l ON l.id = lt.log_id
      WHERE substr(l.occurred_at, 1, 10) BETWEEN :since AND :until
    UNION SELECT ct.teacher_id FROM cycle_teachers ct JOIN cycles c ON c.id = ct.cycle_id
      WHERE c.started_on <= :until AND (c.completed_on IS NULL OR c.completed_on >= :since)
    UNION SELECT teacher_id FROM observations
      WHERE substr(starts_at, 1, 10) BETWEEN :since AND :until
"""
_MET = """
    SELECT a.teacher_id FROM attendance a JOIN meetings m ON m.id = a.meeting_id
      WHERE a.teacher_id IS NOT NULL AND a.status IN ('present', 'late')
        AND m.status <> 'cancelled' AND substr(m.starts_at, 1, 10) BETWEEN :since AND :until
"""


@dataclass(frozen=True, slots=True)
class TeacherCounts:
    coached: int  # COACHED_MEANS
    in_meetings: int  # MET_MEANS


def teacher_counts(db: Database, since: str | date, until: str | date) -> TeacherCounts:
    """The two counts of teachers, alone (the impact dialog shows them as dates change)."""
    span = {
        "since": parse_date(since, "From").isoformat(),
        "until": parse_date(until, "To").isoformat(),
    }
    return TeacherCounts(
        int(db.scalar(f"SELECT count(DISTINCT teacher_id) FROM ({_COACHED})", span)),
        int(db.scalar(f"SELECT count(DISTINCT teacher_id) FROM ({_MET})", span)),
    )


def partial_months(since: str, until: str) -> dict[str, tuple[int, int]]:
    """The months the dates cut short, with the first and last day they count."""
    first, last = date.fromisoformat(since), date.fromisoformat(until)
    out: dict[str, tuple[int, int]] = {}
    for key in _months(since, until):
        year, month = int(key[:4]), int(key[5:7])
        days = calendar.monthrange(year, month)[1]
        start = first.day if (first.year, first.month) == (year, month) else 1
        end = last.day if (last.year, last.month) == (year, month) else days
        if (start, end) != (1, days):
            out[key] = (start, end)
    return out


def _teachers(db: Database, report: Impact, span: dict[str, str]) -> None:
    rows = db.query(
        f"SELECT name, school, grade_band, subjects, may_be_named FROM teachers"
        f" WHERE id IN ({_COACHED} UNION {_MET}) ORDER BY name COLLATE NOCASE",
        span,
    )
    schools: Counter[str] = Counter()
    bands: Counter[str] = Counter()
    subjects: Counter[str] = Counter()
    for row in rows:
        schools[row["school"] or UNKNOWN] += 1
        bands[row["grade_band"] or UNKNOWN] += 1
        for subject in json.loads(row["subjects"] or "[]") or [UNKNOWN]:
            subjects[subject] += 1
        if row["may_be_named"]:
            report.named_teachers.append(row["name"])
    report.teachers_reached = len(rows)
    counts = teacher_counts(db, span["since"], span["until"])
    report.teachers_coached, report.teachers_in_meetings = counts.coached, counts.in_meetings
    report.teachers_by_school = _tallies(schools)
    band_order = ["PreK-2", "3-5", "6-8", "9-12", "K-12"]
    report.teachers_by_grade_band = _tallies(
        bands, [*band_order, *sorted(b for b in bands if b not in band_order)]
    )
    report.teachers_by_subject = _tallies(subjects)


def _cycles(db: Database, report: Impact, span: dict[str, str]) -> None:
    report.cycles_started = int(
        db.scalar("SELECT count(*) FROM cycles WHERE started_on BETWEEN :since AND :until", span)
    )
    report.cycles_completed = int(
        db.scalar("SELECT count(*) FROM cycles WHERE completed_on BETWEEN :since AND :until", span)
    )
    stages = db.query(
        """
        SELECT (SELECT s.to_stage FROM cycle_stage_changes s
                 WHERE s.cycle_id = c.id AND substr(s.changed_at, 1, 10) <= :until
                 ORDER BY datetime(s.changed_at) DESC, s.id DESC LIMIT 1) AS stage, c.stage AS now
        FROM cycles c
        WHERE c.started_on <= :until AND (c.completed_on IS NULL OR c.completed_on >= :since)
        """,
        span,
    )
    report.cycles_in_range = len(stages)
    counts: Counter[str] = Counter(STAGE_LABELS[r["stage"] or r["now"]] for r in stages)
    report.cycles_by_stage = [Tally(STAGE_LABELS[s], counts[STAGE_LABELS[s]]) for s in STAGES]


def _time(db: Database, report: Impact, span: dict[str, str]) -> None:
    by_activity: Counter[str] = Counter()
    by_month: Counter[str] = Counter()
    entries = 0
    for row in db.query(
        "SELECT kind, minutes, substr(occurred_at, 1, 7) AS month FROM coaching_logs"
        " WHERE substr(occurred_at, 1, 10) BETWEEN :since AND :until",
        span,
    ):
        entries += 1
        report.log_minutes += row["minutes"]
        by_activity[LOG_KIND_LABELS.get(row["kind"], row["kind"])] += row["minutes"]
        by_month[row["month"]] += row["minutes"]
    for row in db.query(
        "SELECT activity, minutes, substr(occurred_on, 1, 7) AS month FROM cycle_time_entries"
        " WHERE occurred_on BETWEEN :since AND :until",
        span,
    ):
        report.cycle_minutes += row["minutes"]
        by_activity[ACTIVITY_LABELS.get(row["activity"], row["activity"])] += row["minutes"]
        by_month[row["month"]] += row["minutes"]
    report.coaching_log_entries = entries
    report.minutes_by_activity = _tallies(by_activity)
    report.minutes_by_month = [Tally(m, by_month[m]) for m in _months(span["since"], span["until"])]
    report.partial_months = partial_months(span["since"], span["until"])


def partial_note(partial: dict[str, tuple[int, int]]) -> str:
    """One sentence for the report and its dialog: which months count only some days."""
    parts = []
    for key, (first, last) in partial.items():
        month = calendar.month_name[int(key[5:7])]
        days = calendar.monthrange(int(key[:4]), int(key[5:7]))[1]
        if first == 1:
            parts.append(f"{month} counts only to the {ordinal(last)}")
        elif last == days:
            parts.append(f"{month} counts only from the {ordinal(first)}")
        else:
            parts.append(f"{month} counts only the {ordinal(first)} to the {ordinal(last)}")
    these = "these months" if len(parts) > 1 else "this month"
    return "; ".join(parts) + f": the report's dates cut {these} short."


def _months(since: str, until: str) -> list[str]:
    year, month = int(since[:4]), int(since[5:7])
    out = []
    while f"{year:04d}-{month:02d}" <= until[:7]:
        out.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return out


def _observations(db: Database, report: Impact, span: dict[str, str]) -> None:
    row = db.one(
        "SELECT count(*), count(DISTINCT teacher_id) FROM observations"
        " WHERE substr(starts_at, 1, 10) BETWEEN :since AND :until",
        span,
    )
    assert row is not None
    report.observations, report.teachers_observed = int(row[0]), int(row[1])
    report.strengths_noted = int(
        db.scalar(
            "SELECT count(*) FROM observation_lines l JOIN observations o ON o.id = l.observation_id"
            " WHERE l.kind = 'strength' AND substr(o.starts_at, 1, 10) BETWEEN :since AND :until",
            span,
        )
    )


def _meetings(db: Database, report: Impact, span: dict[str, str]) -> None:
    row = db.one(
        """
        SELECT count(*), coalesce(sum(g.kind = 'plc'), 0) FROM meetings m
        LEFT JOIN groups g ON g.id = m.group_id
        WHERE m.status = 'held' AND substr(m.starts_at, 1, 10) BETWEEN :since AND :until
        """,
        span,
    )
    assert row is not None
    report.meetings_held, report.plc_meetings_held = int(row[0]), int(row[1])
    row = db.one(
        """
        SELECT count(*), coalesce(sum(a.status IN ('present', 'late')), 0)
        FROM attendance a JOIN meetings m ON m.id = a.meeting_id
        WHERE m.status = 'held' AND substr(m.starts_at, 1, 10) BETWEEN :since AND :until
        """,
        span,
    )
    assert row is not None
    report.attendance_marked, report.attendance_present = int(row[0]), int(row[1])


def _partners(db: Database, report: Impact, span: dict[str, str]) -> None:
    rows = db.query(
        """
        SELECT kind FROM partners p
        WHERE p.status = 'active'
           OR EXISTS (SELECT 1 FROM interactions i WHERE i.partner_id = p.id
                        AND i.occurred_on BETWEEN :since AND :until)
        """,
        span,
    )
    report.partners_active = len(rows)
    kinds: Counter[str] = Counter(PARTNER_KIND_LABELS.get(r["kind"], r["kind"]) for r in rows)
    report.partners_by_kind = _tallies(kinds, list(PARTNER_KIND_LABELS.values()))
    report.partner_interactions = int(
        db.scalar(
            "SELECT count(*) FROM interactions WHERE occurred_on BETWEEN :since AND :until", span
        )
    )
    report.agreement_totals = agreements.totals(db, since=span["since"], until=span["until"])
