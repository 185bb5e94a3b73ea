"""``stemlead import contacts FILE`` (and ``export contacts``): the partner contacts on the
command line.

Like every command they never prompt, print errors as one sentence (the
:class:`~stemlead.errors.StemLeadError` raised here reaches ``cli.main``), and import their
heavy modules only when run.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from stemlead.cli.common import Subcommands, add_db, open_db


def add_contact_commands(import_subparsers: Subcommands) -> None:
    """Add ``contacts`` under ``stemlead import``."""
    p = import_subparsers.add_parser(
        "contacts",
        help="partner contacts from a vCard (.vcf) or CSV export",
        description=(
            "Import contacts from a vCard file (Google, Apple, Outlook; vCard 2.1, 3.0 or "
            "4.0) or a Google or Outlook CSV export. People already known by an email are "
            "left out; each organisation becomes a partner."
        ),
    )
    add_db(p)
    p.add_argument("file", metavar="FILE.vcf|FILE.csv")
    p.add_argument("--dry-run", action="store_true", help="only report what would happen")
    p.set_defaults(func=cmd_import_contacts)


def add_contact_export_command(export_subparsers: Subcommands) -> None:
    """Add ``contacts`` under ``stemlead export`` (optional: not in the design's list yet)."""
    p = export_subparsers.add_parser(
        "contacts",
        help="partner contacts as vCard 3.0 (.vcf) or CSV (.csv)",
        description="Write contacts to a vCard or CSV file; the file name's ending decides.",
    )
    add_db(p)
    p.add_argument("-o", "--output", required=True, metavar="FILE.vcf|FILE.csv")
    p.add_argument("--partner", type=int, metavar="ID", help="only this partner's contacts")
    p.set_defaults(func=cmd_export_contacts)


def cmd_import_contacts(args: argparse.Namespace) -> int:
    from stemlead.cli.imports import import_file
    from stemlead.core import contact_import

    return import_file(args, contact_import)


def cmd_export_contacts(args: argparse.Namespace) -> int:
    from stemlead.core import contact_export, partners

    with open_db(args, "read") as db:
        if args.partner is not None:
            partners.get(db, args.partner)  # a clear "There is no partner with id N."
        count = contact_export.export(db, Path(args.output), partner_id=args.partner)
    print(f"Exported {count} contact(s) to {args.output}.")
    return 0
