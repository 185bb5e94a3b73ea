"""Starting the window where there is no screen to show it on: one sentence, not a Qt abort."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="DISPLAY is how Linux finds a screen"
)


def run_app(db_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """The real ``stemlead --db FILE``, with no display variables except those given."""
    hidden = ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    clean = {k: v for k, v in os.environ.items() if k not in hidden}
    return subprocess.run(
        [sys.executable, "-m", "stemlead", "--db", str(db_path)],
        capture_output=True,
        text=True,
        timeout=60,
        env={**clean, **env},
    )


def test_with_no_display_the_app_says_so_in_one_sentence(db_path: Path) -> None:
    result = run_app(db_path)
    assert result.returncode == 1, result.stderr
    assert result.stderr == (
        "stemlead: STEM Lead found no display to show its window on (neither DISPLAY nor "
        "WAYLAND_DISPLAY is set); start it from a desktop session, or use the stemlead "
        "commands, which need no display.\n"
    )
    assert not db_path.exists()  # nothing was opened or made


def _missing_xcb_libraries() -> list[str]:
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.submodule_search_locations
    plugin = Path(spec.submodule_search_locations[0], "Qt/plugins/platforms/libqxcb.so")
    if not shutil.which("ldd") or not plugin.exists():
        return []
    out = subprocess.run(["ldd", str(plugin)], capture_output=True, text=True).stdout
    return [line.split()[0] for line in out.splitlines() if "not found" in line]


@pytest.mark.skipif(not _missing_xcb_libraries(), reason="Qt's X11 libraries are all installed")
def test_missing_x11_libraries_are_named_with_the_command_to_install_them(
    db_path: Path,
) -> None:
    result = run_app(db_path, DISPLAY=":99")
    assert result.returncode == 1, result.stderr
    [line] = result.stderr.splitlines()
    assert line.startswith("stemlead: Qt cannot open a window on this X11 display")
    assert "libxcb" in line and line.endswith(".")
    if shutil.which("apt-get"):
        packages = line.split("sudo apt-get install -y ", 1)[1].rstrip(".").split()
        assert all(re.fullmatch(r"lib[a-z0-9.+-]*[0-9]", p) for p in packages), packages
        assert any(p.startswith("libxcb-") for p in packages)
    assert not db_path.exists()
