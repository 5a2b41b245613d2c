"""The call graph of one file: which calls run a function or method of the file, with each argument bound
to its parameter, so that facts can be mapped between a caller's names and a callee's.

Calls are resolved to functions by name (as Python binds it), to methods of `self` and `super()`, and to
methods of objects whose class in the file is known (the analysis says which: `class_of`). A function
nobody in the file calls directly, or one handed to other code, may be called by code we cannot see:
`escapes` says so.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Callable, Dict, Iterator, List, Optional, Set, Tuple

from bnlint.source.semantic.nodes import dotted, walk
from bnlint.source.semantic.scopes import Scope, ScopeTree, root, scopes_of, under

# Decorators that leave a function called only where the file calls it.
STANDARD_DECORATORS = {"staticmethod", "classmethod", "property", "functools.wraps", "functools.cache",
                       "functools.lru_cache", "abc.abstractmethod", "typing.overload", "torch.jit.export",
                       "torch.jit.ignore", "torch.jit.unused"}


@dataclass(frozen=True)
class Site:
    """One call in the file to one of its functions, with arguments bound to parameters."""

    caller: Scope
    call: ast.Call
    callee: Scope
    args: Tuple[Tuple[str, ast.expr], ...]  # parameter -> expression passed
    receiver: Optional[str]  # the caller's reference bound to the callee's `self`, if known

    def arg(self, param: str) -> Optional[ast.expr]:
        return dict(self.args).get(param)


class CallGraph:
    """Sites of every call of a function of the file.

    class_of(scope, ref): the class of the file an object reference is an instance of, if known.
    passed(expr): the reference an argument hands over (`model.to(device)` hands over `model`), if any.
    transparent(decorator): a decorator that does not hand the function to other code.
    """

    def __init__(self, tree: ScopeTree, class_of: Callable[[Scope, str], Optional[ast.ClassDef]],
                 passed: Callable[[Optional[ast.AST]], Optional[str]], transparent: Callable[[str], bool]):
        self.tree, self.ctx = tree, tree.ctx
        self.class_of, self.passed, self.transparent = class_of, passed, transparent
        self._sites: Dict[ast.Call, Optional[Site]] = {}
        self._sites_to: Dict[Scope, List[Site]] = {s: [] for s in tree.scopes}
        self._references: Optional[Tuple[Set[str], Set[str]]] = None
        self._foreign: Dict[ast.Call, Optional[Site]] = {}
        # (scope, call) -> the call hands over a model of the file: set once the models are known (FileAnalysis)
        self.hands_model: Optional[Callable[[Scope, ast.Call], bool]] = None
        for scope in tree.scopes:
            for node in scope.calls:
                site = self.site(scope, node)
                if site is not None:
                    self._sites_to.setdefault(site.callee, []).append(site)

    def site(self, scope: Scope, call: ast.Call) -> Optional[Site]:
        if call in self._sites:
            found = self._sites[call]
        else:
            self._sites[call] = None  # guard: class_of may ask for sites while resolving
            found = self._resolve(scope, call)
            self._sites[call] = found
        return found if found is not None else self._foreign_site(scope, call)

    def _foreign_site(self, scope: Scope, call: ast.Call) -> Optional[Site]:
        """A call of another project file's function that is handed a model of this file (`evaluate(model,
        loader)`): resolved only then, and only once the models are known (`hands_model`), so that files full of
        calls into their package (a library's own sources) do not read the package for nothing."""
        if self.hands_model is None or self.ctx.project is None:
            return None
        if call in self._foreign:
            return self._foreign[call]
        self._foreign[call] = None
        head = call.func
        while isinstance(head, ast.Attribute):
            head = head.value
        if not (isinstance(head, ast.Name) and (head.id in self.ctx.imports or head.id in self.ctx.relative_imports)
                and self.tree.binding(scope, head.id) is self.tree.module and self.hands_model(scope, call)):
            return None
        found = self._in_project(scope, call)
        self._foreign[call] = found
        return found

    def _resolve(self, scope: Scope, call: ast.Call) -> Optional[Site]:
        f, tree, ctx = call.func, self.tree, self.ctx
        if isinstance(f, ast.Name):
            target = tree.function_named(scope, f.id)
            if target is not None:
                return self._bind(scope, call, target, None)
            cls = ctx.classes.get(f.id)
            if cls is not None and f.id not in ctx.imports and tree.binding(scope, f.id) is tree.module:
                init = tree.method(cls, "__init__")
                if init is not None:
                    return self._bind(scope, call, init, None)
            return None
        if not isinstance(f, ast.Attribute):
            return None
        value = f.value
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "super":
            if scope.cls is None:
                return None
            for base in scope.cls.bases:
                target = tree.method(ctx.classes.get(ctx.qualname(base) or ""), f.attr)
                if target is not None:
                    return self._bind(scope, call, target, scope.self_name)
            return None
        ref = dotted(value)
        if ref is None:
            return None
        if scope.self_name and ref == scope.self_name:
            target = tree.method(scope.cls, f.attr)
        else:
            target = tree.method(self.class_of(scope, ref), f.attr)
        return self._bind(scope, call, target, ref) if target is not None else None

    def _in_project(self, scope: Scope, call: ast.Call) -> Optional[Site]:
        """A call of a function another file of the project defines (`from utils import evaluate`), found by the
        project index; its scope is the one that file's analysis interprets."""
        project = self.ctx.project
        found = project.definition(self.ctx, call.func) if project is not None else None
        if found is None or not isinstance(found[1], (ast.FunctionDef, ast.AsyncFunctionDef)):
            return None
        other, node = found
        callee = scopes_of(other).by_node.get(node)
        return self._bind(scope, call, callee, None) if callee is not None else None

    def _bind(self, scope: Scope, call: ast.Call, callee: Scope, receiver: Optional[str]) -> Site:
        positional = list(callee.positional)
        if callee.self_name:
            positional = positional[1:]
        bound: Dict[str, ast.expr] = {}
        for param, arg in zip(positional, call.args):
            if isinstance(arg, ast.Starred):
                break
            bound[param] = arg
        for kw in call.keywords:
            if kw.arg in callee.params:
                bound[kw.arg] = kw.value
        return Site(scope, call, callee, tuple(bound.items()), receiver if callee.self_name else None)

    def site_at(self, call: ast.AST) -> Optional[Site]:
        """The call of a function of the file (or of another project file, see _foreign_site) that `call` is."""
        found = self._sites.get(call)
        if found is None and call in self._sites and self.hands_model is not None:
            return self._foreign_site(self.tree.scope_of(call), call)
        return found

    def all_sites(self) -> Iterator[Site]:
        return (s for sites in self._sites_to.values() for s in sites)

    def sites_to(self, scope: Scope) -> List[Site]:
        return self._sites_to.get(scope, [])

    def sites_in(self, scope: Scope, within: Optional[ast.AST] = None) -> Iterator[Site]:
        nodes = walk(within) if within is not None else scope.calls
        for node in nodes:
            if isinstance(node, ast.Call):
                site = self._sites.get(node)
                if site is not None and site.caller is scope:
                    yield site

    def to_caller(self, site: Site, ref: str) -> Optional[str]:
        """The caller's name for the callee's `ref` at this call, or None when it has none."""
        callee, first = site.callee, root(ref)
        rest = ref[len(first):]
        if self.tree.foreign(callee) and first not in callee.params:
            return None  # another file's globals are not the caller's
        if callee.self_name and first == callee.self_name:
            return site.receiver + rest if site.receiver else None
        if first in callee.params:
            arg = site.arg(first)
            passed = self.passed(arg) if arg is not None else None
            return passed + rest if passed else None
        shared = self.tree.binding(callee, first)
        return ref if shared is not callee and shared is self.tree.binding(site.caller, first) else None

    def to_callee(self, site: Site, ref: str) -> Optional[str]:
        """The callee's name for the caller's `ref` at this call, or None."""
        for param, arg in site.args:
            passed = self.passed(arg)
            rest = under(ref, passed) if passed else None
            if rest is not None:
                return param + rest
        if site.receiver and site.callee.self_name:
            rest = under(ref, site.receiver)
            if rest is not None:
                return site.callee.self_name + rest
        if self.tree.foreign(site.callee):
            return None
        first = root(ref)
        shared = self.tree.binding(site.caller, first)
        if shared is self.tree.binding(site.callee, first) and shared is not site.callee:
            return ref
        return None

    def escapes(self, scope: Scope) -> bool:
        """The function may be called by code we cannot see: passed as a value, decorated by a framework."""
        if scope.is_module:
            return False
        if any(d not in STANDARD_DECORATORS and not self.transparent(d) for d in scope.decorators):
            return True
        names, attrs = self.references()
        if scope.cls is None:
            return scope.name in names
        return scope.name in attrs

    def references(self) -> Tuple[Set[str], Set[str]]:
        """Function names used other than by a direct call, and method names used other than by a
        call this analysis resolves (`callbacks=[evaluate]`, `obj.validate()` on an unknown obj)."""
        if self._references is None:
            names, attrs = set(), set()
            for node in self.ctx.nodes:
                parent = self.ctx.parents.get(node)
                called = isinstance(parent, ast.Call) and parent.func is node
                if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and not called:
                    names.add(node.id)
                elif isinstance(node, ast.Attribute) and (not called or self._sites.get(parent) is None):
                    attrs.add(node.attr)
            self._references = (names, attrs)
        return self._references
