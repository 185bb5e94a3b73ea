"""Importing teachers from the roster a school office or a spreadsheet gives the coach.

Reading and writing are separate steps: :func:`plan` reads the file and says, row by row,
what would be imported and what would be skipped and why (the GUI shows this as a
preview); :func:`apply` writes the plan in one transaction, all or nothing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from stemlead.core import records
from stemlead.core.changes import Kind, changes
from stemlead.core.progress import Progress
from stemlead.core.table_files import header_key, read_table
from stemlead.core.teachers import Teacher
from stemlead.errors import ImportFailed, InvalidInput
from stemlead.store import Database

# Loose heading -> teacher field. Keys are header_key() forms.
_HEADINGS = {
    "name": "name",
    "fullname": "name",
    "teacher": "name",
    "teachername": "name",
    "displayname": "name",
    "firstname": "first",
    "first": "first",
    "givenname": "first",
    "forename": "first",
    "lastname": "last",
    "last": "last",
    "surname": "last",
    "familyname": "last",
    "email": "email",
    "emailaddress": "email",
    "mail": "email",
    "workemail": "email",
    "school": "school",
    "schoolname": "school",
    "building": "school",
    "campus": "school",
    "site": "school",
    "grade": "grade_band",
    "grades": "grade_band",
    "gradeband": "grade_band",
    "gradelevel": "grade_band",
    "gradelevels": "grade_band",
    "gradestaught": "grade_band",
    "subject": "subjects",
    "subjects": "subjects",
    "contentarea": "subjects",
    "contentareas": "subjects",
    "course": "subjects",
    "courses": "subjects",
    "growthareas": "growth_areas",
    "growthgoals": "growth_areas",
    "goals": "growth_areas",
    "strengths": "strengths",
    "maybenamed": "may_be_named",
    "agreestobenamed": "may_be_named",
    "consenttoname": "may_be_named",
    "named": "may_be_named",
}


@dataclass
class PlannedRow:
    line: int
    values: dict[str, Any]
    skip_reason: str = ""

    @property
    def name(self) -> str:
        return str(self.values.get("name", ""))


@dataclass
class ImportPlan:
    source: str
    encoding: str
    delimiter: str
    columns: dict[str, str]  # heading in the file -> what it fills
    ignored_columns: list[str]
    rows: list[PlannedRow] = field(default_factory=list)

    @property
    def to_add(self) -> list[PlannedRow]:
        return [r for r in self.rows if not r.skip_reason]

    @property
    def skipped(self) -> list[PlannedRow]:
        return [r for r in self.rows if r.skip_reason]


def grade_band(text: str) -> str:
    """'5', 'Grade 5', '5th' -> '3-5'; 'K' -> 'PreK-2'; ranges and other text kept as typed."""
    cleaned = text.strip()
    single = re.fullmatch(
        r"(?i)(?:grade\s*)?(k|pre-?k|tk|\d{1,2})(?:st|nd|rd|th)?(?:\s*grade)?", cleaned
    )
    if not single:
        return cleaned
    token = single.group(1).lower()
    if not token.isdigit():
        return "PreK-2"
    number = int(token)
    for band, top in (("PreK-2", 2), ("3-5", 5), ("6-8", 8), ("9-12", 12)):
        if number <= top:
            return band
    return cleaned


def plan(db: Database, path: Path, *, progress: Progress | None = None) -> ImportPlan:
    """Read ``path`` and decide each row; nothing is written. ``progress`` is told how
    far into the file the planning has got, and may raise to stop it."""
    table = read_table(path, progress)
    columns: dict[str, str] = {}
    ignored: list[str] = []
    index: dict[str, int] = {}
    for position, heading in enumerate(table.header):
        target = _HEADINGS.get(header_key(heading))
        if target and target not in index:
            index[target] = position
            columns[heading] = target
        elif heading:
            ignored.append(heading)
    if "name" not in index and not ("first" in index or "last" in index):
        found = ", ".join(h for h in table.header if h) or "no headings"
        raise ImportFailed(
            f"{path.name} has no Name column (or First Name and Last Name); its headings are: "
            f"{found}."
        )
    result = ImportPlan(path.name, table.encoding, table.delimiter, columns, ignored)
    existing = {r[0].lower() for r in db.query("SELECT email FROM teachers WHERE email <> ''")}
    seen_emails: dict[str, int] = {}
    for line, cells in table.rows:

        def cell(key: str, cells: list[str] = cells) -> str:
            pos = index.get(key)
            return cells[pos] if pos is not None and pos < len(cells) else ""

        name = cell("name") or " ".join(p for p in (cell("first"), cell("last")) if p)
        values: dict[str, Any] = {"name": name}
        for key in ("email", "school", "subjects", "growth_areas", "strengths", "may_be_named"):
            if key in index:
                values[key] = cell(key)
        if "grade_band" in index:
            values["grade_band"] = grade_band(cell("grade_band"))
        row = PlannedRow(line, values)
        result.rows.append(row)
        email = str(values.get("email", "")).strip().lower()
        if not name.strip():
            row.skip_reason = "no name"
        elif email and email in existing:
            row.skip_reason = f"{values['email']} is already in STEM Lead"
        elif email and email in seen_emails:
            row.skip_reason = f"same email as line {seen_emails[email]}"
        else:
            try:
                records.validated(db, Teacher, values)
            except InvalidInput as exc:
                row.skip_reason = str(exc).rstrip(".")
        if email and not row.skip_reason:
            seen_emails[email] = line
    return result


@changes(Kind.TEACHER)
def apply(db: Database, import_plan: ImportPlan) -> list[int]:
    """Insert every row the plan would add, in one transaction; return the new ids."""
    with db.transaction():
        return [records.insert(db, Teacher, row.values) for row in import_plan.to_add]


def summary(import_plan: ImportPlan, *, applied: bool) -> str:
    """One sentence: how many teachers, from which file, read how."""
    verb = "Imported" if applied else "Would import"
    return (
        f"{verb} {len(import_plan.to_add)} teacher(s) from {import_plan.source}"
        f" ({import_plan.encoding}, {import_plan.delimiter}-separated)."
    )


def report(import_plan: ImportPlan, *, applied: bool) -> str:
    """A short plain-text account of an import, for the command line."""
    lines = [summary(import_plan, applied=applied)]
    if import_plan.ignored_columns:
        lines.append("Columns not used: " + ", ".join(import_plan.ignored_columns) + ".")
    if import_plan.skipped:
        lines.append(f"Skipped {len(import_plan.skipped)}:")
        lines += [
            f"  line {r.line}: {r.name or '(no name)'} — {r.skip_reason}"
            for r in import_plan.skipped
        ]
    return "\n".join(lines)
