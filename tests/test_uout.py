"""bnlint.nn.Uout: the variance formula, eval identity, validation, dtypes and devices; and fixed code that runs."""

from __future__ import annotations

import copy
import pickle

import pytest

torch = pytest.importorskip("torch")

from bnlint.nn import Uout  # noqa: E402
from helpers import fix  # noqa: E402

pytestmark = pytest.mark.torch

DEVICES = ["cpu"] + (["cuda"] if torch.cuda.is_available() else [])


def empirical_ratio(beta: float, mean: float, n: int = 2_000_000, seed: int = 0) -> float:
    torch.manual_seed(seed)
    x = torch.randn(n, dtype=torch.float64) + mean
    y = Uout(beta).train()(x)
    return (y.var() / x.var()).item()


@pytest.mark.parametrize("beta", [0.1, 0.5, 1.0])
def test_train_variance_ratio_for_zero_mean_input_is_one_plus_beta_squared_over_three(beta):
    assert empirical_ratio(beta, 0.0) == pytest.approx(1 + beta ** 2 / 3, rel=0.005)


@pytest.mark.parametrize("beta,c", [(0.5, 2.0), (1.0, -1.0)])
def test_train_variance_with_a_mean(beta, c):
    # Var_train = (1 + beta^2/3)(c^2 + v) - c^2, with v = 1
    expected = (1 + beta ** 2 / 3) * (c ** 2 + 1) - c ** 2
    assert empirical_ratio(beta, c) == pytest.approx(expected, rel=0.01)


def test_mean_is_kept_and_factor_is_within_bounds():
    torch.manual_seed(1)
    x = torch.full((100_000,), 3.0)
    y = Uout(0.2).train()(x)
    assert y.mean().item() == pytest.approx(3.0, rel=0.005)
    assert (y >= 3.0 * 0.8 - 1e-6).all() and (y <= 3.0 * 1.2 + 1e-6).all()
    assert not torch.equal(y, x)


def test_eval_is_the_identity():
    m = Uout(0.5).eval()
    x = torch.randn(4, 8, 3, 3)
    assert m(x) is x
    m.train()
    assert not torch.equal(m(x), x)
    assert Uout(0.0).train()(x) is x


@pytest.mark.parametrize("spatial,shape", [(1, (4, 3, 10)), (2, (4, 3, 5, 5)), (2, (3, 5, 5)), (3, (2, 3, 2, 4, 4))])
def test_channel_wise_noise_is_shared_over_the_spatial_dimensions(spatial, shape):
    torch.manual_seed(0)
    x = torch.ones(shape)
    y = Uout(0.5, spatial=spatial).train()(x)
    per_channel = y.flatten(start_dim=len(shape) - spatial)
    assert torch.equal(per_channel, per_channel[..., :1].expand_as(per_channel))  # one factor per channel
    assert per_channel[..., 0].unique().numel() == per_channel[..., 0].numel()  # a different one for each
    with pytest.raises(ValueError, match="spatial"):
        Uout(0.5, spatial=4)
    with pytest.raises(ValueError, match="dimensions"):
        Uout(0.5, spatial=spatial).train()(torch.ones((2,) * spatial))


def test_model_eval_reaches_it():
    net = torch.nn.Sequential(torch.nn.Linear(4, 4), Uout(0.3), torch.nn.BatchNorm1d(4)).eval()
    x = torch.randn(8, 4)
    assert torch.equal(net(x), net(x))


@pytest.mark.parametrize("device", DEVICES)
@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16, torch.float32, torch.float64])
def test_any_float_dtype_and_device(device, dtype):
    x = torch.randn(2, 3, 4, 4, device=device).to(dtype)
    y = Uout(0.1).train()(x)
    assert y.dtype == dtype and y.device == x.device and y.shape == x.shape
    assert ((y - x).abs() <= x.abs() * 0.1 + 1e-2).all()


def test_channels_last_is_kept():
    x = torch.randn(2, 3, 4, 4).to(memory_format=torch.channels_last)
    assert Uout(0.1).train()(x).is_contiguous(memory_format=torch.channels_last)


def test_integer_input_is_refused():
    with pytest.raises(TypeError, match="floating-point"):
        Uout(0.1).train()(torch.ones(3, dtype=torch.long))


@pytest.mark.parametrize("beta", [-0.1, 1.5, float("nan"), float("inf"), True, "0.1", None])
def test_beta_is_validated(beta):
    with pytest.raises(ValueError, match="beta"):
        Uout(beta)


def test_repr_and_copies():
    assert repr(Uout()) == "Uout(beta=0.1)"
    assert repr(Uout(0.25, inplace=True)) == "Uout(beta=0.25, inplace=True)"
    m = Uout(0.3)
    assert pickle.loads(pickle.dumps(m)).beta == 0.3
    assert copy.deepcopy(m).beta == 0.3
    assert m.state_dict() == {}  # nothing to save: a checkpoint of the dropout model still loads


def test_gradients_flow_and_inplace_matches():
    x = torch.randn(16, requires_grad=True)
    torch.manual_seed(3)
    y = Uout(0.5).train()(x)
    y.sum().backward()
    factor = y.detach() / x.detach()
    assert torch.allclose(x.grad, factor)
    torch.manual_seed(3)
    z = Uout(0.5, inplace=True).train()(x.detach().clone())
    assert torch.allclose(z, y.detach())


def test_manual_seed_makes_it_reproducible():
    x = torch.randn(10)
    torch.manual_seed(7)
    a = Uout(0.5).train()(x)
    torch.manual_seed(7)
    assert torch.equal(a, Uout(0.5).train()(x))


MODEL = """
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Linear(4, 8), nn.Dropout(0.5), nn.BatchNorm1d(8), nn.ReLU())
        self.drop = nn.Dropout(0.5)
        self.fc = nn.Linear(8, 8)
        self.bn = nn.BatchNorm1d(8)
        self.head = nn.Sequential(nn.Linear(8, 8), nn.Dropout(0.2), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 2))

    def forward(self, x):
        return self.head(self.bn(self.fc(self.drop(self.features(x)))))
"""


@pytest.mark.parametrize("strategy", ["uout", "move"])
def test_fixed_model_runs_and_keeps_eval_outputs(strategy):
    """Both fixes change training only: with the same weights, eval outputs are identical."""
    fixed = fix(MODEL, select=["BN001"], strategy=strategy)
    assert fixed != MODEL
    old_ns, new_ns = {}, {}
    exec(compile(MODEL, "old.py", "exec"), old_ns)
    exec(compile(fixed, "new.py", "exec"), new_ns)
    torch.manual_seed(0)
    old, new = old_ns["Net"](), new_ns["Net"]()
    state = old.state_dict()
    if strategy == "uout":
        assert "Dropout" not in fixed and sum(isinstance(m, Uout) for m in new.modules()) == 3
    else:
        assert "nn.Sequential(nn.ReLU(), nn.Dropout(0.2))" in fixed and "nn.Identity()" in fixed
    # Same keys both ways: Uout has no state, and a move keeps every layer's index in the Sequential.
    new.load_state_dict(state, strict=True)
    x = torch.randn(16, 4)
    assert new.train()(x).shape == (16, 2)
    new.load_state_dict(dict(zip(new.state_dict(), state.values())))  # undo the BN statistics update
    assert torch.equal(old.eval()(x), new.eval()(x))


def test_fixed_example_models_run():
    """The examples, fixed with every unsafe fix (uout), build and behave: random in train, not in eval."""
    from pathlib import Path

    examples = Path(__file__).resolve().parent.parent / "examples" / "models"
    ns = {}
    for name, codes in (("dropout_before_batchnorm.py", ["BN001"]), ("stochastic_layers.py", ["BN003"]),
                        ("attention.py", ["BN004"])):
        fixed = fix((examples / name).read_text(), select=codes, strategy="uout")
        exec(compile(fixed, name, "exec"), ns)
        torch.manual_seed(0)
        if name == "dropout_before_batchnorm.py":
            models = [(ns["SmallCNN"](), torch.randn(4, 1, 8, 8)), (ns["PointNetHead"](), torch.randn(4, 1024))]
        elif name == "stochastic_layers.py":
            models = [(ns["DropBlock2D"](0.2, 3), torch.randn(2, 4, 8, 8)), (ns["GaussianNoise"](), torch.randn(8))]
        else:
            models = [(ns["SelfAttention"](), torch.randn(2, 5, 64))]
        for model, x in models:
            model.train()
            assert not torch.equal(model(x), model(x)), name
            model.eval()
            assert torch.equal(model(x), model(x)), name
