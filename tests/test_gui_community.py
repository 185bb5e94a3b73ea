"""The community sections in the real window: plan an event from a template, tick a step,
build a newsletter, and find it all again after closing and reopening the app; photos with
consent; volunteers; the advisory board's part of a group page."""

from __future__ import annotations

import io
from datetime import date, timedelta
from pathlib import Path

import pytest
from PIL import Image
from PySide6.QtCore import QDate, Qt
from pytestqt.qtbot import QtBot

from stemlead.clock import today
from stemlead.core import (
    action_items,
    communications,
    contacts,
    event_checklist,
    event_people,
    event_photos,
    events,
    groups,
    newsletters,
    partners,
    teachers,
)
from stemlead.gui.dialogs.newsletter_output import NewsletterText
from stemlead.gui.main_window import MainWindow
from stemlead.gui.views.communications import CommunicationsView
from stemlead.gui.views.events import EventsView
from stemlead.gui.widgets import autosave
from stemlead.store import open_database
from tests.gui_helpers import open_window


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("STEMLEAD_CONFIG_DIR", str(tmp_path / "config"))


def events_view(window: MainWindow) -> EventsView:
    view = window.show_section("events")
    assert isinstance(view, EventsView)
    return view


def comms_view(window: MainWindow) -> CommunicationsView:
    view = window.show_section("communications")
    assert isinstance(view, CommunicationsView)
    return view


def checks(widget: object) -> list[bool]:
    return [
        widget.item(i).checkState() == Qt.CheckState.Checked  # type: ignore[attr-defined]
        for i in range(widget.count())  # type: ignore[attr-defined]
    ]


def test_plan_an_event_tick_a_step_and_build_a_newsletter_across_a_reopen(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    with open_database(db_path) as db:
        teachers.add(db, name="Ana Lima", school="Riverside Elementary", may_be_named=True)
    window = open_window(qtbot, db_path)
    view = events_view(window)
    view.new_item()
    f = view.page.form
    assert f.title.hasFocus()
    qtbot.keyClicks(f.title, "Family STEM Night")
    night = date.fromordinal(today().toordinal() - 3)  # held three days ago
    f.startsOn.setDate(QDate(night.year, night.month, night.day))
    f.place.setFocus()
    qtbot.keyClicks(f.place, "Riverside gym")
    autosave.flush_all()
    event_id = view.page.event_id
    assert event_id is not None
    saved = events.get(window.db, event_id)
    assert (saved.title, saved.place, saved.day) == (
        "Family STEM Night",
        "Riverside gym",
        night.isoformat(),
    )

    f.tabs.setCurrentWidget(f.checklistTab)
    f.template.setCurrentIndex(f.template.findData("01-stem-night"))
    qtbot.mouseClick(f.planButton, Qt.MouseButton.LeftButton)
    assert f.steps.count() == 9
    step_id = f.steps.item(0).data(Qt.ItemDataRole.UserRole)
    f.steps.item(0).setCheckState(Qt.CheckState.Checked)  # ticked: done, in the one list
    qtbot.waitUntil(lambda: "8 checklist steps to do" in f.summary.text())
    assert not action_items.get(window.db, step_id).is_open
    assert f.steps.item(f.steps.count() - 1).checkState() == Qt.CheckState.Checked  # done last

    f.tabs.setCurrentWidget(f.peopleTab)
    f.addVolunteer.setEditText("Ana Lima — teacher, Riverside Elementary")
    f.addVolunteer.lineEdit().returnPressed.emit()
    assert f.role.hasFocus()
    f.role.setCurrentIndex(f.role.findData("host"))
    f.role.activated.emit(f.role.currentIndex())
    f.tabs.setCurrentWidget(f.debriefTab)
    f.status.setCurrentIndex(f.status.findData("held"))
    f.status.activated.emit(f.status.currentIndex())
    f.students.setValue(85)
    f.families.setValue(60)
    autosave.flush_all()
    assert events.get(window.db, event_id).students == 85

    comms = comms_view(window)
    c = comms.form
    c.tabs.setCurrentWidget(c.newslettersTab)
    start = night.replace(day=1)
    c.newsletterFrom.setDate(QDate(start.year, start.month, 1))
    c.newsletterTo.setDate(QDate(night.year, night.month, night.day))
    qtbot.mouseClick(c.createNewsletter, Qt.MouseButton.LeftButton)
    newsletter_id = comms.newsletters.newsletter_id
    assert newsletter_id is not None
    kinds = [b.kind for b in newsletters.blocks(window.db, newsletter_id)]
    assert "highlight" in kinds and "spotlight" in kinds
    assert c.blockList.count() == len(kinds)
    qtbot.mouseClick(c.addTextBlock, Qt.MouseButton.LeftButton)
    assert c.blockHeading.hasFocus()
    c.blockHeading.selectAll()
    qtbot.keyClicks(c.blockHeading, "A note from your coach")
    autosave.flush_all()
    qtbot.mouseClick(c.blockUp, Qt.MouseButton.LeftButton)
    order = [b.heading for b in newsletters.blocks(window.db, newsletter_id)]
    assert order[-2] == "A note from your coach"
    dialog = NewsletterText(comms.session, newsletter_id, "txt", window)
    qtbot.addWidget(dialog)
    out = dialog.save(tmp_path / "news.txt")
    assert out is not None and "A note from your coach" in out.read_text(encoding="utf-8")
    assert "Family STEM Night" in out.read_text(encoding="utf-8")
    window.close()

    again = open_window(qtbot, db_path)
    view = events_view(again)
    view.when.setCurrentIndex(view.when.findData("all"))
    view.open_item(event_id)
    f = view.page.form
    assert f.title.text() == "Family STEM Night"
    assert f.students.value() == 85
    assert f.steps.count() == 9 and sum(checks(f.steps)) == 1
    assert "Host: Ana Lima" in f.volunteerList.item(0).text()
    comms = comms_view(again)
    comms.open_item(newsletter_id, "newsletter")
    c = comms.form
    blocks = [c.blockList.item(i).text() for i in range(c.blockList.count())]
    assert blocks[-2].startswith("A note from your coach")
    assert "Logged in the communications log" in c.loggedLabel.text()
    [logged] = communications.list_communications(again.db)
    assert (logged.kind, logged.newsletter_id) == ("newsletter", newsletter_id)


def test_photos_come_in_with_consent_off_and_too_big_ones_are_refused(
    qtbot: QtBot, db_path: Path, tmp_path: Path
) -> None:
    with open_database(db_path) as db:
        event_id = events.add(db, title="Showcase", starts_at="2026-12-04T17:00")
    picture = tmp_path / "bridges.jpg"
    buffer = io.BytesIO()
    Image.new("RGB", (200, 120), (200, 40, 40)).save(buffer, "JPEG")
    picture.write_bytes(buffer.getvalue())
    huge = tmp_path / "huge.jpg"
    huge.write_bytes(b"\xff\xd8\xff" + b"0" * (6 * 1024 * 1024))
    window = open_window(qtbot, db_path)
    view = events_view(window)
    view.when.setCurrentIndex(view.when.findData("all"))
    view.open_item(event_id)
    tab = view.page.photos
    assert tab.add_files([huge]) == 0
    assert "huge.jpg is 6.0 MB; the limit is 5.0 MB." in window.message.text()
    assert tab.add_files([picture]) == 1
    f = view.page.form
    assert f.photoList.count() == 1 and not f.consent.isChecked()
    assert event_photos.shareable(window.db, event_id) == []
    f.consent.setChecked(True)
    f.caption.setFocus()
    qtbot.keyClicks(f.caption, "Testing bridges")
    autosave.flush_all()
    [shared] = event_photos.shareable(window.db, event_id)
    assert shared.caption == "Testing bridges"
    assert "may be shared" in f.photoList.item(0).text()


def test_a_teachers_consent_is_shown_not_changed_on_the_event(qtbot: QtBot, db_path: Path) -> None:
    with open_database(db_path) as db:
        event_id = events.add(db, title="Open house", starts_at="2026-12-04T17:00")
        private = teachers.add(db, name="Bo Chen", school="Riverside")
        museum = partners.add(db, name="Science Museum", kind="museum")
        rosa = contacts.add(db, name="Rosa Díaz", partner_id=museum)
        event_people.add_volunteer(db, event_id, teacher_id=private)
        event_people.add_volunteer(db, event_id, contact_id=rosa)
    window = open_window(qtbot, db_path)
    view = events_view(window)
    view.when.setCurrentIndex(view.when.findData("all"))
    view.open_item(event_id)
    f = view.page.form
    f.tabs.setCurrentWidget(f.peopleTab)
    rows = [f.volunteerList.item(i).text() for i in range(f.volunteerList.count())]
    assert all("counted, not named" in r for r in rows)
    teacher_row = next(i for i, r in enumerate(rows) if "Bo Chen" in r)
    f.volunteerList.setCurrentRow(teacher_row)
    assert not f.mayBeNamed.isEnabled() and not f.mayBeNamed.isChecked()
    f.volunteerList.setCurrentRow(1 - teacher_row)
    assert f.mayBeNamed.isEnabled()
    f.mayBeNamed.setChecked(True)
    named, others = event_people.named_and_counted(event_people.volunteers_of(window.db, event_id))
    assert [v.name for v in named] == ["Rosa Díaz"] and others == 1


def test_the_advisory_board_part_shows_for_advisory_boards_only(
    qtbot: QtBot, db_path: Path
) -> None:
    with open_database(db_path) as db:
        board = groups.add(db, name="STEM Advisory Board", kind="advisory_board")
        works = partners.add(db, name="Gulf Coast Energy", kind="industry")
        li = contacts.add(db, name="Li Wei", partner_id=works)
        groups.add_member(db, board, contact_id=li, role="Industry")
        plc = groups.add(db, name="Grade 5 PLC")
    window = open_window(qtbot, db_path)
    window.open_item("group", board)
    page = window.views["meetings"].group_page  # type: ignore[attr-defined]
    panel = page.board
    assert panel.isVisible()
    b = panel.form
    assert b.terms.rowCount() == 1 and b.terms.item(0, 1).text() == "Business"
    b.sector.setCurrentIndex(b.sector.findData("higher_ed"))
    b.sector.activated.emit(b.sector.currentIndex())
    assert b.terms.item(0, 1).text() == "Higher education"
    assert "business" in b.gaps.text()
    qtbot.mouseClick(b.addWork, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(b.title, "Map externships")
    autosave.flush_all()
    assert b.workList.item(0).text().startswith("Map externships")
    window.open_item("group", plc)
    assert not panel.isVisible()
    window.open_item("group", board)
    assert panel.isVisible() and b.workList.count() == 1


def test_events_this_week_are_on_today_and_open_their_page(qtbot: QtBot, db_path: Path) -> None:
    soon = today() + timedelta(days=2)
    with open_database(db_path) as db:
        event_id = events.add(db, title="Legislator visit", starts_at=f"{soon.isoformat()}T10:15")
        event_checklist.add_step(db, event_id, "Send the brief", due_on=soon.isoformat())
    window = open_window(qtbot, db_path)
    listing = window.views["today"].lists["events"]  # type: ignore[attr-defined]
    assert "Legislator visit" in listing.item(0).text()
    assert "1 checklist step to do" in listing.item(0).text()
    listing.itemActivated.emit(listing.item(0))
    assert window.current_view() is window.views["events"]
    assert window.views["events"].page.event_id == event_id  # type: ignore[attr-defined]
