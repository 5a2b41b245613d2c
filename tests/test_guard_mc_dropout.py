"""bnlint.mc_dropout as its docstring says: a context manager with or without a model, and a decorator bare
(`@bnlint.mc_dropout`), called (`@bnlint.mc_dropout()`) and with a model (`@bnlint.mc_dropout(model)`)."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")

from torch import nn  # noqa: E402

import bnlint  # noqa: E402
from bnlint.guard import intent, registry  # noqa: E402

pytestmark = pytest.mark.torch
X = torch.randn(6, 8)


class Noise(nn.Module):
    def forward(self, x):
        return x + torch.randn_like(x) * 0.1  # BN003 in eval mode, unless the intent is stated


def net():
    return nn.Sequential(nn.Linear(8, 16), nn.BatchNorm1d(16), nn.Dropout(0.5), Noise()).eval()


def collect(model):
    return bnlint.guard(model, action=lambda d: None)


@pytest.fixture(autouse=True)
def _no_hooks_left():
    yield
    for g in list(registry._guards):
        g.remove()


@bnlint.mc_dropout
def bare(model, x, scale=1.0):
    """Samples with the intent stated."""
    assert intent.active()
    return model(x) * scale


@bnlint.mc_dropout()
def called(model, x):
    assert intent.active()
    return model(x)


def test_bare_decorator_states_the_intent_and_keeps_the_function():
    model = net()
    with collect(model) as g:
        out = bare(model, X, scale=2.0)
    assert out.shape == (6, 16) and g.diagnostics == [] and not intent.active()
    assert bare.__name__ == "bare" and bare.__doc__ == "Samples with the intent stated."
    with collect(model) as g:
        model(X)  # outside the decorated function the intent is not stated
    assert [d.code for d in g.diagnostics] == ["BN003"]


def test_called_decorator_states_the_intent():
    model = net()
    with collect(model) as g:
        called(model, X)
    assert g.diagnostics == [] and not intent.active() and called.__name__ == "called"


def test_decorator_with_a_model_switches_its_dropout_layers_on_for_the_call():
    model = net()

    @bnlint.mc_dropout(model)
    def sample(x):
        assert model[2].training and not model[1].training
        return model(x)

    with collect(model) as g, torch.no_grad():
        assert not torch.equal(sample(X), sample(X))
    assert g.diagnostics == [] and not model[2].training


def test_context_manager_with_and_without_a_model():
    model = net()
    with bnlint.mc_dropout(model) as held:
        assert held is model and model[2].training and not model[1].training and intent.active()
    assert not model[2].training and not intent.active()
    with bnlint.mc_dropout():
        assert intent.active()
    assert not intent.active()


def test_a_module_is_a_model_not_a_function_to_wrap():
    model = net()
    stated = bnlint.mc_dropout(model)
    assert isinstance(stated, bnlint.mc_dropout) and stated.model is model
