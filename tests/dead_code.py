"""Dead code in ``stemlead/``, found by vulture. Whatever it reports is removed, or named in
``tests/vulture_whitelist.py`` with who uses it after all (Qt, reportlab, a test).

Three kinds of name are left out without a list, read from the source: dataclass fields
(data: read by ``asdict`` for the JSON listings and exports, and by field name in the record
forms), the views that ``SECTIONS`` names as ``"module.Class"`` strings, and the widgets
the ``.ui`` forms are promoted to, and
the handout builders ``pdf/handouts.py`` names in ``_OF_ONE_ITEM``.
Run it with ``./dev lint`` (or ``python tests/dead_code.py``); tests/test_lint.py runs it.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[1]
PACKAGE = ROOT / "stemlead"
WHITELIST = Path(__file__).with_name("vulture_whitelist.py")
GENERATED = "*/gui/forms/ui_*.py"  # pyside6-uic's output imports more than it uses
QT_EVENTS = "*Event"  # keyPressEvent, dropEvent, ...: Qt calls them


def used_by_name() -> set[str]:
    """Dataclass fields, the view classes named in strings by ``Section(...)``, and the
    widget classes the Designer forms in ui/ are promoted to (used by the generated forms)."""
    names: set[str] = set()
    for form in (ROOT / "ui").glob("*.ui"):
        names.update(re.findall(r"<customwidget>\s*<class>(\w+)</class>", form.read_text()))
    for path in PACKAGE.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef) and any(
                _is_dataclass(d) for d in node.decorator_list
            ):
                names.update(
                    s.target.id
                    for s in node.body
                    if isinstance(s, ast.AnnAssign) and isinstance(s.target, ast.Name)
                )
            if (
                isinstance(node, ast.Assign)
                and getattr(node.targets[0], "id", "") == "_OF_ONE_ITEM"
                and isinstance(node.value, ast.Dict)
            ):  # pdf/handouts.py names each handout's builder, imported when it is made
                names.update(
                    str(v.elts[1].value)
                    for v in node.value.values
                    if isinstance(v, ast.Tuple) and isinstance(v.elts[1], ast.Constant)
                )
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Section":
                view = node.args[3] if len(node.args) > 3 else None
                if isinstance(view, ast.Constant) and isinstance(view.value, str):
                    names.add(view.value.rpartition(".")[2])
    return names


def _is_dataclass(decorator: ast.expr) -> bool:
    target = decorator.func if isinstance(decorator, ast.Call) else decorator
    return getattr(target, "id", getattr(target, "attr", "")) == "dataclass"


def run() -> subprocess.CompletedProcess[str]:
    ignored = ",".join(sorted(used_by_name() | {QT_EVENTS}))
    where = ["stemlead", str(WHITELIST.relative_to(ROOT)), "--exclude", GENERATED]
    return subprocess.run(
        [sys.executable, "-m", "vulture", *where, "--ignore-names", ignored],
        cwd=ROOT,
        capture_output=True,
        text=True,
    )


if __name__ == "__main__":
    result = run()
    print(result.stdout + result.stderr, end="")
    print(f"dead code: {len(result.stdout.splitlines())} finding(s)")
    sys.exit(result.returncode)
