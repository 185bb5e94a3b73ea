"""``stemlead backup [-o FILE] | restore FILE | check``, through the same core entry as the
GUI's File menu (:mod:`stemlead.core.maintenance`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from stemlead.cli.common import EXIT_ERROR, Subcommands, command, db_path, open_db


def add_commands(sub: Subcommands) -> None:
    p = command(sub, "backup", cmd_backup, "make a verified backup copy of the database")
    p.add_argument("-o", "--output", metavar="FILE", help="where (default: the backups folder)")
    p = command(
        sub,
        "restore",
        cmd_restore,
        "replace the database with a backup (current one is backed up first)",
    )
    p.add_argument("file", metavar="FILE")
    command(sub, "check", cmd_check, "check the database for damage")


def cmd_backup(args: argparse.Namespace) -> int:
    from stemlead.core import maintenance

    with open_db(args) as db:
        dest = maintenance.backup_now(db, Path(args.output) if args.output else None)
    print(f"Backed up {db.path} to {dest} (verified).")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    from stemlead.core import maintenance

    # also over a file too damaged to open, and brings an older backup up to date
    print(maintenance.restore_over(db_path(args), Path(args.file)).describe())
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    from stemlead.core import maintenance

    with open_db(args) as db:
        report = maintenance.check(db)
    print(report.summary())
    return 0 if report.ok else EXIT_ERROR
