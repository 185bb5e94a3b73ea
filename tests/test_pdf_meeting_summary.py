"""The meeting summary, parsed back: what was decided and who will do what come first;
agenda items with no minutes are named once, compactly, not as a run of "No notes"."""

from __future__ import annotations

import io
from datetime import date

import pypdf

from stemlead.core import action_items, agenda, attendance, decisions, groups, meetings, teachers
from stemlead.pdf import handouts
from stemlead.pdf.handouts import Request
from stemlead.store import Database

QUIET = ("Celebrations", "Norms check", "Data review", "Coach's corner", "Next steps")


def summary_text(db: Database, meeting: int) -> str:
    data = handouts.build(db, Request("summary", meeting), made_on=date(2026, 11, 25))
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def test_decisions_and_action_items_lead_and_quiet_items_share_one_line(db: Database) -> None:
    plc = groups.add(db, name="Grade 5 Science PLC")
    ana = teachers.add(db, name="Ana Okafor")
    groups.add_member(db, plc, teacher_id=ana)
    meeting = meetings.add(db, starts_at="2026-11-24T15:45", tzid="America/Chicago", group_id=plc)
    for title in QUIET[:3]:
        agenda.add(db, meeting, title, minutes=5)
    talked = agenda.add(db, meeting, "Student work: CER samples", minutes=20)
    agenda.update(db, talked, notes="Most claims cited one piece of evidence.", outcome="Reteach")
    for title in QUIET[3:]:
        agenda.add(db, meeting, title, minutes=5)
    attendance.mark(db, meeting, "present", teacher_id=ana)
    decisions.record(db, meeting, "Use the CER rubric in unit 3")
    action_items.add(db, "Share the rubric", meeting_id=meeting, owner_teacher_id=ana)

    text = summary_text(db, meeting)
    order = [
        text.index(heading)
        for heading in ("Decisions", "Action items", "Attendance", "Agenda items")
    ]
    assert order == sorted(order), text
    assert "No notes were taken for this item" not in text
    assert text.count("No notes") <= 1
    assert "Most claims cited one piece of evidence." in text
    quiet = text[text.index("No notes were taken for") :]
    line = " ".join(quiet.split())
    for title in QUIET:  # named once each, in agenda order, in one sentence
        assert title in line[:300], title
    assert [line.index(t) for t in QUIET] == sorted(line.index(t) for t in QUIET)


def test_a_meeting_with_no_minutes_at_all_says_so_once(db: Database) -> None:
    meeting = meetings.add(db, starts_at="2026-11-24T15:45", tzid="America/Chicago")
    for title in QUIET:
        agenda.add(db, meeting, title)
    text = summary_text(db, meeting)
    assert text.count("No notes") == 1
    assert text.index("Action items") < text.index("Agenda items")
