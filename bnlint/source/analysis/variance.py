"""Variance-shift data flow (BN001): the values that flow, and how a list of layers moves them.

A flowing value is a Taint: the dropouts (Source) whose train-time rescaling it still carries, each with how
much of the value's variance it is (`share`: 1 right after the dropout, less after a residual sum with
something else) and on how many of its channels (`width`: less after `torch.cat` along channels, until a
weight layer mixes the channels). A BatchNorm reached by a Source is a Feed. A path that diluted the shift
(share < 1) is reported only when the estimated train/eval variance ratio at the BatchNorm,
1 + share * p / (1 - p), is still material (>= MATERIAL) for a dropout rate p the file states.

Where the values go is followed by flow_parts here (a Sequential, the branches and loops of a built list, a
Module class of the file through its Summary) and by bnlint.source.analysis.method_flow in method code.
Anything not understood ends the flow: no finding is better than a wrong one.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, replace
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from bnlint import torch_api
from bnlint.source.analysis.layer_values import Names
from bnlint.source.analysis.sequential import BLOCK, Choice, Leaf, Loop, Many, Part, Seq, is_zero
from bnlint.source.context import FileContext
from bnlint.source.semantic.nodes import argument

MATERIAL = 1.1  # the smallest estimated variance ratio a diluted path is reported at


# --------------------------------------------------------------------------- flow values
@dataclass(frozen=True, eq=False)
class Source:
    """A dropout whose output is being followed (or a probe: a Sequential's output, a block's input)."""

    node: ast.AST  # where it is reported: the layer in a Sequential, or the call in a method
    label: str
    definition: Optional[ast.Call] = None  # the constructor a Uout fix replaces
    attr: Optional[str] = None  # `self.<attr>` whose every use a fix at the definition changes
    use: Optional[ast.AST] = None  # the use of attr this flow went through
    seq: Optional[Seq] = None  # the Sequential holding it directly (for a move)
    part: Optional[Leaf] = None
    probe: bool = False  # not a dropout: marks the output of the Sequential `node` (where does it go?)
    param: Optional[int] = None  # not a dropout: the input parameter of a block being summarised
    share: float = 1.0  # the part of the value's variance that carries the shift
    width: float = 1.0  # the part of the channels that carry it
    via: Tuple[ast.AST, ...] = ()  # calls of blocks of the file it left on the way
    element: bool = False  # one element of a ModuleList: its constructor makes every element
    conditional: bool = False  # made in one branch only: it exists when that branch ran
    rate: Optional[float] = None  # the dropout probability, where the file states it
    mixed: bool = False  # a weight layer summed its channels on the way (a probe's path: the block's)
    # A dropout of another project file, live at the output of a block of that file that this file builds:
    # (that file, the dropout there); `node` is then the call here that built the block.
    # ("inside": a dropout inside that block feeding its BatchNorm, which only the call here makes one)
    origin: Optional[Tuple["FileContext", ast.AST, str]] = None

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
    into: Tuple[ast.AST, ...] = ()  # calls of blocks of the file the BatchNorm is inside
    home: Optional[FileContext] = None  # the other project file the BatchNorm is in (None: this one)


Taint = Tuple[Source, ...]
Report = Callable[[Feed], None]


def _unique(taint) -> Taint:
    """One entry per source, the most diluted one (a conservative estimate)."""
    best: Dict[int, Source] = {}
    order: List[int] = []
    for s in taint:
        k = id(s.node)
        if k not in best:
            order.append(k)
            best[k] = s
        elif s.share * s.width < best[k].share * best[k].width:
            best[k] = s
    return tuple(best[k] for k in order)


def same_in_all(outs: Sequence[Taint]) -> Taint:
    """Sources every path gave the value."""
    keys = [{s.key for s in t} for t in outs]
    return _unique([s for t in outs for s in t if all(s.key in k for k in keys)])


def joined(before: Taint, outs: Sequence[Taint]) -> Taint:
    """The value after branches: a source every branch kept, or one that a branch made (it exists on that
    path only, and on that path it flows on: it becomes conditional, and a conditional source is not reported
    at a BatchNorm that is itself in an undecided branch, whose condition may be the same one negated)."""
    had = {s.key for s in before}
    keys = [{s.key for s in t} for t in outs]
    out = []
    for t in outs:
        for s in t:
            if all(s.key in k for k in keys):
                out.append(s)
            elif s.key not in had:
                out.append(s if s.conditional else replace(s, conditional=True))
    return _unique(out)


def unconditional(report: "Report") -> "Report":
    """`report` for code in an undecided branch: sources made in other branches are not reported there."""
    return lambda feed: None if feed.source.conditional else report(feed)


def scaled(taint: Taint, share: float = 1.0, width: float = 1.0) -> Taint:
    if share == 1.0 and width == 1.0:
        return taint
    return tuple(replace(s, share=s.share * share, width=s.width * width) for s in taint)


def mixed(taint: Taint) -> Taint:
    """Through a weight layer every output unit sums every input channel: a shift on part of the channels
    becomes a diluted shift on all of them."""
    return tuple(s if s.mixed and s.width == 1.0 else replace(s, share=s.share * s.width, width=1.0, mixed=True)
                 for s in taint)


def summed(a: Taint, b: Taint) -> Taint:
    """`a + b`: each term's shift is diluted by the other term's variance, taken as equal (a residual sum of a
    branch and its input: half); a source in both terms keeps the mean of its shares."""
    in_b = {s.key: s for s in b}
    in_a = {s.key for s in a}
    out = [replace(s, share=(s.share + in_b[s.key].share) / 2 if s.key in in_b else s.share / 2) for s in a]
    return _unique(out + [replace(s, share=s.share / 2) for s in b if s.key not in in_a])


def concatenated(parts: Sequence[Taint], channels: bool) -> Taint:
    """torch.cat of n tensors, taken as equal in size: along channels a BatchNorm's per-channel statistics of
    the dropout's channels keep the whole shift (only `width` narrows, until a weight layer mixes them); along
    any other or an unknown dim the statistics of every channel mix the parts (`share` / n)."""
    n = len(parts)
    return _unique([s for t in parts for s in (scaled(t, width=1 / n) if channels else scaled(t, share=1 / n))])


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


def left(taint: Taint, call: ast.AST) -> Taint:
    return tuple(replace(s, via=s.via + (call,)) for s in taint)


def rate(ctx: FileContext, src: Source) -> Optional[float]:
    """The dropout probability the file states (the smallest of its candidates), else None."""
    if src.rate is not None:
        return src.rate
    call = src.definition if src.definition is not None else src.node
    if not isinstance(call, ast.Call):
        return None
    qn = torch_api.canonical(ctx.qualname(call.func))
    if qn in torch_api.DROPOUT_FUNCTIONS:
        p = argument(call, "p", 1)
    else:
        p = argument(call, "drop_prob" if (qn or "").startswith("timm.") else "p", 0)
    if p is None:
        return 0.5 if qn in torch_api.DROPOUT_FUNCTIONS or qn in torch_api.DROPOUT_LAYERS else None
    return Names(ctx).number(p)


def ratio(ctx: FileContext, src: Source) -> Optional[float]:
    """Estimated train/eval variance ratio at the BatchNorm: 1 + share * p / (1 - p)."""
    p = rate(ctx, src)
    if p is None or not 0 <= p < 1:
        return None
    return 1.0 + src.share * p / (1.0 - p)


def material(ctx: FileContext, src: Source) -> bool:
    if src.probe or src.share >= 1.0:
        return True
    r = ratio(ctx, src)
    return r is not None and r >= MATERIAL


# --------------------------------------------------------------------------- blocks of the file
@dataclass(frozen=True)
class Hit:
    """A BatchNorm a block's input reaches: with what share of the input's shift, inside which calls."""

    label: str
    node: ast.AST
    share: float
    into: Tuple[ast.AST, ...] = ()
    conditional: bool = False  # reached in an undecided branch of the block
    mixed: bool = False  # through a weight layer (the channels of the input are summed on the way)
    home: Optional[FileContext] = None  # the other project file the BatchNorm is in (None: the block's)


@dataclass
class Summary:
    """What a Module class of the file does to the flow, per input parameter of its forward: the BatchNorms
    the input reaches first (feeds), how much of its shift reaches the output (passes, 0: none), and the
    dropouts whose shift is live at the output on every return (live)."""

    cls: ast.ClassDef
    params: Tuple[str, ...]
    feeds: Tuple[Tuple[Hit, ...], ...]
    passes: Tuple[float, ...]
    live: Taint
    mixes: Tuple[bool, ...] = ()  # per parameter: its path to the output goes through a weight layer
    widths: Tuple[float, ...] = ()  # per parameter: the part of the output's channels it is (a cat)
    # flows inside a block of another file that only the call making it here gives (a norm class passed here)
    inner: Tuple["Feed", ...] = ()


Blocks = Callable[[ast.ClassDef, Optional[ast.Call]], Optional[Summary]]  # a class, the call that made it


def apply_block(summary: Summary, inputs: Sequence[Taint], call: ast.AST, report: Report) -> Taint:
    """Inputs (per parameter) through a block: its first BatchNorms are fed, its output carries what passes
    and what it makes."""
    out: List[Source] = []
    for i, t in enumerate(inputs[: len(summary.params)]):
        for hit in summary.feeds[i]:
            for src in (mixed(t) if hit.mixed else t):
                if not (hit.conditional and src.conditional):
                    report(Feed(scaled((src,), hit.share)[0], hit.label, hit.node, False, (call,) + hit.into, hit.home))
        if summary.passes[i] > 0:
            out += scaled(mixed(t) if summary.mixes[i] else t, summary.passes[i], summary.widths[i])
    out += left(summary.live, call)
    return _unique(out)


# --------------------------------------------------------------------------- lists of layers
def flow_sequential(seq: Seq, taint: Taint, ctx: FileContext, report: Report, blocks: Optional[Blocks] = None) -> Taint:
    """Follow a Sequential from its input; return what reaches its output."""
    return flow_parts(seq.parts, taint, ctx, report, blocks, seq)


def flow_parts(parts: List[Part], taint: Taint, ctx: FileContext, report: Report, blocks: Optional[Blocks],
               seq: Optional[Seq]) -> Taint:
    for part in parts:
        if isinstance(part, Seq):
            taint = _unique(flow_sequential(part, taint, ctx, report, blocks) + (probe(part),))
        elif isinstance(part, Loop):
            taint = flow_loop(part, taint, ctx, report, blocks, seq)
        elif isinstance(part, Choice):
            outs = [flow_parts(o, taint, ctx, unconditional(report), blocks, seq) for o in part.options]
            taint = joined(taint, outs)
        elif isinstance(part, Many):
            taint = ()
        else:
            taint = flow_leaf(part, taint, ctx, report, blocks, seq)
    return taint


def flow_loop(loop: Loop, taint: Taint, ctx: FileContext, report: Report, blocks: Optional[Blocks],
              seq: Optional[Seq]) -> Taint:
    """The first pass is exact; a second pass, reported only when the loop surely runs twice, shows what one
    iteration hands the next."""
    n = loop.count or 0
    report = report if n >= 1 else unconditional(report)
    first = flow_parts(loop.parts, taint, ctx, report, blocks, seq)
    second = flow_parts(loop.parts, first, ctx, report if n >= 2 else _silent, blocks, seq)
    if n >= 1:
        return same_in_all([first, second])
    return joined(taint, [taint, first, second])


def _silent(feed: Feed) -> None:
    pass


def flow_leaf(part: Leaf, taint: Taint, ctx: FileContext, report: Report, blocks: Optional[Blocks],
              seq: Optional[Seq]) -> Taint:
    kind = part.kind
    if kind == torch_api.DROPOUT:
        src = Source(part.node, ctx.label(part.node), part.definition, part.attr, part.node if part.attr else None,
                     seq, part, rate=part.rate)
        return _unique(taint + (src,))
    if kind == torch_api.BATCHNORM:
        for src in taint:
            report(Feed(src, ctx.label(part.node), part.node, internal=src.seq is not None and _inside(part, src.seq)))
        return ()
    if kind == torch_api.PASS:
        return mixed(taint) if torch_api.canonical(part.qualname) in torch_api.WEIGHT_LAYERS else taint
    if kind == BLOCK and blocks is not None:
        summary = blocks(part.cls, part.definition)
        if summary is not None:
            return apply_block(summary, [taint], part.node, report)
    return ()


def probe(seq: Seq) -> Source:
    return Source(seq.call, "", probe=True)


def _inside(leaf: Leaf, seq: Seq) -> bool:
    return any(p is leaf or (isinstance(p, Seq) and _inside(leaf, p)) for p in seq.parts)
