"""The pictures of the sections added in the second half (lesson plans, community, growth),
for ``stemlead.gui.screenshots``: each takes the window and ``save(widget, name)``."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

DEMO_DAY = "2026-11-23"
Save = Callable[[Any, str], None]  # save(widget, name): one picture


def shoot_sections(window: Any, save: Save) -> None:
    """Lesson plans and review rounds, community events and communications, growth."""
    plan_id, tuning, rubric = lesson_subjects(window.db)
    plans = window.show_section("lesson_plans")
    window.open_item("lesson_plan", plan_id)
    plan_tabs = plans.page.form.tabs
    for index, name in enumerate(("plan", "files", "versions", "reviews")):
        plan_tabs.setCurrentIndex(index)
        save(window, f"lesson-plan-{name}")
    plan_tabs.setCurrentIndex(0)
    window.open_item("review", tuning)
    round_page = plans.round_page
    round_tabs = round_page.form.tabs
    for index, name in ((0, "round"), (1, "reviewers"), (2, "feedback"), (4, "reflection")):
        round_tabs.setCurrentIndex(index)
        save(window, f"review-{name}")
    window.open_item("review", rubric)
    round_tabs.setCurrentIndex(3)
    save(window, "review-rubric")
    round_tabs.setCurrentIndex(0)
    plans.back()
    _community(window, save)
    _shoot_growth(window, save)


def section_dialogs(window: Any) -> Iterator[tuple[str, Any]]:
    """The sections' own dialogs, as ``screenshots._dialogs`` yields the app's."""
    from stemlead.gui.dialogs.handout_preview import HandoutPreview
    from stemlead.pdf.handouts import Request

    plan_id, tuning, _ = lesson_subjects(window.db)
    yield from _community_dialogs(window)
    yield (
        "dialog-lesson-plan-preview",
        HandoutPreview(window.db, Request("lesson-plan", plan_id), window),
    )
    yield "dialog-review-preview", HandoutPreview(window.db, Request("review", tuning), window)
    yield "dialog-version-compare", _compare_dialog(window.db, plan_id, window)


def _community(window: Any, save: Save) -> None:
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


def lesson_subjects(db: object) -> tuple[int, int, int]:
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


def shoot_growth_dialogs(window: Any, save: Save) -> None:
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
