"""Scopes and bindings of one file: the module script and every function, and which scope a name is bound in.

Names are bound as Python binds them (locals, globals, closures), so `model` in a nested `evaluate()`
is the `model` of the function that defines it. A reference (`model`, `self.net`) is identified
across the file by its key: the scope its root name is bound in, or for `self.<...>` the class.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Dict, List, Optional, Set, Tuple

from bnlint.source.semantic.classes import bases_in_file, decorator_names, self_parameter
from bnlint.source.semantic.nodes import DEFINITION, FUNCTION, assignment_pairs, dotted, parameter_names, walk_own

if TYPE_CHECKING:  # pragma: no cover
    from bnlint.source.context import FileContext

Key = Tuple


def root(ref: str) -> str:
    """`model` for `model.backbone.layer1`."""
    return ref.split(".", 1)[0]


def under(ref: str, base: str) -> Optional[str]:
    """The rest of `ref` below `base` ('' when equal), or None when ref is not base or below it."""
    if ref == base:
        return ""
    return ref[len(base):] if ref.startswith(base + ".") else None


class Scope:
    """The module script or one function: its parameters, local names and nested functions."""

    def __init__(self, ctx: FileContext, node: ast.AST, parent: Optional["Scope"], cls: Optional[ast.ClassDef]):
        self.ctx = ctx  # the file it is in: another file's scope is a function of the project a call reaches
        self.node, self.parent, self.cls = node, parent, cls
        self.is_module = isinstance(node, ast.Module)
        self.name = "<module>" if self.is_module else node.name
        self.body: List[ast.stmt] = node.body
        self.nested: Dict[str, "Scope"] = {}
        self.params: List[str] = []
        self.positional: List[str] = []
        self.self_name: Optional[str] = None
        self.decorators: List[str] = []
        if not self.is_module:
            self.positional = [x.arg for x in node.args.posonlyargs + node.args.args]
            self.params = parameter_names(node)
            self.decorators = decorator_names(ctx, node)
            if cls is not None:
                self.self_name = self_parameter(ctx, node)
        self.own_nodes: List[ast.AST] = walk_own(self.body)
        self.globals: Set[str] = set()
        self.nonlocals: Set[str] = set()
        self.locals: Set[str] = set()
        # Filled by the same loop, so the analysis reads these short lists instead of every node again.
        self.calls: List[ast.Call] = []
        self.assignments: List[ast.AST] = []  # Assign and AnnAssign with a value
        self.definitions: List[ast.AST] = []  # nested functions and classes
        name_t, load_t, call_t, defs, imports = ast.Name, ast.Load, ast.Call, DEFINITION, (ast.Import, ast.ImportFrom)
        assign_t = (ast.Assign, ast.AnnAssign)
        for n in self.own_nodes:  # by exact type: this loop sees every node of the file once
            t = type(n)
            if t is name_t:
                if type(n.ctx) is not load_t:
                    self.locals.add(n.id)
            elif t is call_t:
                self.calls.append(n)
            elif t in assign_t:
                if n.value is not None:
                    self.assignments.append(n)
            elif t in defs:
                self.locals.add(n.name)
                self.definitions.append(n)
            elif t in imports:
                self.locals.update((a.asname or a.name).split(".")[0] for a in n.names)
            elif t is ast.Global:
                self.globals.update(n.names)
            elif t is ast.Nonlocal:
                self.nonlocals.update(n.names)
            elif t is ast.ExceptHandler and n.name:
                self.locals.add(n.name)
        self.locals -= self.globals | self.nonlocals

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"<Scope {self.name}>"


class ScopeTree:
    """Every scope of the file, how names bind, and every assignment to a reference, by key."""

    def __init__(self, ctx: "FileContext"):
        self.ctx = ctx
        self.scopes: List[Scope] = []
        self.module = self._build(ctx.tree, None, None)
        self.by_node: Dict[ast.AST, Scope] = {s.node: s for s in self.scopes}
        self._assigned: Dict[Key, List[Tuple[Scope, ast.AST]]] = {}
        for scope in self.scopes:
            for node in scope.assignments:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for t, value in assignment_pairs(targets, node.value):
                    ref = dotted(t)
                    if ref:
                        self._assigned.setdefault(self.key(scope, ref), []).append((scope, value))

    def _build(self, node: ast.AST, parent: Optional[Scope], cls: Optional[ast.ClassDef]) -> Scope:
        scope = Scope(self.ctx, node, parent, cls)
        self.scopes.append(scope)
        for n in scope.definitions:
            if isinstance(n, ast.ClassDef):
                self._class_methods(n, scope)
            else:
                scope.nested[n.name] = self._build(n, scope, None)
        return scope

    def _class_methods(self, cls: ast.ClassDef, parent: Scope) -> None:
        for n in walk_own(cls.body):
            if isinstance(n, FUNCTION) and self.ctx.parents.get(n) is cls:
                self._build(n, parent, cls)  # a class body is not an enclosing scope for its methods
            elif isinstance(n, ast.ClassDef) and n is not cls:
                self._class_methods(n, parent)

    def foreign(self, scope: Scope) -> bool:
        """scope is in another file of the project (a call resolved through the project index)."""
        return scope.ctx is not self.ctx

    def binding(self, scope: Scope, name: str) -> Scope:
        """The scope whose variable `name` is, seen from `scope` (globals and builtins: the module)."""
        s: Optional[Scope] = scope
        while s is not None:
            if name in s.globals:
                return self.module
            if name not in s.nonlocals and (name in s.locals or name in s.params):
                return s
            s = s.parent
        return self.module

    def key(self, scope: Scope, ref: str) -> Key:
        """What `ref` names, independent of the scope it is written in (`self.x` across a class's methods)."""
        first = root(ref)
        if scope.self_name and first == scope.self_name:
            return ("class", scope.cls.name, "self" + ref[len(first):])
        return (id(self.binding(scope, first).node), ref)

    def scope_of(self, node: ast.AST) -> Scope:
        """The scope whose own code contains node."""
        for anc in self.ctx.ancestors(node):
            if anc in self.by_node:
                return self.by_node[anc]
        return self.module

    def function_named(self, scope: Scope, name: str) -> Optional[Scope]:
        s: Optional[Scope] = scope
        while s is not None:
            if name in s.nested:
                return s.nested[name]
            if name in s.locals or name in s.params:
                return None  # something else under that name
            s = s.parent
        return None

    def method(self, cls: Optional[ast.ClassDef], name: str, seen: Tuple = ()) -> Optional[Scope]:
        """A method of a class of the file, or of one of its bases in the file."""
        if cls is None or cls in seen:
            return None
        for n in cls.body:
            if isinstance(n, FUNCTION) and n.name == name:
                return self.by_node.get(n)
        for base_cls in bases_in_file(self.ctx, cls):
            found = self.method(base_cls, name, seen + (cls,))
            if found:
                return found
        return None

    def assigned(self, key: Key) -> List[Tuple[Scope, ast.AST]]:
        """(scope, value) of every `ref = value` in the file for what the key names."""
        return self._assigned.get(key, [])

    def assigned_items(self):
        """(key, [(scope, value)]) for every reference assigned in the file."""
        return self._assigned.items()


def scopes_of(ctx: "FileContext") -> ScopeTree:
    """One ScopeTree per file, so that a scope handed to another file's call graph is the one this file's
    analysis interprets."""
    return ctx.shared(ScopeTree, ScopeTree)
