"""Suggested mentors for a mentee, ranked by a score the coach can read line by line.

Each candidate (any current teacher of any subject, or a partner contact who has a mentor
profile) earns points for each of the mentee's growth areas their strengths match (their
own words, or the areas their profile names), for working at the same school or in the
same grade band, and loses a point for each mentee they already have. A different subject
is welcome and costs nothing. Mentors at their capacity are left out (the coach can raise
a capacity). A suggestion is only ever shown: choosing one opens a new pair to confirm.
"""

from __future__ import annotations

from dataclasses import dataclass

from stemlead.core import growth_areas, learning_plans, mentorships, settings
from stemlead.core.growth_areas import Reading, key
from stemlead.store import Database

MATCH, SAME_SCHOOL, SAME_BAND, EACH_MENTEE = 5, 2, 1, -1


@dataclass(frozen=True, slots=True)
class Factor:
    points: int
    text: str


@dataclass(frozen=True, slots=True)
class Suggestion:
    kind: str  # "teacher" or "contact"
    id: int
    name: str
    detail: str  # school and subjects, or the partner
    score: int
    factors: tuple[Factor, ...]
    matched: tuple[str, ...]  # the mentee's growth areas this mentor is strong in
    load: int
    capacity: int

    @property
    def full(self) -> bool:
        return self.load >= self.capacity

    @property
    def why(self) -> str:
        """The factors in one line: "+5 Strong in Modeling · +2 Same school"."""
        return " · ".join((f"{f.points:+d} " if f.points else "") + f.text for f in self.factors)


def _strengths(own_words: str, profile_areas: list[str]) -> list[Reading]:
    named = [Reading(a, "") for a in profile_areas]
    have = {key(a) for a in profile_areas}
    return named + [r for r in growth_areas.read(own_words) if key(r.label) not in have]


def suggest(
    db: Database, mentee_id: int, *, limit: int = 10, include_full: bool = False
) -> list[Suggestion]:
    """The best mentors for ``mentee_id``, highest score first (NotFound for no such teacher)."""
    from stemlead.core import teachers

    mentee = teachers.get(db, mentee_id)
    wanted = {key(r.label): r.label for r in learning_plans.growth_of(db, mentee_id)}
    mentee_subjects = {key(s) for s in mentee.subjects}
    usual = int(settings.get(db, "mentor_capacity"))
    own = {(p.teacher_id, p.contact_id): p for p in mentorships.profiles(db)}
    taken: dict[tuple[str, int], int] = {}
    paired: set[tuple[str, int]] = set()
    for mentee_of, teacher, contact in db.query(
        "SELECT mentee_id, mentor_teacher_id, mentor_contact_id FROM mentorships"
        " WHERE status IN ('proposed', 'active')"
    ):
        who = ("teacher", teacher) if teacher is not None else ("contact", contact)
        if who[1] is None:
            continue
        taken[who] = taken.get(who, 0) + 1
        if mentee_of == mentee_id:
            paired.add(who)
    found: list[Suggestion] = []
    for teacher in teachers.list_teachers(db):
        if teacher.id == mentee_id or ("teacher", teacher.id) in paired:
            continue
        profile = own.get((teacher.id, None))
        factors: list[Factor] = []
        subjects = ", ".join(teacher.subjects)
        if mentee.school and teacher.school == mentee.school:
            factors.append(Factor(SAME_SCHOOL, f"Same school ({teacher.school})"))
        if mentee.grade_band and teacher.grade_band == mentee.grade_band:
            factors.append(Factor(SAME_BAND, f"Same grade band ({teacher.grade_band})"))
        if teacher.subjects and not mentee_subjects & {key(s) for s in teacher.subjects}:
            factors.append(Factor(0, f"Teaches {subjects}: a different subject is welcome"))
        detail = " · ".join(x for x in (teacher.school, subjects) if x)
        found.append(
            _scored(
                "teacher",
                teacher.id,
                teacher.name,
                detail,
                _strengths(teacher.strengths, profile.strength_areas if profile else []),
                wanted,
                factors,
                taken.get(("teacher", teacher.id), 0),
                profile.capacity if profile and profile.capacity is not None else usual,
            )
        )
    for profile in own.values():
        if profile.contact_id is None or ("contact", profile.contact_id) in paired:
            continue
        row = db.one(
            "SELECT c.name, c.role, c.notes, coalesce(p.name, '') AS partner FROM contacts c"
            " LEFT JOIN partners p ON p.id = c.partner_id WHERE c.id = ?",
            (profile.contact_id,),
        )
        if row is None:
            continue
        found.append(
            _scored(
                "contact",
                profile.contact_id,
                row["name"],
                " · ".join(x for x in (row["role"], row["partner"]) if x) or "Partner contact",
                _strengths(
                    f"{row['role']}. {row['notes']}. {profile.notes}", profile.strength_areas
                ),
                wanted,
                [Factor(0, "A partner contact: brings the world outside school")],
                taken.get(("contact", profile.contact_id), 0),
                profile.capacity if profile.capacity is not None else usual,
            )
        )
    ranked = sorted(
        (s for s in found if include_full or not s.full),
        key=lambda s: (-s.score, s.load, s.name.casefold(), s.kind, s.id),
    )
    return ranked[:limit]


def _scored(
    kind: str,
    item_id: int,
    name: str,
    detail: str,
    strengths: list[Reading],
    wanted: dict[str, str],
    factors: list[Factor],
    load: int,
    capacity: int,
) -> Suggestion:
    matches: list[Factor] = []
    matched: list[str] = []
    for reading in strengths:
        label = wanted.get(key(reading.label))
        if label is not None and label not in matched:
            matched.append(label)
            said = f": “{reading.words}”" if reading.words else " (mentor profile)"
            matches.append(Factor(MATCH, f"Strong in {label}{said}"))
    if load:
        room = max(capacity - load, 0)
        count = "1 teacher" if load == 1 else f"{load} teachers"
        factors = [*factors, Factor(EACH_MENTEE * load, f"Mentors {count} now ({room} more fit)")]
    every = [*matches, *factors]
    return Suggestion(
        kind,
        item_id,
        name,
        detail,
        sum(f.points for f in every),
        tuple(every),
        tuple(matched),
        load,
        capacity,
    )
