"""BN003 stochastic-op-ignores-training: random draws in forward without the mode flag, and the eval fix."""

from __future__ import annotations

import ast
import textwrap

import pytest
from click.testing import CliRunner

from bnlint.cli import main
from helpers import fix, lint

HEADER = "import random\nimport numpy as np\nimport torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n"


def module(forward: str, init: str = "pass", extra: str = "", name: str = "Layer", params: str = "x") -> str:
    return HEADER + f"\n\nclass {name}(nn.Module):\n    def __init__(self):\n        super().__init__()\n" + \
        textwrap.indent(textwrap.dedent(init).strip("\n"), " " * 8) + \
        f"\n\n    def forward(self, {params}):\n" + textwrap.indent(textwrap.dedent(forward).strip("\n"), " " * 8) + \
        "\n" + textwrap.indent(textwrap.dedent(extra), "    ")


def bn003(code: str):
    return lint(code, select=["BN003"])


@pytest.mark.parametrize("draw", [
    "torch.rand(x.shape)", "torch.randn(3)", "torch.randint(0, 2, x.shape)", "torch.bernoulli(torch.full_like(x, 0.5))",
    "torch.normal(1.0, 2.0, size=(3,))", "torch.multinomial(torch.ones(4), 1)", "torch.poisson(torch.ones(3))",
    "torch.rand_like(x)", "torch.randn_like(x)", "torch.randint_like(x, 2)",
    "x.new_empty(x.shape).bernoulli_(0.5)", "torch.empty_like(x).uniform_(0, 1)", "x.clone().normal_()",
    "x.clone().random_(2)", "x.clone().exponential_()", "x.clone().geometric_(0.5)",
    "np.random.rand(3)", "np.random.binomial(1, 0.5, size=3)", "random.random()", "random.uniform(0, 1)",
])
def test_every_random_draw(draw):
    diags = bn003(module(f"noise = {draw}\nreturn x * noise"))
    assert len(diags) == 1
    assert "never reads `self.training`" in diags[0].message


@pytest.mark.parametrize("imports,draw", [
    ("from torch import rand", "rand(3)"),
    ("from numpy.random import normal", "normal(0, 1)"),
    ("from random import gauss", "gauss(0, 1)"),
    ("import numpy", "numpy.random.randn(3)"),
    ("import torchvision", "torchvision.ops.stochastic_depth(x, 0.2, 'row')"),
    ("from torchvision.ops import drop_block2d", "drop_block2d(x, 0.1, 3)"),
])
def test_import_styles(imports, draw):
    code = module(f"return x + {draw}").replace(HEADER, HEADER + imports + "\n")
    assert len(bn003(code)) == 1


@pytest.mark.parametrize("forward", [
    "if not self.training:\n    return x\nreturn x * torch.rand_like(x)",
    "if self.training:\n    x = x + torch.randn_like(x)\nreturn x",
    "return drop_path(x, 0.1, self.training)",
    "return F.dropout(x, 0.5, training=self.training)",
    "return F.dropout(x, 0.5)",  # BN002's finding, not this rule's
    "return torchvision.ops.stochastic_depth(x, 0.2, 'row', training=False)",
    "return x * torch.ones(3)",
    "return self.noise(x)",
])
def test_not_flagged(forward):
    code = module(forward, extra="""
        def noise(self, x):
            if self.training:
                return x + torch.randn_like(x)
            return x
    """).replace(HEADER, HEADER + "import torchvision\nfrom timm.layers import drop_path\n")
    assert bn003(code) == []


def test_random_in_init_or_uncalled_method_or_non_module_is_fine():
    code = HEADER + textwrap.dedent("""
        class Fixed(nn.Module):
            def __init__(self):
                super().__init__()
                self.register_buffer("noise", torch.randn(8))

            def forward(self, x):
                return x + self.noise

            def sample(self, n):
                return torch.randn(n, 8)

            def reset(self):
                self.noise.normal_()

        class Dataset:
            def __getitem__(self, i):
                return torch.rand(3) * random.random()

        def augment(x):
            return x + torch.randn_like(x)
    """)
    assert bn003(code) == []


def test_flag_under_another_name_or_passed_by_the_caller():
    code = HEADER + textwrap.dedent("""
        class A(nn.Module):
            def forward(self, x, deterministic=False):
                return x if deterministic else x * torch.rand_like(x)

        class B(nn.Module):
            def __init__(self):
                super().__init__()
                self.is_training = True

            def forward(self, x):
                return x * torch.rand_like(x) if self.is_training else x

        class C(nn.Module):
            def forward(self, x, noise=None):
                if noise is None:
                    noise = torch.randn_like(x)
                return x + noise
    """)
    assert bn003(code) == []


def test_randomness_that_is_the_model_is_not_flagged():
    code = HEADER + textwrap.dedent("""
        class Inject(nn.Module):
            def __init__(self):
                super().__init__()
                self.weight = nn.Parameter(torch.zeros(1))

            def forward(self, image):
                return image + self.weight * torch.randn_like(image)

        class VAE(nn.Module):
            def __init__(self):
                super().__init__()
                self.enc = nn.Linear(8, 4)

            def forward(self, x):
                mu, logvar = self.enc(x).chunk(2, dim=-1)
                return mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)

        class Encoder(nn.Module):
            def forward(self, mu, logvar):
                return self.reparameterize(mu, logvar)

            def reparameterize(self, mu, logvar):
                return mu + torch.randn_like(mu) * torch.exp(0.5 * logvar)

        class RandomErasing(nn.Module):
            def forward(self, img):
                return img * (torch.rand(1) > 0.5)
    """)
    assert bn003(code) == []


def test_draw_in_a_called_method_or_function_is_followed():
    code = HEADER + textwrap.dedent("""
        def mask_like(x, p):
            return (torch.rand_like(x) > p).float() / (1 - p)

        class A(nn.Module):
            def forward(self, x):
                return x * self._mask(x)

            def _mask(self, x):
                return mask_like(x, 0.1)
    """)
    (d,) = bn003(code)
    lines = code.splitlines()
    assert lines[d.line - 1].strip() == "return x * self._mask(x)"  # reported in the class
    assert "in `mask_like`" in d.message
    assert any(lines[pos.line - 1].strip().startswith("return (torch.rand_like") for _, pos, _ in d.related)
    assert d.fix is not None


def test_self_train_is_not_the_flag():
    code = module("if self.train:\n    x = x * (torch.rand_like(x) > 0.5).float() * 2\nreturn x")
    (d,) = bn003(code)
    assert "`self.train` at line" in d.message and "is a method" in d.message


# --------------------------------------------------------------------------- the fix
@pytest.mark.parametrize("forward", [
    "mask = (torch.rand_like(x) > 0.5).float()\nreturn x * mask / 0.5",  # inverted dropout
    "keep = 0.9\nmask = x.new_empty(x.shape[0], 1).bernoulli_(keep)\nmask.div_(keep)\nreturn x * mask",  # drop path
    "mask = (torch.rand_like(x) < 0.1).float()\nout = x * mask\nreturn out * mask.numel() / mask.sum()",  # DropBlock
    "return x + torch.randn_like(x) * 0.1",  # zero-mean noise
    "noise = x.clone().normal_(0, 0.1)\nx += noise\nreturn x",
    "keep = 0.8\nmask = x.new_empty(x.shape[0], 1, 1, 1).bernoulli_(keep)\nreturn x.div(keep) * mask",  # timm
])
def test_fix_returns_input_in_eval(forward):
    code = module(forward)
    (d,) = bn003(code)
    assert d.fix is not None and d.fix.applicability.value == "unsafe"
    out = fix(code, select=["BN003"])
    assert "    def forward(self, x):\n        if not self.training:\n            return x\n" in out
    assert bn003(out) == []


@pytest.mark.parametrize("forward,reason", [
    ("if random.random() < 0.8:\n    return x + self.f(x)\nreturn x", "stochastic depth"),
    ("return x * (torch.rand_like(x) > 0.5).float()", "is right only for"),
    ("return x + torch.rand_like(x)", "is right only for"),  # noise with a non-zero mean
    # what is perturbed is computed from the input: returning the input would skip the computation
    ("h = torch.tanh(x)\nreturn h + torch.randn_like(h) * 0.1", "not the input itself"),
    ("return x * 2 + torch.randn_like(x) * 0.1", "not the input itself"),
    ("return (x + torch.randn_like(x) * 0.1) * 2", "not the input itself"),
    ("return x + self.f(x) * (torch.rand(x.shape[0], 1) > 0.2).float() / 0.8", "like stochastic depth"),
])
def test_no_fix_where_returning_the_input_is_wrong(forward, reason):
    code = module(forward, init="self.f = nn.Linear(8, 8)")
    (d,) = bn003(code)
    assert d.fix is None and reason in d.message


def test_no_fix_for_several_inputs():
    (d,) = bn003(module("return x * torch.rand_like(y) / 0.5", params="x, y"))
    assert d.fix is None and "more than one input" in d.message


def test_fix_goes_after_the_docstring_and_keeps_comments():
    code = HEADER + textwrap.dedent('''
        class Noise(nn.Module):
            def forward(self, x):  # noise layer
                """Add noise."""
                # zero mean
                return x + torch.randn_like(x)

        class Noise2(nn.Module):
            def forward(
                self,
                x,
            ):
                # zero mean
                return x + torch.randn_like(x)
    ''')
    out = fix(code, select=["BN003"])
    assert '"""Add noise."""\n        if not self.training:\n            return x\n        # zero mean\n' in out
    assert "    ):\n        if not self.training:\n            return x\n        # zero mean\n" in out


def test_cli_rewrite_converges(tmp_path):
    path = tmp_path / "layers.py"
    source = module("# draw a mask\nmask = (torch.rand_like(x) > 0.5).float()\nreturn x * mask / 0.5")
    path.write_text(source)
    args = ["check", str(path), "--select", "BN003", "--rewrite", "--unsafe-fixes"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    fixed = path.read_text()
    ast.parse(fixed)
    assert "# draw a mask" in fixed and fixed != source
    second = CliRunner().invoke(main, args)
    assert second.exit_code == 0 and path.read_text() == fixed


def test_example_model_found_and_fixed(tmp_path):
    from pathlib import Path

    source = (Path(__file__).resolve().parent.parent / "examples" / "models" / "stochastic_layers.py").read_text()
    path = tmp_path / "stochastic_layers.py"
    path.write_text(source)
    args = ["check", str(path), "--select", "BN003"]
    found = CliRunner().invoke(main, args)
    assert found.output.count(" BN003 ") == 3
    CliRunner().invoke(main, args + ["--rewrite", "--unsafe-fixes"])
    fixed = path.read_text()
    ast.parse(fixed)
    assert fixed.count("if not self.training:\n            return x\n") == 2
    after = CliRunner().invoke(main, args)
    # Stochastic depth without rescaling stays, with the reason it has no automatic fix.
    assert after.output.count(" BN003 ") == 1 and "StochasticDepthBlock" in after.output
    assert "p * f(x) + x" in after.output


# --------------------------------------------------------------------------- review: precision
def test_transformer_block_is_model_code_but_transforms_are_not():
    draw = "mask = (torch.rand_like(x) > 0.5).float()\nreturn x * mask / 0.5"
    assert len(bn003(module(draw, name="TransformerBlock"))) == 1
    for name in ("ColorJitter", "GaussianBlur", "AugMix", "RandAugment", "TrivialAugmentWide", "RandomErasing",
                 "Cutout", "Mixup", "CutMix", "RandomPosterize", "Solarize", "PatchTransform", "NaFlexAugment"):
        assert bn003(module(draw, name=name)) == [], name


@pytest.mark.parametrize("path, flagged", [
    ("timm/data/naflex_transforms.py", False), ("data/auto_augment.py", False), ("augmentations.py", False),
    ("models/transformer.py", True), ("model.py", True),
])
def test_classes_of_a_transforms_or_augmentation_file_are_exempt(path, flagged):
    code = module("return x * (torch.rand(1) > 0.5).float() / 0.5", name="ResizeKeepRatio")
    assert len(lint(code, select=["BN003"], path=path)) == (1 if flagged else 0)


def test_random_default_argument_runs_once_at_definition():
    assert bn003(module("return x + y", params="x, y=torch.randn(2, 3)")) == []
    code = module("return x + torch.randn_like(y)", params="x, y=torch.randn(2, 3)")
    (d,) = bn003(code)
    assert code.splitlines()[d.line - 1].strip() == "return x + torch.randn_like(y)"


@pytest.mark.parametrize("forward, gated", [
    ("if random.random() < 0.8:\n    return x + self.f(x)\nreturn x", True),
    ("if torch.rand(()) < 0.2:\n    return x\nreturn x + self.f(x)", True),
    ("return x + self.f(x) * (torch.rand(x.shape[0], 1) > 0.2).float()", True),
    ("return self.f(x) if random.random() < 0.5 else x", True),
])
def test_stochastic_depth_message_only_when_the_draw_gates_the_sub_layer(forward, gated):
    (d,) = bn003(module(forward, init="self.f = nn.Linear(8, 8)"))
    assert d.fix is None
    assert ("like stochastic depth" in d.message) is gated
    if not gated:
        assert "is right only for dropout-style ops" in d.message and "expected value" not in d.message


def test_no_fix_when_forward_also_applies_a_sub_layer():
    (d,) = bn003(module("return self.f(x) + torch.randn_like(x) * 0.1", init="self.f = nn.Linear(8, 8)"))
    assert d.fix is None
    assert "would also skip `self.f`" in d.message and "stochastic depth" not in d.message


def test_draw_behind_an_option_no_caller_passes_is_not_flagged():
    helper = """
        def pos_embed(n, jitter=None):
            grid = torch.arange(n).float()
            if jitter is not None:
                grid = grid + torch.empty(n).uniform_(-jitter, jitter)
            return grid.sin()
    """
    code = HEADER + textwrap.dedent(helper) + textwrap.dedent("""
        class PosEmbed(nn.Module):
            def forward(self, x):
                return x + pos_embed(x.shape[-1])
    """)
    assert bn003(code) == []
    for call in ("pos_embed(x.shape[-1], 0.1)", "pos_embed(x.shape[-1], jitter=0.1)", "pos_embed(*x.shape[-1:])"):
        assert len(bn003(code.replace("pos_embed(x.shape[-1])", call))) == 1, call


# --------------------------------------------------------------------------- the regulariser shape
@pytest.mark.parametrize("forward", [
    # epsilon-greedy: the draw picks the output (RL exploration is the method)
    "q = self.f(x)\nif torch.rand(()) < 0.1:\n    return torch.randint(0, 2, (x.shape[0],))\nreturn q.argmax(-1)",
    # MAE-style masking: a random subset of the input goes on through a layer
    "keep = torch.argsort(torch.rand(x.shape[:2]), dim=1)[:, :4]\nx = torch.gather(x, 1, keep)\nreturn self.f(x)",
    # sampling from what the data says: the draw is the output
    "return torch.bernoulli(torch.sigmoid(self.f(x)))",
    "return torch.multinomial(torch.softmax(self.f(x), -1), 1)",
    # quantiles drawn and mixed into the features, then fed on (implicit quantile networks)
    "tau = torch.rand(x.shape[0], 8)\nphi = torch.cos(tau * 3.14)\nreturn self.f(x * phi.mean(1, keepdim=True))",
    # a loss with a random mask: it returns a number, not its input changed
    "mask = (torch.rand_like(x) > 0.5).float()\nreturn ((x - self.f(x)) ** 2 * mask).mean()",
    # noise drawn for the memory, not applied to the input
    "if self.bank is None:\n    self.bank = torch.randn(16, 8)\nreturn x @ self.bank.t()",
    # explicit training=True: dropout at inference is meant (Monte Carlo dropout, a Tacotron prenet)
    "return F.dropout(self.f(x), 0.5, training=True)",
])
def test_the_draw_is_the_method_not_a_regulariser(forward):
    assert bn003(module(forward, init="self.f = nn.Linear(8, 8)\nself.bank = None")) == []


@pytest.mark.parametrize("forward", [
    "return self.f(x) + torch.randn_like(x) * 0.1",  # noise on a layer's output, returned
    "h = self.f(x)\nmask = (torch.rand_like(h) > 0.2).float()\nreturn h * mask / 0.8",  # a mask on it
    "return x + self.f(x) * (torch.rand(x.shape[0], 1) > 0.2).float()",  # drop path on a branch
])
def test_data_perturbed_on_its_way_out_is_a_regulariser(forward):
    assert len(bn003(module(forward, init="self.f = nn.Linear(8, 8)"))) == 1


@pytest.mark.parametrize("tail,offered", [
    ("x + torch.randn_like(x) * 0.1", True),
    ("(x + torch.randn_like(x) * 0.1).contiguous()", True),
    ("(x + torch.randn_like(x) * 0.1).flatten(1)", False),  # eval would return the unflattened input
    ("(x + torch.randn_like(x) * 0.1).relu()", False),
    ("(x + torch.randn_like(x) * 0.1).view(-1)", False),
    ("(x + torch.randn_like(x) * 0.1).half()", False),
    ("(x + torch.randn_like(x) * 0.1)[:, :2]", False),
    ("-(x + torch.randn_like(x) * 0.1)", False),
])
def test_the_eval_early_return_only_where_nothing_follows_the_perturbation(tail, offered):
    """`if not self.training: return x` is right only where forward with its noise off returns x itself."""
    diags = bn003(module(f"return {tail}"))
    assert len(diags) == 1
    assert (diags[0].fix is not None) is offered, diags[0].message
