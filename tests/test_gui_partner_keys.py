"""Tab on a partner's page follows the screen: each tab's buttons, its list, then the
selected entry's buttons and fields, and it leaves an empty date box (it stayed there)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from stemlead.core import agreements, contacts, interactions, partners
from stemlead.store import open_database
from tests.gui_helpers import open_window


def walk(qtbot: QtBot, first: QWidget, until: str = "sidebar") -> list[str]:
    first.setFocus()
    seen: list[str] = []
    for _ in range(40):
        widget = QApplication.focusWidget()
        assert widget is not None
        name = widget.objectName() or widget.accessibleName()
        if name == until:
            return seen
        if not seen or seen[-1] != name:  # a date box takes a Tab per part of the date
            seen.append(name)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    raise AssertionError(f"Tab never reached {until}: {seen}")


def test_tab_follows_each_partner_tab_and_leaves_an_empty_date(qtbot: QtBot, db_path: Path) -> None:
    with open_database(db_path) as db:
        museum = partners.add(db, name="City Science Museum")
        rosa = contacts.add(db, name="Rosa Díaz", partner_id=museum)
        interactions.log(db, museum, kind="call", contact_ids=[rosa])  # no follow-up date
        agreements.add(db, museum, title="Field trips")
    window = open_window(qtbot, db_path)
    window.open_item("partner", museum)
    f = window.views["partners"].page.form  # type: ignore[attr-defined]
    f.tabs.setCurrentWidget(f.contactsTab)
    assert walk(qtbot, f.addContact) == [
        "addContact",
        "importContacts",
        "exportContacts",
        "contactList",
        "moveContact",
        "deleteContact",
        "contactName",
        "contactRole",
        "contactEmails",
        "contactPhones",
        "contactNotes",
    ]
    f.tabs.setCurrentWidget(f.interactionsTab)
    assert walk(qtbot, f.logInteraction) == [
        "logInteraction",
        "timeline",
        "deleteInteraction",  # "Follow-up done" waits for a follow-up date
        "occurredOn",
        "interactionKind",
        "followUpOn",
        "who",
        "interactionNotes",
    ]
    f.tabs.setCurrentWidget(f.agreementsTab)
    assert walk(qtbot, f.addAgreement)[:6] == [
        "addAgreement",
        "deleteAgreement",
        "agreementList",
        "agreementTitle",
        "startsOn",
        "endsOn",
    ]
    window.close()
