"""bnlint.check_model: the graph tier on model objects, in this process."""

from __future__ import annotations

import pytest

torch = pytest.importorskip("torch")
pytestmark = pytest.mark.torch

import bnlint  # noqa: E402
from models import densenet, dropblock, droppath, mlp, untraceable, wrn  # noqa: E402


def codes(diags):
    return sorted(d.code for d in diags)


def test_densenet_findings_are_grouped_with_a_count():
    found = bnlint.check_model(densenet.TinyDenseNet())
    assert codes(found) == ["BN001"]
    assert found[0].message.startswith("6 F.dropout calls (p=0.2)")
    assert found[0].path.endswith("densenet.py") and found[0].line == 22
    assert found[0].related and all(note.startswith("BatchNorm `") for _, _, note in found[0].related)


def test_clean_models_have_no_findings():
    assert bnlint.check_model(mlp.HeadDropoutMLP()) == []
    assert bnlint.check_model(mlp.LayerNormMLP()) == []


def test_wrn_dropout_between_convs():
    found = bnlint.check_model(wrn.TinyWRN())
    assert codes(found) == ["BN001"] and "blocks.1.bn1" in found[0].message


def test_eval_mode_randomness_is_confirmed_with_inputs_and_the_mode_is_restored():
    model = densenet.AlwaysOnDenseLayer().eval()
    found = bnlint.check_model(model, example_inputs=torch.randn(2, 4, 8, 8))
    bn002 = [d for d in found if d.code == "BN002"]
    assert bn002 and "confirmed: two eval-mode runs on the same input differ" in bn002[0].message
    assert model.training is False


def test_leaky_dropblock_is_found_by_behaviour():
    found = bnlint.check_model(dropblock.LeakyDropBlockNet(), example_inputs=torch.randn(2, 3, 8, 8))
    assert codes(found) == ["BN001", "BN003", "BN910"]
    assert next(d for d in found if d.code == "BN910").severity.value == "info"


def test_select_and_ignore():
    assert bnlint.check_model(mlp.SequentialMLP(), ignore=["BN001"]) == []
    assert codes(bnlint.check_model(droppath.DropPathResNet())) == []  # BN006 is opt-in
    found = bnlint.check_model(droppath.DropPathResNet(), select=["BN006"])
    assert codes(found) == ["BN006"] and "blocks.1.drop_path" in found[0].message


def test_untraceable_model_with_inputs_is_recorded():
    found = bnlint.check_model(untraceable.Looper(), example_inputs=torch.randn(4, 16))
    assert "BN001" in codes(found)
    assert any("recorded forward pass" in d.message for d in found if d.code == "BN910")


def test_not_a_module():
    with pytest.raises(TypeError, match="expects a torch.nn.Module"):
        bnlint.check_model(lambda x: x)
