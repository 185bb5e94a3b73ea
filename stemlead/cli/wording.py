"""``stemlead wording [TEXT | -]``: the wording check on the command line."""

from __future__ import annotations

import argparse
import sys

from stemlead.cli.common import Subcommands, UsageError, command, db_path, print_json


def add_command(sub: Subcommands) -> None:
    p = command(
        sub,
        "wording",
        cmd_wording,
        "point out phrases that may read as judgement, with strengths-based reframes",
    )
    p.add_argument("text", nargs="?", metavar="TEXT", help="the text to check, or - for stdin")
    p.add_argument("--kind", metavar="KIND", help="what the text is, e.g. wondering")
    p.add_argument("--json", action="store_true", help="print a JSON array of objects")


def cmd_wording(args: argparse.Namespace) -> int:
    from stemlead.core import wording

    if args.text is None and sys.stdin.isatty():
        raise UsageError("give the text to check, or - to read it from stdin")
    text = sys.stdin.read() if args.text in (None, "-") else args.text
    rule_set = wording.rules(db_path(args))  # the coach's own lists beside it, if any
    for problem in rule_set.problems:
        print(f"stemlead: {problem}", file=sys.stderr)
    findings = wording.check(text, kind=args.kind, rules=rule_set)
    if args.json:
        print_json([{"id": n, **f.as_dict()} for n, f in enumerate(findings, 1)])
        return 0
    if not findings:
        print("No phrases that may read as judgement.")
    for f in findings:
        print(f"“{f.phrase}” (characters {f.start}-{f.end}): {f.why}")
        for reframe in f.reframes:
            print(f"    try: {reframe}")
    return 0
