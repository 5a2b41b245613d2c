"""Model instances another project file makes at its top level (`net = Net()` in model.py) and this file imports
(`from model import net`): the mode each is in when the import runs, read from that file's top-level code.

Known only where that file leaves no doubt: the name is bound once at top level by an assignment that builds a
Module (a class of the project, torchvision, timm ...; `.to(device)`, `.eval()` and `.train()` chained on it count),
and every later mention at top level is a statement `net.eval()`, `net.train(...)`, `net.load_state_dict(...)` or
`net.to(device)`. Anything else (a function of that file that switches its mode or hands it on, a `global`, a second
binding, a use under `if` or in a loop) makes it unknown, and unknown never yields a finding.
"""

from __future__ import annotations

import ast
from typing import Dict, Optional

from bnlint.source.analysis.modes import EVAL, TRAIN, train_call_mode
from bnlint.source.analysis.references import Instance, construction
from bnlint.source.context import FileContext
from bnlint.source.semantic.nodes import walk, written_root
from bnlint.torch_api import CHAINABLE

# Methods a top-level statement may call on the instance that leave its mode as it was.
_KEEPS_MODE = CHAINABLE | {"load_state_dict", "share_memory"}
# Calls in a function of that file that may switch the instance's mode (or a part's).
_SWITCHES = {"eval", "train", "apply"}


def imported_instances(ctx: FileContext) -> Dict[str, Instance]:
    """Local name -> each model instance of another project file this file imports at its top level and calls;
    those whose mode is unknown are left out."""
    return ctx.shared("imported instances", _imported_instances)


def _imported_instances(ctx: FileContext) -> Dict[str, Instance]:
    if ctx.project is None:
        return {}
    calls = list(ctx.nodes_of(ast.Call))
    # run here (`net(x)`) or handed to a function (`evaluate(net, loader)`)
    called = {n.func.id for n in calls if isinstance(n.func, ast.Name)} | {
        a.id for n in calls for a in n.args if isinstance(a, ast.Name)}
    found = {}
    for node in ctx.tree.body:
        if not isinstance(node, ast.ImportFrom):
            continue
        for alias in node.names:
            local = alias.asname or alias.name
            if local not in called:
                continue  # only a model the file runs or hands on: most imported names are functions and constants
            instance = ctx.project.instance(ctx, local)
            mode = instance_mode(*instance) if instance is not None else None
            if mode is not None:
                found[local] = Instance(mode, *instance)
    return found


def instance_mode(other: FileContext, assign: ast.Assign) -> Optional[str]:
    """The mode of what `assign` binds once `other`'s top-level code has run, or None when unknown."""
    return other.shared(("instance mode", assign.lineno), lambda ctx: _instance_mode(ctx, assign))


def _instance_mode(other: FileContext, assign: ast.Assign) -> Optional[str]:
    if len(assign.targets) != 1 or not isinstance(assign.targets[0], ast.Name):
        return None
    name = assign.targets[0].id
    mode = _built_mode(other, assign.value)
    if mode is None:
        return None
    body = other.tree.body
    for stmt in body[body.index(assign) + 1:]:
        if _is_main_block(stmt):
            continue  # not run when the module is imported
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            if not _only_reads(stmt, name):
                return None  # may switch its mode or hand it on when called
            continue
        if not any(isinstance(n, ast.Name) and n.id == name for n in walk(stmt)):
            continue
        method = _method_statement(stmt, name)
        if method is None or method[0] not in _KEEPS_MODE | {"eval", "train"}:
            return None
        mode = _switched(mode, method[0], method[1])
        if mode is None:
            return None
    for stmt in body[:body.index(assign)]:  # a function defined above may switch it too
        if isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and not _only_reads(stmt, name):
            return None
    return mode


def _built_mode(ctx: FileContext, value: ast.AST) -> Optional[str]:
    """`Net()` -> TRAIN; `Net().to(device).eval()` -> EVAL; anything but a Module built here -> None."""
    chain = []
    while (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
           and value.func.attr in CHAINABLE | {"eval", "train"}):
        chain.append(value)
        value = value.func.value
    kind = construction(ctx, value) if isinstance(value, ast.Call) else None
    mode = kind[1] if kind is not None and kind[0] == "module" and kind[1] in (TRAIN, EVAL) else None
    for call in reversed(chain):
        mode = _switched(mode, call.func.attr, call) if mode is not None else None
    return mode


def _switched(mode: Optional[str], method: str, call: ast.Call) -> Optional[str]:
    """The mode after `net.<method>(...)` (None: unknown)."""
    if method == "eval":
        return EVAL if not call.args and not call.keywords else None
    if method == "train":
        after = train_call_mode(call)
        return after if after in (TRAIN, EVAL) else None
    return mode


def _method_statement(stmt: ast.stmt, name: str):
    """(method, call) for a statement `name.method(...)`, else None."""
    call = stmt.value if isinstance(stmt, ast.Expr) else None
    if (isinstance(call, ast.Call) and isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name)
            and call.func.value.id == name and not any(isinstance(n, ast.Name) and n.id == name
                                                       for a in call.args + [k.value for k in call.keywords] for n in walk(a))):
        return call.func.attr, call
    return None


def _only_reads(definition: ast.AST, name: str) -> bool:
    """The definition mentions `name` only to run it or to read it (`net(x)`, `net.parameters()`), never to switch
    a mode, to assign to it, or to hand it on (an argument, an alias, a return)."""
    for node in walk(definition):
        if isinstance(node, (ast.Global, ast.Nonlocal)) and name in node.names:
            return False
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in _SWITCHES
                and written_root(node.func.value) == name):
            return False  # `net.eval()`, `net.backbone.train()`
        if isinstance(node, ast.Attribute) and isinstance(node.ctx, ast.Store) and written_root(node) == name:
            return False  # `net.training = False`
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.Name) and child.id == name and not (
                    isinstance(node, ast.Call) and child is node.func or isinstance(node, ast.Attribute)):
                return False
    return True


def _is_main_block(stmt: ast.stmt) -> bool:
    test = stmt.test if isinstance(stmt, ast.If) else None
    return (isinstance(test, ast.Compare) and isinstance(test.left, ast.Name) and test.left.id == "__name__"
            and len(test.comparators) == 1 and isinstance(test.comparators[0], ast.Constant)
            and test.comparators[0].value == "__main__")
