"""Importing teacher rosters in the shapes people really have."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from stemlead.core import teacher_import, teachers
from stemlead.core.import_plan import DUPLICATE, NEW, SKIPPED, ImportPlan, PlannedRow
from stemlead.errors import ImportFailed
from stemlead.store import Database


def write(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def imported(db: Database, path: Path) -> ImportPlan[PlannedRow]:
    plan = teacher_import.plan(db, path)
    teacher_import.apply(db, plan)
    return plan


def test_excel_csv_with_bom_semicolons_and_first_last_names(db: Database, tmp_path: Path) -> None:
    text = (
        "First Name;Last Name;E-mail Address;School;Grade;Subject(s);Room #\r\n"
        "Zoë;Martínez;zoe@district.org;Lincoln ES;5;Science, Math;12\r\n"
        "Sam;Lee;sam@district.org;Lincoln ES;K;Science;3\r\n"
    )
    plan = imported(db, write(tmp_path, "roster.csv", codecs.BOM_UTF8 + text.encode("utf-8")))
    assert plan.delimiter == ";" and plan.not_imported == ["Room #"]
    got = {
        t.name: (t.email, t.school, t.grade_band, t.subjects) for t in teachers.list_teachers(db)
    }
    assert got == {
        "Zoë Martínez": ("zoe@district.org", "Lincoln ES", "3-5", ["Science", "Math"]),
        "Sam Lee": ("sam@district.org", "Lincoln ES", "PreK-2", ["Science"]),
    }


def test_google_sheets_export_with_quotes_and_extra_columns(db: Database, tmp_path: Path) -> None:
    text = (
        "Name,Email,School,Grade band,Subjects,Notes from office,Timestamp\n"
        '"Okafor, Ana",ana@d.org,Roosevelt MS,6-8,"Science; Engineering","Says ""hi""",x\n'
        "Олена Коваленко,olena@d.org,Roosevelt MS,7th,Math,,\n"
    )
    imported(db, write(tmp_path, "Teachers - Sheet1.csv", text.encode("utf-8")))
    got = {t.name: (t.grade_band, t.subjects) for t in teachers.list_teachers(db)}
    assert got == {
        "Okafor, Ana": ("6-8", ["Science", "Engineering"]),
        "Олена Коваленко": ("6-8", ["Math"]),
    }


def test_windows_code_page_csv(db: Database, tmp_path: Path) -> None:
    text = "Name,School\nJosé Núñez,Escuela Primaria\n"
    plan = imported(db, write(tmp_path, "ansi.csv", text.encode("cp1252")))
    assert plan.encoding == "Windows-1252"
    assert teachers.list_teachers(db)[0].name == "José Núñez"


def test_excel_unicode_text_utf16_with_tabs(db: Database, tmp_path: Path) -> None:
    text = "Teacher\tEmail\n陈静\tjing@d.org\n"
    plan = imported(db, write(tmp_path, "unicode.txt", text.encode("utf-16")))
    assert plan.delimiter == "tab"
    assert teachers.list_teachers(db)[0].name == "陈静"


def test_report_says_what_was_skipped_and_why(db: Database, tmp_path: Path) -> None:
    teachers.add(db, name="Existing", email="old@d.org")
    text = (
        "Name,Email\n"
        "Ana,ana@d.org\n"
        ",nobody@d.org\n"
        "Ana Again,ANA@d.org\n"
        "Returning,old@d.org\n" + "Long," + "x" * 400 + "@d.org\n"
    )
    plan = teacher_import.plan(db, write(tmp_path, "r.csv", text.encode()))
    reasons = {r.line: (r.status, r.reason) for r in plan.rows if r.status != NEW}
    assert reasons[3] == (SKIPPED, "no name")
    assert reasons[4] == (DUPLICATE, "same email as line 2")
    assert reasons[5] == (DUPLICATE, "old@d.org is already in STEM Lead")
    assert reasons[6][0] == SKIPPED and reasons[6][1].startswith("Email is 406 characters")
    assert len(teachers.list_teachers(db)) == 1  # planning writes nothing
    teacher_import.apply(db, plan)
    assert sorted(t.name for t in teachers.list_teachers(db)) == ["Ana", "Existing"]
    report = plan.report(applied=True)
    assert report.startswith("Imported 1 teacher(s) from r.csv") and "line 3: (no name)" in report


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "is empty"),
        (b"\n\n  \n", "is empty"),
        (b"Room,Period\n12,3\n", "no Name column"),
        (b"PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00binary xlsx", "not a text file"),
    ],
)
def test_unusable_files_get_one_clear_message(
    db: Database, tmp_path: Path, data: bytes, message: str
) -> None:
    with pytest.raises(ImportFailed, match=message):
        teacher_import.plan(db, write(tmp_path, "bad.csv", data))
    assert teachers.list_teachers(db) == []


def test_truncated_file_is_refused_whole(db: Database, tmp_path: Path) -> None:
    data = b'Name,Email\nAna,ana@d.org\n"Ben, cut off mid-quote'
    with pytest.raises(ImportFailed, match="cut off or not a well-formed CSV file"):
        teacher_import.plan(db, write(tmp_path, "cut.csv", data))
    assert teachers.list_teachers(db) == []


@pytest.mark.parametrize(
    ("typed", "band"),
    [
        ("K", "PreK-2"),
        ("Grade 4", "3-5"),
        ("8th", "6-8"),
        ("11", "9-12"),
        ("6-8", "6-8"),
        ("Middle", "Middle"),
    ],
)
def test_grades_become_bands(typed: str, band: str) -> None:
    assert teacher_import.grade_band(typed) == band


def test_planning_reports_progress_and_can_be_stopped(db: Database, tmp_path: Path) -> None:
    rows = "".join(f"Teacher {n},t{n}@d.org\n" for n in range(5_000))
    path = write(tmp_path, "big.csv", ("Name,Email\n" + rows).encode())
    reports: list[tuple[int, int]] = []
    plan = teacher_import.plan(db, path, progress=lambda *r: reports.append(r))
    assert len(plan.new) == 5_000
    assert 50 < len(reports) <= 202  # every half percent, not every row
    assert reports == sorted(reports) and reports[-1][0] == reports[-1][1] == len(rows) + 11

    def stop(done: int, total: int) -> None:
        if done > total // 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        teacher_import.plan(db, path, progress=stop)
    assert teachers.list_teachers(db) == []
