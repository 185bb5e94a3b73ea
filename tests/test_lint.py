"""The code stays ruff-clean, mypy-strict on the whole package and free of dead code
(settings in pyproject)."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[1]


def _tool(name: str) -> str:
    found = Path(sys.executable).with_name(name)
    if found.exists():
        return str(found)
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (pip install -e .[dev])")
    return path


def test_ruff_clean() -> None:
    result = subprocess.run(
        [_tool("ruff"), "check", "stemlead", "tests", "bench", "packaging"],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout[-3000:]


@pytest.mark.slow
def test_mypy_strict_on_the_whole_package() -> None:
    result = subprocess.run([_tool("mypy")], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stdout[-3000:]


def test_no_dead_code() -> None:
    """vulture finds nothing unused in stemlead/ beyond tests/vulture_whitelist.py."""
    pytest.importorskip("vulture", reason="vulture is not installed (pip install -e .[dev])")
    from tests import dead_code

    result = dead_code.run()
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-1000:]
