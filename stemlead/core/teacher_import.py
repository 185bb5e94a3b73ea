"""Importing teachers from the roster a school office or a spreadsheet gives the coach.

Reading and writing are separate steps (:mod:`import_plan`): :func:`plan` reads the file
and says, row by row, what would be imported, what is a duplicate (an email already in
STEM Lead or earlier in the file) and what would be skipped, and why (the import dialog
shows this as a preview); :func:`apply` writes the plan in one transaction, all or nothing.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from stemlead.core import records
from stemlead.core.changes import Kind, changes
from stemlead.core.import_plan import DUPLICATE, SKIPPED, ImportPlan, PlannedRow
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


def plan(db: Database, path: Path, *, progress: Progress | None = None) -> ImportPlan[PlannedRow]:
    """Read ``path`` and decide each row; nothing is written. ``progress`` is told how
    far into the file the planning has got, and may raise to stop it."""
    table = read_table(path, progress)
    ignored: list[str] = []
    index: dict[str, int] = {}
    for position, heading in enumerate(table.header):
        target = _HEADINGS.get(header_key(heading))
        if target and target not in index:
            index[target] = position
        elif heading:
            ignored.append(heading)
    if "name" not in index and not ("first" in index or "last" in index):
        found = ", ".join(h for h in table.header if h) or "no headings"
        raise ImportFailed(
            f"{path.name} has no Name column (or First Name and Last Name); its headings are: "
            f"{found}."
        )
    result: ImportPlan[PlannedRow] = ImportPlan(
        noun="teacher",
        source=path.name,
        encoding=table.encoding,
        delimiter=table.delimiter,
        not_imported=ignored,
    )
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
            row.status, row.reason = SKIPPED, "no name"
        elif email and email in existing:
            row.status, row.reason = DUPLICATE, f"{values['email']} is already in STEM Lead"
        elif email and email in seen_emails:
            row.status, row.reason = DUPLICATE, f"same email as line {seen_emails[email]}"
        else:
            try:
                records.validated(db, Teacher, values)
            except InvalidInput as exc:
                row.status, row.reason = SKIPPED, str(exc).rstrip(".")
        if email and not row.reason:
            seen_emails[email] = line
    return result


@changes(Kind.TEACHER)
def apply(db: Database, import_plan: ImportPlan[PlannedRow]) -> list[int]:
    """Insert every new row of the plan, in one transaction; return the new ids."""
    with db.transaction():
        return [records.insert(db, Teacher, row.values) for row in import_plan.new]
