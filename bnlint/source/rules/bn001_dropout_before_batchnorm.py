"""BN001 dropout-before-batchnorm: a dropout whose output reaches a BatchNorm before any normalisation."""

from __future__ import annotations

import ast
import re
from typing import Iterator, List, Optional, Tuple

from bnlint import torch_api
from bnlint.diagnostic import Applicability, Diagnostic, Fix, Operation
from bnlint.fix import ops
from bnlint.fix.imports import ensure_import
from bnlint.source.analysis.sequential import Leaf, Seq, contains_batchnorm, is_activation
from bnlint.source.analysis.variance import Feed, Flows, Source, collect
from bnlint.source.context import FileContext
from bnlint.source.rule import Rule
from bnlint.source.semantic.classes import class_info
from bnlint.source.semantic.nodes import walk

LAYOUT = "the Sequential's layout is too unusual to edit safely"
OUTSIDE = "the BatchNorm it feeds is outside the Sequential that holds it"
WHY = ("in train mode dropout rescales what it keeps by 1/(1-p), so the BatchNorm's running variance "
       "does not match what it sees in eval mode (variance shift)")


class DropoutBeforeBatchNorm(Rule):
    code = "BN001"
    # A BatchNorm (class or function) and a dropout must both be named in the file.
    tokens = ("BatchNorm", "batch_norm")
    patterns = (re.compile(r"Dropout|dropout|DropBlock|drop_block"),)

    def check(self, ctx: FileContext) -> Iterator[Diagnostic]:
        found = collect(ctx)
        for group in found.by_node.values():
            yield self.diagnostic(ctx, group, found)

    def diagnostic(self, ctx: FileContext, group: List[Feed], found: Flows) -> Diagnostic:
        first = group[0]
        src = first.source
        bns = list(dict.fromkeys((f.batchnorm, f.bn_node.lineno) for f in group))
        more = f" (and {len(bns) - 1} more)" if len(bns) > 1 else ""
        head = f"Dropout {src.label} feeds BatchNorm {first.batchnorm} (line {first.bn_node.lineno}){more}: {WHY}"
        if ctx.settings.dropout_fix == "uout":
            fix, reason = uout_fix(ctx, src, found.by_definition.get(id(src.definition), group))
            advice = ("replace it with Uout, a variance-stable dropout" if fix else
                      f"replace it with a variance-stable Uout layer or move it after the last BatchNorm ({reason})")
        else:
            internal = next((f for f in group if f.internal), None)
            fix, reason = move_fix(ctx, internal.source, found) if internal else (None, no_move_reason(src))
            advice = ("move it after the last BatchNorm" if fix else
                      f"move it after the last BatchNorm by hand or use `--strategy uout` ({reason})")
        related = [(ctx.path, ctx.start(first.bn_node), f"the BatchNorm it feeds: {first.batchnorm}")]
        if src.definition is not None and src.definition.lineno != src.node.lineno:
            related.append((ctx.path, ctx.start(src.definition), "the dropout layer is defined here"))
        return self.report(ctx, src.node, f"{head}; {advice}", fix=fix, related=related)


def no_move_reason(src: Source) -> str:
    if src.seq is not None:
        return OUTSIDE
    if src.definition is None:
        return "a functional dropout in method code; no local edit is provably equivalent"
    return ("the BatchNorm is reached through method code, where no local move is provably equivalent; "
            "`bnlint.fix_model(model)` moves it in the built model")


# --------------------------------------------------------------------------- uout
def uout_fix(ctx: FileContext, src: Source, same_definition: List[Feed]) -> Tuple[Optional[Fix], str]:
    if src.definition is None:
        return None, ("a functional call has no layer to swap: define a Uout layer in `__init__` and call it here "
                      "instead")
    if not any(f.internal for f in same_definition):
        unflagged = unflagged_use(ctx, src, same_definition)
        if unflagged is not None:
            attr, line = unflagged
            return None, (f"`{attr}` is also used at line {line}, where it feeds no BatchNorm, and a fix at its "
                          "definition would change that use too: give that use a layer of its own first")
    plan = ensure_import(ctx, ctx.settings.uout_class)
    if plan.name is None:
        return None, plan.problem
    new = f"{plan.name}({float(ctx.settings.uout_beta)!r})"
    old = ctx.label(src.definition)
    operations = [ops.replace(ctx, src.definition, new)] + ([ops.add_import(ctx, plan.line)] if plan.line else [])
    return ctx.fix(operations, Applicability.UNSAFE, f"Replace {old} (line {src.definition.lineno}) with `{new}`"), ""


def unflagged_use(ctx: FileContext, src: Source, findings: List[Feed]) -> Optional[Tuple[str, int]]:
    """A use of the layer's attribute that no finding went through: (`self.attr`, line), else None."""
    flagged = {id(f.source.use) for f in findings if f.source.use is not None}
    attrs = {f.source.attr for f in findings if f.source.attr}
    for cls in ctx.module_classes.values():
        info = class_info(ctx, cls)
        for attr in attrs:
            if not any(id(a.value) == id(src.definition) or _holds(a.value, src.definition)
                       for a in info.assigns.get(attr, [])):
                continue
            for use in info.uses.get(attr, []):
                if id(use) not in flagged:
                    return f"{ctx.segment(use)}", use.lineno
    return None


def _holds(value: Optional[ast.AST], node: ast.AST) -> bool:
    return value is not None and any(n is node for n in walk(value))


# --------------------------------------------------------------------------- move
def move_fix(ctx: FileContext, src: Source, found: Flows) -> Tuple[Optional[Fix], str]:
    seq, leaf = src.seq, src.part
    if seq is None or leaf is None or leaf.item is None or leaf not in seq.parts:
        return None, OUTSIDE
    last_bn = max((j for j, p in enumerate(seq.parts) if contains_batchnorm(p)), default=-1)
    if last_bn < seq.parts.index(leaf):
        return None, OUTSIDE
    t = last_bn
    while t + 1 < len(seq.parts) and is_activation(seq.parts[t + 1]):
        t += 1
    after, rest = seq.parts[t], seq.parts[t + 1:]
    nxt = rest[0] if rest else None
    text = ctx.label(leaf.node)
    # Several dropouts before the last BatchNorm all go to one place: the last of them moves,
    # the others are duplicates; so is any that would land next to a dropout already there.
    movers = found.movers.get(id(seq.call), set())
    last = [p for p in seq.parts[:last_bn] if isinstance(p, Leaf) and id(p.node) in movers][-1:]
    keeper = nxt if isinstance(nxt, Leaf) and nxt.kind == torch_api.DROPOUT else (
        last[0] if last and last[0] is not leaf else None)
    if keeper is not None:
        if keeper is not nxt and _relocation(ctx, keeper, after, found, seq, rest)[0] is None:
            keeper = None  # the last one cannot move: each stays as it is
        else:
            removal = ops.remove_element(ctx, leaf.item)
            if removal is None:
                return None, LAYOUT
            msg = f"Remove {text}: {ctx.label(keeper.node)} (line {keeper.node.lineno}) goes after the last BatchNorm"
            return ctx.fix([removal], Applicability.UNSAFE, msg), ""
    move, reason = _relocation(ctx, leaf, after, found, seq, rest)
    if move is None:
        return None, reason
    anchor = ctx.label(after.node if isinstance(after, Leaf) else after.call)
    return ctx.fix([move], Applicability.UNSAFE, f"Move {text} after {anchor} (line {after.item.end.line})"), ""


def _relocation(ctx, leaf: Leaf, after, found: Flows, seq: Seq, rest) -> Tuple[Optional[Operation], str]:
    if after.item is None or after.item.container is not leaf.item.container:
        node = after.node if isinstance(after, Leaf) else after.call
        return None, (f"it would go after {ctx.label(node)} (line {node.lineno}), "
                      "which the Sequential gets from another statement than the dropout, so no single edit moves it")
    downstream = found.feeds_batchnorm.get(id(seq.call))
    if downstream is not None and all(_transparent(p) for p in rest):
        return None, (f"after its last BatchNorm the Sequential's output still reaches BatchNorm "
                      f"{downstream.batchnorm} (line {downstream.bn_node.lineno})")
    move = ops.move_element(ctx, leaf.item, after.item)
    return (move, "") if move is not None else (None, LAYOUT)


def _transparent(part) -> bool:
    """A dropout placed before it would still be seen at the Sequential's output."""
    if isinstance(part, Seq):
        return all(_transparent(p) for p in part.parts)
    return part.kind in (torch_api.PASS, torch_api.DROPOUT)
