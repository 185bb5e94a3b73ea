"""The demo's words: names, schools, goals, observation lines, agendas, partners.

They live as data in ``resources/demo/*.json`` (one file per topic, UTF-8) so they can be
read and edited without touching code; each file is read once, the first time it is used.
Plain lists and tables are used as they come; the records with a fixed shape (a culture's
names, a cycle goal, a PLC, an agenda item, an agreement idea) become small dataclasses.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache
from typing import Any, Protocol

from stemlead.resources import resource_path

Part = tuple[str, str | None]  # (display, ascii); ascii None means "fold the display form"


@cache
def load(topic: str) -> dict[str, Any]:
    """The contents of ``resources/demo/<topic>.json``."""
    with resource_path("demo", f"{topic}.json").open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


# -- people ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Culture:
    weight: float
    given: list[Part]
    family: list[Part]
    order: str  # "given family", "family given" or "family given, unspaced"


def _part(value: str | list[str]) -> Part:
    return (value, None) if isinstance(value, str) else (value[0], value[1])


@cache
def cultures() -> tuple[Culture, ...]:
    return tuple(
        Culture(
            float(c["weight"]),
            [_part(p) for p in c["given"]],
            [_part(p) for p in c["family"]],
            c["order"],
        )
        for c in load("people")["cultures"]
    )


@cache
def featured() -> tuple[tuple[str, str], ...]:
    """(name, email name) of the first teachers, always the same ones."""
    return tuple((p["name"], p["email_name"]) for p in load("people")["featured"])


# -- schools -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Position:
    """One teaching position in a school: grade label and subjects."""

    grade: str
    subjects: list[str]


def positions(level: str) -> list[Position]:
    found = load("schools")["positions"][level]
    rows = found if isinstance(found, list) else [found]
    return [Position(p["grade"], list(p["subjects"])) for p in rows]


@cache
def bell_schedule() -> tuple[tuple[int, int], ...]:
    """(hour, minute) when each class period starts; the same on every campus."""
    return tuple((int(t[:2]), int(t[3:])) for t in load("schools")["bell_schedule"])


# -- coaching cycles ---------------------------------------------------------------------


@dataclass(frozen=True)
class Goal:
    title: str
    goal: str
    criteria: str
    strategy: str
    look_for: str
    midway: str
    reflection: str


@cache
def goals() -> dict[str, list[Goal]]:
    return {domain: [Goal(**g) for g in ideas] for domain, ideas in load("cycles")["goals"].items()}


# -- groups and meetings -----------------------------------------------------------------


class Member(Protocol):
    band: str
    grade: str
    domain: str
    subjects: list[str]


@dataclass(frozen=True)
class Item:
    """An agenda item as it is planned, and what it leaves behind once held."""

    title: str
    purpose: str
    minutes: int
    owner: str  # me, member, contact, guest
    description: str = ""
    notes: str = ""
    outcome: str = ""
    decision: str = ""
    action: str = ""


@dataclass(frozen=True)
class PlcProfile:
    name: str
    level: str
    members: dict[str, Any]  # band, and any of grades, domains, subjects
    domain: str
    goal: str
    context: dict[str, list[str]] = field(default_factory=dict)  # words for its agendas

    def includes(self, teacher: Member) -> bool:
        rule = self.members
        return (
            teacher.band == rule["band"]
            and ("grades" not in rule or teacher.grade in rule["grades"])
            and ("domains" not in rule or teacher.domain in rule["domains"])
            and ("subjects" not in rule or any(s in rule["subjects"] for s in teacher.subjects))
        )


_PLC_CONTEXT = ("artifact", "unit", "skill", "standard", "celebration", "finding")


@cache
def plc_profiles() -> tuple[PlcProfile, ...]:
    return tuple(
        PlcProfile(
            p["name"],
            p["level"],
            p["members"],
            p["domain"],
            p["goal"],
            {key: p[key] for key in _PLC_CONTEXT},
        )
        for p in load("meetings")["plcs"]
    )


@cache
def agenda(kind: str) -> tuple[Item, ...]:
    """Agenda items a group of ``kind`` chooses from (``plc_celebration``: just that one)."""
    found = load("meetings")["agenda"][kind]
    return tuple(Item(**i) for i in (found if isinstance(found, list) else [found]))


def norms(lines: list[str]) -> str:
    return "\n".join(f"• {line}" for line in lines)


# -- partners ----------------------------------------------------------------------------


@dataclass(frozen=True)
class AgreementIdea:
    title: str
    partner_provides: str
    we_provide: str
    value_kind: str
    value_cents: tuple[int, ...]


@cache
def agreement_ideas() -> dict[str, list[AgreementIdea]]:
    return {
        kind: [
            AgreementIdea(
                a["title"],
                a["partner_provides"],
                a["we_provide"],
                a["value_kind"],
                tuple(a["value_cents"]),
            )
            for a in ideas
        ]
        for kind, ideas in load("partners")["agreements"].items()
    }
