"""Who owns an agenda item or an action item: the coach, a teacher, a partner contact, or
anyone else by name.

``owner_name`` always holds the display name (copied when the owner is chosen), so an item
still reads sensibly if the teacher is later deleted.
"""

from __future__ import annotations

from typing import Any

from stemlead.clock import now_iso
from stemlead.core.fields import clean_text
from stemlead.errors import InvalidInput, NotFound
from stemlead.store import Database

ME = "me"


def owner_columns(
    db: Database,
    *,
    teacher_id: int | None = None,
    contact_id: int | None = None,
    name: str | None = None,
) -> dict[str, Any]:
    """Column values for an owner; with nothing given, the owner is the coach."""
    if sum(x is not None and x != "" for x in (teacher_id, contact_id, name)) > 1:
        raise InvalidInput("An item has one owner: a teacher, a contact or a name.")
    if teacher_id is not None:
        row = db.one("SELECT name FROM teachers WHERE id = ?", (teacher_id,))
        if row is None:
            raise NotFound(f"There is no teacher with id {teacher_id}.")
        return _columns("teacher", teacher_id, None, row["name"])
    if contact_id is not None:
        row = db.one("SELECT name FROM contacts WHERE id = ?", (contact_id,))
        if row is None:
            raise NotFound(f"There is no contact with id {contact_id}.")
        return _columns("contact", None, contact_id, row["name"])
    if name:
        text = clean_text(name, "Owner", multiline=False, max_len=200)
        return _columns("other", None, None, text)
    return _columns(ME, None, None, "")


def _columns(kind: str, teacher: int | None, contact: int | None, name: str) -> dict[str, Any]:
    return {
        "owner_kind": kind,
        "owner_teacher_id": teacher,
        "owner_contact_id": contact,
        "owner_name": name,
    }


def display(owner_kind: str, owner_name: str, coach_name: str = "") -> str:
    if owner_kind == ME:
        return coach_name or "Me"
    return owner_name


def assign(
    db: Database,
    table: str,
    item_id: int,
    *,
    teacher_id: int | None = None,
    contact_id: int | None = None,
    name: str | None = None,
) -> None:
    """Set the owner of an agenda item or action item (``table`` names which)."""
    owner = owner_columns(db, teacher_id=teacher_id, contact_id=contact_id, name=name)
    with db.transaction():
        cursor = db.execute(
            f"UPDATE {table} SET owner_kind = :owner_kind, owner_teacher_id = :owner_teacher_id,"
            " owner_contact_id = :owner_contact_id, owner_name = :owner_name,"
            " updated_at = :now WHERE id = :id",
            owner | {"now": now_iso(), "id": item_id},
        )
        if cursor.rowcount == 0:
            raise NotFound(f"There is no item with id {item_id} to give an owner.")
