"""Classes of one file: who `self` is, a class and its bases in the file, what a class assigns to and reads
from `self`, and which of its methods forward reaches.

Base classes defined in the same file contribute the methods and attributes a class does not define
itself (enough to follow the usual `class Net(Base)` split); bases from elsewhere are unknown, and so
is anything they define.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Callable, Dict, FrozenSet, Iterator, List, Optional, Set, Tuple, TypeVar

from bnlint.source.semantic.nodes import FUNCTION, is_attr_of, walk

if TYPE_CHECKING:  # pragma: no cover
    from bnlint.source.context import FileContext

NOT_INSTANCE_METHODS = ("staticmethod", "classmethod")
T = TypeVar("T")


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
    chain, seen, todo = [], set(), [cls]
    while todo:
        c = todo.pop()
        if c in seen:
            continue
        seen.add(c)
        chain.append(c)
        todo += bases_in_file(ctx, c)
    return chain


def defines_data(ctx: "FileContext", cls: ast.ClassDef, attr: str) -> bool:
    """The class (or a base in the file) makes `attr` something other than a plain method:
    `self.train = True`, a class attribute, a property, `setattr(self, "train", ...)`."""
    return any(attr in _per_class(ctx, _data_names, c) for c in class_chain(ctx, cls))


def needs_arguments(ctx: "FileContext", cls: ast.ClassDef, attr: str) -> bool:
    """The class overrides `attr` with a method that cannot be called with no arguments."""
    for c in class_chain(ctx, cls):
        method = _per_class(ctx, _methods, c).get(attr)
        if method is not None:
            a = method.args
            positional = len(a.posonlyargs) + len(a.args) - 1 - len(a.defaults)
            return positional > 0 or any(d is None for d in a.kw_defaults)
    return False


def _per_class(ctx: "FileContext", build: Callable[["FileContext", ast.ClassDef], T], cls: ast.ClassDef) -> T:
    """build(ctx, cls), once per class and file: rules ask about the same class for each of its nodes, and a
    walk of the class per question cost the square of a big class's size."""
    table = ctx.shared(build, _new_table)
    if cls not in table:
        table[cls] = build(ctx, cls)
    return table[cls]


def _new_table(ctx: "FileContext") -> dict:
    return {}


def _methods(ctx: "FileContext", cls: ast.ClassDef) -> Dict[str, ast.AST]:
    return methods(cls)


def _data_names(ctx: "FileContext", c: ast.ClassDef) -> FrozenSet[str]:
    """The names class c itself makes data (see defines_data)."""
    selves = {m.args.args[0].arg for m in _per_class(ctx, _methods, c).values() if m.args.args} | {"self"}
    names: Set[str] = set()
    for n in walk(c):
        if (isinstance(n, ast.Attribute) and isinstance(n.ctx, (ast.Store, ast.Del))
                and isinstance(n.value, ast.Name) and n.value.id in selves):
            names.add(n.attr)
        elif isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "setattr" and len(n.args) > 1:
            if isinstance(n.args[1], ast.Constant) and isinstance(n.args[1].value, str):
                names.add(n.args[1].value)
    for stmt in c.body:
        if isinstance(stmt, (ast.Assign, ast.AnnAssign)):
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            names.update(t.id for t in targets if isinstance(t, ast.Name))
        elif isinstance(stmt, FUNCTION):
            if any(not isinstance(d, ast.Name) or d.id != "staticmethod" for d in stmt.decorator_list):
                names.add(stmt.name)  # property, cached_property, a setter ...
    return frozenset(names)


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


def class_info(ctx: "FileContext", cls: ast.ClassDef) -> ClassInfo:
    """The class's own view merged with what in-file bases define and it does not. Built once per class and
    file and shared by every caller (read it, do not change it): rebuilding it for each class and each rule
    made a file of many classes cost the square of its size."""
    memo, cyclic = ctx.shared(class_info, _new_memos)
    found = memo.get(cls) or cyclic.get(cls)
    if found is None:
        found, cut = _merged(ctx, cls, frozenset(), memo)
        (cyclic if cut else memo)[cls] = found  # a cut one holds only for a call from the top, as this one
    return found


def _new_memos(ctx: "FileContext") -> Tuple[Dict[ast.ClassDef, ClassInfo], Dict[ast.ClassDef, ClassInfo]]:
    return {}, {}


def _merged(ctx: "FileContext", cls: ast.ClassDef, seen: FrozenSet[str], memo: Dict[ast.ClassDef, ClassInfo]
            ) -> Tuple[ClassInfo, bool]:
    """(info, whether a base was left out because it is on the path here: a cycle of names). A base's info
    that left nothing out is the same from any path, so it is kept in memo and reused."""
    info = _own(ctx, cls)
    seen = seen | {cls.name}
    cut = False
    for base_cls in bases_in_file(ctx, cls):
        if base_cls.name in seen:
            cut = True
            continue
        inherited = memo.get(base_cls)
        if inherited is None:
            inherited, base_cut = _merged(ctx, base_cls, seen, memo)
            if base_cut:
                cut = True
            else:
                memo[base_cls] = inherited
        for k, v in inherited.methods.items():
            info.methods.setdefault(k, v)
        for k, v in inherited.assigns.items():
            info.assigns[k] = info.assigns.get(k, []) + v
        for k, v in inherited.uses.items():
            info.uses[k] = info.uses.get(k, []) + v
        info.dynamic |= inherited.dynamic
    return info, cut


def module_functions(ctx: "FileContext") -> Dict[str, ast.AST]:
    """Functions defined at the top level of the file, by name (once per file)."""
    return ctx.shared(module_functions, _module_functions)


def _module_functions(ctx: "FileContext") -> Dict[str, ast.AST]:
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
