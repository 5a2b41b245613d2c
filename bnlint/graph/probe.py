"""What a weightless layer fx cannot trace does, found by running it on a test input.

Run twice on the same positive input: equal outputs mean it draws no random numbers (in this mode); zeros in
the output make it a mask (dropout, DropBlock), and a mask that zeroes whole samples is drop path; random
output without zeros is noise.
"""

from __future__ import annotations

from typing import Optional

import torch
from torch import nn

from bnlint.graph.running import mode

# A batch of 64 makes it near certain that a mask with p >= 0.1 drops something.
SHAPES = ((64, 4, 8, 8), (64, 16), (64, 4, 8), (64, 2, 4, 4, 4))


def probe(module: nn.Module, training: bool) -> Optional[dict]:
    """{'random': bool, 'kind': 'dropout' | 'drop_path' | 'noise' | None}; None when it cannot be run."""
    if next(module.parameters(), None) is not None:
        return None
    if any(b.device.type == "meta" for b in module.buffers()):
        return None
    rng = torch.get_rng_state()
    try:
        torch.manual_seed(0)
        for shape in SHAPES:
            x = torch.rand(shape) + 0.5
            try:
                with mode(module, training), torch.no_grad():
                    a, b = module(x.clone()), module(x.clone())
            except Exception:  # noqa: BLE001 - wrong rank for this layer: try the next shape
                continue
            if not isinstance(a, torch.Tensor) or not isinstance(b, torch.Tensor) or a.shape != x.shape:
                return None
            if torch.equal(a, b):
                return {"random": False, "kind": None}
            zeros = (a == 0).flatten(1)
            if not zeros.any():
                return {"random": True, "kind": "noise"}
            per_sample = bool((zeros.all(1) | ~zeros.any(1)).all())
            return {"random": True, "kind": "drop_path" if per_sample else "dropout"}
        return None
    finally:
        torch.set_rng_state(rng)
