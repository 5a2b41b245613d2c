"""Which stochastic layers feed each BatchNorm directly (no other BatchNorm between), seen by running the
model once.

Every torch call of the forward pass goes through a TorchFunctionMode that marks the tensors a stochastic op
produced (dropout, attention dropout, a random draw) and, from then on, every tensor computed from a marked one
up to the next BatchNorm, which renormalises: the marks a BatchNorm's input carries are the stochastic layers
that shift its variance, through any code (adds, concatenations, attention, indexing). A source is named by the module that ran it: an nn.Dropout, a drop
path, Uout, functional dropout in a module's forward.

The model is handed back as it came: modes, buffers (BatchNorm statistics) and the caller's random generators.
"""

from __future__ import annotations

import contextlib
import re
import sys
import weakref
from dataclasses import dataclass, field
from typing import Any, Dict, FrozenSet, Iterator, List, Optional, Set, Tuple

from bnlint.guard import frames
from bnlint.guard.functions import watched

DROP_PATH = re.compile(r"drop_?path|stochastic_?depth", re.I)
DROP_BLOCK = re.compile(r"drop_?block", re.I)


@dataclass(frozen=True)
class Source:
    kind: str  # "dropout", "functional dropout", "attention dropout", "drop path", "DropBlock", "Uout", "random draw"
    module: str  # qualified name of the module that ran it ("" for the model's own forward)
    label: str  # `nn.Dropout(p=0.5)`, `F.dropout(p=0.3)`, `torch.rand_like` ...
    site: Optional[Tuple[str, int]] = None  # the line in model code, for calls written there


@dataclass
class Recording:
    feeds: Dict[str, FrozenSet[Source]] = field(default_factory=dict)  # BatchNorm name -> sources upstream
    sources: List[Source] = field(default_factory=list)  # every stochastic op that ran, in order of first run


@contextlib.contextmanager
def left_as_it_was(model: Any, inputs: Any) -> Iterator[None]:
    """Run `model` in the block (under no_grad, with a private random stream) and hand it back as it came: every
    module's training flag, every buffer (BatchNorm statistics), the caller's random generators."""
    import torch

    from bnlint.graph.running import cuda_devices

    modes = [(m, m.training) for m in model.modules()]
    buffers = [(b, b.detach().clone()) for b in model.buffers() if not isinstance(b, torch.nn.parameter.UninitializedBuffer)]
    try:
        with torch.random.fork_rng(devices=cuda_devices(model, inputs)), torch.no_grad():
            yield
    finally:
        with torch.no_grad():
            for buf, saved in buffers:
                buf.copy_(saved)
        for m, flag in modes:
            m.training = flag


def record(model: Any, inputs: Any, stochastic: bool = True, seed: int = 0) -> Recording:
    """Run `model` once on `inputs`: with every layer in train mode (stochastic=True, what training sees) or in
    eval mode (stochastic=False: what still draws at inference)."""
    import torch
    from torch.nn.modules.batchnorm import _BatchNorm

    from bnlint.graph.running import call_model

    names = {m: n for n, m in model.named_modules()}
    rec = Recording()
    tracker = _Tracker(rec, names)
    handles = []
    for m, name in names.items():
        handles.append(m.register_forward_pre_hook(tracker.enter))
        handles.append(m.register_forward_hook(tracker.leave, always_call=True))
        if isinstance(m, _BatchNorm):
            handles.append(m.register_forward_pre_hook(tracker.batchnorm))
            tracker.norms.add(m)
    try:
        with left_as_it_was(model, inputs), _mode_class()(tracker):
            for m in names:
                m.training = stochastic
            torch.manual_seed(seed)
            call_model(model, inputs)
    finally:
        for h in handles:
            h.remove()
    return rec


class _Tracker:
    def __init__(self, rec: Recording, names: Dict[Any, str]):
        self.rec, self.names = rec, names
        self.stack: List[Any] = []
        self.marks: Dict[int, Tuple[Any, FrozenSet[Source]]] = {}
        self.seen: Set[Source] = set()
        self.norms: Set[Any] = set()

    def enter(self, module: Any, args: Any) -> None:
        self.stack.append(module)

    def leave(self, module: Any, args: Any, output: Any) -> None:
        if self.stack and self.stack[-1] is module:
            self.stack.pop()
        if module in self.norms:
            self.marks.pop(id(output), None)  # a BatchNorm renormalises: what is upstream of it is its cause

    def batchnorm(self, module: Any, args: Any) -> None:
        found = self.taint(args)
        if found:
            name = self.names[module]
            self.rec.feeds[name] = self.rec.feeds.get(name, frozenset()) | found

    def taint(self, value: Any, depth: int = 0) -> FrozenSet[Source]:
        import torch

        if isinstance(value, torch.Tensor):
            mark = self.marks.get(id(value))
            return mark[1] if mark is not None and mark[0]() is value else frozenset()
        found: FrozenSet[Source] = frozenset()
        if depth < 3 and isinstance(value, (list, tuple)):
            for v in value:
                found |= self.taint(v, depth + 1)
        elif depth < 3 and isinstance(value, dict):
            for v in value.values():
                found |= self.taint(v, depth + 1)
        return found

    def mark(self, value: Any, taint: FrozenSet[Source], depth: int = 0) -> None:
        import torch

        if isinstance(value, torch.Tensor):
            key = id(value)
            self.marks[key] = (weakref.ref(value, lambda _ref, k=key, m=self.marks: m.pop(k, None)), taint)
        elif depth < 2 and isinstance(value, (list, tuple)):
            for v in value:
                self.mark(v, taint, depth + 1)

    def source(self, kind: Tuple, args: tuple, kwargs: dict, caller: Any) -> Optional[Source]:
        from torch.nn.modules.dropout import _DropoutNd

        what, label, param, index = kind
        module = self.stack[-1] if self.stack else None
        name = self.names.get(module, "")
        cls = type(module).__name__ if module is not None else ""
        site = frames.location(caller)
        if what == "dropout":
            p = kwargs.get("p", args[1] if len(args) > 1 else 0.5)
            on = kwargs.get(param, args[index] if len(args) > index else True)
            if not (on and p):
                return None
            if isinstance(module, _DropoutNd):
                return Source("dropout", name, f"`nn.{cls}(p={p:g})`")
            return Source("functional dropout", name, f"`{label}(p={p:g})`", site)
        if what == "sdpa":
            p = kwargs.get(param, args[index] if len(args) > index else 0.0)
            return Source("attention dropout", name, f"`{label}(dropout_p={p:g})`", site) if p else None
        if cls == "Uout":
            return Source("Uout", name, f"`Uout(beta={getattr(module, 'beta', 0):g})`")
        if DROP_PATH.search(cls):
            return Source("drop path", name, f"`{cls}`")
        if DROP_BLOCK.search(cls):
            return Source("DropBlock", name, f"`{cls}`")
        return Source("random draw", name, label + (f" in `{cls}`" if cls else ""), site)


_taint_class: Any = None


def _mode_class() -> type:
    global _taint_class
    if _taint_class is None:
        _taint_class = _build_taint_class()
    return _taint_class


def _build_taint_class() -> type:
    from torch.overrides import TorchFunctionMode

    table = watched()

    class Taint(TorchFunctionMode):
        def __init__(self, tracker: _Tracker):
            super().__init__()
            self.tracker = tracker

        def __torch_function__(self, func, types, args=(), kwargs=None):
            kwargs = kwargs or {}
            out = func(*args, **kwargs)
            tracker = self.tracker
            found = tracker.taint(args) | tracker.taint(kwargs)
            try:
                kind = table.get(func)
            except TypeError:
                kind = None
            if kind is not None:
                src = tracker.source(kind, args, kwargs, sys._getframe(1))
                if src is not None:
                    found = found | {src}
                    if src not in tracker.seen:
                        tracker.seen.add(src)
                        tracker.rec.sources.append(src)
            if found:
                tracker.mark(out, found)
            return out

    return Taint
