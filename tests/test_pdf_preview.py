"""See before you share: the preview shows the pages of the exact bytes that Save… writes."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path
from typing import Any

import pypdf
import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel
from pytestqt.qtbot import QtBot

from stemlead.core import meetings, settings, teachers
from stemlead.gui.app import create_application
from stemlead.gui.dialogs import handout_preview
from stemlead.gui.dialogs.handout_preview import HandoutPreview, render_pages
from stemlead.gui.dialogs.impact_dialog import ImpactDialog
from stemlead.pdf.handouts import Request
from stemlead.store import Database


@pytest.fixture
def meeting(db: Database) -> int:
    create_application()
    settings.put(db, organization_name="Cedar Valley ISD")
    teachers.add(db, name="Nguyễn Thị Lan", may_be_named=True)
    return meetings.add(
        db,
        starts_at="2026-12-01T15:45",
        title="Grade 5 Science PLC · مرحبا بالعالم · 学生 · 🔬",
        notes="a<b & c " * 2000,
    )


def ready(qtbot: QtBot, dialog: HandoutPreview) -> HandoutPreview:
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.is_ready, timeout=20_000)
    return dialog


def page_labels(dialog: HandoutPreview) -> list[QLabel]:
    return [
        w for w in dialog.pages_box.findChildren(QLabel) if w.accessibleName().startswith("Page")
    ]


def test_the_preview_shows_every_page_of_the_bytes_it_will_save(
    qtbot: QtBot, db: Database, meeting: int
) -> None:
    dialog = ready(qtbot, HandoutPreview(db, Request("summary", meeting)))
    assert dialog.preview is not None
    count = len(pypdf.PdfReader(io.BytesIO(dialog.preview.data)).pages)
    labels = page_labels(dialog)
    assert count > 1 and len(labels) == count
    first = labels[0].pixmap()
    assert not first.isNull()
    assert (first.width(), first.height()) == (765, 990)  # Letter at 90 dpi
    assert labels[-1].accessibleName() == f"Page {count} of {count}"
    assert f"{count} pages" in dialog.status.text()
    assert dialog.save_button.isEnabled()
    dialog.draw_all_pages()
    assert all(not label.pixmap().isNull() for label in labels)


def test_pages_beyond_the_first_are_drawn_as_they_scroll_into_view(
    qtbot: QtBot, db: Database, meeting: int
) -> None:
    meetings.update(db, meeting, notes="Long minutes. " * 12_000)
    dialog = ready(qtbot, HandoutPreview(db, Request("summary", meeting)))
    dialog.resize(860, 900)
    dialog.show()
    labels = page_labels(dialog)
    assert len(labels) > 8
    qtbot.waitUntil(lambda: not labels[0].pixmap().isNull())
    assert labels[-1].pixmap().isNull()  # not drawn until needed
    bar = dialog.desk.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: not labels[-1].pixmap().isNull())


def test_rendered_pages_have_ink_where_the_text_is(db: Database, meeting: int) -> None:
    from stemlead.pdf import handouts

    image = render_pages(handouts.build(db, Request("agenda", meeting)))[0]
    dark = sum(
        1
        for y in range(0, image.height(), 4)
        for x in range(0, image.width(), 4)
        if image.pixelColor(x, y).lightness() < 128
    )
    assert dark > 100  # not a blank page


def test_save_writes_the_previewed_bytes_and_offers_to_open_them(
    qtbot: QtBot, db: Database, meeting: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(handout_preview, "_last_folder", None)
    dialog = ready(qtbot, HandoutPreview(db, Request("agenda", meeting)))
    asked: list[str] = []

    def choose(parent: Any, caption: str, start: str, filters: str) -> tuple[str, str]:
        asked.append(start)
        return str(tmp_path / "agenda"), filters

    opened: list[QUrl] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(choose))
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(opened.append))
    dialog.save_button.click()

    assert Path(asked[0]).name.startswith("2026-12-01 Grade 5 Science PLC")
    assert Path(asked[0]).name.endswith(" - agenda.pdf")
    saved = tmp_path / "agenda.pdf"  # ".pdf" added
    assert dialog.preview is not None
    assert saved.read_bytes() == dialog.preview.data
    assert dialog.after_save.isVisibleTo(dialog)
    dialog.open_file_button.click()
    dialog.open_folder_button.click()
    assert [u.toLocalFile() for u in opened] == [str(saved), str(tmp_path)]
    assert handout_preview._last_folder == tmp_path


def test_cancelling_save_writes_nothing(
    qtbot: QtBot, db: Database, meeting: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = ready(qtbot, HandoutPreview(db, Request("agenda", meeting)))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(lambda *a: ("", "")))
    assert dialog.save() is None
    assert not dialog.after_save.isVisibleTo(dialog)


def test_a_handout_that_cannot_be_made_says_why(qtbot: QtBot, db: Database) -> None:
    create_application()
    dialog = HandoutPreview(db, Request("agenda", 4242))
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: "could not be made" in dialog.status.text(), timeout=20_000)
    assert "There is no meeting with id 4242." in dialog.status.text()
    assert not dialog.save_button.isEnabled()


def test_impact_dialog_defaults_to_this_school_year_and_previews(
    qtbot: QtBot, db: Database, meeting: int
) -> None:
    dialog = ImpactDialog(db, now=date(2026, 11, 23))
    qtbot.addWidget(dialog)
    assert dialog.dates() == ("2026-08-01", "2026-11-23")
    dialog.use_last_school_year()
    assert dialog.dates() == ("2025-08-01", "2026-07-31")
    dialog.since.setDate(dialog.until.date().addDays(1))
    assert not dialog.preview_button.isEnabled()
    assert "before" in dialog.problem.text()
    dialog.use_school_year()
    assert dialog.preview_button.isEnabled()
    dialog.preview_button.click()
    preview = dialog.preview
    assert preview is not None
    assert preview.request == Request("impact", since="2026-08-01", until="2026-11-23")
    ready(qtbot, preview)
    assert len(page_labels(preview)) >= 2
