"""bnlint verify explains itself and stays usable by default: why BatchNorm layers stay shifted after the fix
(the stochastic layers fix_model left, Uout's compounding), the time budget for the automatic number of passes,
and the progress display. The models here are also verify's targets (`--model tests/test_verify_explain.py:X`)."""

from __future__ import annotations

import io
import json
import time
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from torch import nn  # noqa: E402
from torch.nn import functional as F  # noqa: E402

pytestmark = pytest.mark.torch
HERE = Path(__file__).resolve()


def line(marker: str) -> int:
    (found,) = [i for i, t in enumerate(HERE.read_text().splitlines(), 1) if t.rstrip().endswith(f"# <- {marker}")]
    return found


class DropPath(nn.Module):
    def __init__(self, p: float = 0.5):
        super().__init__()
        self.p = p

    def forward(self, x):
        if not self.training:
            return x
        keep = x.new_empty(x.shape[0], 1).bernoulli_(1 - self.p)
        return x * keep / (1 - self.p)


class DropPathNet(nn.Module):
    """Stochastic depth on a residual branch that feeds a BatchNorm: fix_model does not move it."""

    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 16)
        self.branch = nn.Linear(16, 16)
        self.dp = DropPath(0.5)
        self.bn = nn.BatchNorm1d(16)
        self.head = nn.Linear(16, 2)

    def forward(self, x):
        x = self.fc(x)
        return self.head(self.bn(x + self.dp(self.branch(x))))


class AttentionNet(nn.Module):
    """Attention dropout (gated by the mode, as it should be) feeding a BatchNorm."""

    def __init__(self):
        super().__init__()
        self.qkv = nn.Linear(8, 24)
        self.bn = nn.BatchNorm1d(8)
        self.head = nn.Linear(8, 2)

    def forward(self, x):
        q, k, v = self.qkv(x.view(-1, 4, 8)).chunk(3, dim=-1)
        h = F.scaled_dot_product_attention(q, k, v, dropout_p=0.3 if self.training else 0.0)  # <- sdpa
        return self.head(self.bn(h.mean(1)))


class Mixer(nn.Module):
    """Functional dropout inside a layer torch.fx cannot trace: fix_model keeps the layer whole."""

    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(16, 16)

    def forward(self, x):
        if float(x.abs().mean()) > 100:  # data-dependent control flow
            x = x * 0.5
        return self.lin(F.dropout(x, 0.4, training=self.training))  # <- mixer dropout


class MixNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 16)
        self.mix = Mixer()
        self.bn = nn.BatchNorm1d(16)
        self.head = nn.Linear(16, 2)

    def forward(self, x):
        return self.head(self.bn(self.mix(self.fc(x))))


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(16, 16)
        self.drop = nn.Dropout(0.5)
        self.bn = nn.BatchNorm1d(16)

    def forward(self, x):
        return self.bn(self.drop(F.relu(self.fc(x)) + 1.0))  # dropout of an input with a mean, before BN


class Stacked(nn.Module):
    def __init__(self):
        super().__init__()
        self.inp = nn.Linear(8, 16)
        self.blocks = nn.Sequential(*[Block() for _ in range(3)])
        self.head = nn.Linear(16, 2)

    def forward(self, x):
        return self.head(self.blocks(self.inp(x)))


class Slow(nn.Module):
    """Stands for a big model: 20 ms a forward pass."""

    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(8, 16), nn.Dropout(0.5), nn.BatchNorm1d(16), nn.ReLU(), nn.Linear(16, 2))

    def forward(self, x):
        time.sleep(0.02)
        return self.body(x)


def verify(cls, strategy="move", passes=8, **kw):
    from bnlint.verify.measure import verify as run

    torch.manual_seed(0)
    return run(cls(), torch.randn(64, 8), strategy=strategy, passes=passes, **kw)


def why(result):
    return result.checks["variance_shift"].data["explanation"]


# ------------------------------------------------------------------ explanations
def test_drop_path_left_in_place_is_named_with_what_to_do():
    result = verify(DropPathNet)
    assert result.checks["variance_shift"].passed is False
    (text,) = why(result)
    assert text.startswith("`dp` `DropPath` (drop path) still feeds 1 shifted BatchNorm layer (worst `bn` ")
    assert "fix_model leaves stochastic depth in place" in text and "lower drop path rate" in text


def test_attention_dropout_is_named():
    (text,) = why(verify(AttentionNet))
    assert text.startswith(f"`F.scaled_dot_product_attention(dropout_p=0.3)` (attention dropout at "
                           f"tests/test_verify_explain.py:{line('sdpa')}) still feeds 1 shifted BatchNorm layer (worst `bn`")
    assert "set it to 0 where a BatchNorm follows" in text


def test_functional_dropout_kept_inside_an_untraceable_layer_is_named_with_its_line():
    result = verify(MixNet)
    assert any("torch.fx cannot trace `mix`" in w for w in result.warnings)
    (text,) = why(result)
    assert text.startswith(f"`mix` `F.dropout(p=0.4)` (functional dropout at tests/test_verify_explain.py:"
                           f"{line('mixer dropout')}) still feeds 1 shifted BatchNorm layer")
    assert "write it as an nn.Dropout module" in text


def test_uout_compounding_is_explained_and_move_suggested():
    result = verify(Stacked, strategy="uout", passes=16)
    (text,) = why(result)
    assert text.startswith("3 shifted BatchNorm layers (worst `blocks.") and "are fed only by Uout and stay above " \
        f"{result.limit:.4f} (3 Uout layers in the model)" in text
    assert "--strategy move removes the shift altogether" in text
    assert verify(Stacked, strategy="move").checks["variance_shift"].passed  # and move does


def test_a_fix_that_passes_needs_no_explanation():
    result = verify(Slow, strategy="move")
    assert result.checks["variance_shift"].passed and why(result) == []


def test_text_and_json_reports_carry_the_explanation():
    from click.testing import CliRunner

    from bnlint.cli import main

    spec = f"{HERE}:DropPathNet"
    out = CliRunner().invoke(main, ["verify", "--model", spec, "--input-shape", "64,8", "--passes", "8"])
    assert out.exit_code == 1
    assert "    why: `dp` `DropPath` (drop path) still feeds 1 shifted BatchNorm layer" in out.stdout
    assert "  passes: 8 per measurement (--passes)" in out.stdout
    out = CliRunner().invoke(main, ["verify", "--model", spec, "--input-shape", "64,8", "--output-format", "json"])
    check = json.loads(out.stdout)["models"][0]["checks"]["variance_shift"]
    assert check["explanation"][0].startswith("`dp` `DropPath`")
    assert check["passes"]["wanted"] == 256 and check["passes"]["budget_s"] == 30.0
    assert 4 <= check["passes"]["used"] <= 256 and check["passes"]["seconds_per_pass"] > 0


# ------------------------------------------------------------------ the time budget
def test_budget_cuts_the_passes_of_a_slow_model_and_keeps_a_small_ones():
    from bnlint.verify import budget

    x = torch.randn(64, 8)
    small = budget.choose(DropPathNet(), x, budget=600.0)  # a pass of this model takes about a millisecond
    assert (small.used, small.wanted, small.limited) == (256, 256, False)
    assert small.describe().startswith("256 per measurement (enough for ~16k values per channel;")
    slow = budget.choose(Slow(), x, budget=1.0)
    assert slow.wanted == 256 and 8 <= slow.used <= 25 and slow.limited  # 1 s / (2 models x 20 ms) - 1 = 24
    assert slow.seconds_per_pass >= 0.02
    assert "not the 256 wanted for ~16k values per channel" in slow.describe()
    assert "a --time-budget of 1 s" in slow.describe()
    floor = budget.choose(Slow(), x, budget=0.01)
    assert floor.used == 4 and "(the fewest the measurement is run with)" in floor.describe()
    model = Slow()
    state = {k: v.clone() for k, v in model.state_dict().items()}
    budget.choose(model, x)  # times a train-mode pass: the BatchNorm statistics come back
    assert model.training and all(torch.equal(v, model.state_dict()[k]) for k, v in state.items())
    assert budget.choose(Slow(), x, given=3) == budget.Passes(3, 3)


def test_verify_of_a_slow_model_keeps_to_its_budget():
    start = time.perf_counter()
    result = verify(Slow, passes=None, budget=1.5)
    assert result.passed and result.passes.limited
    assert result.seconds["shift"] < 3.0 and time.perf_counter() - start < 6.0  # 256 passes would take 10 s


def test_time_budget_must_be_positive():
    from click.testing import CliRunner

    from bnlint.cli import main

    out = CliRunner().invoke(main, ["verify", "--model", f"{HERE}:Slow", "--time-budget", "0"])
    assert out.exit_code == 2 and "--time-budget" in out.output


# ------------------------------------------------------------------ progress
def candidates():
    from bnlint.verify.sources import Candidate

    return [Candidate("DropPathNet", "nets.py:DropPathNet", DropPathNet), Candidate("Slow", "nets.py:Slow", Slow)]


def options():
    from bnlint.verify.execute import Options

    return Options(torch.device("cpu"), input_shape=(64, 8), passes=4)


def test_progress_lines_per_model_and_per_pass_off_a_terminal():
    from bnlint.verify.execute import run
    from bnlint.verify.progress import Progress

    stream = io.StringIO()
    results = run(candidates(), options(), Progress(stream, delay=0.0, tty=False))
    assert [r.name for r in results] == ["DropPathNet", "Slow"]
    lines = stream.getvalue().splitlines()
    assert all(t.startswith("bnlint verify: [") for t in lines)
    assert any(t.startswith("bnlint verify: [1/2] nets.py:DropPathNet: building the model on cpu (") for t in lines)
    assert any(t.startswith("bnlint verify: [2/2] nets.py:Slow: variance shift before the fix, pass 5/5 (")
               for t in lines)
    assert any("[2/2] nets.py:Slow: variance shift after the fix" in t for t in lines)


def test_progress_on_a_terminal_rewrites_one_line_and_clears_it():
    from bnlint.verify.execute import run
    from bnlint.verify.progress import Progress

    stream = io.StringIO()
    run(candidates()[1:], options(), Progress(stream, delay=0.0, tty=True))
    shown = stream.getvalue()
    assert "\n" not in shown and shown.startswith("\rnets.py:Slow: ") and shown.endswith("\r")
    assert "variance shift after the fix, pass 5/5" in shown


def test_short_runs_and_no_progress_print_nothing():
    from click.testing import CliRunner

    from bnlint.cli import main
    from bnlint.verify.progress import Progress

    stream = io.StringIO()
    progress = Progress(stream, tty=False)  # the default delay: 2 s before anything is shown
    progress.model(1, 1, "net")
    progress.tick(3, 9)
    assert stream.getvalue() == ""
    disabled = Progress(stream, enabled=False, delay=0.0)
    disabled.model(1, 2, "net")
    assert stream.getvalue() == ""
    out = CliRunner().invoke(main, ["verify", "--model", f"{HERE}:Stacked", "--input-shape", "64,8", "--passes", "8",
                                    "--no-progress"])
    assert out.exit_code == 0 and "bnlint verify:" not in out.stderr
