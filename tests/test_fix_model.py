"""bnlint.fix_model on every test model: a new module, the original untouched, move and uout, functional
dropout turned into modules, the original state_dict loads, identical eval outputs, save and load."""

from __future__ import annotations

import copy
import io
import warnings

import pytest

torch = pytest.importorskip("torch")

from torch import fx, nn  # noqa: E402

import bnlint  # noqa: E402
import verify_models as vm  # noqa: E402
from bnlint.graph.rewrite import rewrite  # noqa: E402
from bnlint.nn import Uout  # noqa: E402
from models import densenet, dropblock, droppath, mlp, needs_args, untraceable, wrn  # noqa: E402

pytestmark = pytest.mark.torch

# name: (factory, input shape, eval-mode random in the original)
MODELS = {
    "TinyDenseNet": (densenet.TinyDenseNet, (4, 3, 8, 8), False),
    "AlwaysOnDenseLayer": (densenet.AlwaysOnDenseLayer, (4, 4, 8, 8), True),
    "DropBlockNet": (dropblock.DropBlockNet, (4, 3, 8, 8), False),
    "LeakyDropBlockNet": (dropblock.LeakyDropBlockNet, (4, 3, 8, 8), True),
    "DropPathResNet": (droppath.DropPathResNet, (4, 3, 8, 8), False),
    "TorchvisionStyleResNet": (droppath.TorchvisionStyleResNet, (4, 3, 8, 8), False),
    "InlineDropPathBlock": (droppath.InlineDropPathBlock, (4, 8, 8, 8), False),
    "SequentialMLP": (mlp.SequentialMLP, (4, 16), False),
    "HeadDropoutMLP": (mlp.HeadDropoutMLP, (4, 16), False),
    "LayerNormMLP": (mlp.LayerNormMLP, (4, 16), False),
    "Configurable": (lambda: needs_args.Configurable(16), (4, 8), False),
    "GatedNet": (untraceable.GatedNet, (4, 16), False),
    "Looper": (untraceable.Looper, (4, 16), False),
    "TinyWRN": (wrn.TinyWRN, (4, 3, 8, 8), False),
    "WideBlock": (lambda: wrn.WideBlock(4, 8), (4, 4, 8, 8), False),
    "ShiftedNet": (vm.ShiftedNet, (4, 8), False),
    "FunctionalHead": (vm.FunctionalHead, (4, 8), False),
    "FunctionalShift": (vm.FunctionalShift, (4, 8), False),
}
# fix_model falls back to fixing submodules one by one: the result is a copy of the model, not a GraphModule
NOT_GRAPH = {"InlineDropPathBlock", "Looper"}


def trained(name):
    factory, shape, _ = MODELS[name]
    torch.manual_seed(0)
    model = factory()
    x = torch.randn(shape)
    with torch.no_grad():
        model.train()
        for _ in range(2):  # running statistics other than the initial ones
            model(x)
    return model.eval(), x


def eval_out(model, x, seed=0):
    model.eval()
    with torch.no_grad():
        torch.manual_seed(seed)
        return model(x)


def snapshot(model):
    return ([(n, type(m)) for n, m in model.named_modules()], {k: v.clone() for k, v in model.state_dict().items()},
            {n: m.training for n, m in model.named_modules()})


@pytest.fixture(scope="module")
def fixed():
    """Every model fixed with both strategies, once: {(name, strategy): (original, snapshot, fixed, warnings)}."""
    out = {}
    for name in MODELS:
        for strategy in ("move", "uout"):
            model, _ = trained(name)
            before = snapshot(model)
            with warnings.catch_warnings(record=True) as caught:
                warnings.simplefilter("always")
                new = bnlint.fix_model(model, strategy=strategy)
            out[name, strategy] = (model, before, new, [str(w.message) for w in caught])
    return out


CASES = [(n, s) for n in MODELS for s in ("move", "uout")]


@pytest.mark.parametrize("name,strategy", CASES)
def test_contract(fixed, name, strategy):
    model, before, new, _ = fixed[name, strategy]
    _, x = trained(name)
    # a new module; the original is untouched
    assert new is not model
    assert isinstance(new, fx.GraphModule) == (name not in NOT_GRAPH)
    modules, state, modes = snapshot(model)
    assert modules == before[0] and modes == before[2]
    assert all(torch.equal(state[k], v) for k, v in before[1].items())
    assert all(p1.data_ptr() != p2.data_ptr() for p1, p2 in zip(model.parameters(), new.parameters()))
    # the original state_dict: same keys and shapes, loads strictly
    assert {k: v.shape for k, v in new.state_dict().items()} == {k: v.shape for k, v in model.state_dict().items()}
    new.load_state_dict(model.state_dict(), strict=True)
    # identical eval outputs (the same random stream for models that are random in eval on purpose of the test)
    if not MODELS[name][2]:
        assert torch.equal(eval_out(model, x), eval_out(new, x))
    # deterministic in eval
    assert torch.equal(eval_out(new, x, seed=1), eval_out(new, x, seed=2))
    # save and load: the whole module and its state_dict
    buf = io.BytesIO()
    torch.save(new, buf)
    buf.seek(0)
    loaded = torch.load(buf, weights_only=False)
    assert torch.equal(eval_out(loaded, x), eval_out(new, x))
    buf = io.BytesIO()
    torch.save(new.state_dict(), buf)
    buf.seek(0)
    again = copy.deepcopy(new)
    again.load_state_dict(torch.load(buf, weights_only=True), strict=True)
    assert torch.equal(eval_out(again, x), eval_out(new, x))


@pytest.mark.parametrize("name,strategy", [c for c in CASES if c[0] in (
    "TinyDenseNet", "SequentialMLP", "Configurable", "TinyWRN", "ShiftedNet", "FunctionalShift",
    "DropBlockNet", "AlwaysOnDenseLayer", "GatedNet")])
def test_no_dropout_reaches_a_batchnorm_after_the_fix(fixed, name, strategy):
    model, _, new, _ = fixed[name, strategy]
    assert any(d.code == "BN001" for d in bnlint.check_model(model, select=["BN001"]))
    assert not [d for d in bnlint.check_model(new, select=["BN001"]) if d.code == "BN001"]


def test_move_puts_one_dropout_with_the_largest_p_before_the_classifier(fixed):
    _, _, new, _ = fixed["SequentialMLP", "move"]
    drops = [(n, m.p) for n, m in new.named_modules() if isinstance(m, nn.Dropout)]
    assert drops == [("bnlint_dropout", 0.5)]
    order = [n.target for n in new.graph.nodes if n.op == "call_module"]
    assert order.index("bnlint_dropout") == order.index("net.7") - 1  # right before the last Linear
    _, _, dense, _ = fixed["TinyDenseNet", "move"]
    assert [(n, m.p) for n, m in dense.named_modules() if isinstance(m, nn.Dropout)] == [("bnlint_dropout", 0.2)]


def test_move_keeps_a_dropout_that_is_already_in_front_of_the_classifier():
    class Twice(nn.Module):
        def __init__(self):
            super().__init__()
            self.net = nn.Sequential(nn.Linear(8, 8), nn.Dropout(0.3), nn.BatchNorm1d(8), nn.Dropout(0.5),
                                     nn.Linear(8, 2))

        def forward(self, x):
            return self.net(x)

    done = rewrite(Twice(), "move")
    assert [m.p for m in done.model.modules() if isinstance(m, nn.Dropout)] == [0.5]
    assert done.changes[-1].startswith("kept the dropout already in front of `net.4`")


def test_move_keeps_the_rate_of_a_functional_dropout_in_a_module_of_the_users():
    class Drop(nn.Module):  # a custom dropout wrapping the functional form with its own rate
        def forward(self, x):
            return nn.functional.dropout(x, 0.4, training=self.training)

    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.net = nn.Sequential(nn.Linear(8, 8), Drop(), nn.BatchNorm1d(8), nn.ReLU(), nn.Linear(8, 2))

        def forward(self, x):
            return self.net(x)

    done = rewrite(Net(), "move")
    assert [m.p for m in done.model.modules() if isinstance(m, nn.Dropout)] == [0.4]


def test_uout_replaces_each_offending_dropout(fixed):
    _, _, dense, _ = fixed["TinyDenseNet", "uout"]
    assert sum(isinstance(m, Uout) for m in dense.modules()) == 6  # one per dense layer
    _, _, wide, _ = fixed["TinyWRN", "uout"]
    assert not any(isinstance(m, nn.Dropout) for m in wide.modules())
    _, _, head, _ = fixed["HeadDropoutMLP", "uout"]
    assert [type(m) for m in head.modules() if isinstance(m, (nn.Dropout, Uout))] == [nn.Dropout]  # fine as it is


def test_functional_dropout_becomes_a_module_that_follows_the_mode(fixed):
    model, _, new, _ = fixed["FunctionalHead", "move"]
    assert not [n for n in new.graph.nodes if n.op == "call_function" and "dropout" in str(n.target)]
    assert [type(m) for m in new.modules() if isinstance(m, nn.Dropout)] == [nn.Dropout]
    _, x = trained("FunctionalHead")
    train = copy.deepcopy(new).train()  # a copy: train-mode passes update BN statistics
    with torch.no_grad():
        assert not torch.equal(train(x), train(x))  # dropout on in train mode
    assert torch.equal(eval_out(new, x), eval_out(model, x))


def test_always_on_functional_dropout_is_off_in_eval_after_the_fix(fixed):
    model, _, new, _ = fixed["AlwaysOnDenseLayer", "uout"]
    _, x = trained("AlwaysOnDenseLayer")
    assert not torch.equal(eval_out(model, x, 1), eval_out(model, x, 2))
    assert torch.equal(eval_out(new, x, 1), eval_out(new, x, 2))


def test_dropout_inside_a_submodule_fx_cannot_trace_is_swapped(fixed):
    _, _, uout, warned = fixed["GatedNet", "uout"]
    assert isinstance(uout.get_submodule("gate.drop"), Uout) and not warned
    _, _, move, _ = fixed["GatedNet", "move"]
    assert isinstance(move.get_submodule("gate.drop"), nn.Identity)
    order = [n.target for n in move.graph.nodes if n.op == "call_module"]
    assert order == ["gate", "bnlint_dropout", "head"] and move.get_submodule("bnlint_dropout").p == 0.5


def test_warnings_say_what_was_left(fixed):
    _, _, _, looper = fixed["Looper", "move"]
    assert any("cannot rewrite the model's own forward" in w for w in looper)
    assert any("no weight layer follows the last BatchNorm in `body`" in w for w in looper)
    _, _, swapped, block = fixed["DropBlockNet", "uout"]
    assert not block  # the untraceable DropBlock was swapped for Uout, not kept
    assert isinstance(swapped.get_submodule("drop"), Uout)


def test_fallback_fixes_submodules_of_a_forward_that_cannot_be_rewritten(fixed):
    _, _, new, _ = fixed["Looper", "uout"]
    assert type(new) is untraceable.Looper
    assert isinstance(new.body, fx.GraphModule) and isinstance(new.body.get_submodule("1"), Uout)


def test_change_log_and_fixing_twice_changes_nothing():
    done = rewrite(mlp.SequentialMLP(), "move")
    assert done.changes == ["`net.1` (nn.Dropout, p=0.5) removed",
                            "Dropout(p=0.5) inserted as `bnlint_dropout` before `net.7`"]
    assert rewrite(done.model, "move").changes == []
    functional = rewrite(vm.FunctionalShift(), "uout").changes
    assert functional == ["F.dropout(p=0.3) in the model's forward replaced by Uout(beta=0.1)"]


def test_training_flag_of_the_original_is_kept():
    model = mlp.SequentialMLP().train()
    assert bnlint.fix_model(model).training is True
    assert bnlint.fix_model(model.eval()).training is False


@pytest.mark.parametrize("kwargs,error", [
    ({"strategy": "delete"}, ValueError), ({"beta": 2.0}, ValueError), ({"beta": float("nan")}, ValueError)])
def test_bad_arguments(kwargs, error):
    with pytest.raises(error):
        bnlint.fix_model(mlp.SequentialMLP(), **kwargs)
    with pytest.raises(TypeError, match="torch.nn.Module"):
        bnlint.fix_model("model")
