"""Module classes of other project files as BN001 blocks (issue 14, cause e across files).

A class another file of the project defines (`from blocks import ConvBN`, resolved by the project index, never
guessed) is summarised by that file's own analysis, bound to the call that made it here. The call's arguments
travel only as the constants this file proves them to be (a literal, or a name whose every value is the same
literal); any other argument is unknown there, so a condition or a layer class that depends on it stays
undecided. Of the summary only what holds for sure is kept: the BatchNorms the input reaches on every path of
the other class's forward, and how much of the input's shift passes to its output (a Flatten, a residual
block). A dropout live at the other class's output on every return is followed from the call that built the
block here (Source.origin names it in the other file): what follows the block is only seen here.
"""

from __future__ import annotations

import ast
import os
from dataclasses import replace
from typing import Callable, List, Optional, Set, Tuple

from bnlint.source.analysis.bindings import Binding
from bnlint.source.analysis.layer_values import QUALIFIED, LayerClass, Names, _constant, _UNKNOWN
from bnlint.source.analysis.variance import Feed, Source, Summary, rate
from bnlint.source.context import FileContext

UNKNOWN = "__bnlint_unknown_argument__"  # a name no file binds: unknown wherever it is looked up

_busy: Set[Tuple[str, int]] = set()  # classes of other files being summarised now (a circle of imports ends)


def portable(names: Names, call: ast.Call) -> ast.Call:
    """The call with every argument replaced by the constant it surely is here, else by an unknown name."""

    def value(node: ast.expr) -> ast.expr:
        if isinstance(node, ast.Starred):
            return ast.Starred(ast.Name(UNKNOWN, ast.Load()), ast.Load())
        found = names.values(node) or []
        consts = [_constant(v) for v in found]
        if (found and all(c is not _UNKNOWN and not isinstance(c, LayerClass) for c in consts)
                and len({repr(c) for c in consts}) == 1):
            return ast.Constant(consts[0])
        layer = names.layer_class(node) if found and not names.partial_keywords(node) else None
        if isinstance(layer, str) and layer.startswith("torch.nn."):  # a torch layer class, not a partial with options
            return ast.Attribute(ast.Name(QUALIFIED, ast.Load()), layer, ast.Load())
        return ast.Name(UNKNOWN, ast.Load())

    out = ast.Call(ast.Name(UNKNOWN, ast.Load()), [value(a) for a in call.args],
                   [ast.keyword(k.arg, value(k.value)) for k in call.keywords])
    return ast.copy_location(out, call)


def summary_elsewhere(ctx: FileContext, cls: ast.AST, call: Optional[ast.Call], binding: Binding,
                      summaries: Callable, alone: Callable) -> Optional[Summary]:
    """The summary of `cls`, a Module class of another project file that `call` (here) makes, or a function of one
    whose layer list `call` splices here (`*make_layers(cfg)`); None when unknown.
    `summaries(other_ctx, report)` gives that file's Summaries; `alone(other_ctx)` the (dropout, BatchNorm) nodes
    of the flows that file shows by itself."""
    if call is None:
        return None
    helper = not isinstance(cls, ast.ClassDef)  # a function of that file returning a list of layers
    found = ctx.project.definition(ctx, call.func) if helper else ctx.project_class(call.func, module=True)
    if found is None or found[1] is not cls:
        return None
    other = found[0]
    key = (other.path, cls.lineno)
    if key in _busy:
        return None
    _busy.add(key)
    inside: List[Feed] = []
    try:
        made = portable(Names(ctx, binding), call)
        if helper:  # called by its own name there
            made.func = ast.copy_location(ast.Name(cls.name, ast.Load()), call.func)
            got = summaries(other, inside.append).helper(cls, made)
        else:
            got = summaries(other, inside.append)(cls, made)
    finally:
        _busy.discard(key)
    if got is None:
        return None
    feeds = tuple(tuple(replace(h, home=h.home or other) for h in hits if not h.conditional) for hits in got.feeds)
    # Flows inside the block that only this call makes (a norm class passed here): the other file alone shows none.
    new = [f for f in inside if not f.source.conditional and f.source.origin is None and not f.source.probe]
    shown = alone(other) if new else set()
    inner = tuple(_inside_here(f, other, cls, call, "listed" if helper else "inside") for f in new
                  if (id(f.source.node), id(f.bn_node)) not in shown)
    return replace(got, feeds=feeds, inner=inner,
                   live=tuple(_built_here(src, other, cls, call) for src in got.live
                              if not src.conditional and src.origin is None and not src.probe))


def _built_here(src: Source, other: FileContext, cls: ast.AST, call: ast.Call) -> Source:
    """A dropout live at the output of another file's block, as a source at the call that built the block."""
    where = f"{os.path.basename(other.path)} line {src.node.lineno}"
    at = f"at the output of `{cls.name}`" if isinstance(cls, ast.ClassDef) else f"at the end of the list `{cls.name}` returns"
    return Source(call, f"{src.label} ({where}) {at}", share=src.share,
                  width=src.width, rate=rate(other, src), origin=(other, src.node, "output"))


def _inside_here(feed: Feed, other: FileContext, cls: ast.AST, call: ast.Call, kind: str) -> Feed:
    """A flow inside another file's block that the arguments of this call make (`Block(64, norm_layer=nn.BatchNorm2d)`),
    or inside the list of layers another file's helper returns (`*make_layers(cfg)`), which that file shows nowhere
    itself: as a feed from the call here to the BatchNorm there."""
    src = feed.source
    where = f"{os.path.basename(other.path)} line {src.node.lineno}"
    at = f"inside `{cls.name}` as built here" if kind == "inside" else f"in the list `{cls.name}` returns"
    here = Source(call, f"{src.label} ({where}) {at}", share=src.share,
                  width=src.width, rate=rate(other, src), origin=(other, src.node, kind))
    return Feed(here, feed.batchnorm, feed.bn_node, False, (), feed.home or other)
