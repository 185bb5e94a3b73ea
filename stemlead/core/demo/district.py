"""The district being built: its random source, its school calendar, what exists so far.

Every part of the demo is a function of one :class:`District`. It holds the only
``random.Random`` (so the draws happen in one fixed order), counts every date from the
demo's ``today`` rather than the real clock, and remembers the schools, teachers,
contacts and groups made so far for the parts that come later.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from stemlead.core.demo import content
from stemlead.core.demo.names import Names
from stemlead.store import Database

TZID = "America/Chicago"
TZ = ZoneInfo(TZID)


def day_off(d: date) -> str:
    """Why there is no school on ``d`` ("" on a school day): no visits, no PLCs."""
    if d.weekday() >= 5:
        return "weekend"
    if (d.month, d.day) >= (12, 21) or (d.month, d.day) <= (1, 3):
        return "winter break"
    if d.month == 9 and d.weekday() == 0 and d.day <= 7:
        return "Labor Day"
    if d.month == 11:
        first_thursday = 1 + (3 - date(d.year, 11, 1).weekday()) % 7
        thanksgiving = first_thursday + 21
        if thanksgiving - 3 <= d.day <= thanksgiving + 1:
            return "Thanksgiving break"
    return ""


class Fill(dict[str, Any]):
    """Fills {placeholders} in templates: fixed values first, then random vocabulary."""

    def __init__(self, rng: random.Random, **fixed: Any) -> None:
        super().__init__(fixed)
        self.rng = rng

    def __missing__(self, key: str) -> Any:
        if key == "n":
            return self.rng.randint(3, 7)
        if key == "k":
            return self.rng.randint(1, 28)
        return self.rng.choice(content.load("observations")["vocabulary"][key])


@dataclass
class School:
    name: str
    short: str
    level: str  # elementary, middle, high
    cluster: int


@dataclass
class Teacher:
    id: int
    name: str
    school: School
    band: str
    grade: str
    subjects: list[str]
    domain: str
    cluster: int


@dataclass
class Contact:
    id: int
    name: str
    partner_kind: str


@dataclass
class Group:
    """A group whose meetings are held (agendas, minutes) once everything else exists."""

    id: int
    kind: str
    teachers: list[Teacher]
    contacts: list[Contact] = field(default_factory=list)
    items: tuple[content.Item, ...] = ()
    context: dict[str, list[str]] = field(default_factory=dict)
    interval: int = 7
    guest: str = ""
    decided: set[str] = field(default_factory=set)  # decisions made once, not again


class District:
    def __init__(self, db: Database, rng: random.Random, scale: int, today: date) -> None:
        self.db = db
        self.rng = rng
        self.scale = scale
        self.today = today
        self.names = Names(rng)
        self.schools: list[School] = []
        self.teachers: list[Teacher] = []
        self.contacts: list[Contact] = []
        self.partner_ids: list[int] = []
        self.partner_names: set[str] = set()
        self.emails: set[str] = set()
        self.tags: dict[str, list[int]] = {}  # framework tag ids for each domain
        self.tag_focus: dict[int, str] = {}  # how each tag reads inside a sentence
        self.groups: list[Group] = []
        self.busy: set[tuple[date, int]] = set()  # (day, period) of each classroom visit

    # -- time ------------------------------------------------------------------------------
    def school_day(self, days_ago: int) -> date:
        """A school day ``days_ago`` days before today (a day off moves back)."""
        d = self.today - timedelta(days=days_ago)
        while day_off(d):
            d -= timedelta(days=1)
        return d

    def later_school_day(self, d: date, days: int) -> date:
        """A school day about ``days`` after ``d``, never after today."""
        d = min(d + timedelta(days=days), self.today)
        while day_off(d) and d < self.today:
            d += timedelta(days=1)
        while day_off(d):
            d -= timedelta(days=1)
        return d

    def near_school_day(self, offset: int) -> date:
        """The school day ``offset`` days from today, moving away from today if needed."""
        if offset <= 0:
            return self.school_day(-offset)
        d = self.today + timedelta(days=offset)
        while day_off(d):
            d += timedelta(days=1)
        return d

    @staticmethod
    def at(d: date, hour: int, minute: int = 0, second: int = 0) -> datetime:
        """A moment on ``d`` in the district's time zone."""
        return datetime.combine(d, time(hour, minute, second), tzinfo=TZ)

    def at_school(self, d: date) -> datetime:
        return self.at(d, self.rng.randint(7, 15), self.rng.choice((0, 10, 15, 20, 30, 45)))

    # -- choices ---------------------------------------------------------------------------
    def pick(self, pool: Sequence[Any]) -> Any:
        return self.rng.choice(pool)

    def email(self, local: str, domain: str) -> str:
        """A new address at ``domain``; a taken one gets a number (``zoe.martinez2@...``)."""
        candidate, n = f"{local}@{domain}", 2
        while candidate in self.emails:
            candidate, n = f"{local}{n}@{domain}", n + 1
        self.emails.add(candidate)
        return candidate

    def cluster_teachers(self, cluster: int) -> list[Teacher]:
        return [t for t in self.teachers if t.cluster == cluster]
