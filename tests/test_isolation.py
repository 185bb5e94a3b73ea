"""Who is on an island: each sign on a hand-built district, and nobody when they are not."""

from __future__ import annotations

from datetime import date

from stemlead.core import (
    coaching_log,
    cycles,
    groups,
    isolation,
    mentorships,
    observations,
    settings,
    teachers,
)
from stemlead.store import Database

DAY = date(2026, 11, 23)


def signs(db: Database, teacher_id: int, **kw: object) -> dict[str, str]:
    found = {t.id: t for t in isolation.everyone(db, day=DAY, **kw)}  # type: ignore[arg-type]
    return {s.code: s.text for s in found[teacher_id].signs} if teacher_id in found else {}


def listed(db: Database) -> set[int]:
    return {t.id for t in isolation.isolated(db, day=DAY)}


def test_the_only_teacher_of_their_subject_in_no_group_with_no_mentor_or_contact(
    db: Database,
) -> None:
    chem = teachers.add(
        db, name="Ana", school="Lone Oak HS", grade_band="9-12", subjects=["Chemistry"]
    )
    teachers.add(db, name="Ben", school="Lone Oak HS", grade_band="9-12", subjects=["Physics"])
    found = signs(db, chem)
    assert found == {
        "alone_in_subject": "The only Chemistry teacher at Lone Oak HS",
        "no_group": "In no PLC or team",
        "no_mentor": "No mentor",
        "no_contact": "No coaching contact recorded yet",
    }
    assert chem in listed(db)
    first = isolation.isolated(db, day=DAY)[0]
    assert first.id == chem and first.reasons[0].startswith("The only Chemistry teacher")


def test_the_only_stem_teacher_at_a_school(db: Database) -> None:
    lab = teachers.add(db, name="Cy", school="Pecan ES", grade_band="K-12", subjects=["Robotics"])
    teachers.add(db, name="Dee", school="Pecan ES", grade_band="3-5", subjects=["Art"])
    assert signs(db, lab)["only_stem"] == "The only STEM teacher at Pecan ES"
    assert "alone_in_subject" not in signs(db, lab)


def test_alone_in_a_grade_band_and_a_shared_subject_is_not_alone(db: Database) -> None:
    upper = teachers.add(db, name="Eve", school="Riverside", grade_band="3-5", subjects=["Science"])
    early = teachers.add(
        db, name="Fay", school="Riverside", grade_band="PreK-2", subjects=["Science"]
    )
    both = teachers.add(
        db, name="Gus", school="Riverside", grade_band="PreK-2", subjects=["Science", "Engineering"]
    )
    assert signs(db, upper)["alone_in_band"] == (
        "The only Science teacher in grades 3-5 at Riverside"
    )
    assert "alone_in_band" not in signs(db, early)  # Gus teaches Science in PreK-2 too
    # Gus alone teaches Engineering, but shares Science: not alone in his subject
    assert not {"alone_in_subject", "alone_in_band"} & set(signs(db, both))


def test_coaching_contact_counts_from_the_log_visits_and_cycles(db: Database) -> None:
    logged, visited, cycled = (
        teachers.add(db, name=n, school="S", subjects=["Math"]) for n in ("Hal", "Ida", "Jo")
    )
    coaching_log.log(
        db, teacher_ids=[logged], kind="email", minutes=5, occurred_at="2026-09-01T10:00"
    )
    observations.start(db, visited, starts_at="2026-11-20T09:00")
    cycles.add(db, teacher_ids=[cycled], started_on="2026-11-02")
    assert signs(db, logged)["no_contact"] == (
        "No coaching contact in 6 weeks (last on Sep 1, 2026)"
    )
    assert "no_contact" not in signs(db, visited)
    assert "no_contact" not in signs(db, cycled)
    settings.put(db, isolation_weeks=20)  # N weeks comes from Settings
    assert "no_contact" not in signs(db, logged)
    assert "no_contact" in signs(db, logged, weeks=2)


def test_a_visit_planned_for_later_is_not_contact(db: Database) -> None:
    later = teachers.add(db, name="Kai", school="S", subjects=["Math"])
    observations.start(db, later, starts_at="2026-12-10T09:00")
    assert signs(db, later)["no_contact"] == "No coaching contact recorded yet"


def test_nobody_is_listed_when_they_are_not_on_an_island(db: Database) -> None:
    a = teachers.add(db, name="Lia", school="Cedar HS", grade_band="9-12", subjects=["Biology"])
    b = teachers.add(db, name="Max", school="Cedar HS", grade_band="9-12", subjects=["Biology"])
    plc = groups.add(db, name="Biology PLC")
    groups.add_member(db, plc, teacher_id=a)
    groups.add_member(db, plc, teacher_id=b)
    coaching_log.log(
        db, teacher_ids=[a, b], kind="co_planning", minutes=30, occurred_at="2026-11-20T12:00"
    )
    assert signs(db, a) == {"no_mentor": "No mentor"}  # one common sign, nothing more
    assert listed(db) == set()


def test_a_mentor_takes_a_teacher_off_the_island_and_a_proposed_one_is_said(db: Database) -> None:
    lone = teachers.add(db, name="Noa", school="Lone Oak HS", subjects=["Geometry"])
    mentor = teachers.add(db, name="Oli", school="Elsewhere", subjects=["English"])
    pair = mentorships.add(db, lone, mentor_teacher_id=mentor, started_on="2026-11-01")
    assert signs(db, lone)["no_mentor"] == "No mentor yet (a pairing with Oli is proposed)"
    assert lone in listed(db)
    mentorships.set_status(db, pair, "active")
    assert "no_mentor" not in signs(db, lone)
    assert lone not in listed(db)
    assert mentor not in {t.id for t in isolation.everyone(db, day=DAY)}  # English: not STEM


def test_archived_teachers_and_archived_groups(db: Database) -> None:
    gone = teachers.add(db, name="Pia", school="S", subjects=["Physics"])
    db.execute(
        "UPDATE teachers SET archived_at = '2026-10-01T00:00:00+00:00' WHERE id = ?", (gone,)
    )
    assert signs(db, gone) == {}
    member = teachers.add(db, name="Quin", school="S", subjects=["Physics", "Math"])
    old = groups.add(db, name="Old PLC")
    groups.add_member(db, old, teacher_id=member)
    assert "no_group" not in signs(db, member)
    db.execute("UPDATE groups SET archived_at = '2026-10-01T00:00:00+00:00' WHERE id = ?", (old,))
    assert "no_group" in signs(db, member)
