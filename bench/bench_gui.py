"""Desktop app figures (issue 4): start-up to a window with data, Enter-to-saved latency,
and filtering long lists. Run: ./dev bench  (or .venv/bin/python bench/bench_gui.py)
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from common import demo_file, median, p, row, time_command

BUNDLE = Path(__file__).parents[1] / "dist" / "stemlead" / "stemlead"


def startup() -> None:
    print("\n== Start-up: process start -> main window shown with data (median of 10, warm) ==")
    env_before = dict(os.environ)
    os.environ["STEMLEAD_QUIT_AFTER_SHOW"] = "1"
    os.environ["STEMLEAD_CONFIG_DIR"] = tempfile.mkdtemp()
    try:
        bare = median(
            time_command([sys.executable, str(Path(__file__).parent / "bare_qt_table.py")], runs=10)
        )
        for scale in (1, 10, 30):
            path = demo_file(scale)
            took = median(
                time_command([sys.executable, "-m", "stemlead", "--db", str(path)], runs=10)
            )
            row(
                f"stemlead window shown (scale {scale})",
                took,
                bare,
                "bare Qt + 10k-row table",
                "< 400 ms, <= 2.2x",
            )
            if BUNDLE.exists():  # after ./dev bundle
                frozen = median(time_command([str(BUNDLE), "--db", str(path)], runs=10))
                row(f"bundle window shown (scale {scale})", frozen, took, "source checkout")
    finally:
        os.environ.clear()
        os.environ.update(env_before)


def in_app() -> None:
    from PySide6.QtWidgets import QApplication

    from stemlead.core import observations
    from stemlead.gui.app import build_window, create_application

    print("\n== Inside the running app (scale 10) ==")
    tmp = Path(tempfile.mkdtemp())
    path = tmp / "scale-10.db"
    shutil.copy(demo_file(10), path)
    os.environ["STEMLEAD_CONFIG_DIR"] = str(tmp / "config")
    create_application()
    window = build_window(path)
    window.resize(1366, 800)
    window.show()
    QApplication.processEvents()

    window.open_item("observation", 1)
    capture = window.views["observations"].capture
    session = window.session
    saved, shown = [], []
    key = observations.line_draft_key(1)
    for i in range(200):
        start = time.perf_counter()
        session.write(observations.add_line, 1, f"Saved directly, round {i}", draft_key=key)
        saved.append(time.perf_counter() - start)
        capture.form.input.setText(f"Students compared their models, round {i}")
        start = time.perf_counter()
        capture.save_line()
        QApplication.processEvents()
        shown.append(time.perf_counter() - start)
    row("Enter -> line saved (durable commit), median", median(saved), target="< 1 ms")
    row("Enter -> line saved and on screen, median", median(shown))
    row("Enter -> line saved and on screen, p95", p(shown, 0.95))

    for key, needles in (
        ("teachers", ("a", "an", "ana", "zz")),
        ("observations", ("p", "pe", "per", "period 3")),
    ):
        view = window.show_section(key)
        QApplication.processEvents()
        runs = []
        for needle in needles * 5:
            start = time.perf_counter()
            view.filter.setText(needle)
            QApplication.processEvents()
            runs.append(time.perf_counter() - start)
            view.filter.clear()
        row(f"filter {key} ({view.model.total:,} rows), median", median(runs))
    window.close()

    big = tmp / "fifty-thousand.db"
    shutil.copy(demo_file(10), big)
    conn = sqlite3.connect(big)
    conn.executemany(
        "INSERT INTO teachers (name, school, grade_band, subjects, created_at, updated_at)"
        " VALUES (?, ?, '6-8', '[\"Science\"]', 'x', 'x')",
        ((f"Teacher {i} Example", f"School {i % 97}") for i in range(50_000 - 400)),
    )
    conn.commit()
    conn.close()
    window = build_window(big)
    window.show()
    view = window.show_section("teachers")
    QApplication.processEvents()
    runs = []
    for needle in ("t", "te", "tea", "teacher 4", "school 9", "zz") * 3:
        start = time.perf_counter()
        view.filter.setText(needle)
        QApplication.processEvents()
        runs.append(time.perf_counter() - start)
        view.filter.clear()
        QApplication.processEvents()
    row(f"filter teachers ({view.model.total:,} rows), median", median(runs), target="< 50 ms")
    row(f"filter teachers ({view.model.total:,} rows), p95", p(runs, 0.95))
    window.close()


if __name__ == "__main__":
    startup()
    in_app()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: PySide6 6.12 can crash collecting Qt objects
