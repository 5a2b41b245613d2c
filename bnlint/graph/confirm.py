"""Run a model twice in eval mode on the same input: do the outputs differ, and where do they first differ?"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Callable, List, Optional, Tuple

import torch
from torch import nn

from bnlint.graph.record import _flatten
from bnlint.graph.shift import _cuda_devices
from bnlint.graph.tracer import mode


@dataclass
class EvalRuns:
    differs: bool
    first: Optional[str]  # qualified name of the first module (in finishing order) whose output differed


SEED = 0


def _fingerprint(value: Any) -> Tuple:
    # Sums stand for the tensors: two random draws give the same sums with probability ~0.
    return tuple((tuple(t.shape), float(t.detach().double().sum()), float(t.detach().double().abs().sum()))
                 for t in _flatten(value) if t.is_floating_point() or t.is_complex())


def call(model: nn.Module, inputs: Any) -> Any:
    if isinstance(inputs, dict):
        return model(**inputs)
    if isinstance(inputs, (tuple, list)):
        return model(*inputs)
    return model(inputs)


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
        with torch.random.fork_rng(devices=_cuda_devices(model, inputs)), mode(model, False), torch.no_grad():
            torch.manual_seed(SEED)
            outs = []
            for i in (0, 1):
                current[0] = i
                outs.append(_fingerprint(call(model, inputs)))
    finally:
        for h in handles:
            h.remove()
    first = None
    for (name, a), (_, b) in zip(*runs):
        if a != b:
            first = name
            break
    return EvalRuns(outs[0] != outs[1] or first is not None, first)


def make_inputs(shape, dtype=None) -> Callable[[], Any]:
    def build():
        g = torch.Generator().manual_seed(0)
        return torch.randn(tuple(shape), generator=g)

    return build
