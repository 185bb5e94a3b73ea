"""Handout figures (issue 6): each handout on the scale-10 demo database, as a whole
``stemlead export`` process and inside a running app after the first one (warm).

Targets: agenda and observation note < 350 ms as a whole process and < 50 ms in the app;
impact report < 1.5 s. Run: .venv/bin/python bench/bench_handouts.py
"""

from __future__ import annotations

import compileall
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from common import demo_file, median, row, time_calls, time_command

from stemlead.pdf import handouts
from stemlead.pdf.handouts import Request
from stemlead.store import open_database

TARGETS = {
    "agenda": ("< 350 ms", "< 50 ms"),
    "observation": ("< 350 ms", "< 50 ms"),
    "impact": ("< 1.5 s", "< 1.5 s"),
}


def pick(path: Path) -> dict[str, Request]:
    """Realistic subjects: the biggest agenda, the latest held meeting, the longest visit."""
    conn = sqlite3.connect(path)
    one = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    meeting = one(
        "SELECT meeting_id FROM agenda_items GROUP BY meeting_id ORDER BY count(*) DESC, meeting_id LIMIT 1"
    )
    held = one("SELECT id FROM meetings WHERE status = 'held' ORDER BY starts_at DESC LIMIT 1")
    cycle = one(
        "SELECT cycle_id FROM observations WHERE cycle_id IS NOT NULL"
        " GROUP BY cycle_id ORDER BY count(*) DESC LIMIT 1"
    )
    visit = one(
        "SELECT observation_id FROM observation_lines GROUP BY observation_id"
        " ORDER BY count(*) DESC LIMIT 1"
    )
    conn.close()
    return {
        "agenda": Request("agenda", meeting),
        "summary": Request("summary", held),
        "cycle": Request("cycle", cycle),
        "observation": Request("observation", visit),
        "partners": Request("partners"),
        "impact": Request("impact", since="2026-08-01", until="2026-11-23"),
    }


def argv(request: Request, out: Path, db: Path, base: list[str]) -> list[str]:
    args = [*base, "export", request.kind]
    if request.item_id is not None:
        args.append(str(request.item_id))
    if request.since:
        args += ["--from", request.since, "--to", str(request.until)]
    return [*args, "-o", str(out), "--db", str(db)]


def whole_process(path: Path, requests: dict[str, Request]) -> None:
    print("\n== stemlead export ... (whole process, scale 10, median of 10, warm) ==")
    # an installed app has its bytecode compiled; make sure this checkout does too
    compileall.compile_dir(Path(__file__).parents[1] / "stemlead", quiet=1)
    bare = median(time_command([sys.executable, "-c", "pass"], runs=10))
    base = [sys.executable, "-m", "stemlead"]
    with tempfile.TemporaryDirectory() as tmp:
        for kind, request in requests.items():
            out = Path(tmp) / f"{kind}.pdf"
            took = median(time_command(argv(request, out, path, base), runs=10))
            row(f"export {kind}", took, bare, "python -c pass", TARGETS.get(kind, ("", ""))[0])


def in_app(path: Path, requests: dict[str, Request]) -> None:
    print("\n== the same handouts inside a running app (after the first; median of 20) ==")
    db = open_database(path, mode="read")
    made = date(2026, 11, 23)
    first = {
        kind: time_calls(lambda r=r: handouts.build(db, r, made_on=made), 1)[0]
        for kind, r in requests.items()
    }
    for kind, request in requests.items():
        took = median(time_calls(lambda r=request: handouts.build(db, r, made_on=made), 20))
        pages = handouts.build(db, request, made_on=made).count(b"/Type /Page\n")
        row(
            f"{kind} ({pages} pages; first {first[kind] * 1000:.0f} ms)",
            took,
            target=TARGETS.get(kind, ("", ""))[1],
        )
    db.close()


if __name__ == "__main__":
    scale10 = demo_file(10)
    subjects = pick(scale10)
    whole_process(scale10, subjects)
    in_app(scale10, subjects)
