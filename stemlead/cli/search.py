"""``stemlead search QUERY``: everything the coach has written, best matches first."""

from __future__ import annotations

import argparse
import sys

from stemlead.cli.common import Subcommands, command, open_db, print_json


def add_command(sub: Subcommands) -> None:
    p = command(sub, "search", cmd_search, "search everything you have written")
    p.add_argument("query")
    p.add_argument("--json", action="store_true", help="print a JSON array of objects")
    p.add_argument("--limit", type=int, default=30, metavar="N", help="at most N results")


def cmd_search(args: argparse.Namespace) -> int:
    from stemlead.core import search

    with open_db(args) as db:
        hits = search.search(db, args.query, limit=args.limit)
    if args.json:
        print_json(
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
