"""Pictures of every view, for reviewers and the docs: ``./dev screenshots [OUT_DIR]``.

Builds a demo district in a temporary folder (dated 2026-11-23 so the pictures are stable),
opens the real main window offscreen and saves each view with ``widget.grab()``; then the
same at 150% scaling and in the dark palette, each in a fresh process.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

Save = Callable[[Any, str], None]  # save(widget, name): one picture

DEMO_DAY = "2026-11-23"
SIZE = (1366, 800)


def _shoot(out: Path, db_path: Path, prefix: str, dark: bool) -> list[Path]:
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest

    from stemlead.gui.app import build_window, create_application
    from stemlead.gui.dialogs.quick_log import QuickLogDialog
    from stemlead.gui.dialogs.search import SearchDialog
    from stemlead.gui.dialogs.shortcuts import ShortcutsDialog
    from stemlead.gui.main_window import SECTIONS, MainWindow
    from stemlead.gui.style import dark_palette
    from stemlead.gui.views.observations import StartDialog

    app = create_application()
    if dark:  # what a laptop set to dark mode gives the app (offscreen has no system theme)
        QGuiApplication.styleHints().setColorScheme(Qt.ColorScheme.Dark)
        app.setPalette(dark_palette())
    window = build_window(db_path)
    assert isinstance(window, MainWindow)
    window.resize(*SIZE)
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
    group_id = upcoming[0].group_id
    assert group_id is not None
    window.open_item("group", group_id)
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
    plan_id, tuning, rubric = _lesson_subjects(window.db)
    plans = window.show_section("lesson_plans")
    window.open_item("lesson_plan", plan_id)
    plan_tabs = plans.page.form.tabs  # type: ignore[attr-defined]
    for index, name in enumerate(("plan", "files", "versions", "reviews")):
        plan_tabs.setCurrentIndex(index)
        save(window, f"lesson-plan-{name}")
    plan_tabs.setCurrentIndex(0)
    window.open_item("review", tuning)
    round_page = plans.round_page  # type: ignore[attr-defined]
    round_tabs = round_page.form.tabs
    for index, name in ((0, "round"), (1, "reviewers"), (2, "feedback"), (4, "reflection")):
        round_tabs.setCurrentIndex(index)
        save(window, f"review-{name}")
    window.open_item("review", rubric)
    round_tabs.setCurrentIndex(3)
    save(window, "review-rubric")
    round_tabs.setCurrentIndex(0)
    plans.back()
    saved += _community(window, save)
    _shoot_growth(window, save)
    if prefix:  # the dialogs only once, at 100%
        return saved
    session = window.session
    assert session is not None
    search = SearchDialog(session, window)
    search.show()
    search.form.query.setText("model")
    search.run()
    save(search, "dialog-search")
    search.close()
    quick = QuickLogDialog(session, parent=window)
    quick.show()
    save(quick, "dialog-quick-log")
    quick.close()
    start = StartDialog(session, parent=window)
    start.show()
    save(start, "dialog-start-observation")
    start.close()
    actions = window.menu_actions()
    shortcuts = ShortcutsDialog(actions, window)
    shortcuts.show()
    save(shortcuts, "dialog-shortcuts")
    shortcuts.close()
    from stemlead.gui.dialogs.about import AboutDialog
    from stemlead.gui.dialogs.handout_preview import HandoutPreview
    from stemlead.gui.dialogs.settings_dialog import SettingsDialog
    from stemlead.gui.dialogs.welcome import WelcomeDialog
    from stemlead.pdf.handouts import Request

    for name, dialog in (
        ("dialog-welcome", WelcomeDialog(session, window)),
        ("dialog-settings", SettingsDialog(session, window)),
        ("dialog-about", AboutDialog(window.db, window)),
        (
            "dialog-handout-preview",
            HandoutPreview(window.db, Request("agenda", upcoming[0].id), window),
        ),
        *_community_dialogs(window),
        (
            "dialog-lesson-plan-preview",
            HandoutPreview(window.db, Request("lesson-plan", plan_id), window),
        ),
        ("dialog-review-preview", HandoutPreview(window.db, Request("review", tuning), window)),
        ("dialog-version-compare", _compare_dialog(window.db, plan_id, window)),
    ):
        dialog.show()
        for _ in range(200):  # a handout is made off the main thread: wait for its pages
            if getattr(dialog, "is_ready", True):
                break
            QTest.qWait(50)
        QTest.qWait(300)
        save(dialog, name)
        dialog.close()
    _shoot_growth_dialogs(window, save)
    window.close()
    app.quit()
    return saved


def _community(window: Any, save: Any) -> list[Path]:
    """Events (a STEM night that was held: people, budget, checklist, photos, counts),
    Communications (log, stakeholders, not heard from, the newsletter builder) and the
    advisory board's part of its group page."""
    from stemlead.core import events, groups

    held = next(e for e in events.list_events(window.db) if e.kind == "stem_night")
    window.open_item("event", held.id)
    tabs = window.views["events"].page.form.tabs
    names = ("details", "people", "budget", "checklist", "photos", "debrief")
    for index, name in enumerate(names):
        tabs.setCurrentIndex(index)
        save(window, f"event-{name}")
    tabs.setCurrentIndex(0)
    comms = window.show_section("communications")
    for index, name in enumerate(("log", "stakeholders", "not-heard-from", "newsletters")):
        comms.form.tabs.setCurrentIndex(index)
        save(window, f"communications-{name}")
    comms.form.tabs.setCurrentIndex(0)
    board = next(
        g for g in groups.list_groups(window.db, now=DEMO_DAY) if g.kind == "advisory_board"
    )
    window.open_item("group", board.id)
    board_tabs = window.views["meetings"].group_page.board.form.boardTabs
    for index, name in enumerate(("terms", "representation", "work")):
        board_tabs.setCurrentIndex(index)
        save(window, f"group-advisory-board-{name}")
    board_tabs.setCurrentIndex(0)
    return []


def _community_dialogs(window: Any) -> list[tuple[str, Any]]:
    from stemlead.core import events, newsletters
    from stemlead.gui.dialogs.handout_preview import HandoutPreview
    from stemlead.gui.dialogs.newsletter_output import NewsletterPreview, NewsletterText
    from stemlead.pdf.handouts import Request

    sent = newsletters.list_newsletters(window.db)[-1].id  # the fall newsletter
    held = next(e for e in events.list_events(window.db) if e.kind == "stem_night")
    return [
        ("dialog-newsletter-preview", NewsletterPreview(window.session, sent, window)),
        ("dialog-newsletter-text", NewsletterText(window.session, sent, "txt", window)),
        ("dialog-event-preview", HandoutPreview(window.db, Request("event", held.id), window)),
    ]


def _lesson_subjects(db: object) -> tuple[int, int, int]:
    """The plan with the most versions, its tuning round, and a rubric review."""
    from stemlead.core import lesson_plans, review_rounds

    rows = review_rounds.list_rounds(db)  # type: ignore[arg-type]
    tuning = next(r for r in rows if r.protocol == "tuning" and r.meeting_id)
    rubric = next(r for r in rows if r.protocol == "rubric-review")
    assert lesson_plans.get(db, tuning.plan_id)  # type: ignore[arg-type]
    return tuning.plan_id, tuning.id, rubric.id


def _compare_dialog(db: object, plan_id: int, parent: object) -> object:
    from stemlead.core import lesson_versions
    from stemlead.gui.dialogs.version_compare import VersionCompareDialog

    found = lesson_versions.versions(db, plan_id)  # type: ignore[arg-type]
    return VersionCompareDialog(db, found[0].id, found[-1].id, parent)  # type: ignore[arg-type]


def _busiest_pair(window: Any) -> tuple[int, int]:
    """(pair, its latest check-in) of the active pair with the most check-ins."""
    from stemlead.core import check_ins, mentorships

    db = window.db
    pairs = mentorships.list_mentorships(db, status="active")
    pair = max(pairs, key=lambda p: p.check_ins)
    return pair.id, check_ins.list_check_ins(db, mentorship_id=pair.id)[0].id


def _shoot_growth(window: Any, save: Save) -> None:
    """Mentoring (a pair's details and check-ins, who may be on an island) and professional
    learning (a teacher's plan, the coach's own, an offering, coverage)."""
    from stemlead.core import learning_plans

    pair, check_in = _busiest_pair(window)
    window.open_item("mentorship", pair)
    save(window, "mentorship-page")
    window.open_item("check_in", check_in)
    save(window, "mentorship-check-ins")
    window.open_item("islander", 0)
    save(window, "mentoring-island")
    plans = [p for p in learning_plans.list_plans(window.db) if p.id and p.items]
    window.open_item("learning_plan", max(plans, key=lambda p: p.items).id)
    save(window, "learning-plan")
    window.open_item("learning_plan", learning_plans.ME)
    save(window, "learning-plan-own")
    window.open_item("offering", 1)
    save(window, "offering-page")
    view = window.views["learning"]
    view.tabs.setCurrentIndex(2)
    save(window, "pd-coverage")
    view.tabs.setCurrentIndex(0)


def _shoot_growth_dialogs(window: Any, save: Save) -> None:
    from stemlead.core import isolation
    from stemlead.gui.dialogs.log_check_in import LogCheckInDialog
    from stemlead.gui.dialogs.new_mentorship import NewMentorshipDialog
    from stemlead.gui.dialogs.new_offering import NewOfferingDialog

    session = window.session
    lonely = isolation.isolated(session.db)[0].id
    pair, _ = _busiest_pair(window)
    pairing = NewMentorshipDialog(session, lonely, window)
    pairing.show()
    pairing.form.suggestions.selectRow(0)
    for name, dialog in (
        ("dialog-new-pair", pairing),
        ("dialog-log-check-in", LogCheckInDialog(session, pair, window)),
        ("dialog-new-offering", NewOfferingDialog(session, window)),
    ):
        dialog.show()
        save(dialog, name)
        dialog.close()


def main(argv: list[str]) -> int:
    out = Path(argv[0] if argv else "docs/screenshots").absolute()
    out.mkdir(parents=True, exist_ok=True)
    if len(argv) > 1:  # a child run: OUT DB PREFIX DARK
        _shoot(out, Path(argv[1]), argv[2], argv[3] == "dark")
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "demo.db"
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
            env = {
                **os.environ,
                "QT_QPA_PLATFORM": "offscreen",
                "STEMLEAD_CONFIG_DIR": str(Path(tmp) / "config"),
                **extra,
            }
            subprocess.run(
                [
                    sys.executable,
                    "-m",
                    "stemlead.gui.screenshots",
                    str(out),
                    str(db),
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
