"""Lists of layers as the source writes them, for nn.Sequential and nn.ModuleList (BN001).

`nn.Sequential(*layers)` where `layers` is built before: literals, `+=`, `append`, `extend`, and, since real
builders are written that way, `if`/`elif` branches (each branch is an option: `Either`) and loops (the
body repeated: `Repeat`, with how many times at least when the file says: `range(3)`, a default list); a
helper function of the file that returns such a list (`nn.Sequential(*make_layers(cfg))`); `[layer] * 3`.
Each entry remembers where its text is (Item), so that a fix can move or remove it. Anything else done to
the list (passed to a function, indexed, `insert`) makes it unknown: None.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import List, Optional, Tuple, Union

from bnlint.diagnostic import Position
from bnlint.source.analysis.bindings import call_sites
from bnlint.source.analysis.layer_values import Names
from bnlint.source.context import FileContext
from bnlint.source.semantic.nodes import FUNCTION, LOOP, dotted, statement_and_block, walk

DEPTH = 4


@dataclass(eq=False)
class Container:
    """A literal whose items sit next to each other in the source: call arguments, a list, a dict."""

    node: ast.AST
    items: List["Item"] = field(default_factory=list)


@dataclass(eq=False)
class Item:
    """The source text of one layer entry (`nn.Dropout(0.5)`, `("drop", nn.Dropout(0.5))`, `drop=...`)."""

    start: Position
    end: Position
    container: Optional[Container]
    index: int = 0


@dataclass(eq=False)
class Repeat:
    """A loop's entries, repeated `count` times at least (None: unknown, maybe never)."""

    body: List["Entry"]
    count: Optional[int]


@dataclass(eq=False)
class Either:
    """Branches of an `if`: one of the options is in the list (a branch that raises is no option)."""

    options: List[List["Entry"]]


Entry = Union[Tuple[Item, ast.expr], Repeat, Either]


def item(ctx: FileContext, first: ast.AST, last: ast.AST, container: Optional[Container]) -> Item:
    found = Item(ctx.start(first), ctx.end(last), container)
    if container is not None:
        found.index = len(container.items)
        container.items.append(found)
    return found


def literal(ctx: FileContext, node: ast.AST) -> Optional[List[Entry]]:
    if isinstance(node, (ast.List, ast.Tuple)) and not any(isinstance(e, ast.Starred) for e in node.elts):
        box = Container(node)
        return [(item(ctx, e, e, box), e) for e in node.elts]
    return None


def list_value(names: Names, node: ast.expr, at: ast.AST, depth: int = 0) -> Optional[List[Entry]]:
    """The entries of a list expression used at `at`: a literal, `a + b`, `[x] * n`, a comprehension, a name
    built before in the same block, a helper of the file that returns a list."""
    ctx = names.ctx
    if depth > DEPTH:
        return None
    found = literal(ctx, node)
    if found is not None:
        return found
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
        a, b = list_value(names, node.left, at, depth + 1), list_value(names, node.right, at, depth + 1)
        return a + b if a is not None and b is not None else None
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Mult):
        body = list_value(names, node.left, at, depth + 1)
        return [Repeat(body, names.integer(node.right))] if body is not None else None
    if isinstance(node, ast.ListComp) and len(node.generators) == 1 and not node.generators[0].ifs:
        return [Repeat([(item(ctx, node.elt, node.elt, None), node.elt)], names.length(node.generators[0].iter))]
    if isinstance(node, ast.Name):
        return built(names, node.id, at, depth + 1)
    if isinstance(node, ast.Call):
        return helper_list(names, node, depth + 1)
    return None


def built(names: Names, name: str, at: ast.AST, depth: int = 0) -> Optional[List[Entry]]:
    """`name` at `at`, built by the statements before it in the same block, from a `name = [...]` there."""
    stmt, block = statement_and_block(names.ctx.parents, at)
    if stmt is None:
        return None
    before = block[: block.index(stmt)]
    # The statement using the list may use the name only there.
    if sum(1 for n in walk(stmt) if isinstance(n, ast.Name) and n.id == name) != 1:
        return None
    start = next((i for i in range(len(before) - 1, -1, -1) if _binds(before[i], name)), None)
    if start is None:
        return None  # never bound in this block: a parameter, a global, a loop
    got = statements(names, name, before[start:], depth)
    return None if got == DEAD else got


DEAD = "dead"  # the statements end in `raise` or `return`: no list comes out of this path


def statements(names: Names, ref: str, stmts: List[ast.stmt], depth: int = 0):
    """The entries the statements leave in the list `ref` (a name or `self.x`): a list, DEAD, or None when
    something else is done to it."""
    out: List[Entry] = []
    for s in stmts:
        step = _step(names, ref, s, depth)
        if step is None or step == DEAD:
            return step
        kind, entries = step
        out = entries if kind == "reset" else out + entries
    return out


def _binds(s: ast.stmt, name: str) -> bool:
    return (isinstance(s, ast.Assign) and len(s.targets) == 1 and isinstance(s.targets[0], ast.Name)
            and s.targets[0].id == name)


def _mentions(node: ast.AST, ref: str) -> bool:
    return any(isinstance(n, (ast.Name, ast.Attribute)) and dotted(n) == ref for n in walk(node))


def _step(names: Names, ref: str, s: ast.stmt, depth: int):
    """("add" | "reset", entries), DEAD, or None (something else is done to the list). A condition the
    names decide keeps its branch only; else each branch is an option."""
    ctx = names.ctx
    if isinstance(s, (ast.Raise, ast.Return)) and not _mentions(s, ref):
        return DEAD
    if isinstance(s, ast.If):
        if _mentions(s.test, ref) or depth > DEPTH:
            return None
        known = names.truth(s.test)
        if known is not None:
            got = statements(names, ref, s.body if known else s.orelse, depth + 1)
            return got if got is None or got == DEAD else ("add", got)
        options = []
        for branch in (s.body, s.orelse):
            got = statements(names, ref, branch, depth + 1)
            if got is None:
                return None
            if got != DEAD:
                options.append(got)
        if not options:
            return DEAD
        return "add", ([] if all(not o for o in options) else [Either(options)])
    if isinstance(s, LOOP):
        if _mentions(s.iter if isinstance(s, ast.For) else s.test, ref) or s.orelse or depth > DEPTH:
            return None
        body = statements(names, ref, s.body, depth + 1)
        if body is None or body == DEAD:
            return None
        count = names.length(s.iter) if isinstance(s, ast.For) else None
        return "add", ([Repeat(body, count)] if body else [])
    if not _mentions(s, ref):
        return "add", []
    if isinstance(s, ast.Assign) and len(s.targets) == 1 and dotted(s.targets[0]) == ref:
        value = s.value
        if isinstance(value, ast.BinOp) and isinstance(value.op, ast.Add) and dotted(value.left) == ref:
            got = _added(names, value.right, ref, s, depth)
            return None if got is None else ("add", got)
        got = _added(names, value, ref, s, depth)
        return None if got is None else ("reset", got)
    if isinstance(s, ast.AugAssign) and isinstance(s.op, ast.Add) and dotted(s.target) == ref:
        got = _added(names, s.value, ref, s, depth)
        return None if got is None else ("add", got)
    if isinstance(s, ast.Expr) and isinstance(s.value, ast.Call):
        c = s.value
        if (isinstance(c.func, ast.Attribute) and dotted(c.func.value) == ref and len(c.args) == 1
                and not c.keywords and not _mentions(c.args[0], ref)):
            if c.func.attr == "append" and not isinstance(c.args[0], ast.Starred):
                return "add", [(item(ctx, c.args[0], c.args[0], None), c.args[0])]
            if c.func.attr == "extend":
                got = _added(names, c.args[0], ref, s, depth)
                return None if got is None else ("add", got)
    return None


def _added(names: Names, value: ast.expr, ref: str, s: ast.stmt, depth: int) -> Optional[List[Entry]]:
    if _mentions(value, ref) or isinstance(value, ast.Name):
        return None  # a name is another list object: its later changes would not show here
    return list_value(names, value, s, depth + 1)


def helper_list(names: Names, call: ast.Call, depth: int = 0) -> Optional[List[Entry]]:
    """The list a helper function of the file returns (`make_layers(cfg)`, `self._make_layer(...)`): its body
    must end with `return <list>` (a name built in the body, or a literal) and return nowhere else."""
    func = _helper(names.ctx, call)
    if func is None or depth > DEPTH:
        return None
    names = Names(names.ctx, names.binding + ((id(func), call, 0),))  # its parameters have this call's values
    body = func.body
    last = body[-1] if body else None
    if not isinstance(last, ast.Return) or last.value is None:
        return None
    if any(isinstance(n, ast.Return) for n in walk(func) if n is not last) or any(
            isinstance(n, (ast.Yield, ast.YieldFrom)) for n in walk(func)):
        return None
    if isinstance(last.value, ast.Name):
        name = last.value.id
        start = next((i for i in range(len(body) - 2, -1, -1) if _binds(body[i], name)), None)
        if start is None:
            return None
        got = statements(names, name, body[start:-1], depth + 1)
        return None if got == DEAD else got
    return list_value(names, last.value, last, depth + 1)


def _helper(ctx: FileContext, call: ast.Call) -> Optional[ast.AST]:
    f = call.func
    if isinstance(f, ast.Name) and f.id not in ctx.imports:
        found = [n for n in ctx.tree.body if isinstance(n, FUNCTION) and n.name == f.id]
        return found[-1] if found else None
    if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name):
        cls = ctx.enclosing_class(call)
        if cls is None:
            return None
        for n in cls.body:
            if isinstance(n, FUNCTION) and n.name == f.attr and call_sites(ctx, n) is not None:
                method = ctx.enclosing_function(call)
                params = method.args.posonlyargs + method.args.args if method is not None else []
                return n if params and params[0].arg == f.value.id else None
    return None
