"""The documentation keeps up with the code it describes."""

from __future__ import annotations

import re
from pathlib import Path

from stemlead.cli.lists import LISTINGS
from stemlead.core import exchange
from stemlead.store import Database

DOCS = Path(__file__).parents[1] / "docs"


def test_schema_doc_describes_every_table(db: Database) -> None:
    text = (DOCS / "schema.md").read_text(encoding="utf-8")
    missing = [t for t in exchange.data_tables(db) if f"**{t}**" not in text]
    assert missing == []


def test_cli_doc_describes_every_list_kind_and_its_fields(db: Database) -> None:
    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    for kind in LISTINGS:
        assert f"| {kind} |" in text, kind


def test_cli_doc_describes_every_command() -> None:
    from stemlead.cli import build_parser

    text = (DOCS / "cli.md").read_text(encoding="utf-8")
    missing = []
    for name, sub in _subcommands(build_parser()):
        nested = [f"{name} {inner}" for inner, _ in _subcommands(sub)]
        missing += [n for n in nested or [name] if not re.search(rf"`{n}[ `]", text)]
    assert missing == []


def _subcommands(parser: object) -> list[tuple[str, object]]:
    return [
        (name, sub)
        for action in getattr(parser, "_actions", [])
        if action.__class__.__name__ == "_SubParsersAction"
        for name, sub in action.choices.items()
    ]
