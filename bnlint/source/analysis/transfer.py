"""The transfer functions of the mode interpreter: what a call, an assignment or a `with` does to the
mode states (bnlint.source.analysis.interpreter.Transfer).

A call to a function of the file applies that function's exit states (its summary, from
bnlint.source.analysis.flows) mapped to the caller's names, so a helper's `model.eval()` counts for the
caller; code we cannot see may switch the mode of any model handed to it (unknown).
"""

from __future__ import annotations

import ast
from dataclasses import replace
from typing import TYPE_CHECKING, List, Optional, Protocol, Tuple

from bnlint.source.analysis.facts import at_site
from bnlint.source.analysis.modes import EVAL, UNKNOWN, ModeState, ScopeFlow, States, entry, entry_ref, train_call_mode
from bnlint.source.analysis.references import construction, mode_switch, ref_of, ref_through, unchain
from bnlint.source.analysis.training import grad_context, grad_switch
from bnlint.source.semantic.calls import Site
from bnlint.source.semantic.nodes import walk
from bnlint.source.semantic.scopes import Scope, ScopeTree, under
from bnlint.torch_api import CHAINABLE, HARMLESS_CALLS, HARMLESS_METHODS, HARMLESS_MODEL_METHODS, HARMLESS_PREFIXES

if TYPE_CHECKING:  # pragma: no cover
    from bnlint.source.analysis.references import ModuleReferences
    from bnlint.source.semantic.calls import CallGraph


class Summaries(Protocol):
    """What the transfer functions ask of the flows: a callee's interpretation and its exit states."""

    def flow(self, scope: Scope) -> Optional[ScopeFlow]: ...
    def summary(self, scope: Scope) -> Optional[States]: ...


class ModeTransfer:
    def __init__(self, tree: ScopeTree, calls: "CallGraph", refs: "ModuleReferences", flows: Summaries):
        self.tree, self.calls, self.refs, self.flows, self.ctx = tree, calls, refs, flows, tree.ctx

    # what the interpreter also asks, answered by the parts that know
    def is_model(self, scope: Scope, ref: Optional[str]) -> bool:
        return self.refs.is_model(scope, ref)

    def site_at(self, call: ast.AST) -> Optional[Site]:
        return self.calls.site_at(call)

    def grad_context(self, expr: ast.AST) -> Optional[str]:
        return grad_context(self.ctx, expr)

    def grad_switch(self, call: ast.Call) -> Optional[str]:
        return grad_switch(self.ctx, call)

    def train_value(self, call: ast.Call, p: ModeState) -> Optional[str]:
        """Mode after `x.train(...)`; None when the call cannot be Module.train (gensim's train(sentences))."""
        mode = train_call_mode(call)
        flag = (call.args or [k.value for k in call.keywords] or [None])[0]
        if mode == UNKNOWN and isinstance(flag, ast.Name) and p.saved_value(flag.id):
            return p.saved_value(flag.id)  # model.train(was_training)
        return mode

    def value_mode(self, scope: Scope, value: ast.AST, p: ModeState) -> str:
        """Mode of what an assignment stores: a new model, a copy or alias of one, or unknown."""
        if isinstance(value, ast.Call):
            f = value.func
            if isinstance(f, ast.Attribute) and f.attr == "eval" and not value.args:
                return EVAL
            if isinstance(f, ast.Attribute) and f.attr == "train":
                return self.train_value(value, p) or UNKNOWN
            if isinstance(f, ast.Attribute) and f.attr in CHAINABLE:
                return self.value_mode(scope, f.value, p)
            kind = construction(self.ctx, value)
            if kind and kind[0] == "module":
                return kind[1]
            if kind and kind[0] == "wraps" and value.args:
                return self.value_mode(scope, value.args[0], p)
            return UNKNOWN
        ref = ref_of(value)
        return p.mode(ref) if ref else UNKNOWN

    def modules_loop_owner(self, loop: ast.For) -> Optional[str]:
        """`for m in model.modules(): ... m.eval()` -> 'model'."""
        it = loop.iter
        while isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id in ("list", "enumerate", "tuple", "reversed") and it.args:
            it = it.args[0]
        if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute)
                and it.func.attr in ("modules", "children", "named_modules", "named_children")):
            return None
        owner = ref_through(it.func.value)
        switches = any(mode_switch(n) is not None for stmt in loop.body for n in walk(stmt))
        return owner if switches else None

    def _switches_modes(self, scope: Scope, fn: ast.AST) -> bool:
        """A function or lambda handed to `model.apply(...)` that calls eval()/train() on something."""
        if isinstance(fn, ast.Name):
            target = self.tree.function_named(scope, fn.id)
            fn = target.node if target else None
        if fn is None:
            return False
        return any(mode_switch(n) is not None for n in walk(fn))

    def changes_state(self, stmt: ast.AST) -> bool:
        """Whether a statement may change a mode (worth remembering a branch condition for)."""
        for n in walk(stmt):
            if isinstance(n, ast.Call):
                f = n.func
                if isinstance(f, ast.Attribute) and f.attr in ("eval", "train", "apply"):
                    return True
                if self.calls.site_at(n) is not None:
                    return True
                if grad_context(self.ctx, n) is not None:
                    return True
            elif isinstance(n, (ast.Assign, ast.AnnAssign)) and n.value is not None and construction(self.ctx, unchain(n.value)):
                return True
        return False

    def apply_call(self, scope: Scope, call: ast.Call, states: States) -> States:
        """State after a call: mode switches, in-file functions through their summaries, unknown code."""
        f = call.func
        site = self.calls.site(scope, call)
        if isinstance(f, ast.Attribute) and f.attr in ("eval", "train", "apply"):
            value = f.value
            is_super = isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "super"
            recv = scope.self_name if is_super else ref_through(value)
            module_like = site is None or self.ctx.is_module_class(site.callee.cls)
            if recv and f.attr == "apply":
                if call.args and self._switches_modes(scope, call.args[0]):
                    return frozenset(p.set_below(recv, UNKNOWN) for p in states)
                return states
            handed = recv is not None and recv.split(".")[0] in scope.params  # a caller's model, maybe of another file
            if (f.attr != "apply" and not is_super and site is None and not handed
                    and (recv is None or not self.refs.is_model(scope, recv))):
                # `models["a"].eval()`, `for m in nets: m.eval()`: some module changes mode and we cannot
                # tell which; any model of this scope may be it.
                touched = self.refs.scope_models(scope)
                return frozenset(self._all_unknown(p, touched) for p in states) if touched else states
            if recv and module_like:
                out = set()
                for p in states:
                    mode = EVAL if f.attr == "eval" and not call.args else self.train_value(call, p) if f.attr == "train" else UNKNOWN
                    out.add(self.set_mode(scope, p, recv, mode or UNKNOWN))
                out = frozenset(out)
                if site is not None and not is_super:  # an override of train(): what it does to the children
                    out = self.apply_summary(site, out, skip_self=True)
                return out
        if site is not None:
            if self.flows.summary(site.callee) is not None:
                return self.apply_summary(site, states)
        return self.unknown_call(scope, call, states)

    @staticmethod
    def _all_unknown(p: ModeState, refs: List[str]) -> ModeState:
        for ref in refs:
            p = p.set_mode(ref, UNKNOWN)
        return p

    def set_mode(self, scope: Scope, p: ModeState, ref: str, value: str) -> ModeState:
        """`ref.eval()`, and the same for other names of that module in scope (`net = model`,
        `backbone = model.backbone`, `ddp = DDP(model)`): one object, one mode."""
        p = p.set_mode(ref, value)
        for a, b in self.refs.aliases(scope):
            for this, other in ((a, b), (b, a)):
                rest = under(ref, this)
                if rest is not None:
                    p = p.set_mode(other + rest, value)
                elif under(this, ref) is not None:
                    p = p.set_mode(other, value)  # `other` names a part of what was switched
        return p

    def apply_summary(self, site: Site, states: States, skip_self: bool = False, exits: Optional[States] = None) -> States:
        """States after the call: the callee's exit states (or the given ones) mapped to the caller's names."""
        exits = self.flows.summary(site.callee) if exits is None else exits
        if exits is None:
            return self.unknown_call(site.caller, site.call, states)

        def order(item):
            key = item[0]
            star = key.endswith(".*")
            return (key.count(".") - (1 if star else 0) + (1 if star else 0), 0 if star else 1, key)

        effects = []
        possible = [(q, at_site(site, q.facts)) for q in exits]
        if any(facts is not None for _, facts in possible):  # never every exit: a fact misread must not lose the call
            possible = [(q, facts) for q, facts in possible if facts is not None]
        for q, facts in possible:
            changes = []
            for key, value in sorted(q.modes, key=order):
                star = key.endswith(".*")
                base = key[:-2] if star else key
                if skip_self and base == site.callee.self_name and not star:
                    continue
                mapped = self.calls.to_caller(site, base)
                if mapped is None:
                    continue
                source = entry_ref(value)
                changes.append((mapped, star, source, value))
            effects.append((changes, facts or frozenset()))
        out = set()
        for p in states:
            for changes, facts in effects:
                if any((text, not truth) in p.facts for text, truth in facts):
                    continue  # this exit needs the opposite of what the caller's path took
                r = replace(p, facts=p.facts | facts) if facts else p
                for mapped, star, source, value in changes:
                    if source is not None:
                        src = self.calls.to_caller(site, source)
                        value = p.mode(src) if src else UNKNOWN
                    r = r.set_below(mapped, value) if star else self.set_mode(site.caller, r, mapped, value)
                out.add(r)
        return frozenset(out) if out or not states else frozenset(p for p in states)

    def context_manager_site(self, expr: ast.AST) -> Optional[Site]:
        """`helper(model)` in `with helper(model):` where helper is a generator of the file
        (a @contextlib.contextmanager): its code runs in two halves, around the with block."""
        site = self.calls.site_at(expr) if isinstance(expr, ast.Call) else None
        if site is None or not any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in site.callee.own_nodes):
            return None
        return site

    def enter_context(self, site: Site, states: States) -> States:
        """State at the start of the with block: the helper's code up to its `yield`."""
        f = self.flows.flow(site.callee)
        if f is None or f.failed:
            return self.unknown_call(site.caller, site.call, states)
        at_yield = frozenset(q for n in site.callee.own_nodes if isinstance(n, (ast.Yield, ast.YieldFrom))
                             for q in f.at.get(n, ()))
        return self._context_effects(site, states, at_yield)

    def exit_context(self, site: Site, states: States) -> States:
        """State after the with block: the helper has run to its end (its code after `yield`)."""
        exits = self.flows.summary(site.callee)
        if exits is None:
            return self.unknown_call(site.caller, site.call, states)
        return self._context_effects(site, states, exits)

    def _context_effects(self, site: Site, states: States, helper: States) -> States:
        """states after the call, given the helper's states at the point reached (its yield, or its exit)."""
        if not helper:
            return self.unknown_call(site.caller, site.call, states)
        out = self.apply_summary(site, states, exits=helper)
        # A model handed over that the helper switches in ways its states cannot say
        # (`for m in models: m.eval()` over `*models`): its mode is unknown from here on.
        if not self._switches_modes(site.callee, site.callee.node):
            return out
        passed = []
        for arg in list(site.call.args) + [k.value for k in site.call.keywords]:
            ref = ref_through(arg.value if isinstance(arg, ast.Starred) else arg)
            if ref and self.refs.is_model(site.caller, ref):
                inner = self.calls.to_callee(site, ref)
                if inner is None or any(q.mode(inner) == entry(inner) for q in helper):
                    passed.append(ref)
        return frozenset(self._all_unknown(p, passed) for p in out) if passed else out

    def unknown_call(self, scope: Scope, call: ast.Call, states: States) -> States:
        """Code we cannot see may switch the mode of any model handed to it."""
        qn = self.ctx.call_qualname(call) or ""
        if qn in HARMLESS_CALLS or qn.startswith(HARMLESS_PREFIXES) or grad_context(self.ctx, call) is not None:
            return states
        affected = set()
        f = call.func
        if isinstance(f, ast.Attribute):
            if f.attr in HARMLESS_METHODS:
                return states
            recv = ref_through(f.value)
            if recv and recv != scope.self_name and f.attr not in HARMLESS_MODEL_METHODS and self.refs.is_model(scope, recv):
                affected.add(recv)
        cls = self.ctx.classes.get(qn)
        if cls is not None and self.tree.method(cls, "__init__") is None and self._plain_bases(cls):
            return states  # a class of the file with nothing to run on construction
        for arg in list(call.args) + [k.value for k in call.keywords]:
            if isinstance(arg, ast.Starred):
                arg = arg.value
            passed = ref_through(arg)
            # A parameter counts too: in a function another file calls with a model (`evaluate(model, loader)`),
            # nothing here shows the parameter is one, and the code it is handed to may switch its mode.
            if passed and (self.refs.is_model(scope, passed) or passed.split(".")[0] in scope.params):
                affected.add(passed)
        if not affected:
            return states
        out = set()
        for p in states:
            for ref in affected:
                p = p.set_mode(ref, UNKNOWN)
            out.add(p)
        return frozenset(out)

    def _plain_bases(self, cls: ast.ClassDef, seen: Tuple = ()) -> bool:
        for base in cls.bases:
            qn = self.ctx.qualname(base) or "?"
            if qn in self.ctx.classes and self.ctx.classes[qn] not in seen:
                inner = self.ctx.classes[qn]
                if self.tree.method(inner, "__init__") is not None or not self._plain_bases(inner, seen + (cls,)):
                    return False
            elif qn not in ("object", "torch.nn.Module"):
                return False
        return True
