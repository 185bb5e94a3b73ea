"""Deleting without asking, and taking it back.

Deleting an item moves it, with every row that belongs to it through an ``ON DELETE
CASCADE`` foreign key, into one JSON snapshot in the ``trash`` table; links that the
delete sets to NULL are remembered too. Restoring puts every row back with its old id
(ids are AUTOINCREMENT, so they are never reused) and re-links what was unlinked. This
works for every kind of record from the schema alone, so no view needs its own undo code.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from stemlead.clock import now_iso
from stemlead.errors import NotFound, StemLeadError
from stemlead.store import blobs

if TYPE_CHECKING:
    from stemlead.store.database import Database


@dataclass(frozen=True)
class Link:
    child: str
    column: str
    on_delete: str


@dataclass(frozen=True)
class TrashEntry:
    id: int
    kind: str
    label: str
    deleted_at: str


def _children(db: Database) -> dict[str, list[Link]]:
    links: dict[str, list[Link]] = {}
    tables = [
        r[0]
        for r in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
            "AND name NOT LIKE 'search_index%'"
        )
    ]
    for table in tables:
        for fk in db.query(f"PRAGMA foreign_key_list({table})"):
            links.setdefault(fk["table"], []).append(Link(table, fk["from"], fk["on_delete"]))
    return links


def _has_id(db: Database, table: str) -> bool:
    return any(col["name"] == "id" for col in db.query(f"PRAGMA table_info({table})"))


def _snapshot(db: Database, table: str, item_id: int) -> dict[str, Any]:
    links = _children(db)
    rows: dict[str, list[dict[str, Any]]] = {}
    unlinked: list[list[Any]] = []
    pending = [(table, [item_id])]
    row = db.one(f"SELECT * FROM {table} WHERE id = ?", (item_id,))
    if row is None:
        raise NotFound(f"There is nothing with id {item_id} to delete.")
    rows[table] = [blobs.row_to_json(row)]
    while pending:
        parent, ids = pending.pop(0)
        marks = ", ".join("?" for _ in ids)
        for link in links.get(parent, []):
            found = db.query(f"SELECT * FROM {link.child} WHERE {link.column} IN ({marks})", ids)
            if not found:
                continue
            if link.on_delete == "CASCADE":
                rows.setdefault(link.child, []).extend(blobs.row_to_json(r) for r in found)
                if _has_id(db, link.child):
                    pending.append((link.child, [r["id"] for r in found]))
            elif link.on_delete == "SET NULL":
                unlinked.extend([link.child, link.column, r["id"], r[link.column]] for r in found)
    return {"table": table, "id": item_id, "rows": rows, "unlinked": unlinked}


def cascade(db: Database, table: str, item_id: int) -> dict[str, int]:
    """How many rows of each table deleting ``table`` row ``item_id`` would take with it
    (not counting the row itself), in the order the cascade reaches them; writes nothing."""
    counts = {name: len(found) for name, found in _snapshot(db, table, item_id)["rows"].items()}
    counts[table] -= 1
    return {name: count for name, count in counts.items() if count}


def discard(db: Database, table: str, item_id: int, *, kind: str, label: str) -> int:
    """Delete ``table`` row ``item_id`` (and what cascades from it) into the trash."""
    with db.transaction():
        payload = _snapshot(db, table, item_id)
        cursor = db.execute(
            "INSERT INTO trash (kind, label, deleted_at, payload) VALUES (?, ?, ?, ?)",
            (kind, label, now_iso(), json.dumps(payload, ensure_ascii=False)),
        )
        db.execute(f"DELETE FROM {table} WHERE id = ?", (item_id,))
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def entries(db: Database) -> list[TrashEntry]:
    """What can be restored, newest first."""
    return [
        TrashEntry(r["id"], r["kind"], r["label"], r["deleted_at"])
        for r in db.query("SELECT id, kind, label, deleted_at FROM trash ORDER BY id DESC")
    ]


def restore(db: Database, entry_id: int) -> tuple[str, int]:
    """Put a trashed item back exactly as it was; return its (table, id)."""
    row = db.one("SELECT payload, label FROM trash WHERE id = ?", (entry_id,))
    if row is None:
        raise NotFound(f"There is no trash entry {entry_id}.")
    payload = json.loads(row["payload"])
    try:
        with db.transaction():
            db.execute("PRAGMA defer_foreign_keys = ON")
            for table, table_rows in payload["rows"].items():
                for item in map(blobs.row_from_json, table_rows):
                    names = ", ".join(item)
                    marks = ", ".join("?" for _ in item)
                    db.execute(
                        f"INSERT INTO {table} ({names}) VALUES ({marks})", list(item.values())
                    )
            for table, column, child_id, value in payload["unlinked"]:
                db.execute(
                    f"UPDATE {table} SET {column} = ? WHERE id = ? AND {column} IS NULL",
                    (value, child_id),
                )
            db.execute("DELETE FROM trash WHERE id = ?", (entry_id,))
    except Exception as exc:  # an IntegrityError names SQL, not the coach's words
        raise StemLeadError(
            f"'{row['label']}' cannot be restored because something it belonged to has "
            "been deleted since; restore that first."
        ) from exc
    return payload["table"], payload["id"]


def purge(db: Database, *, older_than: str | None = None) -> int:
    """Empty the trash (or the part deleted before ``older_than``); return how many."""
    with db.transaction():
        if older_than is None:
            cursor = db.execute("DELETE FROM trash")
        else:
            cursor = db.execute(
                "DELETE FROM trash WHERE datetime(deleted_at) < datetime(?)", (older_than,)
            )
    return cursor.rowcount
