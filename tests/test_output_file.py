"""Files the coach asks for (exports, handouts, backup copies) never land on the database.

An export saved as ``coach.db`` used to replace the open database with JSON, iCalendar or
PDF and exit 0; the GUI allowed the same, and the next edit said "Saved" and was lost.
Every writer goes through ``store/output_file.py``, which refuses the database, its
working files and its backups by identity (a symlink, a hard link or ``./`` is the same
file), and writes through a fresh private temporary file renamed at the end.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from stemlead.core import contacts, exchange, meetings, partners, teachers
from stemlead.errors import StemLeadError
from stemlead.store import Database, backup, open_database
from tests.conftest import run_stemlead, sha256


@pytest.fixture
def coach(tmp_path: Path) -> Path:
    path = tmp_path / "coach.db"
    with open_database(path) as db:
        teachers.add(db, name="Ana Díaz", private_notes="PRIVATE-NOTE")
        meetings.add(db, starts_at="2026-11-24T15:45", title="Grade 5 Science PLC")
        museum = partners.add(db, name="City Science Museum", kind="museum")
        contacts.add(db, name="Rosa Díaz", partner_id=museum, emails=["rosa@museum.org"])
        backup.automatic_backup(db, reason="manual")
    return path


def _unchanged_and_usable(path: Path, before: str) -> None:
    assert sha256(path) == before
    with open_database(path) as db:
        assert [t.name for t in teachers.list_teachers(db)] == ["Ana Díaz"]


EXPORTS = [
    ["export", "json"],
    ["export", "calendar"],
    ["export", "partners"],
    ["export", "agenda", "1"],
    ["export", "contacts"],
    ["backup"],
]


@pytest.mark.parametrize("command", EXPORTS, ids=lambda c: " ".join(c))
def test_an_export_saved_as_the_database_is_refused(coach: Path, command: list[str]) -> None:
    before = sha256(coach)
    out = str(coach).replace(".db", ".vcf") if "contacts" in command else str(coach)
    if "contacts" in command:  # contacts need a .vcf name: a symlink named .vcf to the db
        Path(out).symlink_to(coach)
    result = run_stemlead(*command, "-o", out, "--db", str(coach))
    assert result.returncode == 1, result.stdout
    assert result.stderr.startswith("stemlead: ") and result.stderr.count("\n") == 1
    assert "database" in result.stderr and "Traceback" not in result.stderr
    _unchanged_and_usable(coach, before)


def test_the_database_is_refused_under_any_of_its_names(coach: Path, tmp_path: Path) -> None:
    before = sha256(coach)
    (tmp_path / "elsewhere").mkdir()
    symlink = tmp_path / "elsewhere" / "link.json"
    symlink.symlink_to(coach)
    hard = tmp_path / "elsewhere" / "hard.json"
    os.link(coach, hard)
    spelled = tmp_path / "elsewhere" / ".." / "." / "coach.db"
    with open_database(coach, mode="read") as db:
        for name in (symlink, hard, spelled, Path(os.path.relpath(coach))):
            with pytest.raises(StemLeadError, match="database"):
                exchange.export_json(db, name)
            with pytest.raises(StemLeadError, match="database"):
                backup.copy_database(db, name)
    _unchanged_and_usable(coach, before)
    assert symlink.is_symlink() and hard.stat().st_ino == coach.stat().st_ino


def test_working_files_and_backups_are_refused_too(coach: Path) -> None:
    with open_database(coach) as db:  # write mode: holds the lock and the -wal
        teachers.add(db, name="Ben")
        [made] = backup.list_backups(coach)
        kept = sha256(made.path)
        folder = backup.backup_dir_for(coach)
        for name in (
            Path(f"{coach}-wal"),
            Path(f"{coach}-shm"),
            Path(f"{coach}.lock"),
            made.path,
            folder / "new-file.json",
        ):
            assert name.parent.exists()
            with pytest.raises(StemLeadError, match=r"database|backup"):
                exchange.export_json(db, name)
            with pytest.raises(StemLeadError, match=r"database|backup"):
                backup.copy_database(db, name)
        assert sha256(made.path) == kept
        assert not (folder / "new-file.json").exists()
        assert [t.name for t in teachers.list_teachers(db)] == ["Ana Díaz", "Ben"]


def test_the_helper_writes_whole_private_files_and_leaves_nothing_on_failure(
    tmp_path: Path, db: Database
) -> None:
    from stemlead.store import output_file

    dest = tmp_path / "out.json"
    assert output_file.write(dest, b"complete", database=db.path) == dest
    assert dest.read_bytes() == b"complete"
    assert stat.S_IMODE(dest.stat().st_mode) == 0o600

    with pytest.raises(RuntimeError), output_file.replacing(dest, database=db.path) as out:
        out.file.write(b"half")
        raise RuntimeError("the disk went away")
    assert dest.read_bytes() == b"complete"
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith("stemlead")) == [
        "out.json"
    ]


# -- the GUI's save paths go through the same refusal -----------------------------------------
def test_gui_export_everything_over_the_database_is_refused_and_edits_still_save(
    qtbot: object, coach: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from tests.gui_helpers import open_window

    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(coach), ""))
    window = open_window(qtbot, coach)  # type: ignore[arg-type]
    window.export_json()
    qtbot.waitUntil(lambda: window.message.text() != "Working…", timeout=10_000)  # type: ignore[attr-defined]
    assert "database" in window.message.text()
    assert "Exported" not in window.message.text()
    assert window.session is not None
    teachers.add(window.session.db, name="Saved after")
    window.close()
    with open_database(coach, mode="read") as db:
        assert "Saved after" in [t.name for t in teachers.list_teachers(db)]


def test_gui_handout_save_over_the_database_is_refused(
    qtbot: object, coach: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from stemlead.gui.app import create_application
    from stemlead.gui.dialogs.handout_preview import HandoutPreview
    from stemlead.pdf.handouts import Request

    create_application()
    link = tmp_path / "agenda.pdf"  # the dialog adds .pdf, so only another name can do it
    link.symlink_to(coach)
    hard = tmp_path / "agenda-copy.pdf"
    os.link(coach, hard)
    before = sha256(coach)
    with open_database(coach) as db:
        dialog = HandoutPreview(db, Request("agenda", 1))
        qtbot.addWidget(dialog)  # type: ignore[attr-defined]
        qtbot.waitUntil(lambda: dialog.is_ready, timeout=20_000)  # type: ignore[attr-defined]
        for chosen in (link, hard):
            monkeypatch.setattr(
                QFileDialog, "getSaveFileName", lambda *a, c=chosen, **k: (str(c), "")
            )
            assert dialog.save() is None
            assert "Nothing was saved" in dialog.status.text()
            assert "database" in dialog.status.text()
    _unchanged_and_usable(coach, before)
    assert link.is_symlink()


def test_gui_contact_export_over_a_backup_is_refused(
    qtbot: object, coach: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from stemlead.gui.views.partners import PartnersView
    from tests.gui_helpers import open_window

    [made] = backup.list_backups(coach)
    link = made.path.parent.parent / "contacts.vcf"
    link.symlink_to(made.path)
    before = sha256(made.path)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(link), ""))
    window = open_window(qtbot, coach)  # type: ignore[arg-type]
    view = window.show_section("partners")
    assert isinstance(view, PartnersView)
    view.export_contacts(None)
    qtbot.waitUntil(lambda: "backup" in window.message.text())  # type: ignore[attr-defined]
    window.close()
    assert sha256(made.path) == before


def test_a_working_file_not_made_yet_is_refused_by_its_name(coach: Path) -> None:
    """A JSON file saved as ``coach.db-wal`` would be taken for the journal next time."""
    from stemlead.store import output_file

    for suffix in ("-wal", "-shm", ".lock"):
        name = Path(f"{coach}{suffix}")
        name.unlink(missing_ok=True)
        with pytest.raises(StemLeadError, match=r"working file|lock file"):
            output_file.write(name, b"{}", database=coach)
        assert not name.exists()
    output_file.write(Path(f"{coach}-notes.json"), b"{}", database=coach)  # a name of its own
