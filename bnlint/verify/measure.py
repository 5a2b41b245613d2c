"""Run a model and its fix_model rewrite side by side and check what the fix changes and what it keeps.

1. variance shift of every BatchNorm's input, before and after the fix (bnlint.graph.variance.measure_shift:
   batch statistics in both passes, so only the stochastic layers differ);
2. eval equivalence: the same weights and input give the same eval-mode outputs;
3. eval determinism: two eval-mode passes of the fixed model give the same outputs;
4. state-dict compatibility: the fixed model loads the original state_dict (same keys and shapes);
5. time taken, on which device.

The same code runs on every device; only the tolerance of "the same" allows for kernels that are not
bit-exact (TOLERANCE, relative to the largest output).
"""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, List, Optional

import torch
from torch import nn
from torch.nn.modules.batchnorm import _BatchNorm

from bnlint.graph.running import call_model, cuda_devices, mode, tensors_of
from bnlint.graph.variance import LayerShift, batchnorm_layers, measure_shift
from bnlint.verify import budget as passes_budget
from bnlint.verify.progress import Progress

SHIFT_LIMIT_MOVE = 1.01  # after a move fix: no stochastic layer before any BN, so no shift
SHIFT_LIMIT_MARGIN = 0.01  # uout: 1 + beta^2 / 3 (the shift Uout itself causes) + this margin
SHIFTED = 1.02  # counted as "shifted" in the summaries
TOLERANCE = 1e-6  # relative difference still counted as identical, for kernels that are not bit-exact
CALIBRATION_PASSES = 4


def shift_limit(strategy: str, beta: float) -> float:
    """The largest variance shift any BN may show after the fix."""
    return SHIFT_LIMIT_MOVE if strategy == "move" else 1.0 + beta ** 2 / 3.0 + SHIFT_LIMIT_MARGIN


class VerifyError(Exception):
    """A model could not be verified (built, moved, run, fixed); the message says what to do."""


@dataclass
class Check:
    passed: Optional[bool]  # None: could not be judged (the detail says why); not a failure
    detail: str
    data: Dict[str, Any] = field(default_factory=dict)


@dataclass
class Result:
    """One model's verification. `error` is set when it could not be carried out."""

    name: str
    origin: str
    strategy: str
    beta: float
    device: str
    limit: float
    inputs: str = ""
    input_shapes: List[List[int]] = field(default_factory=list)
    calibrated: bool = False
    before: List[LayerShift] = field(default_factory=list)
    after: List[LayerShift] = field(default_factory=list)
    changes: List[str] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)
    checks: Dict[str, Check] = field(default_factory=dict)
    seconds: Dict[str, float] = field(default_factory=dict)
    error: Optional[str] = None
    passes: Optional[passes_budget.Passes] = None  # train-mode passes per shift measurement, and why

    @property
    def passed(self) -> bool:
        return self.error is None and all(c.passed is not False for c in self.checks.values())


# ------------------------------------------------------------------ devices
def resolve_device(name: str) -> torch.device:
    """auto: the first CUDA device when there is one, else the CPU. Raises VerifyError for a device that
    is not there."""
    if name == "auto":
        return torch.device("cuda" if torch.cuda.is_available() else "cpu")
    try:
        device = torch.device(name)
    except (RuntimeError, ValueError):
        raise VerifyError(f"--device {name!r}: expected auto, cpu, cuda or cuda:N") from None
    if device.type == "cuda":
        if not torch.cuda.is_available():
            raise VerifyError(f"--device {name}: no CUDA device is available here (torch {torch.__version__}, "
                              f"CUDA build: {torch.version.cuda or 'none'}); use --device cpu or auto")
        if device.index is not None and device.index >= torch.cuda.device_count():
            raise VerifyError(f"--device {name}: there {'is' if torch.cuda.device_count() == 1 else 'are'} only "
                              f"{torch.cuda.device_count()} CUDA device(s)")
    elif device.type != "cpu":
        raise VerifyError(f"--device {name!r}: expected auto, cpu, cuda or cuda:N")
    return device


def device_name(device: torch.device) -> str:
    if device.type == "cuda":
        return torch.cuda.get_device_name(device)
    import platform

    return platform.processor() or platform.machine() or "cpu"


def _out_of_memory(exc: BaseException) -> bool:
    oom = getattr(torch.cuda, "OutOfMemoryError", ())
    return (bool(oom) and isinstance(exc, oom)) or (isinstance(exc, RuntimeError) and "out of memory" in str(exc))


@contextlib.contextmanager
def stage(what: str, device: torch.device, hint: str = "") -> Iterator[None]:
    """Turn any failure of user code (or of torch on it) into a VerifyError that says what failed."""
    from bnlint.graph.frames import describe

    try:
        yield
    except VerifyError:
        raise
    except (Exception, SystemExit) as exc:  # noqa: BLE001 - user code
        if _out_of_memory(exc):
            if device.type == "cuda":
                torch.cuda.empty_cache()
            raise VerifyError(f"does not fit on {device} ({what}): {describe(exc)}; try a smaller batch in "
                              "--input-shape or --data, or --device cpu") from None
        if isinstance(exc, SystemExit):
            raise VerifyError(f"{what}: user code called sys.exit({exc.code!r})") from None
        raise VerifyError(f"{what} failed: {describe(exc)}{hint}") from None


# ------------------------------------------------------------------ the measurement
def verify(model: nn.Module, inputs: Any, *, name: str = "", origin: str = "", strategy: str = "move",
           beta: float = 0.1, passes: Optional[int] = None, input_text: str = "",
           budget: float = passes_budget.DEFAULT_BUDGET, progress: Optional[Progress] = None) -> Result:
    """Verify fix_model on `model` (already on its device) with `inputs` (on the same device).

    BatchNorm layers whose running statistics were never updated (a freshly built model) are first
    calibrated on the inputs in train mode, so eval mode uses statistics like those training would leave.
    `model` itself is changed only by that calibration. `passes` fixes the train-mode passes per measurement;
    None picks them automatically within `budget` seconds (bnlint.verify.budget). `progress` shows the steps."""
    from bnlint.graph.rewrite import rewrite
    from bnlint.verify.explain import explain

    progress = progress or Progress(enabled=False)

    device = _device_of(model, inputs)
    result = Result(name or type(model).__name__, origin, strategy, beta, str(device), shift_limit(strategy, beta),
                    inputs=input_text, input_shapes=[list(t.shape) for t in tensors_of(inputs)])
    hint = _input_hint(result.input_shapes)
    start = time.perf_counter()
    try:
        progress.step("calibrating BatchNorm statistics")
        with stage("running the model in train mode", device, hint), torch.no_grad():
            result.calibrated = _calibrate(model, inputs)
        t = time.perf_counter()
        progress.step("fix_model")
        with stage("fix_model", device):
            try:
                done = rewrite(model, strategy, beta)
            except ValueError as exc:
                raise VerifyError(f"fix_model cannot rewrite it: {exc}") from None
        fixed = done.model
        result.changes, result.warnings = done.changes, done.warnings
        result.seconds["fix"] = time.perf_counter() - t
        t = time.perf_counter()
        progress.step("timing a forward pass")
        with stage("running the model in eval mode", device, hint):
            chosen = result.passes = passes_budget.choose(model, inputs, budget, passes)
        runs = chosen.used + 1  # one pass with the stochastic layers off
        with stage("measuring the variance shift", device, hint), \
                progress.passes(model, runs, "variance shift before the fix"):
            result.before = measure_shift(model, inputs, passes=chosen.used)
        with stage("measuring the variance shift of the fixed model", device, hint), \
                progress.passes(fixed, runs, "variance shift after the fix"):
            result.after = measure_shift(fixed, inputs, passes=chosen.used)
        result.seconds["shift"] = time.perf_counter() - t
        t = time.perf_counter()
        result.checks["variance_shift"] = check = _shift_check(result)
        check.data["passes"] = chosen.to_dict()
        if check.passed is False:
            progress.step("finding what still shifts the variance")
            over = {s.name: s.shift for s in result.after if s.shift > result.limit}
            with stage("recording the fixed model's stochastic layers", device, hint):
                check.data["explanation"] = explain(fixed, inputs, over, result.limit, strategy, beta, chosen.used)
        progress.step("comparing eval outputs")
        with stage("running the models in eval mode", device, hint):
            result.checks["eval_equivalence"], result.checks["eval_determinism"] = _eval_checks(model, fixed, inputs)
        result.checks["state_dict"] = _state_dict_check(model, fixed)
        result.seconds["compare"] = time.perf_counter() - t
    except VerifyError as exc:
        result.error = str(exc)
    result.seconds["total"] = time.perf_counter() - start
    return result


def _device_of(model: nn.Module, inputs: Any) -> torch.device:
    for t in list(model.parameters()) + list(model.buffers()) + list(tensors_of(inputs)):
        return t.device
    return torch.device("cpu")


def _input_hint(shapes: List[List[int]]) -> str:
    shown = ", ".join("x".join(map(str, s)) for s in shapes) or "no tensors"
    batch_one = any(s and s[0] == 1 for s in shapes)
    return (f" on an input of shape {shown}; check --input-shape or --data"
            + ("; BatchNorm needs a batch of at least 2 in train mode" if batch_one else ""))


def _fresh(bn: _BatchNorm) -> bool:
    if not bn.track_running_stats or bn.running_mean is None or bn.running_var is None:
        return False
    tracked = bn.num_batches_tracked
    return (tracked is None or int(tracked) == 0) and not bn.running_mean.any() and bool((bn.running_var == 1).all())


def _calibrate(model: nn.Module, inputs: Any) -> bool:
    """Give never-updated BN layers the average batch statistics of a few train-mode passes."""
    fresh = [bn for _, bn in batchnorm_layers(model) if _fresh(bn)]
    if not fresh:
        return False
    saved_momentum = {bn: bn.momentum for bn in fresh}
    try:
        for bn in fresh:
            bn.momentum = None  # cumulative average over the calibration passes
        with mode(model, True), torch.random.fork_rng(devices=cuda_devices(model, inputs)):
            torch.manual_seed(0)
            for _ in range(CALIBRATION_PASSES):
                call_model(model, inputs)
    finally:
        for bn, momentum in saved_momentum.items():
            bn.momentum = momentum
    return True


def _shift_check(result: Result) -> Check:
    if not result.after:
        return Check(True, "no BatchNorm layer: no variance shift to measure", {"limit": result.limit})
    worst = max(result.after, key=lambda s: s.shift)
    over = [s.name for s in result.after if s.shift > result.limit]
    data = {"limit": result.limit, "max_after": worst.shift, "over_limit": over, "explanation": []}
    if over:
        return Check(False, f"{len(over)} BatchNorm layer(s) still shifted after the fix, worst `{worst.name}` "
                            f"{worst.shift:.4f} > {result.limit:.4f}", data)
    return Check(True, f"every BatchNorm <= {result.limit:.4f} after the fix (max {worst.shift:.4f})", data)


def _eval_outputs(model: nn.Module, inputs: Any, seed: int) -> List[torch.Tensor]:
    with mode(model, False), torch.random.fork_rng(devices=cuda_devices(model, inputs)), torch.no_grad():
        torch.manual_seed(seed)  # each pass seeds itself: passes can run in any order
        return [t.detach() for t in tensors_of(call_model(model, inputs))]


def difference(a: List[torch.Tensor], b: List[torch.Tensor]) -> Optional[Dict[str, float]]:
    """Max absolute and relative (to the largest |a|) difference; None when the outputs do not match up."""
    if len(a) != len(b) or any(x.shape != y.shape for x, y in zip(a, b)):
        return None
    worst, scale = 0.0, 0.0
    for x, y in zip(a, b):
        if x.numel() == 0:
            continue
        if x.is_floating_point() or x.is_complex() or y.is_floating_point():
            x64, y64 = x.to(torch.float64), y.to(torch.float64)
            diff = (x64 - y64).abs()
            diff = torch.where(torch.isnan(x64) & torch.isnan(y64), torch.zeros_like(diff), diff)
            worst = max(worst, float(diff.nan_to_num(float("inf")).max()))
            scale = max(scale, float(x64.abs().nan_to_num(0.0).max()))
        else:
            worst = max(worst, float((x != y).any()))
            scale = max(scale, 1.0)
    return {"max_abs_diff": worst, "max_rel_diff": worst / scale if scale else (0.0 if worst == 0 else float("inf"))}


def _same(d: Optional[Dict[str, float]]) -> bool:
    return d is not None and (d["max_abs_diff"] == 0 or d["max_rel_diff"] <= TOLERANCE)


def _eval_checks(model: nn.Module, fixed: nn.Module, inputs: Any):
    original = _eval_outputs(model, inputs, seed=1)
    ours = _eval_outputs(fixed, inputs, seed=1)
    ours_again = _eval_outputs(fixed, inputs, seed=2)

    eq = difference(original, ours)
    if eq is None:
        equivalence = Check(False, "the fixed model's outputs do not have the original's shapes",
                            {"shapes": [list(t.shape) for t in original], "fixed_shapes": [list(t.shape) for t in ours]})
    elif _same(eq):
        equivalence = Check(True, f"max |diff| {eq['max_abs_diff']:.3g} (relative {eq['max_rel_diff']:.3g})", eq)
    elif not _same(difference(original, _eval_outputs(model, inputs, seed=2))):
        equivalence = Check(None, "not comparable: the original model is random in eval mode (a stochastic layer "
                                  f"stays on at inference), max |diff| {eq['max_abs_diff']:.3g}", eq)
    else:
        equivalence = Check(False, f"eval outputs differ: max |diff| {eq['max_abs_diff']:.3g} (relative "
                                   f"{eq['max_rel_diff']:.3g} > {TOLERANCE:g})", eq)

    det = difference(ours, ours_again)
    if _same(det):
        determinism = Check(True, "two eval passes give the same outputs", det)
    else:
        determinism = Check(False, "two eval passes give different outputs: a stochastic layer stays on in eval "
                                   f"mode (max |diff| {det['max_abs_diff']:.3g}); see `bnlint check --trace`", det)
    return equivalence, determinism


def _state_dict_check(model: nn.Module, fixed: nn.Module) -> Check:
    want = {k: tuple(v.shape) for k, v in model.state_dict().items()}
    have = {k: tuple(v.shape) for k, v in fixed.state_dict().items()}
    missing = sorted(set(want) - set(have))
    unexpected = sorted(set(have) - set(want))
    mismatched = sorted(k for k in set(want) & set(have) if want[k] != have[k])
    data = {"keys": len(want), "missing": missing, "unexpected": unexpected, "mismatched": mismatched}
    if missing or unexpected or mismatched:
        parts = [f"{len(v)} {what} (`{v[0]}`{', ...' if len(v) > 1 else ''})"
                 for what, v in (("missing", missing), ("unexpected", unexpected), ("with other shapes", mismatched))
                 if v]
        return Check(False, "state_dict keys differ: " + ", ".join(parts), data)
    try:
        fixed.load_state_dict(model.state_dict(), strict=True)
    except RuntimeError as exc:
        return Check(False, f"the fixed model does not load the original state_dict: {' '.join(str(exc).split())}",
                     data)
    return Check(True, f"{len(want)} keys, same names and shapes; loads with strict=True", data)
