"""What a newsletter could say, proposed from the data for a period.

Coming up (planned events after the period), highlights of the events held in it (counts
and a consented photo), the program by the numbers (from the impact figures), thank-yous
to the partners who gave, and a spotlight on a teacher who agreed to be named. Every count
of people goes through the minimum-count rule (:mod:`.small_counts`), no private note is
read, and nobody is named who has not agreed to be: the coach edits from there.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from stemlead.core import event_people, event_photos, events, impact, settings
from stemlead.core.small_counts import is_small, phrase
from stemlead.store import Database

UPCOMING_DAYS = 90


@dataclass(frozen=True, slots=True)
class Proposal:
    kind: str  # upcoming, highlight, program, thanks, spotlight
    heading: str
    body: str
    event_id: int | None = None
    teacher_id: int | None = None
    photo_id: int | None = None


def when(moment: str, twenty_four: bool = False) -> str:
    """ "Friday, December 4 at 5:30 pm" (the year is the newsletter's own)."""
    start = datetime.fromisoformat(moment)
    if twenty_four:
        clock = f"{start:%H:%M}"
    else:
        clock = f"{start.hour % 12 or 12}:{start:%M} {'am' if start.hour < 12 else 'pm'}"
    return f"{start:%A}, {start:%B} {start.day} at {clock}"


def _join(parts: list[str]) -> str:
    if len(parts) <= 1:
        return "".join(parts)
    return ", ".join(parts[:-1]) + " and " + parts[-1]


def propose(db: Database, since: str, until: str) -> list[Proposal]:
    """The blocks the data suggests for ``since``..``until`` (inclusive dates), in order."""
    out: list[Proposal] = []
    held = events.held_between(db, since, until)
    coming = events.upcoming(db, until, days=UPCOMING_DAYS)
    h24 = settings.get(db, "time_format") == "24h"
    if coming:
        lines = [
            f"• {e.title} — {when(e.starts_at, h24)}" + (f", {e.place}" if e.place else "")
            for e in coming
        ]
        out.append(Proposal("upcoming", "Coming up", "\n".join(lines)))
    out += [_highlight(db, event) for event in held]
    program = _program(db, since, until)
    if program:
        out.append(Proposal("program", "Our STEM program by the numbers", program))
    thanks = _thanks(db, held, since, until)
    if thanks:
        out.append(Proposal("thanks", "Thank you to our partners", thanks))
    spotlight = _spotlight(db, held)
    if spotlight is not None:
        out.append(spotlight)
    return out


def _highlight(db: Database, event: events.Event) -> Proposal:
    came = [
        phrase(event.students, "student"),
        phrase(event.families, "family", "families"),
        phrase(event.visitors, "visitor"),
    ]
    counts = [
        c for c, n in zip(came, (event.students, event.families, event.visitors), strict=True) if n
    ]
    helpers = len(event_people.volunteers_of(db, event.id))
    partners = event_people.partners_of(db, event.id)
    sentences = []
    if counts:
        sentences.append(f"{_join(counts)} took part.".capitalize())
    made = [p.name for p in partners]
    if helpers:
        volunteers = "volunteers" if is_small(helpers) else phrase(helpers, "volunteer")
        made.insert(0, f"our {volunteers}")
    if made:
        sentences.append(f"Thank you to {_join(made)} for making it happen.")
    first = event.description.strip().split("\n\n")[0].strip()
    body = "\n".join(s for s in (first, " ".join(sentences)) if s)
    photos = event_photos.shareable(db, event.id)
    return Proposal(
        "highlight",
        event.title,
        body,
        event_id=event.id,
        photo_id=photos[0].id if photos else None,
    )


def _program(db: Database, since: str, until: str) -> str:
    """The coaching program's counts for the period, one line each (people counts
    suppressed when small)."""
    report = impact.measure(db, since, until)
    lines = []
    if report.teachers_reached:
        schools = len(report.teachers_by_school)
        at = f" at {schools} schools" if schools > 1 else ""
        lines.append(f"• {phrase(report.teachers_reached, 'teacher')} supported{at}")
    if report.cycles_in_range:
        lines.append(f"• {phrase(report.cycles_in_range, 'coaching cycle')}")
    hours = round(report.coaching_minutes / 60)
    if hours:
        lines.append(f"• {hours:,} hours of coaching" if hours != 1 else "• 1 hour of coaching")
    if report.observations:
        lines.append(f"• {phrase(report.observations, 'classroom visit')}")
    if report.plc_meetings_held:
        many = report.plc_meetings_held
        lines.append(f"• {many:,} PLC meeting{'s' if many != 1 else ''} held")
    if report.partners_active:
        many = report.partners_active
        lines.append(f"• {many:,} community partner{'s' if many != 1 else ''}")
    return "\n".join(lines)


def _thanks(db: Database, held: list[events.Event], since: str, until: str) -> str:
    """The partners who gave to the period's events (with what they brought), then those
    whose active agreements ran in the period."""
    given: dict[str, str] = {}
    for event in held:
        for p in event_people.partners_of(db, event.id):
            if p.brings and not given.get(p.name):
                given[p.name] = p.brings
            given.setdefault(p.name, "")
    for name, provides in db.query(
        """SELECT p.name, a.partner_provides FROM agreements a JOIN partners p ON p.id = a.partner_id
           WHERE a.status = 'active' AND coalesce(a.starts_on, '') <= :until
             AND (a.ends_on IS NULL OR a.ends_on >= :since)
           ORDER BY p.name COLLATE NOCASE, a.id""",
        {"since": since, "until": until},
    ):
        if name not in given:
            given[name] = (provides or "").strip().split("\n")[0]
    return "\n".join(f"• {name} — {what}" if what else f"• {name}" for name, what in given.items())


def _spotlight(db: Database, held: list[events.Event]) -> Proposal | None:
    """The teacher who agreed to be named and helped most at the period's events."""
    roles: dict[int, list[str]] = {}
    counts: Counter[int] = Counter()
    ids = [e.id for e in held]
    if not ids:
        return None
    marks = ", ".join("?" for _ in ids)
    for teacher_id, role, title in db.query(
        f"""SELECT v.teacher_id, v.role, e.title FROM event_volunteers v
            JOIN teachers t ON t.id = v.teacher_id JOIN events e ON e.id = v.event_id
            WHERE t.may_be_named = 1 AND v.event_id IN ({marks})
            ORDER BY datetime(e.starts_at), v.id""",
        ids,
    ):
        label = event_people.ROLE_LABELS[role].lower()
        roles.setdefault(teacher_id, []).append(f"{label} at {title}")
        counts[teacher_id] += 1
    if not counts:
        return None
    teacher_id = min(counts, key=lambda t: (-counts[t], t))
    name, school = db.one("SELECT name, school FROM teachers WHERE id = ?", (teacher_id,)) or (
        "",
        "",
    )
    at = f" of {school}" if school else ""
    body = f"{name}{at} was {_join(roles[teacher_id])}. Thank you for sharing your love of STEM!"
    return Proposal("spotlight", f"Teacher spotlight: {name}", body, teacher_id=teacher_id)


def period_title(since: str, until: str) -> str:
    """ "STEM news — November 2026", "STEM news — September–October 2026", or with days
    when the period is not whole months."""
    start, end = date.fromisoformat(since), date.fromisoformat(until)
    whole = start.day == 1 and (end + timedelta(days=1)).day == 1
    if whole or (start.day == 1 and (start.year, start.month) == (end.year, end.month)):
        if (start.year, start.month) == (end.year, end.month):
            return f"STEM news — {start:%B} {start.year}"
        if start.year == end.year:
            return f"STEM news — {start:%B}–{end:%B} {end.year}"
        return f"STEM news — {start:%B} {start.year} – {end:%B} {end.year}"
    left = f"{start:%B} {start.day}" + (f", {start.year}" if start.year != end.year else "")
    return f"STEM news — {left} to {end:%B} {end.day}, {end.year}"
