"""Where an nn.Sequential literal goes, and the code that depends on its layout: what a fix that moves or
replaces one of its layers must be able to see and leave alone.

A fix inside a Sequential is only provable when the file shows everything that happens to it: it is bound
to one reference (`self.features = nn.Sequential(...)`, `net = ...`) and every use of that reference treats
it as one layer (calls it, moves it, hands it over). A Sequential returned by a helper may be stacked after
another block, and code that indexes, slices, measures or iterates it depends on where each layer sits.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Dict, Iterator, List, Optional

from bnlint.source.context import FileContext
from bnlint.source.semantic.nodes import walk

SEQUENTIAL = "torch.nn.Sequential"
ORDERED_DICT = {"collections.OrderedDict", "OrderedDict", "typing.OrderedDict"}
# Builtins whose result depends on the layers' positions or count.
LAYOUT_BUILTINS = {"len", "zip", "enumerate", "list", "tuple", "iter", "reversed", "sorted", "next", "map",
                   "filter", "dict", "getattr", "setattr", "delattr"}
# nn.Sequential's own methods that read or change its layout.
LAYOUT_METHODS = {"append", "extend", "insert", "pop", "add_module", "register_module", "children",
                  "named_children", "_modules", "__getitem__", "__len__", "__iter__", "__delitem__"}


@dataclass
class Placement:
    """The reference the outermost Sequential literal around a layer is bound to (None: the file does not show
    where it goes), and the first use of it that depends on its layout, if any."""

    ref: Optional[str]
    outer: ast.AST
    layout_use: Optional[ast.AST] = None


def placement(ctx: FileContext, call: ast.Call) -> Placement:
    outer = _outermost(ctx, call)
    parent = ctx.parents.get(outer)
    target = None
    if isinstance(parent, ast.Assign) and len(parent.targets) == 1 and parent.value is outer:
        target = parent.targets[0]
    elif isinstance(parent, ast.AnnAssign) and parent.value is outer:
        target = parent.target
    ref = _dotted(target) if target is not None else None
    if ref is None:
        return Placement(None, outer)
    return Placement(ref, outer, next(_layout_uses(ctx, parent, ref), None) or _outside_uses(ctx, parent, ref))


def _outermost(ctx: FileContext, call: ast.Call) -> ast.AST:
    """Climb out of Sequentials nested as layers, OrderedDict entries and lists starred into a Sequential."""
    node = call
    while True:
        parent = ctx.parents.get(node)
        if isinstance(parent, (ast.Starred, ast.List, ast.Tuple, ast.keyword)):
            node = parent
        elif isinstance(parent, ast.Call) and ctx.call_qualname(parent) in ORDERED_DICT | {SEQUENTIAL}:
            node = parent
        elif isinstance(parent, (ast.Assign, ast.AugAssign)) and isinstance(node, (ast.List, ast.Tuple)):
            starred = _starred_into(ctx, parent)  # `layers = [...]` ... `nn.Sequential(*layers)`
            if starred is None:
                return node
            node = starred
        else:
            return node


def _starred_into(ctx: FileContext, assign: ast.AST) -> Optional[ast.Call]:
    target = assign.targets[0] if isinstance(assign, ast.Assign) and len(assign.targets) == 1 else getattr(assign, "target", None)
    if not isinstance(target, ast.Name):
        return None
    scope = next((a for a in ctx.ancestors(assign) if isinstance(a, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Module))),
                 ctx.tree)
    for node in walk(scope):
        if (isinstance(node, ast.Call) and ctx.call_qualname(node) == SEQUENTIAL
                and any(isinstance(a, ast.Starred) and isinstance(a.value, ast.Name) and a.value.id == target.id
                        for a in node.args)):
            return node
    return None


def _dotted(node: ast.AST) -> Optional[str]:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        inner = _dotted(node.value)
        return f"{inner}.{node.attr}" if inner else None
    return None


def _layout_uses(ctx: FileContext, binding: ast.AST, ref: str) -> Iterator[ast.AST]:
    """Uses of `ref` that depend on positions: `ref[0]`, `ref[1:]`, `len(ref)`, `zip(ref, ...)`,
    `for layer in ref`, `ref.append(...)`. For `self.x` the whole class is searched, else the whole file
    (a module-level name) or the function that binds it."""
    first = ref.split(".")[0]
    in_class = False
    if "." in ref:
        area = next((a for a in ctx.ancestors(binding) if isinstance(a, ast.ClassDef)), ctx.tree)
        in_class = area is not ctx.tree
    else:
        area = next((a for a in ctx.ancestors(binding) if isinstance(a, (ast.FunctionDef, ast.AsyncFunctionDef))),
                    ctx.tree)
    for node in walk(area):
        if not isinstance(node, (ast.Name, ast.Attribute)) or _dotted(node) != ref or not isinstance(node.ctx, ast.Load):
            continue
        if in_class and not _same_self(ctx, node, first):
            continue
        if _by_position(ctx, node):
            yield node


def _derived(ctx: FileContext, owner: ast.ClassDef) -> List[Optional[ast.ClassDef]]:
    """The owner and the classes of the file derived from it (through bases named in the file)."""
    children = ctx.shared(_subclasses, _subclasses)
    found, todo = [], [owner]
    while todo:
        cls = todo.pop()
        if cls not in found:
            found.append(cls)
            todo += children.get(cls.name, [])
    return found


def _subclasses(ctx: FileContext) -> Dict[str, List[ast.ClassDef]]:
    out: Dict[str, List[ast.ClassDef]] = {}
    for cls in ctx.nodes_of(ast.ClassDef):
        for base in cls.bases:
            if isinstance(base, ast.Name):
                out.setdefault(base.id, []).append(cls)
    return out


def _outside_uses(ctx: FileContext, binding: ast.AST, ref: str) -> Optional[ast.AST]:
    """For an attribute (`self.seq`): a use by position anywhere in the file through any object (`enc.seq[-1]` at
    module level, `self.seq[-1]` in a subclass), or through a name it is copied to (`seq = self.seq; seq[-1]`)."""
    if "." not in ref:
        return None
    attr = ref.rsplit(".", 1)[1]
    owner = ctx.enclosing_class(binding)
    loads = ctx.shared(_attribute_loads, _attribute_loads).get(attr, {})
    # `self.<attr>` of the owner and of classes derived from it in the file; the attribute through any other object
    classes = _derived(ctx, owner) if owner is not None else list(loads)
    for node in [n for key in [None, *classes] for n in loads.get(key, ())]:
        if _by_position(ctx, node):
            return node
        parent = ctx.parents.get(node)
        if isinstance(parent, ast.Assign) and parent.value is node and len(parent.targets) == 1 \
                and isinstance(parent.targets[0], ast.Name):
            alias = next(_layout_uses(ctx, parent, parent.targets[0].id), None)
            if alias is not None:
                return alias
    return None


def _attribute_loads(ctx: FileContext) -> Dict[str, Dict[Optional[ast.ClassDef], List[ast.Attribute]]]:
    """Every `x.attr` the file reads, by attr, then by the class whose method reads it as `self.attr` (None: any
    other object). Once per file: each Sequential asks about its own attribute."""
    found: Dict[str, Dict[Optional[ast.ClassDef], List[ast.Attribute]]] = {}
    for node in ctx.nodes_of(ast.Attribute):
        if isinstance(node.ctx, ast.Load):
            own = isinstance(node.value, ast.Name) and node.value.id == "self"
            found.setdefault(node.attr, {}).setdefault(ctx.enclosing_class(node) if own else None, []).append(node)
    return found


def _by_position(ctx: FileContext, node: ast.AST) -> bool:
    parent = ctx.parents.get(node)
    return ((isinstance(parent, ast.Subscript) and parent.value is node)
            or (isinstance(parent, ast.Attribute) and parent.attr in LAYOUT_METHODS)
            or (isinstance(parent, ast.Call) and node in parent.args
                and (ctx.call_qualname(parent) or "") in LAYOUT_BUILTINS)
            or (isinstance(parent, (ast.For, ast.AsyncFor, ast.comprehension)) and parent.iter is node))


def _same_self(ctx: FileContext, node: ast.AST, first: str) -> bool:
    """`self.x` in a method whose first parameter is the `self` of the binding (not another object's `x`)."""
    func = next((a for a in ctx.ancestors(node) if isinstance(a, (ast.FunctionDef, ast.AsyncFunctionDef))), None)
    if func is None:
        return True
    params = func.args.posonlyargs + func.args.args
    return not params or params[0].arg == first
