"""Classes of one file: who `self` is, a class and its bases in the file, what a class assigns to and reads
from `self`, and which of its methods forward reaches.

Base classes defined in the same file contribute the methods and attributes a class does not define
itself (enough to follow the usual `class Net(Base)` split); bases from elsewhere are unknown, and so
is anything they define.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Dict, Iterator, List, Optional, Set, Tuple

from bnlint.source.semantic.nodes import FUNCTION, is_attr_of, walk

if TYPE_CHECKING:  # pragma: no cover
    from bnlint.source.context import FileContext

NOT_INSTANCE_METHODS = ("staticmethod", "classmethod")


def decorator_names(ctx: "FileContext", func: ast.AST) -> List[str]:
    """Import-resolved names of a function's decorators (`@torch.no_grad()` -> 'torch.no_grad'; '?' when
    the decorator is not a name)."""
    return [ctx.qualname(d.func if isinstance(d, ast.Call) else d) or "?" for d in func.decorator_list]


def self_parameter(ctx: "FileContext", func: ast.AST) -> Optional[str]:
    """The instance parameter of a method: its first positional parameter, unless it is a static or class
    method (None then, and for anything that is not a function with a positional parameter)."""
    if not isinstance(func, FUNCTION):
        return None
    positional = func.args.posonlyargs + func.args.args
    if not positional or set(NOT_INSTANCE_METHODS) & set(decorator_names(ctx, func)):
        return None
    return positional[0].arg


@dataclass(frozen=True)
class Owner:
    """`name` is the instance parameter of `method`, a method of class `cls`."""

    name: str
    cls: ast.ClassDef
    method: ast.AST


def method_owner(ctx: "FileContext", node: ast.AST) -> Optional[Owner]:
    """Who `self` is at node: the instance parameter of the method around it. Closures inside a method see
    the method's `self`, so the outermost function below the nearest class counts."""
    func = None
    for anc in ctx.ancestors(node):
        if isinstance(anc, FUNCTION):
            func = anc
        elif isinstance(anc, ast.ClassDef):
            name = self_parameter(ctx, func) if func is not None else None
            return Owner(name, anc, func) if name else None
    return None


def methods(cls: ast.ClassDef) -> Dict[str, ast.AST]:
    """The functions defined directly in the class body, by name."""
    return {n.name: n for n in cls.body if isinstance(n, FUNCTION)}


def bases_in_file(ctx: "FileContext", cls: ast.ClassDef) -> List[ast.ClassDef]:
    """The direct base classes of cls that are defined in this file, in order."""
    out = []
    for base in cls.bases:
        found = ctx.classes.get(ctx.qualname(base) or "")
        if found is not None:
            out.append(found)
    return out


def class_chain(ctx: "FileContext", cls: ast.ClassDef) -> List[ast.ClassDef]:
    """The class and its base classes defined in this file, each once."""
    chain, todo = [], [cls]
    while todo:
        c = todo.pop()
        if c in chain:
            continue
        chain.append(c)
        todo += bases_in_file(ctx, c)
    return chain


def defines_data(ctx: "FileContext", cls: ast.ClassDef, attr: str) -> bool:
    """The class (or a base in the file) makes `attr` something other than a plain method:
    `self.train = True`, a class attribute, a property, `setattr(self, "train", ...)`."""
    for c in class_chain(ctx, cls):
        selves = {m.args.args[0].arg for m in methods(c).values() if m.args.args} | {"self"}
        for n in walk(c):
            if (isinstance(n, ast.Attribute) and n.attr == attr and isinstance(n.ctx, (ast.Store, ast.Del))
                    and isinstance(n.value, ast.Name) and n.value.id in selves):
                return True
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "setattr" and len(n.args) > 1:
                if isinstance(n.args[1], ast.Constant) and n.args[1].value == attr:
                    return True
        for stmt in c.body:
            if isinstance(stmt, (ast.Assign, ast.AnnAssign)):
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                if any(isinstance(t, ast.Name) and t.id == attr for t in targets):
                    return True
            elif isinstance(stmt, FUNCTION) and stmt.name == attr:
                if any(not isinstance(d, ast.Name) or d.id != "staticmethod" for d in stmt.decorator_list):
                    return True  # property, cached_property, a setter ...
    return False


def needs_arguments(ctx: "FileContext", cls: ast.ClassDef, attr: str) -> bool:
    """The class overrides `attr` with a method that cannot be called with no arguments."""
    for c in class_chain(ctx, cls):
        method = methods(c).get(attr)
        if method is not None:
            a = method.args
            positional = len(a.posonlyargs) + len(a.args) - 1 - len(a.defaults)
            return positional > 0 or any(d is None for d in a.kw_defaults)
    return False


# --------------------------------------------------------------------------- what a class does with self
@dataclass
class Assignment:
    target: ast.Attribute
    value: Optional[ast.expr]  # None for augmented or tuple assignments: value unknown
    method: ast.AST


@dataclass
class ClassInfo:
    cls: ast.ClassDef
    methods: Dict[str, ast.AST] = field(default_factory=dict)
    assigns: Dict[str, List[Assignment]] = field(default_factory=dict)
    uses: Dict[str, List[ast.Attribute]] = field(default_factory=dict)  # loads of self.<attr>
    dynamic: bool = False  # setattr/add_module/__dict__: attributes may be set where we cannot see

    def single_value(self, attr: str) -> Optional[ast.expr]:
        """The value of `self.<attr>` when it is assigned exactly once, with a visible value."""
        found = self.assigns.get(attr, [])
        if self.dynamic or len(found) != 1:
            return None
        return found[0].value


def _own(ctx: "FileContext", cls: ast.ClassDef) -> ClassInfo:
    info = ClassInfo(cls, methods=methods(cls))
    for func in info.methods.values():
        owner = self_parameter(ctx, func)
        if owner is None:
            continue
        for node in walk(func):
            if isinstance(node, ast.Attribute) and is_attr_of(node, owner):
                if isinstance(node.ctx, ast.Store):
                    parent = ctx.parents.get(node)
                    value = None
                    if isinstance(parent, ast.Assign) and len(parent.targets) == 1 and parent.targets[0] is node:
                        value = parent.value
                    elif isinstance(parent, ast.AnnAssign) and parent.target is node:
                        value = parent.value
                    info.assigns.setdefault(node.attr, []).append(Assignment(node, value, func))
                elif isinstance(node.ctx, ast.Load):
                    info.uses.setdefault(node.attr, []).append(node)
            elif isinstance(node, ast.Call):
                qn = ctx.call_qualname(node)
                if qn in ("setattr", "delattr") or (
                    isinstance(node.func, ast.Attribute)
                    and node.func.attr in ("add_module", "register_module", "__setattr__")
                ):
                    info.dynamic = True
            elif isinstance(node, ast.Attribute) and node.attr == "__dict__":
                info.dynamic = True
    return info


def class_info(ctx: "FileContext", cls: ast.ClassDef, _seen: Optional[Set[str]] = None) -> ClassInfo:
    """The class's own view merged with what in-file bases define and it does not."""
    info = _own(ctx, cls)
    seen = (_seen or set()) | {cls.name}
    for base_cls in bases_in_file(ctx, cls):
        if base_cls.name in seen:
            continue
        inherited = class_info(ctx, base_cls, seen)
        for k, v in inherited.methods.items():
            info.methods.setdefault(k, v)
        for k, v in inherited.assigns.items():
            info.assigns[k] = info.assigns.get(k, []) + v
        for k, v in inherited.uses.items():
            info.uses[k] = info.uses.get(k, []) + v
        info.dynamic |= inherited.dynamic
    return info


def module_functions(ctx: "FileContext") -> Dict[str, ast.AST]:
    """Functions defined at the top level of the file, by name."""
    return {n.name: n for n in ctx.tree.body if isinstance(n, FUNCTION)}


def reachable(ctx: "FileContext", info: ClassInfo, start: str = "forward") -> List[Tuple[ast.AST, Optional[str]]]:
    """`start` and every method of self or top-level function of the file it calls, transitively.

    Returns (function, name of its instance parameter or None for plain functions).
    """
    first = info.methods.get(start)
    if first is None:
        return []
    functions = module_functions(ctx)
    order: List[Tuple[ast.AST, Optional[str]]] = []
    todo = [(first, self_parameter(ctx, first))]
    seen: Set[int] = set()
    while todo:
        func, owner = todo.pop(0)
        if id(func) in seen:
            continue
        seen.add(id(func))
        order.append((func, owner))
        for node in _calls(func):
            target = None
            if owner and is_attr_of(node.func, owner) and node.func.attr in info.methods:
                target = info.methods[node.func.attr]
                todo.append((target, self_parameter(ctx, target)))
            elif isinstance(node.func, ast.Name) and node.func.id in functions and node.func.id not in ctx.imports:
                todo.append((functions[node.func.id], None))
    return order


def _calls(func: ast.AST) -> Iterator[ast.Call]:
    return (n for n in walk(func) if isinstance(n, ast.Call))
