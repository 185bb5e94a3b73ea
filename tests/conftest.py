"""Shared fixtures: a real SQLite file per test, never the user's own database."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from stemlead.store import Database, open_database

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """No test may touch the real user data folder or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local/share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("STEMLEAD_DB", str(home / "default.db"))
    monkeypatch.setenv("STEMLEAD_CONFIG_DIR", str(home / "config"))  # window size, last view


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "stemlead.db"


@pytest.fixture
def db(db_path: Path) -> Iterator[Database]:
    database = open_database(db_path)
    yield database
    database.close()


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_stemlead(*args: str, timeout: float = 60) -> subprocess.CompletedProcess[str]:
    """The real command, in its own process, as a user would run it."""
    return subprocess.run(
        [sys.executable, "-m", "stemlead", *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env={**os.environ},
    )
