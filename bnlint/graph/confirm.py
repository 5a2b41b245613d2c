"""Run a model twice in eval mode on the same input: do the outputs differ, and where do they first differ?"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, List, Optional, Tuple

import torch
from torch import nn

from bnlint.graph.running import call_model, cuda_devices, mode, tensors_of


@dataclass
class EvalRuns:
    differs: bool
    first: Optional[str]  # qualified name of the first module (in finishing order) whose output differed


SEED = 0


def _fingerprint(value: Any) -> Tuple:
    # Sums stand for the tensors: two random draws give the same sums with probability ~0.
    return tuple((tuple(t.shape), float(t.detach().double().sum()), float(t.detach().double().abs().sum()))
                 for t in tensors_of(value) if t.is_floating_point() or t.is_complex())


def eval_twice(model: nn.Module, inputs: Any) -> EvalRuns:
    names = {m: n for n, m in model.named_modules()}
    runs: List[List[Tuple[str, Tuple]]] = [[], []]
    current: List[int] = [0]

    def hook(module, args, output):
        name = names.get(module)
        if name is not None:
            runs[current[0]].append((name, _fingerprint(output)))

    handles = [m.register_forward_hook(hook) for m in model.modules()]
    try:
        # A private, seeded stream: the answer must not depend on what ran before (a layer that drops rarely
        # can draw an empty mask twice), and the caller's generators come back as they were.
        with torch.random.fork_rng(devices=cuda_devices(model, inputs)), mode(model, False), torch.no_grad():
            torch.manual_seed(SEED)
            outs = []
            for i in (0, 1):
                current[0] = i
                outs.append(_fingerprint(call_model(model, inputs)))
    finally:
        for h in handles:
            h.remove()
    first = None
    for (name, a), (_, b) in zip(*runs):
        if a != b:
            first = name
            break
    return EvalRuns(outs[0] != outs[1] or first is not None, first)
