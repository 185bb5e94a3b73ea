"""Exporting contacts as vCard and CSV, and reading them back without loss."""

from __future__ import annotations

import codecs
import csv
import io
from pathlib import Path

import pytest
import vobject

from stemlead.core import contact_export, contact_import, contacts, contacts_csv, partners
from stemlead.store import Database, open_database

SAMPLES = Path(__file__).parent / "fixtures" / "contacts"
LONG_NOTE = (
    "Ideas for the spring fair; ask about kits, sensors and “mentors”. " * 6
).strip()  # imports trim the ends of a cell


def fill(db: Database) -> None:
    for name in ("google.vcf", "apple.vcf", "outlook40.vcf", "outlook21.vcf"):
        contact_import.apply(db, contact_import.plan(db, SAMPLES / name))
    acme = partners.find_by_name(db, "Acme")
    assert acme is not None
    contacts.add(
        db,
        name="Tricky <Name> & Co",
        partner_id=acme.id,
        role="Lead; “AT&T” liaison",
        emails=[f"t{n}@acme.example" for n in range(5)],
        phones=["+1 555 0100", "-1 (formula?)", "555 0101", "555 0102"],
        notes='=HYPERLINK("http://x")\nback\\slash, comma; semi\n\n' + LONG_NOTE,
    )
    contacts.add(db, name="No Partner Person", emails=["solo@example.org"])


def snapshot(db: Database) -> list[tuple[object, ...]]:
    rows = []
    for c in contacts.list_contacts(db):
        full = contacts.get(db, c.id)
        rows.append((full.name, full.role, full.emails, full.phones, full.notes, c.partner))
    return sorted(rows, key=repr)


@pytest.mark.parametrize("suffix", [".vcf", ".csv"])
def test_export_then_import_gives_the_same_contacts(
    db: Database, tmp_path: Path, suffix: str
) -> None:
    fill(db)
    path = tmp_path / f"contacts{suffix}"
    assert contact_export.export(db, path) == 10
    with open_database(tmp_path / "fresh.db") as fresh:
        plan = contact_import.plan(fresh, path)
        assert [r.status for r in plan.rows] == ["new"] * 10
        contact_import.apply(fresh, plan)
        assert snapshot(fresh) == snapshot(db)


def test_vcard_is_3_0_utf8_crlf_folded_and_readable_by_vobject(
    db: Database, tmp_path: Path
) -> None:
    fill(db)
    path = tmp_path / "all.vcf"
    contact_export.export(db, path)
    data = path.read_bytes()
    assert not data.startswith(codecs.BOM_UTF8)
    assert b"\n" not in data.replace(b"\r\n", b"")  # CRLF only
    assert all(len(line) <= 75 for line in data.split(b"\r\n"))
    text = data.decode("utf-8")  # folding never split a character
    cards = list(vobject.readComponents(text))
    assert len(cards) == 10
    assert {c.version.value for c in cards} == {"3.0"}
    names = {c.fn.value for c in cards}
    assert {"王小明", "ليلى حداد", "Олена Коваленко", "Tricky <Name> & Co"} <= names
    ana = next(c for c in cards if c.fn.value == "Ana Okafor")
    assert ana.org.value == ["Acme"]
    assert [e.value for e in ana.contents["email"]] == [
        "ana.okafor@acme.example",
        "aokafor@gmail.com",
    ]
    assert ana.n.value.family == "Okafor" and ana.n.value.given == "Ana"


def test_csv_opens_in_excel_and_is_safe_there(db: Database, tmp_path: Path) -> None:
    fill(db)
    path = tmp_path / "all.csv"
    contact_export.export(db, path)
    data = path.read_bytes()
    assert data.startswith(codecs.BOM_UTF8)
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert list(rows[0]) == list(contacts_csv.HEADINGS)
    tricky = next(r for r in rows if r["First Name"] == "Tricky <Name> &")
    assert tricky["Notes"].startswith("'=HYPERLINK")  # not run as a formula
    assert tricky["Business Phone"] == "+1 555 0100"  # a phone number stays as it is
    assert tricky["Business Phone 2"] == "'-1 (formula?)"
    assert tricky["Other Phone"] == "555 0101; 555 0102"
    assert tricky["E-mail 3 Address"] == "t2@acme.example; t3@acme.example; t4@acme.example"
    wang = next(r for r in rows if r["Company"] == "深圳科技馆")
    assert (wang["First Name"], wang["Last Name"]) == ("王小明", "")


def test_one_partners_contacts(db: Database, tmp_path: Path) -> None:
    fill(db)
    school = partners.find_by_name(db, "Escuela de Ciencias")
    assert school is not None
    path = tmp_path / "escuela.vcf"
    assert contact_export.export(db, path, partner_id=school.id) == 2
    text = path.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 2 and "José Núñez" in text


def test_a_refused_export_leaves_no_file(db: Database, tmp_path: Path) -> None:
    fill(db)
    with pytest.raises(contact_export.ExportFailed, match=r"\.vcf \(vCard\) or \.csv"):
        contact_export.export(db, tmp_path / "contacts.xlsx")
    with pytest.raises(contact_export.ExportFailed, match=r"folder .* does not exist"):
        contact_export.export(db, tmp_path / "missing" / "contacts.vcf")
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("stemlead")) == []


def test_csv_round_trip_keeps_a_value_that_begins_with_an_apostrophe(
    db: Database, tmp_path: Path
) -> None:
    values = {
        "role": "'=1+1",  # typed with the apostrophe, as a spreadsheet user would
        "notes": "'+1 555 0100 is the front desk",
    }
    contacts.add(db, name="Quote Person", emails=["q@example.org"], **values)
    contacts.add(db, name="Plain Quote", role="'tis the season", notes="''=double")
    path = tmp_path / "quotes.csv"
    contact_export.export(db, path)
    with open_database(tmp_path / "fresh.db") as fresh:
        contact_import.apply(fresh, contact_import.plan(fresh, path))
        assert snapshot(fresh) == snapshot(db)


def _with_a_bare_cr(db: Database, tmp_path: Path) -> Database:
    """A contact whose text holds a lone CR, as an older version's import let through (a
    JSON import now turns it into a line break: see test_exchange_values)."""
    fresh = open_database(tmp_path / "with-cr.db")
    contact = contacts.add(fresh, name="Carriage Return", role="Lead", notes="first")
    fresh.conn.execute(
        "UPDATE contacts SET name = ?, role = ?, notes = ? WHERE id = ?",
        ("Carriage\rRet", "Lead\rof kits", "first\rsecond", contact),
    )
    assert "\r" in contacts.get(fresh, contact).notes
    return fresh


def test_a_bare_cr_never_breaks_a_vcard_line(db: Database, tmp_path: Path) -> None:
    with _with_a_bare_cr(db, tmp_path) as source:
        path = tmp_path / "cr.vcf"
        contact_export.export(source, path)
        data = path.read_bytes()
        assert b"\r" not in data.replace(b"\r\n", b"")  # CRLF ends lines, nothing else
        assert b"\n" not in data.replace(b"\r\n", b"")
        [card] = list(vobject.readComponents(data.decode("utf-8")))
        assert (card.fn.value, card.title.value) == ("Carriage\nRet", "Lead\nof kits")
        with open_database(tmp_path / "fresh.db") as fresh:
            contact_import.apply(fresh, contact_import.plan(fresh, path))
            [back] = contacts.list_contacts(fresh)
            full = contacts.get(fresh, back.id)
            assert full.notes == "first\nsecond"
            assert full.role == "Lead of kits"


def test_a_bare_cr_stays_inside_its_csv_cell(db: Database, tmp_path: Path) -> None:
    with _with_a_bare_cr(db, tmp_path) as source:
        path = tmp_path / "cr.csv"
        contact_export.export(source, path)
        text = path.read_bytes().decode("utf-8-sig")
        rows = list(csv.reader(io.StringIO(text, newline="")))
        assert len(rows) == 2 and rows[1][-1] == "first\rsecond"
        with open_database(tmp_path / "fresh.db") as fresh:
            contact_import.apply(fresh, contact_import.plan(fresh, path))
            [back] = contacts.list_contacts(fresh)
            assert contacts.get(fresh, back.id).notes == "first\nsecond"
