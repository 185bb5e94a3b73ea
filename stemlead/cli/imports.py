"""``stemlead import json FILE.json | teachers FILE.csv`` (contacts: :mod:`.contacts`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from types import ModuleType

from stemlead.cli.common import Subcommands, add_db, db_path, open_db


def add_import_commands(import_subparsers: Subcommands) -> None:
    p = import_subparsers.add_parser(
        "json",
        help="a whole-database JSON export, into a new database",
        description="Load a JSON export into a new or empty database.",
    )
    add_db(p)
    p.add_argument("file", metavar="FILE.json")
    p.set_defaults(func=cmd_import_json)
    p = import_subparsers.add_parser(
        "teachers",
        help="teachers from a CSV roster",
        description="Import teachers from a CSV file (comma or semicolon).",
    )
    add_db(p)
    p.add_argument("file", metavar="FILE.csv")
    p.add_argument("--dry-run", action="store_true", help="only report what would happen")
    p.set_defaults(func=cmd_import_teachers)


def cmd_import_json(args: argparse.Namespace) -> int:
    from stemlead.core import exchange

    path = db_path(args)
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


def import_file(args: argparse.Namespace, importer: ModuleType) -> int:
    """``import teachers`` and ``import contacts``: plan ``args.file`` with the importer
    module (its ``plan`` and ``apply``), write the plan unless ``--dry-run`` (which opens
    the database read-only), and print its report."""
    with open_db(args, "read" if args.dry_run else "write") as db:
        plan = importer.plan(db, Path(args.file))
        if not args.dry_run:
            importer.apply(db, plan)
    print(plan.report(applied=not args.dry_run))
    return 0


def cmd_import_teachers(args: argparse.Namespace) -> int:
    from stemlead.core import teacher_import

    return import_file(args, teacher_import)
