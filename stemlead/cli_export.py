"""``stemlead export agenda|summary|cycle|observation|partners|impact|mentorship|learning-plan
... -o FILE.pdf``.

Each command builds the handout's bytes in memory and only then writes the file (under a
temporary name, renamed at the end), so an unknown id, a bad date or a full disk leaves no
output file behind. reportlab is imported only when a handout is made, which keeps the
other commands fast.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable
from pathlib import Path
from typing import Any

HANDOUTS: tuple[tuple[str, str, str | None], ...] = (
    # (command, help, positional id)
    ("agenda", "a meeting's agenda as a PDF handout", "MEETING_ID"),
    ("summary", "a meeting's summary (attendance, minutes, decisions, action items)", "MEETING_ID"),
    ("cycle", "a coaching cycle summary for the teacher", "CYCLE_ID"),
    ("observation", "an observation note for the teacher", "OBSERVATION_ID"),
    ("partners", "the partner directory", None),
    ("impact", "the impact report for a date range (default: this school year)", None),
    (
        "mentorship",
        "a mentoring pair's agreement (with --summary: its mentoring summary)",
        "MENTORSHIP_ID",
    ),
    ("learning-plan", "a teacher's learning plan ('me' for your own)", "TEACHER_ID"),
)


def add_export_commands(
    export_subparsers: Any, add_db: Callable[[argparse.ArgumentParser], None]
) -> None:
    """Add the handout commands to ``stemlead export`` (``add_db`` gives each ``--db``)."""
    for name, help_text, positional in HANDOUTS:
        p = export_subparsers.add_parser(
            name, help=help_text, description=help_text[0].upper() + help_text[1:] + "."
        )
        add_db(p)
        if positional:
            kind = _teacher_or_me if name == "learning-plan" else _positive_id
            p.add_argument("item_id", type=kind, metavar=positional)
        if name == "mentorship":
            p.add_argument(
                "--summary", action="store_true", help="the mentoring summary, not the agreement"
            )
        if name == "impact":
            p.add_argument("--from", dest="since", metavar="DATE", help="first day (YYYY-MM-DD)")
            p.add_argument("--to", dest="until", metavar="DATE", help="last day (YYYY-MM-DD)")
        p.add_argument(
            "-o", "--output", required=True, metavar="FILE.pdf", help="where to write it"
        )
        p.set_defaults(func=cmd_export_handout, handout=name)


def _positive_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not an id number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not an id number")
    return value


def _teacher_or_me(text: str) -> int:
    """A teacher's id, or ``me``: the coach's own learning plan (id 0)."""
    return 0 if text.strip().lower() == "me" else _positive_id(text)


def cmd_export_handout(args: argparse.Namespace) -> int:
    """Build the handout, then write it; print one line saying where it went."""
    from stemlead.cli import open_db
    from stemlead.pdf import handouts

    output = Path(args.output).expanduser()
    kind = "mentoring-summary" if getattr(args, "summary", False) else args.handout
    request = handouts.Request(
        kind=kind,
        item_id=getattr(args, "item_id", None),
        since=getattr(args, "since", None),
        until=getattr(args, "until", None),
    )
    with open_db(args) as db:
        if request.kind == "impact":
            # checks the dates before anything is built
            handouts.impact_dates(request.since, request.until)
        data = handouts.build(db, request)
    handouts.save(data, output, database=db.path)
    print(f"Wrote the {request.label.lower()} to {output}.")
    return 0
