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
    # Flows inside the block that only this call makes (a norm class passed here, a helper's list): the other file
    # alone shows none of them. They and the dropouts live at the block's output are put at the call here.
    new = [f for f in inside if _sure(f.source)]
    shown = alone(other) if new else set()
    inside_kind = "listed" if helper else "inside"
    inner = tuple(Feed(_at_call(f.source, other, cls, call, inside_kind), f.batchnorm, f.bn_node, False, (),
                       f.home or other) for f in new if (id(f.source.node), id(f.bn_node)) not in shown)
    return replace(got, feeds=feeds, inner=inner,
                   live=tuple(_at_call(src, other, cls, call, "output") for src in got.live if _sure(src)))


def _sure(src: Source) -> bool:
    """A dropout of the other file on every path (not a probe, not one that file had from a third)."""
    return not src.conditional and src.origin is None and not src.probe


# Where a dropout of another file's block (a class, or a function returning a list of layers) sits, as said here.
_AT = {"output": ("at the output of `{}`", "at the end of the list `{}` returns"),
       "inside": ("inside `{}` as built here", "inside `{}` as built here"),
       "listed": ("in the list `{}` returns", "in the list `{}` returns")}


def _at_call(src: Source, other: FileContext, cls: ast.AST, call: ast.Call, kind: str) -> Source:
    """A dropout of another file's block as a source at the call here that built it (Source.origin names the dropout
    there and how it is reached: "output", live at the block's output; "inside" or "listed", feeding a BatchNorm
    inside the block or the list, which only this call's arguments make)."""
    at = _AT[kind][0 if isinstance(cls, ast.ClassDef) else 1].format(cls.name)
    return Source(call, f"{src.label} ({os.path.basename(other.path)} line {src.node.lineno}) {at}", share=src.share,
                  width=src.width, rate=rate(other, src), origin=(other, src.node, kind))
