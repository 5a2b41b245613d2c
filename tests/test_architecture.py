"""The package's shape: no import circles between bnlint's modules, no module over about 400 lines,
and rules that never import rules."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Dict, List, Set

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "bnlint"
MAX_LINES = 400


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES: Dict[str, Path] = {_module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imports_of(name: str) -> Set[str]:
    """Every bnlint module `name` imports, anywhere in it: at the top, inside functions (imported later, still
    a dependency) and under TYPE_CHECKING (a circle of types is a circle a reader has to hold). Importing an
    ancestor package (`from bnlint import catalogue` in bnlint.x) does not count as an edge to it: Python has
    finished importing the ancestor before any of its submodules runs."""
    tree = ast.parse(MODULES[name].read_text(encoding="utf-8"))
    found: Set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            found.update(f"{node.module}.{a.name}" for a in node.names)
    ancestors = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 1)}
    return {m for m in found if m in MODULES and m != name and m not in ancestors}


def cycles() -> List[List[str]]:
    graph = {name: sorted(imports_of(name)) for name in MODULES}
    index: Dict[str, int] = {}
    low: Dict[str, int] = {}
    stack: List[str] = []
    on_stack: Set[str] = set()
    found: List[List[str]] = []

    def connect(v: str) -> None:  # Tarjan's strongly connected components
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in graph[v]:
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in graph:
        if v not in index:
            connect(v)
    return found


def test_the_modules_are_found():
    assert {"bnlint.engine", "bnlint.source.check", "bnlint.graph.tier", "bnlint.torch_api"} <= set(MODULES)


def test_no_import_circles():
    assert cycles() == []


def test_the_cycle_finder_finds_a_circle(monkeypatch):
    fake = {"a": ["b"], "b": ["c"], "c": ["a"], "d": ["a"]}
    monkeypatch.setattr(__import__(__name__), "MODULES", {k: None for k in fake})
    monkeypatch.setattr(__import__(__name__), "imports_of", lambda name: set(fake[name]))
    assert cycles() == [["a", "b", "c"]]


@pytest.mark.parametrize("name", sorted(MODULES))
def test_no_module_is_over_the_size_a_reader_can_hold(name):
    lines = MODULES[name].read_text(encoding="utf-8").count("\n")
    assert lines <= MAX_LINES, f"{MODULES[name]} has {lines} lines: split it by what its parts are about"


def test_rules_never_import_rules():
    rules = [n for n in MODULES if n.startswith("bnlint.source.rules.")]
    for name in rules:
        assert not {m for m in imports_of(name) if m.startswith("bnlint.source.rules.")}, name
