"""Find the ``ui/`` and ``resources/`` folders wherever STEM Lead runs from.

A source checkout keeps them beside the package, an installed wheel carries them inside
the package as ``_data/``, and a PyInstaller bundle unpacks them under ``sys._MEIPASS``.
Everything that reads a shipped file goes through :func:`resource_path` or
:func:`ui_path`, so the three layouts behave the same. Data a coach can extend (agenda
templates, wording lists) is read by :func:`data_files`: the shipped files, then the coach's
own from a folder beside their database.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


@cache
def _data_root() -> Path:
    candidates = []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle))
    candidates += [_PACKAGE_DIR / "_data", _PACKAGE_DIR.parent]
    for root in candidates:
        if (root / "resources").is_dir():
            return root
    raise FileNotFoundError("STEM Lead's resources folder is missing; reinstall the app.")


def resource_path(*parts: str) -> Path:
    """Path of a file shipped in ``resources/`` (fonts, frameworks, templates, icons)."""
    return _data_root().joinpath("resources", *parts)


def ui_path(*parts: str) -> Path:
    """Path of a Qt Designer form in ``ui/``."""
    return _data_root().joinpath("ui", *parts)


def beside_database(db_path: Path, folder: str) -> Path:
    """The folder beside the database where a coach keeps their own copies of shipped data."""
    return db_path.parent / folder


def data_files(shipped: tuple[str, ...], coach_folder: Path | None) -> list[Path]:
    """``*.json`` in ``resources/<shipped>``, then in the coach's folder (if it exists).

    Both lists are sorted by name, so a coach orders their files by naming them.
    """
    folders = [resource_path(*shipped)]
    if coach_folder is not None and coach_folder.is_dir():
        folders.append(coach_folder)
    return [path for folder in folders for path in sorted(folder.glob("*.json"))]
