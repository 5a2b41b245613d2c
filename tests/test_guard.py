"""bnlint.guard: every report kind, at the user's line, with the static rules' codes and wording; silence for
correct code and for stated intent (allow=, mc_dropout, training=True, # noqa); the actions; zero cost when off."""

from __future__ import annotations

import copy
import io
import logging
import pickle
import warnings
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from torch import nn  # noqa: E402
from torch.nn import functional as F  # noqa: E402

import bnlint  # noqa: E402
from bnlint.guard import GuardError, GuardWarning, registry  # noqa: E402

pytestmark = pytest.mark.torch
HERE = str(Path(__file__).resolve())
SOURCE = Path(__file__).read_text().splitlines()


def line(marker: str) -> int:
    """The line of this file that ends with `# <- marker`."""
    found = [i for i, text in enumerate(SOURCE, start=1) if text.rstrip().endswith(f"# <- {marker}")]
    assert len(found) == 1, (marker, found)
    return found[0]


def hooks() -> int:
    from torch.nn.modules import module

    return len(module._global_forward_pre_hooks) + len(module._global_forward_hooks)


class Net(nn.Module):
    def __init__(self, p: float = 0.5):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(8, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Dropout(p))
        self.head = nn.Linear(16, 2)

    def forward(self, x):
        return self.head(self.body(x))


class Plain(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 2)

    def forward(self, x):
        return self.fc(x)


X = torch.randn(6, 8)


def collect(model, **kw):
    """A guard that only keeps its findings (in .diagnostics)."""
    return bnlint.guard(model, action=lambda d: None, **kw)


@pytest.fixture(autouse=True)
def _no_hooks_left():
    yield
    left = list(registry._guards)
    for g in left:
        g.remove()
    assert hooks() == 0 and not left, "a guard was left active"


# ------------------------------------------------------------------ BN101 inference in train mode
def test_inference_in_train_mode_is_bn101_at_the_call():
    model = Net()
    with collect(model) as g:
        with torch.no_grad():
            model(X)  # <- BN101
    (d,) = g.diagnostics
    assert (d.code, d.name, d.path, d.line) == ("BN101", "inference-without-eval", HERE, line("BN101"))
    assert d.message.startswith("`model` runs for inference (with gradients off: torch.no_grad()) without "
                                "`model.eval()` before it: it is still in train mode (`body.1` (BatchNorm1d) and 1 more "
                                "layer training)")
    assert d.message.endswith("call `model.eval()` first")


def test_inference_mode_and_a_submodule_called_directly():
    model = Net()
    with collect(model) as g, torch.inference_mode():
        model.body(X)  # <- body
    (d,) = g.diagnostics
    assert d.line == line("body") and "inside torch.inference_mode()" in d.message
    assert d.message.startswith("`model.body` runs for inference")


def test_once_per_site_and_a_second_site_is_reported_too():
    model = Net()
    with collect(model) as g, torch.no_grad():
        for _ in range(5):
            model(X)
        model(X)
    assert [d.code for d in g.diagnostics] == ["BN101", "BN101"]


@pytest.mark.parametrize("setup", ["eval", "no_layers"])
def test_correct_inference_is_silent(setup):
    model = Net().eval() if setup == "eval" else Plain()
    with collect(model) as g, torch.no_grad():
        model(X)
    assert g.diagnostics == []


def test_training_flag_assigned_on_the_model_does_not_reach_its_layers():
    model = Net()
    model.training = False  # BN105: only the model's own flag
    with collect(model) as g, torch.no_grad():
        model(X)
    (d,) = g.diagnostics
    assert "with `body.1` (BatchNorm1d) still in train mode (`model.training = False` and the eval() of another " \
           "part do not reach it)" in d.message


def test_train_mode_set_on_purpose_before_the_forward_is_silent_until_a_training_step():
    model = Net()
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    with collect(model) as g:
        model.train()  # recomputing the BatchNorm statistics, as torch.optim.swa_utils.update_bn does
        with torch.no_grad():
            model(X)
        model.body[1].train()
        with torch.no_grad():
            model(X)
        model(X).sum().backward()  # a training step: train mode is the training's now
        opt.step()
        with torch.no_grad():
            model(X)  # <- after training
    assert [(d.code, d.line) for d in g.diagnostics] == [("BN101", line("after training"))]


def test_mc_dropout_by_module_modes_and_by_the_context_is_silent():
    model = Net().eval()
    for m in model.modules():
        if isinstance(m, nn.Dropout):
            m.train()  # Monte Carlo dropout, done by hand: the model itself is in eval mode
    with collect(model) as g, torch.no_grad():
        model(X)
    assert g.diagnostics == []
    model.eval()
    with collect(model) as g, torch.no_grad(), bnlint.mc_dropout(model):
        a, b = model(X), model(X)
        assert not torch.equal(a, b)  # the dropout layers are on
        assert not model.body[1].training  # BatchNorm is not
    assert g.diagnostics == [] and not model.body[3].training


# ------------------------------------------------------------------ actions, allow, noqa
def test_warn_points_the_warning_at_the_users_line():
    model = Net()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        with bnlint.guard(model), torch.no_grad():
            model(X)  # <- warned
    (w,) = [w for w in caught if issubclass(w.category, GuardWarning)]
    assert (w.filename, w.lineno) == (HERE, line("warned"))
    assert str(w.message).startswith("BN101 `model` runs for inference")


def test_raise_stops_at_the_call_and_log_logs(caplog):
    model = Net()
    with bnlint.guard(model, action="raise"), torch.no_grad():
        with pytest.raises(GuardError) as info:
            model(X)
    assert info.value.diagnostic.code == "BN101" and "test_guard.py:" in str(info.value)
    with caplog.at_level(logging.WARNING, logger="bnlint.guard"):
        with bnlint.guard(model, action="log"), torch.no_grad():
            model(X)
    assert any("BN101" in r.getMessage() for r in caplog.records)


@pytest.mark.parametrize("allow", [["BN101"], ["BN1"], ["body"], [nn.BatchNorm1d, nn.Dropout]])
def test_allow_states_intent(allow):
    model = Net()
    with collect(model, allow=allow) as g, torch.no_grad():
        model(X)
    assert g.diagnostics == []


def test_noqa_at_the_line_silences():
    model = Net()
    with collect(model) as g, torch.no_grad():
        model(X)  # noqa: BN101
    assert g.diagnostics == []


def test_bad_arguments():
    with pytest.raises(TypeError, match="needs a torch.nn.Module"):
        bnlint.guard(object())
    with pytest.raises(ValueError, match="action must be one of warn, raise, log"):
        bnlint.guard(Net(), action="explode")


# ------------------------------------------------------------------ BN103 a training step in eval mode
def _train_step(model, opt):
    opt.zero_grad()
    loss = model(X).pow(2).mean()
    loss.backward()  # <- backward
    opt.step()


def test_training_after_validation_without_train_is_bn103_at_the_backward():
    model = Net()
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    with collect(model) as g:
        model.train()
        for epoch in range(3):
            for _ in range(2):
                _train_step(model, opt)
            model.eval()
            with torch.no_grad():
                model(X)
    (d,) = g.diagnostics
    assert (d.code, d.name, d.line) == ("BN103", "train-mode-not-restored", line("backward"))
    assert d.message.startswith("`model` reaches this training step in eval mode")
    assert d.related[0][2] == "the forward pass ran here with `model` in eval mode"


def test_train_restored_each_epoch_and_input_gradients_in_eval_are_silent():
    model = Net()
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    with collect(model) as g:
        for epoch in range(2):
            model.train()
            _train_step(model, opt)
            model.eval()
            x = X.clone().requires_grad_(True)  # an adversarial example: gradients of the input, in eval mode
            torch.autograd.grad(model(x).sum(), [x])
            x2 = X.clone().requires_grad_(True)
            model(x2).sum().backward(inputs=[x2])
    assert g.diagnostics == []


def test_a_model_only_ever_trained_in_eval_mode_is_not_bn103():
    model = Net().eval()  # trained in eval mode on purpose from the start (frozen statistics)
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    with collect(model) as g:
        _train_step(model, opt)
    assert g.diagnostics == []


# ------------------------------------------------------------------ BN202 frozen BatchNorm still training
class Finetune(nn.Module):
    def __init__(self):
        super().__init__()
        self.backbone = nn.Sequential(nn.Linear(8, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Linear(16, 16),
                                      nn.BatchNorm1d(16))
        self.head = nn.Linear(16, 2)

    def forward(self, x):
        return self.head(self.backbone(x))


def test_frozen_backbone_in_train_mode_is_bn202():
    model = Finetune()
    model.backbone.requires_grad_(False)
    with collect(model) as g:
        model.train()
        model(X).sum().backward()  # <- frozen
    (d,) = g.diagnostics
    assert (d.code, d.name, d.line) == ("BN202", "frozen-batchnorm-still-training", line("frozen"))
    assert d.message.startswith("`model.backbone` is frozen (requires_grad=False) but still in train mode when the "
                                "model trains (this forward pass updates the running statistics of `model.backbone.1` "
                                "and 1 more BatchNorm layer)")
    assert "call `model.backbone.eval()` after each `model.train()`" in d.message


def test_frozen_backbone_put_in_eval_and_a_trainable_model_are_silent():
    model = Finetune()
    model.backbone.requires_grad_(False)
    with collect(model) as g:
        model.train()
        model.backbone.eval()
        model(X).sum().backward()
        Finetune().train()(X).sum().backward()
    assert g.diagnostics == []


# ------------------------------------------------------------------ functional calls in eval mode
class Functional(nn.Module):
    def __init__(self, how: str):
        super().__init__()
        self.fc = nn.Linear(8, 8)
        self.how = how

    def forward(self, x):
        x = self.fc(x)
        if self.how == "default":
            x = F.dropout(x, 0.3)  # <- BN002
        elif self.how == "flag":
            x = F.dropout(x, 0.3, training=self.training)
        elif self.how == "intent":
            x = F.dropout(x, 0.3, training=True)
        elif self.how in ("sdpa", "sdpa-flag"):
            q = x.view(2, 3, 1, 8)
            p = 0.2 if self.how == "sdpa" or self.training else 0.0
            x = F.scaled_dot_product_attention(q, q, q, dropout_p=p).view(6, 8)  # <- BN004
        return x


@pytest.mark.parametrize("how, code", [("default", "BN002"), ("sdpa", "BN004")])
def test_functional_dropout_left_on_in_eval(how, code):
    model = Functional(how).eval()
    with collect(model) as g:
        model(X)
    (d,) = g.diagnostics
    assert (d.code, d.line) == (code, line(code))
    if code == "BN002":
        assert d.message == ("`F.dropout` without `training=` defaults to training=True: dropout stays on after "
                             "model.eval() (`Functional` is in eval mode here); pass `training=self.training`")
    if code == "BN004":
        assert d.message.startswith("`F.scaled_dot_product_attention` applies `dropout_p=0.2` in eval mode too")


@pytest.mark.parametrize("how", ["flag", "intent", "sdpa-flag"])
def test_functional_dropout_that_follows_the_mode_or_states_intent_is_silent(how):
    model = Functional(how).eval()
    with collect(model) as g:
        model(X)
    assert g.diagnostics == []


def test_functional_dropout_in_train_mode_and_in_mc_dropout_is_silent():
    model = Functional("default")
    with collect(model) as g:
        model(X)  # train mode: dropout is meant to be on
        model.eval()
        with bnlint.mc_dropout():
            model(X)
    assert g.diagnostics == []


class Noise(nn.Module):
    def forward(self, x):
        return x + torch.randn_like(x) * 0.1  # <- BN003


class GatedNoise(nn.Module):
    def forward(self, x):
        return x + torch.randn_like(x) if self.training else x


class NoiseArgument(nn.Module):  # the caller decides (a noise argument): left alone, as the static rule does
    def forward(self, x, noise=None):
        return x + (torch.randn_like(x) if noise is None else noise)


@pytest.mark.parametrize("layer, expected", [(Noise, ["BN003"]), (GatedNoise, []), (NoiseArgument, [])])
def test_random_draws_in_eval_mode(layer, expected):
    model = nn.Sequential(nn.Linear(8, 8), layer(), nn.LazyLinear(4)).eval()  # LazyLinear draws its init: torch's
    with collect(model) as g:
        a, b = model(X), model(X)
    assert [d.code for d in g.diagnostics] == expected
    if expected:
        d = g.diagnostics[0]
        assert d.line == line("BN003") and not torch.equal(a, b)
        assert d.message.startswith("`Noise.forward` draws random numbers (`torch.randn_like` at line "
                                    f"{line('BN003')}) but never reads `self.training`")


def test_stated_mc_intent_silences_random_draws():
    model = nn.Sequential(nn.Linear(8, 8), Noise()).eval()
    with collect(model) as g:
        with bnlint.mc_dropout():
            model(X)
    with collect(model, allow=["BN003"]) as g2:
        model(X)
    assert g.diagnostics == [] and g2.diagnostics == []


# ------------------------------------------------------------------ BN005 a mode layer built in forward
class BuiltInForward(nn.Module):
    def __init__(self, kind: str):
        super().__init__()
        self.fc = nn.Linear(8, 8)
        self.kind = kind
        self.kept = [nn.Dropout(0.5)]  # a plain list: not a submodule, but not built in forward either

    def forward(self, x):
        x = self.fc(x)
        if self.kind == "dropout":
            return nn.Dropout(0.5)(x)  # <- BN005
        if self.kind == "batchnorm":
            return nn.BatchNorm1d(8)(x)  # <- BN005bn
        if self.kind == "attention":
            return nn.MultiheadAttention(8, 2, dropout=0.1)(x, x, x)[0]  # <- BN005mha
        if self.kind == "attention without dropout":
            return nn.MultiheadAttention(8, 2)(x, x, x)[0]
        return self.kept[0](x)


@pytest.mark.parametrize("kind, built, effect, marker", [
    ("dropout", "nn.Dropout(0.5)", "dropout stays on at inference", "BN005"),
    ("batchnorm", "nn.BatchNorm1d(8)", "it normalises with the batch's statistics at inference", "BN005bn"),
    ("attention", "nn.MultiheadAttention(8, 2, dropout=0.1)", "it behaves as in training at inference", "BN005mha")])
def test_a_mode_layer_built_in_forward_is_bn005(kind, built, effect, marker):
    model = BuiltInForward(kind)
    with collect(model) as g:
        model(X)  # reported in train mode too: model.eval() will never reach it
    (d,) = g.diagnostics
    assert (d.code, d.name, d.line) == ("BN005", "mode-layer-built-in-forward", line(marker))
    assert d.message == (f"`{built}` is built while the model runs, so it is a new module in training mode at every "
                         f"call: it never follows model.eval() ({effect}); build it once in `__init__` (`self.layer = "
                         f"{built.split('(')[0]}(...)`) and call that")


def test_a_layer_kept_elsewhere_and_another_model_called_in_forward_are_not_bn005():
    teacher = Net()

    class Student(nn.Module):
        def __init__(self):
            super().__init__()
            self.fc = nn.Linear(8, 2)
            object.__setattr__(self, "teacher", teacher)  # not a submodule, on purpose

        def forward(self, x):
            return self.fc(x) + self.teacher(x)

    student = Student()
    with collect(student) as g:
        student(X)
        BuiltInForward("kept")(X)
        BuiltInForward("attention without dropout")(X)  # the same in either mode
    assert g.diagnostics == []


# ------------------------------------------------------------------ cost when off, the model stays a model
def test_no_hook_without_a_guard_and_none_left_after_one():
    train = nn.Module.train
    assert hooks() == 0
    g = bnlint.guard(Net())
    assert hooks() == 2 and nn.Module.train is not train  # train() calls are noted while a guard is active
    g2 = bnlint.guard(Net())
    g.remove()
    assert hooks() == 2  # the other guard still needs them
    g2.remove()
    g2.remove()
    assert hooks() == 0 and nn.Module.train is train


def test_a_guarded_model_pickles_and_deep_copies():
    model = Net()
    with collect(model) as g:
        buffer = io.BytesIO()
        torch.save(model, buffer)
        pickle.dumps(model)
        ema = copy.deepcopy(model)
        with torch.no_grad():
            ema(X)  # not guarded: a copy is another model
    assert g.diagnostics == []


def test_bnlints_own_measurements_are_not_reported():
    from bnlint.testing import assert_no_variance_shift

    model = nn.Sequential(nn.Linear(8, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Linear(16, 2))
    with collect(model) as g:
        assert_no_variance_shift(model, torch.randn(32, 8))  # runs BatchNorm in train mode under no_grad
        bnlint.variance_shift(model, torch.randn(32, 8))
    assert g.diagnostics == []


def test_the_package_is_the_function():
    import bnlint.guard as package

    assert bnlint.guard is package and callable(package)
    with package(Net(), action=lambda d: None) as g:
        assert g.active and "active" in repr(g)
    assert not g.active


def test_reading_the_call_from_its_line_where_python_has_no_positions(tmp_path):
    """Before Python 3.11 frames have no column positions: the call is found on its line by its name."""
    from types import SimpleNamespace

    from bnlint.guard import frames

    path = tmp_path / "m.py"
    path.write_text("y = self.fc(F.dropout(x, 0.3, training=self.training))\nz = F.dropout(x, 0.3)\n")

    def frame(lineno):
        code = type("Code", (), {"co_filename": str(path)})()  # no co_positions
        return SimpleNamespace(f_code=code, f_lineno=lineno, f_lasti=-1)

    assert frames.passes_argument(frames.call_at(frame(1), "dropout"), "training", 2)
    assert not frames.passes_argument(frames.call_at(frame(2), "dropout"), "training", 2)
    assert frames.passes_argument(None, "training", 2)  # no source: no guess
