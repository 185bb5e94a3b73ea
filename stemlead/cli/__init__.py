"""The ``stemlead`` command: opens the app, or runs one task unattended.

Every subcommand takes ``--db PATH`` before or after its name, never prompts, prints errors
as one sentence on stderr with a non-zero exit code, and never shows a traceback. Imports
happen inside each command so that ``stemlead list`` starts in a few tens of milliseconds.

This module is the table of contents: each command group lives in its own module
(``lists``, ``search``, ``exports``, ``imports``, ``contacts``, ``wording``, ``maintenance``,
``demo``), and what they share is in ``common``, which never imports this package back.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from stemlead import APP_NAME, __version__
from stemlead.cli.common import (
    EXIT_BUG,
    EXIT_ERROR,
    EXIT_USAGE,
    Parser,
    UsageError,
    add_db,
    command,
    db_path,
)


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


def cmd_app(args: argparse.Namespace) -> int:
    from stemlead.gui.app import run

    return run(db_path(args))


# -- parser ---------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    from stemlead.cli import (
        contacts,
        demo,
        exports,
        imports,
        lessons,
        lists,
        maintenance,
        search,
        wording,
    )

    parser = Parser(
        prog="stemlead",
        description=f"{APP_NAME}: the teacher leader's desk. With no command, opens the app.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    add_db(parser, top=True)
    parser.set_defaults(func=cmd_app)
    sub = parser.add_subparsers(title="commands", metavar="COMMAND", parser_class=Parser)

    demo.add_command(sub)
    lists.add_command(sub)
    search.add_command(sub)

    export = command(sub, "export", None, "write a handout, calendar or everything to a file")
    export_sub = export.add_subparsers(
        title="what", metavar="WHAT", parser_class=Parser, required=True
    )
    exports.add_json_command(export_sub)
    exports.add_export_commands(export_sub)
    contacts.add_contact_export_command(export_sub)
    exports.add_calendar_command(export_sub)

    imp = command(sub, "import", None, "bring in a JSON export, a teacher roster or contacts")
    imp_sub = imp.add_subparsers(title="what", metavar="WHAT", parser_class=Parser, required=True)
    imports.add_import_commands(imp_sub)
    contacts.add_contact_commands(imp_sub)
    lessons.add_lesson_commands(export_sub, imp_sub)

    wording.add_command(sub)
    maintenance.add_commands(sub)
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
