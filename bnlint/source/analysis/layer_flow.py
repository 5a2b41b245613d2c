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

from bnlint.source.analysis import layer_lists
from bnlint.source.analysis.bindings import Binding
from bnlint.source.analysis.layer_values import Names
from bnlint.source.analysis.elsewhere import summary_elsewhere
from bnlint.source.analysis.method_flow import MethodFlow
from bnlint.source.analysis.sequential import Resolver, Seq, sequential_class
from bnlint.source.analysis.variance import (Feed, Hit, Source, Summary, Taint, flow_sequential, joined, material,
                                             probe, rate)
from bnlint.source.context import FileContext
from bnlint.source.semantic.classes import class_chain, class_info, self_parameter
from bnlint.source.semantic.nodes import FUNCTION

MAX_BINDING = 3  # calls an instance's binding remembers (the outermost are forgotten: more general)


class Summaries:
    """Summaries of the file's Module classes, each computed once per class and per binding (the calls that
    made the instance: `UNetDown(64, 128, dropout=0.5)` has a dropout that `UNetDown(3, 64)` has not); the
    flows found while computing them go to `report`."""

    def __init__(self, ctx: FileContext, report):
        self.ctx, self.report = ctx, report
        self.done: Dict[tuple, Optional[Summary]] = {}
        self.busy: Set[tuple] = set()
        self.ran: Set[int] = set()  # forwards followed here without binding (collect does not follow them again)
        self._resolvers: Dict[tuple, Resolver] = {}
        self.plain = Resolver(ctx)

    def resolver(self, cls: Optional[ast.AST], binding: Binding = ()) -> Resolver:
        if not isinstance(cls, ast.ClassDef) or not self.ctx.is_module_class(cls):
            return self.plain
        key = (id(cls), binding)
        if key not in self._resolvers:
            self._resolvers[key] = Resolver(self.ctx, class_info(self.ctx, cls), binding)
        return self._resolvers[key]

    def bound(self, outer: Binding):
        """The Blocks callable for code analysed under `outer`."""
        return lambda cls, call=None: self(cls, call, outer)

    def __call__(self, cls: ast.ClassDef, call: Optional[ast.Call] = None, outer: Binding = ()) -> Optional[Summary]:
        if self.ctx.parents.get(cls) is None:  # a class of another file of the project
            key = (cls, outer, id(call))
            if key not in self.done:
                self.done[key] = summary_elsewhere(self.ctx, cls, call, outer, Summaries, _alone)
                for feed in self.done[key].inner if self.done[key] is not None else ():
                    self.report(feed)
            return self.done[key]
        binding = outer
        init = next((m for c in class_chain(self.ctx, cls) for m in c.body
                     if isinstance(m, FUNCTION) and m.name == "__init__"), None)
        if call is not None and init is not None:
            binding = (outer + ((id(init), call, 0),))[-MAX_BINDING:]
        key = (cls, binding)
        if key in self.done:
            return self.done[key]
        if any(k[0] is cls for k in self.busy) or not self.ctx.is_module_class(cls):
            return None  # a class that holds itself: unknown
        self.busy.add(key)
        try:
            found = self._summarise(cls, binding)
        finally:
            self.busy.discard(key)
        self.done[key] = found
        return found

    def helper(self, func: ast.AST, call: ast.Call) -> Optional[Summary]:
        """The summary of the layer list a helper function of the file returns for `call` (`make_layers(cfg)`),
        as if spliced into an nn.Sequential of its own."""
        binding = ((id(func), call, 0),)
        entries = layer_lists.helper_list(Names(self.ctx), call)
        if entries is None:
            return None
        return self._summarise(func, binding, Seq(call, Resolver(self.ctx, None, binding).parts(entries, None)))

    def _summarise(self, cls: ast.AST, binding: Binding, listed: Optional[Seq] = None) -> Optional[Summary]:
        ctx, res = self.ctx, self.resolver(cls, binding)
        blocks = self.bound(binding)
        if listed is not None:  # a helper's list
            base, forward = listed, None
        else:
            base = res.base_sequential(cls) if sequential_class(ctx, cls) else None
            forward = class_info(ctx, cls).methods.get("forward")
        hits: Dict[int, Dict[int, Hit]] = {}
        flow: Optional[MethodFlow] = None

        def collect(feed: Feed) -> None:
            src = feed.source
            if src.param is None:
                self.report(feed)
                return
            hit = Hit(feed.batchnorm, feed.bn_node, src.share, feed.into, flow is not None and flow.undecided > 0,
                      src.mixed, feed.home)
            old = hits.setdefault(src.param, {}).get(id(feed.bn_node))
            if old is None or hit.share < old.share:
                hits[src.param][id(feed.bn_node)] = hit

        if forward is None:
            if base is None:
                return None
            params: Tuple[str, ...] = ("input",)
            given: Taint = (Source(base.call, "input", param=0),)
            # a Sequential subclass's own flows are found where its layers are listed; a helper's list only here
            inner = collect if listed is not None else lambda f: collect(f) if f.source.param is not None else None
            returns = [flow_sequential(base, given, ctx, inner, blocks) + (probe(base),)]
        else:
            owner = self_parameter(ctx, forward)
            flow = MethodFlow(ctx, res, forward, owner, collect, blocks, probes=True, base=base)
            if ctx.parents.get(forward) is cls and not binding:
                self.ran.add(id(forward))
            flow.run()
            params = tuple(p.arg for p in flow.parameters())
            given = tuple(Source(p, p.arg, param=i) for i, p in enumerate(flow.parameters()))
            returns = flow.returns
        if not returns:
            return None
        out = joined(given, returns)
        through = [next((s for s in out if s.param == i), None) for i in range(len(params))]
        passes = tuple(s.share if s is not None else 0.0 for s in through)
        feeds = tuple(tuple(hits.get(i, {}).values()) for i in range(len(params)))
        return Summary(cls, params, feeds, passes, tuple(s for s in out if s.param is None),
                       tuple(s is not None and s.mixed for s in through),
                       tuple(s.width if s is not None else 1.0 for s in through))


def _alone(ctx: FileContext) -> Set[Tuple[int, int]]:
    """(dropout, BatchNorm) of every flow a file shows by itself."""
    return ctx.shared("bn001 flows alone", lambda c: {(id(f.source.node), id(f.bn_node))
                                                       for feeds in collect(c).by_node.values() for f in feeds})


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
        MethodFlow(ctx, res, func, owner, out.add, blocks.bound(()), base=base).run()
    for call in ctx.nodes_of(ast.Call):
        if isinstance(call.func, (ast.Name, ast.Attribute)) and blocks.plain.is_sequential(call):
            func = ctx.enclosing_function(call)
            cls, owner = method_of(func) if func is not None else (None, None)
            flow_sequential(blocks.resolver(cls).sequential(call, owner), (), ctx, out.add, blocks.bound(()))
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

        def site(node: ast.AST, label: str) -> Site:
            return Site(node.lineno, node.col_offset, label)

        out[name] = ClassFlow(name, cls.lineno, s.params,
                              tuple(tuple((site(h.node, h.label), h.share) for h in hs) for hs in s.feeds), s.passes,
                              tuple((site(src.node, src.label), src.share, rate(ctx, src))
                                    for src in s.live if not src.probe))
    return out
