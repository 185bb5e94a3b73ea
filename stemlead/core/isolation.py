"""Who is "on an island": STEM teachers with nobody near to turn to, found from what the
app already knows, each reason said in plain words.

The signs: nobody else at their school teaches any of their STEM subjects (or any STEM
subject at all), or nobody else in their grade band there does; in no PLC or team; no
mentor; no coaching contact (a coaching log entry, a classroom visit, or work in a coaching
cycle) for the weeks set in Settings. A teacher is listed when they have no mentor and are
on their own in one of those ways (alone in their subject, or in no team): a mentor is the
someone to turn to. Most signs first; each is said in plain words.

This is the coach's own working view. Nothing here is ever printed on a handout or counted
in a report: it would label people.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from stemlead.clock import today
from stemlead.core import settings
from stemlead.core.fields import day_text
from stemlead.core.growth_areas import is_stem, key
from stemlead.store import Database

ALONE, ALONE_IN_BAND, ONLY_STEM = "alone_in_subject", "alone_in_band", "only_stem"
NO_GROUP, NO_MENTOR, NO_CONTACT = "no_group", "no_mentor", "no_contact"
ON_THEIR_OWN = frozenset({ALONE, ALONE_IN_BAND, ONLY_STEM, NO_GROUP})


@dataclass(frozen=True, slots=True)
class Sign:
    code: str  # one of the names above
    text: str  # the reason in plain words


@dataclass(frozen=True, slots=True)
class Islander:
    """A teacher with the signs that they may be on an island."""

    id: int
    name: str
    school: str
    grade_band: str
    subjects: tuple[str, ...]
    signs: tuple[Sign, ...]
    last_contact_on: str | None

    @property
    def reasons(self) -> list[str]:
        return [s.text for s in self.signs]

    def has(self, code: str) -> bool:
        return any(s.code == code for s in self.signs)


_LAST_CONTACT = """
    SELECT teacher_id, max(day) FROM (
      SELECT lt.teacher_id, substr(l.occurred_at, 1, 10) AS day
        FROM coaching_log_teachers lt JOIN coaching_logs l ON l.id = lt.log_id
      UNION ALL SELECT teacher_id, substr(starts_at, 1, 10) FROM observations
      UNION ALL SELECT ct.teacher_id, c.started_on
        FROM cycle_teachers ct JOIN cycles c ON c.id = ct.cycle_id
      UNION ALL SELECT ct.teacher_id, substr(s.changed_at, 1, 10)
        FROM cycle_teachers ct JOIN cycle_stage_changes s ON s.cycle_id = ct.cycle_id
      UNION ALL SELECT ct.teacher_id, e.occurred_on
        FROM cycle_teachers ct JOIN cycle_time_entries e ON e.cycle_id = ct.cycle_id
    ) WHERE day <= ? GROUP BY teacher_id
"""


def _mentoring(db: Database) -> tuple[set[int], dict[int, str]]:
    """Who has an active mentor, and who only a proposed one (with that mentor's name)."""
    mentored: set[int] = set()
    proposed: dict[int, str] = {}
    for mentee, status, mentor in db.query(
        "SELECT m.mentee_id, m.status, coalesce(t.name, c.name) FROM mentorships m"
        " LEFT JOIN teachers t ON t.id = m.mentor_teacher_id"
        " LEFT JOIN contacts c ON c.id = m.mentor_contact_id"
        " WHERE m.status IN ('active', 'proposed')"
        " AND (m.mentor_teacher_id IS NOT NULL OR m.mentor_contact_id IS NOT NULL)"
    ):
        if status == "active":
            mentored.add(mentee)
        else:
            proposed.setdefault(mentee, mentor)
    return mentored, proposed


def everyone(db: Database, *, day: date | None = None, weeks: int | None = None) -> list[Islander]:
    """Every current STEM teacher (or one whose subjects are not recorded) with their signs,
    even none; ``day`` is today, ``weeks`` the Settings value, unless given."""
    day = day or today()
    weeks = weeks if weeks is not None else int(settings.get(db, "isolation_weeks"))
    since = (day - timedelta(weeks=weeks)).isoformat()
    people = [
        (r[0], r[1], r[2], r[3], tuple(json.loads(r[4] or "[]")))
        for r in db.query(
            "SELECT id, name, school, grade_band, subjects FROM teachers WHERE archived_at IS NULL"
            " ORDER BY name COLLATE NOCASE, id"
        )
    ]
    by_school: Counter[tuple[str, str]] = Counter()
    by_band: Counter[tuple[str, str, str]] = Counter()
    stem_at: Counter[str] = Counter()
    for _, _, school, band, subjects in people:
        keys = {key(s) for s in subjects if is_stem(s)}
        for k in keys:
            by_school[(school, k)] += 1
            by_band[(school, band, k)] += 1
        if keys:
            stem_at[school] += 1
    in_groups = {
        r[0]
        for r in db.query(
            "SELECT DISTINCT m.teacher_id FROM group_members m JOIN groups g ON g.id = m.group_id"
            " WHERE m.teacher_id IS NOT NULL AND g.archived_at IS NULL"
        )
    }
    mentored, proposed = _mentoring(db)
    last: dict[int, str] = {r[0]: r[1] for r in db.query(_LAST_CONTACT, (day.isoformat(),))}
    out = []
    for teacher_id, name, school, band, subjects in people:
        stem = [s for s in subjects if is_stem(s)]
        if subjects and not stem:
            continue  # a colleague from another subject (often a mentor): not this view's
        signs: list[Sign] = []
        if school and stem:
            signs += _alone_signs(school, band, stem, by_school, by_band, stem_at)
        if teacher_id not in in_groups:
            signs.append(Sign(NO_GROUP, "In no PLC or team"))
        if teacher_id not in mentored:
            offer = proposed.get(teacher_id)
            text = f"No mentor yet (a pairing with {offer} is proposed)" if offer else "No mentor"
            signs.append(Sign(NO_MENTOR, text))
        seen = last.get(teacher_id)
        if seen is None:
            signs.append(Sign(NO_CONTACT, "No coaching contact recorded yet"))
        elif seen < since:
            span = "week" if weeks == 1 else f"{weeks} weeks"
            signs.append(
                Sign(NO_CONTACT, f"No coaching contact in {span} (last on {day_text(seen)})")
            )
        out.append(Islander(teacher_id, name, school, band, subjects, tuple(signs), seen))
    return out


def _alone_signs(
    school: str,
    band: str,
    stem: list[str],
    by_school: Counter[tuple[str, str]],
    by_band: Counter[tuple[str, str, str]],
    stem_at: Counter[str],
) -> list[Sign]:
    if stem_at[school] == 1:
        return [Sign(ONLY_STEM, f"The only STEM teacher at {school}")]
    subjects = list(dict.fromkeys(stem))
    if all(by_school[(school, key(s))] == 1 for s in subjects):
        return [Sign(ALONE, f"{_only(subjects)} at {school}")]
    if band and all(by_band[(school, band, key(s))] == 1 for s in subjects):
        return [Sign(ALONE_IN_BAND, f"{_only(subjects)} in grades {band} at {school}")]
    return []


def _only(subjects: list[str]) -> str:
    """ "The only Geometry teacher", "The only teacher of Calculus or Statistics"."""
    if len(subjects) == 1:
        return f"The only {subjects[0]} teacher"
    return f"The only teacher of {', '.join(subjects[:-1])} or {subjects[-1]}"


def isolated(db: Database, *, day: date | None = None, weeks: int | None = None) -> list[Islander]:
    """The teachers with no mentor who are on their own (alone in their subject, or in no
    team): most signs first, then by name."""
    found = [
        t
        for t in everyone(db, day=day, weeks=weeks)
        if t.has(NO_MENTOR) and any(s.code in ON_THEIR_OWN for s in t.signs)
    ]
    return sorted(found, key=lambda t: -len(t.signs))
