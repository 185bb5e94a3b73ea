"""The coaching pages on a 1366×768 laptop screen at 100% and 150%: nothing leaves the
screen, long titles elide instead of widening the window, capture keeps its log in view."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from stemlead.core import action_items, coaching_log, cycles, observations, teachers
from stemlead.store import open_database

ROOT = Path(__file__).parent.parent
SCREEN = {
    "screens": [
        {
            "name": "laptop",
            "x": 0,
            "y": 0,
            "width": 1366,
            "height": 768,
            "logicalDpi": 96,
            "logicalBaseDpi": 96,
            "dpr": 1,
        }
    ]
}
LONG_TITLE = (
    "Claims, evidence and reasoning in seventh-grade lab reports across every unit of the "
    "spring semester, with peer review of drafts"
)[:120]


@pytest.fixture(scope="module")
def school(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("fit") / "school.db"
    with open_database(path) as db:
        ana = teachers.add(db, name="Anastasia Okafor-Whitfield", school="Lincoln ES")
        cycle = cycles.add(db, teacher_ids=[ana], title=LONG_TITLE)
        obs = observations.start(
            db,
            ana,
            cycle_id=cycle,
            class_context="Period 3 · Grade 7 Integrated Science · Forces and motion lab",
            focus="Students justify claims with evidence from their own data",
        )
        observations.set_look_fors(
            db, obs, ["Students talk to each other", "Claims backed by data", "Wait time"]
        )
        for n in range(14):
            observations.add_line(db, obs, f"Group {n} measured the ramp again and compared")
        for step in ("Try sentence stems in the next lab", "Share the data table template"):
            action_items.add(db, step, observation_id=obs, owner_teacher_id=ana)
        coaching_log.log(db, teacher_ids=[ana], kind="conversation", minutes=50, note="Lunch")
    assert len(LONG_TITLE) == 120
    return path


def fit(db: Path, scale: str, tmp_path: Path) -> dict:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(SCREEN))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "STEMLEAD_CONFIG_DIR": str(tmp_path / "config"),  # a first run: no saved geometry
    }
    result = subprocess.run(
        [sys.executable, "-m", "tests.coaching_fit", str(db)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.splitlines()[-1])


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_coaching_pages_fit_a_laptop_screen(school: Path, scale: str, tmp_path: Path) -> None:
    seen = fit(school, scale, tmp_path)
    width, height = seen["screen"]
    over = {
        name: (step["width"], step["height"], step["min_width"], step["min_height"])
        for name, step in seen["steps"].items()
        if step["right"] >= width
        or step["bottom"] >= height
        or step["min_width"] > width
        or step["min_height"] > height
    }
    print(json.dumps(seen, indent=1))
    assert over == {}, f"beyond the {width}×{height} screen"
    steps = seen["steps"]
    # a 120-character title, a long name and class: one line of heading each
    assert steps["cycle page"]["heading_lines"] <= 1.5
    assert steps["teacher page"]["heading_lines"] <= 1.5
    assert steps["capture"]["heading_lines"] <= 1.5
    assert steps["capture"]["evidence_rows"] >= 10
    if scale == "1":  # the side pane scrolls only when the screen is small
        assert not steps["capture"]["side_scrolls"]
