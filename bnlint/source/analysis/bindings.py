"""Where a name in layer-building code gets its value, within one file (BN001): a local or module-level `=`,
a parameter's default and the arguments of the file's calls of its function (`Net(...)` and subclasses'
`super().__init__(...)` for `__init__`, `self.build(...)` for a method, `build(...)` for a module-level
function), `if name is None: name = X`. A Binding says which call made the object being analysed, so that its
`__init__` parameters have that call's values only. Anything else (loops, tuple targets, `*args`, a nested
function) is unknown: None.
"""

from __future__ import annotations

import ast
from collections import OrderedDict
from typing import Dict, List, Optional, Tuple, Union

from bnlint.source.context import FileContext
from bnlint.source.semantic.classes import decorator_names
from bnlint.source.semantic.nodes import FUNCTION, walk, walk_own

# (id of an `__init__`, the call that ran it, how many leading arguments are not its parameters)
Binding = Tuple[Tuple[int, ast.Call, int], ...]


def name_values(ctx: FileContext, node: ast.Name, binding: Binding = (), strict: bool = False
                ) -> Optional[List[ast.expr]]:
    """The expressions a name (not an import) is bound to where it is used: a parameter's (see
    parameter_values), a local's or a module global's `=` values; [node] for a class or function of the file;
    None when unknown."""
    name = node.id
    if _comprehension_bound(ctx, node):
        return None
    func = ctx.enclosing_function(node)
    while func is not None:
        if any(isinstance(a, ast.Lambda) for a in _between(ctx, node, func)):
            return None
        if name in _parameters(func):
            return parameter_values(ctx, func, name, binding, strict)
        assigned = _assigned(func.body, name)
        if assigned is None:
            return None
        if assigned:
            return assigned
        func = ctx.enclosing_function(func)
    defined = name in ctx.classes or any(isinstance(n, FUNCTION) and n.name == name for n in ctx.tree.body)
    assigned = _assigned(ctx.tree.body, name, definitions=defined)
    if assigned:
        return None if defined else assigned
    return [node] if defined and assigned is not None else None


def _between(ctx: FileContext, node: ast.AST, outer: ast.AST):
    for anc in ctx.ancestors(node):
        if anc is outer:
            return
        yield anc


def _comprehension_bound(ctx: FileContext, node: ast.Name) -> bool:
    for anc in ctx.ancestors(node):
        if isinstance(anc, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            if any(isinstance(n, ast.Name) and n.id == node.id for g in anc.generators for n in walk(g.target)):
                return True
        elif isinstance(anc, FUNCTION):
            return False
    return False


def _parameters(func: ast.AST) -> List[str]:
    a = func.args
    return [x.arg for x in a.posonlyargs + a.args + a.kwonlyargs] + [x.arg for x in (a.vararg, a.kwarg) if x]


_OWN: "OrderedDict[int, Tuple[list, List[ast.AST]]]" = OrderedDict()  # id(body) -> (body, its own nodes)


def _own_nodes(body: List[ast.AST]) -> List[ast.AST]:
    """walk_own(body), kept for the last bodies asked about: a scope's names are asked about one by one."""
    kept = _OWN.get(id(body))
    if kept is not None and kept[0] is body:
        _OWN.move_to_end(id(body))
        return kept[1]
    nodes = walk_own(body)
    _OWN[id(body)] = (body, nodes)
    if len(_OWN) > 64:
        _OWN.popitem(last=False)
    return nodes


def _assigned(body: List[ast.stmt], name: str, definitions: bool = False) -> Optional[List[ast.expr]]:
    """The values `name = value` binds in this scope's own code; [] when it binds none; None when it is bound
    some other way (a loop, a tuple, `+=`, an import, `global`)."""
    out: List[ast.expr] = []
    nodes = _own_nodes(body)
    plain = set()
    for n in nodes:
        if isinstance(n, (ast.Assign, ast.AnnAssign)) and n.value is not None:
            targets = n.targets if isinstance(n, ast.Assign) else [n.target]
            if len(targets) == 1 and isinstance(targets[0], ast.Name):
                plain.add(id(targets[0]))
    for n in nodes:
        if isinstance(n, (ast.Global, ast.Nonlocal)) and name in n.names:
            return None
        if isinstance(n, FUNCTION + (ast.ClassDef,)) and n.name == name and not definitions:
            return None
        if isinstance(n, (ast.Import, ast.ImportFrom)) and any((a.asname or a.name).split(".")[0] == name
                                                               for a in n.names):
            return None
        if isinstance(n, ast.Name) and n.id == name and not isinstance(n.ctx, ast.Load) and id(n) not in plain:
            return None  # every plain `name = value` is taken below; this is another kind of binding
        if isinstance(n, (ast.Assign, ast.AnnAssign)):
            targets = n.targets if isinstance(n, ast.Assign) else [n.target]
            if any(isinstance(t, ast.Name) and t.id == name for t in targets) and n.value is not None:
                if len(targets) != 1:
                    return None
                out.append(n.value)
    return out


def parameter_values(ctx: FileContext, func: ast.AST, name: str, binding: Binding = (), strict: bool = False
                     ) -> Optional[List[ast.expr]]:
    """A parameter: what the file's calls of the function pass for it, or its default where a call passes
    nothing; `if name is None: name = X` replaces a None. With a binding for the function, only that call
    counts. A function nobody in the file calls keeps its default, unless `strict` (then: unknown)."""
    replaced = _none_replacement(func, name)
    if replaced is False:
        return None
    index, default = _signature(ctx, func, name)
    bound = [(call, shift) for f, call, shift in binding if f == id(func)]
    sites = bound[-1:] if bound else call_sites(ctx, func)
    if sites is None:
        return None
    found: List[ast.expr] = []
    if not sites:
        if default is None or strict:
            return None
        found.append(default)
    for call, shift in sites:
        arg = _argument(call, name, None if index is None else index + shift)
        if arg is False:
            return None
        if arg is None:
            if default is None:
                return None
            arg = default
        found.append(arg)
    if replaced is not None:
        found = [replaced if isinstance(v, ast.Constant) and v.value is None else v for v in found]
    return found


def _none_replacement(func: ast.AST, name: str) -> Union[None, bool, ast.expr]:
    """X for the idiom `if name is None: name = X` (the only rebinding of the parameter), None when the
    parameter is never rebound, False when it is rebound otherwise."""
    stores = [n for n in _own_nodes(func.body) if isinstance(n, ast.Name) and n.id == name
              and not isinstance(n.ctx, ast.Load)]
    if not stores:
        return None
    for stmt in func.body:
        if (isinstance(stmt, ast.If) and not stmt.orelse and len(stmt.body) == 1 and len(stores) == 1
                and isinstance(stmt.test, ast.Compare) and isinstance(stmt.test.left, ast.Name)
                and stmt.test.left.id == name and isinstance(stmt.test.ops[0], ast.Is)
                and isinstance(stmt.test.comparators[0], ast.Constant) and stmt.test.comparators[0].value is None
                and isinstance(stmt.body[0], ast.Assign) and len(stmt.body[0].targets) == 1
                and stmt.body[0].targets[0] is stores[0]):
            return stmt.body[0].value
    return False


def _signature(ctx: FileContext, func: ast.AST, name: str) -> Tuple[Optional[int], Optional[ast.expr]]:
    """(positional index of the parameter among those a caller passes, its default)."""
    a = func.args
    positional = a.posonlyargs + a.args
    if _is_method(ctx, func):
        positional = positional[1:]
    for i, p in enumerate(positional):
        if p.arg == name:
            k = len(positional) - len(a.defaults)
            return i, (a.defaults[i - k] if i >= k else None)
    for p, d in zip(a.kwonlyargs, a.kw_defaults):
        if p.arg == name:
            return None, d
    return None, None


def _is_method(ctx: FileContext, func: ast.AST) -> bool:
    return (isinstance(ctx.parents.get(func), ast.ClassDef)
            and "staticmethod" not in decorator_names(ctx, func))


def _argument(call: ast.Call, name: str, index: Optional[int]) -> Union[None, bool, ast.expr]:
    """What the call passes for the parameter: the expression, None (nothing: the default), False (unknown:
    a `*args` or `**kwargs` may hold it)."""
    for i, arg in enumerate(call.args):
        if isinstance(arg, ast.Starred):
            return False
        if index is not None and i == index:
            return arg
    for kw in call.keywords:
        if kw.arg is None:
            return False
        if kw.arg == name:
            return kw.value
    return None


def call_sites(ctx: FileContext, func: ast.AST) -> Optional[List[Tuple[ast.Call, int]]]:
    """The file's calls of a function, each with the shift of its positional arguments (1 for an explicit
    `Base.__init__(self, ...)`); None when the function can be called in ways the file does not show
    (a nested function, a static or class method)."""
    index = ctx.shared(call_sites, _calls_by_name)
    parent = ctx.parents.get(func)
    if isinstance(parent, ast.Module):
        return [(c, 0) for c in index.get(func.name, []) if isinstance(c.func, ast.Name)]
    if not isinstance(parent, ast.ClassDef) or not _is_method(ctx, func):
        return None
    if set(decorator_names(ctx, func)) & {"classmethod"}:
        return None
    cls = parent
    if func.name != "__init__":
        out = []
        for c in index.get(func.name, []):
            owner = ctx.enclosing_class(c)
            if isinstance(c.func, ast.Attribute) and isinstance(c.func.value, ast.Name) and owner is not None \
                    and (owner is cls or cls.name in _base_names(ctx, owner)):
                method = ctx.enclosing_function(c)
                params = method.args.posonlyargs + method.args.args if method is not None else []
                if params and c.func.value.id == params[0].arg:
                    out.append((c, 0))
        return out
    out = []
    if ctx.classes.get(cls.name) is cls and cls.name not in ctx.imports:
        out += [(c, 0) for c in index.get(cls.name, []) if isinstance(c.func, ast.Name)]
    for c in index.get("__init__", []):
        owner = ctx.enclosing_class(c)
        if owner is None or owner is cls or cls.name not in _base_names(ctx, owner):
            continue
        f = c.func
        if isinstance(f, ast.Attribute) and isinstance(f.value, ast.Call) and isinstance(f.value.func, ast.Name) \
                and f.value.func.id == "super":
            if owner.bases and _base_names(ctx, owner)[0] == cls.name:
                out.append((c, 0))
            else:
                return None  # super() of a class with several bases: which __init__ is not plain
        elif isinstance(f, ast.Attribute) and isinstance(f.value, ast.Name) and f.value.id == cls.name:
            out.append((c, 1))
    return out


def _base_names(ctx: FileContext, cls: ast.ClassDef) -> List[str]:
    return [ctx.qualname(b) or "" for b in cls.bases]


def _calls_by_name(ctx: FileContext) -> Dict[str, List[ast.Call]]:
    index: Dict[str, List[ast.Call]] = {}
    for c in ctx.nodes_of(ast.Call):
        f = c.func
        name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
        if name is not None:
            index.setdefault(name, []).append(c)
    return index
