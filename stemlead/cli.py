"""The ``stemlead`` command: opens the app, or runs one task unattended.

Every subcommand takes ``--db PATH`` before or after its name, never prompts, prints errors
as one sentence on stderr with a non-zero exit code, and never shows a traceback. Imports
happen inside each command so that ``stemlead list`` starts in a few tens of milliseconds.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, NoReturn

from stemlead import APP_NAME, __version__

EXIT_ERROR, EXIT_USAGE, EXIT_BUG = 1, 2, 70


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _db_path(args: argparse.Namespace) -> Path:
    if args.db:
        return Path(args.db).expanduser()
    from stemlead.store.paths import default_database_path

    return default_database_path()


def open_db(args: argparse.Namespace, mode: str = "read") -> Any:
    """The database named by ``--db`` (or the default), for one command."""
    from stemlead.store import open_database

    return open_database(_db_path(args), mode=mode)  # type: ignore[arg-type]


def _prints_everything(stream: Any) -> bool:
    """Whether ``stream``'s encoding has every character (UTF-8 does, Latin-1 does not)."""
    import codecs

    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "ascii").name.startswith("utf")
    except LookupError:
        return False


def _print_json(rows: list[dict[str, Any]]) -> None:
    import json

    # on a terminal that cannot show every letter, escapes keep the JSON exact
    json.dump(rows, sys.stdout, ensure_ascii=not _prints_everything(sys.stdout), indent=2)
    sys.stdout.write("\n")


def _forgiving_streams() -> None:
    """Print in any locale: a letter the terminal's encoding cannot show (Vietnamese on a
    Latin-1 terminal, an undecodable file name) becomes "?" instead of stopping the
    command with a UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None and getattr(stream, "errors", "") != "replace":
            reconfigure(errors="replace")


_PATH_ARGUMENTS = ("db", "file", "output")


def _decoded(args: argparse.Namespace) -> argparse.Namespace:
    """Text arguments with bytes the locale could not decode (which Python keeps as lone
    surrogates, and SQLite refuses) shown as U+FFFD; file names keep them, to name the file."""
    for name, value in vars(args).items():
        if isinstance(value, str) and name not in _PATH_ARGUMENTS:
            setattr(args, name, value.encode("utf-8", "surrogatepass").decode("utf-8", "replace"))
    return args


# -- commands -------------------------------------------------------------------------------
def cmd_app(args: argparse.Namespace) -> int:
    from stemlead.gui.app import run

    return run(_db_path(args))


def cmd_demo(args: argparse.Namespace) -> int:
    if not 1 <= args.scale <= 100:
        raise UsageError("--scale must be between 1 and 100")
    from stemlead.core import demo
    from stemlead.core.fields import parse_date

    today = parse_date(args.today, "--today") if args.today else None
    with open_db(args, "write") as db:
        summary = demo.generate(db, scale=args.scale, today=today)
    print(f"Filled {db.path} with a demo district: {summary.describe()}.")
    return 0


def cmd_list(args: argparse.Namespace) -> int:
    from stemlead.cli_list import format_table, run_listing

    with open_db(args) as db:
        rows = run_listing(db, args.kind, args)
    if args.json:
        _print_json(rows)
    elif rows:
        import shutil

        print(format_table(args.kind, rows, shutil.get_terminal_size((120, 24)).columns))
    else:
        print(f"No {args.kind.replace('-', ' ')} found.")
    return 0


def cmd_search(args: argparse.Namespace) -> int:
    from stemlead.core import search

    with open_db(args) as db:
        hits = search.search(db, args.query, limit=args.limit)
    if args.json:
        _print_json(
            [
                {
                    "id": h.item_id,
                    "kind": h.kind,
                    "title": h.title,
                    "context": h.context,
                    "snippet": h.snippet,
                    "snippet_html": h.snippet_html("mark"),
                    "open": {"kind": h.target_kind, "id": h.target_id},
                }
                for h in hits
            ]
        )
        return 0
    if not hits:
        print(f"Nothing matches '{args.query}'.")
    bold, plain = ("\x1b[1m", "\x1b[0m") if sys.stdout.isatty() else ("[", "]")
    for h in hits:
        snippet = h.marked_snippet.replace(search.OPEN, bold).replace(search.CLOSE, plain)
        print(f"{h.kind}:{h.item_id}  {h.title}" + (f" — {h.context}" if h.context else ""))
        print(f"    {' '.join(snippet.split())}")
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


def cmd_import_json(args: argparse.Namespace) -> int:
    from stemlead.core import exchange

    path = _db_path(args)
    created = not path.exists()
    try:
        with open_db(args, "write") as db:
            count = exchange.import_json(db, Path(args.file))
    except BaseException:
        if created:
            for suffix in ("", "-wal", "-shm", ".lock"):
                Path(f"{path}{suffix}").unlink(missing_ok=True)
        raise
    print(f"Imported {count:,} records into {path}.")
    return 0


def cmd_import_teachers(args: argparse.Namespace) -> int:
    from stemlead.core import teacher_import

    with open_db(args, "write") as db:
        plan = teacher_import.plan(db, Path(args.file))
        if not args.dry_run:
            teacher_import.apply(db, plan)
    print(teacher_import.report(plan, applied=not args.dry_run))
    return 0


def cmd_backup(args: argparse.Namespace) -> int:
    from stemlead.store import backup

    with open_db(args) as db:
        if args.output:
            dest = backup.copy_database(db, Path(args.output))
        else:
            dest = backup.automatic_backup(db, reason="manual")
    print(f"Backed up {db.path} to {dest} (verified).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from stemlead.store import backup

    with open_db(args, "write") as db:
        safety = backup.restore(db, Path(args.file))  # also brings an older backup up to date
        path = db.path
    print(f"Restored {path} from {args.file}; what it held before is saved in {safety}.")
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from stemlead.store import health

    with open_db(args) as db:
        report = health.check(db)
    print(report.summary())
    return 0 if report.ok else EXIT_ERROR


def cmd_wording(args: argparse.Namespace) -> int:
    from stemlead.core import wording

    if args.text is None and sys.stdin.isatty():
        raise UsageError("give the text to check, or - to read it from stdin")
    text = sys.stdin.read() if args.text in (None, "-") else args.text
    rule_set = wording.rules(_db_path(args))  # the coach's own lists beside it, if any
    for problem in rule_set.problems:
        print(f"stemlead: {problem}", file=sys.stderr)
    findings = wording.check(text, kind=args.kind, rules=rule_set)
    if args.json:
        _print_json([{"id": n, **f.as_dict()} for n, f in enumerate(findings, 1)])
        return 0
    if not findings:
        print("No phrases that may read as judgement.")
    for f in findings:
        print(f"“{f.phrase}” (characters {f.start}-{f.end}): {f.why}")
        for reframe in f.reframes:
            print(f"    try: {reframe}")
    return 0


# -- parser ---------------------------------------------------------------------------------
def _add_db(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help="the database file (default: your user data folder, or $STEMLEAD_DB)",
    )


def build_parser() -> argparse.ArgumentParser:
    from stemlead.cli_list import LISTINGS, add_filter_arguments

    parser = _Parser(
        prog="stemlead",
        description=f"{APP_NAME}: the teacher leader's desk. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    _add_db(parser, top=True)
    parser.set_defaults(func=cmd_app)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=_Parser)

    def command(name: str, func: Any, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _add_db(p)
        p.set_defaults(func=func)
        return p

    p = command("demo", cmd_demo, "fill a new database with a realistic sample district")
    p.add_argument("--scale", type=int, default=1, metavar="N", help="N times the data (1-100)")
    p.add_argument("--today", metavar="DATE", help="date the sample is built around")

    p = command(
        "list",
        cmd_list,
        "list teachers, cycles, observations, groups, meetings, action items, partners, "
        "contacts, isolated teachers, mentorships, check-ins, offerings or learning plans",
    )
    p.add_argument(
        "kind", choices=sorted(LISTINGS), metavar="KIND", help="one of: " + ", ".join(LISTINGS)
    )
    p.add_argument("--json", action="store_true", help="print a JSON array of objects")
    add_filter_arguments(p)

    p = command("search", cmd_search, "search everything you have written")
    p.add_argument("query")
    p.add_argument("--json", action="store_true", help="print a JSON array of objects")
    p.add_argument("--limit", type=int, default=30, metavar="N", help="at most N results")

    export = command("export", None, "write a handout, calendar or everything to a file")
    export_sub = export.add_subparsers(
        title="what", metavar="WHAT", parser_class=_Parser, required=True
    )
    p = export_sub.add_parser(
        "json",
        help="everything, as one JSON file",
        description="Write the whole database to one JSON file.",
    )
    _add_db(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.set_defaults(func=cmd_export_json)
    from stemlead.cli_contacts import add_contact_export_command
    from stemlead.cli_export import add_export_commands

    add_export_commands(export_sub, _add_db)
    add_contact_export_command(export_sub, _add_db)

    p = export_sub.add_parser(
        "calendar",
        help="meetings as an iCalendar (.ics) file",
        description="Write every meeting and repeating series to an iCalendar file that "
        "Outlook, Google and Apple calendars open.",
    )
    _add_db(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE.ics")
    p.set_defaults(func=cmd_export_calendar)

    imp = command("import", None, "bring in a JSON export, a teacher roster or contacts")
    imp_sub = imp.add_subparsers(title="what", metavar="WHAT", parser_class=_Parser, required=True)
    p = imp_sub.add_parser(
        "json",
        help="a whole-database JSON export, into a new database",
        description="Load a JSON export into a new or empty database.",
    )
    _add_db(p)
    p.add_argument("file", metavar="FILE.json")
    p.set_defaults(func=cmd_import_json)
    p = imp_sub.add_parser(
        "teachers",
        help="teachers from a CSV roster",
        description="Import teachers from a CSV file (comma or semicolon).",
    )
    _add_db(p)
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument("--dry-run", action="store_true", help="only report what would happen")
    p.set_defaults(func=cmd_import_teachers)
    from stemlead.cli_contacts import add_contact_commands

    add_contact_commands(imp_sub, _add_db)

    p = command(
        "wording",
        cmd_wording,
        "point out phrases that may read as judgement, with strengths-based reframes",
    )
    p.add_argument("text", nargs="?", metavar="TEXT", help="the text to check, or - for stdin")
    p.add_argument("--kind", metavar="KIND", help="what the text is, e.g. wondering")
    p.add_argument("--json", action="store_true", help="print a JSON array of objects")

    p = command("backup", cmd_backup, "make a verified backup copy of the database")
    p.add_argument("-o", "--output", metavar="FILE", help="where (default: the backups folder)")
    p = command(
        "restore",
        cmd_restore,
        "replace the database with a backup (current one is backed up first)",
    )
    p.add_argument("file", metavar="FILE")
    command("check", cmd_check, "check the database for damage")
    return parser


# -- running ----------------------------------------------------------------------------------
def _explain(exc: BaseException) -> str | None:
    """One sentence for errors that come from the world rather than from a bug."""
    import sqlite3

    text = str(exc)
    if isinstance(exc, sqlite3.OperationalError):
        if "locked" in text or "busy" in text:
            return "The database is busy in another program; try again in a moment."
        if "full" in text:
            return "The disk is full, so nothing was saved; free some space and try again."
        if "readonly" in text:
            return "The database is read-only, so nothing was saved."
        if "disk I/O" in text:
            return "The disk reported an error while saving; check the drive and try again."
    if isinstance(exc, sqlite3.DatabaseError):
        return f"The database file is damaged or not a database ({text}); restore a backup."
    if isinstance(exc, OSError):
        where = f" ({exc.filename})" if exc.filename else ""
        return f"{exc.strerror or text}{where}."
    return None


def main(argv: list[str] | None = None) -> int:
    from stemlead.errors import StemLeadError

    _forgiving_streams()
    try:
        parser = build_parser()
        args = _decoded(parser.parse_args(argv))
        code = int(args.func(args))
        sys.stdout.flush()  # here, so a closed pipe (| head) is handled below
        return code
    except UsageError as exc:
        message = str(exc).rstrip(".")
        print(f"stemlead: {message} (see 'stemlead --help').", file=sys.stderr)
        return EXIT_USAGE
    except StemLeadError as exc:
        print(f"stemlead: {exc}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_ERROR
    except Exception as exc:
        sentence = _explain(exc)
        if sentence is not None:
            print(f"stemlead: {sentence}", file=sys.stderr)
            return EXIT_ERROR
        log = _log_crash(exc)
        where = f"the details are in {log}" if log else "its details could not be saved"
        print(
            f"stemlead: something went wrong inside STEM Lead ({type(exc).__name__}); {where}.",
            file=sys.stderr,
        )
        return EXIT_BUG


def _log_crash(exc: BaseException) -> Path | None:
    """Append where it went wrong to a private log in the user's own folder; None if that
    cannot be written. Only the frames and exception types are kept: messages and values
    can hold what the coach typed, and a log is the kind of file people share."""
    import platform
    import traceback

    from stemlead.clock import now_iso
    from stemlead.store.output_file import open_own
    from stemlead.store.paths import crash_log_path

    chain: list[BaseException] = []
    current: BaseException | None = exc
    while current is not None and current not in chain:
        chain.append(current)
        current = current.__cause__ or (
            None if current.__suppress_context__ else current.__context__
        )
    lines = [f"{now_iso()} {APP_NAME} {__version__}, Python {platform.python_version()}\n"]
    for item in reversed(chain):
        lines.append("Traceback (most recent call last):\n")
        lines.extend(traceback.format_list(traceback.extract_tb(item.__traceback__)))
        kind = type(item)
        name = (
            kind.__qualname__
            if kind.__module__ == "builtins"
            else f"{kind.__module__}.{kind.__qualname__}"
        )
        lines.append(f"{name} (its message is left out)\n")
    log = crash_log_path()
    try:
        log.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = open_own(log, os.O_WRONLY | os.O_APPEND)
        with os.fdopen(fd, "a", encoding="utf-8") as handle:
            handle.writelines([*lines, "\n"])
    except OSError:
        return None
    return log


if __name__ == "__main__":
    raise SystemExit(main())
