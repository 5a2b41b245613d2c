"""Variance shift (Li et al., CVPR 2019): how much each BatchNorm's input variance changes between
training (stochastic layers on) and inference (stochastic layers off).

Per BN layer and channel, var_a is the variance of the layer's input with the stochastic layers active
(averaged over several passes) and var_b with them off; the statistic is max(var_a / var_b, var_b / var_a)
averaged over channels. Both passes normalise every BN by batch statistics, so running statistics cannot
confound it: the only difference between the passes is the stochastic layers.

The mode is switched module by module (every module but BN in train mode, or in eval mode), which also
reaches functional dropout written as `F.dropout(x, training=self.training)`. The model is handed back
exactly as it came: training flags and every buffer (BN running statistics, num_batches_tracked, ...) are
restored, and the caller's random number generators are left untouched.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Dict, List, Optional, Tuple

import torch
from torch import nn
from torch.nn.modules.batchnorm import _BatchNorm

from bnlint.graph.running import call_model, cuda_devices


@dataclass(frozen=True)
class LayerShift:
    """One BatchNorm layer's measurement."""

    index: int  # order of first call in the forward pass
    name: str  # qualified module name, e.g. "features.3"
    channels: int
    shift: float  # mean over channels of max(var_a / var_b, var_b / var_a)
    var_train: float  # mean over channels of var_a (stochastic layers on)
    var_eval: float  # mean over channels of var_b (stochastic layers off)


def batchnorm_layers(model: nn.Module) -> List[Tuple[str, _BatchNorm]]:
    return [(name, m) for name, m in model.named_modules() if isinstance(m, _BatchNorm)]


def _channel_var(x: torch.Tensor) -> torch.Tensor:
    """Biased per-channel variance over every dimension but 1 (what BN normalises with), in float64."""
    dtype = torch.float32 if x.device.type == "mps" else torch.float64  # MPS has no float64
    flat = x.detach().transpose(0, 1).reshape(x.shape[1], -1).to(dtype)
    return flat.var(dim=1, correction=0)


class _Recorder:
    """Forward pre-hooks that add each BN input's per-channel variance into a running sum."""

    def __init__(self, layers: List[Tuple[str, _BatchNorm]]):
        self.sums: Dict[Tuple[str, int], torch.Tensor] = {}
        self.samples: Dict[Tuple[str, int], int] = {}  # values per channel in one pass
        self.order: List[str] = []
        self._calls: Dict[str, int] = {}
        self._handles = [bn.register_forward_pre_hook(self._hook(name)) for name, bn in layers]

    def _hook(self, name: str):
        def hook(module: nn.Module, args: Tuple[Any, ...]) -> None:
            if not args or not isinstance(args[0], torch.Tensor) or args[0].dim() < 2:
                return
            # A BN module called several times per forward (shared) gets one entry per call.
            call = self._calls.get(name, 0)
            self._calls[name] = call + 1
            if name not in self.order:
                self.order.append(name)
            var = _channel_var(args[0])
            key = (name, call)
            self.samples[key] = args[0].numel() // max(1, args[0].shape[1])
            self.sums[key] = self.sums[key] + var if key in self.sums else var

        return hook

    def next_pass(self) -> None:
        self._calls.clear()

    def take(self) -> Dict[Tuple[str, int], torch.Tensor]:
        sums, self.sums = self.sums, {}
        return sums

    def remove(self) -> None:
        for h in self._handles:
            h.remove()


def _set_stochastic(model: nn.Module, on: bool) -> None:
    """Every module but BN in train (on) or eval (off) mode; BN always normalises by batch statistics."""
    for m in model.modules():
        m.training = True if isinstance(m, _BatchNorm) else on


AUTO_SAMPLES = 1 << 14  # passes=None: enough passes for this many values per channel ...
AUTO_PASSES = (8, 256)  # ... within these bounds


def measure_shift(model: nn.Module, inputs: Any, passes: Optional[int] = 8, seed: Optional[int] = 0
                  ) -> List[LayerShift]:
    """Per-BN variance shift of `model` on `inputs`, in the order the BN layers run.

    The per-channel variances of `passes` passes with the stochastic layers on are averaged and compared
    with one pass with them off. passes=None picks the number so that the BN with the fewest values per
    channel sees about AUTO_SAMPLES of them (a small batch of features needs more passes than a feature map
    for the same precision; the max(a/b, b/a) statistic reads sampling noise as shift). `seed` seeds a
    private random stream (None: no seeding); the caller's generators are restored afterwards either way.
    """
    if passes is not None and passes < 1:
        raise ValueError(f"passes must be at least 1, got {passes}")
    layers = batchnorm_layers(model)
    if not layers:
        return []
    modes = {m: m.training for m in model.modules()}
    buffers = [(b, b.detach().clone()) for b in model.buffers() if not isinstance(b, nn.parameter.UninitializedBuffer)]
    devices = cuda_devices(model, inputs)
    recorder = _Recorder(layers)
    try:
        with torch.random.fork_rng(devices=devices), torch.no_grad():
            if seed is not None:
                torch.manual_seed(seed)
            _set_stochastic(model, False)
            call_model(model, inputs)
            off = recorder.take()
            if passes is None:
                fewest = min(recorder.samples.values(), default=AUTO_SAMPLES)
                passes = min(AUTO_PASSES[1], max(AUTO_PASSES[0], -(-AUTO_SAMPLES // max(1, fewest))))
            _set_stochastic(model, True)
            for _ in range(passes):
                recorder.next_pass()
                call_model(model, inputs)
            on = {k: v / passes for k, v in recorder.take().items()}
    finally:
        recorder.remove()
        with torch.no_grad():
            for buf, saved in buffers:
                buf.copy_(saved)
        for m, training in modes.items():
            m.training = training
    eps = {name: float(bn.eps) for name, bn in layers}
    out = []
    for index, name in enumerate(recorder.order):
        keys = sorted(k for k in off if k[0] == name and k in on)
        if not keys:
            continue
        ratios, var_a, var_b = [], [], []
        for key in keys:
            # BN divides by sqrt(var + eps): comparing var + eps keeps dead channels (var 0) finite.
            a, b = on[key] + eps[name], off[key] + eps[name]
            ratios.append(torch.maximum(a / b, b / a).mean())
            var_a.append(on[key].mean())
            var_b.append(off[key].mean())
        out.append(LayerShift(
            index=index,
            name=name,
            channels=int(on[keys[0]].numel()),
            shift=float(torch.stack(ratios).mean()),
            var_train=float(torch.stack(var_a).mean()),
            var_eval=float(torch.stack(var_b).mean()),
        ))
    return out


def variance_shift(model: nn.Module, inputs: Any, passes: Optional[int] = 8, seed: Optional[int] = 0
                   ) -> Dict[str, float]:
    """{BN module name: variance shift} for `model` on `inputs` (a tensor, a tuple of them, or a dict of
    keyword arguments). 1.0 means no shift; dropout p=0.5 right before a BN gives about 2.
    The model is left exactly as it was (modes, running statistics, random generators)."""
    return {layer.name: layer.shift for layer in measure_shift(model, inputs, passes=passes, seed=seed)}
