"""bnlint's runtime guard: catch at run time the train/eval-mode bugs no static analysis can see (mode state
that lives in a framework's loop, a notebook kernel, a model built from a config), reported with the user's
file and line and the static rules' codes and wording.

    with bnlint.guard(model):               # or guard = bnlint.guard(model) ... guard.remove()
        train(model)

    bnlint.guard(model, action="raise")     # "warn" (default), "raise", "log", or a callable(Diagnostic)
    bnlint.guard(model, allow=["BN003", "head.noise"])   # intended: codes, module names or classes
    with bnlint.mc_dropout(model):          # Monte Carlo dropout, stated: dropout layers on, nothing reported
        samples = [model(x) for _ in range(20)]

`bnlint.guard` is this package and the function at once: the package is callable. Importing it does not
import torch; the hooks are installed when a guard starts (or, for `python -m bnlint.run` and the pytest
plugin, when torch is imported).

Modules: core (the Guard), registry (the global module hooks), checks (layers: BN101, BN202, BN005),
functions (functional calls in eval mode: BN002, BN003, BN004), backward (BN103), report (actions,
once per site), frames (the user's line), messages (the rules' wording), intent (mc_dropout), auto (every model
a program runs), record (which stochastic layers feed each BatchNorm: verify's explanations).
"""

from __future__ import annotations

import sys
import types
from typing import Any, Callable, Iterable, Union

from bnlint.guard.intent import mc_dropout
from bnlint.guard.report import CODES, GuardError, GuardWarning, format_diagnostic

__all__ = ["guard", "mc_dropout", "Guard", "GuardError", "GuardWarning", "CODES", "format_diagnostic"]


def guard(model: Any, action: Union[str, Callable[[Any], Any]] = "warn", *, allow: Iterable[Any] = ()) -> Any:
    """Watch `model` (an nn.Module) while it runs; returns the Guard, active until `.remove()` or the end of a
    `with` block.

    Reports, once per site, at the first frame outside torch and bnlint:
    BN101 a forward with gradients off (no_grad, inference_mode) while a BatchNorm or dropout is in train mode;
    BN103 a backward that trains through a forward run in eval mode, after the model trained in train mode;
    BN202 BatchNorm statistics updated in a training step inside a part whose parameters are all frozen;
    BN002/BN004 functional dropout or scaled_dot_product_attention's dropout_p left on in eval mode;
    BN003 a random draw in a module in eval mode that never reads its training flag;
    BN005 a layer that follows the mode (dropout, BatchNorm, ...) built while the model runs (never in eval).
    `allow` states what is intended: codes or prefixes, module names (`head.drop`), classes or modules.
    """
    from bnlint.guard.core import Guard

    return Guard(model, action, allow)


def __getattr__(name: str) -> Any:
    if name == "Guard":  # for type hints: what guard() returns (imports nothing heavy either)
        from bnlint.guard.core import Guard

        return Guard
    raise AttributeError(f"module 'bnlint.guard' has no attribute {name!r}")


class _CallableModule(types.ModuleType):
    """`bnlint.guard(model)`: the package is the function too."""

    def __call__(self, model: Any, action: Union[str, Callable[[Any], Any]] = "warn", *, allow: Iterable[Any] = ()):
        return guard(model, action, allow=allow)


sys.modules[__name__].__class__ = _CallableModule
