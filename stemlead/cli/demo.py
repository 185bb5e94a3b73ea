"""``stemlead demo``: a new database filled with a realistic sample district."""

from __future__ import annotations

import argparse

from stemlead.cli.common import Subcommands, UsageError, command, open_db


def add_command(sub: Subcommands) -> None:
    p = command(sub, "demo", cmd_demo, "fill a new database with a realistic sample district")
    p.add_argument("--scale", type=int, default=1, metavar="N", help="N times the data (1-100)")
    p.add_argument("--today", metavar="DATE", help="date the sample is built around")


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
