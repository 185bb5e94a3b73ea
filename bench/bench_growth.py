"""Teacher growth figures (issue 16), at ``demo --scale 10``:

- the "on an island" view and the suggested-mentors list inside the running app, each from
  the call until it is painted (target < 50 ms), and the core queries alone;
- the new handouts (mentoring agreement and summary, learning plan) as a whole
  ``stemlead export`` process, against a bare ``import reportlab.platypus`` measured in the
  same run (target < 3.2x);
- start-up stays bench_gui.py's (< 2.2x the bare Qt window): run that for the figure.

Run: .venv/bin/python bench/bench_growth.py
"""

from __future__ import annotations

import compileall
import os
import sqlite3
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import demo_file, median, p, row, time_calls, time_command

RUNS = 20


def core_figures(path: Path) -> None:
    from stemlead.core import isolation, mentor_suggestions
    from stemlead.store import open_database

    print("\n== The core queries alone (scale 10, median of 20) ==")
    with open_database(path, mode="read") as db:
        lonely = isolation.isolated(db)
        mentee = lonely[0].id
        took = time_calls(lambda: isolation.isolated(db), RUNS)
        row(f"isolation.isolated ({len(lonely)} of 400 teachers)", median(took), target="< 50 ms")
        took = time_calls(lambda: mentor_suggestions.suggest(db, mentee), RUNS)
        row("mentor_suggestions.suggest (400 candidates)", median(took), target="< 50 ms")


def in_app() -> None:
    from gui_probe import open_window, settle, until_painted

    from stemlead.core import isolation
    from stemlead.gui.dialogs.new_mentorship import NewMentorshipDialog

    print("\n== Inside the running app (scale 10, call -> painted, median / p95 of 20) ==")
    window = open_window(10)
    view = window.show_section("mentoring")
    settle()
    island = view.island  # type: ignore[attr-defined]
    times = []
    for _ in range(RUNS):
        view.tabs.setCurrentIndex(0)  # type: ignore[attr-defined]
        settle(0.05)
        view._island_stale = True  # type: ignore[attr-defined]  # as after any write

        def show() -> object:
            view.tabs.setCurrentWidget(island)  # type: ignore[attr-defined]
            return island

        times.append(until_painted(show))
    row("'On an island' tab shown and filled", median(times), target="< 50 ms")
    row("  p95", p(times, 0.95))
    mentees = [t.id for t in isolation.isolated(window.db)][:RUNS]
    dialog = NewMentorshipDialog(window.session, mentees[0], window)
    dialog.show()
    settle()
    times = []
    for n in range(RUNS):
        mentee = mentees[(n + 1) % len(mentees)]  # another one each time
        combo = dialog.form.mentee

        def choose(mentee: int = mentee, combo: object = combo) -> object:
            combo.setCurrentIndex(combo.findData(mentee))  # type: ignore[attr-defined]
            return dialog.form.suggestions.viewport()  # where a table paints its rows

        times.append(until_painted(choose))
        settle(0.02)
    row("suggested mentors refilled for another mentee", median(times), target="< 50 ms")
    row("  p95", p(times, 0.95))
    dialog.close()
    window.close()


def handouts(path: Path) -> None:
    print("\n== stemlead export ... (whole process, scale 10, median of 10, warm) ==")
    # an installed app has its bytecode compiled; make sure this checkout does too
    compileall.compile_dir(Path(__file__).parents[1] / "stemlead", quiet=1)
    conn = sqlite3.connect(path)
    busiest = conn.execute(
        "SELECT mentorship_id FROM check_ins GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    planner = conn.execute(
        "SELECT a.teacher_id FROM plan_items i JOIN plan_areas a ON a.id = i.area_id"
        " WHERE a.teacher_id IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1"
    ).fetchone()[0]
    conn.close()
    reportlab = median(time_command([sys.executable, "-c", "import reportlab.platypus"], runs=10))
    row("bare: python -c 'import reportlab.platypus'", reportlab)
    base = [sys.executable, "-m", "stemlead", "export"]
    with tempfile.TemporaryDirectory() as tmp:
        for label, args in (
            (f"export mentorship {busiest} (agreement)", ["mentorship", str(busiest)]),
            (f"export mentorship {busiest} --summary", ["mentorship", str(busiest), "--summary"]),
            (f"export learning-plan {planner}", ["learning-plan", str(planner)]),
            ("export learning-plan me", ["learning-plan", "me"]),
        ):
            out = Path(tmp) / "handout.pdf"
            took = median(time_command([*base, *args, "-o", str(out), "--db", str(path)], runs=10))
            row(label, took, reportlab, "import reportlab.platypus", "<= 3.2x")


if __name__ == "__main__":
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    scale10 = demo_file(10)
    core_figures(scale10)
    in_app()
    handouts(scale10)
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: PySide6 6.12 can crash collecting Qt objects
