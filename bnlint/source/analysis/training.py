"""Training steps and autograd: what trains (`loss.backward()`, `optimizer.step()`), what needs gradients,
which models are trained, and what a `with` or a decorator does to grad mode."""

from __future__ import annotations

import ast
from typing import TYPE_CHECKING, Dict, List, Optional, Set, Tuple

from bnlint.source.analysis.modes import OFF, ON, UNKNOWN
from bnlint.source.analysis.references import (
    SCHEDULER_NAME, construction, is_optimizer_class, is_optimizer_name, ref_of, ref_through,
)
from bnlint.source.semantic.nodes import walk
from bnlint.source.semantic.scopes import Scope, ScopeTree, under
from bnlint.textsearch import AnyOf
from bnlint.torch_api import (
    BACKWARD_METHODS, ENABLE_GRAD, GRAD_FUNCTIONS, GRAD_PREFIXES, INFERENCE_MODE, NO_GRAD, SET_GRAD,
)

if TYPE_CHECKING:  # pragma: no cover
    from bnlint.source.analysis.references import ModuleReferences
    from bnlint.source.context import FileContext
    from bnlint.source.semantic.calls import CallGraph

# Text every training step this analysis knows contains (`loss.backward()`, `optimizer.step()`): rules
# that need one use it as their prefilter.
TRAINING_TEXT = AnyOf("backward", r"step\s*\(")


# ----------------------------------------------------------------------------- grad mode
def grad_context(ctx: "FileContext", expr: ast.AST) -> Optional[str]:
    """Grad mode inside `with expr:`; None when expr does not touch it."""
    if not isinstance(expr, ast.Call):
        return None
    qn = ctx.call_qualname(expr)
    arg = expr.args[0] if expr.args else (expr.keywords[0].value if expr.keywords else None)
    if qn in NO_GRAD:
        return OFF
    if qn in INFERENCE_MODE:
        if arg is None or (isinstance(arg, ast.Constant) and arg.value is True):
            return OFF
        return None if isinstance(arg, ast.Constant) else UNKNOWN
    if qn in ENABLE_GRAD:
        return ON
    if qn in SET_GRAD:
        if isinstance(arg, ast.Constant) and isinstance(arg.value, bool):
            return ON if arg.value else OFF
        return UNKNOWN
    return None


def grad_switch(ctx: "FileContext", call: ast.Call) -> Optional[str]:
    """`torch.set_grad_enabled(False)` as a statement switches grad mode until switched back."""
    return grad_context(ctx, call) if ctx.call_qualname(call) in SET_GRAD else None


def grad_decorator_value(qn: str) -> Optional[str]:
    """Grad mode inside a function decorated with qn (`@torch.no_grad()`), None when qn does not touch it."""
    if qn in NO_GRAD or qn in INFERENCE_MODE:
        return OFF
    if qn in ENABLE_GRAD:
        return ON
    return None


# ----------------------------------------------------------------------------- training
class Training:
    def __init__(self, tree: ScopeTree, calls: "CallGraph", refs: "ModuleReferences"):
        self.tree, self.calls, self.refs, self.ctx = tree, calls, refs, tree.ctx
        self._memo: Dict[Tuple, bool] = {}
        self._busy: Set[Tuple] = set()
        self._trained_keys: Optional[Set[Tuple]] = None
        self.other = None  # the analysis of another file's scope (set by FileAnalysis)

    def is_backward(self, call: ast.AST) -> bool:
        if not isinstance(call, ast.Call):
            return False
        f = call.func
        return (isinstance(f, ast.Attribute) and f.attr in BACKWARD_METHODS) or self.ctx.call_qualname(call) == "torch.autograd.backward"

    def is_step(self, scope: Scope, call: ast.Call) -> bool:
        """`optimizer.step()`, `scaler.step(optimizer)` (not `scheduler.step()`)."""
        if not isinstance(call, ast.Call):
            return False
        f = call.func
        if not (isinstance(f, ast.Attribute) and f.attr == "step"):
            return False
        text = ast.unparse(f.value)
        if SCHEDULER_NAME.search(text):
            return False
        ref = ref_of(f.value)
        if ref and self.refs.is_plain(scope, ref):
            if any((construction(self.ctx, v) or ("",))[0] == "optimizer" for v in self.refs.assignments(scope, ref)):
                return True
        return is_optimizer_name(text.rsplit(".", 1)[-1])

    def is_training_step(self, scope: Scope, node: ast.AST) -> bool:
        """`loss.backward()`, `optimizer.step()`, `scaler.step(optimizer)` in scope's own code."""
        return self.is_backward(node) or self.is_step(scope, node)

    def trains(self, scope: Scope) -> bool:
        """The function (its closures included) or a function of the file it calls runs a training step."""
        if self.tree.foreign(scope):
            return self.other(scope).training.trains(scope)
        return self._transitive("trains", scope, self.is_training_step)

    def uses_gradients(self, scope: Scope) -> bool:
        """Training, or anything else that needs autograd: torch.autograd.grad, `.grad`, requires_grad_()."""
        if self.tree.foreign(scope):
            return self.other(scope).training.uses_gradients(scope)
        return self._transitive("grads", scope, self.gradient_use)

    def gradient_use(self, scope: Scope, node: ast.AST) -> bool:
        if isinstance(node, ast.Call):
            qn = self.ctx.call_qualname(node) or ""
            if self.is_training_step(scope, node) or qn in GRAD_FUNCTIONS or qn.startswith(GRAD_PREFIXES):
                return True
            if qn in ENABLE_GRAD or grad_context(self.ctx, node) == ON:
                return True
            f = node.func
            if isinstance(f, ast.Attribute) and f.attr in ("requires_grad_", "retain_grad", "register_hook"):
                return not (node.args and isinstance(node.args[0], ast.Constant) and node.args[0].value is False)
        elif isinstance(node, ast.Attribute) and node.attr == "grad" and isinstance(node.ctx, ast.Load):
            return True
        elif isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Attribute) and t.attr == "requires_grad":
                    return not (isinstance(node.value, ast.Constant) and node.value.value is False)
        return False

    def _transitive(self, what: str, scope: Scope, test, within: Optional[ast.AST] = None) -> bool:
        memo = (what, scope, within)
        if memo in self._memo:
            return self._memo[memo]
        if memo in self._busy:
            return False
        self._busy.add(memo)
        try:
            if within is not None:
                nodes = list(walk(within))
            else:
                nodes = scope.own_nodes if scope.is_module else list(walk(scope.node))
            found = any(test(scope, n) for n in nodes)
            if not found:
                for n in nodes:
                    site = self.calls.site_at(n) if isinstance(n, ast.Call) else None
                    if site is not None and (self.trains(site.callee) if what == "trains" else
                                             self.uses_gradients(site.callee)):
                        found = True
                        break
        finally:
            self._busy.discard(memo)
        self._memo[memo] = found
        return found

    def training_nodes(self, scope: Scope) -> List[ast.Call]:
        """Training steps in scope's own code, and calls of functions of the file that train."""
        return [n for n in scope.calls if (
            self.is_training_step(scope, n)
            or (self.calls.site_at(n) is not None and self.trains(self.calls.site_at(n).callee)))]

    def gradient_nodes(self, scope: Scope) -> List[ast.AST]:
        """Uses of autograd in scope's own code, and calls of functions of the file that use it."""
        return [n for n in scope.own_nodes if self.gradient_use(scope, n) or (
            isinstance(n, ast.Call) and self.calls.site_at(n) is not None
            and self.uses_gradients(self.calls.site_at(n).callee))]

    def part_trains(self, scope: Scope, node: ast.AST) -> bool:
        """A statement (or expression) of scope runs a training step, itself or through a call."""
        return self._transitive("trains", scope, self.is_training_step, within=node)

    def part_uses_gradients(self, scope: Scope, node: ast.AST) -> bool:
        return self._transitive("grads", scope, self.gradient_use, within=node)

    def trained(self, scope: Scope, ref: str, depth: int = 0, up: bool = True) -> bool:
        """An optimizer is built over the model's parameters (or a part's), or someone calls its train().

        Followed into callees the model is passed to, and out to callers that pass it; but not back out
        of a callee (through its other call sites the name stands for other objects).
        """
        if depth > 4:
            return False
        if self.tree.foreign(scope):
            return self.other(scope).training.trained(scope, ref, depth, up=False)
        if self._trained_keys is None:
            self._trained_keys = self._find_trained_keys()
        mine = self.tree.key(scope, ref)
        for k in self._trained_keys:
            if k[:-1] == mine[:-1] and (under(k[-1], mine[-1]) is not None or under(mine[-1], k[-1]) is not None):
                return True
        for site in self.calls.sites_in(scope):
            inner = self.calls.to_callee(site, ref)
            if inner and site.callee is not scope and self.trained(site.callee, inner, depth + 1, up=False):
                return True
        if up:
            for site in self.calls.sites_to(scope):
                outer = self.calls.to_caller(site, ref)
                if outer and self.trained(site.caller, outer, depth + 1):
                    return True
        return False

    def _find_trained_keys(self) -> Set[Tuple]:
        keys: Set[Tuple] = set()
        for scope in self.tree.scopes:
            values: Dict[str, ast.AST] = {}
            for node in scope.assignments:
                if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                    values[node.targets[0].id] = node.value
            for node in scope.calls:
                f = node.func
                if isinstance(f, ast.Attribute) and f.attr == "train" and not node.args and not node.keywords:
                    recv = ref_through(f.value)
                    if recv:
                        keys.add(self.tree.key(scope, recv))
                qn = self.ctx.call_qualname(node) or (f.attr if isinstance(f, ast.Attribute) else "")
                if not is_optimizer_class(qn):
                    continue
                parts = list(node.args) + [k.value for k in node.keywords]
                parts += [values[a.id] for a in parts if isinstance(a, ast.Name) and a.id in values]
                for part in parts:
                    for n in walk(part):
                        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in ("parameters", "named_parameters"):
                            owner = ref_through(n.func.value)
                            if owner:
                                keys.add(self.tree.key(scope, owner))
        return keys
