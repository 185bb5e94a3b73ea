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
    "mentorship": "Mentoring agreement",
    "mentoring-summary": "Mentoring summary",
    "learning-plan": "Learning plan",
}
_NEEDS_ID = ("agenda", "summary", "cycle", "observation", "mentorship", "mentoring-summary")
_NEEDS_ID += ("learning-plan",)  # the teacher's id; 0 is the coach's own plan


@dataclass(frozen=True)
class Request:
    """Which handout: ``item_id`` for a meeting, cycle, observation, mentoring pair or the
    teacher of a learning plan; dates for impact."""

    kind: str
    item_id: int | None = None
    since: str | None = None
    until: str | None = None

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise InvalidInput(f"There is no handout called '{self.kind}'.")
        if self.kind in _NEEDS_ID and self.item_id is None:
            raise InvalidInput(f"A {LABELS[self.kind].lower()} needs the id of what it is about.")

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


def _build(db: Database, request: Request, made_on: date | None) -> bytes:
    assert request.kind in KINDS
    item = int(request.item_id or 0)
    if request.kind == "agenda":
        from stemlead.pdf.agenda import build_agenda

        return build_agenda(db, item, made_on=made_on)
    if request.kind == "summary":
        from stemlead.pdf.meeting_summary import build_meeting_summary

        return build_meeting_summary(db, item, made_on=made_on)
    if request.kind == "cycle":
        from stemlead.pdf.cycle_summary import build_cycle_summary

        return build_cycle_summary(db, item, made_on=made_on)
    if request.kind == "observation":
        from stemlead.pdf.observation_note import build_observation_note

        return build_observation_note(db, item, made_on=made_on)
    if request.kind == "partners":
        from stemlead.pdf.partner_directory import build_partner_directory

        return build_partner_directory(db, made_on=made_on)
    if request.kind == "mentorship":
        from stemlead.pdf.mentoring_agreement import build_mentoring_agreement

        return build_mentoring_agreement(db, item, made_on=made_on)
    if request.kind == "mentoring-summary":
        from stemlead.pdf.mentoring_summary import build_mentoring_summary

        return build_mentoring_summary(db, item, made_on=made_on)
    if request.kind == "learning-plan":
        from stemlead.pdf.learning_plan import build_learning_plan

        return build_learning_plan(db, item, made_on=made_on)
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
    if request.kind in ("mentorship", "mentoring-summary"):
        return names.mentoring(db, item, request.label.lower(), made_on)
    if request.kind == "learning-plan":
        return names.learning_plan(db, item, made_on)
    return names.impact_report(*impact_dates(request.since, request.until))


def save(data: bytes, path: Path | str, *, database: Path) -> Path:
    """Write ``data`` to ``path`` whole or not at all, never over ``database`` or its files;
    readable by others as the umask allows (a handout is for sharing, unlike the database)."""
    return output_file.write(path, data, database=database, mode=output_file.shared_mode())
