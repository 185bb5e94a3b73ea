"""Who owns an agenda item or an action item: the coach, or one of the group's members.

Each entry's data is ``(kind, id)``: ``("me", None)``, ``("teacher", 3)`` or
``("contact", 5)``, the same words core uses for an owner.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter

from stemlead.core import contacts, groups, teachers
from stemlead.gui.widgets.combos import chosen_data
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


def fill_everyone(combo: QComboBox, db: Database, first_teacher_id: int | None) -> None:
    """An editable owner box for anyone: ``first_teacher_id`` at the top (the default, e.g.
    the observed teacher for a next step), then the coach, every other teacher and every
    partner contact; a name typed that is none of them is a person of its own."""
    combo.clear()
    everyone = teachers.list_teachers(db)
    for teacher in everyone:
        if teacher.id == first_teacher_id:
            combo.addItem(teacher.name, ("teacher", teacher.id))
    combo.addItem("Me", ME)
    for teacher in everyone:
        if teacher.id != first_teacher_id:
            combo.addItem(teacher.name, ("teacher", teacher.id))
    for contact in contacts.list_contacts(db):
        label = f"{contact.name} ({contact.partner})" if contact.partner else contact.name
        combo.addItem(label, ("contact", contact.id))
    completer = QCompleter(combo.model(), combo)
    completer.setFilterMode(Qt.MatchFlag.MatchContains)
    completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.setCompleter(completer)
    combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    combo.setCurrentIndex(0)


def chosen_or_named(combo: QComboBox) -> dict[str, Any]:
    """The owner in an editable box as core's arguments: :func:`chosen_owner`'s for an
    entry of the list, ``name=`` for anyone else typed in."""
    data = chosen_data(combo)
    if data is None:
        typed = combo.currentText().strip()
        return {"name": typed} if typed else {}
    kind, owner_id = data
    return {f"{kind}_id": owner_id} if kind in ("teacher", "contact") else {}
