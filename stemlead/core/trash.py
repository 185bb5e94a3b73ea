"""The trash, as the GUI sees it: what a delete would take, what was deleted, and putting
it back."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from stemlead.core import records
from stemlead.core.changes import Kind, changes
from stemlead.store import Database
from stemlead.store import trash as trash_store
from stemlead.store.trash import TrashEntry, entries, purge

__all__ = ["TrashEntry", "entries", "purge", "restore", "what_goes"]


@changes(*Kind)
def restore(db: Database, entry_id: int) -> tuple[str, int]:
    """Put a deleted item, and everything deleted with it, back; return its (table, id)."""
    return trash_store.restore(db, entry_id)


def what_goes(db: Database, delete: Callable[..., Any], item_id: int) -> list[str]:
    """What deleting ``item_id`` with ``delete`` (a record kind's ``delete``) would take
    along, counted in the coach's words ("1 observation", "15 evidence lines"), in the
    order the cascade reaches them; [] when only the item goes. Links and history rows
    (a place in a group, stage changes) are not named: they go and come back with it."""
    record = records.deleted_by(delete)
    if record is None:
        return []
    _import_record_types()
    along = []
    for table, count in trash_store.cascade(db, record.TABLE, item_id).items():
        kind = records.record_type(table)
        if kind is not None and kind.NOUN != records.Record.NOUN:
            along.append(f"{count:,} {kind.NOUN if count == 1 else _many(kind.NOUN)}")
    return along


def _many(noun: str) -> str:
    """'evidence line' -> 'evidence lines', 'time entry' -> 'time entries'."""
    if noun.endswith("series"):
        return noun
    if noun.endswith("y") and noun[-2:-1] not in tuple("aeiou"):
        return noun[:-1] + "ies"
    return noun + "s"


@functools.cache
def _import_record_types() -> None:
    """Every record type's module, so that each table a cascade reaches has its noun."""
    import importlib
    import pkgutil

    import stemlead.core

    for module in pkgutil.iter_modules(stemlead.core.__path__):
        if not module.ispkg:
            importlib.import_module(f"stemlead.core.{module.name}")
