"""Running a model: its train/eval mode for a while, calling it on an input (a tensor, a tuple, a dict), the
tensors in an input, the CUDA devices involved, a reproducible random input."""

from __future__ import annotations

from typing import Any, List

import torch
from torch import nn


class mode:
    """Put a model in train or eval mode for a while; give every module its own flag back afterwards."""

    def __init__(self, model: nn.Module, training: bool):
        self.model, self.training = model, training

    def __enter__(self):
        self.saved = [(m, m.training) for m in self.model.modules()]
        self.model.train(self.training)
        return self.model

    def __exit__(self, *exc):
        for m, flag in self.saved:
            m.training = flag



def random_input(shape, seed: int = 0) -> torch.Tensor:
    """Standard normal input of this shape, the same on every run and device (drawn on the CPU)."""
    return torch.randn(tuple(shape), generator=torch.Generator().manual_seed(seed))


def call_model(model: nn.Module, inputs: Any) -> Any:
    """A tensor is one argument, a tuple or list several, a dict keyword arguments."""
    if isinstance(inputs, dict):
        return model(**inputs)
    if isinstance(inputs, (tuple, list)):
        return model(*inputs)
    return model(inputs)


def cuda_devices(model: nn.Module, inputs: Any) -> List[int]:
    """The CUDA devices the model and its inputs are on: what torch.random.fork_rng must save and restore."""
    found = set()
    for t in list(model.parameters()) + list(model.buffers()) + list(tensors_of(inputs)):
        if t.device.type == "cuda":
            found.add(t.device.index if t.device.index is not None else torch.cuda.current_device())
    return sorted(found)


def tensors_of(inputs: Any):
    """Every tensor in a tensor, a tuple or list of them, or a dict of them (nested), in order."""
    if isinstance(inputs, torch.Tensor):
        yield inputs
    elif isinstance(inputs, dict):
        for v in inputs.values():
            yield from tensors_of(v)
    elif isinstance(inputs, (tuple, list)):
        for v in inputs:
            yield from tensors_of(v)
