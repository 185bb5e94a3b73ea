"""Event templates: the planning steps of a kind of event, counted back from its date.

Templates are JSON files in ``resources/templates/events/`` (format in the README there);
a coach adds or overrides them with ``*.json`` files in an ``event templates`` folder
beside the database. Each step says how long before (or after) the event it is due::

    {"before": "5 months", "title": "Ask the principal to approve the date"}
    {"after": "3 days", "title": "Send thank-you notes"}

A mistake in a file is one sentence naming the file and the line; the other templates
still load.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from dateutil.relativedelta import relativedelta

from stemlead.core.events import KINDS
from stemlead.errors import RulesFileProblem
from stemlead.resources import beside_database, data_files
from stemlead.store import Database

FOLDER = "event templates"
_SPAN = re.compile(r"\s*(\d{1,3})\s+(day|week|month)s?\s*", re.IGNORECASE)
_FILE_KEYS = {"name", "description", "kinds", "steps"}
_STEP_KEYS = {"before", "after", "title", "notes"}


@dataclass(frozen=True, slots=True)
class Step:
    title: str
    notes: str
    days: int  # before the event (negative: after it)
    months: int

    def due(self, event_day: date) -> date:
        """When this step is due for an event on ``event_day``."""
        return event_day - relativedelta(months=self.months, days=self.days)

    @property
    def when(self) -> str:
        """ "5 months before", "1 week before", "3 days after", "on the day"."""
        if self.months:
            amount, unit = abs(self.months), "month"
        elif self.days and self.days % 7 == 0:
            amount, unit = abs(self.days) // 7, "week"
        elif self.days:
            amount, unit = abs(self.days), "day"
        else:
            return "on the day"
        side = "after" if self.days < 0 or self.months < 0 else "before"
        return f"{amount} {unit}{'s' if amount != 1 else ''} {side}"


@dataclass(frozen=True, slots=True)
class EventTemplate:
    slug: str
    name: str
    description: str
    kinds: tuple[str, ...]  # the kinds of event it suits first
    steps: tuple[Step, ...]


def coach_folder(db: Database) -> Path:
    return beside_database(db.path, FOLDER)


def templates(db: Database | None = None) -> tuple[list[EventTemplate], list[str]]:
    """Shipped templates, then the coach's own (one of theirs wins by file name), and a
    sentence for each file that could not be read."""
    found: dict[str, EventTemplate] = {}
    problems: list[str] = []
    for path in data_files(("templates", "events"), coach_folder(db) if db else None):
        try:
            template = load(path)
        except RulesFileProblem as exc:
            problems.append(str(exc))
            continue
        found[template.slug] = template
    return list(found.values()), problems


def load(path: Path) -> EventTemplate:
    """Read and check one template file."""
    name = f"resources/templates/events/{path.name}"
    if path.parent.name == FOLDER:
        name = f"{FOLDER}/{path.name}"
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise RulesFileProblem(f"The event template {name} cannot be read ({exc}).") from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise RulesFileProblem(
            f"The event template {name} has a mistake at line {exc.lineno}: it is not valid "
            f"JSON ({exc.msg})."
        ) from None
    except RecursionError:
        raise RulesFileProblem(f"The event template {name} is nested too deeply.") from None
    return _Reader(name, text).template(path.stem, data)


class _Reader:
    def __init__(self, name: str, text: str) -> None:
        self.name, self.text = name, text

    def fail(self, line: int, what: str) -> RulesFileProblem:
        return RulesFileProblem(
            f"The event template {self.name} has a mistake at line {line}: {what}."
        )

    def line_of(self, key: str) -> int:
        found = re.search(rf'"{re.escape(key)}"\s*:', self.text)
        return self.text.count("\n", 0, found.start()) + 1 if found else 1

    def step_lines(self) -> list[int]:
        """The line each step object starts on (the file is valid JSON by now)."""
        decoder = json.JSONDecoder()
        found = re.search(r'"steps"\s*:\s*\[', self.text)
        at, lines = (found.end() if found else len(self.text)), []
        while at < len(self.text):
            while at < len(self.text) and self.text[at] in " \t\r\n,":
                at += 1
            if at >= len(self.text) or self.text[at] == "]":
                break
            lines.append(self.text.count("\n", 0, at) + 1)
            at = decoder.raw_decode(self.text, at)[1]
        return lines

    def template(self, slug: str, data: Any) -> EventTemplate:
        if not isinstance(data, dict):
            raise self.fail(1, "it needs an object with a name and a list of steps")
        unknown = sorted(set(data) - _FILE_KEYS)
        if unknown:
            raise self.fail(self.line_of(unknown[0]), f'"{unknown[0]}" is not a known setting')
        if not isinstance(data.get("name"), str) or not data["name"].strip():
            raise self.fail(self.line_of("name"), 'it needs a "name"')
        kinds = data.get("kinds", [])
        if not isinstance(kinds, list) or any(k not in KINDS for k in kinds):
            bad = (
                next((k for k in kinds if k not in KINDS), kinds)
                if isinstance(kinds, list)
                else kinds
            )
            raise self.fail(
                self.line_of("kinds"),
                f"{json.dumps(bad)} is not a kind of event ({', '.join(KINDS)})",
            )
        steps = data.get("steps")
        if not isinstance(steps, list) or not steps:
            raise self.fail(self.line_of("steps"), 'it needs a list of "steps"')
        lines = self.step_lines()
        return EventTemplate(
            slug,
            data["name"].strip(),
            str(data.get("description", "")),
            tuple(kinds),
            tuple(self.step(raw, line) for raw, line in zip(steps, lines, strict=True)),
        )

    def step(self, raw: Any, line: int) -> Step:
        if not isinstance(raw, dict):
            raise self.fail(line, "a step must be an object with a title")
        unknown = sorted(set(raw) - _STEP_KEYS)
        if unknown:
            raise self.fail(line, f'"{unknown[0]}" is not a known setting of a step')
        title = raw.get("title")
        if not isinstance(title, str) or not title.strip():
            raise self.fail(line, 'a step needs a "title"')
        if ("before" in raw) == ("after" in raw):
            raise self.fail(line, f'the step "{title}" needs either "before" or "after"')
        side = "before" if "before" in raw else "after"
        match = _SPAN.fullmatch(str(raw[side]))
        if not match:
            raise self.fail(
                line, f'"{raw[side]}" is not a time span; write it like "2 weeks" or "5 months"'
            )
        amount, unit = int(match.group(1)), match.group(2).lower()
        sign = 1 if side == "before" else -1
        days = amount * (7 if unit == "week" else 1) if unit != "month" else 0
        months = amount if unit == "month" else 0
        return Step(title.strip(), str(raw.get("notes", "")), sign * days, sign * months)
