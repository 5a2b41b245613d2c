"""The checks made when a layer of a guarded model runs: BatchNorm and dropout in train mode at inference
(BN101), BatchNorm statistics moving in a frozen part (BN202), a mode layer that is not part of the model
because forward built it (BN005).

`batchnorm` and `dropout` run on every call of those layers: they read a few attributes and return.
"""

from __future__ import annotations

import sys
from typing import Any, List, Optional, Tuple

from bnlint.guard import frames, intent, messages
from bnlint.guard.state import BATCHNORM, DROPOUT, Call, Entry, explicit_train


def batchnorm(module: Any, entry: Entry, call: Call) -> None:
    if module.training:
        if not module.track_running_stats:
            return  # normalises with batch statistics in either mode: eval() changes nothing
        if not call.grad:
            inference_in_train_mode(module, entry, call)
        else:
            weight = module.weight
            if weight is None or not weight.requires_grad:
                frozen_part_training(module, entry, call)
    elif call.grad and call.eval_bn is None:
        call.eval_bn = module


def dropout(module: Any, entry: Entry, call: Call) -> None:
    # A dropout layer switched on in a model put in eval mode is Monte Carlo dropout: someone turned it on.
    if module.training and not call.grad and call.training and getattr(module, "p", 1) and not intent.active():
        inference_in_train_mode(module, entry, call)


def _ref(call: Call) -> str:
    return frames.called_as(call.frame, call.module)


def _qualified(ref: str, name: str) -> str:
    return f"{ref}.{name}" if name else ref


def inference_in_train_mode(module: Any, entry: Entry, call: Call) -> None:
    """BN101: a forward pass with gradients off while this layer is in train mode."""
    if "BN101" in call.done:
        return
    reporter = call.tree.reporter
    if reporter.allowed("BN101", entry.name, module) or _on_purpose(module, call):
        return
    call.done.add("BN101")
    if frames.driven_by_bnlint(call.frame):
        return
    loc = frames.location(call.frame)
    if reporter.seen("BN101", loc):
        return
    import torch

    why = "inside torch.inference_mode()" if torch.is_inference_mode_enabled() else "with gradients off: torch.no_grad()"
    names, labels = _training_layers(call)
    text = messages.layers(names, labels)
    reporter.emit("BN101", messages.inference_without_eval(_ref(call), why, text, call.training), loc)


def _on_purpose(module: Any, call: Call) -> bool:
    """train() was called on the model (or this layer) with no training step since: train mode on purpose, as
    the static rule reads a `model.train()` written before the use (recomputing BatchNorm statistics)."""
    return any(m is not None and m in explicit_train for m in (module, call.module, call.tree.root))


def _training_layers(call: Call) -> Tuple[List[str], List[str]]:
    from torch.nn.modules.batchnorm import _BatchNorm
    from torch.nn.modules.dropout import _DropoutNd

    names, labels = [], []
    for name, m in call.module.named_modules():
        if isinstance(m, _BatchNorm) and m.training and m.track_running_stats:
            names.append(name), labels.append(type(m).__name__)
        elif isinstance(m, _DropoutNd) and m.training and m.p and call.training:
            names.append(name), labels.append(type(m).__name__)
    return names, labels


def frozen_part_training(module: Any, entry: Entry, call: Call) -> None:
    """BN202: this BatchNorm updates its statistics in a training step, inside a part whose parameters are
    all frozen."""
    part = _frozen_part(entry, call)
    if part is None:
        return
    name, sub = part
    key = ("BN202", name)
    if key in call.done:
        return
    call.done.add(key)
    reporter = call.tree.reporter
    if reporter.allowed("BN202", entry.name, module) or reporter.allowed("BN202", name, sub):
        return
    if frames.driven_by_bnlint(call.frame):
        return
    loc = frames.location(call.frame)
    if reporter.seen("BN202", loc):
        return
    from torch.nn.modules.batchnorm import _BatchNorm

    count = sum(isinstance(m, _BatchNorm) and m.training for m in sub.modules())
    ref = _ref(call)
    message = messages.frozen_batchnorm(_qualified(ref, call.relative(name)), _qualified(ref, call.relative(entry.name)),
                                        count)
    reporter.emit("BN202", message, loc)


def _frozen_part(entry: Entry, call: Call) -> Optional[Tuple[str, Any]]:
    """The outermost module between the called one and this BatchNorm whose parameters are all frozen."""
    root = call.tree.root
    parts = entry.name.split(".") if entry.name else []
    start = len(call.entry.name.split(".")) if call.entry.name else 0
    for i in range(start, len(parts) + 1):
        name = ".".join(parts[:i])
        frozen = call.frozen.get(name)
        sub = root.get_submodule(name) if name else root
        if frozen is None:
            params = [p.requires_grad for p in sub.parameters()]
            frozen = call.frozen[name] = bool(params) and not any(params)
        if frozen:
            return name, sub
    return None


def built_in_forward(module: Any, call: Call, is_known) -> None:
    """BN005: a layer whose behaviour follows the mode, no part of the guarded model, runs inside its forward,
    called by one of its modules that does not keep it: forward built it, and model.eval() never reaches it."""
    from torch import nn

    if not _follows_mode(module) or (isinstance(module, nn.modules.dropout._DropoutNd) and intent.active()):
        return  # a dropout always on, inside mc_dropout(): that is the intent
    site = frames.user_frame(sys._getframe(1))
    found = frames.owner(site, nn.Module)
    if found is None:
        return
    owner, frame = found
    if not is_known(owner) or frames.reachable(owner, module):
        return  # another model's layer, or one kept on the module (a plain list: eval() misses it too)
    reporter = call.tree.reporter
    if reporter.allowed("BN005", None, module) or frames.driven_by_bnlint(frame):
        return
    loc = (site.f_code.co_filename, site.f_lineno)
    if reporter.seen("BN005", loc):
        return
    shown = f"nn.{type(module).__name__}" if type(module).__module__.startswith("torch.nn") else type(module).__name__
    source = frames.call_at(site)
    built = ast_text(source.func) if source is not None and type(source.func).__name__ == "Call" else f"{shown}(...)"
    reporter.emit("BN005", messages.built_in_forward(built, shown), loc)


def _follows_mode(module: Any) -> bool:
    """Its forward differs between train and eval mode, as it is configured."""
    if hasattr(module, "track_running_stats") and not module.track_running_stats:
        return False  # normalises with batch statistics in both modes
    p = getattr(module, "p", getattr(module, "dropout", 1))
    return bool(p) or not hasattr(module, "dropout") and not hasattr(module, "p")


def ast_text(node: Any) -> str:
    import ast

    return ast.unparse(node)


KINDS = {BATCHNORM: batchnorm, DROPOUT: dropout}
