"""What a Module class in the file says about itself: its methods, `self.<attr>` assignments and uses.

Base classes defined in the same file contribute the methods and attributes a class does not
define itself (enough to follow the usual `class Net(Base)` split); bases from elsewhere are
unknown, and so is anything they define.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Set, Tuple

from bnlint.source.context import FileContext, walk

Function = (ast.FunctionDef, ast.AsyncFunctionDef)


def self_param(ctx: FileContext, func: ast.AST) -> Optional[str]:
    """Name of the instance parameter of a method (None for static and class methods)."""
    if not isinstance(func, Function) or not func.args.args:
        return None
    if any(ctx.qualname(d) in ("staticmethod", "classmethod") for d in func.decorator_list):
        return None
    return func.args.args[0].arg


def is_attr_of(node: ast.AST, owner: Optional[str], attr: Optional[str] = None) -> bool:
    """`<owner>.<attr>` (any attr when attr is None)."""
    return (
        owner is not None
        and isinstance(node, ast.Attribute)
        and isinstance(node.value, ast.Name)
        and node.value.id == owner
        and (attr is None or node.attr == attr)
    )


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


def _own(ctx: FileContext, cls: ast.ClassDef) -> ClassInfo:
    info = ClassInfo(cls, methods=ctx.methods(cls))
    for func in info.methods.values():
        owner = self_param(ctx, func)
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


def class_info(ctx: FileContext, cls: ast.ClassDef, _seen: Optional[Set[str]] = None) -> ClassInfo:
    """The class's own view merged with what in-file bases define and it does not."""
    info = _own(ctx, cls)
    seen = (_seen or set()) | {cls.name}
    for base in cls.bases:
        name = ctx.qualname(base)
        base_cls = ctx.classes.get(name) if name else None
        if base_cls is None or base_cls.name in seen:
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


def module_functions(ctx: FileContext) -> Dict[str, ast.AST]:
    """Functions defined at the top level of the file, by name."""
    return {n.name: n for n in ctx.tree.body if isinstance(n, Function)}


def reachable(ctx: FileContext, info: ClassInfo, start: str = "forward") -> List[Tuple[ast.AST, Optional[str]]]:
    """`start` and every method of self or top-level function of the file it calls, transitively.

    Returns (function, name of its instance parameter or None for plain functions).
    """
    first = info.methods.get(start)
    if first is None:
        return []
    functions = module_functions(ctx)
    order: List[Tuple[ast.AST, Optional[str]]] = []
    todo = [(first, self_param(ctx, first))]
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
                todo.append((target, self_param(ctx, target)))
            elif isinstance(node.func, ast.Name) and node.func.id in functions and node.func.id not in ctx.imports:
                todo.append((functions[node.func.id], None))
    return order


def _calls(func: ast.AST) -> Iterator[ast.Call]:
    return (n for n in walk(func) if isinstance(n, ast.Call))
