"""Add `from pkg.module import Name` to a file once, as a text edit that leaves everything else alone."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Optional

from bnlint.source.context import FileContext


@dataclass(frozen=True)
class ImportPlan:
    name: Optional[str]  # the local name to use; None when the import cannot be added
    line: Optional[str] = None  # the import to add; None when the file already imports it
    problem: str = ""


def _bound_at_top(tree: ast.Module, name: str) -> bool:
    """Whether the module body binds `name` itself (class, def, assignment, import)."""
    for node in tree.body:
        if isinstance(node, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.name == name:
            return True
        if isinstance(node, (ast.Import, ast.ImportFrom)):
            for alias in node.names:
                if (alias.asname or alias.name.split(".")[0]) == name:
                    return True
        targets = node.targets if isinstance(node, ast.Assign) else [getattr(node, "target", None)]
        for t in targets:
            if t is not None and any(isinstance(n, ast.Name) and n.id == name for n in ast.walk(t)):
                return True
    return False


def _existing(tree: ast.Module, module: str, name: str) -> Optional[str]:
    for node in tree.body:
        if isinstance(node, ast.ImportFrom) and node.module == module and not node.level:
            for alias in node.names:
                if alias.name == name:
                    return alias.asname or name
    return None


def ensure_import(ctx: FileContext, target: str) -> ImportPlan:
    """Plan for using `target` ("pkg.module:Name") at module level of the file."""
    module, _, name = target.partition(":")
    local = _existing(ctx.tree, module, name)
    if local:
        return ImportPlan(local)
    if _bound_at_top(ctx.tree, name):
        return ImportPlan(None, problem=f"the name `{name}` is already taken in this file; import {module}.{name} yourself")
    line = f"from {module} import {name}"
    return ImportPlan(name, line)
