"""File names a person would choose for a handout: ``2026-12-01 Grade 5 Science PLC - agenda.pdf``.

The date first so a folder sorts by date; the meeting, teacher or cycle by name; what the
handout is last. Names are safe on Windows, macOS and Linux: no reserved characters or
device names, no trailing dots or spaces, and short enough for deep folders. No reportlab
here, so the GUI can suggest a name before anything is built.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from stemlead.clock import today
from stemlead.core import (
    cycles,
    groups,
    lesson_plans,
    lesson_versions,
    meetings,
    observations,
    review_rounds,
    teachers,
)
from stemlead.core.fields import parse_date
from stemlead.store import Database

MAX_STEM = 120  # characters before ".pdf": room for a long folder path on Windows
_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{i}" for i in range(1, 10)),
    *(f"LPT{i}" for i in range(1, 10)),
}


def safe_file_name(stem: str, extension: str = ".pdf") -> str:
    """``stem`` made safe to save on any common system, with ``extension`` added."""
    text = unicodedata.normalize("NFC", stem).replace("\t", " ").replace("\n", " ")
    text = text.replace("/", "-").replace("\\", "-").replace(":", " -")
    text = _FORBIDDEN.sub("", text)
    text = "".join(c for c in text if unicodedata.category(c) not in ("Cf", "Cs", "Co"))
    text = " ".join(text.split())
    if len(text) > MAX_STEM:
        text = text[:MAX_STEM].rstrip()
    text = text.rstrip(". ").lstrip(". ")
    if not text:
        text = "Handout"
    if text.split(".")[0].upper() in _RESERVED:
        text = f"{text} handout"
    return text + extension


def _day(value: str | date | None) -> str:
    return parse_date(value).isoformat() if value else today().isoformat()


def agenda(db: Database, meeting_id: int) -> str:
    return safe_file_name(f"{_meeting_stem(db, meeting_id)} - agenda")


def meeting_summary(db: Database, meeting_id: int) -> str:
    return safe_file_name(f"{_meeting_stem(db, meeting_id)} - summary")


def _meeting_stem(db: Database, meeting_id: int) -> str:
    meeting = meetings.get(db, meeting_id)
    title = meeting.title
    if not title and meeting.group_id is not None:
        title = groups.get(db, meeting.group_id).name
    return f"{meeting.starts_at[:10]} {title or 'Meeting'}"


def cycle_summary(db: Database, cycle_id: int, made_on: date | None = None) -> str:
    cycle = cycles.get(db, cycle_id)
    title = cycle.title or ", ".join(
        teachers.get(db, t).name for t in cycles.teacher_ids(db, cycle_id)
    )
    return safe_file_name(f"{_day(made_on)} {title or 'Coaching cycle'} - cycle summary")


def observation_note(db: Database, observation_id: int) -> str:
    visit = observations.get(db, observation_id)
    name = teachers.get(db, visit.teacher_id).name
    return safe_file_name(f"{visit.starts_at[:10]} {name} - observation note")


def partner_directory(made_on: date | None = None) -> str:
    return safe_file_name(f"{_day(made_on)} Partner directory")


def impact_report(since: str | date, until: str | date) -> str:
    return safe_file_name(f"Impact report {_day(since)} to {_day(until)}")


def event_summary(db: Database, event_id: int) -> str:
    from stemlead.core import events

    event = events.get(db, event_id)
    return safe_file_name(f"{event.day} {event.title} - event")


def newsletter(
    db: Database,
    newsletter_id: int | None,
    since: str | None,
    until: str | None,
    extension: str = ".pdf",
) -> str:
    """``2026-11-01 STEM news - November 2026.pdf`` (a saved one by its title)."""
    from stemlead.core import newsletters
    from stemlead.core.newsletter_proposals import period_title

    if newsletter_id is not None:
        found = newsletters.get(db, newsletter_id)
        start, title = found.starts_on, found.title
    else:
        start, end = newsletters.period(since, until)
        title = period_title(start, end)
    return safe_file_name(f"{start} {title}", extension)


def lesson_plan(db: Database, plan_id: int) -> str:
    return safe_file_name(f"{lesson_plans.get(db, plan_id).title} - lesson plan")


def review(db: Database, round_id: int) -> str:
    round_ = review_rounds.get(db, round_id)
    version = lesson_versions.get(db, round_.version_id)
    day = round_.held_on or round_.created_at[:10]
    return safe_file_name(f"{day} {version.title} - feedback")


def mentoring(db: Database, pair_id: int, what: str, made_on: date | None = None) -> str:
    """``2026-11-23 Zoë Martínez and Dana Reed - mentoring agreement.pdf``."""
    from stemlead.core import mentorships

    pair = mentorships.get(db, pair_id)
    mentee = teachers.get(db, pair.mentee_id).name
    return safe_file_name(f"{_day(made_on)} {mentee} and {pair.mentor_name or 'mentor'} - {what}")


def learning_plan(db: Database, teacher_id: int, made_on: date | None = None) -> str:
    from stemlead.core import learning_plans

    owner = learning_plans.plan(db, teacher_id).owner
    return safe_file_name(f"{_day(made_on)} {owner} - learning plan")
