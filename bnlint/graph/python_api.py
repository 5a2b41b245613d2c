"""The graph tier from Python (a script, a notebook): check_model, fix_model, variance_shift.

These are what `bnlint.check_model` and friends are (here, in bnlint.graph, so that frames.in_library skips them
when it looks for the line of the caller). Importing this module does not import torch; each function
imports it when called, and says how to install it when it is missing (the `trace` extra).
"""

from __future__ import annotations

from typing import Any, Dict, Iterable, List, Optional

TRACE_EXTRA = 'pip install "bnlint[trace]"'


class ExtraMissing(ModuleNotFoundError):
    """An optional dependency of bnlint is not installed; the message says which extra provides it."""


def require_torch(what: str) -> None:
    """Raise ExtraMissing, naming `what` needed torch and how to get it, when torch cannot be imported."""
    try:
        import torch  # noqa: F401
    except ImportError as exc:
        raise ExtraMissing(f"{what} needs torch, which is not installed: {TRACE_EXTRA}", name="torch") from exc


def check_model(model, example_inputs: Any = None, *, select: Optional[Iterable[str]] = None,
                ignore: Iterable[str] = (), name: Optional[str] = None) -> List:
    """Find train/eval-mode bugs in a built model by tracing it with torch.fx; returns a list of Diagnostic.

    model: an `nn.Module`, or a class or factory that builds one with no arguments (`bnlint.check_model(Net)`,
        `bnlint.check_model(lambda: build(depth=18))`). Given a factory, bnlint builds the model itself and knows
        the line that created every layer, so findings and `# noqa` for layers of an `nn.Sequential(...)` literal
        are exact.
    example_inputs: a tensor, a tuple of tensors or a dict of keyword arguments. With it bnlint also runs the
        model: it confirms that eval-mode outputs are random (BN002/BN003) and records a forward pass of a model
        fx cannot trace.
    select, ignore: codes or prefixes, as on the command line (default: the rules on by default in the graph
        tier: BN001, BN002, BN003).
    name: how findings name the model (default: its class or factory name).

    The model is left in the mode it came in. Each Diagnostic prints as `path:line:col: CODE message`.

        >>> for d in bnlint.check_model(model, torch.randn(2, 3, 32, 32)):
        ...     print(d)
    """
    require_torch("bnlint.check_model")
    from bnlint.graph.api import check_model as run

    return run(model, example_inputs, select=select, ignore=ignore, name=name)


def fix_model(model, strategy: str = "move", beta: float = 0.1):
    """A fixed copy of `model` with no dropout feeding a BatchNorm; `model` itself is not changed.

    strategy: "move" puts each dropout after the last BatchNorm it fed (no variance shift, the same
        regularisation), "uout" replaces it with Uout (uniform noise, x + x * U(-beta, beta)), whose shift is
        about 1 + beta**2 / 3.
    beta: Uout's noise width, in (0, 1].

    The copy has the same state_dict keys and shapes (`fixed.load_state_dict(model.state_dict())` works) and the
    same eval-mode outputs. It is usually a torch.fx.GraphModule; when the model's forward cannot be rewritten as
    a whole, a copy whose submodules were fixed one by one. What could not be fixed is reported with
    warnings.warn. `bnlint verify` proves the fix on the model.
    """
    require_torch("bnlint.fix_model")
    from bnlint.graph.rewrite import fix_model as run

    return run(model, strategy=strategy, beta=beta)


def variance_shift(model, inputs: Any, passes: Optional[int] = 8, seed: Optional[int] = 0) -> Dict[str, float]:
    """{BatchNorm module name: variance shift} of `model` on `inputs` (a tensor, a tuple of them, or a dict of
    keyword arguments).

    The shift is the paper's statistic (Li et al., CVPR 2019): max(var_train / var_eval, var_eval / var_train) of
    each BatchNorm's input, averaged over channels, where var_train is measured with the stochastic layers on
    (averaged over `passes` passes) and var_eval with them off. 1.0 means no shift; dropout p=0.5 right before a
    BatchNorm gives about 2. `seed` makes the measurement repeatable (None: unseeded).

    The model is left exactly as it was: modes, running statistics and the caller's random generators.
    """
    require_torch("bnlint.variance_shift")
    from bnlint.graph.variance import variance_shift as run

    return run(model, inputs, passes=passes, seed=seed)
