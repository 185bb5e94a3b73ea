"""Mentoring pairs: suggestions, capacity, check-ins and their next steps, cadence on Today,
ends, deletes and undo, and every bad input refused with nothing written."""

from __future__ import annotations

from datetime import date

import pytest

from stemlead.core import (
    action_items,
    check_ins,
    contacts,
    mentor_suggestions,
    mentorships,
    partners,
    settings,
    teachers,
    today,
    trash,
)
from stemlead.errors import InvalidInput, NotFound
from stemlead.store import Database

DAY = date(2026, 11, 23)


def _teacher(db: Database, name: str, **kw: object) -> int:
    return teachers.add(db, name=name, **kw)


def counts(db: Database) -> tuple[int, ...]:
    return tuple(
        int(db.scalar(f"SELECT count(*) FROM {t}"))
        for t in ("mentorships", "mentorship_goals", "check_ins", "action_items", "mentor_profiles")
    )


@pytest.fixture
def pair(db: Database) -> tuple[int, int, int]:
    """(pair, mentee, mentor): an active pair since Oct 1 that checks in every 14 days."""
    mentee = _teacher(db, "Zoë Martínez", school="Lone Oak HS", subjects=["Chemistry"])
    mentor = _teacher(db, "Dana Reed", school="Lone Oak HS", subjects=["English"])
    pair_id = mentorships.add(
        db,
        mentee,
        mentor_teacher_id=mentor,
        status="active",
        started_on="2026-10-01",
        cadence_days=14,
        monthly_minutes=120,
        goals=["Ask questions students can test"],
    )
    return pair_id, mentee, mentor


# -- suggestions ------------------------------------------------------------------------------
def test_a_matching_strength_outranks_a_same_school_non_match(db: Database) -> None:
    mentee = _teacher(
        db,
        "Ana",
        school="Mae Jemison ES",
        grade_band="3-5",
        subjects=["Science"],
        growth_areas="I want my students doing more of the explaining in lab debriefs.",
    )
    neighbour = _teacher(
        db,
        "Ben",
        school="Mae Jemison ES",
        grade_band="3-5",
        subjects=["Math"],
        strengths="I'm organized and my routines are tight.",
    )
    match = _teacher(
        db,
        "Cy",
        school="Far Away MS",
        grade_band="6-8",
        subjects=["Art"],
        strengths="My students lead every discussion; I barely talk.",
    )
    ranked = mentor_suggestions.suggest(db, mentee)
    assert [s.id for s in ranked[:2]] == [match, neighbour]
    best = ranked[0]
    assert best.matched == ("Student discourse",)
    assert "+5 Strong in Student discourse" in best.why
    assert "a different subject is welcome" in best.why
    assert [f.points for f in ranked[1].factors if f.points] == [2, 1]  # same school, same band
    assert counts(db) == (0, 0, 0, 0, 0)  # a suggestion is only shown, never saved


def test_capacity_is_honoured_and_a_raised_capacity_lets_a_pair_through(db: Database) -> None:
    mentor = _teacher(db, "Dana", strengths="Great at discussion.")
    mentees = [
        _teacher(db, f"Mentee {n}", growth_areas="More discussion please.") for n in range(4)
    ]
    settings.put(db, mentor_capacity=2)
    for mentee in mentees[:2]:
        mentorships.add(db, mentee, mentor_teacher_id=mentor)
    assert mentor not in [s.id for s in mentor_suggestions.suggest(db, mentees[2])]
    full = mentor_suggestions.suggest(db, mentees[2], include_full=True)
    assert next(s for s in full if s.id == mentor).full
    before = counts(db)
    with pytest.raises(InvalidInput, match="Dana already mentors 2 teachers, their capacity of 2"):
        mentorships.add(db, mentees[2], mentor_teacher_id=mentor)
    assert counts(db) == before
    mentorships.set_capacity(db, 3, teacher_id=mentor)
    mentorships.add(db, mentees[2], mentor_teacher_id=mentor)
    with pytest.raises(InvalidInput, match="capacity of 3"):
        mentorships.add(db, mentees[3], mentor_teacher_id=mentor)
    load = [
        s for s in mentor_suggestions.suggest(db, mentees[3], include_full=True) if s.id == mentor
    ]
    assert "Mentors 3 teachers now (0 more fit)" in load[0].why


def test_a_partner_contact_mentors_once_they_have_a_profile(db: Database) -> None:
    mentee = _teacher(
        db, "Eve", growth_areas="I'm not confident with the engineering standards yet."
    )
    partner = partners.add(db, name="Johnson & Reyes Engineering", kind="industry")
    retired = contacts.add(db, partner_id=partner, name="Walt Kim", role="Retired engineer")
    assert all(s.kind == "teacher" for s in mentor_suggestions.suggest(db, mentee))
    mentorships.set_strengths(db, ["Engineering design"], contact_id=retired)
    best = mentor_suggestions.suggest(db, mentee)[0]
    assert (best.kind, best.id, best.matched) == ("contact", retired, ("Engineering design",))
    assert best.detail == "Retired engineer · Johnson & Reyes Engineering"
    pair_id = mentorships.add(db, mentee, mentor_contact_id=retired)
    assert mentorships.row(db, pair_id).mentor == "Walt Kim"


# -- bad input --------------------------------------------------------------------------------
def test_mentor_cannot_be_the_mentee(db: Database) -> None:
    me = _teacher(db, "Fay")
    with pytest.raises(InvalidInput, match="cannot mentor themselves"):
        mentorships.add(db, me, mentor_teacher_id=me)
    assert counts(db) == (0, 0, 0, 0, 0)


def test_the_same_two_cannot_be_paired_twice(db: Database, pair: tuple[int, int, int]) -> None:
    _, mentee, mentor = pair
    with pytest.raises(InvalidInput, match="already paired"):
        mentorships.add(db, mentee, mentor_teacher_id=mentor)


@pytest.mark.parametrize(
    ("values", "message"),
    [
        ({"occurred_on": "2026-09-30", "minutes": 30}, "before the pair started on Oct 1, 2026"),
        ({"occurred_on": "2026-10-05", "minutes": -5}, "Minutes cannot be negative"),
        ({"occurred_on": "2026-10-05", "minutes": 1500}, "more than the 24 hours a day has"),
        ({"occurred_on": "2026-10-05", "minutes": "lots"}, "Minutes must be a whole number"),
        ({"occurred_on": "2026-02-30", "minutes": 5}, "is not a real date"),
        (
            {"occurred_on": "2026-10-05", "minutes": 5, "next_check_in_on": "2026-10-01"},
            "next check-in is before this one",
        ),
        ({"occurred_on": "2026-10-05", "minutes": 5, "kind": "party"}, "Kind must be one of"),
    ],
)
def test_bad_check_ins_are_refused_with_nothing_written(
    db: Database, pair: tuple[int, int, int], values: dict[str, object], message: str
) -> None:
    before = counts(db)
    with pytest.raises(InvalidInput, match=message):
        check_ins.log(db, pair[0], mentee_steps=["A step"], **values)  # type: ignore[arg-type]
    assert counts(db) == before


def test_an_early_end_needs_a_reason_and_no_pair_ends_before_it_starts(
    db: Database, pair: tuple[int, int, int]
) -> None:
    pair_id = pair[0]
    with pytest.raises(InvalidInput, match="why the pair ended early"):
        mentorships.set_status(db, pair_id, "ended_early", on="2026-11-01")
    with pytest.raises(InvalidInput, match="cannot end before it started"):
        mentorships.set_status(db, pair_id, "completed", on="2026-09-01")
    assert mentorships.get(db, pair_id).status == "active"


# -- the life of a pair -----------------------------------------------------------------------
def test_completed_is_not_ended_early(db: Database, pair: tuple[int, int, int]) -> None:
    pair_id, mentee, _ = pair
    other = _teacher(db, "Gil")
    second = mentorships.add(
        db, mentee, mentor_teacher_id=other, status="active", started_on="2026-10-01"
    )
    mentorships.set_status(db, pair_id, "completed", on="2026-11-20", reflection="We grew.")
    mentorships.set_status(db, second, "ended_early", on="2026-11-01", reason="Gil moved schools.")
    done = mentorships.get(db, pair_id)
    early = mentorships.get(db, second)
    assert (done.status, done.ended_on, done.closing_reflection) == (
        "completed",
        "2026-11-20",
        "We grew.",
    )
    assert (early.status, early.end_reason) == ("ended_early", "Gil moved schools.")
    assert [r.status for r in mentorships.list_mentorships(db, status="completed")] == ["completed"]
    mentorships.set_status(db, pair_id, "active")  # opened again: its end is cleared
    assert mentorships.get(db, pair_id).ended_on is None


def test_the_first_check_in_starts_a_proposed_pair(db: Database) -> None:
    mentee, mentor = _teacher(db, "Hal"), _teacher(db, "Ida")
    pair_id = mentorships.add(db, mentee, mentor_teacher_id=mentor, started_on="2026-11-02")
    assert mentorships.get(db, pair_id).status == "proposed"
    check_ins.log(db, pair_id, minutes=30, occurred_on="2026-11-03")
    assert mentorships.get(db, pair_id).status == "active"


def test_cadence_makes_a_check_in_overdue_on_today(
    db: Database, pair: tuple[int, int, int]
) -> None:
    pair_id = pair[0]
    due = today.check_ins_due(db, DAY)
    assert [(i.kind, i.id, i.when, i.overdue) for i in due] == [
        ("mentorship", pair_id, "2026-10-15", True)  # 14 days after the start, no check-in
    ]
    assert today.today_page(db, DAY).check_ins == due
    check_ins.log(db, pair_id, minutes=40, occurred_on="2026-11-16")
    assert today.check_ins_due(db, DAY) == []  # due Nov 30 now
    assert today.check_ins_due(db, date(2026, 12, 1))[0].when == "2026-11-30"
    check_ins.log(db, pair_id, minutes=40, occurred_on="2026-11-20", next_check_in_on="2026-11-22")
    item = today.check_ins_due(db, DAY)[0]  # as planned at the last check-in, not by cadence
    assert (item.when, item.overdue, item.title) == (
        "2026-11-22",
        True,
        "Check in: Zoë Martínez and Dana Reed",
    )
    mentorships.set_status(db, pair_id, "completed", on="2026-11-22")
    assert today.check_ins_due(db, DAY) == []


def test_hours_against_the_cadence(db: Database, pair: tuple[int, int, int]) -> None:
    pair_id = pair[0]
    check_ins.log(db, pair_id, minutes=90, occurred_on="2026-10-10")
    check_ins.log(db, pair_id, minutes=60, occurred_on="2026-10-24")
    row = mentorships.row(db, pair_id, on=DAY)
    assert (row.check_ins, row.minutes, row.last_check_in_on) == (2, 150, "2026-10-24")
    assert mentorships.expected_minutes(row, on=DAY) == round(120 * 53 / 30)  # 2 h a month


def test_next_steps_are_action_items_owned_by_each_side_and_carried(
    db: Database, pair: tuple[int, int, int]
) -> None:
    pair_id, mentee, _ = pair
    first = check_ins.log(
        db,
        pair_id,
        minutes=45,
        occurred_on="2026-10-05",
        what_works="Wait time",
        next_check_in_on="2026-10-19",
        mentee_steps=["Try think-pair-share", "  "],
        mentor_steps=["Share my question stems"],
    )
    steps = {s.title: s for s in action_items.list_action_items(db, source="check_in")}
    assert set(steps) == {"Try think-pair-share", "Share my question stems"}
    assert steps["Try think-pair-share"].owner_name == "Zoë Martínez"
    assert steps["Share my question stems"].owner_name == "Dana Reed"
    assert {s.due_on for s in steps.values()} == {"2026-10-19"}
    one_list = action_items.list_action_items(db, owner_teacher_id=mentee, open_only=True)
    assert [a.source_label for a in one_list] == ["Mentoring · Zoë Martínez"]
    assert one_list[0].source_date == "2026-10-05"
    second = check_ins.log(db, pair_id, minutes=30, occurred_on="2026-10-19")
    assert {a.title for a in check_ins.carried_forward(db, second)} == set(steps)
    action_items.set_status(
        db, steps["Share my question stems"].id, "done", at="2026-10-19T16:00:00-05:00"
    )
    third = check_ins.log(db, pair_id, minutes=30, occurred_on="2026-11-02")
    assert [a.title for a in check_ins.carried_forward(db, third)] == ["Try think-pair-share"]
    assert len(check_ins.carried_forward(db, second)) == 2  # closed that day: still shown there
    assert check_ins.carried_forward(db, first) == []
    with pytest.raises(InvalidInput, match="born in one place"):
        action_items.add(db, "x", check_in_id=first, cycle_id=1)


# -- deletes and undo -------------------------------------------------------------------------
def test_deleting_the_mentor_keeps_the_pair_and_undo_brings_it_back_whole(
    db: Database, pair: tuple[int, int, int]
) -> None:
    pair_id, _, mentor = pair
    check_ins.log(db, pair_id, minutes=30, occurred_on="2026-10-05", mentor_steps=["Share stems"])
    entry = teachers.delete(db, mentor)
    kept = mentorships.row(db, pair_id, on=DAY)
    assert (kept.mentor_kind, kept.mentor, kept.check_ins) == ("", "Dana Reed", 1)
    assert kept.mentor_label == "Dana Reed (no longer in STEM Lead)"
    step = check_ins.pair_steps(db, pair_id)[0]
    assert (step.owner_kind, step.owner_name) == ("teacher", "Dana Reed")
    assert len(mentorships.goals(db, pair_id)) == 1
    trash.restore(db, entry)
    back = mentorships.row(db, pair_id, on=DAY)
    assert (back.mentor_kind, back.mentor_teacher_id) == ("teacher", mentor)
    assert action_items.get(db, step.id).owner_teacher_id == mentor


def test_deleting_the_mentee_takes_the_pair_and_undo_brings_it_back_whole(
    db: Database, pair: tuple[int, int, int]
) -> None:
    pair_id, mentee, _ = pair
    check_ins.log(db, pair_id, minutes=30, occurred_on="2026-10-05", mentee_steps=["Try it"])
    before = counts(db)
    entry = teachers.delete(db, mentee)
    assert counts(db)[:4] == (0, 0, 0, 0)
    with pytest.raises(NotFound):
        mentorships.get(db, pair_id)
    trash.restore(db, entry)
    assert counts(db) == before
    assert mentorships.row(db, pair_id).check_ins == 1
