"""Run a freshly built bundle the way IT and a coach would, without a screen: a broken
bundle (a missing resource, a module PyInstaller did not see) fails here, not on a laptop.

Usage: python packaging/smoke_test.py dist/stemlead
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def run(exe: Path, *args: str, env: dict[str, str] | None = None) -> str:
    result = subprocess.run([str(exe), *args], capture_output=True, text=True, timeout=120, env=env)
    if result.returncode != 0:
        raise SystemExit(f"bundle failed: stemlead {' '.join(args)}\n{result.stderr}")
    return result.stdout


def main(folder: str) -> int:
    exe = Path(folder) / ("stemlead.exe" if sys.platform == "win32" else "stemlead")
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "bundle.db")
        print(run(exe, "--version").strip())
        print(run(exe, "demo", "--db", db).strip())
        first_meeting = run(exe, "list", "meetings", "--json", "--db", db).split('"id": ', 1)[1]
        meeting_id = first_meeting.split(",", 1)[0]
        pdf = Path(tmp) / "agenda.pdf"
        print(run(exe, "export", "agenda", meeting_id, "-o", str(pdf), "--db", db).strip())
        assert pdf.read_bytes().startswith(b"%PDF"), "the agenda is not a PDF"
        print(run(exe, "export", "calendar", "-o", str(Path(tmp) / "m.ics"), "--db", db).strip())
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "STEMLEAD_QUIT_AFTER_SHOW": "1",
            "STEMLEAD_CONFIG_DIR": str(Path(tmp) / "config"),
        }
        start = time.perf_counter()
        run(exe, "--db", db, env=env)
        print(f"window shown with data and closed in {time.perf_counter() - start:.2f} s")
    print("bundle OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
