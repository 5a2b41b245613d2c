"""Variance-shift data flow (BN001): which dropout's output reaches a BatchNorm before any normalisation.

Two places are followed:
- nn.Sequential literals (bnlint.source.analysis.sequential), part by part;
- methods of a Module: values flow through local names, nested calls of `self.<layer>` defined in
  `__init__`, functional calls and tensor reshapes. Straight-line code is followed exactly; at a join
  of branches a value keeps a dropout only when every branch gave it one.

Anything not understood (custom layers, residual sums, calls of unknown functions) ends the flow:
no finding is better than a wrong one.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field, replace
from typing import Callable, Dict, List, Optional, Set, Tuple

from bnlint import torch_api
from bnlint.source.analysis.sequential import Leaf, Part, Resolver, Seq, is_zero
from bnlint.source.context import FileContext
from bnlint.source.semantic.classes import class_info, self_parameter
from bnlint.source.semantic.nodes import CHILD_FIELDS, DEFINITION, argument, is_attr_of, walk


# --------------------------------------------------------------------------- flow values
@dataclass(frozen=True, eq=False)
class Source:
    """A dropout whose output is being followed."""

    node: ast.AST  # where it is reported: the layer in a Sequential, or the call in a method
    label: str
    definition: Optional[ast.Call] = None  # the constructor a Uout fix replaces
    attr: Optional[str] = None  # `self.<attr>` whose every use a fix at the definition changes
    use: Optional[ast.AST] = None  # the use of attr this flow went through
    seq: Optional[Seq] = None  # the Sequential holding it directly (for a move)
    part: Optional[Leaf] = None
    probe: bool = False  # not a dropout: marks the output of the Sequential `node` (where does it go?)

    @property
    def key(self):
        # Two calls of one `self.drop` are the same dropout when branches join.
        return ("attr", self.attr, id(self.definition)) if self.attr else ("node", id(self.node))


@dataclass(frozen=True)
class Feed:
    source: Source
    batchnorm: str  # label of the BatchNorm it feeds
    bn_node: ast.AST
    internal: bool  # dropout and BatchNorm in one Sequential


Taint = Tuple[Source, ...]
Report = Callable[["Feed"], None]


def _same_in_both(a: Taint, b: Taint) -> Taint:
    keys_b = {s.key for s in b}
    keys_a = {s.key for s in a}
    both = [s for s in a if s.key in keys_b] + [s for s in b if s.key in keys_a]
    return _unique(both)


def _unique(taint) -> Taint:
    seen, out = set(), []
    for s in taint:
        if id(s.node) not in seen:
            seen.add(id(s.node))
            out.append(s)
    return tuple(out)


# --------------------------------------------------------------------------- flows
def flow_sequential(seq: Seq, taint: Taint, ctx: FileContext, report: Report) -> Taint:
    """Follow a Sequential from its input; return what reaches its output."""
    for part in seq.parts:
        if isinstance(part, Seq):
            taint = _unique(flow_sequential(part, taint, ctx, report) + (probe(part),))
            continue
        if part.kind == torch_api.DROPOUT:
            src = Source(part.node, ctx.label(part.node), part.definition, part.attr,
                         part.node if part.attr else None, seq, part)
            taint = _unique(taint + (src,))
        elif part.kind == torch_api.BATCHNORM:
            for src in taint:
                report(Feed(src, ctx.label(part.node), part.node, internal=src.seq is not None
                               and _inside(part, src.seq)))
            taint = ()
        elif part.kind != torch_api.PASS:
            taint = ()
    return taint


def probe(seq: Seq) -> Source:
    return Source(seq.call, "", probe=True)


def _inside(leaf: Leaf, seq: Seq) -> bool:
    return any(p is leaf or (isinstance(p, Seq) and _inside(leaf, p)) for p in seq.parts)


class MethodFlow:
    """Follow values through one function body (a method of a Module, or a plain function)."""

    def __init__(self, ctx: FileContext, resolver: Resolver, func: ast.AST, owner: Optional[str], report: Report):
        self.ctx, self.resolver, self.func, self.owner, self.report = ctx, resolver, func, owner, report

    def run(self) -> None:
        self.block(self.func.body, {})

    # ----------------------------------------------------------------- statements
    def block(self, stmts, env: Dict[str, Taint]) -> Optional[Dict[str, Taint]]:
        for s in stmts:
            env = self.stmt(s, env)
            if env is None:
                return None
        return env

    def stmt(self, s: ast.stmt, env: Dict[str, Taint]) -> Optional[Dict[str, Taint]]:
        if isinstance(s, ast.Assign):
            t = self.expr(s.value, env)
            for target in s.targets:
                self.bind(target, t, env)
        elif isinstance(s, ast.AnnAssign):
            if s.value is not None:
                self.bind(s.target, self.expr(s.value, env), env)
        elif isinstance(s, ast.AugAssign):
            self.expr(s.value, env)
            self.bind(s.target, (), env)
        elif isinstance(s, ast.Expr):
            self.expr(s.value, env)
        elif isinstance(s, ast.Return):
            if s.value is not None:
                self.expr(s.value, env)
            return None
        elif isinstance(s, (ast.Raise, ast.Break, ast.Continue)):
            return None
        elif isinstance(s, ast.If):
            self.expr(s.test, env)
            return self.join(self.block(s.body, dict(env)), self.block(s.orelse, dict(env)))
        elif isinstance(s, (ast.For, ast.AsyncFor, ast.While)):
            self.expr(s.iter if not isinstance(s, ast.While) else s.test, env)
            # The first pass through the body starts from the state before the loop: exact.
            first = dict(env)
            if not isinstance(s, ast.While):
                self.bind(s.target, (), first)
            self.block(s.body, first)
            after = self.cleared(env, s)
            self.block(s.orelse, dict(after))
            return after
        elif isinstance(s, (ast.With, ast.AsyncWith)):
            for item in s.items:
                self.expr(item.context_expr, env)
                if item.optional_vars is not None:
                    self.bind(item.optional_vars, (), env)
            return self.block(s.body, env)
        elif isinstance(s, DEFINITION):
            env[s.name] = ()
        elif isinstance(s, ast.Assert):
            self.expr(s.test, env)
        elif isinstance(s, ast.Delete):
            for t in s.targets:
                self.bind(t, (), env)
        elif isinstance(s, (ast.Pass, ast.Global, ast.Nonlocal, ast.Import, ast.ImportFrom)):
            pass
        else:  # try, match, ...: the body from its start is exact, the rest is not followed
            cleared = self.cleared(env, s)
            if isinstance(s, ast.Try) or type(s).__name__ == "TryStar":
                self.block(s.body, dict(env))
            return cleared
        return env

    def cleared(self, env: Dict[str, Taint], s: ast.stmt) -> Dict[str, Taint]:
        out = dict(env)
        for n in walk(s):
            if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)):
                out[n.id] = ()
        return out

    def join(self, a, b):
        if a is None or b is None:
            return b if a is None else a
        return {k: _same_in_both(a[k], b[k]) for k in a.keys() & b.keys()}

    def bind(self, target: ast.AST, t: Taint, env: Dict[str, Taint]) -> None:
        if isinstance(target, ast.Name):
            env[target.id] = t
        elif isinstance(target, (ast.Tuple, ast.List)):
            for e in target.elts:
                self.bind(e.value if isinstance(e, ast.Starred) else e, (), env)
        else:  # attributes and subscripts: look inside for flows, keep nothing
            for child in ast.iter_child_nodes(target):
                if isinstance(child, ast.expr):
                    self.expr(child, env)

    # ----------------------------------------------------------------- expressions
    def expr(self, node: ast.AST, env: Dict[str, Taint]) -> Taint:
        if isinstance(node, ast.Name):
            return env.get(node.id, ())
        if type(node) is ast.Constant:
            return ()
        if isinstance(node, ast.Call):
            return self.call(node, env)
        if isinstance(node, ast.NamedExpr):
            t = self.expr(node.value, env)
            env[node.target.id] = t
            return t
        if isinstance(node, ast.IfExp):
            self.expr(node.test, env)
            return _same_in_both(self.expr(node.body, env), self.expr(node.orelse, env))
        if isinstance(node, ast.Lambda):
            return ()
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            inner = dict(env)
            for gen in node.generators:
                self.expr(gen.iter, inner)
                for n in walk(gen.target):
                    if isinstance(n, ast.Name):
                        inner[n.id] = ()
                for cond in gen.ifs:
                    self.expr(cond, inner)
            for part in ("elt", "key", "value"):
                if hasattr(node, part):
                    self.expr(getattr(node, part), inner)
            return ()
        for name in CHILD_FIELDS[type(node)]:
            value = getattr(node, name, None)
            for child in value if type(value) is list else (value,):
                if isinstance(child, ast.expr):
                    self.expr(child, env)
                elif isinstance(child, ast.keyword):
                    self.expr(child.value, env)
        return ()

    def rest(self, call: ast.Call, env, skip: Optional[ast.AST] = None) -> None:
        for a in list(call.args) + [k.value for k in call.keywords]:
            if a is not skip:
                self.expr(a, env)

    def call(self, call: ast.Call, env: Dict[str, Taint]) -> Taint:
        func = call.func
        one_arg = len(call.args) == 1 and not call.keywords and not isinstance(call.args[0], ast.Starred)
        if self.owner and is_attr_of(func, self.owner):
            part = self.resolver.attr_part(func.attr)
            if part is None or not one_arg:
                self.rest(call, env)
                return ()
            return self.apply(part, self.expr(call.args[0], env), call, func)
        qn = self.resolver.qualname(func)
        kind = torch_api.function_kind(qn)
        if kind is not None:
            data = call.args[0] if call.args and not isinstance(call.args[0], ast.Starred) else None
            if data is None:
                kw = next((k for k in call.keywords if k.arg == "input"), None)
                data = kw.value if kw else None
            self.rest(call, env, skip=data)
            t = self.expr(data, env) if data is not None else ()
            if kind == torch_api.DROPOUT:
                if not dropout_follows_mode(call, qn):
                    return t
                src = Source(call, self.ctx.label(call))
                return _unique(t + (src,))
            if kind == torch_api.PASS:
                return t
            if kind == torch_api.BATCHNORM:
                self.found(t, call, self.ctx.label(call))
            return ()
        if isinstance(func, ast.Attribute) and qn is None and func.attr in torch_api.PASS_THROUGH_METHODS:
            t = self.expr(func.value, env)
            self.rest(call, env)
            return t
        if not isinstance(func, ast.Name):
            self.expr(func, env)
        self.rest(call, env)
        return ()

    def apply(self, part: Part, t: Taint, call: ast.Call, use: ast.Attribute) -> Taint:
        label = self.ctx.label(call.func)
        if isinstance(part, Seq):
            came_in = {id(s.node) for s in t}
            out = flow_sequential(part, t, self.ctx, self.report)
            # A dropout of the Sequential that leaves it goes wherever this use of the Sequential goes.
            out = tuple(s if id(s.node) in came_in else replace(s, attr=use.attr, use=use) for s in out)
            return _unique(out + (probe(part),))
        if part.kind == torch_api.DROPOUT:
            src = Source(call, label, part.definition, use.attr, use)
            return _unique(t + (src,))
        if part.kind == torch_api.PASS:
            return t
        if part.kind == torch_api.BATCHNORM:
            self.found(t, call, label)
        return ()

    def found(self, t: Taint, bn_node: ast.AST, label: str) -> None:
        for src in t:
            self.report(Feed(src, label, bn_node, internal=False))




def dropout_follows_mode(call: ast.Call, qualname: str) -> bool:
    """Whether a functional dropout drops in train mode and not in eval: its training argument is an expression
    (`training=self.training`). A dropout that is always on (no training argument, so True by default for
    F.dropout, or a literal True) drops in both modes, so what follows sees the same variance in both: no
    variance shift (BN002's business); one that is never on (`p=0`, `training=False`, F.alpha_dropout's
    default) drops nothing."""
    param, index, _ = torch_api.DROPOUT_FUNCTIONS[qualname]
    if is_zero(argument(call, "p", 1)):
        return False
    arg = argument(call, param, index)
    return arg is not None and not isinstance(arg, ast.Constant)


# --------------------------------------------------------------------------- every flow of a file
@dataclass
class Flows:
    """Every dropout of a file that feeds a BatchNorm, grouped the ways BN001 reports and fixes them."""

    by_node: Dict[int, List[Feed]] = field(default_factory=dict)  # per reported dropout
    by_definition: Dict[int, List[Feed]] = field(default_factory=dict)  # per dropout constructor
    # Sequential (by call node) -> its dropouts (by node) that feed a BatchNorm inside it
    movers: Dict[int, Set[int]] = field(default_factory=dict)
    # Sequential call nodes whose output reaches a BatchNorm further on
    feeds_batchnorm: Dict[int, Feed] = field(default_factory=dict)

    def add(self, f: Feed) -> None:
        if f.source.probe:
            self.feeds_batchnorm.setdefault(id(f.source.node), f)
            return
        self.by_node.setdefault(id(f.source.node), []).append(f)
        if f.source.definition is not None:
            self.by_definition.setdefault(id(f.source.definition), []).append(f)
        if f.internal and f.source.seq is not None:
            self.movers.setdefault(id(f.source.seq.call), set()).add(id(f.source.node))


def collect(ctx: FileContext) -> Flows:
    """Follow every method of the file and every nn.Sequential literal."""
    out = Flows()
    resolvers: Dict[int, Resolver] = {}
    plain = Resolver(ctx)

    def resolver_for(cls: Optional[ast.ClassDef]) -> Resolver:
        if cls is None or not ctx.is_module_class(cls):
            return plain
        if id(cls) not in resolvers:
            resolvers[id(cls)] = Resolver(ctx, class_info(ctx, cls))
        return resolvers[id(cls)]

    def method_of(func) -> Tuple[Optional[ast.ClassDef], Optional[str]]:
        parent = ctx.parents.get(func)
        if isinstance(parent, ast.ClassDef) and ctx.is_module_class(parent):
            return parent, self_parameter(ctx, func)
        return None, None

    for func in ctx.nodes_of(ast.FunctionDef, ast.AsyncFunctionDef):
        cls, owner = method_of(func)
        MethodFlow(ctx, resolver_for(cls), func, owner, out.add).run()
    for call in ctx.nodes_of(ast.Call):
        if isinstance(call.func, (ast.Name, ast.Attribute)) and plain.is_sequential(call):
            func = ctx.enclosing_function(call)
            cls, owner = method_of(func) if func is not None else (None, None)
            res = resolver_for(cls)
            flow_sequential(res.sequential(call, owner), (), ctx, out.add)
    return out
