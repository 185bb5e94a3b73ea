"""How long the GUI thread stalls while long work runs (issue 13; goal: no stall over
100 ms): importing a teacher roster and a contacts file through their dialogs, exporting
everything as JSON and the calendar, previewing, scrolling and saving each handout, and
Backup now — each started the way its menu command or button starts it, in the real main
window, while a 5 ms timer on the GUI thread records the longest gap between its ticks.

Where a stall is over 100 ms, the GUI thread's stack, sampled once per 100 ms of it, says
which call it was in. Run: .venv/bin/python bench/bench_stalls.py [SCALE ...] (1 10 30)
"""

from __future__ import annotations

import csv
import json
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from bench_handouts import pick
from common import demo_file
from gui_probe import Stall, Watchdog, choose_file, during, open_window
from PySide6.QtGui import QAction

from stemlead.core import contact_export
from stemlead.gui.dialogs.contact_import import ContactImportDialog
from stemlead.gui.dialogs.handout_preview import HandoutPreview, preview_handout
from stemlead.gui.dialogs.teacher_import import TeacherImportDialog
from stemlead.gui.main_window import MainWindow
from stemlead.store import Database

GOAL = 0.100


def report(label: str, stall: Stall) -> None:
    verdict = "ok" if stall.longest <= GOAL else "OVER"
    print(f"{label:<58}{stall.longest * 1000:8.1f} ms  {verdict}")
    if stall.longest > GOAL:
        for where, samples in stall.where:
            print(f"      {samples:3d} x 100 ms  {where}")


def busy_in_python(_reader: Database) -> int:
    """A second of pure-Python work: what any worker costs the GUI thread in GIL sharing."""
    end = time.perf_counter() + 1.0
    spins = 0
    while time.perf_counter() < end:
        spins += 1
    return spins


def references(window: MainWindow, dog: Watchdog) -> None:
    session = window.session
    assert session is not None
    report("(reference: the app idle for a second)", during(dog, lambda: None, after=1.0))
    done: list[int] = []
    report(
        "(reference: a worker busy in Python for a second)",
        during(
            dog, lambda: session.read_in_background(busy_in_python, done.append), lambda: bool(done)
        ),
    )


def teacher_roster(db: Database, path: Path, scale: int) -> int:
    """Every teacher already in the file (skipped: same email) and 40 x scale new ones."""
    known = db.query("SELECT name, email, school, grade_band, subjects FROM teachers")
    schools = sorted({r[2] for r in known if r[2]}) or ["Lincoln Middle"]
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["Name", "Email", "School", "Grades", "Subjects"])
        for name, email, school, band, subjects in known:
            writer.writerow([name, email, school, band, "; ".join(json.loads(subjects))])
        for i in range(40 * scale):
            writer.writerow(
                [
                    f"Roster Teacher {i}",
                    f"roster{i}@example.org",
                    schools[i % len(schools)],
                    ("K", "4", "7", "10")[i % 4],
                    "Science; Mathematics",
                ]
            )
    return len(known) + 40 * scale


def contacts_file(db: Database, path: Path, scale: int) -> int:
    """Every contact already in the file (duplicates) and 30 x scale new people at the
    partners already there."""
    partners = [name for (name,) in db.query("SELECT name FROM partners")]
    contact_export.export(db, path)  # every contact already there, as a vCard file
    cards = [path.read_text(encoding="utf-8")]
    for i in range(30 * scale):
        cards.append(
            "BEGIN:VCARD\r\nVERSION:3.0\r\n"
            f"FN:Roster Contact {i}\r\nN:Contact {i};Roster;;;\r\n"
            f"ORG:{partners[i % len(partners)]}\r\nTITLE:Outreach lead\r\n"
            f"EMAIL;TYPE=INTERNET:contact{i}@partner.example.org\r\n"
            f"TEL;TYPE=VOICE:+1 555 01{i % 100:02d}\r\nEND:VCARD\r\n"
        )
    path.write_text("".join(cards), encoding="utf-8")
    known = db.scalar("SELECT count(*) FROM contacts")
    return int(known) + 30 * scale


def imports(window: MainWindow, dog: Watchdog, folder: Path, scale: int) -> None:
    session = window.session
    assert session is not None
    roster = folder / "roster.csv"
    rows = teacher_roster(session.db, roster, scale)
    dialog = TeacherImportDialog(session, window.show_section("teachers"))
    dialog.show()
    choose_file(roster)
    report(
        f"import teachers ({rows:,} rows): choose file, preview",
        during(dog, dialog.form.choose.click),
    )
    report("  Import (write, Teachers list refreshes)", during(dog, dialog.ok_button.click))

    cards = folder / "contacts.vcf"
    people = contacts_file(session.db, cards, scale)
    dialog = ContactImportDialog(session, None, window.show_section("partners"))
    dialog.show()
    choose_file(cards)
    report(
        f"import contacts ({people:,} vCards): choose file, preview",
        during(dog, dialog.form.choose.click),
    )
    report("  Import (write, Partners list refreshes)", during(dog, dialog.ok_button.click))


def background(window: MainWindow, dog: Watchdog, action: QAction, done_word: str) -> Stall:
    """A File menu command that works off the GUI thread, until its status line says done."""
    window.message.clear()
    busy = ("", "Working…")
    stall = during(dog, action.trigger, lambda: window.message.text() not in busy)
    if done_word not in window.message.text():
        print(f"      (status line: {window.message.text()})")
    return stall


def exports(window: MainWindow, dog: Watchdog, folder: Path) -> None:
    f = window.form
    window.show_section("today")
    choose_file(folder / "everything.json")
    report(
        "File > Export everything (JSON)", background(window, dog, f.actionExportJson, "Exported")
    )
    choose_file(folder / "meetings.ics")
    report("File > Export calendar", background(window, dog, f.actionExportCalendar, "Wrote"))
    session = window.session
    assert session is not None
    for kind, request in pick(session.db.path).items():
        shown: list[HandoutPreview] = []
        preview = during(
            dog,
            lambda r=request, s=shown: s.append(preview_handout(session.db, r, window)),
            lambda s=shown: bool(s) and s[0].is_ready,
        )
        dialog = shown[0]
        bar = dialog.desk.verticalScrollBar()
        scroll = during(dog, lambda b=bar: b.setValue(b.maximum()))
        choose_file(folder / f"{kind}.pdf")
        save = during(dog, dialog.save_button.click)
        pages = len(dialog.page_labels)
        dialog.close()
        report(f"{kind} handout ({pages} pages): preview", preview)
        report("  scroll to the last page", scroll)
        report("  Save", save)


def backup(window: MainWindow, dog: Watchdog) -> None:
    report("File > Backup now", background(window, dog, window.form.actionBackupNow, "Backed up"))


if __name__ == "__main__":
    for scale in [int(a) for a in sys.argv[1:]] or [1, 10, 30]:
        print(f"\n== Longest GUI-thread stall, demo --scale {scale} (goal < 100 ms) ==")
        demo_file(scale)
        win = open_window(scale)
        watchdog = Watchdog()
        with tempfile.TemporaryDirectory() as tmp:
            references(win, watchdog)
            imports(win, watchdog, Path(tmp), scale)
            exports(win, watchdog, Path(tmp))
            backup(win, watchdog)
        win.close()
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: PySide6 6.12 can crash collecting Qt objects
