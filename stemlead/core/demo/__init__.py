"""A realistic demo district, generated the same way every time (``stemlead demo``).

Why it exists: first-run exploration, screenshots, handout checks and performance tests all
need a database that looks like a real STEM coach's year — several schools, teachers whose
names come from many cultures and scripts, coaching cycles in every stage, live-captured
observation logs, PLC meetings with agendas and minutes, partners with agreements — and
they need the *same* database on every run, so a problem seen once can be seen again.

How: everything comes from one ``random.Random(seed)`` and every date is counted from
``today``, so the same ``today``, ``scale`` and ``seed`` give identical data; the real clock
only stamps ``created_at``/``updated_at``. Every record goes in through the core functions
the GUI uses (so the demo exercises their validation too), inside one transaction with the
search index rebuilt once at the end.

Where: the words are data in ``resources/demo/*.json`` (:mod:`.content`); the
:class:`~.district.District` being built holds the random source, the school calendar and
what exists so far; :mod:`.people` makes schools and teachers, :mod:`.partners` partners,
:mod:`.groups` groups and their meeting calendars, :mod:`.coaching` cycles and the coaching
log, :mod:`.classroom` observations, :mod:`.meetings` what happens in meetings,
:mod:`.community` events, stakeholders, communications, newsletters and the advisory
board's terms, :mod:`.lessons` the lesson-plan library and its review rounds,
:mod:`.learning` the professional-learning catalogue and plans, and :mod:`.mentoring` the
mentoring pairs and their check-ins.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, fields
from datetime import date

from stemlead import clock
from stemlead.core import settings
from stemlead.core.changes import Kind, changes
from stemlead.core.demo import (
    classroom,
    coaching,
    community,
    content,
    groups,
    learning,
    lessons,
    meetings,
    mentoring,
    partners,
    people,
)
from stemlead.core.demo.district import District
from stemlead.errors import InvalidInput, StemLeadError
from stemlead.store import Database, search_index

__all__ = ["MAX_SCALE", "DemoSummary", "generate", "summarize"]

MAX_SCALE = 100  # the same limit as `stemlead demo --scale`


@dataclass(frozen=True)
class DemoSummary:
    """How much demo data was made (what ``stemlead demo`` prints)."""

    teachers: int
    cycles: int
    observations: int
    evidence_lines: int
    groups: int
    meetings: int
    action_items: int
    partners: int
    contacts: int
    interactions: int
    agreements: int
    coaching_logs: int
    events: int
    communications: int
    lesson_plans: int
    review_rounds: int
    mentorships: int
    check_ins: int
    offerings: int
    learning_plan_entries: int

    def describe(self) -> str:
        """One line: ``40 teachers, 14 cycles, ...``."""
        return ", ".join(
            f"{getattr(self, f.name)} {f.name.replace('_', ' ')}" for f in fields(self)
        )


_SUMMARY_TABLES = {
    "teachers": "teachers",
    "cycles": "cycles",
    "observations": "observations",
    "evidence_lines": "observation_lines",
    "groups": "groups",
    "meetings": "meetings",
    "action_items": "action_items",
    "partners": "partners",
    "contacts": "contacts",
    "interactions": "interactions",
    "agreements": "agreements",
    "coaching_logs": "coaching_logs",
    "events": "events",
    "communications": "communications",
    "lesson_plans": "lesson_plans",
    "review_rounds": "review_rounds",
    "mentorships": "mentorships",
    "check_ins": "check_ins",
    "offerings": "offerings",
    "learning_plan_entries": "plan_items",
}


def summarize(db: Database) -> DemoSummary:
    """Count what a database holds, in the shape of a :class:`DemoSummary`."""
    return DemoSummary(
        **{
            name: int(db.scalar(f"SELECT count(*) FROM {table}"))
            for name, table in _SUMMARY_TABLES.items()
        }
    )


@changes(*Kind)
def generate(
    db: Database, *, scale: int = 1, today: date | None = None, seed: int = 2026
) -> DemoSummary:
    """Fill a new, empty database with a demo district; ``scale`` multiplies its size.

    Refuses (StemLeadError) a database that already holds teachers, groups or partners,
    and leaves it untouched.
    """
    if isinstance(scale, bool) or not isinstance(scale, int) or not 1 <= scale <= MAX_SCALE:
        raise InvalidInput(f"The demo scale must be a whole number from 1 to {MAX_SCALE}.")
    held = [
        table
        for table in ("teachers", "groups", "partners")
        if db.scalar(f"SELECT 1 FROM {table} LIMIT 1") is not None
    ]
    if held:
        listed = held[0] if len(held) == 1 else f"{', '.join(held[:-1])} and {held[-1]}"
        raise StemLeadError(
            f"{db.path.name} already holds {listed}; demo data only goes into a new, empty "
            "database, so choose a new file for it."
        )
    day = today or clock.today()
    with db.transaction(), search_index.suspended(db):
        _build(District(db, random.Random(seed), scale, day))
    return summarize(db)


def _build(d: District) -> None:
    """Everything, in an order that never changes: each step draws from the same random
    source, so moving one would change every record (and id) after it."""
    district = content.load("district")
    settings.put(
        d.db, coach_name=district["coach_name"], organization_name=district["organization"]
    )
    for cluster in range(d.scale):
        people.add_cluster(d, cluster)
    classroom.look_for_tags(d)
    for cluster in range(d.scale):
        groups.add_plcs(d, cluster)
        groups.add_leadership_team(d, cluster)
    groups.add_role_alike_group(d)
    for _ in range(d.scale):
        partners.add_partners(d)
    for cluster in range(d.scale):
        coaching.add_cycles(d, cluster)
        classroom.add_walkthroughs(d, cluster)
        coaching.add_coaching_logs(d, cluster)
    groups.add_advisory_board(d)
    groups.add_stem_night_committee(d)
    # Agendas, minutes and action items once every teacher, contact and group exists.
    for group in d.groups:
        meetings.run_meetings(d, group)
    coaching.add_own_action_items(d)
    # The lesson-plan library last: its reviews sit in meetings that are held by now.
    for cluster in range(d.scale):
        lessons.add_lesson_plans(d, cluster)

    # Community events, stakeholders and communications last, so nothing above changes.
    community.add_community(d)
    # Teacher growth last, so adding it changed nothing made before it.
    learning.add_catalogue(d)
    for cluster in range(d.scale):
        learning.add_plans(d, cluster)
    learning.add_coach_plan(d)
    mentoring.add_pairs(d)
