"""Groups and meetings: recurrence, exceptions, agendas, carry forward, calendar export."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from stemlead.core import (
    action_items,
    agenda,
    agenda_templates,
    agenda_timeline,
    attendance,
    calendar_export,
    decisions,
    groups,
    meetings,
    teachers,
)
from stemlead.core.agenda_timeline import CARRY_REVIEW_MINUTES
from stemlead.errors import InvalidInput, StemLeadError
from stemlead.store import Database

CHICAGO = "America/Chicago"


def starts(db: Database, group_id: int | None = None) -> list[str]:
    return [m.starts_at for m in meetings.list_meetings(db, group_id=group_id)]


@pytest.fixture
def plc(db: Database) -> int:
    return groups.add(db, name="Grade 5 Science PLC", default_minutes=50, default_place="Room 12")


def test_weekly_series_crosses_dst_in_spring_and_fall(db: Database, plc: int) -> None:
    meetings.add_series(
        db,
        group_id=plc,
        first_start="2027-03-02T15:30",
        rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=3",
        tzid=CHICAGO,
    )
    assert starts(db, plc) == [
        "2027-03-02T15:30:00-06:00",
        "2027-03-09T15:30:00-06:00",
        "2027-03-16T15:30:00-05:00",
    ]  # DST began on 14 March


def test_series_crosses_the_year_boundary(db: Database, plc: int) -> None:
    meetings.add_series(
        db,
        group_id=plc,
        first_start="2026-12-15T07:45",
        rrule="FREQ=WEEKLY;INTERVAL=2;BYDAY=TU;COUNT=3",
        tzid="Europe/Berlin",
    )
    assert starts(db, plc) == [
        "2026-12-15T07:45:00+01:00",
        "2026-12-29T07:45:00+01:00",
        "2027-01-12T07:45:00+01:00",
    ]


def test_monthly_rule_and_bad_rules(db: Database, plc: int) -> None:
    meetings.add_series(
        db,
        group_id=plc,
        first_start="2026-09-03T16:00",
        rrule="RRULE:FREQ=MONTHLY;BYDAY=1TH;COUNT=3",
        tzid=CHICAGO,
    )
    assert [s[:10] for s in starts(db, plc)] == ["2026-09-03", "2026-10-01", "2026-11-05"]
    for bad in ("", "FREQ=SOMETIMES", "every tuesday"):
        with pytest.raises(InvalidInput):
            meetings.add_series(db, group_id=plc, first_start="2026-09-03T16:00", rrule=bad)
    with pytest.raises(InvalidInput, match="not a time zone"):
        meetings.add_series(
            db, first_start="2026-09-03T16:00", rrule="FREQ=DAILY", tzid="Mars/Olympus_Mons"
        )


def test_skip_and_move_one_occurrence(db: Database, plc: int) -> None:
    meetings.add_series(
        db, group_id=plc, first_start="2026-11-03T15:30", rrule="FREQ=WEEKLY;COUNT=4", tzid=CHICAGO
    )
    rows = meetings.list_meetings(db, group_id=plc)
    meetings.skip_occurrence(db, rows[1].id)
    meetings.move(db, rows[2].id, "2026-11-19T08:00")
    rows = meetings.list_meetings(db, group_id=plc)
    assert [(r.starts_at, r.status) for r in rows] == [
        ("2026-11-03T15:30:00-06:00", "scheduled"),
        ("2026-11-10T15:30:00-06:00", "cancelled"),
        ("2026-11-19T08:00:00-06:00", "scheduled"),
        ("2026-11-24T15:30:00-06:00", "scheduled"),
    ]
    meetings.extend_series(db)  # topping up the horizon never brings a skipped one back
    assert len(meetings.list_meetings(db, group_id=plc)) == 4
    meetings.unskip_occurrence(db, rows[1].id)
    assert meetings.get(db, rows[1].id).status == "scheduled"


def test_change_this_and_all_following(db: Database, plc: int) -> None:
    first_series = meetings.add_series(
        db,
        group_id=plc,
        first_start="2026-10-06T15:30",
        rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=6",
        tzid=CHICAGO,
    )
    rows = meetings.list_meetings(db, group_id=plc)
    agenda.add(db, rows[4].id, "Keep me")  # content follows its meeting into the new series
    meetings.skip_occurrence(db, rows[5].id)
    new_series = meetings.change_following(db, rows[3].id, start_time="16:00", place="Library")
    rows = meetings.list_meetings(db, group_id=plc)
    assert [(r.starts_at[5:16], r.place, r.series_id) for r in rows] == [
        ("10-06T15:30", "Room 12", first_series),
        ("10-13T15:30", "Room 12", first_series),
        ("10-20T15:30", "Room 12", first_series),
        ("10-27T16:00", "Library", new_series),
        ("11-03T16:00", "Library", new_series),
        ("11-10T16:00", "Library", new_series),
    ]
    assert rows[5].status == "cancelled"
    assert [i.title for i in agenda.items(db, rows[4].id)] == ["Keep me"]
    assert meetings.get_series(db, first_series).rrule.endswith("COUNT=3")
    assert meetings.get_series(db, new_series).rrule.endswith("COUNT=3")
    meetings.extend_series(db)
    assert len(meetings.list_meetings(db, group_id=plc)) == 6


def test_carry_forward_until_closed(db: Database, plc: int) -> None:
    meetings.add_series(
        db, group_id=plc, first_start="2026-11-03T15:30", rrule="FREQ=WEEKLY;COUNT=4", tzid=CHICAGO
    )
    m1, m2, m3, m4 = (r.id for r in meetings.list_meetings(db, group_id=plc))
    item = action_items.add(db, "Send the lab rubric", meeting_id=m1, due_on="2026-11-09")
    other_group = groups.add(db, name="Leadership team")
    elsewhere = meetings.add(db, starts_at="2026-11-04T08:00", group_id=other_group)
    action_items.add(db, "Not ours", meeting_id=elsewhere)

    def carried(meeting_id: int) -> list[tuple[str, str]]:
        return [(a.title, a.status) for a in action_items.carried_forward(db, meeting_id)]

    assert carried(m1) == []
    assert carried(m2) == [("Send the lab rubric", "open")]
    action_items.set_status(db, item, "done", in_meeting_id=m3)
    assert carried(m2) == [("Send the lab rubric", "done")]  # history still shows it
    assert carried(m3) == [("Send the lab rubric", "done")]
    assert carried(m4) == []


def test_agenda_total_counts_the_automatic_review(db: Database, plc: int) -> None:
    meetings.add_series(
        db, group_id=plc, first_start="2026-11-03T15:30", rrule="FREQ=WEEKLY;COUNT=2", tzid=CHICAGO
    )
    m1, m2 = (r.id for r in meetings.list_meetings(db, group_id=plc))
    agenda_templates.apply(db, m2, "01-plc-four-questions")
    assert agenda_timeline.timeline(db, m2).planned_minutes == 45
    action_items.add(db, "Bring student work", meeting_id=m1)
    assert agenda_timeline.timeline(db, m2).planned_minutes == 45 + CARRY_REVIEW_MINUTES


def test_templates_ship_as_data_and_the_coach_can_add_one(db: Database) -> None:
    names = [t.name for t in agenda_templates.templates(db)]
    assert names == [
        "PLC: the four critical questions",
        "Data-dive protocol",
        "Tuning protocol: looking at student work",
        "Lesson-plan review",
    ]
    folder = agenda_templates.user_folder(db)
    folder.mkdir()
    (folder / "quick-huddle.json").write_text(
        '{"name": "Quick huddle", "items": [{"title": "Wins", "minutes": 3}]}', encoding="utf-8"
    )
    assert agenda_templates.templates(db)[-1].name == "Quick huddle"
    (folder / "broken.json").write_text("{", encoding="utf-8")
    with pytest.raises(StemLeadError, match=r"broken\.json cannot be read"):
        agenda_templates.templates(db)


def test_copy_last_meetings_agenda(db: Database, plc: int) -> None:
    ana = teachers.add(db, name="Ana Okafor")
    meetings.add_series(
        db, group_id=plc, first_start="2026-11-03T15:30", rrule="FREQ=WEEKLY;COUNT=3", tzid=CHICAGO
    )
    m1, _m2, m3 = (r.id for r in meetings.list_meetings(db, group_id=plc))
    first = agenda.add(db, m1, "Data dive", purpose="discuss", minutes=20, owner_teacher_id=ana)
    agenda.update(db, first, notes="Talked about question 4", outcome="Reteach fractions")
    with pytest.raises(InvalidInput, match="No earlier meeting"):
        agenda.copy_previous(db, m1)
    agenda.copy_previous(db, m3)  # m2 has none: the latest earlier one with an agenda is m1
    [copied] = agenda.items(db, m3)
    assert (copied.title, copied.minutes, copied.owner_name, copied.notes, copied.outcome) == (
        "Data dive",
        20,
        "Ana Okafor",
        "",
        "",
    )


def test_running_the_meeting_saves_attendance_minutes_and_decisions(db: Database, plc: int) -> None:
    ana, ben = teachers.add(db, name="Ana"), teachers.add(db, name="Ben")
    groups.add_member(db, plc, teacher_id=ana)
    groups.add_member(db, plc, teacher_id=ben)
    meeting = meetings.add(db, starts_at="2026-11-24T15:30", group_id=plc)
    attendance.mark(db, meeting, "present", teacher_id=ana)
    attendance.mark(db, meeting, "excused", teacher_id=ben)
    attendance.mark(db, meeting, "late", teacher_id=ben)  # changing one's mind is fine
    attendance.mark(db, meeting, guest_name="Dr. Lee (university partner)")
    item = agenda.add(db, meeting, "Common assessment", purpose="decide")
    agenda.update(db, item, notes="Looked at 24 exit tickets", outcome="Use the new rubric")
    decisions.record(db, meeting, "Adopt the CER rubric for unit 3", agenda_item_id=item)
    assert [(a.name, a.status) for a in attendance.attendees(db, meeting)] == [
        ("Ana", "present"),
        ("Ben", "late"),
        ("Dr. Lee (university partner)", "present"),
    ]
    assert [d.text for d in decisions.for_meeting(db, meeting)] == [
        "Adopt the CER rubric for unit 3"
    ]


def _app_occurrences(db: Database) -> set[datetime]:
    return {
        datetime.fromisoformat(m.starts_at).astimezone(UTC)
        for m in meetings.list_meetings(db)
        if m.status != "cancelled"
    }


def test_calendar_expands_to_exactly_the_apps_meetings(
    db: Database, plc: int, tmp_path: Path
) -> None:
    import vobject  # an independent iCalendar reader and expander

    meetings.add_series(
        db,
        group_id=plc,
        first_start="2026-09-01T15:30",
        rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=20",
        tzid=CHICAGO,
    )
    rows = meetings.list_meetings(db, group_id=plc)
    meetings.skip_occurrence(db, rows[4].id)
    meetings.move(db, rows[6].id, "2026-10-15T07:30")
    meetings.change_following(db, rows[10].id, start_time="16:15", place="Library")
    leadership = groups.add(db, name="Leadership team")
    meetings.add_series(
        db,
        group_id=leadership,
        first_start="2026-09-07T08:00",
        rrule="FREQ=MONTHLY;BYDAY=1MO;UNTIL=20270601T000000",
        tzid="America/New_York",
    )
    meetings.add(
        db,
        starts_at="2026-11-24T08:00",
        title="Coffee with AT&T <Fellows>",
        tzid="America/Los_Angeles",
    )
    out = tmp_path / "meetings.ics"
    assert calendar_export.export_calendar(db, out) >= 4
    calendar = vobject.readOne(out.read_text(encoding="utf-8"))
    expanded: set[datetime] = set()
    overridden: set[tuple[str, datetime]] = set()
    for event in calendar.vevent_list:
        if hasattr(event, "recurrence_id"):
            overridden.add((event.uid.value, event.recurrence_id.value.astimezone(UTC)))
            expanded.add(event.dtstart.value.astimezone(UTC))
    for event in calendar.vevent_list:
        if hasattr(event, "recurrence_id"):
            continue
        if hasattr(event, "rrule"):
            for start in event.getrruleset():
                if (event.uid.value, start.astimezone(UTC)) not in overridden:
                    expanded.add(start.astimezone(UTC))
        else:
            expanded.add(event.dtstart.value.astimezone(UTC))
    assert expanded == _app_occurrences(db)
    summaries = {e.summary.value for e in calendar.vevent_list}
    assert "Coffee with AT&T <Fellows>" in summaries
    uids_before = sorted(e.uid.value for e in calendar.vevent_list)
    calendar_export.export_calendar(db, out)  # stable UIDs: a re-import updates, not duplicates
    again = vobject.readOne(out.read_text(encoding="utf-8"))
    assert sorted(e.uid.value for e in again.vevent_list) == uids_before


def test_calendar_export_refused_leaves_no_file(db: Database, tmp_path: Path) -> None:
    from stemlead.errors import StemLeadError

    target = tmp_path / "missing" / "x.ics"
    with pytest.raises(StemLeadError, match="could not write"):
        calendar_export.export_calendar(db, target)
    assert not target.parent.exists()


def test_members_and_defaults(db: Database, plc: int) -> None:
    ana = teachers.add(db, name="Ana")
    groups.add_member(db, plc, teacher_id=ana, role="facilitator")
    assert groups.add_member(db, plc, teacher_id=ana) == groups.members(db, plc)[0].id
    meeting = meetings.add(db, starts_at="2026-11-24T15:30", group_id=plc)
    m = meetings.get(db, meeting)
    assert (m.title, m.duration_minutes, m.place) == ("Grade 5 Science PLC", 50, "Room 12")
    assert (datetime.fromisoformat(m.starts_at) + timedelta(minutes=50)) == m.end


def test_calendar_export_counts_the_events_it_wrote(db: Database, tmp_path: Path) -> None:
    """Text that happens to hold "BEGIN:VEVENT" (notes pasted from Outlook) was counted as
    more events: the CLI said "Wrote 3 calendar event(s)" for one meeting."""
    from tests.conftest import run_stemlead

    group = groups.add(db, name="PLC", goal="Pasted from Outlook:\nBEGIN:VEVENT\nEND:VEVENT")
    meetings.add(db, starts_at="2026-11-03T15:30", title="Agenda: BEGIN:VEVENT", group_id=group)
    meetings.add_series(
        db,
        group_id=group,
        first_start="2026-11-04T15:30",
        rrule="FREQ=WEEKLY;COUNT=3",
        tzid=CHICAGO,
    )
    out = tmp_path / "meetings.ics"
    assert calendar_export.export_calendar(db, out) == 2
    result = run_stemlead("export", "calendar", "-o", str(out), "--db", str(db.path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Wrote 2 calendar events to ")


def test_a_bare_cr_in_a_meeting_never_breaks_a_calendar_line(
    db: Database, plc: int, tmp_path: Path
) -> None:
    import vobject

    meeting = meetings.add(db, starts_at="2026-11-24T08:00", group_id=plc)
    # text with a lone CR, as a JSON export edited elsewhere can bring in
    db.conn.execute(
        "UPDATE meetings SET title = 'Kits\rand sensors', place = 'Room\r12' WHERE id = ?",
        (meeting,),
    )
    db.conn.execute("UPDATE groups SET goal = 'Goal\rtwo' WHERE id = ?", (plc,))
    out = tmp_path / "meetings.ics"
    calendar_export.export_calendar(db, out)
    data = out.read_bytes()
    assert b"\r" not in data.replace(b"\r\n", b"") and b"\n" not in data.replace(b"\r\n", b"")
    [event] = vobject.readOne(data.decode("utf-8")).vevent_list
    assert (event.summary.value, event.location.value) == ("Kits\nand sensors", "Room\n12")
    assert event.description.value == "Goal\ntwo"


def test_weekly_series_keeps_wall_clock_time_across_dst(db: Database) -> None:
    group = groups.add(db, name="Grade 5 Science PLC", default_minutes=50)
    meetings.add_series(
        db,
        group_id=group,
        first_start="2026-10-20T15:30",
        rrule="FREQ=WEEKLY;BYDAY=TU;COUNT=4",
        tzid="America/Chicago",
    )
    starts = [m.starts_at for m in meetings.list_meetings(db, group_id=group)]
    assert starts == [
        "2026-10-20T15:30:00-05:00",
        "2026-10-27T15:30:00-05:00",
        "2026-11-03T15:30:00-06:00",
        "2026-11-10T15:30:00-06:00",
    ]
    first = meetings.list_meetings(db)[0]
    assert (first.title, first.duration_minutes) == ("Grade 5 Science PLC", 50)
    with pytest.raises(InvalidInput, match="not a repeat rule"):
        meetings.add_series(db, first_start="2026-10-20T15:30", rrule="EVERY TUESDAY")


def test_agenda_items_reorder_and_total(db: Database) -> None:
    meeting = meetings.add(db, starts_at="2026-11-24T15:30")
    a = agenda.add(db, meeting, "Norms", purpose="inform", minutes=5)
    b = agenda.add(db, meeting, "Student work", purpose="discuss", minutes=25)
    c = agenda.add(db, meeting, "Next unit", purpose="decide", minutes=15)
    agenda.move(db, c, 0)
    assert [i.id for i in agenda.items(db, meeting)] == [c, a, b]
    assert agenda_timeline.timeline(db, meeting).planned_minutes == 45
