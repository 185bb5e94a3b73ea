"""The architecture is tested, not just intended."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "stemlead"

BLOCK_QT = """
import importlib.abc, sys
class BlockQt(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split('.')[0] in ('PySide6', 'shiboken6'):
            raise ImportError('Qt is blocked: ' + name)
sys.meta_path.insert(0, BlockQt())
import pkgutil, importlib
import stemlead
for package in ('stemlead.core', 'stemlead.store', 'stemlead.pdf'):
    module = importlib.import_module(package)
    for info in pkgutil.walk_packages(module.__path__, package + '.'):
        importlib.import_module(info.name)
import stemlead.cli, stemlead.cli.lists
stemlead.cli.build_parser()
assert not any(m.startswith('PySide6') for m in sys.modules), 'Qt was imported'
print('ok')
"""


def test_core_store_pdf_and_cli_import_without_qt() -> None:
    result = subprocess.run([sys.executable, "-c", BLOCK_QT], capture_output=True, text=True)
    assert result.stdout.strip() == "ok", result.stderr


def test_cli_read_path_stays_lean() -> None:
    code = (
        "import sys, stemlead.cli; stemlead.cli.build_parser(); "
        "heavy = [m for m in ('reportlab', 'sqlite_utils', 'dateutil', 'PySide6', 'platformdirs')"
        " if m in sys.modules]; print(heavy)"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.stdout.strip() == "[]", result.stderr


def test_views_never_write_sql() -> None:
    sql = re.compile(r"^\s*(SELECT |INSERT INTO |UPDATE \w+ SET |DELETE FROM |CREATE |PRAGMA )")
    offenders = []
    for path in (PACKAGE / "gui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Attribute) and node.attr in {
                "execute",
                "executemany",
                "executescript",
                "one",
                "scalar",
            }:
                offenders.append(f"{path.name}:{node.lineno}")
            if (
                isinstance(node, ast.Constant)
                and isinstance(node.value, str)
                and sql.match(node.value)
            ):
                offenders.append(f"{path.name}:{node.lineno}")
    assert offenders == []
