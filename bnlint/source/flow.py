"""Which train/eval mode each model is in, and whether autograd records, along every path of one scope.

An abstract interpreter over one function's (or the module script's) statements. Its state is a
set of *paths*; each path is one consistent guess of

- the mode of each model reference (`model`, `self.net`, `args.model.backbone`) that was changed
  in this scope: eval, train, pretrained (eval because `from_pretrained` returns it so), unknown,
  or `entry:<ref>`, "whatever the caller left it in";
- the grad mode stack (`with torch.no_grad():` pushes off, leaving the block pops);
- flags saved from a model (`was_training = model.training`), so `model.train(was_training)`
  restores the mode instead of guessing;
- branch conditions taken on the way (`phase == 'train'`), so that a later `if phase == 'train':`
  follows only the branch consistent with the earlier one (the classic train/val phase loop).

Why a set of paths and not one merged state: "eval() on every path before it" needs to know that
some path reaches a forward in train mode, and the phase loop needs correlated branches. Paths
are capped (MAX_PATHS); beyond that they are merged, with disagreeing values becoming unknown,
and unknown never produces a finding.

Loops iterate to a fixpoint: the body may start in the state a previous iteration left, which is
how "validate() switched to eval and nothing switched back" is seen. A loop is assumed to run at
least once (epoch and batch loops do; assuming zero iterations would report code after every loop).

Calls to functions of the same file are applied through their summaries (the set of exit paths of
the callee, with `entry:` values standing for the caller's state), so a helper's `model.eval()`
counts for its caller. What the caller left is resolved lazily by models.FileAnalysis.
Values never say more than the file shows: a model handed to code we cannot see becomes unknown.
"""

from __future__ import annotations

import ast
import functools
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Dict, FrozenSet, Iterable, List, Optional, Set, Tuple

from bnlint.source.context import walk

if TYPE_CHECKING:  # pragma: no cover
    from bnlint.source.models import FileAnalysis, Scope

EVAL, TRAIN, UNKNOWN, PRETRAINED = "eval", "train", "unknown", "pretrained"
ON, OFF = "on", "off"  # grad mode (also UNKNOWN and GRAD_ENTRY)
GRAD_ENTRY = "entry:"  # the grad mode the scope was entered with
MAX_PATHS = 48
MAX_LOOP_ROUNDS = 12


def entry(ref: str) -> str:
    return "entry:" + ref


def entry_ref(value: str) -> Optional[str]:
    """`model` for 'entry:model', None for a concrete value."""
    return value[6:] if value.startswith("entry:") else None


@dataclass(frozen=True)
class Path:
    modes: Tuple[Tuple[str, str], ...] = ()  # sorted (ref, value); `ref.*` = every sub-module of ref
    grad: Tuple[str, ...] = (GRAD_ENTRY,)
    saved: Tuple[Tuple[str, str], ...] = ()  # variable holding a model's `.training` -> that mode
    facts: FrozenSet[Tuple[str, bool]] = frozenset()

    def mode(self, ref: str) -> str:
        """Mode of `ref`: its own entry, else the nearest changed parent's (eval() is recursive)."""
        table = dict(self.modes)
        parts = ref.split(".")
        for i in range(len(parts), 0, -1):
            key = ".".join(parts[:i])
            if i < len(parts) and key + ".*" in table:
                return table[key + ".*"]
            if key in table:
                return table[key]
        return entry(ref)

    def set_mode(self, ref: str, value: str) -> "Path":
        """`ref.eval()`: ref and everything below it take the value."""
        kept = [(k, v) for k, v in self.modes if k != ref and not k.startswith(ref + ".")]
        return replace(self, modes=tuple(sorted(kept + [(ref, value)])))

    def set_below(self, ref: str, value: str) -> "Path":
        """Every sub-module of ref (not ref itself) takes the value: `ref.apply(set_bn_eval)`."""
        kept = [(k, v) for k, v in self.modes if not k.startswith(ref + ".")]
        return replace(self, modes=tuple(sorted(kept + [(ref + ".*", value)])))

    def push_grad(self, value: Optional[str]) -> "Path":
        return replace(self, grad=self.grad + (value or self.grad[-1],))

    def pop_grad(self, n: int) -> "Path":
        return replace(self, grad=self.grad[: max(1, len(self.grad) - n)])

    def set_grad(self, value: str) -> "Path":
        return replace(self, grad=self.grad[:-1] + (value,))

    def save(self, var: str, value: Optional[str]) -> "Path":
        kept = [(k, v) for k, v in self.saved if k != var]
        return replace(self, saved=tuple(sorted(kept + ([(var, value)] if value else []))))

    def saved_value(self, var: str) -> Optional[str]:
        return dict(self.saved).get(var)

    def forget(self, names: Set[str]) -> "Path":
        """Assigning a name invalidates facts that mention it and a flag saved in it."""
        facts = frozenset(f for f in self.facts if not (_names_in(f[0]) & names))
        saved = tuple((k, v) for k, v in self.saved if k not in names)
        if facts == self.facts and saved == self.saved:
            return self
        return replace(self, facts=facts, saved=saved)


Paths = FrozenSet[Path]


@functools.lru_cache(maxsize=4096)  # asked for every fact of every path at each assignment
def _names_in(text: str) -> FrozenSet[str]:
    try:
        return frozenset(n.id for n in walk(ast.parse(text, mode="eval")) if isinstance(n, ast.Name))
    except SyntaxError:  # pragma: no cover - facts are unparsed expressions
        return frozenset()


def cap(paths: Iterable[Path]) -> Paths:
    """At most MAX_PATHS paths: first forget branch facts, then merge (disagreements -> unknown)."""
    paths = frozenset(paths)
    if len(paths) <= MAX_PATHS:
        return paths
    paths = frozenset(replace(p, facts=frozenset()) for p in paths)
    if len(paths) <= MAX_PATHS:
        return paths
    return frozenset([merge(paths)])


def merge(paths: Iterable[Path]) -> Path:
    paths = list(paths)
    keys = sorted({k for p in paths for k, _ in p.modes})
    tables = [dict(p.modes) for p in paths]
    modes = []
    for k in keys:
        values = {t.get(k) for t in tables}
        modes.append((k, values.pop() if len(values) == 1 and None not in values else UNKNOWN))
    depth = max(len(p.grad) for p in paths)
    grads = {p.grad for p in paths}
    grad = grads.pop() if len(grads) == 1 else (UNKNOWN,) * depth
    saved = set.intersection(*(set(p.saved) for p in paths))
    return Path(tuple(modes), grad, tuple(sorted(saved)), frozenset())


@dataclass
class ScopeFlow:
    """What the interpreter learnt about one scope."""

    at: Dict[ast.AST, Paths] = field(default_factory=dict)  # state just before each call (and yield)
    exits: Paths = frozenset()  # state when the scope returns (normally)
    failed: bool = False  # too deep to follow: no findings inside, effects unknown


class _Frame:
    """Collects paths leaving a block early (return / break / continue)."""

    def __init__(self, kinds: Tuple[str, ...]):
        self.kinds = kinds
        self.out: Dict[str, Set[Path]] = {k: set() for k in kinds}


class Interpreter:
    def __init__(self, analysis: "FileAnalysis", scope: "Scope"):
        self.an = analysis
        self.ctx = analysis.ctx
        self.scope = scope
        self.at: Dict[ast.AST, Set[Path]] = {}
        self.frames: List[_Frame] = [_Frame(("return",))]

    def run(self) -> ScopeFlow:
        try:
            end = self.block(self.scope.body, frozenset([Path()]))
        except RecursionError:
            return ScopeFlow(failed=True)
        exits = cap(set(end) | self.frames[0].out["return"])
        return ScopeFlow({k: frozenset(v) for k, v in self.at.items()}, exits)

    # ------------------------------------------------------------------ plumbing
    def emit(self, kind: str, paths: Iterable[Path]) -> None:
        for frame in reversed(self.frames):
            if kind in frame.kinds:
                frame.out[kind].update(paths)
                return

    def block(self, stmts: List[ast.stmt], paths: Paths) -> Paths:
        for stmt in stmts:
            if not paths:
                break  # unreachable
            paths = cap(self.stmt(stmt, paths))
        return paths

    def each(self, paths: Paths, fn) -> Paths:
        return frozenset(q for p in paths for q in fn(p))

    # ------------------------------------------------------------------ statements
    def stmt(self, s: ast.stmt, paths: Paths) -> Paths:
        if isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            return paths  # separate scopes; they run when called
        if isinstance(s, ast.Expr):
            return self.expr_stmt(s, paths)
        if isinstance(s, ast.Assign):
            paths = self.expr(s.value, paths)
            for target in s.targets:
                paths = self.bind(target, s.value, paths)
            return paths
        if isinstance(s, ast.AnnAssign):
            paths = self.expr(s.value, paths)
            return self.bind(s.target, s.value, paths) if s.value is not None else paths
        if isinstance(s, ast.AugAssign):
            paths = self.expr(s.value, paths)
            return self.bind(s.target, None, paths)
        if isinstance(s, ast.Return):
            self.emit("return", self.expr(s.value, paths))
            return frozenset()
        if isinstance(s, ast.Raise):
            self.expr(s.exc, paths)
            return frozenset()  # exceptional exits do not reach the next statement or the caller
        if isinstance(s, ast.Break):
            self.emit("break", paths)
            return frozenset()
        if isinstance(s, ast.Continue):
            self.emit("continue", paths)
            return frozenset()
        if isinstance(s, ast.If):
            return self.if_(s.test, s.body, s.orelse, paths)
        if isinstance(s, (ast.For, ast.AsyncFor)):
            return self.for_(s, paths)
        if isinstance(s, ast.While):
            return self.loop(s, paths, test=s.test)
        if isinstance(s, (ast.With, ast.AsyncWith)):
            return self.with_(s, paths)
        if isinstance(s, ast.Try) or type(s).__name__ == "TryStar":
            return self.try_(s, paths)
        if isinstance(s, ast.Match):
            paths = self.expr(s.subject, paths)
            out: Set[Path] = set()
            catch_all = False
            for case in s.cases:
                branch = self.expr(case.guard, paths)
                out |= self.block(case.body, branch)
                catch_all |= isinstance(case.pattern, ast.MatchAs) and case.pattern.pattern is None and case.guard is None
            return frozenset(out) if catch_all else frozenset(out) | paths
        if isinstance(s, ast.Assert):
            return self.expr(s.test, paths)
        if isinstance(s, ast.Delete):
            return paths
        for child in ast.iter_child_nodes(s):  # anything else: evaluate its expressions in order
            if isinstance(child, ast.expr):
                paths = self.expr(child, paths)
        return paths

    def expr_stmt(self, s: ast.Expr, paths: Paths) -> Paths:
        value = s.value
        if isinstance(value, ast.IfExp):  # `model.train() if phase == 'train' else model.eval()`
            return self.if_(value.test, [ast.Expr(value.body)], [ast.Expr(value.orelse)], paths)
        if isinstance(value, ast.Attribute) and value.attr in ("eval", "train"):
            ref = self.an.ref_through(value.value)
            if ref:  # `model.eval` never called (BN104's finding): what it meant is not ours to guess
                return frozenset(p.set_mode(ref, UNKNOWN) for p in paths)
            return paths
        paths = self.expr(value, paths)
        if isinstance(value, ast.Call):
            grad = self.an.grad_switch(value)  # torch.set_grad_enabled(False) as a statement
            if grad is not None:
                return frozenset(p.set_grad(grad) for p in paths)
        return paths

    def if_(self, test: ast.expr, body, orelse, paths: Paths) -> Paths:
        paths = self.expr(test, paths)
        key, value = fact_of(test)
        # Remember the condition only where a branch changes a mode, so that unrelated ifs
        # do not multiply paths; an earlier fact always prunes the inconsistent branch.
        remember = key is not None and any(self.an.changes_state(n) for n in body + orelse)
        results: Set[Path] = set()
        for branch, truth in ((body, value), (orelse, not value)):
            start = paths
            if key is not None:
                start = frozenset(p for p in paths if (key, not truth) not in p.facts)
                if remember:
                    start = frozenset(replace(p, facts=p.facts | {(key, truth)}) for p in start)
            results |= self.block(branch, start) if branch else start
        return frozenset(results)

    def for_(self, s: ast.For, paths: Paths) -> Paths:
        paths = self.expr(s.iter, paths)
        after = self.loop(s, paths, target=s.target)
        # `for m in model.modules(): ... m.eval()` puts some sub-modules in eval: which ones we
        # cannot tell, so everything below `model` becomes unknown.
        owner = self.an.modules_loop_owner(s)
        if owner:
            after = frozenset(p.set_below(owner, UNKNOWN) for p in after)
        return after

    def loop(self, s, paths: Paths, test: Optional[ast.expr] = None, target: Optional[ast.expr] = None) -> Paths:
        frame = _Frame(("break", "continue"))
        self.frames.append(frame)
        head, end = paths, frozenset()
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

    def with_(self, s: ast.With, paths: Paths) -> Paths:
        pushed = 0
        managers = []  # context managers of the file: their code after `yield` runs on leaving
        for item in s.items:
            site = self.an.context_manager_site(item.context_expr)
            if site is not None:
                paths = self.enter(item.context_expr, paths)
                managers.append(site)
            else:
                paths = self.expr(item.context_expr, paths)
            grad = self.an.grad_context(item.context_expr)
            paths = frozenset(p.push_grad(grad) for p in paths)
            pushed += 1
            if item.optional_vars is not None:
                paths = self.bind(item.optional_vars, None, paths)
        frame = _Frame(("return", "break", "continue"))
        self.frames.append(frame)
        try:
            out = self.block(s.body, paths)
        finally:
            self.frames.pop()
        for kind, left in frame.out.items():
            if left:
                self.emit(kind, self.leave(managers, frozenset(p.pop_grad(pushed) for p in left)))
        return self.leave(managers, frozenset(p.pop_grad(pushed) for p in out))

    def enter(self, call: ast.Call, paths: Paths) -> Paths:
        """`with helper(model):` for a generator helper of the file: only its code before `yield` runs now."""
        paths = self.expr(call.func, paths)
        for arg in call.args:
            paths = self.expr(arg, paths)
        for kw in call.keywords:
            paths = self.expr(kw.value, paths)
        self.at.setdefault(call, set()).update(paths)
        return cap(self.an.enter_context(self.an.site_at(call), paths))

    def leave(self, managers, paths: Paths) -> Paths:
        for site in reversed(managers):
            if paths:
                paths = cap(self.an.exit_context(site, paths))
        return paths

    def try_(self, s, paths: Paths) -> Paths:
        frame = _Frame(("return", "break", "continue"))
        self.frames.append(frame)
        try:
            body = self.block(s.body, paths)
            # An exception may leave the body anywhere; the states before and after stand for it.
            caught = paths | body
            handled: Set[Path] = set()
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
    def bind(self, target: ast.expr, value: Optional[ast.expr], paths: Paths) -> Paths:
        names = {n.id for n in walk(target) if isinstance(n, ast.Name)}
        paths = frozenset(p.forget(names) for p in paths)
        if isinstance(target, (ast.Tuple, ast.List)):
            values = value.elts if isinstance(value, (ast.Tuple, ast.List)) and len(value.elts) == len(target.elts) else None
            for i, elt in enumerate(target.elts):
                paths = self.bind(elt, values[i] if values else None, paths)
            return paths
        if isinstance(target, ast.Starred):
            return self.bind(target.value, None, paths)
        if isinstance(target, ast.Attribute) and target.attr == "training":
            ref = self.an.ref_through(target.value)  # `model.training = False`: BN105's finding
            return frozenset(p.set_mode(ref, UNKNOWN) for p in paths) if ref else paths
        ref = self.an.ref_of(target)
        if ref is None:
            return paths
        if isinstance(target, ast.Name) and isinstance(value, ast.Attribute) and value.attr == "training":
            source = self.an.ref_through(value.value)
            if source:  # `was_training = model.training`
                return frozenset(p.save(ref, p.mode(source)) for p in paths)
        tracked = self.an.is_model(self.scope, ref)
        out = set()
        for p in paths:
            mode = self.an.value_mode(self.scope, value, p) if value is not None else UNKNOWN
            if tracked or mode != UNKNOWN or any(k == ref or k.startswith(ref + ".") for k, _ in p.modes):
                p = p.set_mode(ref, mode)
            out.add(p)
        return frozenset(out)

    # ------------------------------------------------------------------ expressions
    def expr(self, node: Optional[ast.expr], paths: Paths) -> Paths:
        if node is None or not paths or isinstance(node, ast.Lambda):
            return paths
        if isinstance(node, ast.IfExp):
            paths = self.expr(node.test, paths)
            return self.expr(node.body, paths) | self.expr(node.orelse, paths)
        if isinstance(node, ast.Call):
            paths = self.expr(node.func, paths)
            for arg in node.args:
                paths = self.expr(arg, paths)
            for kw in node.keywords:
                paths = self.expr(kw.value, paths)
            return self.call(node, paths)
        if isinstance(node, ast.NamedExpr):
            paths = self.expr(node.value, paths)
            return self.bind(node.target, node.value, paths)
        if isinstance(node, (ast.Yield, ast.YieldFrom)):  # where a context manager's `with` block runs
            paths = self.expr(node.value, paths)
            self.at.setdefault(node, set()).update(paths)
            return paths
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.expr, ast.comprehension)):
                paths = self.expr(child, paths) if isinstance(child, ast.expr) else self.comprehension(child, paths)
        return paths

    def comprehension(self, comp: ast.comprehension, paths: Paths) -> Paths:
        paths = self.expr(comp.iter, paths)
        for cond in comp.ifs:
            paths = self.expr(cond, paths)
        return paths

    def call(self, node: ast.Call, paths: Paths) -> Paths:
        self.at.setdefault(node, set()).update(paths)
        return cap(self.an.apply_call(self.scope, node, paths))


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
