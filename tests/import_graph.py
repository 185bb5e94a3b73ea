"""The package's import graph, read from the source (AST, so nothing is imported): which
module imports which, including imports inside functions, and which of them only type
checkers see (``if TYPE_CHECKING:``).

``tests/test_boundaries.py`` checks it against the layer table; ``./dev imports`` prints it
(``./dev imports --modules`` lists every module's imports), so a change to the graph can be
seen before and after.
"""

from __future__ import annotations

import ast
import sys
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

PACKAGE = Path(__file__).parents[1] / "stemlead"
SECTIONS = ("core", "store", "pdf", "gui", "cli")  # stemlead.<section>...; the rest is "base"


@dataclass(frozen=True)
class Import:
    source: str  # the importing module
    target: str  # the module it reaches (for ``from m import name``: m.name if a module, else m)
    line: int
    typing_only: bool  # under ``if TYPE_CHECKING:``: never run


def modules(root: Path = PACKAGE) -> dict[str, Path]:
    """Every module of the package by its dotted name (a package by its own name)."""
    found = {}
    for path in sorted(root.rglob("*.py")):
        parts = list(path.relative_to(root.parent).with_suffix("").parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def layer(module: str) -> str:
    """``core``, ``store``, ``pdf``, ``gui``, ``cli``, or ``base`` for the package's own small
    modules (``stemlead``, ``clock``, ``errors``, ``resources``); ``__main__`` is the CLI."""
    parts = module.split(".")
    if parts[1:2] == ["__main__"]:
        return "cli"
    return parts[1] if len(parts) > 1 and parts[1] in SECTIONS else "base"


def imports(root: Path = PACKAGE) -> list[Import]:
    """Every import of one of the package's modules by another.

    ``from package import name`` reaches ``package.name`` when that is a module, and the
    package itself otherwise. A module's own package (imported first by Python anyway) is
    an edge only when it is named for something it defines, as in ``from stemlead.cli
    import open_db`` inside ``stemlead.cli.contacts``.
    """
    known = modules(root)
    pkg = root.name
    found = []
    for source, path in known.items():
        base = source.split(".") if path.name == "__init__.py" else source.split(".")[:-1]
        for node, typing_only in _import_nodes(ast.parse(path.read_text(encoding="utf-8"))):
            for name in _names(node, base):
                if name.split(".")[0] != pkg:
                    continue
                target = _longest_known(name, known)
                if target is not None and target != source:
                    found.append(Import(source, target, node.lineno, typing_only))
    return found


def _import_nodes(tree: ast.AST) -> Iterator[tuple[ast.Import | ast.ImportFrom, bool]]:
    typing_only: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and _is_type_checking(node.test):
            typing_only.update(id(inner) for part in node.body for inner in ast.walk(part))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import | ast.ImportFrom):
            yield node, id(node) in typing_only


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _names(node: ast.Import | ast.ImportFrom, base: list[str]) -> list[str]:
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    prefix = node.module or ""
    if node.level:
        prefix = ".".join(base[: len(base) - node.level + 1] + ([prefix] if prefix else []))
    return [f"{prefix}.{alias.name}" for alias in node.names]


def _longest_known(name: str, known: dict[str, Path]) -> str | None:
    while name and name not in known:
        name = name.rpartition(".")[0]
    return name or None


def cycles(edges: list[Import]) -> list[list[str]]:
    """Groups of modules that import each other, directly or round a loop (imports that only
    type checkers see left out); each group sorted, the groups in order."""
    graph: dict[str, set[str]] = defaultdict(set)
    for edge in edges:
        if not edge.typing_only:
            graph[edge.source].add(edge.target)
    reach = {module: _reachable(graph, module) for module in list(graph)}
    groups = {
        tuple(sorted(m for m in reach[module] if module in reach.get(m, ())))
        for module in reach
        if module in reach[module]  # round a loop back to itself
    }
    return sorted(list(group) for group in groups)


def _reachable(graph: dict[str, set[str]], start: str) -> set[str]:
    """Every module ``start`` imports, directly or through others."""
    seen: set[str] = set()
    todo = list(graph.get(start, ()))
    while todo:
        module = todo.pop()
        if module not in seen:
            seen.add(module)
            todo.extend(graph.get(module, ()))
    return seen


def listing(root: Path = PACKAGE, *, every_module: bool = False) -> str:
    """The graph as text: imports between layers (how many, and from how many modules),
    then the cycles; with ``every_module``, each module's imports too."""
    edges = imports(root)
    between: dict[tuple[str, str], list[Import]] = defaultdict(list)
    for edge in edges:
        if layer(edge.source) != layer(edge.target):
            between[layer(edge.source), layer(edge.target)].append(edge)
    lines = ["imports between layers:"]
    for (source, target), found in sorted(between.items()):
        typing = sum(e.typing_only for e in found)
        lines.append(
            f"  {source:5} -> {target:5} {len(found):4} imports in {len({e.source for e in found}):3}"
            " modules" + (f" ({typing} only for type checkers)" if typing else "")
        )
    if every_module:
        lines.append("imports by module:")
        by_source: dict[str, set[str]] = defaultdict(set)
        for edge in edges:
            by_source[edge.source].add(edge.target + (" [typing]" if edge.typing_only else ""))
        for source in sorted(by_source):
            lines.append(f"  {source}: {', '.join(sorted(by_source[source]))}")
    found_cycles = cycles(edges)
    lines += [f"cycle: {' <-> '.join(group)}" for group in found_cycles]
    lines.append(f"import cycles: {len(found_cycles)} among {len(modules(root))} modules")
    return "\n".join(lines)


if __name__ == "__main__":
    root = Path(next((a for a in sys.argv[1:] if not a.startswith("-")), PACKAGE)).resolve()
    print(listing(root, every_module="--modules" in sys.argv))
