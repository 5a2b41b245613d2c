"""Layers bnlint's fixes put into models. Importing this module imports torch (the source tier never does).

Uout (Li, Chen, Hu, Yang, "Understanding the Disharmony between Dropout and Batch Normalization by
Variance Shift", CVPR 2019) is a dropout whose train-time variance shift is small: X = x + x * r with
r ~ U(-beta, beta) drawn per element. For an input of mean c and variance v,
Var_train = (1 + beta^2 / 3)(c^2 + v) - c^2, so for c = 0 the ratio to eval is 1 + beta^2 / 3
(1.0033 for beta = 0.1), against 1 / (1 - p) for dropout. In eval mode it is the identity, so
swapping it for a dropout does not change what trained weights compute in eval mode.
"""

from __future__ import annotations

import math
import numbers

import torch
from torch import nn

__all__ = ["Uout"]


class Uout(nn.Module):
    """Multiply each element by (1 + r), r ~ U(-beta, beta), in train mode; identity in eval mode.

    Args:
        beta: half-width of the uniform noise, in [0, 1]. 0 makes the layer an identity.
        spatial: how many trailing dimensions share one draw: 0 draws per element (nn.Dropout), 1, 2 or 3 draw
            once per channel (nn.Dropout1d, Dropout2d, Dropout3d: a (N, C, H, W) input gets noise of shape
            (N, C, 1, 1)); batched and unbatched inputs alike.
        inplace: modify the input tensor instead of returning a new one (as nn.Dropout's inplace).

    Works on floating-point tensors of any shape, dtype and device; the noise is drawn on the
    input's device in its dtype from torch's default generator (so torch.manual_seed applies).
    """

    __constants__ = ["beta", "spatial", "inplace"]

    def __init__(self, beta: float = 0.1, spatial: int = 0, inplace: bool = False):
        super().__init__()
        if isinstance(beta, bool) or not isinstance(beta, numbers.Real) or not math.isfinite(float(beta)):
            raise ValueError(f"Uout beta must be a finite number in [0, 1], got {beta!r}")
        if not 0.0 <= float(beta) <= 1.0:
            raise ValueError(f"Uout beta must be in [0, 1] (beyond 1 the factor 1 + r can flip signs), got {beta!r}")
        if isinstance(spatial, bool) or not isinstance(spatial, int) or not 0 <= spatial <= 3:
            raise ValueError(f"Uout spatial must be 0, 1, 2 or 3, got {spatial!r}")
        self.beta = float(beta)
        self.spatial = spatial
        self.inplace = bool(inplace)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        if not self.training or self.beta == 0.0:
            return x
        if not x.is_floating_point():
            raise TypeError(f"Uout needs a floating-point tensor, got {x.dtype}")
        if x.dim() <= self.spatial:
            raise ValueError(f"Uout(spatial={self.spatial}) needs at least {self.spatial + 1} dimensions, got {x.dim()}")
        # 1 + r with r ~ U(-beta, beta): one draw per element, or per channel, like dropout's mask.
        if self.spatial:
            shape = x.shape[: x.dim() - self.spatial] + (1,) * self.spatial
            factor = torch.empty(shape, dtype=x.dtype, device=x.device)
        else:
            factor = torch.empty_like(x, memory_format=torch.preserve_format)
        factor.uniform_(-self.beta, self.beta).add_(1.0)
        return x.mul_(factor) if self.inplace else x * factor

    def extra_repr(self) -> str:
        return f"beta={self.beta}" + (f", spatial={self.spatial}" if self.spatial else "") + (
            ", inplace=True" if self.inplace else "")
