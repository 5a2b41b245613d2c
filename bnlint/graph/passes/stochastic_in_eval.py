"""BN002 / BN003 in the graph: stochastic ops still active in eval mode (functional dropout without
training=, layers that never look at self.training), confirmed by two eval-mode runs when an input is known."""

from __future__ import annotations

import linecache
import re
from typing import Iterable

from bnlint.graph import patterns as P
from bnlint.graph.context import Context, GraphFinding
from bnlint.graph.frames import Location
from bnlint.graph.passes.registry import graph_pass
from bnlint.graph.passes.messages import group, named, subject, verb


_TRAINING_TRUE = re.compile(r"\btraining\s*=\s*True\b")


def says_training_true(loc: Location) -> bool:
    """An explicit `training=True` at the call: dropout at inference on purpose (Monte Carlo dropout)."""
    if not loc:
        return False
    text, depth, line = "", 0, loc[1]
    while line < loc[1] + 12:
        src = linecache.getline(loc[0], line)
        if not src:
            break
        text += src
        depth += src.count("(") - src.count(")")
        if depth <= 0:
            break
        line += 1
    return bool(_TRAINING_TRUE.search(text))


@graph_pass("BN002", "BN003")
def stochastic_in_eval(ctx: Context) -> Iterable[GraphFinding]:
    if not ctx.needs_eval:
        return
    items = []
    for unit in ctx.eval_units:
        if says_training_true(unit.call_site) or any(a.node.target in P.ALPHA_DROPOUT_FUNCS for a in unit.atoms):
            continue  # dropout at inference on purpose (Monte Carlo dropout)
        if unit.kind == "noise" and not unit.module:
            continue  # noise in a layer with weights is the model itself (GAN noise injection, VAE sampling)
        functional = all(a.node.target in P.DROPOUT_FUNCS for a in unit.atoms)
        code = "BN002" if functional else "BN003"
        if code in ctx.enabled:
            # BN002 points at the call, as the source tier does; BN003 at the layer
            items.append((code, (unit.call_site, True) if functional else ctx.placed(unit), unit, []))
    exact = ctx.eval.exact
    if not items and exact:
        return
    runs = ctx.runs
    if runs is not None and not runs.differs:
        return  # two eval-mode runs agree: whatever the graph shows does not reach the output
    if runs is None:
        how = "seen in the eval-mode graph; give an input shape to confirm it with a run"
    else:
        how = f"confirmed: two eval-mode runs on the same input differ, first at {named(runs.first or '')}"
    for (code, loc, *_), (units, _) in group(items).items():
        what, plural = subject(units)
        if code == "BN002":
            message = (
                f"{what} {'are' if plural else 'is'} still on in eval mode (model `{ctx.name}`; its `training` argument "
                "defaults to True): predictions are random after model.eval(); pass training=self.training or "
                f"use nn.Dropout ({how})"
            )
        else:
            message = (
                f"{what} still {verb(plural, 'draw')} random numbers in eval mode (model `{ctx.name}`): it does "
                "not check self.training, so predictions are random after model.eval(); make it return its "
                f"input unchanged when not self.training ({how})"
            )
        yield GraphFinding(code, message, loc)
    if not items and runs is not None and runs.first is not None and "BN003" in ctx.enabled:
        yield GraphFinding(
            "BN003",
            f"{named(runs.first)} gives different outputs in two eval-mode runs on the same input (model "
            f"`{ctx.name}`): something in it draws random numbers in eval mode, in code torch.fx could not trace; "
            "make its stochastic layers check self.training",
            ctx.module_location(runs.first),
        )
