"""What an import would do, row by row, before anything is written: one shape for teacher
rosters and contacts alike.

Every import has two steps. ``plan`` reads the file and decides each row — new, a
duplicate of someone already known (or earlier in the file), or skipped, with the reason —
and writes nothing; the command line prints the plan's :meth:`ImportPlan.report`, the
import dialog shows its rows. ``apply`` then writes the new rows in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Generic, TypeVar

NEW, DUPLICATE, SKIPPED = "new", "duplicate", "skipped"
_SEPARATED = {",": "comma", ";": "semicolon", "tab": "tab"}


@dataclass
class Reading:
    """What reading a file found out about it (filled in by the readers as they go)."""

    shape: str = ""  # "vCard 3.0", "Google Contacts CSV", … ("" when there is nothing to say)
    encoding: str = ""  # "UTF-8", "UTF-16", "Windows-1252"
    delimiter: str = ""  # ",", ";" or "tab" for a CSV file, "" for a vCard
    not_imported: list[str] = field(default_factory=list)  # columns or vCard properties

    def read_as(self) -> str:
        """How the file was read, in words: ``Outlook CSV, UTF-8, comma-separated``."""
        separated = f"{_SEPARATED.get(self.delimiter, self.delimiter)}-separated"
        return ", ".join(p for p in (self.shape, self.encoding, self.delimiter and separated) if p)


@dataclass
class PlannedRow:
    line: int  # where the row (or card) starts in the file
    values: dict[str, Any]  # what would be stored
    status: str = NEW  # NEW, DUPLICATE or SKIPPED
    reason: str = ""  # why a duplicate or skipped row is left out

    @property
    def name(self) -> str:
        return str(self.values.get("name", ""))


Row = TypeVar("Row", bound=PlannedRow)


@dataclass
class ImportPlan(Reading, Generic[Row]):
    noun: str = "row"  # what a new row becomes: "teacher", "contact"
    source: str = ""  # the file's name
    rows: list[Row] = field(default_factory=list)

    @property
    def new(self) -> list[Row]:
        return [r for r in self.rows if r.status == NEW]

    @property
    def duplicates(self) -> list[Row]:
        return [r for r in self.rows if r.status == DUPLICATE]

    @property
    def skipped(self) -> list[Row]:
        return [r for r in self.rows if r.status == SKIPPED]

    def headline(self, *, applied: bool = False) -> list[str]:
        """What the import adds, a sentence a line: how many from which file read how, then
        anything else it adds (the dialog shows these above the rows)."""
        verb = "Imported" if applied else "Would import"
        first = f"{verb} {len(self.new)} {self.noun}(s) from {self.source} ({self.read_as()})."
        return [first, *self.also_added(applied=applied)]

    def also_added(self, *, applied: bool) -> list[str]:
        """Sentences about what else the import adds; a kind's plan may say (partners)."""
        return []

    def report(self, *, applied: bool = False) -> str:
        """A short plain-text account of an import, for the command line."""
        lines = self.headline(applied=applied)
        for title, rows in (
            ("Duplicates, not imported", self.duplicates),
            ("Skipped", self.skipped),
        ):
            if rows:
                lines.append(f"{title}: {len(rows)}")
                lines += [f"  line {r.line}: {r.name or '(no name)'} — {r.reason}" for r in rows]
        if self.not_imported:
            lines.append(self.not_imported_text())
        return "\n".join(lines)

    def not_imported_text(self) -> str:
        return "Not imported from the file: " + ", ".join(self.not_imported) + "."
