"""Checking what the coach types before it is stored.

Each editable column of a record has a :class:`Field` that turns a value from the GUI,
the command line or an import into what the database stores, or raises
:class:`~stemlead.errors.InvalidInput` with one sentence naming the field and the problem.
Text in any script, emoji and markup characters are stored exactly as typed (after Unicode
NFC normalisation, so "é" typed two ways is one word for search and sorting).
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any

from stemlead.errors import InvalidInput

NOTE_LIMIT = 1_000_000  # characters: a whole term of notes; 100 KB pastes are routine
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean_text(value: Any, label: str, *, multiline: bool, max_len: int) -> str:
    if value is None:
        return ""
    if not isinstance(value, str):
        raise InvalidInput(f"{label} must be text.")
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidInput(f"{label} contains characters that are not valid text.") from None
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    if not multiline:
        text = " ".join(text.split())
    if len(text) > max_len:
        raise InvalidInput(f"{label} is {len(text):,} characters long; the limit is {max_len:,}.")
    return text


def fold(text: str) -> str:
    """Text as the coach's search compares it: case, accents and spacing ignored
    ("José  Ruiz" and "jose ruiz" are the same)."""
    decomposed = unicodedata.normalize("NFKD", text)
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.casefold().split())


def parse_date(value: Any, label: str = "Date") -> date:
    """A calendar date from ``YYYY-MM-DD`` (or a date), with a message a person understands."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    match = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", text)
    if not match:
        raise InvalidInput(f"{label} '{text}' is not a date; write it as YYYY-MM-DD.")
    year, month, day = (int(g) for g in match.groups())
    try:
        return date(year, month, day)
    except ValueError:
        raise InvalidInput(f"{label} '{text}' is not a real date.") from None


def parse_moment(value: Any, label: str = "Time", tz: tzinfo | None = None) -> datetime:
    """An aware moment; a naive one is taken as wall time in ``tz`` (default: local)."""
    if isinstance(value, datetime):
        moment = value
    else:
        text = str(value).strip()
        try:
            moment = datetime.fromisoformat(text)
        except ValueError:
            raise InvalidInput(
                f"{label} '{text}' is not a date and time; write it as YYYY-MM-DDTHH:MM."
            ) from None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=tz) if tz is not None else moment.astimezone()
    elif tz is not None:
        moment = moment.astimezone(tz)
    return moment.replace(microsecond=0)


def ordinal(number: int) -> str:
    """A day of the month as people say it: 1 → "1st", 12 → "12th", 23 → "23rd"."""
    teen = 10 <= number % 100 <= 20
    return f"{number}{'th' if teen else {1: 'st', 2: 'nd', 3: 'rd'}.get(number % 10, 'th')}"


def instant(moment: str) -> float:
    """A stored moment as seconds since 1970: what moments sort by (as text, 09:10 in Tokyo
    sorts after 18:20 the evening before in Chicago, though it came first)."""
    return datetime.fromisoformat(moment).timestamp()


@dataclass(frozen=True)
class Field:
    label: str

    def store(self, value: Any) -> Any:
        """The value to write to SQLite, or InvalidInput."""
        raise NotImplementedError

    def load(self, value: Any) -> Any:
        return value

    def display(self, value: Any) -> str:
        """The loaded value as a person types it into a one-line box."""
        return "" if value is None else str(value)


@dataclass(frozen=True)
class Text(Field):
    required: bool = False
    max_len: int = 300
    multiline: bool = False

    def store(self, value: Any) -> str:
        text = clean_text(value, self.label, multiline=self.multiline, max_len=self.max_len)
        if self.required and not text.strip():
            raise InvalidInput(f"{self.label} cannot be empty.")
        return text


def Notes(label: str) -> Text:
    return Text(label, max_len=NOTE_LIMIT, multiline=True)


@dataclass(frozen=True)
class Choice(Field):
    options: tuple[str, ...] = ()

    def store(self, value: Any) -> str:
        text = str(value).strip().lower().replace("-", "_").replace(" ", "_")
        if text not in self.options:
            allowed = ", ".join(o.replace("_", " ") for o in self.options)
            raise InvalidInput(f"{self.label} must be one of: {allowed}.")
        return text


@dataclass(frozen=True)
class Int(Field):
    minimum: int = 0
    maximum: int = 1440

    def store(self, value: Any) -> int:
        try:
            number = int(str(value).strip()) if not isinstance(value, int) else value
        except ValueError:
            raise InvalidInput(f"{self.label} must be a whole number.") from None
        if isinstance(number, bool) or not self.minimum <= number <= self.maximum:
            raise InvalidInput(f"{self.label} must be between {self.minimum} and {self.maximum}.")
        return number


@dataclass(frozen=True)
class Flag(Field):
    def store(self, value: Any) -> int:
        if isinstance(value, str):
            lowered = value.strip().lower()
            if lowered in ("1", "yes", "y", "true", "x"):
                return 1
            if lowered in ("", "0", "no", "n", "false"):
                return 0
            raise InvalidInput(f"{self.label} must be yes or no.")
        if value is None or (isinstance(value, int) and value in (0, 1)):
            return 1 if value else 0
        raise InvalidInput(f"{self.label} must be yes or no.")

    def load(self, value: Any) -> bool:
        return bool(value)


@dataclass(frozen=True)
class DateField(Field):
    required: bool = False

    def store(self, value: Any) -> str | None:
        if value in (None, ""):
            if self.required:
                raise InvalidInput(f"{self.label} cannot be empty.")
            return None
        return parse_date(value, self.label).isoformat()


@dataclass(frozen=True)
class Moment(Field):
    required: bool = True

    def store(self, value: Any) -> str | None:
        if value in (None, ""):
            if self.required:
                raise InvalidInput(f"{self.label} cannot be empty.")
            return None
        return parse_moment(value, self.label).isoformat()


@dataclass(frozen=True)
class StringList(Field):
    """A short list (subjects, emails, phones, tags), stored as a JSON array."""

    max_items: int = 50
    item_max_len: int = 200
    joiner: str = ", "  # how the entries read in one line ("; " for phone numbers)

    def store(self, value: Any) -> str:
        if value is None:
            items: list[Any] = []
        elif isinstance(value, str):
            items = re.split(r"[;,\n]", value)
        else:
            items = list(value)
        cleaned: list[str] = []
        for item in items:
            text = clean_text(item, self.label, multiline=False, max_len=self.item_max_len)
            if text and text not in cleaned:
                cleaned.append(text)
        if len(cleaned) > self.max_items:
            raise InvalidInput(f"{self.label} can hold at most {self.max_items} entries.")
        return json.dumps(cleaned, ensure_ascii=False)

    def load(self, value: Any) -> list[str]:
        loaded: list[str] = json.loads(value) if value else []
        return loaded

    def display(self, value: Any) -> str:
        return self.joiner.join(value or [])


@dataclass(frozen=True)
class Money(Field):
    """An amount stored in whole cents; typed as a person writes it ("1,250.50", "$ 300",
    "1.250,50"). An int is already cents (from the database or a JSON file)."""

    maximum_cents: int = 10**13

    def store(self, value: Any) -> int:
        if isinstance(value, bool) or value is None:
            raise InvalidInput(f"{self.label} must be an amount.")
        cents = value if isinstance(value, int) else parse_amount(value, self.label)
        if not 0 <= cents <= self.maximum_cents:
            raise InvalidInput(
                f"{self.label} must be between 0 and {amount_text(self.maximum_cents)}."
            )
        return cents

    def display(self, value: Any) -> str:
        return amount_text(value) if value else ""


def parse_amount(text: str | float, label: str = "Value") -> int:
    """Whole cents from what a person types: '1250', '1,250.50', '1.250,50', '$ 300'."""
    if isinstance(text, float):
        return round(text * 100)
    cleaned = re.sub(r"[\s\u00a0\u202f'$€£¥]", "", str(text))
    if not cleaned:
        return 0
    last = re.search(r"[.,](\d{1,2})$", cleaned)  # "12.5", "1.250,50": a decimal part
    decimal = last.group(0)[0] if last else ""
    thousands = {",", "."} - {decimal}
    digits = "".join(c for c in cleaned if c not in thousands)
    if decimal:
        digits = digits.replace(decimal, ".")
    match = re.fullmatch(r"(\d*)(?:\.(\d{0,2}))?", digits)
    if not match or not (match.group(1) or match.group(2)):
        raise InvalidInput(f"{label} '{text}' is not an amount; write it like 1250.00.")
    whole = int(match.group(1) or 0)
    cents = int((match.group(2) or "").ljust(2, "0"))
    return whole * 100 + cents


def amount_text(cents: int) -> str:
    """'125050' cents -> '1,250.50' (plain, for the command line and the amount field)."""
    whole, part = divmod(int(cents), 100)
    return f"{whole:,}.{part:02d}"


@dataclass(frozen=True)
class Ref(Field):
    """An optional link to another record by id."""

    table: str = ""
    required: bool = False

    def store(self, value: Any) -> int | None:
        if value in (None, ""):
            if self.required:
                raise InvalidInput(f"{self.label} must be chosen.")
            return None
        try:
            return int(value)
        except (TypeError, ValueError):
            raise InvalidInput(f"{self.label} must be an id number.") from None


@dataclass(frozen=True)
class Hours(Field):
    """Time as people say it in hours ("1.5", "1,5", "1:30", "90 min", "6 h"), stored as whole
    minutes. An int is already minutes (from the database, a JSON file or the demo)."""

    maximum_minutes: int = 120_000  # 2,000 hours: a year's internship, not a typo's worth

    def store(self, value: Any) -> int:
        if isinstance(value, bool) or value is None:
            raise InvalidInput(f"{self.label} must be a number of hours.")
        minutes = value if isinstance(value, int) else parse_hours(value, self.label)
        if minutes < 0:
            raise InvalidInput(f"{self.label} cannot be negative.")
        if minutes > self.maximum_minutes:
            raise InvalidInput(
                f"{self.label} cannot be more than {self.maximum_minutes // 60:,} hours."
            )
        return minutes

    def display(self, value: Any) -> str:
        return hours_text(int(value or 0))


def parse_hours(text: str | float, label: str = "Hours") -> int:
    """Whole minutes from typed hours: '1.5' and '1,5' and '1:30' and '90 min' are 90."""
    if isinstance(text, float):
        if not text == text or text in (float("inf"), float("-inf")):  # NaN, infinity
            raise InvalidInput(f"{label} must be a number of hours.")
        return round(text * 60)
    cleaned = " ".join(str(text).strip().lower().split())
    if not cleaned:
        return 0
    clock = re.fullmatch(r"(-?\d+):([0-5]\d)", cleaned)
    if clock:
        hours, mins = int(clock.group(1)), int(clock.group(2))
        return hours * 60 - mins if hours < 0 or cleaned.startswith("-") else hours * 60 + mins
    match = re.fullmatch(r"(-?\d+(?:[.,]\d+)?)\s*(h|hr|hrs|hours?|m|min|mins|minutes?)?", cleaned)
    if not match:
        raise InvalidInput(f"{label} '{text}' is not a number of hours; write it like 1.5.")
    number = float(match.group(1).replace(",", "."))
    unit = match.group(2) or "h"
    return round(number) if unit.startswith("m") else round(number * 60)


def hours_text(minutes: int) -> str:
    """90 -> '1.5', 120 -> '2', 100 -> '1.67': hours as a person types them back."""
    if not minutes:
        return "0"
    value = minutes / 60
    return f"{value:.2f}".rstrip("0").rstrip(".")


def day_text(iso: str) -> str:
    """'2026-10-01' -> 'Oct 1, 2026': a date as a sentence of the app says it."""
    d = date.fromisoformat(iso[:10])
    return f"{d:%b} {d.day}, {d.year}"
