"""Professional learning in the demo: a catalogue with offerings of every format (some past,
some coming), learning plans for most teachers from their own words, and the coach's own
plan on the teacher leader's topics.

Past learning is attended and often applied in class (with a reflection, and evidence from
an observation when there is one); coming learning is planned or enrolled.
"""

from __future__ import annotations

from datetime import timedelta

from stemlead.core import growth_areas, learning_plans, offerings, partners
from stemlead.core.demo import content
from stemlead.core.demo.district import District, Teacher
from stemlead.core.growth_areas import key


def add_catalogue(d: District) -> list[int]:
    """The shared catalogue (once; providers are partners of the right kind when there are)."""
    made = []
    by_kind: dict[str, list[int]] = {}
    for partner_id in d.partner_ids:
        by_kind.setdefault(partners.get(d.db, partner_id).kind, []).append(partner_id)
    for item in content.load("growth")["offerings"]:
        start = d.today + timedelta(days=item["start"])
        provider = {"provider": item.get("provider", "")}
        kind = item.get("provider_kind")
        if kind and by_kind.get(kind):
            provider = {"provider_partner_id": d.pick(by_kind[kind])}
        made.append(
            offerings.add(
                d.db,
                title=item["title"],
                format=item["format"],
                starts_on=start,
                ends_on=start + timedelta(days=item["days"] - 1),
                minutes=item["hours"] * 60,
                cost_cents=item["cost"] * 100,
                areas=item["areas"],
                subjects=item["subjects"],
                description=item["description"],
                **provider,
            )
        )
    return made


def add_plans(d: District, cluster: int) -> None:
    """Plans for about two teachers in three: their areas from their own words, learning
    from the catalogue that serves them."""
    catalogue = offerings.list_offerings(d.db)
    for teacher in d.cluster_teachers(cluster):
        if d.rng.random() < 0.35:
            continue
        add_plan(d, teacher, catalogue)


def add_plan(d: District, teacher: Teacher, catalogue: list[offerings.Offering]) -> None:
    rng, db = d.rng, d.db
    words = content.load("growth")
    subjects = {key(s) for s in teacher.subjects}
    own = db.scalar("SELECT growth_areas FROM teachers WHERE id = ?", (teacher.id,)) or ""
    for reading in growth_areas.read(own)[:3]:
        area_id = learning_plans.add_area(
            db, teacher.id, reading.label, in_their_words=reading.words
        )
        fits = [o for o in catalogue if offerings.serves(o, {key(reading.label)}, subjects)]
        for offering in rng.sample(fits, min(len(fits), rng.randint(0, 2))):
            past = (offering.ends_on or "9999") < d.today.isoformat()
            status = (
                rng.choice(("attended", "applied", "applied"))
                if past
                else rng.choice(("planned", "enrolled"))
            )
            item_id = learning_plans.add_item(
                db,
                area_id,
                offering_id=offering.id,
                chosen_by="teacher" if rng.random() < 0.7 else "coach",
                status=status,
                attended_on=offering.ends_on if past else None,
                reflection=d.pick(words["reflections"]) if status == "applied" else "",
            )
            if status == "applied":
                _link_evidence(d, teacher, item_id, offering.ends_on or "")


def _link_evidence(d: District, teacher: Teacher, item_id: int, after: str) -> None:
    """The teacher's first observation after the learning, if there is one."""
    visit = d.db.scalar(
        "SELECT id FROM observations WHERE teacher_id = ? AND substr(starts_at, 1, 10) > ?"
        " AND substr(starts_at, 1, 10) <= ? ORDER BY starts_at LIMIT 1",
        (teacher.id, after, d.today.isoformat()),
    )
    if visit is not None:
        learning_plans.add_evidence(d.db, item_id, observation_id=visit)


def add_coach_plan(d: District) -> None:
    """The teacher leader's own plan: leadership topics, with role-alike meetings, a course,
    a workshop and association events from the catalogue."""
    catalogue = offerings.list_offerings(d.db)
    chosen: set[int] = set()
    for entry in content.load("growth")["coach_plan"]:
        area_id = learning_plans.add_area(
            d.db, learning_plans.ME, entry["area"], in_their_words=entry["words"]
        )
        fits = [o for o in catalogue if entry["area"] in o.areas and o.id not in chosen]
        for offering in fits[:2]:
            chosen.add(offering.id)
            past = (offering.ends_on or "9999") < d.today.isoformat()
            learning_plans.add_item(
                d.db,
                area_id,
                offering_id=offering.id,
                status="applied" if past else "enrolled",
                attended_on=offering.ends_on if past else None,
                reflection=d.pick(content.load("growth")["coach_reflections"]) if past else "",
            )
