"""Professional learning: the offerings catalogue, teachers' learning plans (and the
coach's own), evidence, coverage, PD hours, and bad input refused with nothing written."""

from __future__ import annotations

import pytest

from stemlead.core import (
    cycles,
    growth_areas,
    growth_impact,
    learning_plans,
    observations,
    offerings,
    partners,
    pd_coverage,
    teachers,
)
from stemlead.core.learning_plans import ME
from stemlead.errors import InvalidInput, NotFound
from stemlead.store import Database


def rows(db: Database) -> tuple[int, ...]:
    return tuple(
        int(db.scalar(f"SELECT count(*) FROM {t}"))
        for t in ("offerings", "plan_areas", "plan_items", "plan_evidence")
    )


@pytest.fixture
def institute(db: Database) -> int:
    return offerings.add(
        db,
        title="Number Talks Summer Institute",
        format="summer_institute",
        starts_on="2026-07-01",
        ends_on="2026-07-04",
        minutes="28",
        areas=["Student discourse", "Questioning"],
        subjects=["Math"],
    )


# -- offerings ----------------------------------------------------------------------------------
def test_an_offering_serves_areas_and_its_provider_may_be_a_partner(db: Database) -> None:
    museum = partners.add(db, name="Discovery Museum", kind="museum")
    offering_id = offerings.add(
        db,
        title="Engineering Design in K-5",
        provider_partner_id=museum,
        starts_on="2026-12-17",
        minutes="5",
        cost_cents="85.00",
        areas="Engineering design, Productive struggle, engineering  design",
    )
    offering = offerings.get(db, offering_id)
    assert offering.provider == "Discovery Museum"
    assert offering.areas == ["Engineering design", "Productive struggle"]
    assert (offering.minutes, offering.cost_cents, offering.days) == (300, 8500, 1)
    assert [o.id for o in offerings.list_offerings(db, format="workshop")] == [offering_id]


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"areas": []}, "needs at least one growth area"),
        ({"areas": " , "}, "needs at least one growth area"),
        ({"areas": ["A"], "minutes": "-2"}, "Hours cannot be negative"),
        ({"areas": ["A"], "minutes": "lots"}, "is not a number of hours"),
        ({"areas": ["A"], "minutes": "30", "starts_on": "2026-09-01"}, "30 hours over 1 day"),
        (
            {"areas": ["A"], "minutes": "60", "starts_on": "2026-09-01", "ends_on": "2026-09-02"},
            "60 hours over 2 days is more than 24 hours a day",
        ),
        (
            {"areas": ["A"], "starts_on": "2026-09-02", "ends_on": "2026-09-01"},
            "end date is before",
        ),
        ({"areas": ["A"], "format": "party"}, "Format must be one of"),
        ({"areas": ["A"], "minutes": "3000"}, "cannot be more than 2,000 hours"),
        ({"areas": ["A"], "title": " "}, "Title cannot be empty"),
    ],
)
def test_bad_offerings_are_refused_with_nothing_written(
    db: Database, values: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        offerings.add(db, **{"title": "A workshop", **values})
    assert rows(db) == (0, 0, 0, 0)


def test_an_offering_keeps_an_area_and_hours_that_fit_its_dates(
    db: Database, institute: int
) -> None:
    with pytest.raises(InvalidInput, match="at least one growth area"):
        offerings.update(db, institute, areas="")
    with pytest.raises(InvalidInput, match="more than 24 hours a day"):
        offerings.update(db, institute, ends_on="2026-07-01")  # 28 hours in one day
    offerings.update(db, institute, minutes="1:30")
    assert offerings.get(db, institute).minutes == 90
    assert offerings.get(db, institute).ends_on == "2026-07-04"


def test_hours_read_as_people_type_them() -> None:
    from stemlead.core.fields import Hours, hours_text, parse_hours

    assert [parse_hours(t) for t in ("1.5", "1,5", "1:30", "90 min", "2 h", "", "6")] == [
        90,
        90,
        90,
        90,
        120,
        0,
        360,
    ]
    assert [hours_text(m) for m in (90, 120, 100, 0)] == ["1.5", "2", "1.67", "0"]
    assert Hours("Hours").store(45) == 45  # an int is already minutes


# -- plans ------------------------------------------------------------------------------------
def test_a_plan_from_the_teachers_own_words(db: Database, institute: int) -> None:
    lan = teachers.add(
        db,
        name="Nguyễn Thị Lan",
        subjects=["Math"],
        growth_areas="I'd like to get better at number talks. I tend to jump in when there is silence.",
    )
    made = learning_plans.start_from_their_words(db, lan)
    plan = learning_plans.plan(db, lan)
    assert [a.area.area for a in plan.areas] == ["Student discourse", "Questioning"]
    assert plan.areas[0].area.in_their_words == "I'd like to get better at number talks"
    assert learning_plans.start_from_their_words(db, lan) == []  # nothing twice
    assert len(made) == 2
    with pytest.raises(InvalidInput, match="already has the growth area “Student discourse”"):
        learning_plans.add_area(db, lan, "student  DISCOURSE")
    item = learning_plans.add_item(db, made[0], offering_id=institute, status="attended")
    entry = learning_plans.get_item(db, item)
    assert (entry.title, entry.minutes, entry.attended_on) == (
        "Number Talks Summer Institute",
        28 * 60,
        "2026-07-04",
    )
    learning_plans.update_item(db, item, status="applied", reflection="I wait now.")
    own = learning_plans.add_item(db, made[1], title="Watch a colleague's number talk", minutes="1")
    assert learning_plans.plan(db, lan).done_minutes == 28 * 60
    assert learning_plans.plan(db, lan).planned_minutes == 28 * 60 + 60
    listed = learning_plans.list_plans(db)
    assert [(p.id, p.items, p.applied, p.planned) for p in listed] == [(lan, 2, 1, 1)]
    assert learning_plans.get_item(db, own).offering_id is None


def test_plan_items_refuse_absurd_hours_and_nothing_is_written(
    db: Database, institute: int
) -> None:
    ana = teachers.add(db, name="Ana")
    area = learning_plans.add_area(db, ana, "Student discourse")
    before = rows(db)
    with pytest.raises(InvalidInput, match="An entry of 200 hours over 4 days"):
        learning_plans.add_item(db, area, offering_id=institute, minutes="200")
    with pytest.raises(InvalidInput, match="Hours cannot be negative"):
        learning_plans.add_item(db, area, title="Reading", minutes="-1")
    with pytest.raises(InvalidInput, match="Status must be one of"):
        learning_plans.add_item(db, area, title="Reading", status="maybe")
    with pytest.raises(NotFound):
        learning_plans.add_item(db, 999, title="Reading")
    assert rows(db) == before


def test_evidence_comes_from_the_teachers_own_classroom(db: Database, institute: int) -> None:
    ana, ben = teachers.add(db, name="Ana"), teachers.add(db, name="Ben")
    area = learning_plans.add_area(db, ana, "Student discourse")
    item = learning_plans.add_item(db, area, offering_id=institute, status="applied")
    visit = observations.start(db, ana, starts_at="2026-09-14T09:00", class_context="Period 2")
    theirs = observations.start(db, ben, starts_at="2026-09-14T10:00")
    cycle = cycles.add(db, teacher_ids=[ana], title="Talk in the lab", started_on="2026-09-01")
    learning_plans.add_evidence(db, item, observation_id=visit)
    learning_plans.add_evidence(db, item, cycle_id=cycle)
    learning_plans.add_evidence(db, item, observation_id=visit)  # again: no second link
    assert [(e.kind, e.label, e.day) for e in learning_plans.evidence(db, item)] == [
        ("cycle", "Talk in the lab", "2026-09-01"),
        ("observation", "Period 2", "2026-09-14"),
    ]
    with pytest.raises(InvalidInput, match="another teacher's"):
        learning_plans.add_evidence(db, item, observation_id=theirs)


def test_the_coach_keeps_a_plan_of_their_own(db: Database) -> None:
    from stemlead.core import settings

    settings.put(db, coach_name="Maya Castellanos")
    role_alike = offerings.add(
        db, title="Role-alike meetings", format="role_alike", areas=["Leading adults", "Coaching"]
    )
    area = learning_plans.add_area(
        db, ME, "Leading adults", in_their_words="Supporting wary colleagues"
    )
    learning_plans.add_item(db, area, offering_id=role_alike, status="enrolled")
    assert learning_plans.plan(db, ME).owner == "Maya Castellanos"
    assert learning_plans.list_plans(db)[0].teacher == "Maya Castellanos (my own plan)"
    assert learning_plans.list_plans(db, teacher_id=ME)[0].id == ME
    assert "Leading adults" in growth_areas.labels(growth_areas.LEADERSHIP)
    with pytest.raises(InvalidInput, match="no classroom evidence"):
        item = learning_plans.add_item(db, area, title="Reading group")
        learning_plans.add_evidence(db, item, cycle_id=1)


# -- coverage and hours -----------------------------------------------------------------------
def test_coverage_shows_areas_no_offering_serves_and_how_far_each_reaches(
    db: Database, institute: int
) -> None:
    math = teachers.add(
        db, name="Ana", subjects=["Math"], growth_areas="Asking fewer yes/no questions."
    )
    science = teachers.add(
        db,
        name="Ben",
        subjects=["Science"],
        growth_areas="Asking better questions; managing materials.",
    )
    teachers.add(
        db, name="Cy", subjects=["Science"], growth_areas="Managing materials so labs end on time."
    )
    report = pd_coverage.coverage(db)
    assert [(a.label, a.teachers, a.offerings) for a in report.areas] == [
        ("Labs and materials", 2, 0),
        ("Questioning", 2, 1),
    ]
    assert [a.label for a in report.uncovered] == ["Labs and materials"]
    # the institute serves questioning for math teachers: Ana, not Ben (science)
    assert [(o.title, o.teachers, o.in_plans) for o in report.offerings] == [
        ("Number Talks Summer Institute", 1, 0)
    ]
    assert math and science


def test_pd_hours_in_a_period(db: Database, institute: int) -> None:
    ana = teachers.add(db, name="Ana")
    area = learning_plans.add_area(db, ana, "Student discourse")
    learning_plans.add_item(db, area, offering_id=institute, status="attended")
    learning_plans.add_item(db, area, title="Planned reading", minutes="3")
    mine = learning_plans.add_area(db, ME, "Coaching")
    learning_plans.add_item(
        db, mine, title="Coaching course", minutes="2", status="applied", attended_on="2026-07-02"
    )
    figures = growth_impact.measure(db, "2026-06-01", "2026-07-31")
    assert (figures.pd_minutes, figures.pd_teachers, figures.leader_pd_minutes) == (28 * 60, 1, 120)
    assert growth_impact.measure(db, "2026-08-01", "2026-12-31").pd_minutes == 0
