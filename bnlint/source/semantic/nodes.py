"""Small facts about `ast` nodes: fast walks, dotted names, call arguments, the block holding a statement."""

from __future__ import annotations

import ast
from typing import Callable, Dict, Iterator, List, Mapping, Optional, Tuple

FUNCTION = (ast.FunctionDef, ast.AsyncFunctionDef)
LOOP = (ast.For, ast.AsyncFor, ast.While)
DEFINITION = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)
_OPAQUE = (*FUNCTION, ast.Lambda, ast.ClassDef)

# ast node classes nothing derives from: `isinstance(n, t)` is `type(n) is t` for them.
CONCRETE = frozenset(
    c for c in vars(ast).values() if isinstance(c, type) and issubclass(c, ast.AST) and not c.__subclasses__()
)
# Fields that never hold a child worth visiting: names and literals, and `ctx` / `op` / `ops`, whose
# values (Load, Add, Eq ...) are singletons shared by the whole tree: type tags, not nodes. Skipping
# them leaves a third fewer nodes to visit on real code.
_NOT_CHILDREN = frozenset({
    "ctx", "op", "ops", "id", "attr", "arg", "name", "asname", "module", "level", "kind", "type_comment",
    "conversion", "is_async", "tag", "rest",
})


class _ChildFields(dict):
    """node class -> the names of its fields that may hold child nodes (computed once per class)."""

    def __missing__(self, cls: type) -> Tuple[str, ...]:
        fields = tuple(f for f in getattr(cls, "_fields", ()) if f not in _NOT_CHILDREN)
        if cls is ast.Constant:
            fields = ()
        self[cls] = fields
        return fields


CHILD_FIELDS: Dict[type, Tuple[str, ...]] = _ChildFields()


def walk(node: ast.AST) -> Iterator[ast.AST]:
    """node and every node below it, breadth first like ast.walk but without the `ctx` / `op` type tags,
    and about three times faster (no generator per node and field)."""
    out = [node]
    node_type, fields = ast.AST, CHILD_FIELDS
    for n in out:  # out grows while it is read
        yield n
        for name in fields[type(n)]:
            value = getattr(n, name, None)
            if type(value) is list:
                for v in value:
                    if isinstance(v, node_type):
                        out.append(v)
            elif isinstance(value, node_type):
                out.append(value)


def walk_own(body: List[ast.AST]) -> List[ast.AST]:
    """Nodes of a scope in source order, not descending into nested functions, lambdas and classes
    (which are included themselves). Reads the child fields directly: this runs over every node of a file."""
    out: List[ast.AST] = []
    todo = list(reversed(body))
    node_type, opaque, fields = ast.AST, _OPAQUE, CHILD_FIELDS
    while todo:
        node = todo.pop()
        out.append(node)
        if type(node) in opaque:
            continue
        children: List[ast.AST] = []
        for name in fields[type(node)]:
            value = getattr(node, name, None)
            if type(value) is list:
                children.extend([v for v in value if isinstance(v, node_type)])
            elif isinstance(value, node_type):
                children.append(value)
        if children:
            children.reverse()
            todo.extend(children)
    return out


def dotted(node: Optional[ast.AST], head: Callable[[str], str] = str) -> Optional[str]:
    """`self.model.backbone` as text, for a Name or a chain of attributes on one; else None.
    `head` maps the leading name (FileContext.qualname resolves imports with it)."""
    parts: List[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(head(node.id))
    return ".".join(reversed(parts))


def parameter_names(func: ast.AST) -> List[str]:
    """Every parameter a function takes: positional, keyword-only, then *args and **kwargs."""
    a = func.args
    return [x.arg for x in a.posonlyargs + a.args + a.kwonlyargs] + [x.arg for x in (a.vararg, a.kwarg) if x is not None]


def written_root(node: Optional[ast.AST]) -> Optional[str]:
    """The name a dotted expression starts with: `models` for `models.resnet18`; None for anything else."""
    while isinstance(node, ast.Attribute):
        node = node.value
    return node.id if isinstance(node, ast.Name) else None


def is_attr_of(node: ast.AST, owner: Optional[str], attr: Optional[str] = None) -> bool:
    """`<owner>.<attr>` (any attr when attr is None)."""
    return (
        owner is not None
        and isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == owner
        and (attr is None or node.attr == attr)
    )


def keyword(call: ast.Call, name: str) -> Optional[ast.keyword]:
    for kw in call.keywords:
        if kw.arg == name:
            return kw
    return None


def argument(call: ast.Call, name: str, index: Optional[int]) -> Optional[ast.AST]:
    """The argument passed for parameter `name` (positional `index`, None if keyword-only), else None.
    A `*args` at or before the index hides which value lands there: then only the keyword counts."""
    if index is not None and len(call.args) > index and not any(isinstance(a, ast.Starred) for a in call.args[:index + 1]):
        return call.args[index]
    kw = keyword(call, name)
    return kw.value if kw else None


def has_star_args(call: ast.Call) -> bool:
    return any(isinstance(a, ast.Starred) for a in call.args) or any(
        kw.arg is None for kw in call.keywords
    )


def call_arguments(call: ast.Call) -> List[ast.expr]:
    """Every argument expression of a call, positional then keyword."""
    return list(call.args) + [k.value for k in call.keywords]


def assignment_pairs(targets: List[ast.AST], value: ast.AST) -> Iterator[Tuple[ast.AST, ast.AST]]:
    """(target, value) of an assignment, unpacking `a, b = A(), B()` element by element."""
    for t in targets:
        if isinstance(t, (ast.Tuple, ast.List)) and isinstance(value, (ast.Tuple, ast.List)) and len(t.elts) == len(value.elts):
            yield from zip(t.elts, value.elts)
        else:
            yield t, value


def block_of(parents: Mapping[ast.AST, ast.AST], stmt: ast.AST) -> Optional[List[ast.stmt]]:
    """The statement list (a body, an else or a finally block) that holds stmt, else None."""
    parent = parents.get(stmt)
    for field in ("body", "orelse", "finalbody"):
        block = getattr(parent, field, None)
        if isinstance(block, list) and stmt in block:
            return block
    return None


def statement_and_block(parents: Mapping[ast.AST, ast.AST], node: ast.AST):
    """The statement holding node (node itself when it is one) and the block holding that statement;
    (None, None) when there is none."""
    while node is not None and not isinstance(node, ast.stmt):
        node = parents.get(node)
    if node is None:
        return None, None
    block = block_of(parents, node)
    return (node, block) if block is not None else (None, None)


def within(node: ast.AST, outer: ast.AST) -> bool:
    """node's source span lies inside outer's (or is the same)."""
    return (outer.lineno, outer.col_offset) <= (node.lineno, node.col_offset) and (
        node.end_lineno, node.end_col_offset) <= (outer.end_lineno, outer.end_col_offset)


def first_line(stmt: ast.stmt) -> int:
    """The statement's first line, decorators included."""
    return min([stmt.lineno] + [d.lineno for d in getattr(stmt, "decorator_list", [])])
