"""Assertions for your own tests (pytest, unittest, anything that reports an AssertionError):

    from bnlint.testing import assert_eval_deterministic, assert_no_variance_shift

    def test_model_is_deterministic_in_eval():
        assert_eval_deterministic(build_model(), torch.randn(8, 3, 32, 32))

    def test_no_dropout_before_batchnorm():
        assert_no_variance_shift(build_model(), torch.randn(32, 3, 32, 32))

Both run the model in this process (torch is imported when called, not when this module is; without it they
raise ModuleNotFoundError saying `pip install "bnlint[trace]"`) and hand it back as it came: modes, BatchNorm
statistics and the caller's random generators.
"""

from __future__ import annotations

from typing import Any, Dict, List, Optional

from bnlint.graph.python_api import require_torch  # no torch imported: it says how to install it when missing

__all__ = ["assert_no_variance_shift", "assert_eval_deterministic"]

SHIFT_LIMIT = 1.01  # bnlint verify's limit after a move fix


def assert_no_variance_shift(model: Any, inputs: Any, *, limit: float = SHIFT_LIMIT, passes: Optional[int] = None,
                             seed: int = 0) -> Dict[str, float]:
    """Fail when the variance a BatchNorm layer sees differs between training and inference by more than
    `limit` (the statistic of Li et al., CVPR 2019: 1.0 is none; dropout 0.5 right before a BatchNorm gives
    about 2). The message names each shifted layer and the stochastic layers that feed it.

    `inputs`: a tensor, a tuple of them or a dict of keyword arguments, with a batch of at least 2. `passes`:
    train-mode passes averaged (default: enough for about 16k values per channel). Returns {BN name: shift}.
    """
    require_torch("bnlint.testing.assert_no_variance_shift")
    from bnlint.graph.variance import measure_shift
    from bnlint.guard.record import record

    shifts = measure_shift(model, inputs, passes=passes, seed=seed)
    over = [s for s in shifts if s.shift > limit]
    if over:
        feeds = record(model, inputs, stochastic=True, seed=seed).feeds
        lines = [f"{len(over)} of {len(shifts)} BatchNorm layer{'s' if len(shifts) != 1 else ''} of "
                 f"`{type(model).__name__}` see a different variance in training than at inference "
                 f"(variance shift > {limit:g}):"]
        for s in sorted(over, key=lambda s: -s.shift)[:10]:
            sources = sorted(feeds.get(s.name, ()), key=lambda x: (x.module, x.label))
            fed = "; fed by " + ", ".join(_source(x) for x in sources[:4]) if sources else ""
            lines.append(f"  `{s.name}`: {s.shift:.4f} (variance {s.var_train:.4g} in training, {s.var_eval:.4g} "
                         f"at inference){fed}")
        lines.append("fix: move the dropout after the last BatchNorm, or replace it with Uout "
                     "(bnlint.fix_model(model, strategy='move' or 'uout'); `bnlint check --rewrite --unsafe-fixes`)")
        raise AssertionError("\n".join(lines))
    return {s.name: s.shift for s in shifts}


def _source(src: Any) -> str:
    where = f"`{src.module}` " if src.module else ""
    site = f" at {src.site[0]}:{src.site[1]}" if src.site else ""
    return f"{where}{src.label} ({src.kind}){site}"


def assert_eval_deterministic(model: Any, inputs: Any, *, rtol: float = 1e-6, seed: int = 0) -> None:
    """Fail when two eval-mode forward passes on the same input differ (beyond `rtol` relative to the largest
    output, for kernels that are not bit-exact). The message names the first module whose output differed and
    every random draw that ran in eval mode, with its line.

    The passes run under torch.no_grad() with different random seeds, in eval mode whatever mode the model was
    in; a model that is meant to sample at inference is not deterministic and should not use this.
    """
    require_torch("bnlint.testing.assert_eval_deterministic")
    import torch

    from bnlint.graph.confirm import eval_twice
    from bnlint.graph.running import call_model, cuda_devices, mode, tensors_of
    from bnlint.guard.record import record
    from bnlint.verify.measure import difference

    outputs: List[List[Any]] = []
    with mode(model, False), torch.no_grad(), torch.random.fork_rng(devices=cuda_devices(model, inputs)):
        for i in range(2):
            torch.manual_seed(seed + i)
            outputs.append([t.detach().clone() for t in tensors_of(call_model(model, inputs))])
    diff = difference(outputs[0], outputs[1])
    if diff is not None and (diff["max_abs_diff"] == 0 or diff["max_rel_diff"] <= rtol):
        return
    lines = [f"`{type(model).__name__}` is not deterministic in eval mode: "
             + ("two passes give outputs of different shapes" if diff is None else
                f"two passes on the same input differ by up to {diff['max_abs_diff']:.4g} "
                f"(relative {diff['max_rel_diff']:.3g} > {rtol:g})")]
    first = eval_twice(model, inputs).first
    if first is not None:
        lines.append(f"  the first module whose output differs: `{first or type(model).__name__}`")
    sources = record(model, inputs, stochastic=False, seed=seed).sources
    for src in sources[:8]:
        lines.append(f"  random in eval mode: {_source(src)}")
    lines.append("fix: make every stochastic layer the identity when `self.training` is False (nn.Dropout does); "
                 "pass training=self.training to functional dropout; `bnlint check --trace` finds them too")
    raise AssertionError("\n".join(lines))
