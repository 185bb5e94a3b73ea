"""Adding a group member by typing: a name (any case, accents or not) and Enter adds the
one person it names; a name that names nobody, or several people, gets one sentence."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from stemlead.core import contacts, groups, partners, teachers
from stemlead.gui.views.meetings import MeetingsView
from stemlead.store import open_database
from tests.gui_helpers import open_window


def test_type_a_name_and_press_enter_adds_that_person(qtbot: QtBot, db_path: Path) -> None:
    with open_database(db_path) as db:
        plc = groups.add(db, name="Grade 5 Science PLC")
        teachers.add(db, name="Ana Okafor", school="Lincoln ES")
        teachers.add(db, name="José Ruiz", school="Roosevelt MS")
        teachers.add(db, name="Anh Tran")
        museum = partners.add(db, name="City Science Museum")
        contacts.add(db, name="Rosa Díaz", partner_id=museum)
    window = open_window(qtbot, db_path)
    window.open_item("group", plc)
    view = window.views["meetings"]
    assert isinstance(view, MeetingsView)
    f = view.group_page.form
    entries = f.addMember.count()

    def add(typed: str) -> None:
        f.addMember.setFocus()
        f.addMember.lineEdit().selectAll()
        qtbot.keyClicks(f.addMember.lineEdit(), typed)
        f.addMember.completer().popup().hide()  # the coach presses Enter on what they typed
        qtbot.keyClick(f.addMember.lineEdit(), Qt.Key.Key_Return)

    def names() -> list[str]:
        return [f.members.item(r).text() for r in range(f.members.count())]

    add("ana okafor")  # the whole name, any case
    assert names() == ["Ana Okafor (Lincoln ES)"]
    assert f.addMember.currentText() == ""
    add("rosa diaz")  # without the accent, a partner contact
    add("ruiz")  # part of a name that only one person has
    assert names() == [
        "Ana Okafor (Lincoln ES)",
        "José Ruiz (Roosevelt MS)",
        "Rosa Díaz (City Science Museum)",
    ]
    add("an")  # Ana Okafor and Anh Tran
    assert len(names()) == 3
    assert window.message.text() == (
        "“an” matches 2 people (Ana Okafor, Anh Tran): type more of the name or choose one "
        "from the list."
    )
    add("Nobody Here")
    assert len(names()) == 3
    assert window.message.text() == (
        "No teacher or partner contact is called “Nobody Here”; add them on the Teachers "
        "or Partners page first."
    )
    assert f.addMember.count() == entries  # typing never adds entries to the list
