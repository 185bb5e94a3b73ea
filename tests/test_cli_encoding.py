"""Every command prints in any locale: on a Latin-1 terminal a Vietnamese name shows with
"?" where a letter cannot be shown, `--json` stays exact (escaped), and nothing stops with
exit 70 (`LC_ALL=en_US.ISO-8859-1 stemlead list teachers` used to, on UnicodeEncodeError)."""

from __future__ import annotations

import contextlib
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from stemlead.cli import main
from stemlead.cli.lists import LISTINGS
from stemlead.core import (
    action_items,
    contacts,
    cycles,
    groups,
    meetings,
    observations,
    partners,
    teachers,
)
from stemlead.store import open_database

NAME = "Nguyễn Thị Lan 学生 🔬"


@pytest.fixture
def world(db_path: Path) -> Path:
    with open_database(db_path) as db:
        lan = teachers.add(db, name=NAME, school="Trường Lê Lợi", subjects=["Khoa học"])
        cycle = cycles.add(db, teacher_ids=[lan], title="Lập luận " + NAME)
        visit = observations.start(db, lan, cycle_id=cycle)
        observations.add_line(db, visit, "Học sinh giải thích 🔬", "strength")
        group = groups.add(db, name="Nhóm " + NAME)
        meetings.add(db, starts_at="2026-11-24T15:45", tzid="Asia/Ho_Chi_Minh", group_id=group)
        partner = partners.add(db, name="Bảo tàng 学生", kind="museum", status="active")
        contacts.add(db, name="陈敏", partner_id=partner)
        action_items.add(db, "Chia sẻ 🔬", cycle_id=cycle)
    return db_path


class Latin1Terminal:
    """stdout and stderr as a Latin-1 terminal has them (strict, like a real locale)."""

    def __init__(self) -> None:
        self.out = io.TextIOWrapper(io.BytesIO(), encoding="iso-8859-1")
        self.err = io.TextIOWrapper(io.BytesIO(), encoding="iso-8859-1")

    def run(self, *args: str) -> int:
        with contextlib.redirect_stdout(self.out), contextlib.redirect_stderr(self.err):
            return main(list(args))

    def printed(self, stream: io.TextIOWrapper) -> str:
        stream.flush()
        data: bytes = stream.buffer.getvalue()  # type: ignore[attr-defined]
        return data.decode("iso-8859-1")


@pytest.mark.parametrize("kind", sorted(LISTINGS))
def test_every_listing_prints_on_a_latin1_terminal(world: Path, kind: str) -> None:
    term = Latin1Terminal()
    assert term.run("list", kind, "--db", str(world)) == 0, term.printed(term.err)
    assert term.printed(term.err) == ""
    assert term.printed(term.out).strip()


def test_json_stays_exact_on_a_latin1_terminal(world: Path) -> None:
    term = Latin1Terminal()
    assert term.run("list", "teachers", "--json", "--db", str(world)) == 0
    assert json.loads(term.printed(term.out))[0]["name"] == NAME
    term = Latin1Terminal()
    assert term.run("search", "giải", "--json", "--db", str(world)) == 0
    assert "Học sinh giải thích" in json.loads(term.printed(term.out))[0]["snippet"]


def test_search_messages_and_errors_print_on_a_latin1_terminal(world: Path, tmp_path: Path) -> None:
    term = Latin1Terminal()
    assert term.run("search", "Học", "--db", str(world)) == 0
    assert term.run("search", "学生们", "--db", str(world)) == 0
    target = tmp_path / "tất cả 学生.json"
    assert term.run("export", "json", "-o", str(target), "--db", str(world)) == 0
    missing = str(tmp_path / "lớp 学生.csv")
    assert term.run("import", "teachers", missing, "--db", str(world)) == 1
    assert "There is no file at" in term.printed(term.err)
    assert "Exported" in term.printed(term.out) and "t?t c? ??.json" in term.printed(term.out)


def test_a_filter_the_terminal_could_not_decode_finds_nothing(
    world: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # bytes that are not UTF-8 reach Python as lone surrogates
    assert main(["list", "teachers", "--school", "\udcff", "--db", str(world)]) == 0
    assert "No teachers found." in capsys.readouterr().out


def test_the_real_command_in_a_latin1_locale(world: Path) -> None:
    env = {**os.environ, "PYTHONIOENCODING": "iso-8859-1"}  # what LC_ALL=en_US.ISO-8859-1 sets
    result = subprocess.run(
        [sys.executable, "-m", "stemlead", "list", "teachers", "--db", str(world)],
        capture_output=True,
        env=env,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr.decode("iso-8859-1")
    assert "Nguy?n Th? Lan" in result.stdout.decode("iso-8859-1")
