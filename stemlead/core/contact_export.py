"""Exporting contacts for other programs: vCard for address books and phones, CSV for
spreadsheets and mail merges. Both read back through :mod:`contact_import` unchanged.

vCard 3.0 rather than 4.0: Google Contacts, Apple Contacts, Outlook and phones all import
3.0, while 4.0 is still read badly by some of them (Outlook for Windows and older phones
ignore or mangle it). 3.0 written as UTF-8 carries every script and emoji, which is all
4.0 would add for the fields STEM Lead keeps.

CSV uses Outlook's headings (which Google Contacts also understands), UTF-8 with a
byte-order mark so Excel shows accents and non-Latin names correctly, and an apostrophe in
front of any cell Excel would otherwise run as a formula (``=``, ``@``, or ``+``/``-``
that is not a phone number), and in front of a value that itself starts that way after
an apostrophe; the importer takes one apostrophe off again, so the round trip is exact.
"""

from __future__ import annotations

import csv
import io
import re
import uuid
from datetime import UTC, datetime
from pathlib import Path

from stemlead.core import records
from stemlead.core.contacts import Contact
from stemlead.core.table_files import looks_guarded
from stemlead.errors import ExportFailed
from stemlead.store import Database, output_file

CSV_HEADINGS = (
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
FOLD_OCTETS = 75
_PHONE_LIKE = re.compile(r"[+\-][\d\s().\-/]*(?:\s*(?:ext\.?|x)\s*\d+)?")


def contacts_to_export(db: Database, *, partner_id: int | None = None) -> list[tuple[Contact, str]]:
    """Every contact (or one partner's) by name, with its partner's name."""
    where, params = ("t.partner_id = ?", [partner_id]) if partner_id is not None else ("", [])
    people = records.select(db, Contact, where, params, order="t.name COLLATE NOCASE, t.id")
    names: dict[int, str] = {r[0]: r[1] for r in db.query("SELECT id, name FROM partners")}
    return [(c, names.get(c.partner_id, "") if c.partner_id else "") for c in people]


# -- vCard -----------------------------------------------------------------------------------


def _vcard(rows: list[tuple[Contact, str]]) -> str:
    """The contacts as one vCard 3.0 file's text (CRLF line ends, folded at 75 octets)."""
    return "".join(_card(contact, partner) for contact, partner in rows)


def _escape(text: str) -> str:
    """A vCard text value: every line break (CRLF, LF or a lone CR, which text loaded from
    a JSON file can hold) becomes ``\\n``, so a value never ends its content line early."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.replace("\\", "\\\\").replace("\n", "\\n").replace(",", "\\,").replace(";", "\\;")


def _fold(line: str) -> str:
    """Fold a content line at 75 octets without splitting a UTF-8 character."""
    parts: list[str] = []
    current: list[str] = []
    size = 0
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > FOLD_OCTETS:
            parts.append("".join(current))
            current, size = [" "], 1
        current.append(char)
        size += octets
    parts.append("".join(current))
    return "\r\n".join(parts) + "\r\n"


def split_name(name: str) -> tuple[str, str]:
    """(given, family) for headings that want two parts: the family name is the last word,
    except in CJK names, which stay whole (their family name comes first)."""
    if " " not in name or re.search(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]", name):
        return name, ""
    given, family = name.rsplit(" ", 1)
    return given, family


def _card(contact: Contact, partner: str) -> str:
    given, family = split_name(contact.name)
    stamp = uuid.uuid5(uuid.NAMESPACE_URL, f"stemlead:contact:{contact.id}:{contact.created_at}")
    lines = [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "PRODID:-//STEM Lead//Contacts//EN",
        f"UID:urn:uuid:{stamp}",
        f"FN:{_escape(contact.name)}",
        f"N:{_escape(family)};{_escape(given)};;;",
    ]
    if partner:
        lines.append(f"ORG:{_escape(partner)}")
    if contact.role:
        lines.append(f"TITLE:{_escape(contact.role)}")
    for n, email in enumerate(contact.emails):
        lines.append(f"EMAIL;TYPE=INTERNET{',PREF' if n == 0 else ''}:{_escape(email)}")
    for n, phone in enumerate(contact.phones):
        lines.append(f"TEL;TYPE=VOICE{',PREF' if n == 0 else ''}:{_escape(phone)}")
    if contact.notes:
        lines.append(f"NOTE:{_escape(contact.notes)}")
    if contact.updated_at:
        moment = datetime.fromisoformat(contact.updated_at).astimezone(UTC)
        lines.append(f"REV:{moment.strftime('%Y%m%dT%H%M%SZ')}")
    lines.append("END:VCARD")
    return "".join(_fold(line) for line in lines)


# -- CSV -------------------------------------------------------------------------------------


def _csv(rows: list[tuple[Contact, str]]) -> str:
    """The contacts as CSV text with Outlook's headings (without the byte-order mark)."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADINGS)
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


# -- files -----------------------------------------------------------------------------------


def export(db: Database, path: Path, *, partner_id: int | None = None) -> int:
    """Write the contacts to ``path``: vCard for ``.vcf``/``.vcard``, CSV for ``.csv``.
    Returns how many were written; on failure no file (or half a file) is left."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".vcf", ".vcard", ".csv"):
        raise ExportFailed(f"Name the file .vcf (vCard) or .csv (spreadsheet), not '{path.name}'.")
    rows = contacts_to_export(db, partner_id=partner_id)
    if suffix == ".csv":
        data = b"\xef\xbb\xbf" + _csv(rows).encode("utf-8")
    else:
        data = _vcard(rows).encode("utf-8")
    output_file.write(path, data, database=db.path)
    return len(rows)
