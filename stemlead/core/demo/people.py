"""Schools and the teachers in them: four campuses per feeder cluster, 40 positions.

Each cluster has two elementary schools, a middle school and a high school (a "feeder
pattern"). Every teaching position gets a teacher with a name from the mix of cultures, a
growth area and strengths in their own words, and (for about 40%) consent to be named in
reports.
"""

from __future__ import annotations

from collections.abc import Sequence

from stemlead.core import teachers
from stemlead.core.demo import content
from stemlead.core.demo.district import District, School, Teacher


def _nth(pool: Sequence[str], i: int) -> str:
    """The ``i``-th name from ``pool``, numbered once the pool is used up."""
    base = pool[i % len(pool)]
    return base if i < len(pool) else f"{base} {i // len(pool) + 1}"


def domain_of(band: str, subjects: Sequence[str]) -> str:
    """Which kind of teaching the words come from: early, math, engineering or science."""
    if band == "PreK-2":
        return "early"
    by_subject = content.load("schools")["subject_domains"]
    if subjects[0] in by_subject["math"]:
        return "math"
    if subjects[0] in by_subject["engineering"]:
        return "engineering"
    return "science"


def add_cluster(d: District, cluster: int) -> None:
    """The four schools of feeder cluster ``cluster`` and a teacher in every position."""
    words = content.load("schools")
    high_schools = words["high"]
    high = high_schools[cluster % len(high_schools)]
    name, short = high["name"], high["short"]
    if cluster >= len(high_schools):
        number = cluster // len(high_schools) + 1
        name, short = f"{name} {number}", f"{short} {number}"
    schools = [
        School(_nth(words["elementary"], 2 * cluster), "", "elementary", cluster),
        School(_nth(words["elementary"], 2 * cluster + 1), "", "elementary", cluster),
        School(_nth(words["middle"], cluster), "", "middle", cluster),
        School(name, short, "high", cluster),
    ]
    d.schools.extend(schools)
    plan: list[tuple[School, str, content.Position]] = []
    for i, school in enumerate(schools[:2]):
        plan += [(school, "PreK-2", p) for p in content.positions("early_elementary")]
        upper = content.positions("upper_elementary")
        if i == 1:
            upper[2] = content.positions("stem_lab")[0]
        plan += [(school, "3-5", p) for p in upper]
    plan += [(schools[2], "6-8", p) for p in content.positions("middle")]
    plan += [(schools[3], "9-12", p) for p in content.positions("high")]
    d.rng.shuffle(plan)
    named = [i < round(len(plan) * 0.4) for i in range(len(plan))]
    d.rng.shuffle(named)
    for (school, band, position), may_be_named in zip(plan, named, strict=True):
        add_teacher(d, school, band, position, cluster, may_be_named)


def add_teacher(
    d: District,
    school: School,
    band: str,
    position: content.Position,
    cluster: int,
    may_be_named: bool,
) -> None:
    rng = d.rng
    words = content.load("people")["teachers"]
    name, local = d.names.next(featured=True)
    domain = domain_of(band, position.subjects)
    growth = [d.pick(words["growth_areas"][domain])]
    if rng.random() < 0.5:
        growth.append(d.pick(words["growth_areas"]["any"]))
    strengths = rng.sample(words["strengths"], rng.randint(1, 2))
    teacher_id = teachers.add(
        d.db,
        name=name,
        email=d.email(local, content.load("district")["email_domain"])
        if rng.random() < 0.95
        else "",
        school=school.name,
        grade_band=band,
        subjects=position.subjects,
        growth_areas=" ".join(growth),
        strengths=" ".join(strengths),
        may_be_named=may_be_named,
        private_notes=d.pick(words["private_notes"]) if rng.random() < 0.2 else "",
    )
    d.teachers.append(
        Teacher(teacher_id, name, school, band, position.grade, position.subjects, domain, cluster)
    )
