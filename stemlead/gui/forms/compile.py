"""Regenerate ``ui_<name>.py`` for every ``ui/<name>.ui`` with ``pyside6-uic``."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from stemlead.resources import ui_path

FORMS_DIR = Path(__file__).resolve().parent
_HEADER_END = "################################################################################\n\n"


def uic_executable() -> str:
    candidate = Path(sys.executable).with_name("pyside6-uic")
    return str(candidate) if candidate.exists() else "pyside6-uic"


def generate(form: Path) -> str:
    """The Python source for one form, without uic's version banner."""
    result = subprocess.run(
        [uic_executable(), "-g", "python", str(form)], capture_output=True, text=True, check=True
    )
    source = result.stdout
    if _HEADER_END in source:
        source = source.split(_HEADER_END, 1)[1]
    return (
        f"# Generated from ui/{form.name} by stemlead.gui.forms.compile; do not edit.\n\n" + source
    )


def target_for(form: Path) -> Path:
    return FORMS_DIR / f"ui_{form.stem}.py"


def main() -> int:
    for form in sorted(ui_path().glob("*.ui")):
        target_for(form).write_text(generate(form), encoding="utf-8")
        print(f"{form.name} -> {target_for(form).relative_to(FORMS_DIR.parents[2])}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
