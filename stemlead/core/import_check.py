"""Every value of a JSON import, checked as the app checks what the coach types.

An export file may have been edited by hand or written by another program, and the
commands that read the database later trust what is in it (a meeting's start is a moment,
a time zone is one the computer knows). So each column goes through a :class:`Field`: the
record's own declaration where it has one (``editable(...)`` in the domain modules), else
one chosen here by the column's name for what the app stamps itself (``*_at`` moments,
``*_on`` dates, ids, wall times, time zones, repeat rules); settings go through their own
declarations, and a trash entry's snapshot through the same checks as the tables it holds.
A value is stored as its field stores it, exactly as an app-made export already has it.
"""

from __future__ import annotations

import json
import math
import sys
from dataclasses import dataclass
from functools import cache
from typing import Any

from stemlead.core.fields import (
    DateField,
    Field,
    Flag,
    Int,
    Moment,
    StringList,
    Text,
    clean_text,
)
from stemlead.core.recurrence import RRuleField, TimeZoneField, WallTime
from stemlead.errors import InvalidInput
from stemlead.store import blobs

_BIGGEST = 2**63 - 1  # SQLite's INTEGER


@dataclass(frozen=True)
class Column:
    name: str
    not_null: bool
    has_default: bool
    type: str = ""  # as declared: "TEXT", "INTEGER", "BLOB"…

    @property
    def required(self) -> bool:
        return self.not_null and not self.has_default


Schema = dict[str, list[Column]]  # table -> its columns


def read_json(text: str) -> Any:
    """JSON text as Python, or InvalidInput (JSON nested too deeply overflows the parser)."""
    try:
        return json.loads(text)
    except RecursionError:
        raise InvalidInput("it is nested too deeply") from None


@cache
def _record_fields() -> dict[str, dict[str, Field]]:
    from stemlead.core import (
        action_items,
        advisory_board,
        agenda,
        agreements,
        check_ins,
        coaching_log,
        communications,
        contacts,
        cycles,
        decisions,
        event_budget,
        event_people,
        events,
        groups,
        interactions,
        learning_plans,
        lesson_plans,
        lesson_versions,
        meetings,
        mentorships,
        newsletters,
        observations,
        offerings,
        partners,
        review_feedback,
        review_rounds,
        stakeholders,
        teachers,
    )

    kinds = (
        action_items.ActionItem,
        agenda.AgendaItem,
        coaching_log.LogEntry,
        contacts.Contact,
        cycles.Cycle,
        cycles.StageChange,
        cycles.TimeEntry,
        decisions.Decision,
        groups.Group,
        meetings.Meeting,
        meetings.Series,
        observations.Observation,
        observations.Line,
        observations.LookFor,
        partners.Partner,
        interactions.Interaction,
        agreements.Agreement,
        teachers.Teacher,
        events.Event,
        event_people.EventPartner,
        event_people.Volunteer,
        event_budget.Cost,
        stakeholders.StakeholderGroup,
        communications.Communication,
        newsletters.Newsletter,
        newsletters.Block,
        advisory_board.Term,
        advisory_board.WorkItem,
        lesson_plans.LessonPlan,
        lesson_versions.Version,
        review_rounds.ReviewRound,
        review_feedback.Feedback,
        review_feedback.Rating,
        mentorships.Mentorship,
        mentorships.Goal,
        mentorships.MentorProfile,
        check_ins.CheckIn,
        offerings.Offering,
        learning_plans.PlanArea,
        learning_plans.PlanItem,
        learning_plans.Evidence,
    )
    fields = {kind.TABLE: kind.fields() for kind in kinds}
    fields["event_photos"] = {  # a Shelf's table: its own columns only
        "caption": Text("Caption", max_len=500),
        "consent_to_share": Flag("Consent to share"),
    }
    return fields


def _label(column: str) -> str:
    return column.replace("_", " ").capitalize()


@dataclass(frozen=True)
class Plain(Field):
    """A column of free text or a word the schema checks: any text, a number, or nothing."""

    def store(self, value: Any) -> Any:
        if value is None or isinstance(value, str):
            return clean_text(value, self.label, multiline=True, max_len=sys.maxsize) or value
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise InvalidInput(f"{self.label} must be text or a number.")
        if not math.isfinite(value) or abs(value) > _BIGGEST:
            raise InvalidInput(f"{self.label} is not a number SQLite can hold.")
        return value


@dataclass(frozen=True)
class Bytes(Field):
    """A file kept in the database (an attachment, a photo), base64 in the export."""

    def store(self, value: Any) -> bytes:
        try:
            data = blobs.from_json(value)
        except ValueError:
            data = None
        if not isinstance(data, bytes):
            raise InvalidInput(f"{self.label} is not a file's contents (base64).")
        return data


def _field(table: str, column: Column) -> Field:
    """The record's own field for the column, else one for what the app fills in itself."""
    declared = _record_fields().get(table, {}).get(column.name)
    if declared is not None:
        return declared
    name, label = column.name, _label(column.name)
    if column.type == "BLOB":
        return Bytes(label)
    if name in ("id", "position") or (name.endswith("_id") and name != "recurrence_id"):
        return Int(label, minimum=0, maximum=_BIGGEST)
    if name.endswith("_at"):
        return Moment(label, required=column.required)
    if name.endswith("_on"):
        return DateField(label, required=column.required)
    if name in ("dtstart", "recurrence_id", "occurrence"):
        return WallTime(label)
    if name == "tzid":
        return TimeZoneField(label)
    if name == "rrule":
        return RRuleField(label)
    return Plain(label)


def _value(field: Field, column: Column, raw: Any) -> Any:
    """``raw`` as ``field`` stores it, or InvalidInput."""
    if raw is None and not column.not_null:
        return None
    if isinstance(field, StringList):  # stored as a JSON array of short texts
        try:
            items = read_json(raw) if isinstance(raw, str) else None
        except (ValueError, InvalidInput):
            items = None
        if not isinstance(items, list):
            raise InvalidInput(f"{field.label} cannot be read as a list.")
        raw = items
    stored = field.store(raw)
    if isinstance(stored, int) and abs(stored) > _BIGGEST:
        raise InvalidInput(f"{field.label} {stored} is too large a number.")
    return stored


def _setting(key: Any, raw: Any) -> str:
    """A settings row's JSON value, checked by the setting's own declaration."""
    from stemlead.core.settings import SETTINGS

    try:
        loaded = read_json(raw) if isinstance(raw, str) else None
    except (ValueError, InvalidInput):
        raise InvalidInput(f"The setting '{key}' cannot be read.") from None
    if not isinstance(raw, str):
        raise InvalidInput(f"The setting '{key}' is not JSON text.")
    declared = SETTINGS.get(key) if isinstance(key, str) else None
    if declared is None:  # one the app keeps for itself (install_id, created_at)
        return raw
    return json.dumps(declared.field.store(loaded), ensure_ascii=False)


class Checker:
    """The check of every column of every table in one schema, chosen once per import."""

    def __init__(self, schema: Schema) -> None:
        self.fields = {
            table: {c.name: (c, _field(table, c)) for c in columns}
            for table, columns in schema.items()
        }

    def fits(self, table: str, raw: Any) -> bool:
        """Whether ``raw`` is a row of known columns of a known table."""
        known = self.fields.get(table)
        return known is not None and isinstance(raw, dict) and all(k in known for k in raw)

    def row(self, table: str, raw: dict[str, Any]) -> dict[str, Any]:
        """One row (that :meth:`fits`) as the app would store it, or InvalidInput."""
        known = self.fields[table]
        out = {}
        for name, item in raw.items():
            column, field = known[name]
            out[name] = _value(field, column, item)
        if table == "settings" and "value" in out:
            out["value"] = _setting(out.get("key"), out["value"])
        if table == "trash" and "payload" in out:
            out["payload"] = json.dumps(self.snapshot(out["payload"]), ensure_ascii=False)
        return out

    def snapshot(self, payload: Any) -> dict[str, Any]:
        """A trash entry's snapshot: known tables and columns only, every value checked,
        since restoring it writes them straight back into the tables."""
        try:
            data = read_json(payload) if isinstance(payload, str) else None
        except (ValueError, InvalidInput):
            data = None
        if (
            not isinstance(data, dict)
            or data.get("table") not in self.fields
            or not isinstance(data.get("id"), int)
            or not isinstance(data.get("rows"), dict)
            or not isinstance(data.get("unlinked"), list)
        ):
            raise InvalidInput("A trash entry is not a snapshot STEM Lead made.")
        rows: dict[str, list[dict[str, Any]]] = {}
        for table, items in data["rows"].items():
            if (
                table not in self.fields
                or not isinstance(items, list)
                or not all(self.fits(table, i) for i in items)
            ):
                raise InvalidInput(f"A trash entry holds rows that do not fit a table '{table}'.")
            rows[table] = [blobs.row_to_json(self.row(table, item)) for item in items]
        for link in data["unlinked"]:
            if (
                not isinstance(link, list)
                or len(link) != 4
                or link[0] not in self.fields
                or link[1] not in self.fields[link[0]]
                or not isinstance(link[2], int)
            ):
                raise InvalidInput("A trash entry holds a link STEM Lead did not make.")
        return {**data, "rows": rows}
