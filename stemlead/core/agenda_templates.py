"""Agenda templates: protocols a PLC uses again and again, shipped as data.

Templates are JSON files in ``resources/templates/agendas/``; a district can edit or add
files there, and a coach can drop their own ``*.json`` templates in the ``agenda
templates`` folder beside their database. Applying one appends its items to a meeting.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from stemlead.core import agenda
from stemlead.core.changes import Kind, changes
from stemlead.errors import NotFound, StemLeadError
from stemlead.resources import beside_database, data_files
from stemlead.store import Database


@dataclass(frozen=True, slots=True)
class TemplateItem:
    title: str
    purpose: str
    minutes: int
    description: str


@dataclass(frozen=True, slots=True)
class AgendaTemplate:
    slug: str
    name: str
    description: str
    items: tuple[TemplateItem, ...]

    @property
    def minutes(self) -> int:
        return sum(item.minutes for item in self.items)


def user_folder(db: Database) -> Path:
    return beside_database(db.path, "agenda templates")


def _load(path: Path) -> AgendaTemplate:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        items = tuple(
            TemplateItem(
                i["title"],
                i.get("purpose", "discuss"),
                int(i.get("minutes", 10)),
                i.get("description", ""),
            )
            for i in data["items"]
        )
        return AgendaTemplate(path.stem, data["name"], data.get("description", ""), items)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise StemLeadError(f"The agenda template {path.name} cannot be read ({exc}).") from None
    except RecursionError:
        raise StemLeadError(
            f"The agenda template {path.name} cannot be read (it is nested too deeply)."
        ) from None


def templates(db: Database | None = None) -> list[AgendaTemplate]:
    """Shipped templates, then the coach's own (a readable file of theirs wins by name)."""
    found: dict[str, AgendaTemplate] = {}
    for path in data_files(("templates", "agendas"), user_folder(db) if db is not None else None):
        template = _load(path)
        found[template.slug] = template
    return list(found.values())


@changes(Kind.MEETING)
def apply(db: Database, meeting_id: int, slug: str) -> list[int]:
    """Append a template's items to a meeting's agenda; return the new items' ids."""
    chosen = next((t for t in templates(db) if t.slug == slug), None)
    if chosen is None:
        raise NotFound(f"There is no agenda template called '{slug}'.")
    with db.transaction():
        return [
            agenda.add(
                db,
                meeting_id,
                item.title,
                purpose=item.purpose,
                minutes=item.minutes,
                description=item.description,
            )
            for item in chosen.items
        ]
