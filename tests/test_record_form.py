"""One record form: a page is its widgets plus the names of the fields it shows."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QLineEdit, QPlainTextEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from stemlead.core import agreements, groups, partners, teachers
from stemlead.core.agreements import Agreement
from stemlead.core.changes import Kind, changes, changes_of
from stemlead.core.groups import Group
from stemlead.core.teachers import Teacher
from stemlead.gui.session import Session
from stemlead.gui.widgets import autosave
from stemlead.gui.widgets.dates import DateBox, date_format
from stemlead.gui.widgets.record_form import RecordForm, widget_name
from stemlead.store import Database, open_database
from tests.gui_helpers import open_window


class TeacherForm:
    """What a Designer form gives a page: widgets named after the fields."""

    def __init__(self) -> None:
        self.name = QLineEdit()
        self.school = QComboBox()
        self.school.setEditable(True)
        self.subjects = QLineEdit()
        self.mayBeNamed = QCheckBox()
        self.strengths = QPlainTextEdit()


@pytest.fixture
def session(db: Database, qtbot: QtBot) -> Session:
    return Session(db)


def test_a_page_is_its_widgets_plus_field_names(session: Session, db: Database) -> None:
    teacher_id = teachers.add(db, name="Ana Okafor", subjects=["Physics"])
    form = TeacherForm()
    fields = RecordForm.on(
        session,
        Teacher,
        teachers.update,
        form,
        ("name", "school", "subjects", "may_be_named", "strengths"),
    )
    fields.show(teachers.get(db, teacher_id))
    assert form.name.text() == "Ana Okafor"
    assert form.subjects.text() == "Physics"  # a list reads as one line
    form.subjects.setText("Physics; Chemistry, Robotics")
    form.subjects.textEdited.emit(form.subjects.text())
    form.school.setEditText("Riverside High")
    form.school.editTextChanged.emit("Riverside High")
    form.mayBeNamed.setChecked(True)
    form.strengths.setPlainText("Warm questioning")
    autosave.flush_all()
    saved = teachers.get(db, teacher_id)
    assert saved.subjects == ["Physics", "Chemistry", "Robotics"]
    assert saved.school == "Riverside High"
    assert saved.may_be_named is True
    assert saved.strengths == "Warm questioning"


def test_showing_a_record_saves_nothing_and_typing_lands_on_its_own_record(
    session: Session, db: Database
) -> None:
    first = teachers.add(db, name="Ana Okafor")
    second = teachers.add(db, name="Ben Ruiz")
    form = TeacherForm()
    fields = RecordForm.on(session, Teacher, teachers.update, form, ("name", "strengths"))
    fields.show(teachers.get(db, first))
    form.strengths.setPlainText("Typed for Ana")  # not yet saved when the page moves on
    fields.show(teachers.get(db, second))
    assert teachers.get(db, first).strengths == "Typed for Ana"
    assert teachers.get(db, second).strengths == ""
    assert form.strengths.toPlainText() == ""


def test_a_refused_value_keeps_its_text_and_the_reason_is_given(
    session: Session, db: Database
) -> None:
    teacher_id = teachers.add(db, name="Ana Okafor")
    form = TeacherForm()
    fields = RecordForm.on(session, Teacher, teachers.update, form, ("name",))
    fields.show(teachers.get(db, teacher_id))
    failures: list[str] = []
    session.failed.connect(failures.append)
    form.name.setText("   ")
    form.name.textEdited.emit("   ")
    autosave.flush_all()
    assert failures == ["Name cannot be empty."]
    assert form.name.property("invalid") is True
    assert teachers.get(db, teacher_id).name == "Ana Okafor"


def test_choices_spins_money_and_optional_dates_come_from_the_field(
    session: Session, db: Database
) -> None:
    group_id = groups.add(db, name="Science PLC")
    kind = QComboBox()
    for value, label in groups.KIND_LABELS.items():
        kind.addItem(label, value)
    minutes = QSpinBox()
    minutes.setRange(5, 600)
    group_form = RecordForm(
        session, Group, groups.update, {"kind": kind, "default_minutes": minutes}
    )
    group_form.show(groups.get(db, group_id))
    kind.setCurrentIndex(kind.findData("leadership_team"))
    kind.activated.emit(kind.currentIndex())
    minutes.setValue(60)
    autosave.flush_all()
    assert groups.get(db, group_id).kind == "leadership_team"
    assert groups.get(db, group_id).default_minutes == 60

    partner_id = partners.add(db, name="City Science Museum")
    agreement_id = agreements.add(db, partner_id, title="Field trips", value_kind="in_kind")
    amount, ends = QLineEdit(), DateBox()
    agreement_form = RecordForm(
        session,
        Agreement,
        agreements.update,
        {"value_cents": amount, "ends_on": ends},
    )
    agreement_form.show(agreements.get(db, agreement_id))
    assert ends.is_empty() and ends.text() == "—"  # no end date: shown as empty
    amount.setText("1.250,50")
    amount.textEdited.emit(amount.text())
    ends.setDate(QDate(2027, 6, 30))
    autosave.flush_all()
    saved = agreements.get(db, agreement_id)
    assert saved.value_cents == 125_050
    assert saved.ends_on == "2027-06-30"
    agreement_form.show(saved)
    assert amount.text() == "1,250.50"
    ends.clear_date()
    autosave.flush_all()
    assert agreements.get(db, agreement_id).ends_on is None


def test_widget_names_follow_the_field_names() -> None:
    assert widget_name("success_criteria") == "successCriteria"
    assert widget_name("name") == "name"


def test_a_date_box_takes_typed_digits_and_shows_four_digit_years(qtbot: QtBot) -> None:
    box = DateBox()
    qtbot.addWidget(box)
    box.set_optional(True, "No due date")
    box.set_iso(None)
    assert box.iso() is None and box.text() == "No due date"
    assert "yyyy" in date_format()
    box.set_iso("2027-03-04")
    assert "2027" in box.text()
    box.setFocus()
    qtbot.keyClick(box, Qt.Key.Key_Delete)
    assert box.iso() is None
    qtbot.keyClick(box, Qt.Key.Key_Up)  # from empty, the arrows start at today
    assert box.iso() == QDate.currentDate().toString("yyyy-MM-dd")


def test_every_write_says_what_it_changes(session: Session, db: Database) -> None:
    def undeclared(database: Database) -> None:
        teachers.add(database, name="Never written")

    with pytest.raises(TypeError, match="does not declare what it changes"):
        session.write(undeclared)
    assert teachers.list_teachers(db) == []
    assert changes_of(teachers.update) == {Kind.TEACHER}
    assert changes_of(agreements.update) == {Kind.AGREEMENT}
    seen: list[frozenset[Kind]] = []
    session.changed.connect(seen.append)
    session.write(changes(Kind.GROUP)(lambda database: groups.add(database, name="Team")))
    assert seen == [{Kind.GROUP}]


def test_a_write_refreshes_only_the_views_that_show_it(qtbot: QtBot, db_path: Path) -> None:
    with open_database(db_path) as db:
        teachers.add(db, name="Ana Okafor")
        partners.add(db, name="City Science Museum")
    window = open_window(qtbot, db_path)
    cycles_view = window.show_section("cycles")
    window.show_section("partners")
    assert window.session is not None
    window.session.write(partners.update, 1, name="Science Museum")
    assert cycles_view._stale is False  # the board shows no partner
    window.session.write(teachers.update, 1, name="Ana Okafor-Diaz")
    assert cycles_view._stale is True  # its cards name teachers
    assert isinstance(cycles_view, QWidget)
    window.close()
