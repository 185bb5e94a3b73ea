"""Pictures of every view, for reviewers and the docs: ``./dev screenshots [OUT_DIR]``.

Builds a demo district in a temporary folder (dated 2026-11-23 so the pictures are stable),
opens the real main window offscreen on a 1366×768 laptop screen and saves each page and
every dialog with ``widget.grab()``; then the same at 150% scaling (a 911×512 screen) and
in the dark palette, each in a fresh process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from stemlead.gui.screenshot_sections import (
    section_dialogs,
    shoot_growth_dialogs,
    shoot_sections,
)

DEMO_DAY = "2026-11-23"
SIZE = (1366, 768)  # a school laptop's screen; at 150% it is 911×512 in Qt's units
LAPTOP = {"screens": [{"name": "laptop", "x": 0, "y": 0, "width": SIZE[0], "height": SIZE[1]}]}


def _shoot(out: Path, db_path: Path, prefix: str, dark: bool) -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from stemlead.gui.app import build_window, create_application
    from stemlead.gui.main_window import SECTIONS, MainWindow
    from stemlead.gui.style import follow_scheme

    app = create_application()
    if dark:  # what the app does when a laptop turns dark (offscreen has no system theme)
        follow_scheme(app, Qt.ColorScheme.Dark)
    window = build_window(db_path)
    assert isinstance(window, MainWindow)
    window.resize(*SIZE)  # the whole screen (fitted to it when shown)
    window.show()
    saved: list[Path] = []

    def save(widget: object, name: str) -> None:
        QTest.qWait(50)
        path = out / f"{prefix}{name}.png"
        widget.grab().save(str(path))  # type: ignore[attr-defined]
        saved.append(path)

    for section in SECTIONS:
        window.show_section(section.key)
        save(window, section.key)
    window.open_item("observation", 1)
    save(window, "observation-capture")
    window.open_item("cycle", 1)
    save(window, "cycle-page")
    window.open_item("teacher", 1)
    save(window, "teacher-page")
    from stemlead.core import meetings

    upcoming = [
        m
        for m in meetings.list_meetings(window.db, since=DEMO_DAY)
        if m.agenda_items and m.group_id and m.status == "scheduled"
    ]
    window.open_item("meeting", upcoming[0].id)
    page = window.views["meetings"].meeting_page  # type: ignore[attr-defined]
    for index, name in enumerate(("meeting-agenda", "meeting-run", "meeting-details")):
        page.form.tabs.setCurrentIndex(index)
        save(window, name)
    assert upcoming[0].group_id is not None  # the meetings chosen belong to a group
    window.open_item("group", upcoming[0].group_id)
    save(window, "group-page")
    from stemlead.core import agreements, interactions

    due = {f.partner_id for f in interactions.follow_ups_due(window.db, by=DEMO_DAY)}
    with_agreements = [p for p in sorted(due) if agreements.for_partner(window.db, p)]
    window.open_item("partner", (with_agreements or sorted(due))[0])
    tabs = window.views["partners"].page.form.tabs  # type: ignore[attr-defined]
    for index, name in enumerate(("details", "contacts", "interactions", "agreements")):
        tabs.setCurrentIndex(index)
        save(window, f"partner-{name}")
    tabs.setCurrentIndex(0)
    shoot_sections(window, save)
    for name, dialog in _dialogs(window, upcoming[0].id):
        dialog.show()
        for _ in range(200):  # a handout is made off the main thread: wait for its pages
            if getattr(dialog, "is_ready", True):
                break
            QTest.qWait(50)
        QTest.qWait(300 if hasattr(dialog, "is_ready") else 0)
        save(dialog, name)
        dialog.close()
    shoot_growth_dialogs(window, save)
    window.close()
    app.quit()
    return saved


def _dialogs(window: Any, meeting_id: int) -> Iterator[tuple[str, Any]]:
    """Every dialog, made as the window makes it, one at a time (each is shown, pictured
    and closed before the next is made)."""
    from stemlead.core import action_items, maintenance, observations, teachers
    from stemlead.gui.dialogs.about import AboutDialog
    from stemlead.gui.dialogs.contact_import import ContactImportDialog
    from stemlead.gui.dialogs.handout_preview import HandoutPreview
    from stemlead.gui.dialogs.impact_dialog import ImpactDialog
    from stemlead.gui.dialogs.log_interaction import LogInteractionDialog
    from stemlead.gui.dialogs.new_meeting import NewMeetingDialog
    from stemlead.gui.dialogs.quick_log import QuickLogDialog
    from stemlead.gui.dialogs.restore import RestoreDialog
    from stemlead.gui.dialogs.search import SearchDialog
    from stemlead.gui.dialogs.settings_dialog import SettingsDialog
    from stemlead.gui.dialogs.shortcuts import ShortcutsDialog
    from stemlead.gui.dialogs.teacher_import import TeacherImportDialog
    from stemlead.gui.dialogs.trash import TrashDialog
    from stemlead.gui.dialogs.welcome import WelcomeDialog
    from stemlead.gui.views.cycles import NewCycleDialog
    from stemlead.gui.views.observations import StartDialog
    from stemlead.gui.widgets.confirm import question_box
    from stemlead.pdf.handouts import Request

    session, db = window.session, window.db
    search = SearchDialog(session, window)
    search.form.query.setText("model")
    search.run()
    yield "dialog-search", search
    yield "dialog-quick-log", QuickLogDialog(session, parent=window)
    yield "dialog-start-observation", StartDialog(session, parent=window)
    yield "dialog-new-cycle", NewCycleDialog(session, window)
    yield "dialog-new-meeting", NewMeetingDialog(session, parent=window)
    yield "dialog-log-interaction", LogInteractionDialog(session, parent=window)
    yield "dialog-shortcuts", ShortcutsDialog(window.menu_actions(), window)
    yield "dialog-welcome", WelcomeDialog(session, window)
    yield "dialog-settings", SettingsDialog(session, window)
    yield "dialog-about", AboutDialog(db, window)
    yield "dialog-impact", ImpactDialog(db, window)
    yield "dialog-teacher-import", TeacherImportDialog(session, window)
    yield "dialog-contact-import", ContactImportDialog(session, parent=window)
    visited = teachers.get(db, observations.get(db, 1).teacher_id)
    question = session.delete_question(teachers.delete, visited.id, visited.name)
    yield "dialog-delete-question", question_box(question, "Delete", window)
    done = action_items.list_action_items(db)[0]
    session.delete(action_items.delete, done.id, done.title)  # so the trash has a row
    yield "dialog-trash", TrashDialog(session, window)
    maintenance.backup_now(db)  # so there is a backup to choose
    yield "dialog-restore", RestoreDialog(db, window)
    yield "dialog-handout-preview", HandoutPreview(db, Request("agenda", meeting_id), window)
    yield from section_dialogs(window)


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots").absolute()
    out.mkdir(parents=True, exist_ok=True)
    if len(argv) > 1:  # a child run: OUT DB PREFIX DARK
        _shoot(out, Path(argv[1]), argv[2], argv[3] == "dark")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
        screen = Path(tmp) / "laptop.json"  # the offscreen platform's screen, made laptop-sized
        screen.write_text(json.dumps(LAPTOP), encoding="utf-8")
        subprocess.run(
            [sys.executable, "-m", "stemlead", "demo", "--today", DEMO_DAY, "--db", str(db)],
            check=True,
        )
        runs: tuple[tuple[str, str, dict[str, str]], ...] = (
            ("", "light", {}),
            ("scaled-150-", "light", {"QT_SCALE_FACTOR": "1.5"}),
            ("dark-", "dark", {}),
        )
        for prefix, scheme, extra in runs:
            run_db = Path(tmp) / f"{prefix or 'plain-'}{scheme}" / "demo.db"  # each run's own
            run_db.parent.mkdir()
            run_db.write_bytes(db.read_bytes())
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
                "STEMLEAD_CONFIG_DIR": str(Path(tmp) / "config"),
                **extra,
            }
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "stemlead.gui.screenshots",
                    str(out),
                    str(run_db),
                    prefix,
                    scheme,
                ],
                check=True,
                env=env,
            )
    print(f"Saved screenshots in {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
