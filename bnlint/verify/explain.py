"""Why BatchNorm layers are still shifted after the fix: the stochastic layers that still feed them in the fixed
model (bnlint.guard.record follows every tensor from a stochastic op to the next BatchNorm), what each kind
is and what to do about it; for Uout, how its shift compounds.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any, Dict, List, Set

from bnlint.graph.findings import display_path
from bnlint.guard.record import Source, record

ADVICE = {
    "drop path": "fix_model leaves stochastic depth in place (a residual branch dropped at random shifts the "
                 "variance like dropout): train with a lower drop path rate (0 where BatchNorm follows), or "
                 "recalibrate the BatchNorm statistics with it off after training",
    "attention dropout": "scaled_dot_product_attention's dropout_p is no layer fix_model can move: set it to 0 "
                         "where a BatchNorm follows the attention, or normalise that output with LayerNorm",
    "functional dropout": "fix_model could not make this functional dropout a layer of its own (see the warnings): "
                          "write it as an nn.Dropout module, or move it after the last BatchNorm",
    "dropout": "fix_model left this dropout layer where it was (see the warnings): move it after the last "
               "BatchNorm by hand, or use --strategy uout",
    "DropBlock": "fix_model leaves DropBlock in place: apply it only after the last BatchNorm, or recalibrate the "
                 "BatchNorm statistics with it off after training",
    "Uout": "it is a Uout layer that was already in the model: see the Uout note",
    "random draw": "a layer draws random numbers in train mode and feeds this BatchNorm; fix_model does not know "
                   "it: make it act after the last BatchNorm, or turn it off where BatchNorm statistics are kept",
}


def explain(fixed: Any, inputs: Any, over: Dict[str, float], limit: float, strategy: str, beta: float,
            passes: int) -> List[str]:
    """Lines for the report: one per stochastic layer that still feeds a shifted BatchNorm (`over`: name ->
    shift after the fix), the Uout compounding, or sampling noise when nothing feeds them."""
    if not over:
        return []
    feeds = record(fixed, inputs, stochastic=True).feeds
    by_source: Dict[Source, List[str]] = defaultdict(list)
    uout_only: List[str] = []
    unexplained: List[str] = []
    uouts_per_bn: Dict[str, Set[Source]] = {}
    for bn in sorted(over, key=lambda n: -over[n]):
        sources = feeds.get(bn, frozenset())
        others = [s for s in sources if s.kind != "Uout" or strategy != "uout"]
        uouts_per_bn[bn] = {s for s in sources if s.kind == "Uout"}
        for s in others:
            by_source[s].append(bn)
        if not others:
            (uout_only if uouts_per_bn[bn] else unexplained).append(bn)
    lines = []
    for src, bns in sorted(by_source.items(), key=lambda kv: (-len(kv[1]), kv[0].module, kv[0].label)):
        who = f"`{src.module}` " if src.module else ""
        site = f" at {display_path(src.site[0])}:{src.site[1]}" if src.site else ""
        lines.append(f"{who}{src.label} ({src.kind}{site}) still feeds {_count(bns, over)}: {ADVICE[src.kind]}")
    if uout_only:
        every = sorted({s.module for bn in uout_only for s in uouts_per_bn[bn]})
        most = max(len(uouts_per_bn[bn]) for bn in uout_only)
        layers = f"{len(every)} Uout layer{'s' if len(every) != 1 else ''} in the model" + (
            f", up to {most} feeding one BatchNorm" if most > 1 else "")
        lines.append(
            f"{_count(uout_only, over)} {'are' if len(uout_only) != 1 else 'is'} fed only by Uout and stay"
            f"{'s' if len(uout_only) == 1 else ''} above {limit:.4f} ({layers}): Uout's shift is 1 + beta^2/3 = "
            f"{1 + beta ** 2 / 3:.4f} only for a zero-mean input to one layer; it grows with the mean of what Uout "
            f"multiplies and compounds over stacked and concatenated layers. --strategy move removes the shift "
            f"altogether (dropout after the last BatchNorm); a smaller --beta reduces it")
    if unexplained:
        lines.append(f"no stochastic layer feeds {_count(unexplained, over)} in a train-mode pass: the excess is "
                     f"sampling noise of {passes} passes; run with more --passes or a larger --time-budget")
    return lines


def _count(bns: List[str], over: Dict[str, float]) -> str:
    worst = max(bns, key=lambda n: over[n])
    return f"{len(bns)} shifted BatchNorm layer{'s' if len(bns) != 1 else ''} (worst `{worst}` {over[worst]:.4f})"
