"""No import cycle between modules of ``models`` or ``desktop`` (headless: reads the source).

A cycle makes two modules one unit in disguise: neither can be read, tested or moved alone, and
the import order decides whether a name exists yet. Every ``import`` counts, including those
inside functions (a deferred import hides a cycle from Python, not from the reader).

Run it as a script to list the cycles: ``python tests/test_import_cycles.py``.
"""

from __future__ import annotations

import ast
import sys
from collections.abc import Iterator
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

#: Cycles present when this test was written, each as the set of modules in it. A cycle found
#: must lie inside one of these; shrinking or removing one is always fine. Empty the list as the
#: cycles go, and never add to it.
KNOWN: dict[str, list[frozenset[str]]] = {
    "models": [],
    "desktop": [],
}


def module_names(package: str) -> dict[str, Path]:
    """``{dotted name: file}`` for every module of ``package`` (packages by their __init__)."""
    root = REPO / package
    found: dict[str, Path] = {}
    for path in sorted(root.rglob("*.py")):
        rel = path.relative_to(REPO).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__init__":
            parts.pop()
        found[".".join(parts)] = path
    return found


def _imported(tree: ast.AST, name: str, is_package: bool) -> Iterator[str]:
    """Every dotted name an import statement anywhere in ``tree`` may refer to."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for alias in node.names:
                yield alias.name
        elif isinstance(node, ast.ImportFrom):
            if node.level:  # relative: resolve against this module's package
                base = name.split(".") if is_package else name.split(".")[:-1]
                base = base[: len(base) - (node.level - 1)]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            yield module
            for alias in node.names:  # ``from pkg import submodule``
                yield f"{module}.{alias.name}"


def import_graph(package: str) -> dict[str, set[str]]:
    """``{module: modules of the same package it imports}``."""
    modules = module_names(package)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
        is_package = path.name == "__init__.py"
        targets: set[str] = set()
        for dotted in _imported(tree, name, is_package):
            if dotted in modules and dotted != name:
                targets.add(dotted)
        graph[name] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[frozenset[str]] = []
    counter = 0
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph[child]))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                members: set[str] = set()
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    members.add(top)
                    if top == node:
                        break
                if len(members) > 1:
                    found.append(frozenset(members))
    return found


def new_cycles(package: str) -> list[list[str]]:
    known = KNOWN[package]
    return [sorted(c) for c in cycles(import_graph(package))
            if not any(c <= k for k in known)]


def test_the_cycle_finder_sees_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}, "e": set()}
    assert cycles(graph) == [frozenset({"a", "b", "c"})]


def test_no_new_import_cycle_in_the_core() -> None:
    assert new_cycles("models") == []


def test_no_new_import_cycle_in_the_desktop() -> None:
    assert new_cycles("desktop") == []


if __name__ == "__main__":
    for pkg in KNOWN:
        for cycle in cycles(import_graph(pkg)):
            print(pkg, sorted(cycle))
    sys.exit(0)
