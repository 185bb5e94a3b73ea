"""PD coverage: the coach's professional-learning planning view.

Which growth areas, across all teachers, no offering in the catalogue serves yet (with how
many teachers named each), and how many teachers each offering would serve: those with a
growth area it serves (and, when it names subjects, who teach one of them).
"""

from __future__ import annotations

from dataclasses import dataclass

from stemlead.core import learning_plans, offerings
from stemlead.core.growth_areas import key
from stemlead.store import Database


@dataclass(frozen=True, slots=True)
class AreaCoverage:
    label: str
    teachers: int  # teachers who named it (or whose words point to it)
    offerings: int  # offerings that serve it


@dataclass(frozen=True, slots=True)
class OfferingReach:
    id: int
    title: str
    format: str
    teachers: int  # teachers it would serve
    in_plans: int  # teachers who have it on their plan


@dataclass(frozen=True, slots=True)
class Coverage:
    areas: list[AreaCoverage]  # uncovered first, then by how many teachers named them
    offerings: list[OfferingReach]  # the widest reach first

    @property
    def uncovered(self) -> list[AreaCoverage]:
        return [a for a in self.areas if not a.offerings]


def coverage(db: Database) -> Coverage:
    growth = learning_plans.teacher_growth(db)
    subjects = {
        r[0]: {key(s) for s in offerings.Offering.fields()["subjects"].load(r[1])}
        for r in db.query("SELECT id, subjects FROM teachers WHERE archived_at IS NULL")
    }
    named: dict[str, tuple[str, set[int]]] = {}
    for teacher_id, readings in growth.items():
        for reading in readings:
            named.setdefault(key(reading.label), (reading.label, set()))[1].add(teacher_id)
    catalogue = offerings.list_offerings(db)
    served: dict[str, int] = {}
    for offering in catalogue:
        for area in {key(a) for a in offering.areas}:
            served[area] = served.get(area, 0) + 1
    areas = sorted(
        (AreaCoverage(label, len(who), served.get(k, 0)) for k, (label, who) in named.items()),
        key=lambda a: (a.offerings > 0, -a.teachers, a.label.casefold()),
    )
    in_plans: dict[int, int] = {
        r[0]: r[1]
        for r in db.query(
            "SELECT i.offering_id, count(DISTINCT coalesce(a.teacher_id, 0)) FROM plan_items i"
            " JOIN plan_areas a ON a.id = i.area_id WHERE i.offering_id IS NOT NULL"
            " GROUP BY i.offering_id"
        )
    }
    area_keys = {t: {key(r.label) for r in readings} for t, readings in growth.items()}
    reach = [
        OfferingReach(
            o.id,
            o.title,
            o.format,
            sum(
                1
                for t, keys in area_keys.items()
                if offerings.serves(o, keys, subjects.get(t, set()))
            ),
            int(in_plans.get(o.id, 0)),
        )
        for o in catalogue
    ]
    reach.sort(key=lambda r: (-r.teachers, r.title.casefold()))
    return Coverage(areas, reach)
