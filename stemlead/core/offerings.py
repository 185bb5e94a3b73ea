"""Offerings: the reusable catalogue of professional learning a teacher can choose from.

Workshops, online courses, summer institutes, internships with a partner, conferences,
lesson study, observing a colleague, and for the teacher leader role-alike meetings and
association events. Each serves at least one growth area (that is how it reaches the
teachers who named that area) and, optionally, some subjects. Hours cannot exceed 24 a day
over its dates: a typo of 60 for 6 would otherwise swell every PD total.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from stemlead.core import records
from stemlead.core.agreements import Currency
from stemlead.core.changes import Kind, changes
from stemlead.core.fields import (
    Choice,
    DateField,
    Hours,
    Money,
    Notes,
    Ref,
    StringList,
    Text,
    hours_text,
)
from stemlead.core.growth_areas import key, unique
from stemlead.core.records import Record, editable
from stemlead.errors import InvalidInput
from stemlead.store import Database

FORMATS = (
    "workshop",
    "online_course",
    "summer_institute",
    "internship",
    "conference",
    "lesson_study",
    "peer_observation",
    "role_alike",
    "association_event",
)
FORMAT_LABELS = {
    "workshop": "Workshop",
    "online_course": "Online course",
    "summer_institute": "Summer institute (residential)",
    "internship": "Internship with a partner",
    "conference": "Conference",
    "lesson_study": "Lesson study",
    "peer_observation": "Observing a colleague",
    "role_alike": "Role-alike meeting",
    "association_event": "Association event",
}
DAY_MINUTES = 24 * 60


@dataclass(slots=True)
class Offering(Record):
    TABLE = "offerings"
    NOUN = "offering"

    id: int
    title: str = editable(Text("Title", required=True, max_len=300))
    format: str = editable(Choice("Format", FORMATS), "workshop")
    provider_partner_id: int | None = editable(Ref("Provider", table="partners"), None)
    provider: str = editable(Text("Provider", max_len=200), "")
    starts_on: str | None = editable(DateField("Start date"), None)
    ends_on: str | None = editable(DateField("End date"), None)
    minutes: int = editable(Hours("Hours"), 0)
    cost_cents: int = editable(Money("Cost"), 0)
    currency: str = editable(Currency("Currency", max_len=3), "USD")
    areas: list[str] = editable(StringList("Growth areas", max_items=20, item_max_len=120), [])
    subjects: list[str] = editable(StringList("Subjects"), [])
    description: str = editable(Notes("Description"), "")
    link: str = editable(Text("Link", max_len=1000), "")
    created_at: str = ""
    updated_at: str = ""

    def describe(self) -> str:
        return self.title

    @property
    def days(self) -> int | None:
        """How many days it runs (None when it has no dates)."""
        return span_days(self.starts_on, self.ends_on)


def span_days(starts_on: str | None, ends_on: str | None) -> int | None:
    if not starts_on and not ends_on:
        return None
    if not starts_on or not ends_on:
        return 1
    return (date.fromisoformat(ends_on) - date.fromisoformat(starts_on)).days + 1


def check_hours(minutes: int, days: int | None, what: str = "An offering") -> None:
    """Refuse more than 24 hours a day over ``days`` (no dates: no limit but the field's)."""
    if days is not None and minutes > days * DAY_MINUTES:
        span = "1 day" if days == 1 else f"{days} days"
        raise InvalidInput(
            f"{what} of {hours_text(minutes)} hours over {span} is more than 24 hours a day; "
            "check the hours or the dates."
        )


_crud = records.Crud(Offering, Kind.OFFERING)
get, delete = _crud.get, _crud.delete


def _checked(db: Database, current: Offering | None, values: dict[str, Any]) -> dict[str, Any]:
    """The values as stored, with the rules that span fields: an area at least, dates in
    order, hours that fit the dates; provider text filled from the partner chosen."""
    checked = records.validated(db, Offering, values)
    areas = checked.get("areas")
    if areas is not None or current is None:
        labels = unique(Offering.fields()["areas"].load(areas) if areas else [])
        if not labels:
            raise InvalidInput(
                "An offering needs at least one growth area it serves, so it can reach the "
                "teachers who named that area."
            )
        values = {**values, "areas": labels}
    starts = checked.get("starts_on", current.starts_on if current else None)
    ends = checked.get("ends_on", current.ends_on if current else None)
    if starts and ends and ends < starts:
        raise InvalidInput("The end date is before the start date.")
    minutes = checked.get("minutes", current.minutes if current else 0)
    check_hours(minutes, span_days(starts, ends))
    partner = checked.get("provider_partner_id")
    if partner is not None and not values.get("provider"):
        values = {
            **values,
            "provider": db.scalar("SELECT name FROM partners WHERE id = ?", (partner,)),
        }
    return values


@changes(Kind.OFFERING)
def add(db: Database, **values: Any) -> int:
    """Add an offering to the catalogue (``areas``: at least one growth area)."""
    return records.insert(db, Offering, _checked(db, None, values))


@changes(Kind.OFFERING)
def update(db: Database, offering_id: int, **changes: Any) -> None:
    """Save changed fields, keeping an area, dates in order and hours that fit the dates."""
    records.update(db, Offering, offering_id, _checked(db, get(db, offering_id), changes))


def list_offerings(db: Database, *, format: str | None = None) -> list[Offering]:
    """The catalogue: upcoming and undated first by date, then the rest by title."""
    where, params = (
        ("t.format = ?", [Choice("Format", FORMATS).store(format)]) if format else ("", [])
    )
    return records.select(
        db,
        Offering,
        where,
        params,
        order="t.starts_on IS NULL, t.starts_on, t.title COLLATE NOCASE",
    )


def serves(offering: Offering, area_keys: set[str], subject_keys: set[str]) -> bool:
    """Whether an offering serves a teacher with these growth areas and subjects (keys from
    :func:`growth_areas.key`): a shared area, and a shared subject if it names any."""
    if not area_keys & {key(a) for a in offering.areas}:
        return False
    return not offering.subjects or bool(subject_keys & {key(s) for s in offering.subjects})
