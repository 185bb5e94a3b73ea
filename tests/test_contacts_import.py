"""Importing contacts from the vCard and CSV files Google, Apple and Outlook really write."""

from __future__ import annotations

import argparse
import codecs
import shutil
from pathlib import Path

import pytest

from stemlead.cli.contacts import add_contact_commands
from stemlead.core import contact_import, contacts, partners
from stemlead.core.import_plan import DUPLICATE, NEW, SKIPPED
from stemlead.errors import ImportFailed
from stemlead.store import Database, open_database
from tests.conftest import sha256

SAMPLES = Path(__file__).parent / "fixtures" / "contacts"


def imported(db: Database, name: str, **kwargs: int) -> contact_import.ContactImportPlan:
    plan = contact_import.plan(db, SAMPLES / name, **kwargs)
    contact_import.apply(db, plan)
    return plan


def people(db: Database) -> dict[str, contacts.Contact]:
    return {c.name: contacts.get(db, c.id) for c in contacts.list_contacts(db)}


def partner_of(db: Database, contact: contacts.Contact) -> str:
    return partners.get(db, contact.partner_id).name if contact.partner_id else ""


def test_google_vcard_with_folded_lines_several_emails_and_cyrillic(db: Database) -> None:
    plan = imported(db, "google.vcf")
    assert (plan.shape, plan.encoding) == ("vCard 3.0", "UTF-8")
    assert plan.not_imported == ["addresses", "birthdays", "labels"]
    found = people(db)
    rosa = found["Rosa Díaz"]
    assert rosa.emails == ["rosa.diaz@citysciencemuseum.org", "rosa.d@gmail.com"]
    assert rosa.phones == ["+1 312-555-0134", "(312) 555-0100"]
    assert rosa.role == "Director of Education"
    assert rosa.notes == (
        "Met at the district STEM fair, wants to host a Grade 5 field trip in the spring. Ask "
        "about the traveling engineering kits; they lend them free to Title I schools.\n"
        "Second line of the note."
    )
    assert partner_of(db, rosa) == "City Science Museum"
    olena = found["Олена Коваленко"]
    assert olena.role == "Outreach Coordinator, College of Engineering"  # ORG's department
    assert partner_of(db, olena) == "State University"
    assert found["Marcus Lee"].notes == "Mentor for the robotics club 🤖 — Tuesdays"
    kinds = {p.name: p.kind for p in partners.list_partners(db)}
    assert kinds == {
        "City Science Museum": "museum",
        "State University": "higher_ed",
        "Quasar Robotics": "other",
    }


def test_apple_vcard_groups_labels_department_chinese_name_and_company_card(
    db: Database,
) -> None:
    acme = partners.add(db, name="ACME", kind="industry", status="active")
    plan = imported(db, "apple.vcf")
    assert [r.status for r in plan.rows] == [NEW, NEW, SKIPPED]
    assert plan.rows[2].reason == "a card for an organisation, not a person"
    assert plan.new_partners == ["深圳科技馆"]  # "Acme" matched the existing "ACME"
    assert plan.not_imported == ["photos"]
    found = people(db)
    ana = found["Ana Okafor"]
    assert ana.partner_id == acme
    assert ana.role == "Program Manager, Education Outreach"
    assert ana.emails == ["ana.okafor@acme.example", "aokafor@gmail.com"]
    assert ana.phones == ["+1 (555) 010-2000", "+1 555 010 2001"]
    assert ana.notes == "Loves a good egg-drop challenge 🥚🪂. Prefers email."
    wang = found["王小明"]  # no FN: built from N, family name first, no space
    assert partner_of(db, wang) == "深圳科技馆"


def test_outlook_vcard_4_with_uris_pref_bom_crlf_arabic_and_unescaped_commas(
    db: Database,
) -> None:
    plan = imported(db, "outlook40.vcf")
    assert plan.shape == "vCard 4.0"
    assert plan.rows[1].status == SKIPPED  # KIND:org
    [layla] = people(db).values()
    assert layla.name == "ليلى حداد"
    assert layla.emails == ["layla@greenfuture.example.org", "l.haddad@greenfuture.example.org"]
    assert layla.phones == ["+1-555-555-0150 ext. 12", "+1-555-555-0151"]
    assert layla.role == "Grants officer"
    assert layla.notes == "Funds STEM clubs, up to $5,000 a year. Renewal due each May."
    assert partner_of(db, layla) == "Green Future Foundation"
    assert partners.list_partners(db)[0].kind == "other"


def test_old_outlook_vcard_2_1_quoted_printable_in_a_windows_code_page(db: Database) -> None:
    plan = imported(db, "outlook21.vcf")
    assert (plan.shape, plan.encoding) == ("vCard 2.1", "Windows-1252")
    found = people(db)
    jose = found["José Núñez"]
    assert jose.notes == "Visita el 12 de mayo, con los robots. Trae 20 kits para ñiños."
    assert jose.phones == ["555 010 3301", "(555) 010-3300"]  # PREF first
    assert jose.role == "Coordinador de programas, Programa STEM"
    assert "María García" in found
    assert [p.name for p in partners.list_partners(db)] == ["Escuela de Ciencias"]


def test_lf_line_ends_and_utf16_files(db: Database, tmp_path: Path) -> None:
    text = (SAMPLES / "google.vcf").read_text(encoding="utf-8")
    lf = tmp_path / "lf.vcf"
    lf.write_text(text.replace("\r\n", "\n"), encoding="utf-8", newline="")
    assert len(contact_import.plan(db, lf).new) == 3
    utf16 = tmp_path / "old-mac.vcf"
    utf16.write_bytes(text.encode("utf-16"))
    plan = contact_import.plan(db, utf16)
    assert plan.encoding == "UTF-16" and plan.rows[1].name == "Олена Коваленко"


def test_a_line_folded_inside_a_multibyte_letter(db: Database, tmp_path: Path) -> None:
    name = "Zoë Ñúñez-Øvergård".encode()
    cut = name.index("Ñ".encode()) + 1  # between the two bytes of Ñ
    data = b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + name[:cut] + b"\r\n " + name[cut:]
    path = tmp_path / "folded.vcf"
    path.write_bytes(data + b"\r\nEND:VCARD\r\n")
    assert contact_import.plan(db, path).rows[0].name == "Zoë Ñúñez-Øvergård"


def test_a_vcard_under_another_name_is_still_read(db: Database, tmp_path: Path) -> None:
    path = tmp_path / "contacts.txt"
    shutil.copy(SAMPLES / "google.vcf", path)
    assert contact_import.plan(db, path).shape == "vCard 3.0"


def test_duplicates_by_email_in_the_database_and_earlier_in_the_file(db: Database) -> None:
    contacts.add(db, name="Rosa Díaz", emails=["rosa.diaz@citysciencemuseum.org"])
    plan = contact_import.plan(db, SAMPLES / "duplicates.vcf")
    got = [(r.line, r.name, r.status, r.reason) for r in plan.rows]
    assert got == [
        (1, "Sam Patel", NEW, ""),
        (7, "Samir Patel", DUPLICATE, "same email as line 1 of this file"),
        (14, "Rosa Díaz", DUPLICATE, "same email as “Rosa Díaz”, already in STEM Lead"),
        (19, "", SKIPPED, "no name"),
    ]
    text = plan.report()
    assert (
        text.splitlines()[0] == "Would import 1 contact(s) from duplicates.vcf (vCard 3.0, UTF-8)."
    )
    assert "line 7: Samir Patel — same email as line 1 of this file" in text
    assert "line 19: (no name) — no name" in text
    contact_import.apply(db, plan)
    assert sorted(people(db)) == ["Rosa Díaz", "Sam Patel"]
    again = contact_import.plan(db, SAMPLES / "duplicates.vcf")
    assert [r.status for r in again.rows] == [DUPLICATE, DUPLICATE, DUPLICATE, SKIPPED]
    assert again.new_partners == []  # Northside Makerspace exists now


def test_apply_leaves_out_someone_added_since_the_preview(db: Database) -> None:
    plan = contact_import.plan(db, SAMPLES / "google.vcf")
    partners.add(db, name="City Science Museum")
    contacts.add(db, name="Marcus", emails=["marcus.lee@QUASAR-robotics.com"])
    contact_import.apply(db, plan)
    assert plan.rows[2].status == DUPLICATE
    assert sorted(people(db)) == ["Marcus", "Rosa Díaz", "Олена Коваленко"]
    assert [p.name for p in partners.list_partners(db)].count("City Science Museum") == 1


def test_people_without_an_organisation_go_to_the_chosen_partner(db: Database) -> None:
    museum = partners.add(db, name="Field Museum", kind="museum")
    plan = imported(db, "duplicates.vcf", partner_id=museum)
    rosa = people(db)["Rosa Díaz"]
    assert rosa.partner_id == museum
    assert people(db)["Sam Patel"].partner_id != museum  # it has its own ORG
    assert plan.rows[2].partner == "Field Museum"


def test_too_many_emails_is_skipped_with_the_reason(db: Database, tmp_path: Path) -> None:
    emails = "".join(f"EMAIL:p{n}@x.example\r\n" for n in range(11))
    path = tmp_path / "many.vcf"
    path.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Many\r\n{emails}END:VCARD\r\n")
    [row] = contact_import.plan(db, path).rows
    assert (row.status, row.reason) == (SKIPPED, "Emails can hold at most 10 entries")
    path.write_text(f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ok\r\nORG:{'x' * 201}\r\nEND:VCARD\r\n")
    [row] = contact_import.plan(db, path).rows
    assert (row.status, row.reason) == (
        SKIPPED,
        "organisation: its name is 201 characters long; the limit is 200",
    )


# -- CSV --------------------------------------------------------------------------------------


def test_google_contacts_csv(db: Database) -> None:
    plan = imported(db, "google.csv")
    assert plan.shape == "Google Contacts CSV"
    assert [(r.status, r.reason) for r in plan.rows][2] == (SKIPPED, "no name")
    rosa = people(db)["Rosa Díaz"]
    assert rosa.emails == ["rosa.diaz@citysciencemuseum.org", "rosa.d@gmail.com"]
    assert rosa.phones == ["+1 312-555-0134", "(312) 555-0100"]  # " ::: " in one cell
    assert rosa.notes == "Met at the STEM fair, wants a field trip"
    assert "王小明" in people(db)


def test_outlook_csv_title_is_not_the_job_title(db: Database) -> None:
    plan = imported(db, "outlook.csv")
    assert plan.shape == "Outlook CSV"
    assert "Title" in plan.not_imported and "Business Fax" in plan.not_imported
    ana = people(db)["Ana Okafor"]
    assert ana.role == "Program Manager, Education Outreach"
    assert ana.phones == ["555-010-2000", "555-010-2999"]
    assert ana.notes == "Loves a good egg-drop challenge 🥚"
    assert partner_of(db, ana) == "Acme"
    assert people(db)["Marcus J. Lee"].emails == [
        "marcus.lee@quasar-robotics.com",
        "mlee@gmail.com",
    ]


def test_excel_csv_with_semicolons_and_a_bom(db: Database) -> None:
    plan = imported(db, "semicolon_bom.csv")
    assert plan.read_as() == "CSV, UTF-8, semicolon-separated"
    zoe = people(db)["Zoë Martínez"]
    assert (zoe.role, zoe.notes) == ("Educadora", "Taller de robótica; sábados")
    assert partner_of(db, zoe) == "Museo de Ciencias"
    assert people(db)["Lukas Schäfer"].emails == ["lukas.schaefer@stadtwerke.example.de"]


# -- files that are not what they seem ---------------------------------------------------------

MALFORMED = {
    "truncated.vcf": "truncated.vcf is cut off: the card begun on line 17 never ends with "
    "END:VCARD; nothing was imported.",
    "binary.vcf": "binary.vcf is not a text file, so it cannot be a vCard; export the "
    "contacts again as vCard (.vcf).",
    "empty.vcf": "empty.vcf is empty; nothing was imported.",
    "not_a_vcard.vcf": "not_a_vcard.vcf is not a vCard file (it does not start with "
    "BEGIN:VCARD); nothing was imported.",
    "calendar.vcf": "calendar.vcf is not a vCard file (it does not start with BEGIN:VCARD); "
    "nothing was imported.",
    "bad_encoding.vcf": "bad_encoding.vcf is not valid UTF-8 text (line 3 cannot be read); "
    "export the contacts again as a vCard and try once more.",
    "no_name_column.csv": "no_name_column.csv has no Name column (or First Name and Last "
    "Name), so it is not a contacts export; its headings are: Email, Phone.",
}


@pytest.mark.parametrize("name", sorted(MALFORMED))
def test_malformed_files_get_one_sentence_and_nothing_is_written(db_path: Path, name: str) -> None:
    with open_database(db_path) as db:
        partners.add(db, name="City Science Museum")
    before = sha256(db_path)
    with open_database(db_path) as db, pytest.raises(ImportFailed) as caught:
        contact_import.plan(db, SAMPLES / name)
    assert str(caught.value) == MALFORMED[name]
    assert "\n" not in str(caught.value)
    assert sha256(db_path) == before


def test_more_broken_shapes(db: Database, tmp_path: Path) -> None:
    cases = {
        "stray-end.vcf": b"BEGIN:VCARD\nVERSION:3.0\nFN:A\nEND:VCARD\nEND:VCARD\n",
        "no-colon.vcf": b"BEGIN:VCARD\nVERSION:3.0\nthis line has no colon\nEND:VCARD\n",
        "bad-charset.vcf": b"BEGIN:VCARD\nVERSION:2.1\n"
        b"FN;ENCODING=QUOTED-PRINTABLE;CHARSET=X-NOPE:=41\nEND:VCARD\n",
        "nul.vcf": b"BEGIN:VCARD\x00\x00\x00",
        "bom-only.csv": codecs.BOM_UTF8,
    }
    expected = {
        "stray-end.vcf": "line 5 ends a card that was never begun",
        "no-colon.vcf": "line 3 is not a vCard line",
        "bad-charset.vcf": "has text in an encoding that cannot be read (line 3)",
        "nul.vcf": "is not a text file",
        "bom-only.csv": "is empty",
    }
    for name, data in cases.items():
        path = tmp_path / name
        path.write_bytes(data)
        with pytest.raises(
            ImportFailed, match=expected[name].replace("(", r"\(").replace(")", r"\)")
        ):
            contact_import.plan(db, path)
    with pytest.raises(ImportFailed, match="There is no file"):
        contact_import.plan(db, tmp_path / "missing.vcf")
    assert contacts.list_contacts(db) == [] and partners.list_partners(db) == []


# -- the command line --------------------------------------------------------------------------


def _run(db_path: Path, *argv: str) -> int:
    parser = argparse.ArgumentParser()
    sub = parser.add_subparsers()
    add_contact_commands(sub)
    args = parser.parse_args([*argv, "--db", str(db_path)])
    return int(args.func(args))


def test_cli_import_contacts_dry_run_then_for_real(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    open_database(db_path).close()
    before = sha256(db_path)
    assert _run(db_path, "contacts", str(SAMPLES / "google.vcf"), "--dry-run") == 0
    out = capsys.readouterr().out
    assert out.startswith("Would import 3 contact(s) from google.vcf (vCard 3.0, UTF-8).")
    assert sha256(db_path) == before
    assert _run(db_path, "contacts", str(SAMPLES / "google.vcf")) == 0
    assert capsys.readouterr().out.startswith("Imported 3 contact(s)")
    with open_database(db_path, mode="read") as db:
        assert len(contacts.list_contacts(db)) == 3


def test_cli_import_contacts_refuses_a_broken_file_in_one_sentence(db_path: Path) -> None:
    open_database(db_path).close()
    with pytest.raises(ImportFailed, match="is cut off"):
        _run(db_path, "contacts", str(SAMPLES / "truncated.vcf"))


# -- big files: photos skipped as the file is read, progress, limits -------------------------


def _card(name: str, extra: bytes = b"") -> bytes:
    return (
        b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:" + name.encode() + b"\r\n"
        b"EMAIL:"
        + name.split()[0].lower().encode()
        + b"@example.org\r\n"
        + extra
        + b"END:VCARD\r\n"
    )


def _peak_while(work: object) -> int:
    import tracemalloc

    tracemalloc.start()
    try:
        work()  # type: ignore[operator]
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


@pytest.mark.parametrize("folded", [True, False], ids=["folded photo", "one-line photo"])
def test_a_phone_export_with_a_huge_photo_is_read_in_small_memory(
    db: Database, tmp_path: Path, folded: bool
) -> None:
    photo = b"/9j/" + b"A" * (6_000_000 if folded else 56_000_000)  # base64 of a JPEG
    if folded:  # 75 octets a line, as phones write it
        photo = b"\r\n ".join(photo[i : i + 74] for i in range(0, len(photo), 74))
    path = tmp_path / "phone.vcf"
    with path.open("wb") as out:  # over 50 MB when on one line; the photo is not kept
        out.write(_card("Ana Okafor", b"PHOTO;ENCODING=b;TYPE=JPEG:" + photo + b"\r\n"))
        out.write(_card("Ben Lee", b"LOGO;VALUE=uri:https://example.org/logo.png\r\n"))
    found: list[contact_import.ContactImportPlan] = []
    peak = _peak_while(lambda: found.append(contact_import.plan(db, path)))
    [plan] = found
    assert [r.name for r in plan.new] == ["Ana Okafor", "Ben Lee"]
    assert plan.not_imported == ["logos", "photos"]
    assert peak < 4_000_000  # the photo is skipped as it is read, never held or unfolded


def test_binary_properties_of_every_vcard_version_are_skipped(db: Database, tmp_path: Path) -> None:
    data = (
        # vCard 2.1 from an old phone: base64 lines not indented, ended by a blank line
        b"BEGIN:VCARD\r\nVERSION:2.1\r\nN:Nunez;Jose\r\nPHOTO;ENCODING=BASE64;JPEG:\r\n"
        b"/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsK\r\n"
        b"CwsNDhIQDQ4RDgsLEBYQERMUFRUVDA8XGBYUGBIUFRT/2wBDAQMEBAUEBQkFBQkUDQsNFBQUFBQU\r\n"
        b"\r\nSOUND;BASE64:UklGRiQAAABXQVZFZm10\r\nTEL;CELL:555 0100\r\nEND:VCARD\r\n"
        # vCard 4.0: data URIs, a key, and a made-up binary property
        b"BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Lena Fischer\r\n"
        b"PHOTO:data:image/jpeg;base64,/9j/4AAQSkZJRgABAQEASABIAAD\r\n"
        b"KEY:data:application/pgp-keys;base64,mQINBF\r\n X0AAAA\r\n"
        b"X-SIGNATURE;ENCODING=b:R0lGODlhAQABAAAAACw=\r\nNOTE:kept\r\nEND:VCARD\r\n"
    )
    path = tmp_path / "binary-props.vcf"
    path.write_bytes(data)
    plan = contact_import.plan(db, path)
    assert [(r.line, r.name, r.phones) for r in plan.rows] == [
        (1, "Jose Nunez", ["555 0100"]),
        (11, "Lena Fischer", []),
    ]
    assert plan.rows[1].values["notes"] == "kept"
    assert plan.not_imported == ["encryption keys", "photos", "sounds"]


def test_files_too_big_to_import_get_one_sentence(db: Database, tmp_path: Path) -> None:
    huge = tmp_path / "huge.vcf"
    with huge.open("wb") as out:  # sparse: costs nothing on disk
        out.write(_card("Ana Okafor"))
        out.truncate(contact_import.VCARD_MAX_BYTES + 1)
    with pytest.raises(ImportFailed) as caught:
        contact_import.plan(db, huge)
    assert str(caught.value) == ("huge.vcf is larger than 500 MB; split it and import the parts.")
    wordy = tmp_path / "wordy.vcf"  # more text than photos aside: one 51 MB note
    wordy.write_bytes(_card("Ana Okafor", b"NOTE:" + b"word " * 10_700_000 + b"\r\n"))
    with pytest.raises(ImportFailed) as caught:
        contact_import.plan(db, wordy)
    assert str(caught.value) == (
        "wordy.vcf holds more than 50 MB of contact text (photos aside); split it and "
        "import the parts."
    )


@pytest.mark.parametrize("name", ["google.vcf", "google.csv"])
def test_planning_reports_progress_and_can_be_stopped(db: Database, name: str) -> None:
    reports: list[tuple[int, int]] = []
    plan = contact_import.plan(db, SAMPLES / name, progress=lambda *r: reports.append(r))
    assert plan.rows and reports
    assert reports == sorted(reports) and reports[-1][0] == reports[-1][1] > 0

    class Stop(Exception):
        pass

    def stop(done: int, total: int) -> None:
        raise Stop

    with pytest.raises(Stop):
        contact_import.plan(db, SAMPLES / name, progress=stop)
