"""Events: dates and headcounts checked, the planning checklist counted back from the event
and moved with it, templates as data, people named only with consent, the budget, Today,
the calendar (read back by vobject), search."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest

from stemlead.core import (
    action_items,
    agreements,
    calendar_export,
    event_budget,
    event_checklist,
    event_people,
    event_templates,
    events,
    partners,
    search,
    teachers,
    today,
)
from stemlead.errors import InvalidInput, NotFound, RulesFileProblem
from stemlead.store import Database

HOSTILE = "Noche STEM 🔬 <b>&amp; Ngô</b> شرح الطلاب 学生"


@pytest.fixture
def night(db: Database) -> int:
    return events.add(
        db,
        title="Family STEM Night",
        kind="stem_night",
        starts_at="2026-12-04T17:30:00-06:00",
        ends_at="2026-12-04T19:30:00-06:00",
        place="Riverside Elementary, gym",
        schools=["Riverside Elementary"],
        description="Stations for every grade.",
        private_notes="PRIVATE-EVENT-NOTE",
    )


def _count(db: Database, table: str) -> int:
    return int(db.scalar(f"SELECT count(*) FROM {table}"))


# -- bad input: one sentence, nothing written ----------------------------------------------
@pytest.mark.parametrize(
    ("values", "message"),
    [
        (
            {"starts_at": "2026-12-04T17:30", "ends_at": "2026-12-04T16:00"},
            r"The event's end \(2026-12-04 16:00\) is before its start \(2026-12-04 17:30\)\.",
        ),
        ({"starts_at": "2026-12-04T17:30", "families": -3}, "Families must be between 0 and"),
        ({"starts_at": "2026-12-04T17:30", "students": "lots"}, "Students must be a whole number."),
        ({"starts_at": "next Friday"}, "Start 'next Friday' is not a date and time"),
        ({}, "An event needs a start date and time."),
    ],
)
def test_bad_input_is_one_sentence_and_nothing_is_written(
    db: Database, values: dict[str, object], message: str
) -> None:
    with pytest.raises(InvalidInput, match=message):
        events.add(db, title="Robotics Challenge", **values)
    assert _count(db, "events") == 0


def test_a_bad_change_leaves_the_event_as_it_was(db: Database, night: int) -> None:
    before = events.get(db, night)
    with pytest.raises(InvalidInput, match="is before its start"):
        events.update(db, night, ends_at="2026-12-04T09:00:00-06:00")
    with pytest.raises(InvalidInput, match="Visitors must be a whole number"):
        events.update(db, night, visitors="12.5", title="Changed")
    assert events.get(db, night) == before


def test_text_in_any_script_emoji_and_markup_is_kept_exactly(db: Database) -> None:
    event = events.add(db, title=HOSTILE, starts_at="2026-12-04T17:30", audience=HOSTILE)
    found = events.get(db, event)
    assert (found.title, found.audience) == (HOSTILE, HOSTILE)
    assert found.ends_at is not None and found.end - found.start == events.DEFAULT_LENGTH


# -- the planning checklist -----------------------------------------------------------------
def test_checklist_steps_are_due_counted_back_from_the_event(db: Database, night: int) -> None:
    ids = event_checklist.plan(db, night, "01-stem-night")
    due = {r.title: r.due_on for r in event_checklist.steps(db, night)}
    assert len(ids) == len(due) == 9
    assert due["Ask the principal to approve the date, the rooms and the budget"] == "2026-07-04"
    assert due["Recruit volunteers: station leads, greeters, set-up and clean-up"] == "2026-10-04"
    assert due["Buy what is missing; confirm what each partner brings"] == "2026-11-20"
    assert due["Send reminders to families, volunteers and partners"] == "2026-11-27"
    assert due["Print sign-in sheets, station signs and name badges"] == "2026-12-03"
    assert due["Send thank-you notes; record the headcounts and the debrief"] == "2026-12-07"
    rows = action_items.list_action_items(db, source="event", source_id=night)
    assert {(r.source, r.source_id, r.source_label) for r in rows} == {
        ("event", night, "Family STEM Night")
    }
    assert all(r.source_date == "2026-12-04" for r in rows)


def test_moving_the_event_moves_its_open_steps_and_keeps_its_length(
    db: Database, night: int
) -> None:
    event_checklist.plan(db, night, "01-stem-night")
    first = event_checklist.steps(db, night)[0]
    action_items.set_status(db, first.id, "done", at="2026-07-01T10:00:00-05:00")
    done_due = action_items.get(db, first.id).due_on
    events.update(db, night, starts_at="2026-12-11T18:00:00-06:00")  # a week later
    moved = events.get(db, night)
    assert moved.ends_at == "2026-12-11T20:00:00-06:00"  # still two hours
    due = {r.title: r.due_on for r in event_checklist.steps(db, night)}
    assert due["Send reminders to families, volunteers and partners"] == "2026-12-04"
    assert due["Send thank-you notes; record the headcounts and the debrief"] == "2026-12-14"
    assert action_items.get(db, first.id).due_on == done_due  # a step done stays as it was
    events.update(db, night, starts_at="2026-11-27T17:30:00-06:00")  # two weeks earlier
    due = {r.title: r.due_on for r in event_checklist.steps(db, night)}
    assert due["Send reminders to families, volunteers and partners"] == "2026-11-20"


def test_a_step_of_ones_own_and_an_unknown_template(db: Database, night: int) -> None:
    step = event_checklist.add_step(db, night, "Book the bouncy castle", due_on="2026-11-30")
    assert action_items.get(db, step).event_id == night
    with pytest.raises(NotFound, match="no event template called 'bake-sale'"):
        event_checklist.plan(db, night, "bake-sale")
    with pytest.raises(InvalidInput, match="born in one place"):
        action_items.add(db, "Both", event_id=night, partner_id=partners.add(db, name="P"))


def test_deleting_an_event_takes_its_checklist_and_undo_brings_it_back(
    db: Database, night: int
) -> None:
    from stemlead.core import trash

    event_checklist.plan(db, night, "03-field-trip")
    entry = events.delete(db, night)
    assert _count(db, "action_items") == 0
    trash.restore(db, entry)
    assert len(event_checklist.steps(db, night)) == 6


def test_shipped_templates_load_and_suit_their_kinds(db: Database) -> None:
    found, problems = event_templates.templates(db)
    assert problems == []
    assert {t.slug for t in found} >= {"01-stem-night", "02-competition", "03-field-trip"}
    assert event_checklist.suggested(db, "competition") == "02-competition"
    assert event_checklist.suggested(db, "classroom_visit") == "04-classroom-visit"
    step = next(t for t in found if t.slug == "01-stem-night").steps[0]
    assert step.when == "5 months before"


def test_a_coachs_own_template_wins_and_a_broken_one_names_its_file_and_line(
    db: Database, db_path: Path
) -> None:
    folder = db_path.parent / "event templates"
    folder.mkdir()
    (folder / "01-stem-night.json").write_text(
        '{"name": "Our STEM night", "steps": [{"before": "3 weeks", "title": "Book the gym"}]}',
        encoding="utf-8",
    )
    (folder / "09-broken.json").write_text(
        '{\n  "name": "Broken",\n  "steps": [\n    {"title": "Fine", "before": "1 week"},\n'
        '    {"title": "When?", "before": "soon"}\n  ]\n}\n',
        encoding="utf-8",
    )
    (folder / "10-not-json.json").write_text('{"name": "x",\n "steps": [\n}', encoding="utf-8")
    found, problems = event_templates.templates(db)
    ours = next(t for t in found if t.slug == "01-stem-night")
    assert ours.name == "Our STEM night" and ours.steps[0].days == 21
    assert problems == [
        "The event template event templates/09-broken.json has a mistake at line 5: "
        '"soon" is not a time span; write it like "2 weeks" or "5 months".',
        "The event template event templates/10-not-json.json has a mistake at line 3: it is "
        "not valid JSON (Expecting value).",
    ]
    with pytest.raises(RulesFileProblem, match=r"09-broken\.json has a mistake at line 5"):
        event_templates.load(folder / "09-broken.json")


# -- people, budget ---------------------------------------------------------------------------
def test_volunteers_are_named_only_with_consent(db: Database, night: int) -> None:
    agreed = teachers.add(db, name="Ana Lima", school="Riverside", may_be_named=True)
    private = teachers.add(db, name="Bo Chen", school="Riverside")
    event_people.add_volunteer(db, night, teacher_id=agreed, role="host")
    event_people.add_volunteer(db, night, teacher_id=private, role="station_lead")
    volunteer = event_people.add_volunteer(db, night, guest_name="Grandpa Joe")
    named, others = event_people.named_and_counted(event_people.volunteers_of(db, night))
    assert [v.name for v in named] == ["Ana Lima"] and others == 2
    event_people.update_volunteer(db, volunteer, may_be_named=True)
    # a teacher's own consent decides, whatever the volunteer row says
    db.execute("UPDATE event_volunteers SET may_be_named = 1 WHERE teacher_id = ?", (private,))
    named, others = event_people.named_and_counted(event_people.volunteers_of(db, night))
    assert [v.name for v in named] == ["Ana Lima", "Grandpa Joe"] and others == 1
    with pytest.raises(InvalidInput, match="one teacher, one partner contact or one named guest"):
        event_people.add_volunteer(db, night, teacher_id=agreed, guest_name="Also")


def test_budget_with_an_in_kind_gift_from_an_agreement(db: Database, night: int) -> None:
    museum = partners.add(db, name="Science Museum", kind="museum", status="active")
    loan = agreements.add(
        db,
        museum,
        title="Planetarium loan",
        status="active",
        value_kind="in_kind",
        value_cents=120_000,
        partner_provides="A portable planetarium dome\nand two educators",
    )
    event_budget.add(db, night, "Pizza", amount_cents="450.00", paid_by="PTA")
    line = event_budget.add_in_kind(db, night, loan)
    cost = event_budget.get(db, line)
    assert (cost.item, cost.amount_cents, cost.in_kind, cost.paid_by) == (
        "A portable planetarium dome",
        120_000,
        True,
        "Science Museum",
    )
    assert [p.name for p in event_people.partners_of(db, night)] == ["Science Museum"]
    assert event_budget.in_kind_agreements(db, night) == []  # used once
    [total] = event_budget.totals(db, night)
    assert (total.cash_cents, total.in_kind_cents) == (45_000, 120_000)
    with pytest.raises(InvalidInput, match="Amount 'a lot' is not an amount"):
        event_budget.add(db, night, "Balloons", amount_cents="a lot")


# -- Today, the calendar, search --------------------------------------------------------------
def test_events_this_week_are_on_today_with_their_steps_to_do(db: Database, night: int) -> None:
    event_checklist.add_step(db, night, "Reminders", due_on="2026-12-01")
    events.add(db, title="Later", starts_at="2026-12-20T10:00")
    events.add(db, title="Off", starts_at="2026-12-02T10:00", status="cancelled")
    page = today.today_page(db, date(2026, 11, 30))
    assert [(e.kind, e.id, e.title) for e in page.events] == [("event", night, "Family STEM Night")]
    assert page.events[0].detail == "Riverside Elementary, gym · 1 checklist step to do"
    assert today.today_page(db, date(2026, 12, 5)).events == []


def test_events_go_into_the_calendar_read_back_by_vobject(
    db: Database, night: int, tmp_path: Path
) -> None:
    import vobject

    events.add(db, title="Cancelled fair", starts_at="2026-12-06T10:00", status="cancelled")
    events.add(db, title=HOSTILE, starts_at="2027-01-09T09:00:00-06:00", kind="competition")
    out = tmp_path / "calendar.ics"
    assert calendar_export.export_calendar(db, out) == 2
    text = out.read_text(encoding="utf-8")
    calendar = vobject.readOne(text)
    found = {e.summary.value: e for e in calendar.vevent_list}
    assert set(found) == {"Family STEM Night", HOSTILE}
    stem = found["Family STEM Night"]
    assert stem.dtstart.value == datetime.fromisoformat("2026-12-04T17:30:00-06:00")
    assert stem.dtend.value == datetime.fromisoformat("2026-12-04T19:30:00-06:00")
    assert stem.location.value == "Riverside Elementary, gym"
    assert stem.description.value == "Stations for every grade."
    assert stem.uid.value.startswith(f"event-{night}@")
    assert "PRIVATE-EVENT-NOTE" not in text


def test_search_finds_events_and_opens_them(db: Database, night: int) -> None:
    hit = search.search(db, "riverside gym")[0]
    assert (hit.kind, hit.target_kind, hit.target_id) == ("event", "event", night)
    event_budget.add(db, night, "Marbles and cardboard")
    hit = search.search(db, "marbles")[0]
    assert (hit.kind, hit.target_kind, hit.target_id) == ("event_cost", "event", night)
    assert search.search(db, "PRIVATE-EVENT-NOTE")  # private notes are searchable in the app


def test_the_event_list_counts_people_and_open_steps(db: Database, night: int) -> None:
    event_checklist.plan(db, night, "04-classroom-visit")
    event_people.add_volunteer(db, night, guest_name="Rep. Okafor", role="speaker")
    [row] = events.list_events(db, since="2026-12-01", until="2026-12-31")
    assert (row.id, row.volunteers, row.open_steps, row.schools) == (
        night,
        1,
        5,
        ["Riverside Elementary"],
    )
    assert events.list_events(db, until="2026-11-30") == []


def test_a_new_start_in_another_offset_keeps_the_length_on_the_clock(
    db: Database, night: int
) -> None:
    """Moved on a laptop in another zone (or across a daylight-saving change), the event
    still reads 5:30 to 7:30."""
    events.update(db, night, starts_at="2026-12-11T17:30:00+00:00")
    moved = events.get(db, night)
    assert moved.ends_at == "2026-12-11T19:30:00+00:00"
