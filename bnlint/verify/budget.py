"""How many train-mode passes the variance measurement averages: the automatic number (enough for about 16k
values per channel at the BatchNorm that sees the fewest, 8 to 256: bnlint.graph.variance), cut to what fits a
time budget, measured on the model itself. A model that takes a second per forward pass would otherwise spend
minutes on 2 x 257 passes (the original and the fixed model); a small one still gets every pass it wants.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass
from typing import Any, Optional

import torch
from torch import nn

from bnlint.graph.running import call_model, cuda_devices
from bnlint.graph.variance import AUTO_PASSES, AUTO_SAMPLES, _channel_var, batchnorm_layers
from bnlint.guard.record import left_as_it_was

DEFAULT_BUDGET = 30.0  # seconds for the variance measurement of one model (original and fixed together)
MODELS = 2  # the original and the fixed model are both measured
FEWEST = 4  # passes the budget may cut the measurement to, at the least


@dataclass(frozen=True)
class Passes:
    used: int
    wanted: int  # what the automatic rule asks for (the number given with --passes)
    seconds_per_pass: Optional[float] = None  # measured; None when --passes was given
    budget: Optional[float] = None  # None when --passes was given

    @property
    def limited(self) -> bool:
        return self.used < self.wanted

    def describe(self) -> str:
        if self.budget is None:
            return f"{self.used} per measurement (--passes)"
        per = f"{self.seconds_per_pass:.3g} s a pass"
        if not self.limited:
            return f"{self.used} per measurement (enough for ~{AUTO_SAMPLES // 1000}k values per channel; {per})"
        floor = " (the fewest the measurement is run with)" if self.used == FEWEST else ""
        return (f"{self.used} per measurement{floor}, not the {self.wanted} wanted for ~{AUTO_SAMPLES // 1000}k values "
                f"per channel: {per} and a --time-budget of {self.budget:g} s; more passes make the shift figures "
                f"steadier (--passes N or a larger --time-budget)")

    def to_dict(self) -> dict:
        return {"used": self.used, "wanted": self.wanted, "limited": self.limited, "budget_s": self.budget,
                "seconds_per_pass": self.seconds_per_pass}


def choose(model: nn.Module, inputs: Any, budget: float = DEFAULT_BUDGET, given: Optional[int] = None) -> Passes:
    """`given` (--passes) wins; else the automatic number, within `budget` seconds for both models."""
    if given is not None:
        return Passes(given, given)
    fewest, seconds = _probe(model, inputs)
    wanted = min(AUTO_PASSES[1], max(AUTO_PASSES[0], math.ceil(AUTO_SAMPLES / max(1, fewest))))
    # Each measurement is one pass with the stochastic layers off and `passes` with them on.
    fits = int(budget / (MODELS * max(seconds, 1e-9))) - 1
    return Passes(max(FEWEST, min(wanted, fits)), wanted, seconds, budget)


def _probe(model: nn.Module, inputs: Any):
    """(fewest values per channel any BatchNorm sees in one pass, seconds a pass takes): a pass in train mode
    with each BatchNorm input's variance computed, as the measurement's passes are; the quickest of up to three
    while they take under a second together (the first pays one-off costs). The model's BatchNorm statistics
    and the caller's random generators are left as they were."""
    layers = batchnorm_layers(model)
    seen = []

    def hook(module, args):
        if args and isinstance(args[0], torch.Tensor) and args[0].dim() >= 2:
            seen.append(args[0].numel() // max(1, args[0].shape[1]))
            _channel_var(args[0])  # what the measurement computes at every BatchNorm, in the timed pass too

    handles = [bn.register_forward_pre_hook(hook) for _, bn in layers]
    devices = cuda_devices(model, inputs)
    times = []
    try:
        with left_as_it_was(model, inputs):
            model.train()
            for _ in range(3):
                _sync(devices)
                start = time.perf_counter()
                call_model(model, inputs)
                _sync(devices)
                times.append(time.perf_counter() - start)
                if sum(times) > 1.0:
                    break
    finally:
        for h in handles:
            h.remove()
    return min(seen, default=AUTO_SAMPLES), min(times)


def _sync(devices) -> None:
    for d in devices:
        torch.cuda.synchronize(d)
