"""Opting in without code changes: the pytest plugin (through pytester, loaded from the package's entry point),
`BNLINT_GUARD=... python -m bnlint.run` (a subprocess), and the bnlint.testing assertions."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
# pytester's in-process runs drop the modules first imported inside them; a guard imports dynamo (to stay out of
# torch.compile's graphs), whose operator registrations cannot run twice: import it out here.
import torch._dynamo  # noqa: E402,F401

from torch import nn  # noqa: E402

from bnlint.testing import assert_eval_deterministic, assert_no_variance_shift  # noqa: E402

pytest_plugins = ["pytester"]
pytestmark = pytest.mark.torch
ROOT = Path(__file__).resolve().parent.parent

TESTS = textwrap.dedent("""\
    import pytest
    import torch
    from torch import nn


    def model():
        return nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU())


    def test_inference_in_train_mode():
        m = model()
        with torch.no_grad():
            m(torch.randn(4, 4))


    def test_inference_in_eval_mode():
        m = model().eval()
        with torch.no_grad():
            m(torch.randn(4, 4))


    @pytest.mark.bnlint_guard(allow=["BN101"])
    def test_allowed():
        test_inference_in_train_mode()


    @pytest.mark.bnlint_guard(False)
    def test_not_guarded():
        test_inference_in_train_mode()


    def test_failing_for_its_own_reason():
        test_inference_in_train_mode()
        assert 1 == 2
    """)


def test_plugin_fails_a_test_with_a_finding_and_shows_the_report(pytester):
    pytester.makepyfile(test_models=TESTS)
    result = pytester.runpytest("--bnlint-guard", "-p", "no:cacheprovider")
    result.assert_outcomes(passed=3, failed=2)
    out = result.stdout.str()
    assert "FAILED test_models.py::test_inference_in_train_mode - Failed: bnlint guard" in out
    assert "bnlint guard: 1 train/eval-mode problem at run time\ntest_models.py:13:9: BN101 `m` runs for inference" in out
    assert "Captured bnlint guard" in out  # the report section of a test that failed for its own reason too
    assert "assert 1 == 2" in out


def test_plugin_is_off_by_default_and_the_marker_opts_in(pytester):
    pytester.makepyfile(test_models=TESTS + textwrap.dedent("""\


        @pytest.mark.bnlint_guard
        def test_opted_in():
            test_inference_in_train_mode()
        """))
    result = pytester.runpytest("-p", "no:cacheprovider")
    result.assert_outcomes(passed=4, failed=2)  # test_failing_for_its_own_reason fails for its own reason
    assert "test_opted_in - Failed: bnlint guard" in result.stdout.str()


def test_plugin_allow_option_and_ini(pytester):
    pytester.makepyfile(test_models=TESTS)
    pytester.makeini("[pytest]\nbnlint_guard = true\n")
    pytester.runpytest("--bnlint-guard-allow", "BN1", "-p", "no:cacheprovider").assert_outcomes(passed=4, failed=1)
    pytester.runpytest("-p", "no:cacheprovider").assert_outcomes(passed=3, failed=2)


# ------------------------------------------------------------------ BNLINT_GUARD=... python -m bnlint.run
SCRIPT = textwrap.dedent("""\
    import sys
    import torch
    from torch import nn

    print("args", sys.argv[1:], "main" if __name__ == "__main__" else __name__)
    model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 1))
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    model.train()
    for epoch in range(3):
        loss = model(torch.randn(8, 4)).pow(2).mean()
        loss.backward()
        opt.step()
        model.eval()
    """)


def run(tmp_path, env_value, *args):
    (tmp_path / "train.py").write_text(SCRIPT)
    env = {k: v for k, v in os.environ.items() if not k.startswith("BNLINT_GUARD")}
    if env_value is not None:
        env["BNLINT_GUARD"] = env_value
    env["PYTHONPATH"] = str(ROOT)
    return subprocess.run([sys.executable, "-m", "bnlint.run", *args], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=120)


def test_env_var_warn_runs_the_script_as_main_and_reports_at_its_line(tmp_path):
    out = run(tmp_path, "warn", "train.py", "--epochs", "3")
    assert out.returncode == 0, out.stderr
    assert "args ['--epochs', '3'] main" in out.stdout
    assert "train.py:11: GuardWarning: BN103 `model` reaches this training step in eval mode" in out.stderr
    assert "bnlint guard: 1 train/eval-mode problem seen at run time" in out.stderr


def test_env_var_raise_stops_the_program_and_off_runs_it_plainly(tmp_path):
    out = run(tmp_path, "raise", "train.py")
    assert out.returncode == 1 and "bnlint.guard.report.GuardError" in out.stderr
    out = run(tmp_path, "off", "train.py")
    assert out.returncode == 0 and "bnlint" not in out.stderr and "args [] main" in out.stdout


def test_env_var_module_form_and_bad_values(tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "__init__.py").write_text("")
    (tmp_path / "pkg" / "train.py").write_text(SCRIPT)
    out = run(tmp_path, None, "-m", "pkg.train", "x")  # unset: warn
    assert out.returncode == 0 and "args ['x'] main" in out.stdout and "BN103" in out.stderr
    bad = run(tmp_path, "loud", "train.py")
    assert bad.returncode == 2 and "BNLINT_GUARD='loud': expected one of warn, raise, log or off" in bad.stderr
    assert run(tmp_path, "warn", "missing.py").returncode == 2


# ------------------------------------------------------------------ bnlint.testing
def shifted():
    return nn.Sequential(nn.Linear(8, 16), nn.Dropout(0.5), nn.BatchNorm1d(16), nn.ReLU(), nn.Linear(16, 2))


def test_assert_no_variance_shift_passes_and_fails_with_the_cause():
    plain = nn.Sequential(nn.Linear(8, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Dropout(0.5), nn.Linear(16, 2))
    x = torch.randn(64, 8)
    assert assert_no_variance_shift(plain, x) == {"1": pytest.approx(1.0)}
    model = shifted()
    state = {k: v.clone() for k, v in model.state_dict().items()}
    with pytest.raises(AssertionError) as info:
        assert_no_variance_shift(model, x)
    text = str(info.value)
    assert text.startswith("1 of 1 BatchNorm layer of `Sequential` see a different variance in training than at "
                           "inference (variance shift > 1.01):")
    assert "`2`: " in text and "fed by `1` `nn.Dropout(p=0.5)` (dropout)" in text and "fix: move the dropout" in text
    assert model.training and all(torch.equal(v, model.state_dict()[k]) for k, v in state.items())


class Noise(nn.Module):
    def forward(self, x):
        return x + torch.randn_like(x)  # <- draw


def test_assert_eval_deterministic_passes_and_names_the_draw():
    x = torch.randn(4, 8)
    assert_eval_deterministic(shifted(), x)  # dropout is off in eval mode
    model = nn.Sequential(nn.Linear(8, 8), Noise(), nn.Linear(8, 2))
    with pytest.raises(AssertionError) as info:
        assert_eval_deterministic(model, x)
    text = str(info.value)
    line = next(i for i, t in enumerate(Path(__file__).read_text().splitlines(), 1) if t.endswith("# <- draw"))
    assert text.startswith("`Sequential` is not deterministic in eval mode: two passes on the same input differ")
    assert "the first module whose output differs: `1`" in text
    assert f"random in eval mode: `1` `torch.randn_like` in `Noise` (random draw) at {__file__}:{line}" in text
    assert model.training  # its mode came back
