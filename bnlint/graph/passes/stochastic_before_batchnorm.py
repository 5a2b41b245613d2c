"""BN001 / BN006 in the graph: a dropout (or drop path) whose train-time output reaches a BatchNorm with no
normalisation between (variance shift), through whatever the source shows or hides: concatenations,
models built in loops, functional calls."""

from __future__ import annotations

from typing import Iterable, List

from bnlint.graph import patterns as P
from bnlint.graph.context import Context, GraphFinding
from bnlint.graph.passes.registry import graph_pass
from bnlint.graph.passes.messages import bn_related, few, group, subject, verb
from bnlint.graph.units import Unit


def _dropout_function(unit: Unit) -> bool:
    """nn.Dropout* or F.dropout*: regularisers by definition, identity in eval when used as documented."""
    return all(a.node.op == "call_module" or a.node.target in P.DROPOUT_FUNCS or a.node.target in
               P.ALPHA_DROPOUT_FUNCS for a in unit.atoms)


def batchnorms_shifted_by(ctx: "Context", unit: Unit) -> List[str]:
    """The BatchNorms a train-time regulariser reaches (BN001/BN006, and what fix_model rewrites); none when
    the unit is not the identity in eval: then it is no regulariser but BN003's business."""
    if unit.key in ctx.eval_active and not _dropout_function(unit):
        return []
    return ctx.reached_batchnorms(unit)


@graph_pass("BN001", "BN006")
def stochastic_before_batchnorm(ctx: Context) -> Iterable[GraphFinding]:
    items = []
    for unit in ctx.train_units:
        if unit.kind == "noise" or unit.p == 0.0:  # p=0: the identity in both modes
            continue
        code = "BN006" if unit.kind == "drop_path" else "BN001"
        if code not in ctx.enabled:
            continue
        bns = batchnorms_shifted_by(ctx, unit)
        if bns:
            items.append((code, ctx.placed(unit), unit, bns))
    for (code, loc, *_), (units, bns) in group(items).items():
        bn_text = f"BatchNorm {few(bns)}" if len(bns) <= 1 else f"{len(bns)} BatchNorm layers ({few(bns)})"
        model = f" (model `{ctx.name}`)"
        what, plural = subject(units)
        if code == "BN001":
            message = (
                f"{what} {verb(plural, 'reach')} {bn_text} with no normalisation layer between{model}: "
                "in training it rescales activations by 1/(1-p), so BatchNorm learns a running variance that "
                "eval-mode activations do not have (variance shift); move dropout after the last BatchNorm or "
                "use Uout (`bnlint.fix_model`)"
            )
        else:
            ps = [u.p for u in units if u.p]
            shift = f"{1 / (1 - max(ps)):.2f}x" if ps and max(ps) < 1 else "1/(1-p) times"
            message = (
                f"drop path {what} {verb(plural, 'reach')} {bn_text}{model}: in training it keeps a residual "
                f"branch with probability 1-p and scales it by 1/(1-p), so that branch's variance is up to {shift} "
                "its eval-mode variance and BatchNorm's running variance is off in eval (variance shift); accept "
                "it, lower p, or keep BatchNorm out of the dropped path"
            )
        yield GraphFinding(code, message, loc, bn_related(ctx, bns))
