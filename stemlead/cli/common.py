"""What every command module shares: the parser that turns mistakes into usage errors,
``--db`` and opening the database it names, and printing JSON.

Only the standard library at import time, so building the whole parser stays cheap.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TypeAlias

if TYPE_CHECKING:
    from stemlead.store import Database
    from stemlead.store.database import Mode

EXIT_ERROR, EXIT_USAGE, EXIT_BUG = 1, 2, 70

Command = Callable[[argparse.Namespace], int]


class UsageError(Exception):
    pass


class Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


Subcommands: TypeAlias = "argparse._SubParsersAction[Parser]"  # what add_subparsers gives


def add_db(parser: argparse.ArgumentParser, *, top: bool = False) -> None:
    parser.add_argument(
        "--db",
        metavar="PATH",
        default=None if top else argparse.SUPPRESS,
        help="the database file (default: your user data folder, or $STEMLEAD_DB)",
    )


def command(sub: Subcommands, name: str, func: Command | None, help_text: str) -> Parser:
    """A subcommand with ``--db``, its help text doubling as its description."""
    p = sub.add_parser(name, help=help_text, description=help_text)
    add_db(p)
    p.set_defaults(func=func)
    return p


def db_path(args: argparse.Namespace) -> Path:
    if args.db:
        return Path(args.db).expanduser()
    from stemlead.store.paths import default_database_path

    return default_database_path()


def open_db(args: argparse.Namespace, mode: Mode = "read") -> Database:
    """The database named by ``--db`` (or the default), for one command."""
    from stemlead.store import open_database

    return open_database(db_path(args), mode=mode)


def _prints_everything(stream: Any) -> bool:
    """Whether ``stream``'s encoding has every character (UTF-8 does, Latin-1 does not)."""
    import codecs

    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "ascii").name.startswith("utf")
    except LookupError:
        return False


def print_json(rows: list[dict[str, Any]]) -> None:
    import json

    # on a terminal that cannot show every letter, escapes keep the JSON exact
    json.dump(rows, sys.stdout, ensure_ascii=not _prints_everything(sys.stdout), indent=2)
    sys.stdout.write("\n")
