"""What the impact report counts, in plain words: teachers coached and teachers who came to
PLC and team meetings are separate figures, each defined on the report and in its dialog;
a month the dates cut short is marked as partial in the chart."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
from PySide6.QtCore import QDate, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from stemlead.core import (
    attendance,
    coaching_log,
    cycles,
    groups,
    impact,
    meetings,
    observations,
    teachers,
)
from stemlead.gui.dialogs.impact_dialog import ImpactDialog
from stemlead.pdf import handouts
from stemlead.pdf.handouts import Request
from stemlead.store import Database, open_database
from tests.gui_helpers import open_window

CHICAGO = "America/Chicago"


def fill(db: Database) -> None:
    """Two teachers only at a PLC, four coached (one of them also at the PLC)."""
    logged, visited, cycled, both, met, met_too = (
        teachers.add(db, name=n) for n in ("Ana", "Ben", "Cy", "Dee", "Eve", "Fay")
    )
    coaching_log.log(
        db,
        teacher_ids=[logged, both],
        kind="co_planning",
        minutes=90,
        occurred_at="2026-09-10T12:00",
    )
    coaching_log.log(
        db, teacher_ids=[logged], kind="conversation", minutes=30, occurred_at="2026-11-14T12:00"
    )
    visit = observations.start(db, visited, starts_at="2026-10-14T09:00")
    observations.end(db, visit, at="2026-10-14T09:40")
    cycles.add(db, teacher_ids=[cycled], title="Talk moves", started_on="2026-09-01")
    plc = groups.add(db, name="Grade 5 PLC", kind="plc")
    for day in ("2026-10-06", "2026-10-13"):  # the same three came twice: counted once
        meeting = meetings.add(db, starts_at=f"{day}T15:30", tzid=CHICAGO, group_id=plc)
        meetings.update(db, meeting, status="held")
        for teacher in (both, met, met_too):
            attendance.mark(db, meeting, "present", teacher_id=teacher)


def text_of(data: bytes) -> str:
    return "\n".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(data)).pages)


def squash(text: str) -> str:
    return " ".join(text.split())


def test_coached_and_met_are_counted_apart(db: Database) -> None:
    fill(db)
    report = impact.measure(db, "2026-08-12", "2026-11-15")
    assert report.teachers_coached == 4
    assert report.teachers_in_meetings == 3
    assert report.teachers_reached == 6  # either: the breakdown by school and subject


def test_the_report_names_each_figure_and_says_what_it_counts(db: Database) -> None:
    fill(db)
    data = handouts.build(db, Request("impact", since="2026-08-12", until="2026-11-15"))
    first = squash(pypdf.PdfReader(io.BytesIO(data)).pages[0].extract_text())
    assert "teachers supported" not in first
    assert "4 teachers coached" in first
    assert "3 teachers in PLC and team meetings" in first
    text = squash(text_of(data))
    assert squash(impact.COACHED_MEANS) in text
    assert squash(impact.MET_MEANS) in text


def test_months_the_dates_cut_are_marked_partial(db: Database) -> None:
    fill(db)
    report = impact.measure(db, "2026-08-12", "2026-11-15")
    assert [m.label for m in report.minutes_by_month] == [
        "2026-08",
        "2026-09",
        "2026-10",
        "2026-11",
    ]
    assert report.partial_months == {"2026-08": (12, 31), "2026-11": (1, 15)}
    text = squash(
        text_of(handouts.build(db, Request("impact", since="2026-08-12", until="2026-11-15")))
    )
    assert "Aug (from 12th)" in text and "Nov (to 15th)" in text
    assert "Sep (" not in text and "Oct (" not in text
    whole = squash(
        text_of(handouts.build(db, Request("impact", since="2026-09-01", until="2026-10-31")))
    )
    assert "(to " not in whole and "(from " not in whole
    one = impact.measure(db, "2026-11-03", "2026-11-15")
    assert one.partial_months == {"2026-11": (3, 15)}
    assert "Nov (3rd–15th)" in squash(
        text_of(handouts.build(db, Request("impact", since="2026-11-03", until="2026-11-15")))
    )


def test_the_dialog_shows_both_figures_with_their_meaning(qtbot: QtBot, db_path: Path) -> None:
    with open_database(db_path) as db:
        fill(db)
    window = open_window(qtbot, db_path)
    seen: dict[str, str] = {}

    def look() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, ImpactDialog) and widget.isVisible():
                try:
                    widget.since.setDate(QDate(2026, 8, 12))
                    widget.until.setDate(QDate(2026, 11, 15))
                    seen["text"] = widget.counted.text()
                finally:
                    widget.reject()

    QTimer.singleShot(200, look)
    window.impact_report()
    text = squash(seen["text"])
    assert "4 teachers coached" in text and impact.COACHED_MEANS in text
    assert "3 teachers in PLC and team meetings" in text and impact.MET_MEANS in text
    assert "November counts only to the 15th" in text
