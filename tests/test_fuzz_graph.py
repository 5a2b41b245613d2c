"""The graph tier against an independent measurement, on random architectures (hypothesis).

The measurement is bnlint.variance_shift: per BatchNorm, the mean over channels of
max(Var_train / Var_eval, Var_eval / Var_train) of its input, with the stochastic layers on (averaged
over PASSES passes) and off, every BatchNorm normalising by batch statistics in both.

THRESHOLD: by the math in BACKGROUND.md a dropout with keep probability q right before a BatchNorm, or
with weight layers, ReLU or GELU between, multiplies each unit's variance by at least 1/q; the generator
(tests/fuzz_archs.py) uses p >= 0.5, so 1/q >= 2, and where a concat puts that dropout on half of a
BatchNorm's channels the mean is still (1 + 1/q) / 2 >= 1.5. A BatchNorm no dropout reaches sees at most
a drop path (p = 0.1: below 1/0.9 = 1.11) and what leaks through an earlier BatchNorm, whose batch
statistics undo the variance change but not the channels' changed correlations: that leak shrinks with
the width (64 features, 32 channels x 6 x 6 here) and measured below 1.42 over thousands of drawn layers.
Estimation noise is small beside both margins: 256 samples (1d) or 32 x 36 positions (2d) per channel,
8 passes, so a variance is known to a few percent. 1.45 sits between 1.42 and 1.5.
"""

from __future__ import annotations

import re
import tempfile
import warnings
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from hypothesis import given, strategies as st  # noqa: E402

import bnlint  # noqa: E402
from fuzz_archs import architectures, forward_source, load, sequential_source  # noqa: E402

THRESHOLD = 1.45
TORCH_DIR = Path(torch.__file__).resolve().parent
PASSES = 8

_REACH = re.compile(r"reach(?:es)? (?:BatchNorm `([^`]*)`|(\d+) BatchNorm layers \(([^)]*)\))")


@pytest.fixture(autouse=True, scope="module")
def _keep_global_rng():
    """The models are built under torch.manual_seed: give the tests that follow the generator state they
    would have had without these."""
    with torch.random.fork_rng(devices=[]):
        yield


def build(arch, folder: str, style: str = "sequential"):
    """Write the architecture as a file, import it, build the model with the architecture's seed."""
    path = Path(folder) / f"arch_{abs(hash(arch)) % 10**8}_{style}.py"
    path.write_text((sequential_source if style == "sequential" else forward_source)(arch))
    module = load(path)
    torch.manual_seed(arch.seed)
    return module.build(), module.example_input(), path


def reached_batchnorms(diags):
    """(BatchNorm names the BN001 findings show, the number each finding says it reaches).

    A finding may group several dropouts (those the graph tier locates on one line) and then show
    three BatchNorms "and N more". A drop path is BN006, not BN001: one reported as BN001 names
    BatchNorms whose variance does not shift, and fails the comparison."""
    names, counts = set(), []
    for d in diags:
        if d.code != "BN001":
            continue
        m = _REACH.search(d.message)
        assert m, f"no BatchNorm named in: {d.message}"
        shown = [m.group(1)] if m.group(1) is not None else re.findall(r"`([^`]*)`", m.group(3))
        names |= set(shown)
        counts.append(int(m.group(2)) if m.group(2) else 1)
    return names, counts


@given(arch=architectures(), style=st.sampled_from(["sequential", "forward"]))
def test_bn001_findings_are_the_batchnorms_whose_variance_shifts(arch, style):
    with tempfile.TemporaryDirectory() as tmp:
        model, x, path = build(arch, tmp, style)
        diags = bnlint.check_model(model, select=["BN001"])
        assert not [d for d in diags if Path(d.path).resolve().is_relative_to(TORCH_DIR)], diags  # never in torch
        flagged, counts = reached_batchnorms(diags)
        shifts = bnlint.variance_shift(model, x, passes=PASSES)
        shifted = {name for name, s in shifts.items() if s > THRESHOLD}
        detail = (f"{path.read_text()}\nshifts: { {k: round(v, 2) for k, v in shifts.items()} }\n"
                  f"graph tier: {sorted(flagged)} (counts {counts}), measured above {THRESHOLD}: {sorted(shifted)}")
        if len(flagged) == sum(counts):  # every BatchNorm named
            assert flagged == shifted, detail
        else:
            assert flagged <= shifted and max(counts) <= len(shifted) <= sum(counts), detail


def _randomise_running_stats(model, seed: int) -> None:
    """Non-trivial BN buffers, the same in a model and its fixed copy (BNs keep their order)."""
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, torch.nn.modules.batchnorm._BatchNorm):
                m.running_mean.copy_(torch.randn(m.running_mean.shape, generator=g) * 0.1)
                m.running_var.copy_(torch.rand(m.running_var.shape, generator=g) + 0.5)


@given(arch=architectures(), strategy=st.sampled_from(["move", "uout"]))
def test_fix_model_removes_every_finding_and_keeps_eval_outputs_and_state_keys(arch, strategy):
    with tempfile.TemporaryDirectory() as tmp:
        model, x, path = build(arch, tmp)
        _randomise_running_stats(model, arch.seed)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # "no weight layer follows the last BatchNorm": said, not an error
            fixed = bnlint.fix_model(model, strategy=strategy)
        left = bnlint.check_model(fixed, select=["BN001"])
        assert left == [], f"{path.read_text()}\nstill reported after fix_model({strategy!r}): {left}"
        assert list(fixed.state_dict()) == list(model.state_dict())
        model.eval()
        fixed.eval()
        with torch.no_grad():
            torch.testing.assert_close(fixed(x), model(x), rtol=1e-5, atol=1e-6)


def test_drop_path_after_a_residual_add_is_reported_as_drop_path(tmp_path):
    from fuzz_archs import Arch, Layer

    arch = Arch("1d", (Layer("residual", body=(Layer("weight"),)), Layer("droppath", 0.1), Layer("bn")))
    model, _, _ = build(arch, str(tmp_path))
    assert [d.code for d in bnlint.check_model(model, select=["ALL"])] == ["BN006"]
