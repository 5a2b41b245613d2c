"""Variance-shift data flow in method code (BN001): values flow through local names, nested calls of
`self.<layer>` defined in `__init__`, functional calls, tensor reshapes, `torch.cat` and residual sums, Module
classes of the file (through their Summary), and loops over an nn.ModuleList (`for layer in self.layers`,
`zip(...)`, `self.convs[i]`). Straight-line code is followed exactly; after branches a value keeps a dropout
that every branch kept or that a branch made; a loop's body is followed once from the state before it, and a
second time, reported, only when the loop surely runs twice (the file states how many layers the ModuleList
holds). Anything not understood ends the flow.
"""

from __future__ import annotations

import ast
from dataclasses import replace
from typing import Dict, List, Optional

from bnlint import torch_api
from bnlint.source.analysis.loop_flow import Loops
from bnlint.source.analysis.sequential import BLOCK, Leaf, Many, Part, Resolver, Seq
from bnlint.source.analysis.variance import (Blocks, Feed, Report, Source, Taint, _unique, apply_block, concatenated,
                                             dropout_follows_mode, flow_leaf, flow_sequential, joined, mixed, probe,
                                             same_in_all, summed)
from bnlint.source.context import FileContext
from bnlint.source.semantic.nodes import CHILD_FIELDS, DEFINITION, argument, is_attr_of, walk

CONCAT = {"torch.cat", "torch.concat", "torch.concatenate"}


class MethodFlow(Loops):
    """Follow values through one function body (a method of a Module, or a plain function). With `probes`,
    each positional parameter's input is followed too (Source.param), for the class's Summary."""

    def __init__(self, ctx: FileContext, resolver: Resolver, func: ast.AST, owner: Optional[str], report: Report,
                 blocks: Optional[Blocks] = None, probes: bool = False, base: Optional[Seq] = None):
        self.ctx, self.resolver, self.func, self.owner, self.sink = ctx, resolver, func, owner, report
        self.silent = False  # a pass over a loop body whose findings do not hold
        self.undecided = 0  # undecided branches around the current code
        self.train_only = False  # the code runs in train mode only (after `if not self.training: return`)
        self.blocks, self.probes, self.base = blocks, probes, base
        self.returns: List[Taint] = []
        self.layers: Dict[str, Part] = {}  # loop variables that hold an element of a ModuleList
        self.loops = 0

    def report(self, feed: Feed) -> None:
        if self.silent or self.train_only or (feed.source.conditional and self.undecided):
            return  # a BatchNorm used in train mode only keeps statistics nobody uses
        self.sink(feed)

    def held(self, node: ast.AST) -> Optional[ast.expr]:
        """What `self.<attr>` holds, when the class assigns it once."""
        if self.owner and is_attr_of(node, self.owner) and self.resolver.info is not None:
            return self.resolver.info.single_value(node.attr)
        return None

    def rate(self, call: ast.Call) -> Optional[float]:
        """A functional dropout's probability (0.5 when not given), through `self.<attr>` too."""
        p = argument(call, "p", 1)
        if p is None:
            return 0.5
        held = self.held(p)
        return self.resolver.names.number(held if held is not None else p)

    def mode_test(self, test: ast.expr) -> Optional[bool]:
        """True for `self.training`, False for `not self.training`, else None."""
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            inner = self.mode_test(test.operand)
            return None if inner is None else not inner
        return True if self.owner and is_attr_of(test, self.owner, "training") else None

    def parameters(self) -> List[ast.arg]:
        a = self.func.args
        positional = a.posonlyargs + a.args
        return positional[1:] if self.owner else positional

    def run(self) -> None:
        a = self.func.args
        env: Dict[str, Taint] = {p.arg: () for p in a.posonlyargs + a.args + a.kwonlyargs}
        if self.probes:
            for i, p in enumerate(self.parameters()):
                env[p.arg] = (Source(p, p.arg, param=i),)
        if self.block(self.func.body, env) is not None:
            self.returns.append(())

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
            t = self.expr(s.value, env)
            if isinstance(s.target, ast.Name) and isinstance(s.op, (ast.Add, ast.Sub)):
                env[s.target.id] = self.summed(env.get(s.target.id, ()), t, s.value)
            else:
                self.bind(s.target, (), env)
        elif isinstance(s, ast.Expr):
            self.expr(s.value, env)
        elif isinstance(s, ast.Return):
            self.returns.append(self.expr(s.value, env) if s.value is not None else ())
            return None
        elif isinstance(s, (ast.Raise, ast.Break, ast.Continue)):
            return None
        elif isinstance(s, ast.If):
            self.expr(s.test, env)
            known = self.resolver.names.truth(s.test, self.held)
            if known is not None:  # decided by how the object was made (`if self.use_dropout:`)
                return self.block(s.body if known else s.orelse, env)
            mode = self.mode_test(s.test)
            self.undecided += 1
            train_only = self.train_only
            self.train_only = train_only or mode is True
            body = self.block(s.body, dict(env))
            self.train_only = train_only or mode is False
            orelse = self.block(s.orelse, dict(env))
            self.train_only = train_only
            self.undecided -= 1
            if mode is not None and (body if mode is False else orelse) is None:
                self.train_only = True  # `if not self.training: return ...`: the rest runs in train mode only
            return self.join(env, body, orelse)
        elif isinstance(s, (ast.For, ast.AsyncFor, ast.While)):
            return self.loop(s, env)
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

    def join(self, before, a, b):
        if a is None or b is None:
            return b if a is None else a
        # A name one branch never bound fails on the other path if it is used later: the branch's value holds.
        return {k: joined(before.get(k, ()), [x[k] for x in (a, b) if k in x]) for k in a.keys() | b.keys()}

    def bind(self, target: ast.AST, t: Taint, env: Dict[str, Taint]) -> None:
        if isinstance(target, ast.Name):
            env[target.id] = t
            self.layers.pop(target.id, None)
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
        if isinstance(node, ast.BinOp):
            return self.binop(node, env)
        if isinstance(node, ast.NamedExpr):
            t = self.expr(node.value, env)
            env[node.target.id] = t
            return t
        if isinstance(node, ast.IfExp):
            self.expr(node.test, env)
            return same_in_all([self.expr(node.body, env), self.expr(node.orelse, env)])
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

    def binop(self, node: ast.BinOp, env: Dict[str, Taint]) -> Taint:
        a, b = self.expr(node.left, env), self.expr(node.right, env)
        if isinstance(node.op, (ast.Add, ast.Sub)):
            if _number(node.right):
                return a
            if _number(node.left):
                return b
            return self.summed(a, b, node.right)
        if isinstance(node.op, (ast.Mult, ast.Div)) and _number(node.right):
            return a  # a constant scale changes train and eval variance alike
        if isinstance(node.op, ast.Mult) and _number(node.left):
            return b
        return ()

    def summed(self, a: Taint, b: Taint, other: ast.AST) -> Taint:
        return a if _number(other) else summed(a, b)

    def rest(self, call: ast.Call, env, skip: Optional[ast.AST] = None) -> None:
        for a in list(call.args) + [k.value for k in call.keywords]:
            if a is not skip:
                self.expr(a, env)

    def call(self, call: ast.Call, env: Dict[str, Taint]) -> Taint:
        func = call.func
        one_arg = len(call.args) == 1 and not call.keywords and not isinstance(call.args[0], ast.Starred)
        part, use = self.layer_of(func)
        if part is not None:
            if isinstance(part, Leaf) and part.kind == BLOCK:
                return self.block_call(part, call, env)
            if not one_arg:
                self.rest(call, env)
                return ()
            return self.apply(part, self.expr(call.args[0], env), call, use)
        if self.owner and is_attr_of(func, self.owner):
            self.rest(call, env)
            return ()
        if self.base is not None and _super_forward(func) and one_arg:
            t = self.expr(call.args[0], env)
            return _unique(flow_sequential(self.base, t, self.ctx, self.report, self.blocks) + (probe(self.base),))
        qn = self.resolver.qualname(func)
        if qn in CONCAT:
            return self.concat(call, env)
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
                src = Source(call, self.ctx.label(call), rate=self.rate(call))
                return _unique(t + (src,))
            if kind == torch_api.PASS:
                return mixed(t) if qn in torch_api.WEIGHT_FUNCTIONS else t
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

    def layer_of(self, func: ast.AST):
        """(the part a called expression is, the `self.<attr>` it is reached through) or (None, None)."""
        if self.owner and is_attr_of(func, self.owner):
            part = self.resolver.attr_part(func.attr)
            return (part, func) if part is not None and not isinstance(part, Many) else (None, None)
        if isinstance(func, ast.Subscript):
            many = self.many(func.value)
            element = many.element() if many is not None else None
            return (element, func.value) if element is not None else (None, None)
        if isinstance(func, ast.Name) and func.id in self.layers:
            return self.layers[func.id], None
        return None, None

    def block_call(self, part: Leaf, call: ast.Call, env: Dict[str, Taint]) -> Taint:
        """A Module class of the file called with its inputs bound to its forward's parameters."""
        summary = self.blocks(part.cls, part.definition) if self.blocks is not None else None
        if summary is None or any(isinstance(a, ast.Starred) for a in call.args) or any(
                k.arg is None for k in call.keywords):
            self.rest(call, env)
            return ()
        inputs = [self.expr(a, env) for a in call.args]
        inputs += [()] * (len(summary.params) - len(inputs))
        for k in call.keywords:
            t = self.expr(k.value, env)
            if k.arg in summary.params:
                inputs[summary.params.index(k.arg)] = t
        return apply_block(summary, inputs, call, self.report)

    def concat(self, call: ast.Call, env: Dict[str, Taint]) -> Taint:
        """torch.cat: along channels (dim=1) a BatchNorm's per-channel statistics of the dropout's channels keep
        the whole shift (only `width` narrows); along any other or unknown dim the statistics mix the parts."""
        tensors = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "tensors"), None)
        dim = argument(call, "dim", 1)
        dim = dim if dim is not None else next((k.value for k in call.keywords if k.arg == "axis"), None)
        if not isinstance(tensors, (ast.List, ast.Tuple)) or any(isinstance(e, ast.Starred) for e in tensors.elts) \
                or not tensors.elts:
            self.rest(call, env)
            return ()
        for k in call.keywords:
            self.expr(k.value, env)
        channels = isinstance(dim, ast.Constant) and dim.value == 1
        return concatenated([self.expr(e, env) for e in tensors.elts], channels)

    def apply(self, part: Part, t: Taint, call: ast.Call, use: Optional[ast.AST]) -> Taint:
        if isinstance(part, Seq):
            came_in = {id(s.node) for s in t}
            out = flow_sequential(part, t, self.ctx, self.report, self.blocks)
            # A dropout of the Sequential that leaves it goes wherever this use of the Sequential goes.
            if isinstance(use, ast.Attribute):
                out = tuple(s if id(s.node) in came_in else _replace_use(s, use) for s in out)
            return _unique(out + (probe(part),))
        if not isinstance(part, Leaf):
            return ()
        if part.kind == torch_api.DROPOUT:
            element = not isinstance(use, ast.Attribute) or use is not call.func
            src = Source(call, self.ctx.label(call.func), part.definition, None if element else use.attr,
                         None if element else use, element=element, rate=part.rate)
            return _unique(t + (src,))
        if part.kind == torch_api.BATCHNORM:
            self.found(t, call, self.ctx.label(call.func))
            return ()
        return flow_leaf(part, t, self.ctx, self.report, self.blocks, None)

    def found(self, t: Taint, bn_node: ast.AST, label: str) -> None:
        for src in t:
            self.report(Feed(src, label, bn_node, internal=False))


def _replace_use(s: Source, use: ast.Attribute) -> Source:
    return replace(s, attr=use.attr, use=use)


def _number(node: ast.AST) -> bool:
    if isinstance(node, ast.UnaryOp):
        node = node.operand
    return isinstance(node, ast.Constant) and isinstance(node.value, (int, float)) and not isinstance(node.value, bool)


def _super_forward(func: ast.AST) -> bool:
    return (isinstance(func, ast.Attribute) and func.attr == "forward" and isinstance(func.value, ast.Call)
            and isinstance(func.value.func, ast.Name) and func.value.func.id == "super")
