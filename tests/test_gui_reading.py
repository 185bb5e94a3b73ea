"""How the app reads: one date format with four-digit years, shown and typed alike, and
names in any script kept in their place inside the sentences around them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale
from pytestqt.qtbot import QtBot

from stemlead.core import maintenance, teachers
from stemlead.gui import fmt
from stemlead.gui.app import create_application
from stemlead.gui.dialogs.impact_dialog import ImpactDialog
from stemlead.gui.dialogs.new_meeting import NewMeetingDialog
from stemlead.gui.dialogs.restore import RestoreDialog
from stemlead.gui.dialogs.search import SearchDialog
from stemlead.gui.dialogs.trash import TrashDialog
from stemlead.gui.session import Session
from stemlead.gui.widgets.dates import DateBox
from stemlead.store import Database
from tests.gui_helpers import activate

ARABIC = "\u0623\u062d\u0645\u062f \u0639\u0644\u064a"  # "Ahmad Ali" in Arabic letters


@pytest.fixture
def us_english() -> Iterator[None]:
    before = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
    yield
    QLocale.setDefault(before)


@pytest.fixture
def session(qapp: object, db: Database) -> Session:
    create_application()
    return Session(db)


def test_dates_show_four_digit_years_in_the_format_date_fields_edit(
    qtbot: QtBot, us_english: None
) -> None:
    assert fmt.day("2026-11-24") == "11/24/2026"
    box = DateBox()
    qtbot.addWidget(box)
    box.set_iso("2026-11-24")
    assert box.text() == fmt.day("2026-11-24")
    QLocale.setDefault(QLocale(QLocale.Language.German, QLocale.Country.Germany))
    assert fmt.day("2026-11-24") == "24.11.2026"
    german = DateBox()
    qtbot.addWidget(german)
    german.set_iso("2026-11-24")
    assert german.text() == "24.11.2026"


def test_a_date_field_takes_a_date_typed_in_digits(qtbot: QtBot, us_english: None) -> None:
    for typed, iso in (("12/1/2026", "2026-12-01"), ("3/4/2027", "2027-03-04")):
        box = DateBox()
        qtbot.addWidget(box)
        box.show()
        activate(qtbot, box)
        box.setFocus()  # the whole date is typed over, from its first part
        qtbot.keyClicks(box, typed)
        assert box.iso() == iso, typed


def test_the_dialogs_show_dates_as_everywhere_else(
    qtbot: QtBot, session: Session, us_english: None
) -> None:
    impact = ImpactDialog(session.db, now=fmt.qdate("2026-11-24").toPython())
    qtbot.addWidget(impact)
    assert impact.until.text() == fmt.day("2026-11-24") == "11/24/2026"
    assert impact.dates() == ("2026-08-01", "2026-11-24")
    meeting = NewMeetingDialog(session)
    qtbot.addWidget(meeting)
    assert meeting.form.start.displayFormat() == fmt.moment_format()
    assert "yyyy" in fmt.moment_format()
    maintenance.backup_now(session.db)
    restore = RestoreDialog(session.db)
    qtbot.addWidget(restore)
    made = maintenance.backups(session.db)[0].made_at
    row = restore.form.backups.item(0).text()
    assert row.startswith(fmt.day_and_clock(made.isoformat(timespec="minutes")))


def test_names_in_any_script_keep_their_place_in_search_results_and_the_trash(
    qtbot: QtBot, session: Session
) -> None:
    teacher = teachers.add(session.db, name=ARABIC, school="Lincoln ES")
    search = SearchDialog(session)
    qtbot.addWidget(search)
    search.form.query.setText(ARABIC.split()[0])  # found as typed, a moment later
    qtbot.waitUntil(lambda: search.form.results.count() == 1)
    label = search.form.results.itemWidget(search.form.results.item(0))
    assert fmt.isolate(ARABIC) in label.text()
    assert fmt.isolate("Lincoln ES") in label.text()
    session.delete(teachers.delete, teacher, ARABIC)
    bin_ = TrashDialog(session)
    qtbot.addWidget(bin_)
    assert bin_.entries.item(0).text().startswith(fmt.isolate(ARABIC))


def test_isolate_sets_text_apart_with_first_strong_isolate_marks() -> None:
    assert fmt.isolate("Ana") == "\u2068Ana\u2069"
