"""Review protocols and rubrics: the steps of a peer review and the criteria it rates, as data.

A protocol (``resources/review_protocols/*.json``: tuning, rubric review, warm and cool,
lesson study) is a list of timed steps, the kinds of feedback it gathers and, for a rubric
review, the rubric it rates with. A rubric (``resources/rubrics/*.json``) is categories of
criteria and a rating scale, in the style of the EQuIP rubric for NGSS lessons. A district
can edit the shipped files; a coach can put their own in ``review protocols`` and
``rubrics`` folders beside the database (a file of theirs with a shipped file's name
replaces it). A file with a mistake is left out and named, with its line, in
:attr:`Library.problems`: the app still starts, and says so.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from stemlead.core import json_lines
from stemlead.core.json_lines import Node
from stemlead.errors import InvalidInput, RulesFileProblem
from stemlead.resources import beside_database, data_files

PROTOCOLS = ("review_protocols", "review protocols")  # (shipped folder, coach's folder)
RUBRICS = ("rubrics", "rubrics")
FEEDBACK_KINDS = ("warm", "cool", "clarifying", "probing")
FEEDBACK_LABELS = {
    "warm": "Warm: a strength",
    "cool": "Cool: a question or a wondering",
    "clarifying": "Clarifying question",
    "probing": "Probing question",
}
MAX_STEP_MINUTES = 240


@dataclass(frozen=True, slots=True)
class Step:
    title: str
    minutes: int
    who: str  # "presenter", "reviewers", "everyone", or the file's own word
    description: str


@dataclass(frozen=True, slots=True)
class Protocol:
    slug: str
    name: str
    description: str
    steps: tuple[Step, ...]
    feedback: tuple[str, ...]  # the kinds of feedback gathered, in the order they come
    rubric: str  # a rubric's slug for a rubric review, else ""

    @property
    def minutes(self) -> int:
        return sum(step.minutes for step in self.steps)


@dataclass(frozen=True, slots=True)
class Criterion:
    code: str
    label: str
    look_for: str
    category: str


@dataclass(frozen=True, slots=True)
class Category:
    code: str
    name: str
    criteria: tuple[Criterion, ...]


@dataclass(frozen=True, slots=True)
class Rubric:
    slug: str
    name: str
    description: str
    scale: tuple[tuple[int, str], ...]  # (value, label), lowest first
    categories: tuple[Category, ...]

    @property
    def criteria(self) -> tuple[Criterion, ...]:
        return tuple(c for category in self.categories for c in category.criteria)

    def criterion(self, code: str) -> Criterion | None:
        return next((c for c in self.criteria if c.code == code), None)

    def scale_label(self, value: int) -> str:
        return dict(self.scale).get(value, str(value))

    def check_rating(self, value: Any) -> int:
        values = [v for v, _ in self.scale]
        if isinstance(value, bool) or not isinstance(value, int) or value not in values:
            shown = ", ".join(f"{v} ({label})" for v, label in self.scale)
            raise InvalidInput(f"A rating on this rubric is one of {shown}.")
        return value


@dataclass(frozen=True, slots=True)
class Library:
    """The protocols and rubrics in force, and one sentence per file that is left out."""

    protocols: dict[str, Protocol]
    rubrics: dict[str, Rubric]
    problems: tuple[str, ...] = ()

    def protocol(self, slug: str) -> Protocol:
        found = self.protocols.get(slug)
        if found is None:
            raise InvalidInput(f"There is no review protocol called '{slug}'.")
        return found

    def name_of(self, slug: str) -> str:
        """A protocol's name, also for a round whose protocol file is gone."""
        found = self.protocols.get(slug)
        return found.name if found else slug.replace("-", " ").replace("_", " ").capitalize()


def library(db_path: Path | None = None) -> Library:
    """The shipped protocols and rubrics plus the coach's own beside ``db_path``; a file
    changed since the last call is read again."""
    protocol_files = _files(PROTOCOLS, db_path)
    rubric_files = _files(RUBRICS, db_path)
    return _library(
        tuple(_stamp(p) for p in protocol_files), tuple(_stamp(p) for p in rubric_files)
    )


def _files(folders: tuple[str, str], db_path: Path | None) -> list[Path]:
    coach = beside_database(db_path, folders[1]) if db_path is not None else None
    by_name: dict[str, Path] = {}
    for path in data_files((folders[0],), coach):
        by_name[path.name] = path  # the coach's file of the same name comes later and wins
    return list(by_name.values())


def _stamp(path: Path) -> tuple[Path, int, int]:
    try:
        stat = path.stat()
    except OSError:
        return path, 0, 0
    return path, stat.st_mtime_ns, stat.st_size


@lru_cache(maxsize=8)
def _library(
    protocol_files: tuple[tuple[Path, int, int], ...],
    rubric_files: tuple[tuple[Path, int, int], ...],
) -> Library:
    problems: list[str] = []
    rubrics: dict[str, Rubric] = {}
    for path, _, _ in rubric_files:
        try:
            rubric = _Reader(path, "rubric").rubric()
        except RulesFileProblem as exc:
            problems.append(str(exc))
            continue
        rubrics[rubric.slug] = rubric
    protocols: dict[str, Protocol] = {}
    for path, _, _ in protocol_files:
        try:
            protocol = _Reader(path, "review protocol").protocol()
        except RulesFileProblem as exc:
            problems.append(str(exc))
            continue
        if protocol.rubric and protocol.rubric not in rubrics:
            problems.append(
                f"The review protocol {_name(path)} uses the rubric '{protocol.rubric}', "
                "which is missing or could not be read, so the protocol is not used."
            )
            continue
        protocols[protocol.slug] = protocol
    return Library(protocols, rubrics, tuple(problems))


def _name(path: Path) -> str:
    """How messages call a file: ``resources/rubrics/x.json`` when shipped, else its path."""
    from stemlead.resources import resource_path

    shipped = resource_path(path.parent.name)
    return f"resources/{path.parent.name}/{path.name}" if path.parent == shipped else str(path)


class _Reader:
    """One file, checked value by value; the first mistake raises one sentence with its line."""

    def __init__(self, path: Path, what: str) -> None:
        self.path, self.what, self.name = path, what, _name(path)

    def fail(self, line: int, problem: str) -> RulesFileProblem:
        return RulesFileProblem(
            f"The {self.what} {self.name} has a mistake at line {line}: {problem}, "
            "so it is not used."
        )

    def root(self, keys: set[str]) -> Node:
        try:
            text = self.path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise RulesFileProblem(
                f"The {self.what} {self.name} cannot be read ({exc}), so it is not used."
            ) from None
        try:
            node = json_lines.read(text)
        except json.JSONDecodeError as exc:
            raise self.fail(exc.lineno, f"it is not valid JSON ({exc.msg})") from None
        except RecursionError:
            raise self.fail(1, "it is nested too deeply") from None
        return self.object(node, keys, "the file")

    def object(self, node: Node, keys: set[str], what: str) -> Node:
        if not isinstance(node.value, dict):
            raise self.fail(node.line, f"{what} must be an object {{…}}")
        for key in node.value:
            if key not in keys:
                raise self.fail(node.line_of(key), f'"{key}" is not a known setting')
        return node

    def text(self, node: Node, key: str, *, required: bool = True, limit: int = 2000) -> str:
        part = node.get(key)
        if part is None:
            if required:
                raise self.fail(node.line, f'"{key}" is missing')
            return ""
        if not isinstance(part.value, str) or (required and not part.value.strip()):
            raise self.fail(part.line, f'"{key}" must be text')
        if len(part.value) > limit:
            raise self.fail(part.line, f'"{key}" is longer than {limit} characters')
        return " ".join(part.value.split()) if limit <= 300 else part.value.strip()

    def number(self, node: Node, key: str, low: int, high: int) -> int:
        part = node.get(key)
        value = part.value if part is not None else None
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(
                node.line_of(key), f'"{key}" must be a whole number from {low} to {high}'
            )
        return value

    def items(self, node: Node, key: str) -> list[Node]:
        part = node.get(key)
        if part is None or not isinstance(part.value, list) or not part.value:
            raise self.fail(node.line_of(key), f'"{key}" must be a list with at least one entry')
        return list(part.parts.values())

    def protocol(self) -> Protocol:
        root = self.root({"name", "description", "steps", "feedback", "rubric"})
        steps = []
        for n, item in enumerate(self.items(root, "steps"), 1):
            self.object(item, {"title", "minutes", "who", "description"}, f"step {n}")
            steps.append(
                Step(
                    self.text(item, "title", limit=200),
                    self.number(item, "minutes", 1, MAX_STEP_MINUTES),
                    self.text(item, "who", required=False, limit=40) or "everyone",
                    self.text(item, "description", required=False),
                )
            )
        feedback = tuple(dict.fromkeys(self._words(root, "feedback")))
        unknown = [k for k in feedback if k not in FEEDBACK_KINDS]
        if unknown:
            raise self.fail(
                root.line_of("feedback"),
                f"'{unknown[0]}' is not a kind of feedback ({', '.join(FEEDBACK_KINDS)})",
            )
        return Protocol(
            self.path.stem,
            self.text(root, "name", limit=200),
            self.text(root, "description", required=False),
            tuple(steps),
            feedback or FEEDBACK_KINDS,
            self.text(root, "rubric", required=False, limit=100),
        )

    def _words(self, node: Node, key: str) -> list[str]:
        part = node.get(key)
        if part is None:
            return []
        if not isinstance(part.value, list) or not all(isinstance(v, str) for v in part.value):
            raise self.fail(part.line, f'"{key}" must be a list of words')
        return [v.strip() for v in part.value]

    def rubric(self) -> Rubric:
        root = self.root({"name", "description", "scale", "categories"})
        scale: list[tuple[int, str]] = []
        for item in self.items(root, "scale"):
            self.object(item, {"value", "label"}, "each point of the scale")
            value = self.number(item, "value", 0, 10)
            if value in dict(scale):
                raise self.fail(item.line, f"the value {value} is on the scale twice")
            scale.append((value, self.text(item, "label", limit=80)))
        if len(scale) < 2:
            raise self.fail(root.line_of("scale"), "the scale needs at least two points")
        codes: set[str] = set()
        categories = []
        for item in self.items(root, "categories"):
            self.object(item, {"code", "name", "criteria"}, "each category")
            name = self.text(item, "name", limit=200)
            criteria = []
            for entry in self.items(item, "criteria"):
                self.object(entry, {"code", "label", "look_for"}, "each criterion")
                code = self.text(entry, "code", limit=20)
                if code in codes:
                    raise self.fail(entry.line, f"the criterion code '{code}' is used twice")
                codes.add(code)
                criteria.append(
                    Criterion(
                        code,
                        self.text(entry, "label", limit=300),
                        self.text(entry, "look_for", required=False),
                        name,
                    )
                )
            categories.append(
                Category(self.text(item, "code", required=False, limit=20), name, tuple(criteria))
            )
        return Rubric(
            self.path.stem,
            self.text(root, "name", limit=200),
            self.text(root, "description", required=False),
            tuple(sorted(scale)),
            tuple(categories),
        )
