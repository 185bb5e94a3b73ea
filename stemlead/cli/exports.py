"""``stemlead export json|calendar -o FILE`` and the handouts,
``stemlead export agenda|summary|cycle|observation|partners|impact|event|newsletter ...``.

Each handout command builds the handout's bytes in memory and only then writes the file (under a
temporary name, renamed at the end), so an unknown id, a bad date or a full disk leaves no
output file behind. reportlab is imported only when a handout is made, which keeps the
other commands fast.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from stemlead.cli.common import Subcommands, add_db, open_db

HANDOUTS: tuple[tuple[str, str, str | None], ...] = (
    # (command, help, positional id)
    ("agenda", "a meeting's agenda as a PDF handout", "MEETING_ID"),
    ("summary", "a meeting's summary (attendance, minutes, decisions, action items)", "MEETING_ID"),
    ("cycle", "a coaching cycle summary for the teacher", "CYCLE_ID"),
    ("observation", "an observation note for the teacher", "OBSERVATION_ID"),
    ("partners", "the partner directory", None),
    ("impact", "the impact report for a date range (default: this school year)", None),
    ("review", "a review round's feedback for the lesson plan's authors", "ROUND_ID"),
    (
        "mentorship",
        "a mentoring pair's agreement (with --summary: its mentoring summary)",
        "MENTORSHIP_ID",
    ),
    ("learning-plan", "a teacher's learning plan ('me' for your own)", "TEACHER_ID"),
    ("event", "an event's summary for its team and partners", "EVENT_ID"),
    (
        "newsletter",
        "a newsletter: a saved one by id, or what the data proposes for --from..--to",
        None,
    ),
)
NEWSLETTER_FILES = (".pdf", ".txt", ".html")


def add_json_command(export_subparsers: Subcommands) -> None:
    p = export_subparsers.add_parser(
        "json",
        help="everything, as one JSON file",
        description="Write the whole database to one JSON file.",
    )
    add_db(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_export_json)


def add_calendar_command(export_subparsers: Subcommands) -> None:
    p = export_subparsers.add_parser(
        "calendar",
        help="meetings as an iCalendar (.ics) file",
        description="Write every meeting and repeating series to an iCalendar file that "
        "Outlook, Google and Apple calendars open.",
    )
    add_db(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    p.set_defaults(func=cmd_export_calendar)


def add_export_commands(export_subparsers: Subcommands) -> None:
    """Add the handout commands to ``stemlead export``."""
    for name, help_text, positional in HANDOUTS:
        p = export_subparsers.add_parser(
            name, help=help_text, description=help_text[0].upper() + help_text[1:] + "."
        )
        add_db(p)
        if positional:
            kind = _teacher_or_me if name == "learning-plan" else positive_id
            p.add_argument("item_id", type=kind, metavar=positional)
        if name == "mentorship":
            p.add_argument(
                "--summary", action="store_true", help="the mentoring summary, not the agreement"
            )
        if name == "newsletter":
            p.add_argument(
                "item_id",
                type=positive_id,
                nargs="?",
                metavar="NEWSLETTER_ID",
                help="a newsletter saved in the app (logged as sent when written)",
            )
        if name in ("impact", "newsletter"):
            p.add_argument("--from", dest="since", metavar="DATE", help="first day (YYYY-MM-DD)")
            p.add_argument("--to", dest="until", metavar="DATE", help="last day (YYYY-MM-DD)")
        kinds = "FILE.pdf|.txt|.html" if name == "newsletter" else "FILE.pdf"
        p.add_argument("-o", "--output", required=True, metavar=kinds, help="where to write it")
        p.set_defaults(func=cmd_export_handout, handout=name)


def positive_id(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not an id number") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"'{text}' is not an id number")
    return value


def _teacher_or_me(text: str) -> int:
    """A teacher's id, or ``me``: the coach's own learning plan (id 0)."""
    return 0 if text.strip().lower() == "me" else positive_id(text)


def cmd_export_handout(args: argparse.Namespace) -> int:
    """Build the handout, then write it; print one line saying where it went."""
    from stemlead.pdf import handouts

    output = Path(args.output).expanduser()
    kind = "mentoring-summary" if getattr(args, "summary", False) else args.handout
    request = handouts.Request(
        kind=kind,
        item_id=getattr(args, "item_id", None),
        since=getattr(args, "since", None),
        until=getattr(args, "until", None),
    )
    if request.kind == "newsletter":
        return _export_newsletter(args, request, output)
    with open_db(args) as db:
        if request.kind == "impact":
            # checks the dates before anything is built
            handouts.impact_dates(request.since, request.until)
        data = handouts.build(db, request)
    handouts.save(data, output, database=db.path)
    print(f"Wrote the {request.label.lower()} to {output}.")
    return 0


def cmd_export_json(args: argparse.Namespace) -> int:
    from stemlead.core import exchange

    with open_db(args) as db:
        count = exchange.export_json(db, Path(args.output))
    print(f"Exported {count:,} records to {args.output}.")
    return 0


def cmd_export_calendar(args: argparse.Namespace) -> int:
    from stemlead.core import calendar_export
    from stemlead.pdf.fmt import plural

    with open_db(args) as db:
        count = calendar_export.export_calendar(db, Path(args.output))
    print(f"Wrote {plural(count, 'calendar event')} to {args.output}.")
    return 0


def _export_newsletter(args: argparse.Namespace, request: Any, output: Path) -> int:
    """A newsletter as PDF, plain text or HTML (by the file's ending). A saved newsletter
    is logged in the communications log once it is written."""
    from stemlead.core import event_photos, newsletter_text, newsletters, settings
    from stemlead.errors import InvalidInput
    from stemlead.pdf import handouts

    suffix = output.suffix.lower()
    if suffix not in NEWSLETTER_FILES:
        raise InvalidInput("A newsletter file ends in .pdf, .txt or .html.")
    saved = request.item_id is not None
    with open_db(args, "write" if saved else "read") as db:
        issue = (
            newsletters.issue(db, request.item_id)
            if saved
            else newsletters.issue_for_period(db, request.since, request.until)
        )
        organization = str(settings.get(db, "organization_name") or "")
        if suffix == ".pdf":
            data = handouts.build(db, request)
        elif suffix == ".txt":
            data = newsletter_text.as_text(issue, organization).encode("utf-8")
        else:
            photos = lambda photo_id: event_photos.contents(db, photo_id)  # noqa: E731
            data = newsletter_text.as_html(issue, photos, organization).encode("utf-8")
        handouts.save(data, output, database=db.path)
        if saved:
            newsletters.log_saved(db, request.item_id)
    note = (
        "; the period holds nothing to report yet, and the page says so" if not issue.blocks else ""
    )
    print(f"Wrote the newsletter to {output}{note}.")
    return 0
