"""BN105 training-flag-assignment: `model.training = False` reaches one module, not its children."""

from __future__ import annotations

import textwrap

import pytest

from helpers import codes_at, fix, lint

NET = """\
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4), nn.Dropout(0.5))

    def forward(self, x):
        return self.features(x)
"""


def with_net(extra: str) -> str:
    return NET + "\n\n" + textwrap.dedent(extra)


def lines(code: str):
    return [line for line, _ in codes_at(code, select=["BN105"])]


def bn105(code: str):
    return lint(code, select=["BN105"])


# ----------------------------------------------------------------------------- findings and fixes


@pytest.mark.parametrize(
    "stmt,expected",
    [
        ("model.training = False", "model.eval()"),
        ("model.training = True", "model.train()"),
        ("model.training = step < 100", "model.train(step < 100)"),
        ("model.training = not frozen", "model.train(not frozen)"),
        ("model.training = other.training", "model.train(other.training)"),
        ("model.training = flag", "model.train(flag)"),
        ("model.training = mode", "model.train(mode)"),
        ("model.training = args.train", "model.train(bool(args.train))"),
        ("model.training: bool = False", "model.eval()"),
    ],
)
def test_assignment_on_a_model_becomes_the_call(stmt, expected):
    code = with_net(f"""
        def run(args, other, step, frozen, flag: bool, mode=True):
            model = Net()
            {stmt}
            return model
    """)
    diags = bn105(code)
    assert len(diags) == 1
    assert diags[0].related and "model = Net()" in code.splitlines()[diags[0].related[0][1].line - 1]
    assert f"call `{expected}`" in diags[0].message
    fixed = fix(code, select=["BN105"])
    assert f"    {expected}\n" in fixed
    assert bn105(fixed) == []


@pytest.mark.parametrize(
    "value,stays", [("False", "stay in training mode"), ("True", "stay in eval mode"), ("flag", "keep their mode")]
)
def test_message_says_what_the_children_keep(value, stays):
    code = with_net(f"model = Net()\nmodel.training = {value}\n")
    (diag,) = bn105(code)
    assert stays in diag.message and "`model`" in diag.message


@pytest.mark.parametrize(
    "setup",
    [
        "model = torchvision.models.resnet50()",
        "model = nn.DataParallel(Net())",
        "model = copy.deepcopy(net)\nnet = Net()",
        "model.load_state_dict(torch.load('m.pt'))",
        "model.cuda()",
    ],
)
def test_evidence_that_the_object_is_a_model(setup):
    code = "import copy\nimport torch\nimport torchvision\n" + with_net(
        "def main(net, model):\n" + textwrap.indent(setup, "    ") + "\n    model.training = False\n"
    )
    assert lines(code) == [len(code.splitlines())]


def test_annotated_parameter_is_a_model():
    code = """
        import torch.nn as nn


        def freeze(model: nn.Module):
            model.training = False
    """
    assert lines(code) == [6]
    assert "    model.eval()\n" in fix(code, select=["BN105"])


def test_self_in_a_module_method():
    code = with_net("""
        class Frozen(Net):
            def freeze(self):
                self.training = False  # freeze
                return self
    """)
    (diag,) = bn105(code)
    assert "this module" in diag.message and diag.related == ()
    assert "        self.eval()  # freeze\n" in fix(code, select=["BN105"])


def test_attribute_of_self_holding_a_container():
    code = with_net("""
        class Wrapper(nn.Module):
            def __init__(self):
                super().__init__()
                self.backbone = Net()

            def train(self, mode=True):
                super().train(mode)
                self.backbone.training = False
                return self
    """)
    assert lines(code) == [len(code.splitlines()) - 1]
    assert "        self.backbone.eval()\n" in fix(code, select=["BN105"])


def test_in_init_there_is_no_fix():
    code = with_net("""
        class StartsInEval(nn.Module):
            def __init__(self):
                super().__init__()
                self.training = False
                self.bn = nn.BatchNorm1d(4)
    """)
    (diag,) = bn105(code)
    assert diag.fix is None and "end of `__init__`" in diag.message


def test_chained_assignment_is_reported_without_a_fix():
    code = with_net("a = Net()\nb = Net()\na.training = b.training = False\n")
    diags = bn105(code)
    assert len(diags) == 2 and all(d.fix is None for d in diags)


# ----------------------------------------------------------------------------- not flagged


def test_autograd_context_is_not_a_module():
    code = """
        import torch


        class Scale(torch.autograd.Function):
            @staticmethod
            def forward(ctx, x, training):
                ctx.training = training
                return x

            @staticmethod
            def backward(ctx, grad):
                return grad if ctx.training else grad * 0, None
    """
    assert lines(code) == []


def test_train_and_eval_overrides_set_their_own_flag():
    code = with_net("""
        class Custom(Net):
            def train(self, mode=True):
                self.training = mode
                for child in self.children():
                    child.train(mode)
                return self

            def eval(self):
                self.training = False
                return self
    """)
    assert lines(code) == []


def test_a_method_that_propagates_the_mode_itself():
    code = with_net("""
        class Custom(Net):
            def set_mode(self, mode):
                self.training = mode
                for child in self.children():
                    child.train(mode)

            def freeze(self):
                self.training = False
                self.apply(lambda m: setattr(m, "training", False))


        def freeze(model: nn.Module):
            model.training = False
            model.features.eval()
    """)
    assert lines(code) == []


def test_leaf_layers_and_whole_tree_walks():
    code = with_net("""
        def freeze_bn(model: nn.Module):
            bn = nn.BatchNorm2d(8)
            bn.training = False
            for m in model.modules():
                if isinstance(m, (nn.BatchNorm1d, nn.BatchNorm2d)):
                    m.eval()
                    m.training = False
            for name, m in model.named_modules():
                m.training = False
    """)
    assert lines(code) == []


def test_modules_without_children_lose_nothing():
    code = """
        import torch
        import torch.nn as nn


        class Scale(nn.Module):
            def __init__(self):
                super().__init__()
                self.weight = nn.Parameter(torch.ones(1))
                self.training = False  # starts in eval mode: nothing below it to miss

            def freeze(self):
                self.training = False


        class Packed(nn.Module):
            def __init__(self, weights):
                super().__init__()
                self.training = False
                self.packed = nn.ModuleList(weights)  # contents unknown, default set on purpose


        scale = Scale()
        scale.load_state_dict({})
        scale.training = True
    """
    assert lines(code) == []


def test_init_with_a_mode_dependent_child_is_flagged():
    code = with_net("""
        class Head(nn.Module):
            def __init__(self):
                super().__init__()
                self.training = False
                self.body = nn.Sequential(nn.Linear(4, 4), nn.Dropout(0.1))
    """)
    assert lines(code) == [len(code.splitlines()) - 1]


def test_a_training_property_setter_mirroring_the_flag_is_not_flagged():
    code = with_net("""
        class Wrapped(nn.Module):
            def __init__(self, inner):
                super().__init__()
                self.inner = Net()

            @property
            def training(self):
                return self.inner.training

            @training.setter
            def training(self, value):
                self.inner.training = value
    """)
    assert lines(code) == []


def test_non_modules_are_not_flagged():
    code = """
        import argparse
        from dataclasses import dataclass
        from types import SimpleNamespace


        @dataclass
        class Config:
            training: bool = True


        class Trainer:
            def __init__(self):
                self.training = True

            def stop(self):
                self.training = False


        def main(state, cfg):
            args = argparse.ArgumentParser().parse_args()
            args.training = False
            conf = Config()
            conf.training = False
            ns = SimpleNamespace()
            ns.training = True
            cfg.training = False
            state.training = False
    """
    assert lines(code) == []


def test_a_class_with_a_training_property_is_not_flagged():
    code = with_net("""
        class Switchable(Net):
            @property
            def training(self):
                return self._training

            @training.setter
            def training(self, value):
                self._training = value
                for m in self.children():
                    m.train(value)

            def freeze(self):
                self.training = False


        model = Switchable()
        model.training = False
    """)
    assert lines(code) == []


# ----------------------------------------------------------------------------- fixes


def test_fix_keeps_comments_and_formatting_and_converges():
    code = with_net("""
        model = Net()
        model.training = (step > 10 and  # warm-up over
                          not frozen)  # multi-line value kept
        if ready: model.training = False  # one-liner
    """)
    fixed = fix(code, select=["BN105"])
    expected = code.replace("model.training = (step", "model.train(step").replace(
        "if ready: model.training = False", "if ready: model.eval()"
    )
    assert fixed == expected
    assert bn105(fixed) == []
    assert fix(fixed, select=["BN105"]) == fixed


def test_cli_rewrite_fixes_the_file(tmp_path):
    from click.testing import CliRunner

    from bnlint.cli import main

    path = tmp_path / "infer.py"
    path.write_text(with_net("model = Net()\nmodel.training = False  # inference\n"))
    result = CliRunner().invoke(main, ["check", str(path), "--rewrite", "--select", "BN105"])
    assert result.exit_code == 0, result.output
    assert path.read_text().endswith("model = Net()\nmodel.eval()  # inference\n")
    again = CliRunner().invoke(main, ["check", str(path), "--select", "BN105"])
    assert again.exit_code == 0, again.output


# ----------------------------------------------------------------------------- real-code shapes: no child to miss
HEAD = "import torch\nimport torch.nn as nn\n\n\n"


@pytest.mark.parametrize("code", [
    # the only child does not depend on the mode
    """
    class Swish(nn.Module):
        def forward(self, x):
            return x * torch.sigmoid(x)


    class EvoNorm(nn.Module):
        def __init__(self, c):
            super().__init__()
            self.act = Swish()
            self.register_buffer("running_var", torch.ones(1, c, 1, 1))

        def set_mode(self, flag):
            self.training = flag
    """,
    # a child of a class deriving from a torch.nn layer is that layer: its own flag is all there is
    """
    class LayerNormTBC(nn.LayerNorm):
        pass


    class Block(nn.Module):
        def __init__(self, c):
            super().__init__()
            self.norm = LayerNormTBC(c)

        def forward(self, x, norm_training=None):
            if norm_training is not None:
                self.norm.training = norm_training
            return self.norm(x)
    """,
    # an RNN cell, and an LSTM without dropout, read no mode
    """
    class Seq(nn.Module):
        def __init__(self):
            super().__init__()
            self.cell = nn.LSTMCell(4, 4)
            self.rnn = nn.LSTM(4, 4, num_layers=2)

        def freeze(self):
            self.training = False
    """,
    # children built with their own flag
    """
    class Branch(nn.Module):
        def __init__(self, training):
            super().__init__()
            self.training = training
            self.conv = nn.Conv2d(4, 4, 3)

        def forward(self, x):
            return nn.functional.dropout(self.conv(x), 0.5, training=self.training)


    class Net(nn.Module):
        def __init__(self, training=True):
            super().__init__()
            self.training = training
            self.a = Branch(training=training)
            self.b = Branch(training=training)
    """,
    # the value that sets the flag also switches the children's dropout off
    """
    class Model(nn.Module):
        def __init__(self, config):
            super().__init__()
            self.training = config.training
            self.rate = config.dropout if config.training else 0.0
            self.drop = nn.Dropout(self.rate)
    """,
    # every construction in the file passes True, the flag a new module has anyway
    """
    class Embed(nn.Module):
        def __init__(self, n, training=False):
            super().__init__()
            self.training = training
            self.emb = nn.Embedding(n, 8)
            self.drop = nn.Dropout(0.25)


    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.embed = Embed(100, training=True)
    """,
])
def test_no_finding_without_a_child_the_flag_misses(code):
    assert lines(HEAD + textwrap.dedent(code)) == []


def test_self_attributes_are_looked_up_in_their_own_class():
    """Two classes with an attribute of the same name: each assignment is judged by its own class's child."""
    code = HEAD + textwrap.dedent("""
        class BatchNormTBC(nn.Module):
            def __init__(self, c):
                super().__init__()
                self.bn = nn.BatchNorm1d(c)


        class Encoder(nn.Module):
            def __init__(self, c):
                super().__init__()
                self.norm = BatchNormTBC(c)

            def forward(self, x, flag):
                self.norm.training = flag  # encoder
                return x


        class Decoder(nn.Module):
            def __init__(self, c):
                super().__init__()
                self.norm = nn.LayerNorm(c)

            def forward(self, x, flag):
                self.norm.training = flag
                return x
    """)
    found = lines(code)
    assert found == [next(i for i, l in enumerate(code.splitlines(), 1) if "# encoder" in l)]


def test_a_module_with_a_dropout_child_is_still_flagged():
    code = HEAD + textwrap.dedent("""
        class Head(nn.Module):
            def __init__(self):
                super().__init__()
                self.drop = nn.Dropout(0.5)
                self.rnn = nn.LSTM(4, 4, num_layers=2, dropout=0.2)

            def freeze(self):
                self.training = False
    """)
    assert len(lines(code)) == 1
