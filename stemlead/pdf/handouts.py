"""One way to ask for any handout, used by the command line and the GUI alike.

A :class:`Request` names the handout and what it is about; :func:`build` makes its PDF
bytes (importing reportlab only then), :func:`file_name` suggests where to save it, and
:func:`save` writes the bytes so that a failed or refused export leaves no file behind.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from stemlead.errors import InvalidInput
from stemlead.store import Database, output_file

KINDS = (
    "agenda",
    "summary",
    "cycle",
    "observation",
    "partners",
    "impact",
    "event",
    "newsletter",
    "lesson-plan",
    "review",
    "mentorship",
    "mentoring-summary",
    "learning-plan",
)
WITH_ID = (
    "agenda",
    "summary",
    "cycle",
    "observation",
    "event",
    "lesson-plan",
    "review",
    "mentorship",
    "mentoring-summary",
    "learning-plan",
)
LABELS = {
    "agenda": "Meeting agenda",
    "summary": "Meeting summary",
    "cycle": "Coaching cycle summary",
    "observation": "Observation note",
    "partners": "Partner directory",
    "impact": "Impact report",
    "event": "Event summary",
    "newsletter": "Newsletter",
    "lesson-plan": "Lesson plan",
    "review": "Review feedback",
    "mentorship": "Mentoring agreement",
    "mentoring-summary": "Mentoring summary",
    "learning-plan": "Learning plan",
}


@dataclass(frozen=True)
class Request:
    """Which handout: ``item_id`` for a meeting, cycle, observation, event, saved newsletter,
    lesson plan, review round, mentoring pair or the teacher of a learning plan; dates for
    impact (and for a newsletter of what a period holds)."""

    kind: str
    item_id: int | None = None
    since: str | None = None
    until: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise InvalidInput(f"There is no handout called '{self.kind}'.")
        if self.kind in WITH_ID and self.item_id is None:
            raise InvalidInput(f"A {LABELS[self.kind].lower()} needs the id of what it is about.")
        if self.kind == "newsletter" and self.item_id is None and not (self.since and self.until):
            raise InvalidInput(
                "A newsletter needs its id, or the dates it covers (--from and --to)."
            )

    @property
    def label(self) -> str:
        return LABELS[self.kind]


def impact_dates(since: str | date | None, until: str | date | None) -> tuple[str, str]:
    """The impact report's dates: by default this school year, up to today."""
    from stemlead.clock import today
    from stemlead.core.fields import parse_date
    from stemlead.core.impact import school_year

    end = parse_date(until, "End date") if until else today()
    start = parse_date(since, "Start date") if since else school_year(end)[0]
    if end < start:
        raise InvalidInput("The report's end date is before its start date.")
    return start.isoformat(), end.isoformat()


_one_at_a_time = threading.Lock()  # reportlab keeps global state (fonts, caches)


def build(db: Database, request: Request, *, made_on: date | None = None) -> bytes:
    """The handout's PDF bytes: exactly what a preview shows and a save writes.

    Safe to call from a worker thread; builds in several threads take turns."""
    with _one_at_a_time:
        return _build(db, request, made_on)


# the handouts of one item: kind -> (module in stemlead.pdf, its builder), imported on use
_OF_ONE_ITEM = {
    "agenda": ("agenda", "build_agenda"),
    "summary": ("meeting_summary", "build_meeting_summary"),
    "cycle": ("cycle_summary", "build_cycle_summary"),
    "observation": ("observation_note", "build_observation_note"),
    "event": ("event_summary", "build_event_summary"),
    "lesson-plan": ("lesson_plan", "build_lesson_plan"),
    "review": ("review_summary", "build_review_summary"),
    "mentorship": ("mentoring_agreement", "build_mentoring_agreement"),
    "mentoring-summary": ("mentoring_summary", "build_mentoring_summary"),
    "learning-plan": ("learning_plan", "build_learning_plan"),
}


def _build(db: Database, request: Request, made_on: date | None) -> bytes:
    assert request.kind in KINDS
    if request.kind in _OF_ONE_ITEM:
        import importlib

        module, name = _OF_ONE_ITEM[request.kind]
        build = getattr(importlib.import_module(f"stemlead.pdf.{module}"), name)
        data: bytes = build(db, int(request.item_id or 0), made_on=made_on)
        return data
    if request.kind == "partners":
        from stemlead.pdf.partner_directory import build_partner_directory

        return build_partner_directory(db, made_on=made_on)
    if request.kind == "newsletter":
        from stemlead.pdf.newsletter import build_newsletter

        return build_newsletter(
            db, request.item_id, since=request.since, until=request.until, made_on=made_on
        )
    from stemlead.pdf.impact_report import build_impact_report

    since, until = impact_dates(request.since, request.until)
    return build_impact_report(db, since, until, made_on=made_on)


def file_name(db: Database, request: Request, *, made_on: date | None = None) -> str:
    """The name a person would give the file (see :mod:`stemlead.pdf.names`)."""
    from stemlead.pdf import names

    item = int(request.item_id or 0)
    if request.kind == "agenda":
        return names.agenda(db, item)
    if request.kind == "summary":
        return names.meeting_summary(db, item)
    if request.kind == "cycle":
        return names.cycle_summary(db, item, made_on)
    if request.kind == "observation":
        return names.observation_note(db, item)
    if request.kind == "partners":
        return names.partner_directory(made_on)
    if request.kind == "event":
        return names.event_summary(db, item)
    if request.kind == "newsletter":
        return names.newsletter(db, request.item_id, request.since, request.until)
    if request.kind == "lesson-plan":
        return names.lesson_plan(db, item)
    if request.kind == "review":
        return names.review(db, item)
    if request.kind in ("mentorship", "mentoring-summary"):
        return names.mentoring(db, item, request.label.lower(), made_on)
    if request.kind == "learning-plan":
        return names.learning_plan(db, item, made_on)
    return names.impact_report(*impact_dates(request.since, request.until))


def save(data: bytes, path: Path | str, *, database: Path) -> Path:
    """Write ``data`` to ``path`` whole or not at all, never over ``database`` or its files;
    readable by others as the umask allows (a handout is for sharing, unlike the database)."""
    return output_file.write(path, data, database=database, mode=output_file.shared_mode())
