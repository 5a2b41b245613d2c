"""bnlint.check_model: the graph tier on model objects, in this process."""

from __future__ import annotations

from pathlib import Path

import pytest

torch = pytest.importorskip("torch")
pytestmark = pytest.mark.torch

import bnlint  # noqa: E402
from models import densenet, dropblock, droppath, factories, mlp, untraceable, wrn  # noqa: E402

TORCH_DIR = str(Path(torch.__file__).resolve().parent)


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


def test_eval_runs_do_not_depend_on_the_global_random_state_and_leave_it_alone():
    # Under global seeds 1 and 7 the unseeded eval runs of this DropBlock (gamma = 0.011 on 128 positions)
    # both drew an empty mask: the runs agreed and BN003 went unreported, depending on the tests before.
    model, x = dropblock.LeakyDropBlockNet(), torch.randn(2, 3, 8, 8)
    with torch.random.fork_rng(devices=[]):
        for seed in (1, 7):
            torch.manual_seed(seed)
            state = torch.get_rng_state()
            assert "BN003" in codes(bnlint.check_model(model, example_inputs=x)), seed
            assert torch.equal(torch.get_rng_state(), state)


def test_layers_of_a_sequential_literal_are_never_located_in_torch_nor_grouped():
    found = bnlint.check_model(factories.sequential())
    assert [d.code for d in found] == ["BN001"] * 3  # one finding per dropout (no `# noqa` line is known)
    assert [d.message.split(" ", 1)[0] for d in found] == ["`0`", "`2`", "`5`"]
    for d in found:
        assert not str(Path(d.path).resolve()).startswith(TORCH_DIR), d
        assert all(not str(Path(path).resolve()).startswith(TORCH_DIR) for path, _, _ in d.related), d
    # built outside bnlint, a layer of a literal has no line of its own: the line that asked for the check
    assert found[0].path == __file__


def test_drop_path_after_a_residual_add_is_bn006_in_every_spelling():
    found = bnlint.check_model(droppath.DropPathAfterResidualAdd(), select=["ALL"])
    assert codes(found) == ["BN006"] * 3
    assert [m.split(" reaches ")[0] for m in (d.message for d in found)] == [
        "drop path `timm` (DropPath, p=0.1)", "drop path `torchvision` (StochasticDepth, p=0.1)",
        "drop path torch.rand (p=0.1) in the model's own forward"]


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


def test_a_module_freed_by_a_failed_build_does_not_take_the_line_of_the_next_one_with_its_id():
    import inspect

    from bnlint.graph.locate import Sites

    sites, freed, reused = Sites(), set(), None
    with sites.recording():
        for _ in range(1000):
            layer, line = torch.nn.Dropout(), inspect.currentframe().f_lineno
            if id(layer) in freed:
                reused = layer
                break
            freed.add(id(layer))
            del layer
    assert reused is not None, "no id was reused in 1000 modules"
    assert sites.created(reused) == (__file__, line)


def test_no_variance_shift_without_running_statistics_or_with_zero_dropout():
    nn = torch.nn
    # Dropout(0.0) is the identity; a BatchNorm with track_running_stats=False normalises by batch statistics in
    # eval mode too. Only the last dropout feeds a BatchNorm that keeps a running variance (the source tier agrees).
    model = nn.Sequential(nn.Linear(8, 8), nn.Dropout(0.0), nn.BatchNorm1d(8),
                          nn.Linear(8, 8), nn.Dropout(0.5), nn.BatchNorm1d(8, track_running_stats=False),
                          nn.Linear(8, 8), nn.Dropout(0.3), nn.BatchNorm1d(8))
    (found,) = bnlint.check_model(model)
    assert found.code == "BN001" and found.message.startswith("`7` (nn.Dropout, p=0.3)")
    assert "reaches BatchNorm `8` with" in found.message
    assert [note for _, _, note in found.related] == ["BatchNorm `8` is defined here"]


def test_a_factory_is_built_by_check_model_so_every_layer_has_its_own_line_and_noqa():
    found = bnlint.check_model(factories.sequential)
    src = Path(factories.__file__).read_text().splitlines()
    assert [d.code for d in found] == ["BN001", "BN001"]  # the dropout under `# noqa: BN001` is silenced
    assert all(d.path == factories.__file__ for d in found)
    assert [src[d.line - 1].strip() for d in found] == ["nn.Dropout(0.5),", "nn.Dropout(0.3),"]


def test_check_model_rejects_what_is_not_a_module_nor_builds_one():
    with pytest.raises(TypeError, match="returned int, not a torch.nn.Module"):
        bnlint.check_model(lambda: 3)
    with pytest.raises(TypeError, match="expects a torch.nn.Module"):
        bnlint.check_model("resnet18")


def test_check_paths_runs_the_graph_tier_from_python():
    """The engine composes both tiers: check_paths(trace=True) is `bnlint check --trace` from Python."""
    path = str(Path(densenet.__file__))
    source_only = bnlint.check_paths([path], cache=False)
    both = bnlint.check_paths([path], trace=True, cache=False)
    graph_bn001 = [d for d in both.diagnostics if d.code == "BN001" and "(model `" in d.message]
    assert source_only.models is None and both.models >= 1
    assert not [d for d in source_only.diagnostics if d.code == "BN001"]  # the source tier cannot follow torch.cat
    assert graph_bn001 and graph_bn001[0].line == 22
