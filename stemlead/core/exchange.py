"""The whole database as one JSON file, and back.

The coach's data is theirs: ``export_json`` writes every table (except the search index,
which is rebuilt) with every column and id, so ``import_json`` into a new database gives
back exactly the same file contents. The format is described in ``docs/json-format.md``.
"""

from __future__ import annotations

import io
import json
import sqlite3
import tempfile
from pathlib import Path
from typing import Any

from stemlead import __version__
from stemlead.clock import now_iso
from stemlead.core import import_check
from stemlead.core.import_check import Column, Schema
from stemlead.errors import ImportFailed, InvalidInput
from stemlead.store import Database, blobs, open_database, output_file, search_index
from stemlead.store.migrations import LATEST_VERSION, MIGRATIONS

FORMAT = "stemlead-export"
FORMAT_VERSION = 1
_DERIVED_SETTINGS = ("search_index_spec",)
_SEEDED_TABLES = ("frameworks", "tags", "settings", "schema_migrations")


def data_tables(db: Database) -> list[str]:
    """The tables that hold the coach's data, in creation order."""
    return [
        r[0]
        for r in db.query(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
            " AND name NOT LIKE 'search_index%' ORDER BY rowid"
        )
    ]


def snapshot(db: Database) -> dict[str, Any]:
    """Everything in the database as plain JSON-ready data, read at one moment (the app may
    be saving on another connection while an export runs)."""
    tables: dict[str, list[dict[str, Any]]] = {}
    own = not db.conn.in_transaction
    if own:
        db.execute("BEGIN")  # a read transaction: every table as of the same instant
    try:
        for table in data_tables(db):
            order = "rowid" if _has_rowid(db, table) else "1"
            rows = [
                blobs.row_to_json(r) for r in db.query(f"SELECT * FROM {table} ORDER BY {order}")
            ]
            if table == "settings":
                rows = [r for r in rows if r["key"] not in _DERIVED_SETTINGS]
            tables[table] = rows
        version = db.version
    finally:
        if own:
            db.execute("COMMIT")
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "schema_version": version,
        "app_version": __version__,
        "exported_at": now_iso(),
        "tables": tables,
    }


def _has_rowid(db: Database, table: str) -> bool:
    sql = db.scalar("SELECT sql FROM sqlite_master WHERE name = ?", (table,)) or ""
    return "WITHOUT ROWID" not in sql.upper()


def export_json(db: Database, path: Path) -> int:
    """Write the whole database to ``path`` (owner-only, atomically); return the row count."""
    data = snapshot(db)
    with output_file.replacing(path, database=db.path) as out:
        text = io.TextIOWrapper(out.file, encoding="utf-8")
        json.dump(data, text, ensure_ascii=False, indent=1)
        text.write("\n")
        text.detach()  # flushed; the file itself stays open for replacing() to finish
    return sum(len(rows) for rows in data["tables"].values())


def _read(path: Path) -> dict[str, Any]:
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ImportFailed(f"There is no file at {path}.") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportFailed(f"{path.name} could not be read as text ({exc}).") from None
    try:
        data = import_check.read_json(text)
    except json.JSONDecodeError as exc:
        raise ImportFailed(
            f"{path.name} is not a complete JSON file (problem at line {exc.lineno}, "
            f"column {exc.colno}); nothing was imported."
        ) from None
    except InvalidInput:
        raise ImportFailed(
            f"{path.name} is nested too deeply to be a STEM Lead export; nothing was imported."
        ) from None
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ImportFailed(f"{path.name} is not a STEM Lead export; nothing was imported.")
    version = data.get("schema_version")
    if not isinstance(version, int) or version > LATEST_VERSION:
        raise ImportFailed(
            f"{path.name} comes from a newer STEM Lead (data version {version}); update "
            "STEM Lead to import it."
        )
    if version < 1:
        raise ImportFailed(f"{path.name} has no usable data version; nothing was imported.")
    if not isinstance(data.get("tables"), dict):
        raise ImportFailed(f"{path.name} has no tables; nothing was imported.")
    return data


def is_empty(db: Database) -> bool:
    return all(
        db.scalar(f"SELECT count(*) FROM {t}") == 0
        for t in data_tables(db)
        if t not in _SEEDED_TABLES
    )


def import_json(db: Database, path: Path) -> int:
    """Load an export into this (new or empty) database, all or nothing; return rows loaded.

    An export from an older STEM Lead is loaded into a temporary database of its own
    version, upgraded by the ordinary migrations, then copied in whole.
    """
    data = _read(path)
    if not is_empty(db):
        raise ImportFailed(
            f"{db.path.name} already holds data; import into a new database so nothing is "
            "mixed or overwritten."
        )
    if data["schema_version"] == db.version:
        return _load(db, data, path.name)
    with tempfile.TemporaryDirectory() as tmp:
        old_path = Path(tmp) / "older.db"
        with open_database(old_path, migrations=MIGRATIONS[: data["schema_version"]]) as old:
            count = _load(old, data, path.name)
        with open_database(old_path) as upgraded:
            upgraded.conn.backup(db.conn)
    return count


def _schema(db: Database) -> Schema:
    return {
        table: [
            Column(c["name"], bool(c["notnull"]), c["dflt_value"] is not None, c["type"].upper())
            for c in db.query(f"PRAGMA table_info({table})")
        ]
        for table in data_tables(db)
    }


def _load(db: Database, data: dict[str, Any], source: str) -> int:
    known = _schema(db)
    checker = import_check.Checker(known)
    loaded = 0
    try:
        with db.transaction(), search_index.suspended(db):
            db.execute("PRAGMA defer_foreign_keys = ON")
            for table in ("tags", "frameworks", "schema_migrations"):
                db.execute(f"DELETE FROM {table}")
            for table, rows in data["tables"].items():
                if table not in known:
                    raise ImportFailed(
                        f"{source} has a table '{table}' this version does not know; nothing "
                        "was imported."
                    )
                if not isinstance(rows, list):
                    raise ImportFailed(f"{source}: '{table}' is not a list of rows.")
                loaded += _insert_rows(db, table, checker, rows, source)
    except sqlite3.Error as exc:
        raise ImportFailed(
            f"{source} holds data that breaks the database's rules ({exc}); nothing was imported."
        ) from None
    return loaded


def _insert_rows(
    db: Database, table: str, checker: import_check.Checker, rows: list[Any], source: str
) -> int:
    """Check every row of ``table`` as the app would have saved it, then insert them all."""
    checked = []
    for number, row in enumerate(rows, 1):
        if not checker.fits(table, row):
            raise ImportFailed(
                f"{source}: row {number} of '{table}' does not fit that table; "
                "nothing was imported."
            )
        try:
            checked.append(checker.row(table, row))
        except InvalidInput as exc:
            reason = " ".join(str(exc).split()).rstrip(".")
            if len(reason) > 300:  # a field's message quotes the value, which may be huge
                reason = reason[:299] + "…"
            raise ImportFailed(
                f"{source}: row {number} of '{table}' cannot be imported: {reason}; "
                "nothing was imported."
            ) from None
    verb = "INSERT OR REPLACE" if table == "settings" else "INSERT"
    for row in checked:
        names = ", ".join(row)
        marks = ", ".join("?" for _ in row)
        db.execute(f"{verb} INTO {table} ({names}) VALUES ({marks})", list(row.values()))
    return len(rows)
