"""Every variance-shift flow of a file (BN001), and what each Module class of the file does to the flow.

A class's Summary is computed from its forward (or, for an nn.Sequential subclass without one, from the
layers it hands nn.Sequential), following each input parameter with a probe: which BatchNorms the input
reaches first ("first layers"), how much of its shift reaches the output (whether the class passes variance
through), and which dropouts are still live at the output ("last layers"). A class that uses itself, or a
class whose forward is not understood, has no summary: a call of it ends the flow.

ClassFlow is the same summary as plain data (positions, labels, numbers): a function of one file, for an
index that stores it per module (class_flows).
"""

from __future__ import annotations

import ast
from dataclasses import asdict, dataclass, field
from typing import Dict, List, Optional, Set, Tuple

from bnlint.source.analysis.method_flow import MethodFlow
from bnlint.source.analysis.sequential import Resolver, sequential_class
from bnlint.source.analysis.variance import (Feed, Hit, Source, Summary, Taint, flow_sequential, joined, material,
                                             probe, rate)
from bnlint.source.context import FileContext
from bnlint.source.semantic.classes import class_info, self_parameter


class Summaries:
    """Summaries of the file's Module classes, each computed once; the flows found while computing them go to
    `report` (a class's forward is followed once, with its probes)."""

    def __init__(self, ctx: FileContext, report):
        self.ctx, self.report = ctx, report
        self.done: Dict[ast.ClassDef, Optional[Summary]] = {}
        self.busy: Set[ast.ClassDef] = set()
        self.ran: Set[int] = set()  # functions followed here (collect does not follow them again)
        self._resolvers: Dict[int, Resolver] = {}
        self.plain = Resolver(ctx)

    def resolver(self, cls: Optional[ast.ClassDef]) -> Resolver:
        if cls is None or not self.ctx.is_module_class(cls):
            return self.plain
        if id(cls) not in self._resolvers:
            self._resolvers[id(cls)] = Resolver(self.ctx, class_info(self.ctx, cls))
        return self._resolvers[id(cls)]

    def __call__(self, cls: ast.ClassDef) -> Optional[Summary]:
        if cls in self.done:
            return self.done[cls]
        if cls in self.busy or not self.ctx.is_module_class(cls):
            return None  # a class that holds itself: unknown
        self.busy.add(cls)
        try:
            found = self._summarise(cls)
        finally:
            self.busy.discard(cls)
        self.done[cls] = found
        return found

    def _summarise(self, cls: ast.ClassDef) -> Optional[Summary]:
        ctx, res = self.ctx, self.resolver(cls)
        base = res.base_sequential(cls) if sequential_class(ctx, cls) else None
        forward = class_info(ctx, cls).methods.get("forward")
        hits: Dict[int, Dict[int, Hit]] = {}

        def collect(feed: Feed) -> None:
            src = feed.source
            if src.param is None:
                self.report(feed)
                return
            hit = Hit(feed.batchnorm, feed.bn_node, src.share, feed.into)
            old = hits.setdefault(src.param, {}).get(id(feed.bn_node))
            if old is None or hit.share < old.share:
                hits[src.param][id(feed.bn_node)] = hit

        if forward is None:
            if base is None:
                return None
            params: Tuple[str, ...] = ("input",)
            given: Taint = (Source(base.call, "input", param=0),)
            returns = [flow_sequential(base, given, ctx, lambda f: collect(f) if f.source.param is not None else None,
                                       self) + (probe(base),)]
        else:
            owner = self_parameter(ctx, forward)
            flow = MethodFlow(ctx, res, forward, owner, collect, self, probes=True, base=base)
            if ctx.parents.get(forward) is cls:
                self.ran.add(id(forward))
            flow.run()
            params = tuple(p.arg for p in flow.parameters())
            given = tuple(Source(p, p.arg, param=i) for i, p in enumerate(flow.parameters()))
            returns = flow.returns
        if not returns:
            return None
        out = joined(given, returns)
        passes = tuple(next((s.share * s.width for s in out if s.param == i), 0.0) for i in range(len(params)))
        feeds = tuple(tuple(hits.get(i, {}).values()) for i in range(len(params)))
        return Summary(cls, params, feeds, passes, tuple(s for s in out if s.param is None))


# --------------------------------------------------------------------------- every flow of a file
@dataclass
class Flows:
    """Every dropout of a file that feeds a BatchNorm, grouped the ways BN001 reports and fixes them."""

    ctx: FileContext
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
        if f.source.param is not None or not material(self.ctx, f.source):
            return
        self.by_node.setdefault(id(f.source.node), []).append(f)
        if f.source.definition is not None:
            self.by_definition.setdefault(id(f.source.definition), []).append(f)
        if f.internal and f.source.seq is not None:
            self.movers.setdefault(id(f.source.seq.call), set()).add(id(f.source.node))


def collect(ctx: FileContext) -> Flows:
    """Follow every Module class's forward (with its summary), every other function, every nn.Sequential."""
    out = Flows(ctx)
    blocks = Summaries(ctx, out.add)
    for cls in ctx.module_classes.values():
        blocks(cls)

    def method_of(func) -> Tuple[Optional[ast.ClassDef], Optional[str]]:
        parent = ctx.parents.get(func)
        if isinstance(parent, ast.ClassDef) and ctx.is_module_class(parent):
            return parent, self_parameter(ctx, func)
        return None, None

    for func in ctx.nodes_of(ast.FunctionDef, ast.AsyncFunctionDef):
        if id(func) in blocks.ran:
            continue
        cls, owner = method_of(func)
        res = blocks.resolver(cls)
        base = res.base_sequential(cls) if cls is not None and sequential_class(ctx, cls) else None
        MethodFlow(ctx, res, func, owner, out.add, blocks, base=base).run()
    for call in ctx.nodes_of(ast.Call):
        if isinstance(call.func, (ast.Name, ast.Attribute)) and blocks.plain.is_sequential(call):
            func = ctx.enclosing_function(call)
            cls, owner = method_of(func) if func is not None else (None, None)
            flow_sequential(blocks.resolver(cls).sequential(call, owner), (), ctx, out.add, blocks)
    return out


# --------------------------------------------------------------------------- plain data, per file
@dataclass(frozen=True)
class Site:
    line: int
    column: int
    label: str


@dataclass(frozen=True)
class ClassFlow:
    """What a Module class does to the variance-shift flow, as plain data.

    params: its forward's input parameters (after self); first[i]: the BatchNorms parameter i's input reaches
    before any other normalisation, each with the share of the input's shift that arrives; passes[i]: the
    share of parameter i's shift at the output (0: none passes); last: the dropouts whose shift is live at the
    output, each with its share and its rate (None: not stated in the file)."""

    name: str
    line: int
    params: Tuple[str, ...]
    first: Tuple[Tuple[Tuple[Site, float], ...], ...]
    passes: Tuple[float, ...]
    last: Tuple[Tuple[Site, float, Optional[float]], ...]

    def to_json(self) -> dict:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict) -> "ClassFlow":
        site = lambda d: Site(d["line"], d["column"], d["label"])  # noqa: E731
        return cls(data["name"], data["line"], tuple(data["params"]),
                   tuple(tuple((site(s), share) for s, share in p) for p in data["first"]),
                   tuple(data["passes"]), tuple((site(s), share, r) for s, share, r in data["last"]))


def class_flows(ctx: FileContext) -> Dict[str, ClassFlow]:
    """Every nn.Module class of one file that has a summary, by name."""
    blocks = Summaries(ctx, lambda feed: None)
    out: Dict[str, ClassFlow] = {}
    for name, cls in ctx.module_classes.items():
        s = blocks(cls)
        if s is None:
            continue

        def site(node: ast.AST) -> Site:
            return Site(node.lineno, node.col_offset, ctx.label(node))

        out[name] = ClassFlow(name, cls.lineno, s.params,
                              tuple(tuple((site(h.node), h.share) for h in hs) for hs in s.feeds), s.passes,
                              tuple((site(src.node), src.share, rate(ctx, src)) for src in s.live if not src.probe))
    return out
