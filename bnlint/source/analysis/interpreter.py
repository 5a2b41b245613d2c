"""The mode interpreter: which train/eval mode each model is in, and whether autograd records, along every
path of one scope (the module script or one function).

An abstract interpreter over the scope's statements; its state is a set of ModeStates
(bnlint.source.analysis.modes). Statements are dispatched by kind; what a call or an assignment does
to the state comes from the Transfer functions (bnlint.source.analysis.transfer), so this module
knows Python's control flow and nothing of torch.

Loops iterate to a fixpoint: the body may start in the state a previous iteration left, which is
how "validate() switched to eval and nothing switched back" is seen. A loop is assumed to run at
least once (epoch and batch loops do; assuming zero iterations would report code after every loop).

Calls to functions of the same file are applied through their summaries (the set of exit states of
the callee, with `entry:` values standing for the caller's state), so a helper's `model.eval()`
counts for its caller. Values never say more than the file shows: a model handed to code we cannot
see becomes unknown.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from typing import TYPE_CHECKING, Dict, Iterable, List, Optional, Protocol, Set, Tuple

from bnlint.source.analysis.modes import UNKNOWN, ModeState, ScopeFlow, States, cap
from bnlint.source.analysis.references import ref_of, ref_through
from bnlint.source.semantic.nodes import walk

if TYPE_CHECKING:  # pragma: no cover
    from bnlint.source.semantic.calls import Site
    from bnlint.source.semantic.scopes import Scope

MAX_LOOP_ROUNDS = 12


class Transfer(Protocol):
    """What the interpreter asks of the analysis: the effect of calls, assignments and `with` items."""

    def apply_call(self, scope: "Scope", call: ast.Call, states: States) -> States: ...
    def value_mode(self, scope: "Scope", value: ast.AST, state: ModeState) -> str: ...
    def is_model(self, scope: "Scope", ref: Optional[str]) -> bool: ...
    def changes_state(self, stmt: ast.AST) -> bool: ...
    def grad_context(self, expr: ast.AST) -> Optional[str]: ...
    def grad_switch(self, call: ast.Call) -> Optional[str]: ...
    def modules_loop_owner(self, loop: ast.For) -> Optional[str]: ...
    def site_at(self, call: ast.AST) -> Optional["Site"]: ...
    def context_manager_site(self, expr: ast.AST) -> Optional["Site"]: ...
    def enter_context(self, site: "Site", states: States) -> States: ...
    def exit_context(self, site: "Site", states: States) -> States: ...


class _Frame:
    """Collects states leaving a block early (return / break / continue)."""

    def __init__(self, kinds: Tuple[str, ...]):
        self.kinds = kinds
        self.out: Dict[str, Set[ModeState]] = {k: set() for k in kinds}


class Interpreter:
    """Runs one scope's statements over sets of mode states; what calls and assignments do comes from
    the Transfer functions it is given."""

    def __init__(self, transfer: Transfer, scope: "Scope"):
        self.an = transfer
        self.scope = scope
        self.at: Dict[ast.AST, Set[ModeState]] = {}
        self.frames: List[_Frame] = [_Frame(("return",))]

    def run(self) -> ScopeFlow:
        try:
            end = self.block(self.scope.body, frozenset([ModeState()]))
        except RecursionError:
            return ScopeFlow(failed=True)
        exits = cap(set(end) | self.frames[0].out["return"])
        return ScopeFlow({k: frozenset(v) for k, v in self.at.items()}, exits)

    # ------------------------------------------------------------------ plumbing
    def emit(self, kind: str, states: Iterable[ModeState]) -> None:
        for frame in reversed(self.frames):
            if kind in frame.kinds:
                frame.out[kind].update(states)
                return

    def block(self, stmts: List[ast.stmt], states: States) -> States:
        for stmt in stmts:
            if not states:
                break  # unreachable
            states = cap(self.stmt(stmt, states))
        return states

    # ------------------------------------------------------------------ statements
    def stmt(self, s: ast.stmt, states: States) -> States:
        """Dispatch on the kind of statement, as torch.fx's Interpreter.run_node does on a node's op."""
        return _STATEMENTS.get(type(s), Interpreter.other)(self, s, states)

    def definition(self, s: ast.stmt, states: States) -> States:
        return states  # separate scopes; they run when called

    def assign(self, s: ast.Assign, states: States) -> States:
        states = self.expr(s.value, states)
        for target in s.targets:
            states = self.bind(target, s.value, states)
        return states

    def ann_assign(self, s: ast.AnnAssign, states: States) -> States:
        states = self.expr(s.value, states)
        return self.bind(s.target, s.value, states) if s.value is not None else states

    def aug_assign(self, s: ast.AugAssign, states: States) -> States:
        states = self.expr(s.value, states)
        return self.bind(s.target, None, states)

    def return_(self, s: ast.Return, states: States) -> States:
        self.emit("return", self.expr(s.value, states))
        return frozenset()

    def raise_(self, s: ast.Raise, states: States) -> States:
        self.expr(s.exc, states)
        return frozenset()  # exceptional exits do not reach the next statement or the caller

    def break_(self, s: ast.Break, states: States) -> States:
        self.emit("break", states)
        return frozenset()

    def continue_(self, s: ast.Continue, states: States) -> States:
        self.emit("continue", states)
        return frozenset()

    def if_stmt(self, s: ast.If, states: States) -> States:
        return self.if_(s.test, s.body, s.orelse, states)

    def while_(self, s: ast.While, states: States) -> States:
        return self.loop(s, states, test=s.test)

    def match(self, s: ast.Match, states: States) -> States:
        states = self.expr(s.subject, states)
        out: Set[ModeState] = set()
        catch_all = False
        for case in s.cases:
            branch = self.expr(case.guard, states)
            out |= self.block(case.body, branch)
            catch_all |= isinstance(case.pattern, ast.MatchAs) and case.pattern.pattern is None and case.guard is None
        return frozenset(out) if catch_all else frozenset(out) | states

    def assert_(self, s: ast.Assert, states: States) -> States:
        return self.expr(s.test, states)

    def delete(self, s: ast.Delete, states: States) -> States:
        return states

    def other(self, s: ast.stmt, states: States) -> States:
        for child in ast.iter_child_nodes(s):  # anything else: evaluate its expressions in order
            if isinstance(child, ast.expr):
                states = self.expr(child, states)
        return states

    def expr_stmt(self, s: ast.Expr, states: States) -> States:
        value = s.value
        if isinstance(value, ast.IfExp):  # `model.train() if phase == 'train' else model.eval()`
            return self.if_(value.test, [ast.Expr(value.body)], [ast.Expr(value.orelse)], states)
        if isinstance(value, ast.Attribute) and value.attr in ("eval", "train"):
            ref = ref_through(value.value)
            if ref:  # `model.eval` never called (BN104's finding): what it meant is not ours to guess
                return frozenset(p.set_mode(ref, UNKNOWN) for p in states)
            return states
        states = self.expr(value, states)
        if isinstance(value, ast.Call):
            grad = self.an.grad_switch(value)  # torch.set_grad_enabled(False) as a statement
            if grad is not None:
                return frozenset(p.set_grad(grad) for p in states)
        return states

    def if_(self, test: ast.expr, body, orelse, states: States) -> States:
        states = self.expr(test, states)
        key, value = fact_of(test)
        # Remember the condition only where a branch changes a mode, so that unrelated ifs
        # do not multiply states; an earlier fact always prunes the inconsistent branch.
        remember = key is not None and any(self.an.changes_state(n) or _exits(n) for n in body + orelse)
        results: Set[ModeState] = set()
        for branch, truth in ((body, value), (orelse, not value)):
            start = states
            if key is not None:
                start = frozenset(p for p in states if (key, not truth) not in p.facts)
                if remember:
                    start = frozenset(replace(p, facts=p.facts | {(key, truth)}) for p in start)
            results |= self.block(branch, start) if branch else start
        return frozenset(results)

    def for_(self, s: ast.For, states: States) -> States:
        states = self.expr(s.iter, states)
        after = self.loop(s, states, target=s.target)
        # `for m in model.modules(): ... m.eval()` puts some sub-modules in eval: which ones we
        # cannot tell, so everything below `model` becomes unknown.
        owner = self.an.modules_loop_owner(s)
        if owner:
            after = frozenset(p.set_below(owner, UNKNOWN) for p in after)
        return after

    def loop(self, s, states: States, test: Optional[ast.expr] = None, target: Optional[ast.expr] = None) -> States:
        frame = _Frame(("break", "continue"))
        self.frames.append(frame)
        head, end = states, frozenset()
        try:
            for _ in range(MAX_LOOP_ROUNDS):
                start = self.expr(test, head) if test is not None else head
                if target is not None:
                    start = self.bind(target, None, start)
                end = self.block(s.body, start)
                again = cap(head | end | frame.out["continue"])
                if again == head:
                    break
                head = again
        finally:
            self.frames.pop()
        normal = end | frozenset(frame.out["continue"])
        if isinstance(test, ast.Constant) and test.value is True:
            normal = frozenset()  # `while True:` leaves only by break
        return cap(self.block(s.orelse, normal) | frozenset(frame.out["break"]))

    def with_(self, s: ast.With, states: States) -> States:
        pushed = 0
        managers = []  # context managers of the file: their code after `yield` runs on leaving
        for item in s.items:
            site = self.an.context_manager_site(item.context_expr)
            if site is not None:
                states = self.enter(item.context_expr, states)
                managers.append(site)
            else:
                states = self.expr(item.context_expr, states)
            grad = self.an.grad_context(item.context_expr)
            states = frozenset(p.push_grad(grad) for p in states)
            pushed += 1
            if item.optional_vars is not None:
                states = self.bind(item.optional_vars, None, states)
        frame = _Frame(("return", "break", "continue"))
        self.frames.append(frame)
        try:
            out = self.block(s.body, states)
        finally:
            self.frames.pop()
        for kind, left in frame.out.items():
            if left:
                self.emit(kind, self.leave(managers, frozenset(p.pop_grad(pushed) for p in left)))
        return self.leave(managers, frozenset(p.pop_grad(pushed) for p in out))

    def enter(self, call: ast.Call, states: States) -> States:
        """`with helper(model):` for a generator helper of the file: only its code before `yield` runs now."""
        states = self.expr(call.func, states)
        for arg in call.args:
            states = self.expr(arg, states)
        for kw in call.keywords:
            states = self.expr(kw.value, states)
        self.at.setdefault(call, set()).update(states)
        return cap(self.an.enter_context(self.an.site_at(call), states))

    def leave(self, managers, states: States) -> States:
        for site in reversed(managers):
            if states:
                states = cap(self.an.exit_context(site, states))
        return states

    def try_(self, s, states: States) -> States:
        frame = _Frame(("return", "break", "continue"))
        self.frames.append(frame)
        try:
            body = self.block(s.body, states)
            # An exception may leave the body anywhere; the states before and after stand for it.
            caught = states | body
            handled: Set[ModeState] = set()
            for handler in s.handlers:
                start = self.bind(ast.Name(handler.name, ast.Store()), None, caught) if handler.name else caught
                handled |= self.block(handler.body, start)
            normal = self.block(s.orelse, body) | frozenset(handled)
        finally:
            self.frames.pop()
        if s.finalbody:
            normal = self.block(s.finalbody, normal) if normal else normal
            for kind, left in frame.out.items():
                if left:
                    self.emit(kind, self.block(s.finalbody, frozenset(left)))
        else:
            for kind, left in frame.out.items():
                if left:
                    self.emit(kind, left)
        return normal

    # ------------------------------------------------------------------ assignment
    def bind(self, target: ast.expr, value: Optional[ast.expr], states: States) -> States:
        names = {n.id for n in walk(target) if isinstance(n, ast.Name)}
        states = frozenset(p.forget(names) for p in states)
        if isinstance(target, (ast.Tuple, ast.List)):
            values = value.elts if isinstance(value, (ast.Tuple, ast.List)) and len(value.elts) == len(target.elts) else None
            for i, elt in enumerate(target.elts):
                states = self.bind(elt, values[i] if values else None, states)
            return states
        if isinstance(target, ast.Starred):
            return self.bind(target.value, None, states)
        if isinstance(target, ast.Attribute) and target.attr == "training":
            ref = ref_through(target.value)  # `model.training = False`: BN105's finding
            return frozenset(p.set_mode(ref, UNKNOWN) for p in states) if ref else states
        ref = ref_of(target)
        if ref is None:
            return states
        if isinstance(target, ast.Name) and isinstance(value, ast.Attribute) and value.attr == "training":
            source = ref_through(value.value)
            if source:  # `was_training = model.training`
                return frozenset(p.save(ref, p.mode(source)) for p in states)
        tracked = self.an.is_model(self.scope, ref)
        out = set()
        for p in states:
            mode = self.an.value_mode(self.scope, value, p) if value is not None else UNKNOWN
            if tracked or mode != UNKNOWN or any(k == ref or k.startswith(ref + ".") for k, _ in p.modes):
                p = p.set_mode(ref, mode)
            out.add(p)
        return frozenset(out)

    # ------------------------------------------------------------------ expressions
    def expr(self, node: Optional[ast.expr], states: States) -> States:
        if node is None or not states or isinstance(node, ast.Lambda):
            return states
        if isinstance(node, ast.IfExp):
            states = self.expr(node.test, states)
            return self.expr(node.body, states) | self.expr(node.orelse, states)
        if isinstance(node, ast.Call):
            states = self.expr(node.func, states)
            for arg in node.args:
                states = self.expr(arg, states)
            for kw in node.keywords:
                states = self.expr(kw.value, states)
            return self.call(node, states)
        if isinstance(node, ast.NamedExpr):
            states = self.expr(node.value, states)
            return self.bind(node.target, node.value, states)
        if isinstance(node, (ast.Yield, ast.YieldFrom)):  # where a context manager's `with` block runs
            states = self.expr(node.value, states)
            self.at.setdefault(node, set()).update(states)
            return states
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.expr, ast.comprehension)):
                states = self.expr(child, states) if isinstance(child, ast.expr) else self.comprehension(child, states)
        return states

    def comprehension(self, comp: ast.comprehension, states: States) -> States:
        states = self.expr(comp.iter, states)
        for cond in comp.ifs:
            states = self.expr(cond, states)
        return states

    def call(self, node: ast.Call, states: States) -> States:
        self.at.setdefault(node, set()).update(states)
        return cap(self.an.apply_call(self.scope, node, states))


_STATEMENTS = {
    ast.FunctionDef: Interpreter.definition,
    ast.AsyncFunctionDef: Interpreter.definition,
    ast.ClassDef: Interpreter.definition,
    ast.Expr: Interpreter.expr_stmt,
    ast.Assign: Interpreter.assign,
    ast.AnnAssign: Interpreter.ann_assign,
    ast.AugAssign: Interpreter.aug_assign,
    ast.Return: Interpreter.return_,
    ast.Raise: Interpreter.raise_,
    ast.Break: Interpreter.break_,
    ast.Continue: Interpreter.continue_,
    ast.If: Interpreter.if_stmt,
    ast.For: Interpreter.for_,
    ast.AsyncFor: Interpreter.for_,
    ast.While: Interpreter.while_,
    ast.With: Interpreter.with_,
    ast.AsyncWith: Interpreter.with_,
    ast.Try: Interpreter.try_,
    ast.Match: Interpreter.match,
    ast.Assert: Interpreter.assert_,
    ast.Delete: Interpreter.delete,
}
if hasattr(ast, "TryStar"):  # Python 3.11+
    _STATEMENTS[ast.TryStar] = Interpreter.try_


def _exits(stmt: ast.AST) -> bool:
    """The statement may leave the function early: the path it takes decides which exit state callers get."""
    return any(isinstance(n, (ast.Return, ast.Raise)) for n in walk(stmt))


def fact_of(test: ast.expr) -> Tuple[Optional[str], bool]:
    """A branch condition as (text, truth) when it has no side effects: `not x` -> ('x', False)."""
    truth = True
    while isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
        test, truth = test.operand, not truth
    if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.NotEq, ast.IsNot)):
        op = ast.Eq() if isinstance(test.ops[0], ast.NotEq) else ast.Is()
        test, truth = ast.Compare(test.left, [op], test.comparators), not truth
    allowed = (ast.Name, ast.Attribute, ast.Constant, ast.Compare, ast.BoolOp, ast.UnaryOp, ast.Subscript,
               ast.Load, ast.cmpop, ast.boolop, ast.unaryop, ast.Tuple, ast.List, ast.BinOp, ast.operator)
    if not all(isinstance(n, allowed) for n in walk(test)):
        return None, truth
    return ast.unparse(test), truth
