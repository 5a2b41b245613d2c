"""BN201 checkpoint-drops-bn-buffers: weights kept from parameters() (and BN203: unchecked strict=False loads)."""

from __future__ import annotations

import ast

import pytest

from helpers import fix, lint
from test_bn101 import line_of, script


def findings(code: str):
    return lint(code, select=["BN201"])


def lines(code: str):
    return [d.line for d in findings(code)]


@pytest.mark.parametrize("saved,fixed", [
    ("{k: v for k, v in model.named_parameters()}", "model.state_dict()"),
    ("{k: v.data for k, v in model.named_parameters()}", "model.state_dict()"),
    ("{n: p.detach() for n, p in model.named_parameters()}", "model.state_dict()"),
    ("dict(model.named_parameters())", "model.state_dict()"),
    ("OrderedDict(model.named_parameters())", "model.state_dict()"),
    ("{k: v.cpu() for k, v in model.named_parameters()}", None),
    ("[p for p in model.parameters()]", None),
    ("list(model.parameters())", None),
    ("tuple(model.named_parameters())", None),
    ("dict(model.named_parameters ())", "model.state_dict()"),  # spaced out: the prefilter must keep the file
])
def test_saving_parameters(saved, fixed):
    code = script(f"""
        from collections import OrderedDict

        model = Net()
        torch.save({saved}, "ckpt.pt")  # save
    """)
    diags = findings(code)
    assert [d.line for d in diags] == [line_of(code, "# save")]
    assert "running_mean" in diags[0].message
    if fixed is None:
        assert diags[0].fix is None
    else:
        out = fix(code, select=["BN201"])
        assert f"torch.save({fixed}, \"ckpt.pt\")  # save\n" in out
        assert findings(out) == []


def test_through_a_variable_and_inside_a_checkpoint_dict():
    code = script("""
        def save(model, epoch):
            weights = {k: v for k, v in model.named_parameters()}
            torch.save({"epoch": epoch, "model": weights}, "a.pt")
            torch.save(weights, "b.pt")


        save(Net(), 3)
    """)
    assert lines(code) == [line_of(code, "weights = {k: v")]  # one finding for the one dict
    out = fix(code, select=["BN201"])
    assert "    weights = model.state_dict()\n" in out and findings(out) == []


def test_safetensors_save_file():
    code = script("""
        from safetensors.torch import save_file

        model = Net()
        save_file(dict(model.named_parameters()), "m.safetensors")
    """)
    assert lines(code) == [line_of(code, "save_file(dict")]


def test_loading_parameters_into_another_model():
    code = script("""
        model, copy = Net(), Net()
        copy.load_state_dict(dict(model.named_parameters()))
    """)
    assert lines(code) == [line_of(code, "copy.load_state_dict")]
    assert "copy.load_state_dict(model.state_dict())" in fix(code, select=["BN201"])


def test_ema_copy_over_parameters_only():
    code = script("""
        model, ema = Net(), Net()


        @torch.no_grad()
        def update(decay=0.999):
            for e, p in zip(ema.parameters(), model.parameters()):
                e.data.mul_(decay).add_(p.data, alpha=1 - decay)


        def validate():
            ema.eval()
    """)
    diags = findings(code)
    assert [d.line for d in diags] == [line_of(code, "for e, p in zip")] and diags[0].fix is None


def test_parameter_copy_evaluated_through_the_updating_functions_caller():
    code = script("""
        @torch.no_grad()
        def update_momentum(model, model_ema, m=0.999):
            for e, p in zip(model_ema.parameters(), model.parameters()):
                e.data = e.data * m + p.data * (1.0 - m)


        def evaluate(net):
            net.eval()


        def main():
            model, teacher = Net(), Net()
            update_momentum(model, teacher)
            evaluate(teacher)
    """)
    assert lines(code) == [line_of(code, "for e, p in zip")]
    assert "never copied" in findings(code)[0].message


@pytest.mark.parametrize("body", [
    # MoCo / BYOL: the momentum encoder runs in training mode and gathers its own statistics
    """
    @torch.no_grad()
    def update_momentum(model, model_ema, m=0.999):
        for e, p in zip(model_ema.parameters(), model.parameters()):
            e.data = e.data * m + p.data * (1.0 - m)
    """,
    # DARTS: an unrolled copy for one training step
    """
    class Search(Net):
        def new(self):
            model_new = Net()
            for x, y in zip(model_new.parameters(), self.parameters()):
                x.data.copy_(y.data)
            return model_new
    """,
    # the copy is evaluated? no: the source model is
    """
    model, ema = Net(), Net()
    for e, p in zip(ema.parameters(), model.parameters()):
        e.data.copy_(p.data)
    model.eval()
    """,
])
def test_parameter_copy_never_evaluated_is_not_a_finding(body):
    assert lines(script(body)) == []


def test_ema_that_also_copies_buffers_is_fine():
    code = script("""
        model, ema = Net(), Net()


        @torch.no_grad()
        def update(decay=0.999):
            for e, p in zip(ema.parameters(), model.parameters()):
                e.data.mul_(decay).add_(p.data, alpha=1 - decay)
            for e, b in zip(ema.buffers(), model.buffers()):
                e.copy_(b)
    """)
    assert lines(code) == []


@pytest.mark.parametrize("saved", [
    "model.state_dict()",
    "{k: v for k, v in model.named_parameters() if v.requires_grad}",
    "dict(plain.named_parameters())",
    "[p.grad for p in model.parameters()]",
])
def test_not_flagged(saved):
    code = script(f"""
        model, plain = Net(), Plain()
        torch.save({saved}, "ckpt.pt")
    """)
    assert lines(code) == []


def test_fix_keeps_comments_and_parses():
    code = script("""
        model = Net()
        # checkpoint
        torch.save(
            {name: p for name, p in model.named_parameters()},  # the weights
            "ckpt.pt",
        )
    """)
    out = fix(code, select=["BN201"])
    ast.parse(out)
    assert "# checkpoint\ntorch.save(\n    model.state_dict(),  # the weights\n" in out
    assert lint(out, select=["ALL"]) == []


@pytest.mark.parametrize("statement", [
    "model.load_state_dict(torch.load('a.pt'), strict=False)",
    "model.load_state_dict(torch.load('a.pt'), False)",
    "result = model.load_state_dict(torch.load('a.pt'), strict=False)",
])
def test_bn203_strict_false_with_the_result_ignored(statement):
    code = script(f"""
        model = Net()
        {statement}
    """)
    diags = lint(code, select=["BN203"])
    assert [d.line for d in diags] == [line_of(code, "load_state_dict")]
    assert diags[0].fix is None and "missing" in diags[0].message


@pytest.mark.parametrize("statement", [
    "missing, unexpected = model.load_state_dict(torch.load('a.pt'), strict=False)\nprint(missing, unexpected)",
    "result = model.load_state_dict(torch.load('a.pt'), strict=False)\nassert not result.missing_keys",
    "print(model.load_state_dict(torch.load('a.pt'), strict=False))",
    "model.load_state_dict(torch.load('a.pt'), strict=True)",
    "model.load_state_dict(torch.load('a.pt'), strict=args.strict)",
    "plain.load_state_dict(torch.load('a.pt'), strict=False)",
])
def test_bn203_strict_false_not_flagged(statement):
    code = script("model = Net()\nplain = Plain()\n" + statement + "\n")
    assert lint(code, select=["BN203"]) == []


def test_strict_false_is_not_bn201_and_bn203_is_off_by_default():
    code = script("model = Net()\nmodel.load_state_dict(torch.load('a.pt'), strict=False)\n")
    assert lines(code) == []
    assert lint(code) == []  # default selection
    assert [d.code for d in lint(code, select=["ALL"])] == ["BN203"]


def test_bn203_message_names_batchnorm_only_when_the_file_shows_it():
    with_bn = script("""
        model = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
        model.load_state_dict(torch.load('a.pt'), strict=False)
    """)
    unknown = script("""
        import torchvision
        model = torchvision.models.resnet18()
        model.load_state_dict(torch.load('a.pt'), strict=False)
    """)
    assert "BatchNorm's running statistics included" in lint(with_bn, select=["BN203"])[0].message
    assert "buffers such as BatchNorm's" in lint(unknown, select=["BN203"])[0].message


def test_bn201_message_names_what_is_lost():
    with_bn = script("""
        model = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
        torch.save(dict(model.named_parameters()), "ckpt.pt")
    """)
    buffers_only = script("""
        class Scaler(nn.Module):
            def __init__(self):
                super().__init__()
                self.fc = nn.Linear(2, 2)
                self.register_buffer("scale", torch.ones(2))

        model = Scaler()
        torch.save(dict(model.named_parameters()), "ckpt.pt")
    """)
    assert "BatchNorm's running_mean" in findings(with_bn)[0].message
    message = findings(buffers_only)[0].message
    assert "running_mean" not in message and "register_buffer" in message
