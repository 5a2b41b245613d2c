"""The input a verification runs on: random normal of a given shape, a saved tensor (--data FILE.pt), or a
shape guessed from the model's first layer.

Random input is drawn on the CPU from a seeded generator and then moved, so every device sees the same values.
"""

from __future__ import annotations

import os
import pickle
from typing import Any, Optional, Tuple

import torch
from torch import nn

GUESS_BATCH = 16
GUESS_SIDE = {1: 64, 2: 16, 3: 8}  # spatial size per conv dimensionality


class InputError(Exception):
    """The input cannot be made or read; the message names the file and what to do."""


def load_data(path: str) -> Any:
    """A tensor, a tuple or list of tensors (positional arguments) or a dict of them (keyword arguments),
    saved with torch.save. Loaded with weights_only=True: a file cannot run code."""
    if not os.path.isfile(path):
        raise InputError(f"--data {path}: no such file")
    with open(path, "rb") as f:
        magic = f.read(4)
    if magic[:4] != b"PK\x03\x04" and magic[:1] != b"\x80":  # torch.save's zip archive, or its legacy pickle
        raise InputError(f"--data {path}: not a file torch.save wrote; save the input with "
                         f"torch.save(tensor_or_tuple, '{os.path.basename(path)}')")
    try:
        data = torch.load(path, map_location="cpu", weights_only=True)
    except pickle.UnpicklingError as exc:
        first = " ".join(str(exc).split())[:200]
        raise InputError(f"--data {path}: holds something other than tensors, or is not a torch.save file "
                         f"({first}); save the input with torch.save(tensor_or_tuple, '{os.path.basename(path)}')"
                         ) from None
    except (RuntimeError, OSError, EOFError, ValueError, KeyError, AttributeError) as exc:
        raise InputError(f"--data {path}: not a file torch.load can read ({type(exc).__name__}: "
                         f"{' '.join(str(exc).split())[:200]}); save the input with torch.save(tensor, path)") from None
    check_inputs(data, f"--data {path}")
    return data


def check_inputs(data: Any, where: str) -> None:
    if isinstance(data, torch.Tensor):
        tensors = [data]
    elif isinstance(data, (tuple, list)) and data and all(isinstance(t, torch.Tensor) for t in data):
        tensors = list(data)
    elif isinstance(data, dict) and data and all(isinstance(k, str) and isinstance(v, torch.Tensor)
                                                 for k, v in data.items()):
        tensors = list(data.values())
    else:
        raise InputError(f"{where}: expected a tensor, a tuple or list of tensors, or a dict of named tensors; "
                         f"got {_kind(data)}")
    for t in tensors:
        if t.dim() == 0:
            raise InputError(f"{where}: a tensor of batched inputs is needed, got a scalar")
        if t.is_floating_point() and not bool(torch.isfinite(t).all()):
            raise InputError(f"{where}: the input holds NaN or infinite values")


def _kind(data: Any) -> str:
    if isinstance(data, (tuple, list)):
        return f"a {type(data).__name__} of {', '.join(sorted({type(v).__name__ for v in data})) or 'nothing'}"
    if isinstance(data, dict):
        return f"a dict with keys {list(data)[:4]}" if data else "an empty dict"
    return type(data).__name__


def to_device(data: Any, device: torch.device) -> Any:
    if isinstance(data, torch.Tensor):
        return data.to(device)
    if isinstance(data, dict):
        return {k: to_device(v, device) for k, v in data.items()}
    return type(data)(to_device(v, device) for v in data)


def guess_shape(model: nn.Module) -> Optional[Tuple[Tuple[int, ...], str]]:
    """(shape, why) from the first convolution or linear layer the model registers; None when there is none."""
    for name, m in model.named_modules():
        if isinstance(m, nn.modules.conv._ConvNd) and not isinstance(m, nn.modules.conv._ConvTransposeNd):
            dims = len(m.kernel_size)
            if dims in GUESS_SIDE:
                shape = (GUESS_BATCH, m.in_channels) + (GUESS_SIDE[dims],) * dims
                return shape, f"guessed from `{name}` ({type(m).__name__}, {m.in_channels} input channels)"
        if isinstance(m, nn.Linear) and not isinstance(m, nn.LazyLinear):
            return (GUESS_BATCH, m.in_features), f"guessed from `{name}` (Linear, {m.in_features} features)"
    return None
