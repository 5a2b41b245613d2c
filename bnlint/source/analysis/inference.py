"""Inference and what feeds training: which calls run a model, which functions are inference by name, which
results a caller differentiates through, and the modes a model reaches training steps in."""

from __future__ import annotations

import ast
import os
import re
from typing import TYPE_CHECKING, Dict, Iterator, List, Optional, Set, Tuple

from bnlint.source.analysis.modes import GRAD_ENTRY, OFF, entry, entry_ref
from bnlint.source.analysis.references import mode_switch, ref_of, ref_through, unchain
from bnlint.source.semantic.classes import class_info, decorator_names, reachable
from bnlint.source.semantic.nodes import walk
from bnlint.source.semantic.scopes import Scope, ScopeTree, root, under
from bnlint.torch_api import (
    DETACHING, DETACHING_CALLS, EXPORTS, GRAD_FUNCTIONS, GRAD_PREFIXES, INFERENCE_MODE, LIGHTNING_EVAL_HOOKS, NO_GRAD,
    SET_GRAD,
)

if TYPE_CHECKING:  # pragma: no cover
    from bnlint.source.context import FileContext
    from bnlint.source.analysis.flows import ModeFlows
    from bnlint.source.analysis.references import ModuleReferences
    from bnlint.source.analysis.training import Training
    from bnlint.source.semantic.calls import CallGraph

# Reads of a tensor's shape, and reshapes that keep what a shape probe reads.
SHAPE_ATTRIBUTES = frozenset({"shape", "ndim"})
SHAPE_METHODS = frozenset({"size", "dim", "numel"})
RESHAPES = frozenset({"view", "reshape", "flatten", "transpose", "permute", "contiguous", "squeeze", "unsqueeze"})
INFERENCE_NAME = re.compile(r"^_*(eval|valid|test|predict|infer)", re.I)
_GRAD_OFF = NO_GRAD | INFERENCE_MODE | SET_GRAD
_INFERENCE_CALLS = _GRAD_OFF | EXPORTS


def may_infer(ctx: "FileContext") -> bool:
    """Whether the file holds anything Inference can read as inference, told by its definitions and calls alone,
    before the analysis is built: a function (or class) named for inference or a Lightning evaluation hook, a
    grad-off decorator, context or switch (no_grad, inference_mode, set_grad_enabled), an export, or a call to a
    function of another project file that runs inference (its outline says so)."""
    for node in ctx.nodes_of(ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef):
        if (INFERENCE_NAME.match(node.name) or LIGHTNING_EVAL_HOOKS.match(node.name)
                or not _GRAD_OFF.isdisjoint(decorator_names(ctx, node))):
            return True
    calls = list(ctx.nodes_of(ast.Call))
    if any(ctx.call_qualname(call) in _INFERENCE_CALLS for call in calls):
        return True
    return ctx.project is not None and any(ctx.project.function_shows(ctx, call.func, "inference") for call in calls)


class Inference:
    def __init__(self, tree: ScopeTree, calls: "CallGraph", refs: "ModuleReferences", training: "Training",
                 flows: "ModeFlows"):
        self.tree, self.calls, self.refs, self.training, self.flows = tree, calls, refs, training, flows
        self.ctx = tree.ctx
        self._feeds: Dict[Scope, bool] = {}
        self._busy: Set[Scope] = set()
        self.other = None  # the analysis of another file's scope (set by FileAnalysis)

    def inference_named(self, scope: Scope) -> bool:
        """evaluate/eval*/valid*/test*/predict*/infer* functions, but not pytest tests or Module.eval(),
        and not one whose result a caller trains with (PPO's `evaluate_actions`, a `test_loss` that is
        backpropagated): eval() or no_grad there would break training."""
        if scope.is_module or not INFERENCE_NAME.match(scope.name) or self.training.trains(scope):
            return False
        if scope.cls is not None and scope.name in ("eval", "train") and self.ctx.is_module_class(scope.cls):
            return False
        return not self.is_unit_test(scope) and not self.feeds_training(scope)

    def feeds_training(self, scope: Scope, depth: int = 0) -> bool:
        """A caller in the file, with autograd on, trains with what scope returns: the result reaches a
        backward / gradient call (or is returned to a caller that does), or scope hands out a forward
        pass's graph to a caller whose own code runs a training step."""
        if scope in self._feeds:
            return self._feeds[scope]
        if scope in self._busy or depth > 4:
            return False
        self._busy.add(scope)
        try:
            found = False
            for site in self.calls.sites_to(scope):
                if self.flows.grads_at(site.caller, site.call) == {OFF}:
                    continue
                caller = site.caller
                names = self.tainted_names(caller, {site.call})
                if self._reaches_gradients(caller, names, site.call):
                    found = True
                elif self._returns_taint(caller, names, {site.call}) and self.feeds_training(caller, depth + 1):
                    found = True
                elif self.returns_forward(scope) and any(
                        self.training.is_training_step(caller, n) for n in caller.calls):
                    found = True
                if found:
                    break
        finally:
            self._busy.discard(scope)
        self._feeds[scope] = found
        return found

    def tainted_names(self, scope: Scope, sources: Set[ast.AST]) -> Set[str]:
        """Names of scope that may hold what the `sources` nodes computed (through assignments, loops,
        appends), stopping at calls that detach from autograd (`.item()`, `float(...)`)."""
        tainted: Set[str] = set()
        changed = True
        while changed:
            changed = False
            for node in scope.own_nodes:
                targets: List[ast.AST] = []
                if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)) and self.carries(node.value, sources, tainted):
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                elif isinstance(node, (ast.For, ast.comprehension)) and self.carries(node.iter, sources, tainted):
                    targets = [node.target]
                elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                      and node.func.attr in ("append", "extend", "add") and isinstance(node.func.value, ast.Name)
                      and any(self.carries(a, sources, tainted) for a in node.args)):
                    targets = [node.func.value]
                for t in targets:
                    for n in walk(t):
                        if isinstance(n, ast.Name) and n.id not in tainted:
                            tainted.add(n.id)
                            changed = True
        return tainted

    @staticmethod
    def carries(expr: Optional[ast.AST], sources: Set[ast.AST], tainted: Set[str]) -> bool:
        """expr may evaluate to (something computed from) a source node or a tainted name."""
        if expr is None:
            return False
        todo = [expr]
        while todo:
            n = todo.pop()
            if n in sources or (isinstance(n, ast.Name) and n.id in tainted):
                return True
            if isinstance(n, ast.Call):
                f = n.func
                if (isinstance(f, ast.Attribute) and f.attr in DETACHING) or (isinstance(f, ast.Name) and f.id in DETACHING_CALLS):
                    continue
            if isinstance(n, ast.Lambda):
                continue
            todo.extend(ast.iter_child_nodes(n))
        return False

    def _reaches_gradients(self, scope: Scope, tainted: Set[str], source: ast.AST) -> bool:
        """A tainted value is differentiated in scope: `loss.backward()`, `scaler.scale(loss).backward()`,
        `accelerator.backward(loss)`, `torch.autograd.grad(loss, ...)`, or handed to a function of the
        file that uses gradients."""
        for n in scope.calls:
            qn = self.ctx.call_qualname(n) or ""
            parts = list(n.args) + [k.value for k in n.keywords]
            if self.training.is_backward(n):
                parts.append(n.func.value if isinstance(n.func, ast.Attribute) else n.func)
            elif not (qn in GRAD_FUNCTIONS or qn.startswith(GRAD_PREFIXES)):
                site = self.calls.site_at(n)
                if site is None or not self.training.uses_gradients(site.callee):
                    continue
            if any(self.carries(p, {source}, tainted) for p in parts):
                return True
        return False

    def _returns_taint(self, scope: Scope, tainted: Set[str], sources: Set[ast.AST]) -> bool:
        return any(isinstance(n, (ast.Return, ast.Yield, ast.YieldFrom)) and self.carries(n.value, sources, tainted)
                   for n in scope.own_nodes)

    def returns_forward(self, scope: Scope) -> bool:
        """A return/yield hands out something computed by a forward pass of a model (names followed
        through assignments): a caller may differentiate through it."""
        forwards = {node for node, _ in self.forwards(scope)}
        return self._returns_taint(scope, self.tainted_names(scope, forwards), forwards)

    def is_unit_test(self, scope: Scope) -> bool:
        """A pytest / unittest test function: checks shapes and values, whatever the mode (not inference)."""
        if scope.is_module or not scope.name.startswith("test"):
            return False
        if scope.cls is not None and any((self.ctx.qualname(b) or "").endswith("TestCase") for b in scope.cls.bases):
            return True  # unittest.TestCase, torch.testing's TestCase ...
        return self.is_test_file()

    def is_test_file(self) -> bool:
        base = os.path.basename(self.ctx.path)
        return (base.startswith("test_") or base.endswith("_test.py") or base == "conftest.py"
                or any(v.split(".")[0] in ("pytest", "unittest") for v in self.ctx.imports.values()))

    def forwards(self, scope: Scope) -> Iterator[Tuple[ast.Call, str]]:
        """Calls running a model: `model(x)`, `model.forward(x)`."""
        for node in scope.calls:
            ref = ref_of(node.func)
            if isinstance(node.func, ast.Attribute) and node.func.attr == "forward":
                ref = ref_of(node.func.value)
            if ref and self.refs.is_model(scope, ref):
                yield node, ref

    def caller_decides(self, scope: Scope) -> List[Tuple[ast.Call, str, Optional[str]]]:
        """Forwards of a model a caller hands over (`def evaluate(model, loader)`), run for inference in whatever
        mode the caller left it: (the forward, the parameter's reference, why it is inference; None when only
        a caller's `no_grad` would make it so). What a call from another file must check."""
        if self.at_construction(scope):
            return []
        out: List[Tuple[ast.Call, str, Optional[str]]] = []
        named: Optional[bool] = None
        for node in scope.calls:  # the caller knows the parameter is a model; this file need not
            ref = ref_of(node.func.value) if isinstance(node.func, ast.Attribute) and node.func.attr == "forward" else ref_of(node.func)
            if not ref or root(ref) not in scope.params or self.refs.is_plain(scope, ref) or self.shape_only(scope, node):
                continue
            states = [p for p in self.flows.states_at(scope, node) if p.mode(ref) == entry(ref)]
            grads = {p.grad[-1] for p in states}
            if not states:
                continue
            if grads == {OFF}:
                out.append((node, ref, "with autograd off"))
                continue
            named = self.inference_named(scope) if named is None else named
            if named:
                out.append((node, ref, f"in `{scope.name}`"))
            elif grads <= {OFF, GRAD_ENTRY}:
                out.append((node, ref, None))
        return out

    # ------------------------------------------------------------------ probes: forwards that are not inference
    def at_construction(self, scope: Scope, depth: int = 0) -> bool:
        """scope is an `__init__`, or a function the file calls only while building objects (from `__init__`s,
        transitively): a forward there sizes the next layer, it does not predict."""
        if scope.name == "__init__" and not scope.is_module:
            return True
        if scope.is_module or depth > 4 or self.calls.escapes(scope):
            return False
        sites = self.calls.sites_to(scope)
        return bool(sites) and all(s.caller is not scope and self.at_construction(s.caller, depth + 1) for s in sites)

    def shape_only(self, scope: Scope, call: ast.Call) -> bool:
        """What the forward computes is read only for its shape: `net(x).shape[1]`, `out = net(x)` followed by
        `out.size(1)`, `len(out)`, or reshapes of it that end there (a dummy forward that sizes a layer)."""
        return self._for_shape(scope, call, 0)

    def _for_shape(self, scope: Scope, node: ast.AST, depth: int) -> bool:
        parents = self.ctx.parents
        parent = parents.get(node)
        while (isinstance(parent, ast.Attribute) and parent.attr in RESHAPES
               and isinstance(parents.get(parent), ast.Call) and parents[parent].func is parent):
            node = parents[parent]
            parent = parents.get(node)
        if isinstance(parent, ast.Attribute) and parent.attr in SHAPE_ATTRIBUTES:
            return True
        if (isinstance(parent, ast.Attribute) and parent.attr in SHAPE_METHODS
                and isinstance(parents.get(parent), ast.Call)):
            return True
        if isinstance(parent, ast.Call) and isinstance(parent.func, ast.Name) and parent.func.id == "len":
            return True
        if (isinstance(parent, ast.Assign) and parent.value is node and len(parent.targets) == 1
                and isinstance(parent.targets[0], ast.Name) and depth < 4):
            name = parent.targets[0].id
            uses = [n for n in scope.own_nodes if isinstance(n, ast.Name) and n.id == name
                    and isinstance(n.ctx, ast.Load)]
            return bool(uses) and all(self._for_shape(scope, n, depth + 1) or self._reshaped_again(n, name)
                                      for n in uses)
        return False

    def _reshaped_again(self, use: ast.Name, name: str) -> bool:
        """`x = x.transpose(1, 2)`: the name is read only to be reshaped into itself."""
        node, parents = use, self.ctx.parents
        parent = parents.get(node)
        while (isinstance(parent, ast.Attribute) and parent.attr in RESHAPES
               and isinstance(parents.get(parent), ast.Call) and parents[parent].func is parent):
            node = parents[parent]
            parent = parents.get(node)
        return (node is not use and isinstance(parent, ast.Assign) and len(parent.targets) == 1
                and isinstance(parent.targets[0], ast.Name) and parent.targets[0].id == name)

    def switches_itself(self, scope: Scope, ref: str) -> bool:
        """The model under `ref` is built from classes of the file whose own code puts their parts in eval mode
        (`model.eval()` in `__init__`, or in `forward` or a method it calls): an ensemble or export wrapper."""
        classes = {self.ctx.classes.get(self.ctx.call_qualname(unchain(v)) or "") for v in self.refs.assignments(scope, ref)}
        classes.discard(None)
        return bool(classes) and all(self._switches_parts(cls) for cls in classes)

    def _switches_parts(self, cls: ast.ClassDef) -> bool:
        info = class_info(self.ctx, cls)
        functions = [f for f, _ in reachable(self.ctx, info)] + [info.methods[m] for m in ("__init__",) if m in info.methods]
        return any(mode_switch(n) is not None and ((n.func.attr == "eval" and not n.args) or _literal_false(n.args))
                   for f in functions for n in walk(f))

    def exports(self, scope: Scope) -> Iterator[Tuple[ast.Call, str, str]]:
        """torch.jit.trace / script and torch.export.export of a model (they keep its current mode)."""
        for node in scope.calls:
            if node.args:
                qn = self.ctx.call_qualname(node)
                ref = ref_through(node.args[0])
                if qn in EXPORTS and ref and self.refs.is_model(scope, ref):
                    yield node, ref, qn

    def evaluated(self, scope: Scope, ref: str, depth: int = 0) -> bool:
        """Code of the file puts the model under `ref` in eval mode (`.eval()`, `.train(False)`): where it is
        named (for `self.x`, any method of the class), in a function of the file it is passed to, or, for a
        parameter, at an argument a caller passes."""
        if depth > 3:
            return False
        if self.tree.foreign(scope):
            return self.other(scope).inference.evaluated(scope, ref, depth)
        first = root(ref)
        scopes = [scope]
        if scope.cls is not None and first == scope.self_name:
            scopes = [s for s in self.tree.scopes if s.cls is scope.cls and s.self_name]
        elif self.tree.binding(scope, first) is not scope:  # a global or a closure's name: wherever it is seen
            home = self.tree.binding(scope, first)
            scopes = [s for s in self.tree.scopes if self.tree.binding(s, first) is home]
        for s in scopes:
            here = s.self_name + ref[len(first):] if s is not scope and s.self_name and first == scope.self_name else ref
            for n in s.calls:
                recv = ref_through(mode_switch(n))
                if recv and (under(recv, here) is not None or under(here, recv) is not None) and (
                        (n.func.attr == "eval" and not n.args) or _literal_false(n.args)):
                    return True
            for site in self.calls.sites_in(s):
                inner = self.calls.to_callee(site, here)
                if inner and self.evaluated(site.callee, inner, depth + 1):
                    return True
        if first in scope.params:
            for site in self.calls.sites_to(scope):
                outer = self.calls.to_caller(site, ref)
                if outer and self.evaluated(site.caller, outer, depth + 1):
                    return True
        return False

    def mode_calls(self, scope: Scope, ref: str, within: ast.AST) -> List[ast.Call]:
        """Calls in `within` that switch `ref` (or a model above or below it), directly or through the file."""
        found = []
        for n in walk(within):
            if not isinstance(n, ast.Call):
                continue
            f = n.func
            if isinstance(f, ast.Attribute) and f.attr in ("eval", "train", "apply"):
                recv = ref_through(f.value)
                if recv and (under(recv, ref) is not None or under(ref, recv) is not None):
                    found.append(n)
                    continue
            site = self.calls.site_at(n)
            if site is not None and site.caller is scope:
                inner = self.calls.to_callee(site, ref)
                exits = self.flows.summary(site.callee)
                if inner and exits and any(k.split(".")[0] == root(inner) for q in exits for k, _ in q.modes):
                    found.append(n)
        return found

    def steps_modes(self, scope: Scope, ref: str, nodes: List[ast.AST], given: Optional[Dict[str, Set[str]]] = None,
                    depth: int = 0, brought: bool = False) -> Dict[ast.AST, Set[str]]:
        """Modes of `ref` at each training step reached from `nodes` (steps, or calls into functions that train).

        `given` pins what `entry:` means for this scope (the caller's state at the one call being
        followed) instead of joining all callers. With `brought`, a function followed into counts only the
        modes its callers bring: a mode it sets itself before training (a linear probe's `model.eval()`) is
        its own choice.
        """
        out: Dict[ast.AST, Set[str]] = {}

        def resolve(value: str) -> Set[str]:
            src = entry_ref(value)
            if src is not None and given is not None and src in given:
                return given[src]
            if src is None and brought and depth > 0:
                return set()
            return self.flows.concrete(scope, value)

        for node in nodes:
            if not isinstance(node, ast.Call):
                continue
            if self.training.is_training_step(scope, node):
                values: Set[str] = set()
                for p in self.flows.states_at(scope, node):
                    values |= resolve(p.mode(ref))
                out[node] = values
                continue
            site = self.calls.site_at(node)
            if site is None or depth > 3 or not self.training.trains(site.callee):
                continue
            inner = self.calls.to_callee(site, ref)
            if inner is None:
                continue
            at_call: Set[str] = set()
            for p in self.flows.states_at(scope, node):
                at_call |= resolve(p.mode(ref))
            callee = site.callee
            follow = self.other(callee).inference if self.tree.foreign(callee) else self
            for step, values in follow.steps_modes(callee, inner, callee.calls, {inner: at_call}, depth + 1,
                                                   brought).items():
                out[step] = out.get(step, set()) | values
        return out


def _literal_false(args) -> bool:
    return len(args) == 1 and isinstance(args[0], ast.Constant) and args[0].value is False
