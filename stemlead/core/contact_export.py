"""Exporting contacts for other programs: vCard 3.0 for address books and phones
(:mod:`vcard`), CSV for spreadsheets and mail merges (:mod:`contacts_csv`). Both read back
through :mod:`contact_import` unchanged."""

from __future__ import annotations

from pathlib import Path

from stemlead.core import contacts_csv, records, vcard
from stemlead.core.contacts import Contact
from stemlead.errors import ExportFailed
from stemlead.store import Database, output_file


def contacts_to_export(db: Database, *, partner_id: int | None = None) -> list[tuple[Contact, str]]:
    """Every contact (or one partner's) by name, with its partner's name."""
    where, params = ("t.partner_id = ?", [partner_id]) if partner_id is not None else ("", [])
    people = records.select(db, Contact, where, params, order="t.name COLLATE NOCASE, t.id")
    names: dict[int, str] = {r[0]: r[1] for r in db.query("SELECT id, name FROM partners")}
    return [(c, names.get(c.partner_id, "") if c.partner_id else "") for c in people]


def export(db: Database, path: Path, *, partner_id: int | None = None) -> int:
    """Write the contacts to ``path``: vCard for ``.vcf``/``.vcard``, CSV for ``.csv``.
    Returns how many were written; on failure no file (or half a file) is left."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (*vcard.SUFFIXES, ".csv"):
        raise ExportFailed(f"Name the file .vcf (vCard) or .csv (spreadsheet), not '{path.name}'.")
    rows = contacts_to_export(db, partner_id=partner_id)
    if suffix == ".csv":  # with a byte-order mark, so Excel reads it as UTF-8
        data = b"\xef\xbb\xbf" + contacts_csv.write(rows).encode("utf-8")
    else:
        data = vcard.write(rows).encode("utf-8")
    output_file.write(path, data, database=db.path)
    return len(rows)
