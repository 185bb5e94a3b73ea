"""Community figures (issue 20), on the scale-10 demo database.

Targets: the newsletter builder proposes its blocks in < 100 ms (a two-month period and
this month so far); the newsletter PDF with two photos, as a whole ``stemlead export
newsletter`` process, < 3.2x a bare ``import reportlab.platypus`` measured in the same
run. Also: the event summary PDF, and both PDFs inside a running app (warm).
Run: .venv/bin/python bench/bench_community.py
"""

from __future__ import annotations

import compileall
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import OUT, demo_file, median, row, time_calls, time_command

from stemlead.core import newsletters
from stemlead.core.newsletter_proposals import propose
from stemlead.pdf import handouts
from stemlead.pdf.handouts import Request
from stemlead.store import open_database

PERIODS = (("2026-09-01", "2026-10-31"), ("2026-11-01", "2026-11-23"))


def two_photo_copy(source: Path) -> tuple[Path, int, int, int]:
    """A copy of the demo file with two newsletters whose blocks hold exactly two photos
    (the second without the teacher spotlight, whose name is in Chinese characters and
    brings in the 3.4 MB CJK font), and the busiest event; returns (file, newsletter id,
    Latin-only newsletter id, event id)."""
    OUT.mkdir(exist_ok=True)
    path = OUT / "community-two-photos.db"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    shutil.copy(source, path)
    made = []
    with open_database(path) as db:
        for _ in range(2):
            newsletter = newsletters.create(db, starts_on=PERIODS[0][0], ends_on=PERIODS[0][1])
            with_photos = [b for b in newsletters.blocks(db, newsletter) if b.photo_id]
            for block in with_photos[2:]:
                newsletters.update_block(db, block.id, photo_id=None)
            made.append(newsletter)
        for block in newsletters.blocks(db, made[1]):
            if block.kind == "spotlight":
                newsletters.delete_block(db, block.id)
        event = db.scalar(
            "SELECT event_id FROM event_volunteers GROUP BY event_id ORDER BY count(*) DESC LIMIT 1"
        )
    return path, made[0], made[1], int(event)


def proposals(path: Path) -> None:
    print("\n== newsletter builder: blocks proposed from the data (scale 10, median of 20) ==")
    db = open_database(path, mode="read")
    for since, until in PERIODS:
        propose(db, since, until)  # warm
        took = median(time_calls(lambda s=since, u=until: propose(db, s, u), 20))
        count = len(propose(db, since, until))
        row(f"propose {since}..{until} ({count} blocks)", took, target="< 100 ms")
    db.close()


def whole_process(path: Path, newsletter: int, latin: int, event: int) -> None:
    print("\n== stemlead export newsletter|event (whole process, median of 10, warm) ==")
    compileall.compile_dir(Path(__file__).parents[1] / "stemlead", quiet=1)
    bare = median(time_command([sys.executable, "-c", "import reportlab.platypus"], runs=10))
    row("python -c 'import reportlab.platypus'", bare)
    base = [sys.executable, "-m", "stemlead"]
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "newsletter.pdf"
        for label, which in (("2 photos", latin), ("2 photos, a CJK name", newsletter)):
            argv = [*base, "export", "newsletter", str(which), "-o", str(out), "--db", str(path)]
            took = median(time_command(argv, runs=10))
            row(f"export newsletter ({label})", took, bare, "import reportlab.platypus", "< 3.2x")
        argv = [*base, "export", "event", str(event), "-o", str(out), "--db", str(path)]
        took = median(time_command(argv, runs=10))
        row("export event", took, bare, "import reportlab.platypus", "< 3.2x")


def in_app(path: Path, newsletter: int, event: int) -> None:
    print("\n== the same PDFs inside a running app (after the first; median of 20) ==")
    db = open_database(path, mode="read")
    made = date(2026, 11, 23)
    for label, request in (
        ("newsletter (2 photos)", Request("newsletter", newsletter)),
        ("event summary", Request("event", event)),
    ):
        handouts.build(db, request, made_on=made)
        took = median(time_calls(lambda r=request: handouts.build(db, r, made_on=made), 20))
        pages = handouts.build(db, request, made_on=made).count(b"/Type /Page\n")
        row(f"{label} ({pages} pages)", took)
    db.close()


if __name__ == "__main__":
    scale10 = demo_file(10)
    proposals(scale10)
    copy, newsletter_id, latin_id, event_id = two_photo_copy(scale10)
    whole_process(copy, newsletter_id, latin_id, event_id)
    in_app(copy, newsletter_id, event_id)
