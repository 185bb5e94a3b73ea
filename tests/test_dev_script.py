"""``./dev``, the everyday commands on a fresh Debian machine: set-up names or installs
what each command needs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

DEV = Path(__file__).parents[1] / "dev"


@pytest.mark.skipif(not shutil.which("ldconfig"), reason="the set-up reads ldconfig (Debian)")
def test_bundle_asks_for_binutils_when_objdump_is_missing(tmp_path: Path) -> None:
    """A machine without binutils, and a user who cannot sudo: the bundle step says, in one
    line, what to install, before building anything (PyInstaller needs objdump)."""
    tools = tmp_path / "bin"
    tools.mkdir()
    for tool in ("bash", "dirname", "grep", "ldconfig", "cat"):
        found = shutil.which(tool) or shutil.which(tool, path="/sbin:/usr/sbin")
        assert found, tool
        (tools / tool).symlink_to(Path(found).resolve())
    (tools / "id").write_text("#!/bin/sh\necho 1000\n")  # not root, and no sudo
    (tools / "id").chmod(0o755)
    result = subprocess.run(
        ["bash", str(DEV), "bundle"],
        capture_output=True,
        text=True,
        timeout=60,
        env={
            **os.environ,
            "PATH": str(tools),
            "PYTHON": sys.executable,
            "STEMLEAD_VENV": str(tmp_path / "venv"),
        },
    )
    assert result.returncode == 1
    [hint] = [line for line in result.stderr.splitlines() if "apt-get install" in line]
    assert hint.startswith("Install them with:  sudo apt-get install -y ")
    assert "binutils" in hint.split()
    assert not (tmp_path / "venv").exists()  # stopped before setting anything up
