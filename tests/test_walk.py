"""The fast tree walks (context.walk, FileContext.nodes / parents / nodes_of, models.walk_own) visit what
ast.walk visits, less the shared `ctx` / `op` type tags, in the same order."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from bnlint.source.context import FileContext
from bnlint.source.semantic.nodes import walk
from bnlint.source.semantic.nodes import walk_own

from helpers import settings_for

ROOT = Path(__file__).resolve().parent.parent
TAGS = (ast.expr_context, ast.operator, ast.cmpop, ast.boolop, ast.unaryop)
SOURCES = sorted([*(ROOT / "bnlint").rglob("*.py"), *(ROOT / "examples").rglob("*.py")])
EVERY_SYNTAX = '''
import a.b as c
from .x import (y as z, w)
@dec(1)
async def f(p, /, q: int = 1, *r, s, t=2, **u) -> "T":
    global g
    async with a as (b, c), d:
        async for i, *j in k:
            yield from [x async for x in y if x]
    try:
        raise E from F
    except (A, B) as e:
        pass
    else:
        del a[1:2, ::3], b.c
    finally:
        nonlocal_ = lambda q=1, *a, **k: (yield)
    try:
        pass
    except* C:
        pass
    match v:
        case [1, *rest] | {"k": _, **kw} | Point(x=0) as p if p:
            print(f"{a!r:>{w}}", not a, -b, a @ b, a if b else c, a < b <= c is not d)
    return {**d, 1: 2}, {1, *s}, (x := 3), await g
class K(Base, metaclass=M):
    x: int = 1
    y += 2
'''


def trees():
    for path in SOURCES:
        yield pytest.param(ast.parse(path.read_text(encoding="utf-8")), id=str(path.relative_to(ROOT)))
    yield pytest.param(ast.parse(EVERY_SYNTAX), id="every-syntax")


def expected(tree):
    return [n for n in ast.walk(tree) if not isinstance(n, TAGS)]


@pytest.mark.parametrize("tree", list(trees()))
def test_walk_matches_ast_walk_without_the_type_tags(tree):
    assert list(walk(tree)) == expected(tree)


@pytest.mark.parametrize("tree", list(trees()))
def test_file_context_nodes_parents_and_index(tree):
    ctx = FileContext("t.py", "", tree, settings_for())
    assert ctx.nodes == expected(tree)
    parents = {child: node for node in expected(tree) for child in ast.iter_child_nodes(node)
               if not isinstance(child, TAGS)}
    assert ctx.parents == parents
    for types in [(ast.Call,), (ast.Name,), (ast.Import, ast.ImportFrom), (ast.FunctionDef, ast.AsyncFunctionDef, ast.expr)]:
        assert list(ctx.nodes_of(*types)) == [n for n in expected(tree) if isinstance(n, types)]


def test_walk_own_stops_at_nested_scopes_and_keeps_source_order():
    tree = ast.parse("a = 1\ndef f():\n    b = 2\nclass C:\n    c = 3\nx = [y for y in z]\nl = lambda: q\n")
    names = [n.id for n in walk_own(tree.body) if isinstance(n, ast.Name)]
    assert names == ["a", "x", "y", "y", "z", "l"]


def test_a_folder_that_cannot_be_listed_is_reported_not_skipped(tmp_path, monkeypatch):
    """As root in CI, permissions do not stop a listing: the refusal is simulated where the walk lists."""
    import json
    import os

    from click.testing import CliRunner

    from bnlint.cli import main

    (tmp_path / "ok").mkdir()
    (tmp_path / "ok" / "a.py").write_text("x = 1\n")
    (tmp_path / "locked").mkdir()
    locked = str(tmp_path / "locked")
    real_scandir, real_listdir = os.scandir, os.listdir

    def refuse(real):
        def listing(path="."):
            if os.fspath(path) == locked:
                raise PermissionError(13, "Permission denied", os.fspath(path))
            return real(path)
        return listing

    monkeypatch.setattr(os, "scandir", refuse(real_scandir))
    monkeypatch.setattr(os, "listdir", refuse(real_listdir))
    r = CliRunner().invoke(main, ["check", "--no-cache", "--output-format", "json", str(tmp_path)])
    assert r.exit_code == 1, r.output
    (d,) = json.loads(r.output)
    assert d["code"] == "BN900" and d["filename"].endswith("locked") and "Permission denied" in d["message"]
