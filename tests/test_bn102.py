"""BN102 eval-without-no-grad: forward passes in eval mode for inference with autograd recording."""

from __future__ import annotations

import ast

import pytest

from helpers import fix, lint
from test_bn101 import line_of, script


def lines(code: str):
    return [d.line for d in lint(code, select=["BN102"])]


def test_eval_function_without_no_grad():
    code = script("""
        def evaluate(model, loader):
            model.eval()
            return [model(x) for x in loader]
    """)
    assert lines(code) == [line_of(code, "return [model(x)")]


def test_eval_in_the_caller_and_no_grad_nowhere():
    code = script("""
        def score(model, loader):
            total = 0.0
            for x in loader:
                total += model(x).sum().item()
            return total


        def main(loader):
            model = Net()
            model.eval()
            print(score(model, loader))
    """)
    assert lines(code) == [line_of(code, "total += model(x)")]


def test_module_level_inference_loop():
    code = script("""
        model = Net()
        model.eval()
        outputs = []
        for x in torch.rand(3, 2, 4):
            outputs.append(model(x).argmax(1))
    """)
    assert lines(code) == [line_of(code, "outputs.append(model(x)")]


@pytest.mark.parametrize("guard", ["with torch.no_grad():", "with torch.inference_mode():",
                                   "with torch.set_grad_enabled(False):"])
def test_grad_off_context_is_fine(guard):
    code = script(f"""
        def evaluate(model, loader):
            model.eval()
            {guard}
                return [model(x) for x in loader]
    """)
    assert lines(code) == []


def test_no_grad_in_the_caller_is_fine():
    code = script("""
        def evaluate(model, loader):
            model.eval()
            return [model(x).argmax(1) for x in loader]


        def main(loader):
            model = Net()
            with torch.no_grad():
                evaluate(model, loader)
    """)
    assert lines(code) == []


@pytest.mark.parametrize("grad_use", [
    "model(x).sum().backward()",
    "torch.autograd.grad(model(x).sum(), x)",
    "x.requires_grad_(True); model(x)",
    "model(x); print(x.grad)",
])
def test_gradient_uses_in_eval_mode_are_fine(grad_use):
    code = script(f"""
        def saliency(model, x):
            model.eval()
            {grad_use}
            return None
    """)
    assert lines(code) == []


def test_returning_the_output_to_a_caller_that_may_differentiate():
    code = script("""
        def perceptual(vgg, a, b):
            vgg.eval()
            return (vgg(a) - vgg(b)).pow(2).mean()
    """)
    assert lines(code) == []


def test_model_in_train_mode_or_unknown_mode_is_not_this_rule():
    code = script("""
        def forward_only(model, loader):
            for x in loader:
                print(model(x).sum().item())
    """)
    assert lines(code) == []


def test_lightning_validation_step():
    code = script("""
        import pytorch_lightning as pl


        class Lit(pl.LightningModule):
            def __init__(self):
                super().__init__()
                self.net = Net()

            def validation_step(self, batch, batch_idx):
                self.net.eval()
                print(self.net(batch).sum().item())
    """)
    assert lines(code) == []


def test_model_without_mode_dependent_layers():
    code = script("""
        def evaluate(loader):
            model = Plain()
            model.eval()
            return [model(x).argmax(1) for x in loader]
    """)
    assert lines(code) == []


def test_module_level_loop_before_training_is_not_flagged():
    code = script("""
        model = Net()
        optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
        model.eval()
        for x in torch.rand(3, 2, 4):
            print(model(x).sum().item())
        model.train()
        for x in torch.rand(3, 2, 4):
            optimizer.zero_grad()
            model(x).sum().backward()
            optimizer.step()
    """)
    assert lines(code) == []


# ----------------------------------------------------------------------------- fixes


def test_fix_decorates_the_function():
    code = script("""
        def evaluate(model, loader):
            # eval mode first
            model.eval()
            return [model(x) for x in loader]
    """)
    fixed = fix(code, select=["BN102"])
    assert "\n@torch.no_grad()\ndef evaluate(model, loader):\n    # eval mode first\n" in fixed
    assert lint(fixed, select=["ALL"]) == []


def test_fix_decorates_a_method_at_its_indentation_and_adds_the_import():
    code = """
        import torch.nn as nn


        class Runner:
            def __init__(self):
                self.model = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4))

            def predict(self, x):
                self.model.eval()
                return self.model(x).argmax(1).tolist()
    """
    fixed = fix(code, select=["BN102"])
    ast.parse(fixed)
    assert "import torch\n" in fixed
    assert "    @torch.no_grad()\n    def predict(self, x):\n" in fixed
    assert lint(fixed, select=["ALL"]) == []


def test_fix_wraps_a_module_level_loop_keeping_comments():
    code = script("""
        model = Net()
        model.eval()
        for x in torch.rand(3, 2, 4):
            # one batch
            print(model(x).argmax(1))  # show it
    """)
    fixed = fix(code, select=["BN102"])
    assert "with torch.no_grad():\n    for x in torch.rand(3, 2, 4):\n        # one batch\n        print(model(x).argmax(1))  # show it\n" in fixed
    assert lint(fixed, select=["ALL"]) == []


def test_no_decorator_fix_for_a_coroutine():
    code = script("""
        async def predict(model, x):
            model.eval()
            return model(x).argmax(1).tolist()
    """)
    found = [d for d in lint(code, select=["BN102"])]
    assert [d.line for d in found] == [line_of(code, "return model(x)")] and found[0].fix is None


def test_no_grad_is_never_added_where_a_caller_differentiates_the_result():
    # A frozen network in eval mode inside a loss: the name says inference, the caller backpropagates.
    code = script("""
        frozen = Net()
        frozen.eval()


        def eval_features(x):
            return frozen(x)


        model = Net()
        opt = torch.optim.SGD(model.parameters(), lr=0.1)
        for x in [torch.randn(2, 4)]:
            loss = (model(x) - eval_features(x)).pow(2).mean()
            loss.backward()
            opt.step()
    """)
    assert lines(code) == []
    assert fix(code, select=["ALL"]) == code
