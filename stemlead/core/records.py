"""Reading and writing one kind of record, the same way for every kind.

A record type is a dataclass whose editable attributes carry a :class:`Field`
(``editable(Text("Name", required=True))``). From that one declaration come the
validation on insert and update, the ``updated_at`` stamp, loading rows back into the
dataclass, and deletion into the trash. Domain modules add only their own rules.
"""

from __future__ import annotations

import dataclasses
import functools
import sqlite3
from collections.abc import Sequence
from typing import Any, ClassVar, Generic, TypeVar

from stemlead.clock import now_iso
from stemlead.core.changes import EVERYTHING, Kind, declare
from stemlead.core.fields import Field, Ref
from stemlead.errors import InvalidInput, NotFound
from stemlead.store import Database
from stemlead.store import trash as trash_store


def editable(field: Field, default: Any = dataclasses.MISSING) -> Any:
    """Declare a dataclass attribute as a column the coach can edit."""
    if default is dataclasses.MISSING:
        return dataclasses.field(metadata={"field": field})
    if isinstance(default, list):
        return dataclasses.field(default_factory=list, metadata={"field": field})
    return dataclasses.field(default=default, metadata={"field": field})


_BY_TABLE: dict[str, type[Record]] = {}  # every record type, by its table
_KIND_OF: dict[str, Kind] = {}  # what a write to a table changes, from its Crud
_DELETES = "__stemlead_deletes__"  # on a Crud delete: the record type it deletes


@dataclasses.dataclass(slots=True)
class Record:
    TABLE: ClassVar[str] = ""
    NOUN: ClassVar[str] = "item"

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # named: dataclass(slots=True) makes a new class, which a bare super() cannot see
        super(Record, cls).__init_subclass__(**kwargs)
        if cls.TABLE:
            _BY_TABLE[cls.TABLE] = cls

    @classmethod
    @functools.cache
    def fields(cls) -> dict[str, Field]:
        return {
            f.name: f.metadata["field"] for f in dataclasses.fields(cls) if "field" in f.metadata
        }

    @classmethod
    @functools.cache
    def columns(cls) -> tuple[str, ...]:
        return tuple(f.name for f in dataclasses.fields(cls))

    @classmethod
    def from_row(cls: type[R], row: sqlite3.Row) -> R:
        fields = cls.fields()
        values = {}
        for name in cls.columns():
            value = row[name]
            field = fields.get(name)
            values[name] = field.load(value) if field is not None else value
        return cls(**values)

    def describe(self) -> str:
        """How the item is named in messages, the trash and search results."""
        return f"{self.NOUN} {getattr(self, 'id', '')}".strip()


R = TypeVar("R", bound=Record)


def validated(db: Database, cls: type[Record], values: dict[str, Any]) -> dict[str, Any]:
    fields = cls.fields()
    out = {}
    for name, value in values.items():
        field = fields.get(name)
        if field is None:
            raise InvalidInput(f"A {cls.NOUN} has no field called '{name}'.")
        stored = field.store(value)
        if (
            isinstance(field, Ref)
            and stored is not None
            and db.one(f"SELECT 1 FROM {field.table} WHERE id = ?", (stored,)) is None
        ):
            raise NotFound(f"{field.label} {stored} does not exist.")
        out[name] = stored
    return out


def require(db: Database, table: str, noun: str, ids: Sequence[int]) -> None:
    """Raise NotFound naming the first id in ``ids`` that is not in ``table``."""
    marks = ", ".join("?" for _ in ids)
    present = {r[0] for r in db.query(f"SELECT id FROM {table} WHERE id IN ({marks})", ids)}
    for item_id in ids:
        if item_id not in present:
            raise NotFound(f"There is no {noun} with id {item_id}.")


def get(db: Database, cls: type[R], item_id: int) -> R:
    columns = ", ".join(cls.columns())
    row = db.one(f"SELECT {columns} FROM {cls.TABLE} WHERE id = ?", (item_id,))
    if row is None:
        raise NotFound(f"There is no {cls.NOUN} with id {item_id}.")
    return cls.from_row(row)


def select(
    db: Database,
    cls: type[R],
    where: str = "",
    params: Sequence[Any] = (),
    order: str = "id",
    limit: int | None = None,
) -> list[R]:
    columns = ", ".join(f"t.{c}" for c in cls.columns())
    sql = f"SELECT {columns} FROM {cls.TABLE} AS t"
    if where:
        sql += f" WHERE {where}"
    sql += f" ORDER BY {order}"
    if limit is not None:
        sql += f" LIMIT {int(limit)}"
    return [cls.from_row(row) for row in db.query(sql, params)]


def insert(db: Database, cls: type[Record], values: dict[str, Any]) -> int:
    """Validate and insert one record; every field not given takes the schema default."""
    row = validated(db, cls, values)
    stamp = now_iso()
    for column in ("created_at", "updated_at"):
        if column in cls.columns():
            row.setdefault(column, stamp)
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    with db.transaction():
        cursor = db.execute(
            f"INSERT INTO {cls.TABLE} ({names}) VALUES ({marks})", list(row.values())
        )
    assert cursor.lastrowid is not None
    return cursor.lastrowid


def update(db: Database, cls: type[Record], item_id: int, changes: dict[str, Any]) -> None:
    """Validate and save the changed fields of one record, at once (there is no Save)."""
    if not changes:
        return
    row = validated(db, cls, changes)
    if "updated_at" in cls.columns():
        row["updated_at"] = now_iso()
    assignments = ", ".join(f"{name} = ?" for name in row)
    with db.transaction():
        cursor = db.execute(
            f"UPDATE {cls.TABLE} SET {assignments} WHERE id = ?", [*row.values(), item_id]
        )
        if cursor.rowcount == 0:
            raise NotFound(f"There is no {cls.NOUN} with id {item_id}.")


def exists(db: Database, cls: type[Record], item_id: int) -> bool:
    """Whether the record is still there (a page may show one deleted elsewhere)."""
    return db.one(f"SELECT 1 FROM {cls.TABLE} WHERE id = ?", (item_id,)) is not None


def record_type(table: str) -> type[Record] | None:
    """The record type kept in ``table`` (None for a table of links or history), once its
    module is imported."""
    return _BY_TABLE.get(table)


def kind_of(cls: type[Record]) -> Kind | None:
    """What a change to a record of ``cls`` changes (its Crud's kind)."""
    return _KIND_OF.get(cls.TABLE)


def deleted_by(fn: Any) -> type[Record] | None:
    """The record type a Crud ``delete`` deletes; None for any other function."""
    record: type[Record] | None = getattr(fn, _DELETES, None)
    return record


def delete(db: Database, cls: type[R], item_id: int) -> int:
    """Move one record, and everything that belongs to it, into the trash; return the entry."""
    item = get(db, cls, item_id)
    return trash_store.discard(db, cls.TABLE, item_id, kind=cls.NOUN, label=item.describe())


class Crud(Generic[R]):
    """The four plain operations on one record type, for a domain module to re-export.

    ``add`` and ``update`` declare that they change ``kind``; ``delete`` declares every kind,
    because what cascades from a record (a teacher's cycles, a meeting's action items) shows
    on other screens too.
    """

    def __init__(self, cls: type[R], kind: Kind) -> None:
        self.cls = cls
        written = frozenset({kind})

        def add(db: Database, **values: Any) -> int:
            return insert(db, cls, values)

        def update_one(db: Database, item_id: int, **changes: Any) -> None:
            update(db, cls, item_id, changes)

        def delete_one(db: Database, item_id: int) -> int:
            return delete(db, cls, item_id)

        setattr(delete_one, _DELETES, cls)
        _KIND_OF.setdefault(cls.TABLE, kind)
        self.add = declare(add, written)
        self.update = declare(update_one, written)
        self.delete = declare(delete_one, EVERYTHING)

    def get(self, db: Database, item_id: int) -> R:
        return get(db, self.cls, item_id)
