"""Functional calls inside an eval-mode forward pass, seen through a TorchFunctionMode that is active only
while a guarded model runs in eval mode: functional dropout left on (BN002), scaled_dot_product_attention's
dropout_p (BN004), random draws in a module that never reads its training flag (BN003: two eval passes give
different outputs). (`training=self.train`, BN104, needs no guard: torch itself rejects a method there.)

Calls torch makes inside its own layers are not the user's: nn.Dropout passes its flag, lazy layers draw
their initial weights. Randomness the model is about (generative classes, a forward that takes a noise or
sample argument) is left alone, as the static rule leaves it.
"""

from __future__ import annotations

import sys
from typing import Any, Dict, Optional, Tuple

from bnlint import torch_api
from bnlint.guard import frames, intent, messages
from bnlint.guard.state import Call

_watched: Optional[Dict[Any, Tuple]] = None
_mode_class: Any = None
_exempt: Dict[Tuple, bool] = {}
FLAGS = torch_api.FLAG_NAMES - {"train"}  # `self.train` is the method, not the flag


def watched() -> Dict[Any, Tuple]:
    """function or Tensor method -> (kind, label, training parameter, its position)."""
    global _watched
    if _watched is None:
        import torch

        from bnlint.graph import patterns

        table: Dict[Any, Tuple] = {}
        for qn, (param, index, default) in torch_api.DROPOUT_FUNCTIONS.items():
            func = patterns._object(qn) if qn.startswith("torch.") and default else None
            if func is not None:
                table[func] = ("dropout", patterns._torch_label(qn), param, index)
        for func in patterns.RANDOM_FUNCS:
            table[func] = ("draw", f"`torch.{func.__name__}`", None, None)
        for name in patterns.RANDOM_METHODS:
            method = getattr(torch.Tensor, name, None)
            if method is not None:
                table[method] = ("draw", f"`Tensor.{name}`", None, None)
        for qn in torch_api.SDPA:
            func = patterns._object(qn)
            if func is not None:
                table[func] = ("sdpa", "F.scaled_dot_product_attention", "dropout_p", torch_api.SDPA_DROPOUT_P_INDEX)
        _watched = table
    return _watched


def enter(call: Call) -> None:
    global _mode_class
    if _mode_class is None:
        _mode_class = _build_mode_class()
    call.mode = _mode_class(call)
    call.mode.__enter__()


def leave(call: Call) -> None:
    mode, call.mode = call.mode, None
    mode.__exit__(None, None, None)


def _build_mode_class() -> type:
    import torch
    from torch.overrides import TorchFunctionMode

    table = watched()
    # Under torch.compile, dynamo traces the mode: the lookup goes into its graph, the check of a watched call
    # runs as it is (a graph break at dropout, attention and random calls in eval mode only).
    check = getattr(getattr(torch, "compiler", None), "disable", lambda fn, **kw: fn)(_check_from_mode)

    class GuardFunctions(TorchFunctionMode):
        def __init__(self, call: Call):
            super().__init__()
            self.call = call

        def __torch_function__(self, func, types, args=(), kwargs=None):
            if kwargs is None:
                kwargs = {}
            try:
                kind = table.get(func)
            except TypeError:  # an unhashable callable
                kind = None
            if kind is not None and not intent.active():
                check(self.call, kind, args, kwargs)
            return func(*args, **kwargs)

    return GuardFunctions


def _argument(args: tuple, kwargs: dict, name: str, index: int, default: Any) -> Any:
    if name in kwargs:
        return kwargs[name]
    return args[index] if len(args) > index else default


def _check_from_mode(call: Call, kind: Tuple, args: tuple, kwargs: dict) -> None:
    frame = sys._getframe(1)
    while frame is not None and frame.f_code is not _mode_class.__torch_function__.__code__:
        frame = frame.f_back  # past torch.compiler.disable's wrapper
    if frame is not None:
        check_call(call, kind, args, kwargs, frame.f_back)  # above __torch_function__: the caller


def check_call(call: Call, kind: Tuple, args: tuple, kwargs: dict, caller: Any) -> None:
    what, label, param, index = kind
    from torch import nn

    if what == "draw":
        return _draw(call, label, caller, nn.Module)
    if what == "dropout":
        if frames.in_library(frames.dispatched_from(caller).f_code.co_filename):
            return  # torch's own layers (nn.Dropout passes its flag), and bnlint's
        if not _argument(args, kwargs, param, index, True) or not _argument(args, kwargs, "p", 1, 0.5):
            return
        # torch fills in the defaults before dispatch: only the source says whether training= was given.
        # training=True written out is stated intent (Monte Carlo dropout).
        site = frames.dispatched_from(caller)
        if frames.passes_argument(frames.call_at(site, label.rsplit(".", 1)[-1]), param, index):
            return
        _report(call, "BN002", caller, nn.Module,
                lambda owner, module: messages.functional_dropout(label, param, owner, module))
        return
    p = _argument(args, kwargs, param, index, 0.0)
    if p:
        _report(call, "BN004", caller, nn.Module, lambda owner, module: messages.attention_dropout(
            float(p), owner, module))


def _report(call: Call, code: str, caller: Any, module_type: type, message) -> None:
    """Report a functional call made by a module in eval mode (or by a function its forward calls)."""
    site = frames.user_frame(caller)
    if site is None:
        return
    found = frames.owner(site, module_type)
    module = found[0] if found else None
    if module is not None and module.training:
        return  # that part of the model is in train mode: the call follows it
    reporter = call.tree.reporter
    name = _name_of(call, module)
    if reporter.allowed(code, name, module) or frames.driven_by_bnlint(site):
        return
    loc = (site.f_code.co_filename, site.f_lineno)
    if reporter.seen(code, loc):
        return
    owner = "self" if found is not None and found[1] is site else None
    reporter.emit(code, message(owner, name if module is not None else None), loc)


def _name_of(call: Call, module: Any) -> Optional[str]:
    if module is None:
        return None
    root = call.tree.root
    for name, m in root.named_modules() if root is not None else ():
        if m is module:
            return name or type(module).__name__
    return type(module).__name__


def _draw(call: Call, label: str, caller: Any, module_type: type) -> None:
    """BN003: a random draw written in model code (not inside torch) of a module in eval mode."""
    if caller is None or frames.in_library(caller.f_code.co_filename):
        return
    found = frames.owner(caller, module_type)
    if found is None:
        return
    module, frame = found
    if module.training or _intended(caller, frame, module):
        return
    reporter = call.tree.reporter
    name = _name_of(call, module)
    if reporter.allowed("BN003", name, module) or frames.driven_by_bnlint(caller):
        return
    loc = (caller.f_code.co_filename, caller.f_lineno)
    if reporter.seen("BN003", loc):
        return
    reporter.emit("BN003", messages.stochastic_op(type(module).__name__, label, caller.f_lineno,
                                                  frame.f_code.co_varnames[0] if frame.f_code.co_argcount else "self",
                                                  caller.f_code.co_name), loc)


def _intended(caller: Any, frame: Any, module: Any) -> bool:
    """What the static rule (BN003) accepts too: code that reads the training flag (under any of its names) on
    the way to the draw, data transforms written as modules, and a forward that takes its randomness or mode as
    an argument (`noise`, `seed`, `sample`, `deterministic`...). Randomness the model is about (sampling, Monte
    Carlo dropout) is stated with `allow=` or `bnlint.mc_dropout()`."""
    key = (caller.f_code, frame.f_code, type(module))
    if key not in _exempt:
        from bnlint.source.rules import bn003_stochastic_op as rule

        reads = False
        f = caller
        while f is not None:
            code = f.f_code
            if FLAGS & (set(code.co_names) | set(code.co_varnames)):
                reads = True
                break
            if f is frame:
                break
            f = f.f_back
        augmentation = getattr(rule, "AUGMENTATION_CLASS", None)
        controls = getattr(rule, "CALLER_CONTROLS", None)
        params = frame.f_code.co_varnames[1:frame.f_code.co_argcount + frame.f_code.co_kwonlyargcount]
        _exempt[key] = (reads or bool(augmentation and augmentation.search(type(module).__name__))
                        or bool(controls and any(controls.search(p) for p in params)))
    return _exempt[key]
