"""Contacts CSV files: reading Google Contacts and Outlook exports (and any spreadsheet
with a Name column) into plain :class:`~stemlead.core.contacts.Card` values, and writing
one with Outlook's headings.

Reading matches headings loosely (``E-mail 2 Address``, ``Email 1 - Value``, ``Organization
1 - Name``), takes several emails or phones from one cell (Google's `` ::: ``), and keeps
Outlook's ``Title`` (Mr., Dr.) for the role only when there is no ``Job Title``.

Writing uses Outlook's headings (which Google Contacts also understands), UTF-8 with a
byte-order mark (added by the caller) so Excel shows accents and non-Latin names correctly,
and an apostrophe in front of any cell Excel would otherwise run as a formula (``=``,
``@``, or ``+``/``-`` that is not a phone number), and in front of a value that itself
starts that way after an apostrophe; reading takes one apostrophe off again, so the round
trip is exact.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

from stemlead.core.contacts import Card, Contact, is_cjk, split_name
from stemlead.core.import_plan import Reading
from stemlead.core.progress import Progress
from stemlead.core.table_files import header_key, looks_guarded, read_table, unguard
from stemlead.errors import ImportFailed

# -- reading ---------------------------------------------------------------------------------

_NAME = {"name", "fullname", "displayname", "contactname", "contact", "person"}
_FIRST = {"firstname", "givenname", "first", "forename"}
_MIDDLE = {"middlename", "additionalname"}
_LAST = {"lastname", "familyname", "surname", "last"}
_ORG = {
    "company",
    "companyname",
    "organization",
    "organisation",
    "organizationname",
    "organisationname",
    "organization1name",
    "org",
    "employer",
    "partner",
}
_DEPARTMENT = {"department", "organizationdepartment", "organization1department"}
_JOB = {"jobtitle", "organizationtitle", "organization1title", "role", "position"}
_NOTES = {"notes", "note", "comments"}
_EMAIL = re.compile(r"(?:work|home|other|business|personal|primary)?e?mail\d*(?:address|value)?\d*")
_PHONE = re.compile(
    r"(?:(?:business|home|mobile|cell|work|other|primary|car|companymain|main|radio|callback)?"
    r"(?:phone|telephone|tel)\d*(?:value)?\d*|mobile|cell)"
)


def _csv_target(key: str, has_job_title: bool) -> str | None:
    for target, keys in (
        ("name", _NAME),
        ("first", _FIRST),
        ("middle", _MIDDLE),
        ("last", _LAST),
        ("organisation", _ORG),
        ("department", _DEPARTMENT),
        ("role", _JOB),
        ("notes", _NOTES),
    ):
        if key in keys:
            return target
    if key == "title" and not has_job_title:  # Outlook's "Title" is Mr./Dr.
        return "role"
    if _EMAIL.fullmatch(key):
        return "emails"
    if _PHONE.fullmatch(key):
        return "phones"
    return None


def read(path: Path, reading: Reading, progress: Progress | None = None) -> Iterator[Card]:
    """Each person in the contacts CSV at ``path``, a row at a time; ``reading`` is told
    the file's shape, encoding, delimiter and the columns not kept before the first row."""
    table = read_table(path, progress)
    keys = [header_key(h) for h in table.header]
    has_job_title = any(k in _JOB for k in keys)
    columns: dict[str, list[int]] = {}
    ignored = []
    for position, (heading, key) in enumerate(zip(table.header, keys, strict=True)):
        target = _csv_target(key, has_job_title)
        if target is None:
            if heading:
                ignored.append(heading)
        elif target in ("emails", "phones") or target not in columns:
            columns.setdefault(target, []).append(position)
        else:
            ignored.append(heading)
    if "name" not in columns and "first" not in columns and "last" not in columns:
        found = ", ".join(h for h in table.header if h) or "no headings"
        raise ImportFailed(
            f"{path.name} has no Name column (or First Name and Last Name), so it is not a "
            f"contacts export; its headings are: {found}."
        )
    reading.shape, reading.not_imported = _csv_shape(keys), ignored
    reading.encoding, reading.delimiter = table.encoding, table.delimiter
    for line, cells in table.rows:

        def cell(target: str, cells: list[str] = cells) -> list[str]:
            return [
                unguard(cells[i]) for i in columns.get(target, []) if i < len(cells) and cells[i]
            ]

        def first(target: str) -> str:
            found = cell(target)
            return found[0] if found else ""

        name = first("name") or _join_name(first("first"), first("middle"), first("last"))
        role = ", ".join(p for p in (first("role"), first("department")) if p)
        yield Card(
            line,
            name=" ".join(name.split()),
            role=role,
            emails=[e for c in cell("emails") for e in re.split(r"\s*(?::::|;|,)\s*", c)],
            phones=[p for c in cell("phones") for p in re.split(r"\s*(?::::|;)\s*", c)],
            notes=first("notes"),
            organisation=first("organisation"),
        )


def _join_name(given: str, middle: str, family: str) -> str:
    if given and family and not middle and is_cjk(family + given):
        return family + given  # 王 + 小明 -> 王小明
    return " ".join(p for p in (given, middle, family) if p)


def _csv_shape(keys: list[str]) -> str:
    if "email1value" in keys or "organization1name" in keys or "organizationname" in keys:
        return "Google Contacts CSV"
    if "emailaddress" in keys and ("businessphone" in keys or "email2address" in keys):
        return "Outlook CSV"
    return "CSV"


# -- writing ---------------------------------------------------------------------------------

HEADINGS = (
    "First Name",
    "Last Name",
    "Company",
    "Job Title",
    "E-mail Address",
    "E-mail 2 Address",
    "E-mail 3 Address",
    "Business Phone",
    "Business Phone 2",
    "Other Phone",
    "Notes",
)
_PHONE_LIKE = re.compile(r"[+\-][\d\s().\-/]*(?:\s*(?:ext\.?|x)\s*\d+)?")


def write(rows: Iterable[tuple[Contact, str]]) -> str:
    """Contacts, each with its partner's name, as CSV text with Outlook's headings."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADINGS)
    for contact, partner in rows:
        given, family = split_name(contact.name)
        emails = _spread(contact.emails, 3)
        phones = _spread(contact.phones, 3)
        row = [given, family, partner, contact.role, *emails, *phones, contact.notes]
        writer.writerow([_guard(cell) for cell in row])
    return out.getvalue()


def _spread(values: list[str], columns: int) -> list[str]:
    """Fill ``columns`` cells; anything beyond goes into the last, separated by '; '."""
    cells = [*values[: columns - 1], "; ".join(values[columns - 1 :])]
    return cells + [""] * (columns - len(cells))


def _guard(cell: str) -> str:
    """An apostrophe before a cell Excel would run as a formula, and before a cell that
    already looks guarded (``'=1+1`` typed as it is), so the importer's
    :func:`~stemlead.core.table_files.unguard` gives back exactly what was stored."""
    risky = cell[:1] in ("=", "@", "\t", "\r") or (
        cell[:1] in ("+", "-") and not _PHONE_LIKE.fullmatch(cell)
    )
    if risky or looks_guarded(cell):
        return "'" + cell
    return cell
