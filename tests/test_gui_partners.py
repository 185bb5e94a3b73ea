"""The partners view on a real database file: the list and its filters, a partner page made
by keyboard, contacts, interactions with follow-ups, agreements, import and export."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QInputDialog
from pytestqt.qtbot import QtBot

import stemlead.gui.main_window as main_window
from stemlead.clock import today
from stemlead.core import agreements, contacts, interactions, partners
from stemlead.core.today import today_page
from stemlead.gui.dialogs.contact_import import ContactImportDialog
from stemlead.gui.dialogs.log_interaction import LogInteractionDialog
from stemlead.gui.main_window import MainWindow
from stemlead.gui.views.partners import NO_PARTNER, PartnersView
from stemlead.gui.widgets.autosave import PAUSE_MS
from stemlead.store import open_database
from tests.conftest import sha256
from tests.gui_helpers import activate, answer, open_window

SAMPLES = Path(__file__).parent / "fixtures" / "contacts"
ALT = Qt.KeyboardModifier.AltModifier
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture(autouse=True)
def _partners_view(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Settings in tmp_path, and this view in the Partners section (until main_window
    maps it itself, after which this changes nothing)."""
    monkeypatch.setenv("STEMLEAD_CONFIG_DIR", str(tmp_path / "config"))
    original = main_window._view_class
    monkeypatch.setattr(
        main_window,
        "_view_class",
        lambda key: PartnersView if key == "partners" else original(key),
    )


@pytest.fixture
def ecosystem(db_path: Path) -> Path:
    with open_database(db_path) as db:
        museum = partners.add(db, name="City Science Museum", kind="museum", status="active")
        contacts.add(db, name="Rosa Díaz", partner_id=museum, emails=["rosa@museum.example"])
        partners.add(db, name="State University", kind="higher_ed", status="prospect")
        partners.add(db, name="Quasar Robotics", kind="industry", status="active")
        contacts.add(db, name="Loose Person", emails=["loose@example.org"])
    return db_path


def partners_view(window: MainWindow) -> PartnersView:
    view = window.show_section("partners")
    assert isinstance(view, PartnersView)
    return view


def names(view: PartnersView) -> list[str]:
    return [view.model.row_at(r).name for r in range(view.model.rowCount())]


def test_the_list_filters_by_type_status_and_text(qtbot: QtBot, ecosystem: Path) -> None:
    window = open_window(qtbot, ecosystem)
    view = partners_view(window)
    assert names(view) == [
        "People with no partner",
        "City Science Museum",
        "Quasar Robotics",
        "State University",
    ]
    view.kind.setCurrentIndex(view.kind.findData("museum"))
    assert names(view) == ["City Science Museum"]
    view.kind.setCurrentIndex(0)
    view.status.setCurrentIndex(view.status.findData("active"))
    assert names(view) == ["City Science Museum", "Quasar Robotics"]
    view.status.setCurrentIndex(0)
    view.filter.setFocus()
    qtbot.keyClicks(view.filter, "univ")
    assert names(view) == ["State University"]
    window.close()


def test_renaming_a_partner_out_of_the_text_filter_keeps_typing_in_that_partner(
    qtbot: QtBot, ecosystem: Path
) -> None:
    """A saved name that no longer matched the filter box used to move the page to the
    first partner left in the list, so the next keystrokes renamed that partner."""
    window = open_window(qtbot, ecosystem)
    view = partners_view(window)
    view.filter.setText("quasar")
    view.open_item(3)
    view.filter.setText("quasar")
    name = view.page.form.name
    name.setFocus()
    name.selectAll()
    qtbot.keyClicks(name, "Nova")
    qtbot.wait(PAUSE_MS + 200)
    assert view.page.partner_id == 3
    qtbot.keyClicks(name, " Labs")
    qtbot.wait(PAUSE_MS + 200)
    with open_database(ecosystem, mode="read") as db:
        assert [p.name for p in partners.list_partners(db)] == [
            "City Science Museum",
            "Nova Labs",
            "State University",
        ]
    window.close()


def test_typing_then_making_a_new_partner_or_contact_at_once_keeps_the_typing(
    qtbot: QtBot, ecosystem: Path
) -> None:
    """Ctrl+N (or the Add contact button by its mnemonic, which leaves the focus where it
    is) loaded the new entry over text typed a moment before, and it was never saved."""
    window = open_window(qtbot, ecosystem)
    view = partners_view(window)
    view.open_item(1)
    f = view.page.form
    f.tabs.setCurrentWidget(f.detailsTab)
    f.notes.setFocus()
    qtbot.keyClicks(f.notes, "Loves robotics")
    qtbot.keyClick(f.notes, Qt.Key.Key_N, CTRL)
    assert view.page.partner_id != 1
    view.open_item(1)
    f.tabs.setCurrentWidget(f.contactsTab)
    f.contactRole.setFocus()
    qtbot.keyClicks(f.contactRole, "Education director")
    view.page.contacts.add()
    with open_database(ecosystem, mode="read") as db:
        assert partners.get(db, 1).notes == "Loves robotics"
        rosa = next(c for c in contacts.list_contacts(db) if c.name == "Rosa Díaz")
        assert rosa.role == "Education director"
    window.close()


def test_a_partner_and_a_contact_made_by_keyboard_are_there_after_reopening(
    qtbot: QtBot, ecosystem: Path
) -> None:
    window = open_window(qtbot, ecosystem)
    view = partners_view(window)
    page = view.page.form
    qtbot.keyClick(window, Qt.Key.Key_N, CTRL)  # Ctrl+N: a new partner, its name selected
    assert page.name.hasFocus() and page.name.selectedText() == "New partner"
    qtbot.keyClicks(page.name, "Gulf Coast Makers")
    qtbot.keyClick(page.name, Qt.Key.Key_Tab)
    assert page.kind.hasFocus()
    for _ in range(2):  # Other -> Government -> Nonprofit, each choice saved
        qtbot.keyClick(page.kind, Qt.Key.Key_Up)
    qtbot.keyClick(page.kind, Qt.Key.Key_Tab)
    qtbot.keyClick(page.status, Qt.Key.Key_Down)  # Prospect -> Active
    page.notes.setFocus()
    page.notes.insertPlainText("Makerspace with laser cutters — ¡bienvenidos! 🤖")
    qtbot.keyClick(page.notes, Qt.Key.Key_Tab)
    qtbot.keyClick(window, Qt.Key.Key_T, ALT)  # the Contacts tab
    assert page.tabs.currentWidget() is page.contactsTab
    qtbot.keyClick(window, Qt.Key.Key_W, ALT)  # New contact (a mnemonic clicks after a beat)
    qtbot.waitUntil(page.contactName.hasFocus)
    page.contactName.selectAll()
    page.contactName.insert("Ngozi Adébáyọ̀")  # non-ASCII: typed in with insert, not keyClicks
    qtbot.keyClick(page.contactName, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.contactRole, "Education lead")
    qtbot.keyClick(page.contactRole, Qt.Key.Key_Tab)
    qtbot.keyClicks(page.contactEmails, "ngozi@makers.example, N.A@home.example")
    qtbot.keyClick(page.contactEmails, Qt.Key.Key_Tab)
    assert window.message.text().startswith("Saved")
    assert "Ngozi Adébáyọ̀ · Education lead" in page.contactList.item(0).text()
    assert page.tabs.tabText(1) == "Con&tacts (1)"
    window.close()

    window = open_window(qtbot, ecosystem)
    view = partners_view(window)
    with open_database(ecosystem, mode="read") as db:
        partner = partners.find_by_name(db, "Gulf Coast Makers")
        assert partner is not None
        assert (partner.kind, partner.status) == ("nonprofit", "active")
        assert partner.notes == "Makerspace with laser cutters — ¡bienvenidos! 🤖"
        [ngozi] = contacts.at_partner(db, partner.id)
    assert (ngozi.name, ngozi.role) == ("Ngozi Adébáyọ̀", "Education lead")
    assert ngozi.emails == ["ngozi@makers.example", "N.A@home.example"]
    view.open_item(ngozi.id, "contact")
    page = view.page.form
    assert page.name.text() == "Gulf Coast Makers"
    assert page.tabs.currentWidget() is page.contactsTab
    assert page.contactName.text() == "Ngozi Adébáyọ̀"
    window.close()


def test_log_an_interaction_with_a_follow_up_from_anywhere(qtbot: QtBot, ecosystem: Path) -> None:
    window = open_window(qtbot, ecosystem)
    window.show_section("teachers")  # not on the partners view
    dialog = LogInteractionDialog(window.session, parent=window)
    qtbot.addWidget(dialog)
    with qtbot.waitExposed(dialog):
        dialog.show()
    activate(qtbot, dialog)
    form = dialog.form
    assert form.partner.lineEdit().hasFocus()
    qtbot.keyClicks(form.partner.lineEdit(), "City Science Museum")
    qtbot.keyClick(form.partner, Qt.Key.Key_Tab)
    assert [form.who.item(r).text() for r in range(form.who.count())] == ["\u2068Rosa Díaz\u2069"]
    form.kind.setCurrentIndex(form.kind.findData("visit"))
    form.who.setFocus()
    form.who.setCurrentRow(0)
    qtbot.keyClick(form.who, Qt.Key.Key_Space)
    form.notes.setFocus()
    qtbot.keyClicks(form.notes, "Walked the new maker gallery; field trip in March")
    form.followUp.setFocus()
    qtbot.keyClick(form.followUp, Qt.Key.Key_Space)
    assert form.followUpOn.isEnabled()
    qtbot.keyClick(form.notes, Qt.Key.Key_Return, CTRL)
    assert dialog.result() == 1 and dialog.logged_id is not None
    due = today() + timedelta(days=7)
    with open_database(ecosystem, mode="read") as db:
        [row] = interactions.timeline(db, 1)
        assert (row.kind, row.who, row.follow_up_on) == ("visit", "Rosa Díaz", due.isoformat())
        assert today_page(db, due).follow_ups[0].title == "Follow up with City Science Museum"
        assert today_page(db, due - timedelta(days=1)).follow_ups == []
    window.close()

    window = open_window(qtbot, ecosystem)
    view = partners_view(window)
    view.open_item(1, "partner")
    page = view.page.form
    page.tabs.setCurrentWidget(page.interactionsTab)
    assert page.timeline.count() == 1
    assert "Visit with Rosa Díaz · follow up by" in page.timeline.item(0).text()
    qtbot.mouseClick(page.followUpDone, Qt.MouseButton.LeftButton)
    assert "follow-up done" in page.timeline.item(0).text()
    with open_database(ecosystem, mode="read") as db:
        assert today_page(db, due).follow_ups == []
    window.close()


def test_an_interaction_is_logged_with_the_partner_shown_even_when_names_repeat(
    qtbot: QtBot, ecosystem: Path
) -> None:
    """Two partners still called "New partner": logging an interaction from the second one's
    page logged it with the first."""
    with open_database(ecosystem) as db:
        first = partners.add(db, name="New partner")
        second = partners.add(db, name="New partner")
    window = open_window(qtbot, ecosystem)
    dialog = LogInteractionDialog(window.session, second, parent=window)
    qtbot.addWidget(dialog)
    assert dialog.chosen_partner() == second
    dialog.form.partner.setCurrentIndex(dialog.form.partner.findData(first))
    assert dialog.chosen_partner() == first
    window.close()


def test_a_partners_interaction_can_be_edited_and_deleted_with_undo(
    qtbot: QtBot, ecosystem: Path
) -> None:
    with open_database(ecosystem) as db:
        interactions.log(db, 1, kind="call", notes="First call", occurred_on="2026-11-02")
    window = open_window(qtbot, ecosystem)
    view = partners_view(window)
    view.open_item(1)
    page = view.page.form
    page.tabs.setCurrentWidget(page.interactionsTab)
    page.interactionNotes.setFocus()
    qtbot.keyClick(page.interactionNotes, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(page.interactionNotes, " about kits")
    page.followUpOn.setFocus()
    qtbot.keyClick(page.followUpOn, Qt.Key.Key_Up)  # an empty date starts from today
    qtbot.keyClick(page.followUpOn, Qt.Key.Key_Tab)
    who = page.who.item(0)
    who.setCheckState(Qt.CheckState.Checked)
    qtbot.wait(PAUSE_MS + 100)
    with open_database(ecosystem, mode="read") as db:
        [row] = interactions.timeline(db, 1)
    assert (row.notes, row.follow_up_on, row.who) == (
        "First call about kits",
        today().isoformat(),
        "Rosa Díaz",
    )
    page.timeline.setFocus()
    qtbot.keyClick(page.timeline, Qt.Key.Key_Delete)
    assert page.timeline.count() == 0
    assert "Deleted “\u2068Call on" in window.message.text()
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert page.timeline.count() == 1
    window.close()


def test_moving_and_deleting_contacts(
    qtbot: QtBot, ecosystem: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window(qtbot, ecosystem)
    view = partners_view(window)
    view.open_item(1)
    page = view.page.form
    page.tabs.setCurrentWidget(page.contactsTab)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("State University", True))
    qtbot.mouseClick(page.moveContact, Qt.MouseButton.LeftButton)
    assert page.contactList.count() == 0
    assert "Moved Rosa Díaz to State University" in window.message.text()
    view.open_item(2)
    assert page.contactList.count() == 1 and page.contactName.text() == "Rosa Díaz"
    page.contactList.setFocus()
    qtbot.keyClick(page.contactList, Qt.Key.Key_Delete)
    assert page.contactList.count() == 0
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert page.contactList.count() == 1
    view.open_item(NO_PARTNER)  # the people at no partner have a page too
    assert page.heading.text() == "People with no partner"
    assert page.contactName.text() == "Loose Person"
    assert not page.tabs.isTabEnabled(page.tabs.indexOf(page.agreementsTab))
    window.close()


def test_agreements_save_their_value_and_refuse_bad_input(qtbot: QtBot, ecosystem: Path) -> None:
    window = open_window(qtbot, ecosystem)
    view = partners_view(window)
    view.open_item(3)
    page = view.page.form
    qtbot.keyClick(window, Qt.Key.Key_A, ALT)  # the Agreements tab
    qtbot.keyClick(window, Qt.Key.Key_W, ALT)  # New agreement
    qtbot.waitUntil(page.agreementTitle.hasFocus)
    qtbot.keyClicks(page.agreementTitle, "Robotics mentors 2026-27")
    qtbot.keyClick(page.agreementTitle, Qt.Key.Key_Tab)
    page.valueKind.setCurrentIndex(page.valueKind.findData("funding"))
    page.valueKind.activated.emit(page.valueKind.currentIndex())
    assert page.amount.isEnabled()
    page.amount.setFocus()
    qtbot.keyClicks(page.amount, "1,250.50")
    qtbot.keyClick(page.amount, Qt.Key.Key_Tab)
    page.currency.lineEdit().selectAll()
    qtbot.keyClicks(page.currency.lineEdit(), "U$D")
    qtbot.keyClick(page.currency.lineEdit(), Qt.Key.Key_Return)
    assert page.currency.property("invalid") is True
    assert "not a currency code" in window.message.text()
    page.endsOn.setFocus()
    page.endsOn.setDate(page.startsOn.date().addDays(-1))
    qtbot.wait(PAUSE_MS + 100)  # saved after a pause (Tab walks the date's own parts first)
    assert "end date is before the start date" in window.message.text()
    with open_database(ecosystem, mode="read") as db:
        [agreement] = agreements.for_partner(db, 3)
    assert (agreement.title, agreement.value_kind, agreement.value_cents) == (
        "Robotics mentors 2026-27",
        "funding",
        125_050,
    )
    assert (agreement.currency, agreement.ends_on) == ("USD", None)
    assert "Funding 1,250.50 USD" in page.agreementList.item(0).text()
    window.close()


def test_import_dialog_previews_and_writes_nothing_until_confirmed(
    qtbot: QtBot, ecosystem: Path
) -> None:
    window = open_window(qtbot, ecosystem)
    view = partners_view(window)
    before = sha256(ecosystem)
    dialog = ContactImportDialog(window.session, None, window)
    qtbot.addWidget(dialog)
    dialog.load(SAMPLES / "truncated.vcf")
    qtbot.waitUntil(lambda: "cut off" in dialog.form.summary.text())
    assert dialog.form.summary.text().startswith("truncated.vcf is cut off")
    assert not dialog.ok_button.isEnabled()
    dialog.load(SAMPLES / "duplicates.vcf")
    qtbot.waitUntil(lambda: dialog.plan is not None)
    model = dialog.model

    def results() -> list[str]:
        return [model.index(r, 1).data() for r in range(model.rowCount())]

    assert results() == [
        "New · adds partner “Northside Makerspace”",
        "Duplicate: same email as line 1 of this file",
        "New",
        "Skipped: no name",
    ]
    dialog.form.showNew.setChecked(False)
    assert results() == ["Duplicate: same email as line 1 of this file", "Skipped: no name"]
    window.session.db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert sha256(ecosystem) == before  # the preview wrote nothing
    dialog.apply()
    assert dialog.result() == 1 and len(dialog.imported) == 2
    assert "Northside Makerspace" in names(view)
    window.close()


def test_import_contacts_from_a_page_offers_them_to_that_partner(
    qtbot: QtBot, ecosystem: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    opened_for: list[int | None] = []
    monkeypatch.setattr(
        ContactImportDialog, "exec", lambda dialog: opened_for.append(dialog.partner_id) or 0
    )
    window = open_window(qtbot, ecosystem)
    view = partners_view(window)
    view.open_item(3)
    qtbot.mouseClick(view.page.form.importContacts, Qt.MouseButton.LeftButton)
    view.open_item(NO_PARTNER)
    assert view.page.form.heading.text() == "People with no partner"
    qtbot.mouseClick(view.page.form.importContacts, Qt.MouseButton.LeftButton)
    assert opened_for == [3, None]  # people in the file with no organisation join partner 3
    window.close()


def test_export_a_partners_contacts(
    qtbot: QtBot, ecosystem: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "museum"
    monkeypatch.setattr(
        QFileDialog,
        "getSaveFileName",
        lambda *a, **k: (str(target), "CSV for Excel and mail merges (*.csv)"),
    )
    window = open_window(qtbot, ecosystem)
    view = partners_view(window)
    view.open_item(1)
    qtbot.mouseClick(view.page.form.exportContacts, Qt.MouseButton.LeftButton)
    exported = tmp_path / "museum.csv"
    qtbot.waitUntil(lambda: window.message.text().startswith("Exported"))  # written off-thread
    assert exported.read_bytes().startswith(b"\xef\xbb\xbfFirst Name,Last Name")
    assert "Rosa,Díaz,City Science Museum" in exported.read_text(encoding="utf-8-sig")
    assert window.message.text() == f"Exported 1 contact(s) to {exported}"
    window.close()


def test_today_follow_up_opens_the_partner(qtbot: QtBot, ecosystem: Path) -> None:
    with open_database(ecosystem) as db:
        interactions.log(
            db, 3, kind="email", follow_up_on=(date.today() - timedelta(days=1)).isoformat()
        )
    window = open_window(qtbot, ecosystem)
    window.open_item("partner", 3)
    view = window.current_view()
    assert isinstance(view, PartnersView)
    assert view.page.form.heading.text() == "Quasar Robotics"
    assert "follow-up due" in view.page.form.summary.text()
    window.close()


def test_deleting_a_partner_can_be_undone_with_its_people(qtbot: QtBot, ecosystem: Path) -> None:
    with open_database(ecosystem) as db:
        interactions.log(db, 1, kind="call", contact_ids=[1])
    window = open_window(qtbot, ecosystem)
    view = partners_view(window)
    view.open_item(1)
    view.table.setFocus()
    asked = answer("Delete")
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert asked and "and 1 interaction?" in asked[0]
    assert "City Science Museum" not in names(view)
    assert "Deleted “\u2068City Science Museum\u2069”" in window.message.text()
    activate(qtbot, window)  # back from the question
    qtbot.keyClick(window, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert "City Science Museum" in names(view)
    with open_database(ecosystem, mode="read") as db:
        assert [c.name for c in contacts.at_partner(db, 1)] == ["Rosa Díaz"]
        assert interactions.timeline(db, 1)[0].who == "Rosa Díaz"
    window.close()
