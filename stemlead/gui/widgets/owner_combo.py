"""Who owns an agenda item or an action item: the coach, or one of the group's members.

Each entry's data is ``(kind, id)``: ``("me", None)``, ``("teacher", 3)`` or
``("contact", 5)``, the same words core uses for an owner.
"""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox

from stemlead.core import groups
from stemlead.store import Database

ME = ("me", None)


def fill_owners(combo: QComboBox, db: Database, group_id: int | None) -> None:
    """ "Me" first, then the group's members (teachers and partner contacts)."""
    combo.clear()
    combo.addItem("Me", ME)
    for member in groups.members(db, group_id) if group_id else []:
        kind = "teacher" if member.teacher_id else "contact"
        combo.addItem(member.name, (kind, member.teacher_id or member.contact_id))


def show_owner(
    combo: QComboBox, kind: str, teacher_id: int | None, contact_id: int | None, name: str
) -> None:
    """Choose an owner's entry, adding one for an owner who is no longer in the group."""
    key = ME if kind == "me" else (kind, teacher_id or contact_id)
    index = combo.findData(key)
    if index < 0 and kind != "me":
        combo.addItem(name, key)
        index = combo.count() - 1
    combo.setCurrentIndex(max(0, index))


def chosen_owner(combo: QComboBox) -> dict[str, int]:
    """The chosen owner as core's arguments: ``{}`` for the coach, else ``teacher_id=``
    or ``contact_id=``."""
    kind, owner_id = combo.currentData()
    return {f"{kind}_id": owner_id} if kind in ("teacher", "contact") else {}
