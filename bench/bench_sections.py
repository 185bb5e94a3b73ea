"""Opening each section and detail page (issue 13): the first open of every section in
``SECTIONS`` (new sections are measured without touching this file), the re-open when
nothing changed and after a write made it stale (target < 50 ms), and detail pages opened
the way search and Today open them. Each time runs from the call until the view is painted.

Run: ./dev bench  (or .venv/bin/python bench/bench_sections.py [SCALE ...]; default 1 10 30)
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import demo_file, median
from gui_probe import open_window, settle, until_painted
from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QApplication, QWidget

from stemlead.gui.main_window import SECTIONS, MainWindow

RUNS = 5
TARGET = 0.050  # a re-open, and a detail page, within 50 ms

# The two biggest items of each kind that opens a detail page (two, so every open loads a
# different record than the one already on the page).
BIGGEST = {
    "teacher": "SELECT teacher_id FROM observations GROUP BY 1 ORDER BY count(*) DESC",
    "cycle": "SELECT cycle_id FROM cycle_time_entries GROUP BY 1 ORDER BY count(*) DESC",
    "observation": "SELECT observation_id FROM observation_lines GROUP BY 1 ORDER BY count(*) DESC",
    "meeting": "SELECT meeting_id FROM agenda_items GROUP BY 1 ORDER BY count(*) DESC",
    "group": "SELECT group_id FROM group_members GROUP BY 1 ORDER BY count(*) DESC",
    "partner": "SELECT partner_id FROM interactions GROUP BY 1 ORDER BY count(*) DESC",
    "lesson_plan": "SELECT plan_id FROM lesson_plan_versions GROUP BY 1 ORDER BY count(*) DESC",
    "review": "SELECT round_id FROM review_feedback GROUP BY 1 ORDER BY count(*) DESC",
}


def ms(seconds: float) -> str:
    return f"{seconds * 1000:7.1f}"


def spread(times: list[float]) -> str:
    """Median / max, flagged when the max misses the target."""
    flag = " !" if max(times) > TARGET else "  "
    return f"{ms(median(times))} /{ms(max(times))}{flag}"


def drop(window: MainWindow, key: str) -> None:
    """Forget a section's view (not the one on screen), as opening another database does,
    so its next show is a first open again (its module stays imported)."""
    view = window.views.pop(key)
    window.form.pages.removeWidget(view)
    view.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def elsewhere(key: str) -> str:
    return "action_items" if key == "today" else "today"


def empty_page(window: MainWindow) -> list[float]:
    """The reference: switching the same window to an empty page and back to Today, which
    is Qt laying out and painting the window (style sheet, sidebar) and nothing of ours."""
    blank = QWidget()
    window.form.pages.addWidget(blank)
    times = []
    for _ in range(RUNS):
        window.show_section("today")
        settle()
        times.append(until_painted(lambda: (window.form.pages.setCurrentWidget(blank), blank)[1]))
        settle()
    window.form.pages.removeWidget(blank)
    window.show_section("today")
    return times


def sections(window: MainWindow) -> None:
    print(
        f"{'section':<16}{'first open':>11}{'again':>11}"
        f"{'re-open, median / max':>26}{'after a write, median / max':>30}"
    )
    session = window.session
    assert session is not None
    first: dict[str, list[float]] = {s.key: [] for s in SECTIONS}
    for _ in range(RUNS):
        for s in sorted(SECTIONS, key=lambda s: s.key in window.views):  # on screen: last
            if s.key in window.views:
                drop(window, s.key)
            first[s.key].append(until_painted(lambda key=s.key: window.show_section(key)))
            settle()
        for key in [k for k, view in window.views.items() if view is not window.current_view()]:
            drop(window, key)
    for s in SECTIONS:
        window.show_section(s.key)
        settle()
        clean, stale = [], []
        for _ in range(RUNS):
            for times, write in ((clean, False), (stale, True)):
                window.show_section(elsewhere(s.key))
                if write:  # the signal every save sends: the view refreshes when next shown
                    session.refresh_all(window.views[s.key].kinds)
                settle()
                times.append(until_painted(lambda key=s.key: window.show_section(key)))
                settle()
        cold, *again = first[s.key]
        print(
            f"{s.title:<16}{ms(cold):>11}{ms(median(again)):>11}"
            f"{spread(clean):>26}{spread(stale):>30}"
        )
    blank = empty_page(window)
    print(f"{'(an empty page)':<38}{spread(blank):>26}    <- Qt's own cost, the reference")
    print("(ms; 'first open' is the first in this process, importing the view's module (Today's")
    print(f" is imported at start-up); 'again' is a new view of it, median of {RUNS - 1};")
    print(f" re-open target < {TARGET * 1000:.0f} ms, '!' marks a max over it)")


def detail_pages(window: MainWindow, path: Path) -> None:
    conn = sqlite3.connect(path)
    picks = {k: [i for (i,) in conn.execute(f"{sql} LIMIT 2")] for k, sql in BIGGEST.items()}
    conn.close()
    routed = {kind for s in SECTIONS for kind in s.opens}
    print(f"\n{'detail page (from Today)':<40}{'median / max':>20}")
    for kind, ids in picks.items():
        if kind not in routed or not ids:
            continue
        times = []
        for run in range(2 * RUNS):
            window.show_section("today")
            settle()
            item = ids[run % len(ids)]
            times.append(
                until_painted(
                    lambda k=kind, i=item: (window.open_item(k, i), window.current_view())[1]
                )
            )
            settle()
        print(f"{f'{kind} #{ids[0]} / #{ids[-1]}':<40}{spread(times):>20}")
    unpicked = sorted(routed - set(picks))
    if unpicked:
        print(f"(not timed, no biggest-item query in BIGGEST yet: {', '.join(unpicked)})")


if __name__ == "__main__":
    for scale in [int(a) for a in sys.argv[1:]] or [1, 10, 30]:
        print(
            f"\n== Sections at demo --scale {scale} (call -> view painted, offscreen 1366x800) =="
        )
        win = open_window(scale)
        sections(win)
        detail_pages(win, demo_file(scale))
        win.close()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: PySide6 6.12 can crash collecting Qt objects
