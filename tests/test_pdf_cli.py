"""``stemlead export agenda|summary|cycle|observation|partners|impact``: a PDF on success, one
sentence and no file at all on refusal."""

from __future__ import annotations

import io
from collections.abc import Iterator
from pathlib import Path

import pypdf
import pytest

from stemlead import cli
from stemlead.cli.exports import HANDOUTS
from stemlead.core import cycles, meetings, observations, teachers
from stemlead.store import open_database


@pytest.fixture
def demo(tmp_path: Path) -> Iterator[tuple[Path, dict[str, int]]]:
    path = tmp_path / "d.db"
    with open_database(path) as db:
        teacher = teachers.add(db, name="Nguyễn Thị Lan", may_be_named=True)
        meeting = meetings.add(db, starts_at="2026-11-24T15:45", title="Grade 5 Science PLC")
        cycle = cycles.add(db, teacher_ids=[teacher], title="Talk in the lab")
        visit = observations.start(db, teacher, starts_at="2026-10-14T09:00")
        observations.add_line(db, visit, "Students explained their towers", "strength")
    yield path, {"meeting": meeting, "cycle": cycle, "observation": visit}


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def pages(path: Path) -> int:
    return len(pypdf.PdfReader(io.BytesIO(path.read_bytes())).pages)


@pytest.mark.parametrize(
    ("command", "key"),
    [
        ("agenda", "meeting"),
        ("summary", "meeting"),
        ("cycle", "cycle"),
        ("observation", "observation"),
        ("partners", None),
        ("impact", None),
    ],
)
def test_each_handout_is_written(
    demo: tuple[Path, dict[str, int]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
    key: str | None,
) -> None:
    db, ids = demo
    out = tmp_path / f"{command}.pdf"
    argv = ["export", command, *([str(ids[key])] if key else []), "-o", str(out), "--db", str(db)]
    code, stdout, err = run(capsys, *argv)
    assert (code, err) == (0, "")
    assert out.read_bytes().startswith(b"%PDF")
    assert pages(out) >= 1
    assert stdout.startswith("Wrote the ") and str(out) in stdout
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".part")]


def test_db_may_come_before_the_command(
    demo: tuple[Path, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = demo
    out = tmp_path / "partners.pdf"
    code, _, err = run(capsys, "--db", str(db), "export", "partners", "-o", str(out))
    assert (code, err) == (0, "")
    assert out.exists()


def test_impact_dates(
    demo: tuple[Path, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = demo
    out = tmp_path / "impact.pdf"
    code, _, _ = run(
        capsys,
        "export",
        "impact",
        "--from",
        "2026-08-01",
        "--to",
        "2026-11-30",
        "-o",
        str(out),
        "--db",
        str(db),
    )
    assert code == 0
    text = pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert "August 1, 2026 – November 30, 2026" in text


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["agenda", "9999"], 1, "There is no meeting with id 9999."),
        (["summary", "9999"], 1, "There is no meeting with id 9999."),
        (["cycle", "9999"], 1, "There is no coaching cycle with id 9999."),
        (["observation", "9999"], 1, "There is no observation with id 9999."),
        (["agenda", "abc"], 2, "'abc' is not an id number"),
        (["agenda", "0"], 2, "'0' is not an id number"),
        (["impact", "--from", "2026-13-01"], 1, "Start date '2026-13-01' is not a real date."),
        (["impact", "--to", "yesterday"], 1, "is not a date; write it as YYYY-MM-DD."),
        (
            ["impact", "--from", "2026-12-01", "--to", "2026-01-01"],
            1,
            "end date is before its start",
        ),
    ],
)
def test_a_refused_export_leaves_no_file(
    demo: tuple[Path, dict[str, int]],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: list[str],
    code: int,
    message: str,
) -> None:
    db, _ = demo
    out = tmp_path / "out.pdf"
    result, _stdout, err = run(capsys, "export", *argv, "-o", str(out), "--db", str(db))
    assert result == code
    assert message in err
    assert err.startswith("stemlead: ") and err.count("\n") == 1
    assert "Traceback" not in err
    assert not out.exists()
    assert not [p for p in tmp_path.iterdir() if p.suffix == ".part"]


def test_a_refused_export_leaves_an_existing_file_alone(
    demo: tuple[Path, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = demo
    out = tmp_path / "agenda.pdf"
    out.write_bytes(b"the coach's earlier copy")
    code, _, _ = run(capsys, "export", "agenda", "9999", "-o", str(out), "--db", str(db))
    assert code == 1
    assert out.read_bytes() == b"the coach's earlier copy"


def test_a_missing_folder_or_a_folder_as_output_is_refused(
    demo: tuple[Path, dict[str, int]], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, _ = demo
    code, _, err = run(
        capsys, "export", "partners", "-o", str(tmp_path / "nope" / "p.pdf"), "--db", str(db)
    )
    assert code == 1 and "does not exist" in err
    code, _, err = run(capsys, "export", "partners", "-o", str(tmp_path), "--db", str(db))
    assert code == 1 and "is a folder" in err


def test_every_export_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for name, help_text, _ in HANDOUTS:
        with pytest.raises(SystemExit):
            cli.main(["export", name, "--help"])
        out = capsys.readouterr().out
        assert "-o FILE.pdf" in out and "--db PATH" in out, name
        assert help_text.split()[0] in out.lower()


def test_the_real_command_in_its_own_process(
    demo: tuple[Path, dict[str, int]], tmp_path: Path
) -> None:
    from conftest import run_stemlead

    db, ids = demo
    out = tmp_path / "agenda.pdf"
    result = run_stemlead("export", "agenda", str(ids["meeting"]), "-o", str(out), "--db", str(db))
    assert result.returncode == 0, result.stderr
    assert pages(out) == 1
