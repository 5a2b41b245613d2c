"""`bnlint verify` through the CLI (in-process, CliRunner) and bnlint.variance_shift from Python."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from click.testing import CliRunner  # noqa: E402

from bnlint.cli import main  # noqa: E402

pytestmark = pytest.mark.torch

MODELS = Path(__file__).resolve().parent / "verify_models.py"
DEVICES = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])


def spec(name: str) -> str:
    return f"{MODELS}:{name}"


def verify(*args: str, auto_passes: bool = False):
    # 16 passes are plenty for the move fix (no stochastic layer left before a BN: the shift is exactly 1);
    # the automatic count (up to 256 passes for these small inputs) is for Uout's small shift.
    extra = [] if auto_passes or "--passes" in args else ["--passes", "16"]
    result = CliRunner().invoke(main, ["verify", *args, *extra])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    return result


def verify_json(*args: str, auto_passes: bool = False):
    result = verify(*args, "--output-format", "json", auto_passes=auto_passes)
    return result, json.loads(result.stdout)


# ------------------------------------------------------------------ the verdicts
@pytest.fixture(scope="module")
def shifted_move():
    return verify_json("--model", spec("ShiftedNet"), "--input-shape", "32,8", "--device", "cpu")


def test_unfixed_model_fails_before_the_fix_and_passes_after(shifted_move):
    result, report = shifted_move
    assert result.exit_code == 0
    model = report["models"][0]
    assert model["shift"]["before"]["passed"] is False
    assert model["shift"]["before"]["max"] > 1.5  # dropout 0.5 right before BN: about 2
    assert model["shift"]["before"]["shifted"] == 1
    assert model["shift"]["after"]["passed"] is True
    assert model["shift"]["after"]["max"] <= 1.01
    assert model["passed"] is True and report["passed"] is True
    assert {k: c["passed"] for k, c in model["checks"].items()} == {
        "variance_shift": True, "eval_equivalence": True, "eval_determinism": True, "state_dict": True}
    assert model["checks"]["eval_equivalence"]["max_abs_diff"] == 0
    assert any("removed" in c for c in model["changes"]) and any("inserted" in c for c in model["changes"])


def test_text_report_shows_before_fail_and_after_pass():
    result = verify("--model", spec("ShiftedNet"), "--input-shape", "32,8", "--device", "cpu")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    before = next(line for line in lines if line.strip().startswith("before:"))
    after = next(line for line in lines if line.strip().startswith("after:"))
    assert before.endswith("FAIL") and "1 of 1 shifted > 1.02" in before
    assert after.endswith("PASS") and "0 of 1 shifted" in after
    assert any("body.2" in line for line in lines)  # the BN layer in the table
    assert "1 model verified: 1 passed, 0 failed" in result.stdout
    assert "time:" in result.stdout and "on cpu" in result.stdout


@pytest.mark.parametrize("device", DEVICES)
def test_uout_passes_within_its_own_bound(device):
    result, report = verify_json("--model", spec("ShiftedNet"), "--input-shape", "64,8", "--strategy", "uout",
                                 "--beta", "0.2", "--device", device, auto_passes=True)
    model = report["models"][0]
    assert result.exit_code == 0, model
    assert model["limit"] == pytest.approx(1 + 0.2 ** 2 / 3 + 0.01)
    assert 1.0 < model["shift"]["after"]["max"] <= model["limit"]
    assert model["changes"] == ["`body.1` (nn.Dropout, p=0.5) replaced by Uout(beta=0.2)"]
    assert report["device"].startswith(device)


def test_model_without_dropout_passes_with_nothing_to_fix():
    result = verify("--model", spec("PlainNet"), "--input-shape", "16,8")
    assert result.exit_code == 0
    assert "fix: nothing to fix" in result.stdout
    assert "PASS" in result.stdout.splitlines()[-3]


def test_stochastic_layer_on_in_eval_fails_determinism():
    result, report = verify_json("--model", spec("NoisyHead"), "--input-shape", "16,8")
    assert result.exit_code == 1
    checks = report["models"][0]["checks"]
    assert checks["eval_determinism"]["passed"] is False
    assert checks["eval_determinism"]["max_abs_diff"] > 0
    assert checks["variance_shift"]["passed"] is True  # the noise is after the last BN
    assert report["passed"] is False


def test_original_random_in_eval_is_not_comparable_and_the_fix_makes_it_deterministic(tmp_path):
    leaky = Path(__file__).resolve().parent / "models" / "dropblock.py"
    out = tmp_path / "report.json"
    result = verify("--model", f"{leaky}:LeakyDropBlockNet", "--input-shape", "8,3,8,8", "--output-format", "json",
                    "-o", str(out))
    assert result.stdout == ""  # the report went to the file
    checks = json.loads(out.read_text())["models"][0]["checks"]
    assert checks["eval_equivalence"]["passed"] is None
    assert "the original model is random in eval mode" in checks["eval_equivalence"]["detail"]
    assert checks["eval_determinism"]["passed"] is True  # the leaky DropBlock fed a BN: the fix removed it


def test_strict_state_dict_and_eval_equivalence_for_functional_dropout():
    result, report = verify_json("--model", spec("FunctionalShift"), "--input-shape", "32,8")
    model = report["models"][0]
    assert result.exit_code == 0, model
    assert model["shift"]["before"]["max"] > 1.05
    assert model["checks"]["state_dict"]["keys"] == 11 and model["checks"]["state_dict"]["missing"] == []


# ------------------------------------------------------------------ JSON schema
MODEL_KEYS = {"name", "origin", "passed", "error", "input", "input_shapes", "calibrated", "limit", "changes",
              "warnings", "shift", "layers", "checks", "seconds"}


def test_json_schema(shifted_move):
    _, report = shifted_move
    assert set(report) == {"schema", "bnlint", "torch", "device", "device_name", "strategy", "beta", "passed",
                           "seconds", "skipped", "models"}
    assert report["schema"] == 1 and report["strategy"] == "move" and report["device"] == "cpu"
    model = report["models"][0]
    assert set(model) == MODEL_KEYS
    assert model["input_shapes"] == [[32, 8]] and model["calibrated"] is True
    assert set(model["shift"]["before"]) == {"layers", "shifted", "max", "mean", "passed"}
    assert model["layers"] == [{
        "index": 0, "name": "body.2", "channels": 16, "before": model["shift"]["before"]["max"],
        "after": model["shift"]["after"]["max"], "var_train_before": model["layers"][0]["var_train_before"],
        "var_eval_before": model["layers"][0]["var_eval_before"]}]
    assert model["layers"][0]["var_train_before"] > model["layers"][0]["var_eval_before"]
    for check in model["checks"].values():
        assert {"passed", "detail"} <= set(check)
    assert set(model["seconds"]) == {"build", "fix", "shift", "compare", "total"}


# ------------------------------------------------------------------ inputs
def test_data_file_is_used_as_input(tmp_path):
    data = tmp_path / "batch.pt"
    torch.save(torch.randn(24, 8), data)
    result, report = verify_json("--model", spec("ShiftedNet"), "--data", str(data))
    model = report["models"][0]
    assert result.exit_code == 0
    assert model["input_shapes"] == [[24, 8]] and model["input"] == f"--data {data}"


def test_data_tuple_for_a_model_with_two_inputs(tmp_path):
    data = tmp_path / "pair.pt"
    torch.save((torch.randn(16, 8), torch.randn(16, 4)), data)
    result, report = verify_json("--model", spec("TwoInputs"), "--data", str(data))
    assert result.exit_code == 0, report
    assert report["models"][0]["input_shapes"] == [[16, 8], [16, 4]]
    assert report["models"][0]["shift"]["before"]["max"] > 1.5


def test_file_argument_verifies_no_argument_classes_and_skips_the_others(tmp_path):
    path = tmp_path / "nets.py"
    path.write_text(textwrap.dedent("""
        import torch.nn as nn

        class Block(nn.Module):
            def __init__(self):
                super().__init__()
                self.seq = nn.Sequential(nn.Linear(6, 6), nn.Dropout(0.5), nn.BatchNorm1d(6))
            def forward(self, x):
                return self.seq(x)

        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.block = Block()
                self.fc = nn.Linear(6, 2)
            def forward(self, x):
                return self.fc(self.block(x))

        class Wide(nn.Module):
            def __init__(self, width):
                super().__init__()
            def forward(self, x):
                return x
    """))
    result, report = verify_json(str(path))
    assert result.exit_code == 0, report
    assert [m["name"] for m in report["models"]] == ["Net"]  # Block is verified inside Net
    assert "guessed from `block.seq.0`" in report["models"][0]["input"]
    assert len(report["skipped"]) == 1 and "`Wide` needs arguments (width)" in report["skipped"][0]


# ------------------------------------------------------------------ bad input: messages, no tracebacks
def _error(result) -> str:
    assert "Traceback" not in result.output
    return result.stderr + result.stdout


@pytest.mark.parametrize("content,expected", [
    (lambda p: torch.save({"a": 1}, p), "expected a tensor, a tuple or list of tensors"),
    (lambda p: p.write_text("not a torch file"), "not a file torch.save wrote"),
    (lambda p: p.write_bytes(b"PK\x03\x04 truncated"), "not a file torch.load can read"),
    (lambda p: torch.save(torch.nn.Linear(2, 2), p), "holds something other than tensors"),
])
def test_bad_data_files(tmp_path, content, expected):
    path = tmp_path / "bad.pt"
    content(path)
    result = verify("--model", spec("ShiftedNet"), "--data", str(path))
    assert result.exit_code == 2
    assert expected in _error(result) and str(path) in _error(result)


def test_missing_data_file(tmp_path):
    result = verify("--model", spec("ShiftedNet"), "--data", str(tmp_path / "nope.pt"))
    assert result.exit_code == 2 and "no such file" in _error(result)


def test_wrong_input_shape_is_a_clear_error():
    result, report = verify_json("--model", spec("ShiftedNet"), "--input-shape", "8,5")
    assert result.exit_code == 1
    error = report["models"][0]["error"]
    assert report["models"][0]["shift"] is None and report["models"][0]["checks"] == {}
    assert "mat1 and mat2 shapes cannot be multiplied" in error
    assert "8x5" in error and "--input-shape" in error


def test_spec_that_does_not_build():
    result = verify("--model", spec("Broken"))
    assert result.exit_code == 1
    out = _error(result)
    assert "building the model failed: ValueError: no config file found" in out
    assert "verify_models.py" in out and "FAIL (not verified)" in out


def test_spec_errors():
    bad = verify("--model", "not a spec")
    assert bad.exit_code == 2 and "expected 'path/to/file.py:factory'" in _error(bad)
    code = verify("--model", f"{MODELS}:shifted(width=__import__('os'))")
    assert code.exit_code == 2 and "arguments must be literals" in _error(code)
    missing = verify("--model", spec("Nope"))
    assert missing.exit_code == 1 and "has no attribute `Nope`" in _error(missing)


def test_spec_with_literal_arguments():
    result, report = verify_json("--model", f"{MODELS}:shifted(width=12, p=0.3)", "--input-shape", "32,8")
    assert result.exit_code == 0
    assert report["models"][0]["layers"][0]["channels"] == 12


def test_user_code_that_fails_on_import_or_exits_while_building(tmp_path):
    broken = tmp_path / "broken.py"
    broken.write_text("import torch.nn as nn\nraise ImportError('needs apex')\n")
    result = verify(str(broken))
    assert result.exit_code == 1
    assert "importing `" in _error(result) and "ImportError: needs apex" in _error(result)
    exits = tmp_path / "exits.py"
    exits.write_text(textwrap.dedent("""
        import sys
        import torch.nn as nn

        class Script(nn.Module):
            def __init__(self):
                super().__init__()
                sys.exit("usage: train.py DATA")
            def forward(self, x):
                return x
    """))
    result = verify("--model", f"{exits}:Script", "--input-shape", "2,2")
    assert result.exit_code == 1 and "called sys.exit('usage: train.py DATA')" in _error(result)


def test_model_that_does_not_fit_on_the_device():
    result = verify("--model", spec("Hog"), "--input-shape", "4,8")
    assert result.exit_code == 1
    assert "does not fit on cpu" in _error(result) and "--device cpu" in _error(result)


def test_usage_errors(tmp_path):
    assert verify().exit_code == 2
    both = verify("--model", spec("ShiftedNet"), "--input-shape", "4,8", "--data", "x.pt")
    assert both.exit_code == 2 and "exclude each other" in _error(both)
    shape = verify("--model", spec("ShiftedNet"), "--input-shape", "4,zero")
    assert shape.exit_code == 2 and "--input-shape" in _error(shape)
    nofile = verify(str(tmp_path / "missing.py"))
    assert nofile.exit_code == 2 and "no such file" in _error(nofile)
    device = verify("--model", spec("ShiftedNet"), "--device", "tpu")
    assert device.exit_code == 2 and "expected auto, cpu, cuda" in _error(device)


@pytest.mark.skipif(torch.cuda.is_available(), reason="CUDA is available here")
def test_cuda_requested_without_cuda():
    result = verify("--model", spec("ShiftedNet"), "--device", "cuda")
    assert result.exit_code == 2 and "no CUDA device is available" in _error(result)


# ------------------------------------------------------------------ --plot
def test_plot_writes_a_png(tmp_path):
    pytest.importorskip("matplotlib")
    png = tmp_path / "shift.png"
    result = verify("--model", spec("ShiftedNet"), "--input-shape", "32,8", "--plot", str(png))
    assert result.exit_code == 0
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000


def test_plot_without_matplotlib_says_how_to_get_it(tmp_path, monkeypatch):
    for name in [m for m in sys.modules if m == "matplotlib" or m.startswith("matplotlib.")]:
        monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import matplotlib raises ImportError
    result = verify("--model", spec("ShiftedNet"), "--plot", str(tmp_path / "shift.png"))
    assert result.exit_code == 2
    assert 'pip install "bnlint[plot]"' in _error(result)
    assert not (tmp_path / "shift.png").exists()


# ------------------------------------------------------------------ Python API, isolation
def test_variance_shift_api_returns_names_and_floats_and_leaves_the_model_alone():
    import bnlint
    from verify_models import PlainNet, ShiftedNet

    torch.manual_seed(0)
    model = ShiftedNet().eval()
    before = {k: v.clone() for k, v in model.state_dict().items()}
    shift = bnlint.variance_shift(model, torch.randn(64, 8))
    assert list(shift) == ["body.2"] and all(type(v) is float for v in shift.values())
    assert shift["body.2"] > 1.5
    assert bnlint.variance_shift(PlainNet(), torch.randn(64, 8)) == {"net.1": 1.0}
    assert not model.training and all(torch.equal(before[k], v) for k, v in model.state_dict().items())


def test_registering_verify_does_not_import_torch():
    code = "import sys, bnlint.cli; assert 'torch' not in sys.modules, 'torch imported'; print('ok')"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0 and out.stdout.strip() == "ok", out.stderr
