"""Stated intent: Monte Carlo dropout, randomness at inference on purpose.

Inside `with bnlint.mc_dropout():` the guard reports no dropout or random draw in eval mode (BN002, BN003,
BN004, and a dropout layer switched on under no_grad). `bnlint.mc_dropout(model)` also switches the model's
dropout layers on for the block (BatchNorm stays in eval mode) and gives every layer its mode back afterwards.
"""

from __future__ import annotations

import threading
from typing import Any, List, Optional, Tuple

_depth = 0
_lock = threading.Lock()
# Layers bnlint treats as dropout when mc_dropout(model) switches them on: torch's, Uout, and any class
# named like a dropout (DropBlock, DropPath, MCDropout, ...).
DROPOUT_WORDS = ("dropout", "dropblock", "droppath", "uout", "stochasticdepth")


def active() -> bool:
    return _depth > 0


class mc_dropout:
    """A context manager (and decorator) stating that randomness at inference is intended.

    `with mc_dropout():`, `with mc_dropout(model):`, and as a decorator `@mc_dropout`, `@mc_dropout()` or
    `@mc_dropout(model)` (the intent is stated, and the model's dropout layers are on, for each call)."""

    def __new__(cls, model: Optional[Any] = None):
        if callable(model) and not hasattr(model, "modules"):
            # bare `@mc_dropout` over a function (a model is callable too, but has modules()): wrap it at once
            return cls()(model)
        return super().__new__(cls)

    def __init__(self, model: Optional[Any] = None):
        self.model = model
        self._saved: List[Tuple[Any, bool]] = []

    def __enter__(self):
        global _depth
        if self.model is not None:
            for m in self.model.modules():
                if is_dropout_layer(m):
                    self._saved.append((m, m.training))
                    m.training = True
        with _lock:
            _depth += 1
        return self.model

    def __exit__(self, *exc) -> None:
        global _depth
        with _lock:
            _depth -= 1
        for m, flag in self._saved:
            m.training = flag
        self._saved = []

    def __call__(self, fn):
        import functools

        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            with mc_dropout(self.model):
                return fn(*args, **kwargs)

        return wrapper


def is_dropout_layer(module: Any) -> bool:
    name = type(module).__name__.lower().replace("_", "")
    return any(word in name for word in DROPOUT_WORDS)
