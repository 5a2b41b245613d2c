"""Mode flow across the file: each scope interpreted once (bnlint.source.analysis.interpreter), its exit
states as the summary its callers apply, and what a function is entered with.

What a function is entered with is the join over its call sites in the file ("mode on entry"), so a
caller's `model.eval()` counts for the callee. A function nobody in the file calls, or one handed to
other code as a callback, is entered in an unknown mode, and unknown never yields a finding: when the
evidence is not in the file, the rules stay silent.
"""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Dict, Optional, Set, Tuple

from bnlint.source.analysis.interpreter import Interpreter
from bnlint.source.analysis.modes import EVAL, GRAD_ENTRY, OFF, ON, UNKNOWN, ScopeFlow, States, entry_ref
from bnlint.source.analysis.training import grad_decorator_value
from bnlint.source.analysis.transfer import ModeTransfer
from bnlint.source.semantic.scopes import Scope, ScopeTree
from bnlint.torch_api import LIGHTNING_EVAL_HOOKS

if TYPE_CHECKING:  # pragma: no cover
    from bnlint.source.analysis.references import ModuleReferences
    from bnlint.source.semantic.calls import CallGraph


class ModeFlows:
    def __init__(self, tree: ScopeTree, calls: "CallGraph", refs: "ModuleReferences"):
        self.tree, self.calls, self.ctx = tree, calls, tree.ctx
        self.transfer = ModeTransfer(tree, calls, refs, self)
        self._flows: Dict[Scope, Optional[ScopeFlow]] = {}
        self._busy: Set[object] = set()
        self._entry: Dict[Tuple[Scope, str], Set[str]] = {}
        self._entry_grad: Dict[Scope, Set[str]] = {}
        self.other = None  # the analysis of another file's scope (set by FileAnalysis)

    def flow(self, scope: Scope) -> Optional[ScopeFlow]:
        if self.tree.foreign(scope):
            return self.other(scope).flows.flow(scope)
        if scope in self._flows:
            return self._flows[scope]
        if scope in self._busy:
            return None  # recursion: the caller treats the call as unknown code
        self._busy.add(scope)
        try:
            result = Interpreter(self.transfer, scope).run()
        finally:
            self._busy.discard(scope)
        self._flows[scope] = result
        return result

    def summary(self, scope: Scope) -> Optional[States]:
        f = self.flow(scope)
        return None if f is None or f.failed else f.exits

    def states_at(self, scope: Scope, node: ast.AST) -> States:
        """The mode states just before the call (or yield) node runs."""
        f = self.flow(scope)
        return f.at.get(node, frozenset()) if f else frozenset()

    def concrete(self, scope: Scope, value: str) -> Set[str]:
        """A mode value with 'entry:' resolved from the callers of scope."""
        ref = entry_ref(value)
        return {value} if ref is None else self.entry_modes(scope, ref)

    def modes_at(self, scope: Scope, node: ast.AST, ref: str) -> Set[str]:
        """The modes `ref` may be in when the call `node` runs."""
        out: Set[str] = set()
        for p in self.states_at(scope, node):
            out |= self.concrete(scope, p.mode(ref))
        return out

    def grads_at(self, scope: Scope, node: ast.AST) -> Set[str]:
        out: Set[str] = set()
        for p in self.states_at(scope, node):
            out |= self.entry_grad(scope) if p.grad[-1] == GRAD_ENTRY else {p.grad[-1]}
        return out

    def entry_modes(self, scope: Scope, ref: str) -> Set[str]:
        """The modes `ref` may be in when scope starts: joined over its callers in the file."""
        memo = (scope, ref)
        if memo in self._entry:
            return self._entry[memo]
        if memo in self._busy:
            return {UNKNOWN}
        if self.framework_eval(scope):
            return {EVAL}
        instance = self.transfer.refs.instances.get(ref) if scope.is_module else None
        if instance is not None:  # `from model import net`: in the mode model.py's top-level code leaves it
            return {instance.mode}
        self._busy.add(memo)
        try:
            values: Set[str] = set()
            sites = self.calls.sites_to(scope)
            if scope.is_module or not sites or self.calls.escapes(scope):
                values.add(UNKNOWN)
            for site in sites:
                src = self.calls.to_caller(site, ref)
                for p in self.states_at(site.caller, site.call):
                    values |= self.concrete(site.caller, p.mode(src)) if src else {UNKNOWN}
        finally:
            self._busy.discard(memo)
        self._entry[memo] = values or {UNKNOWN}
        return self._entry[memo]

    def entry_grad(self, scope: Scope) -> Set[str]:
        if scope in self._entry_grad:
            return self._entry_grad[scope]
        memo = ("grad", scope)
        if memo in self._busy:
            return {UNKNOWN}
        for d in scope.decorators:
            value = grad_decorator_value(d)
            if value:
                return {value}
        if self.framework_eval(scope):
            return {OFF}
        self._busy.add(memo)
        try:
            sites = self.calls.sites_to(scope)
            values: Set[str] = set()
            if scope.is_module or not sites:
                values.add(ON)  # autograd records unless someone in the file turned it off
            if self.calls.escapes(scope):
                values.add(UNKNOWN)
            for site in sites:
                for p in self.states_at(site.caller, site.call):
                    top = p.grad[-1]
                    values |= self.entry_grad(site.caller) if top == GRAD_ENTRY else {top}
        finally:
            self._busy.discard(memo)
        self._entry_grad[scope] = values or {UNKNOWN}
        return self._entry_grad[scope]

    def framework_eval(self, scope: Scope) -> bool:
        """Lightning's validation/test/predict hooks run in eval mode under no_grad."""
        return scope.cls is not None and bool(LIGHTNING_EVAL_HOOKS.match(scope.name)) and self.is_lightning(scope.cls)

    def is_lightning(self, cls: ast.ClassDef, seen: Tuple = ()) -> bool:
        for base in cls.bases:
            qn = self.ctx.qualname(base) or ""
            if qn.endswith("LightningModule"):
                return True
            if qn in self.ctx.classes and self.ctx.classes[qn] not in seen:
                if self.is_lightning(self.ctx.classes[qn], seen + (cls,)):
                    return True
        return False
