"""The collaboration pages on a 1366×768 laptop screen at 100% and 150%: visiting the
meetings, a meeting's three tabs, a group, the partners and a partner's four tabs, the
action items and their dialogs never grows the window past the screen, even with a
120-character title, and no form needs a sideways scroll.

The scale can only be set before Qt starts, so each scale runs in a process of its own on
an offscreen screen of that size."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from stemlead.core import (
    action_items,
    agenda,
    contacts,
    groups,
    interactions,
    meetings,
    partners,
    teachers,
)
from stemlead.store import open_database

LONG = (
    "Grade 5 Science PLC: analysing claims, evidence and reasoning in student lab reports "
    "across all three elementary schools"
)
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

VISIT = r"""
import json, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QDialog, QScrollArea
from stemlead.gui.app import build_window, create_application

app = create_application()
window = build_window(Path(sys.argv[1]))
window.show()
room = app.primaryScreen().availableGeometry()
app.processEvents()
frame = window.frameGeometry().size() - window.size()
window.move(room.topLeft())
window.resize(room.size() - frame)  # the whole screen: a page that needs more grows it past
seen = []

def check(name, widget):
    app.processEvents()
    g = widget.frameGeometry()
    sideways = [
        area.objectName()
        for area in widget.findChildren(QScrollArea)
        if area.isVisible()
        and area.widget().minimumSizeHint().width() > area.viewport().width()
    ]
    seen.append({"name": name, "size": [g.width(), g.height()], "sideways": sideways})

def tabs(name, tab_widget, widget):
    for i in range(tab_widget.count()):
        tab_widget.setCurrentIndex(i)
        check(f"{name} tab {i}", widget)

window.show_section("meetings")
check("meetings", window)
window.open_item("meeting", int(sys.argv[2]))
tabs("meeting", window.views["meetings"].meeting_page.form.tabs, window)
window.open_item("group", int(sys.argv[3]))
check("group", window)
window.open_item("partner", int(sys.argv[4]))
tabs("partner", window.views["partners"].page.form.tabs, window)
window.show_section("action_items")
check("action items", window)

from stemlead.gui.dialogs.impact_dialog import ImpactDialog
from stemlead.gui.dialogs.log_interaction import LogInteractionDialog
from stemlead.gui.dialogs.new_meeting import NewMeetingDialog
for dialog in (
    NewMeetingDialog(window.session, int(sys.argv[3]), window),
    LogInteractionDialog(window.session, int(sys.argv[4]), window),
    ImpactDialog(window.session.db, window),
):
    dialog.show()
    check(type(dialog).__name__, dialog)
    dialog.reject()
print(json.dumps({"room": [room.width(), room.height()], "seen": seen}))
"""


@pytest.fixture(scope="module")
def long_names(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, int, int, int]:
    path = tmp_path_factory.mktemp("fit") / "fit.db"
    with open_database(path) as db:
        group = groups.add(db, name=LONG, default_place="Lincoln Elementary, library " * 3)
        people = [teachers.add(db, name=f"Teacher {n} with a long family name") for n in range(8)]
        for teacher in people:
            groups.add_member(db, group, teacher_id=teacher, role="Facilitator")
        meeting = meetings.add(
            db, starts_at="2026-11-24T15:45", tzid="America/Chicago", group_id=group, title=LONG
        )
        for n in range(6):
            agenda.add(db, meeting, f"{LONG[:60]} {n}", owner_teacher_id=people[n])
            action_items.add(db, f"{LONG} {n}", meeting_id=meeting, owner_teacher_id=people[n])
        partner = partners.add(db, name=LONG, kind="higher_ed", status="active")
        person = contacts.add(db, name="Dr. Alexandra Montgomery-Villanueva", partner_id=partner)
        interactions.log(
            db, partner, kind="meeting", notes=LONG, follow_up_on="2026-12-01", contact_ids=[person]
        )
    return path, meeting, group, partner


@pytest.mark.parametrize("scale", ["1", "1.5"])
def test_every_collaboration_page_fits_the_laptop_screen(
    tmp_path: Path, long_names: tuple[Path, int, int, int], scale: str
) -> None:
    path, meeting, group, partner = long_names
    config = tmp_path / "screen.json"
    config.write_text(json.dumps(SCREEN))
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
        "QT_SCALE_FACTOR": scale,
        "STEMLEAD_CONFIG_DIR": str(tmp_path / "config"),
    }
    run = subprocess.run(
        [sys.executable, "-c", VISIT, str(path), str(meeting), str(group), str(partner)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr
    report = json.loads(run.stdout.splitlines()[-1])
    width, height = report["room"]
    assert (width, height) == ((1366, 768) if scale == "1" else (911, 512))
    too_big = [s for s in report["seen"] if s["size"][0] > width or s["size"][1] > height]
    assert too_big == []
    assert [s for s in report["seen"] if s["sideways"]] == []
    assert len(report["seen"]) == 13
