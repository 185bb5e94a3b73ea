"""The architecture is tested, not just intended."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

from tests import import_graph
from tests.import_graph import Import, cycles, imports, layer

PACKAGE = Path(__file__).parents[1] / "stemlead"

# Each layer and the layers it may import (itself always). "base" is the package's own small
# modules: stemlead (name, version), clock, errors, resources.
MAY_IMPORT = {
    "base": set(),
    "store": {"base"},
    "core": {"base", "store"},
    "pdf": {"base", "store", "core"},
    "gui": {"base", "store", "core", "pdf"},
    "cli": {"base", "store", "core", "pdf", "gui"},
}
# Narrower doors, by module: (importing layer, module imported): the only importers allowed.
ONLY_THROUGH = {
    # the GUI opens files and names the Database type; everything else of the store it
    # reaches through core (backups, restores and checks: core/maintenance.py)
    ("gui", "stemlead.store.*"): {"stemlead.store"},
    # the command line opens the window and nothing else of the GUI
    ("cli", "stemlead.gui.*"): {"stemlead.gui.app"},
}
# Backups, restores and the health check: one way in from outside the store.
MAINTENANCE = ("stemlead.store.backup", "stemlead.store.restore", "stemlead.store.health")

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
import stemlead.cli
stemlead.cli.build_parser()
for info in pkgutil.walk_packages(stemlead.cli.__path__, 'stemlead.cli.'):
    importlib.import_module(info.name)
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


def _show(edges: list[Import]) -> list[str]:
    return [f"{e.source} imports {e.target} (line {e.line})" for e in edges]


def test_each_layer_imports_only_the_layers_below_it() -> None:
    wrong = [
        e
        for e in imports()
        if layer(e.target) != layer(e.source) and layer(e.target) not in MAY_IMPORT[layer(e.source)]
    ]
    assert _show(wrong) == []


def test_narrow_doors_between_layers() -> None:
    wrong = []
    for e in imports():
        for (source_layer, pattern), allowed in ONLY_THROUGH.items():
            prefix = pattern.removesuffix("*")
            reaches = e.target == prefix.rstrip(".") or e.target.startswith(prefix)
            if layer(e.source) == source_layer and reaches and e.target not in allowed:
                wrong.append(e)
    assert _show(wrong) == []


def test_backups_restores_and_checks_have_one_way_in() -> None:
    wrong = [
        e
        for e in imports()
        if e.target in MAINTENANCE
        and layer(e.source) != "store"
        and e.source != "stemlead.core.maintenance"
    ]
    assert _show(wrong) == []


def test_no_import_cycles() -> None:
    assert cycles(imports()) == []


def test_the_graph_sees_cycles_lazy_imports_and_the_package_they_go_back_to(
    tmp_path: Path,
) -> None:
    """The checks above find what they look for: a cycle through an import inside a
    function, one back to a package's ``__init__`` for a name it defines, and not one for
    an import only type checkers see."""
    pkg = tmp_path / "stemlead"
    (pkg / "cli").mkdir(parents=True)
    files = {
        "__init__.py": "",
        "a.py": "def f():\n    from stemlead import b\n",
        "b.py": "from stemlead.a import f\n",
        "c.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from stemlead import d\n",
        "d.py": "import stemlead.c\n",
        "cli/__init__.py": "from stemlead.cli import contacts\ndef open_db(): ...\n",
        "cli/contacts.py": "from stemlead.cli import open_db\n",
        "cli/common.py": "",
        "cli/lists.py": "from stemlead.cli.common import *\n",
    }
    for name, text in files.items():
        (pkg / name).write_text(text, encoding="utf-8")
    assert cycles(imports(pkg)) == [
        ["stemlead.a", "stemlead.b"],
        ["stemlead.cli", "stemlead.cli.contacts"],
    ]
    listing = import_graph.listing(pkg)
    assert "cycle: stemlead.a <-> stemlead.b" in listing
    assert listing.endswith("import cycles: 2 among 9 modules")
