"""Framework tags (NGSS practices, 5E, engineering design, PLC questions) and the coach's own.

They are seeded from ``resources/frameworks`` when a database is created and are the coach's
to edit afterwards.
"""

from __future__ import annotations

from dataclasses import dataclass

from stemlead.store import Database


@dataclass(frozen=True, slots=True)
class Framework:
    id: int
    slug: str
    name: str
    description: str


@dataclass(frozen=True, slots=True)
class Tag:
    id: int
    framework_id: int
    framework: str
    code: str
    label: str
    description: str


def frameworks(db: Database) -> list[Framework]:
    return [
        Framework(*r)
        for r in db.query(
            "SELECT id, slug, name, description FROM frameworks ORDER BY position, id"
        )
    ]


def list_tags(db: Database, *, framework_id: int | None = None) -> list[Tag]:
    where = "WHERE t.framework_id = ?" if framework_id is not None else ""
    return [
        Tag(*r)
        for r in db.query(
            f"""
        SELECT t.id, t.framework_id, f.name, t.code, t.label, t.description
        FROM tags t JOIN frameworks f ON f.id = t.framework_id {where}
        ORDER BY f.position, f.id, t.position, t.id
        """,
            [framework_id] if framework_id is not None else [],
        )
    ]
