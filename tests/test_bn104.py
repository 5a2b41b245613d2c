"""BN104 mode-method-not-called: `model.eval` with no call, `self.train` where a boolean is meant."""

from __future__ import annotations

import textwrap

import pytest

from helpers import codes_at, fix, lint

HEADER = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n\n\n"


def module(forward_body: str, extra: str = "") -> str:
    """A Module class whose forward has `forward_body` (indented by 8), plus module-level `extra`."""
    body = textwrap.indent(textwrap.dedent(forward_body), " " * 8)
    return (
        HEADER
        + "class Net(nn.Module):\n"
        + "    def __init__(self):\n        super().__init__()\n        self.bn = nn.BatchNorm1d(4)\n\n"
        + "    def forward(self, x):\n"
        + body
        + "        return self.bn(x)\n"
        + textwrap.dedent(extra)
    )


def bn104(code: str):
    return [d for d in lint(code, select=["BN104"])]


def lines(code: str):
    return [line for line, _ in codes_at(code, select=["BN104"])]


def line_of(code: str, text: str) -> int:
    """Line number of the first line that is `text` (stripped), else of the first containing it."""
    found = code.splitlines()
    exact = [i for i, l in enumerate(found, 1) if l.strip() == text.strip()]
    return exact[0] if exact else next(i for i, l in enumerate(found, 1) if text.strip() in l)


# ----------------------------------------------------------------------------- bare statements


@pytest.mark.parametrize("method", ["eval", "train"])
def test_bare_statement_on_self_in_a_module_is_flagged_and_called(method):
    code = module(f"self.{method}\n")
    assert lines(code) == [line_of(code, f"self.{method}\n")]
    assert f"        self.{method}()\n" in fix(code, select=["BN104"])


@pytest.mark.parametrize(
    "build",
    [
        "model = Net()",
        "model = Net().to('cuda')",
        "model = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4))",
        "model = torchvision.models.resnet18(weights=None)",
        "model = copy.deepcopy(Net())",
        "model = timm.create_model('resnet50')",
        "model: nn.Module = load()",
    ],
)
def test_bare_statement_on_a_name_built_as_a_model(build):
    code = module("", f"""
        import copy
        import timm
        import torchvision


        def main():
            {build}
            model.eval
            model.eval()
    """)
    diags = bn104(code)
    assert [d.line for d in diags] == [line_of(code, "model.eval\n")]
    assert diags[0].related and diags[0].related[0][1].line == line_of(code, build)
    assert "model.eval()\n    model.eval()" in fix(code, select=["BN104"])


@pytest.mark.parametrize("call", ["model.parameters()", "model.state_dict()", "model.cuda()", "model.zero_grad()",
                                  "model.load_state_dict(sd)", "model.named_modules()", "model.to(device)"])
def test_module_only_calls_are_evidence(call):
    code = f"""
        def run(model, sd, device):
            {call}
            model.train
            if model.train:
                pass
    """
    assert [line for line, _ in codes_at(code, select=["BN104"])] == [4, 5]


def test_copy_of_a_model_is_a_model():
    code = """
        import copy
        import torch.nn as nn


        model = nn.Sequential(nn.Linear(2, 2), nn.Dropout())
        ema = copy.deepcopy(model)
        teacher = ema
        if teacher.train:
            pass
    """
    assert lines(code) == [9]


def test_bare_statement_with_no_evidence_is_flagged_when_it_is_the_only_use():
    code = """
        import torch


        def evaluate(net, loader):
            net.eval  # switch to eval mode
            with torch.no_grad():
                return [net(x) for x in loader]
    """
    diags = bn104(code)
    assert [d.line for d in diags] == [6]
    assert "`net.eval` without `()`" in diags[0].message and "stays in training mode" in diags[0].message
    assert "net.eval()  # switch to eval mode\n" in fix(code, select=["BN104"])


def test_loop_variable_over_modules_gets_its_call():
    code = """
        import torch.nn as nn

        for m in model.modules():
            if isinstance(m, nn.BatchNorm2d):
                m.eval
    """
    assert lines(code) == [6]
    assert "m.eval()" in fix(code, select=["BN104"])


def test_bare_statement_with_no_evidence_in_a_file_without_torch_is_not_flagged():
    code = """
        import tensorflow as tf


        def show(mnist):
            mnist.train
    """
    assert lines(code) == []


# ----------------------------------------------------------------------------- truth values


@pytest.mark.parametrize(
    "stmt,expected",
    [
        ("if self.train:\n    x = x * 2\n", "if self.training:\n"),
        ("while self.train:\n    break\n", "while self.training:\n"),
        ("assert self.train, 'train only'\n", "assert self.training, 'train only'\n"),
        ("x = x * 2 if self.train else x\n", "x = x * 2 if self.training else x\n"),
        ("if not self.train:\n    x = x * 2\n", "if not self.training:\n"),
        ("if self.train and x.numel() > 1:\n    x = x * 2\n", "if self.training and x.numel() > 1:\n"),
        ("y = [v for v in x if self.train]\n", "y = [v for v in x if self.training]\n"),
        ("if self.train == True:\n    x = x * 2\n", "if self.training == True:\n"),
        ("x = F.dropout(x, 0.5, self.train)\n", "x = F.dropout(x, 0.5, self.training)\n"),
        ("x = F.dropout2d(x, p=0.5, training=self.train)\n", "x = F.dropout2d(x, p=0.5, training=self.training)\n"),
        ("x = torch.dropout(x, 0.5, self.train)\n", "x = torch.dropout(x, 0.5, self.training)\n"),
        ("x = F.batch_norm(x, None, None, None, None, self.train)\n",
         "x = F.batch_norm(x, None, None, None, None, self.training)\n"),
        ("x = helper(x, is_training=self.train)\n", "x = helper(x, is_training=self.training)\n"),
        ("x = helper(x, train=self.train)\n", "x = helper(x, train=self.training)\n"),
    ],
)
def test_self_train_as_a_boolean_becomes_self_training(stmt, expected):
    code = module(stmt)
    assert lines(code) == [line_of(code, stmt.splitlines()[0])]
    fixed = fix(code, select=["BN104"])
    assert textwrap.indent(expected, " " * 8) in fixed
    assert bn104(fixed) == []


@pytest.mark.parametrize(
    "stmt,expected",
    [
        ("if self.eval:\n    x = x * 2\n", "if not self.training:\n"),
        ("if not self.eval:\n    x = x * 2\n", "if self.training:\n"),
        ("x = x if self.eval or x.numel() == 1 else x * 2\n",
         "x = x if not self.training or x.numel() == 1 else x * 2\n"),
        ("if self.eval == False:\n    x = x * 2\n", "if (not self.training) == False:\n"),
    ],
)
def test_self_eval_as_a_boolean_becomes_not_training(stmt, expected):
    code = module(stmt)
    assert lines(code) == [line_of(code, stmt.splitlines()[0])]
    assert textwrap.indent(expected, " " * 8) in fix(code, select=["BN104"])


@pytest.mark.parametrize(
    "stmt,says",
    [
        ("x = F.dropout(x, 0.5, self.train)\n", "TypeError"),
        ("x = F.dropout(x, 0.5, training=self.train)\n", "TypeError"),
        ("x = helper(x, training=self.train)\n", "counts as true in either mode"),
    ],
)
def test_message_says_what_the_callee_does_with_a_method(stmt, says):
    (diag,) = bn104(module(stmt))
    assert says in diag.message and "use `self.training`" in diag.message


def test_self_eval_passed_as_training_flag_has_no_fix():
    code = module("x = F.dropout(x, 0.5, training=self.eval)\n")
    (diag,) = bn104(code)
    assert diag.fix is None
    assert "pass `self.training`" in diag.message


def test_closure_inside_a_method_sees_the_module():
    code = module("def noisy(v):\n    return v * 2 if self.train else v\nx = noisy(x)\n")
    assert lines(code) == [line_of(code, "if self.train")]


@pytest.mark.parametrize("method,advice", [("train", "use `model.training`"), ("eval", "use `not model.training`")])
def test_model_as_a_boolean_outside_its_class_is_flagged_without_a_fix(method, advice):
    code = f"""
        import torch.nn as nn

        model = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
        if model.{method}:
            print("mode")
    """
    (diag,) = bn104(code)
    assert diag.line == 5 and diag.fix is None
    assert advice in diag.message and "always true" in diag.message
    assert diag.related[0][1].line == 4
    assert fix(code, select=["BN104"]) == textwrap.dedent(code)


# ----------------------------------------------------------------------------- not flagged


def test_references_to_the_bound_method_are_not_flagged():
    code = module("", """

        def main(callbacks):
            net = Net()
            orig = net.eval
            callbacks.append(net.train)
            mode = {"eval": net.eval, "train": net.train}
            orig()
            return net.train(False)
    """)
    assert lines(code) == []


def test_a_data_flag_named_train_is_not_module_train():
    code = """
        import torch
        import torch.nn as nn


        class Patches(torch.utils.data.Dataset):
            def __init__(self, train=True):
                self.train = train

            def __len__(self):
                return 10 if self.train else 2


        class Flagged(nn.Module):
            def __init__(self, train):
                super().__init__()
                self.train = train

            def forward(self, x):
                return x * 2 if self.train else x


        class Child(Flagged):
            def forward(self, x):
                if self.train:
                    return x
                self.eval
                return -x
    """
    assert lines(code) == [27]  # eval is still Module.eval in Child; train is Flagged's data flag


@pytest.mark.parametrize(
    "definition",
    ["train = False", "@property\ndef train(self):\n    return self._train", "def train(self, loader):\n    pass"],
)
def test_a_module_that_redefines_train_is_not_flagged(definition):
    code = (
        "import torch.nn as nn\n\n\nclass Net(nn.Module):\n"
        + textwrap.indent(definition, "    ")
        + "\n\n    def forward(self, x):\n        self.train\n        return x if self.train else -x\n"
    )
    assert lines(code) == []


def test_storing_train_on_another_object_does_not_hide_self_train():
    code = module("self.loader.train = True\nargs.train = False\nif self.train:\n    x = x * 2\n")
    assert lines(code) == [line_of(code, "if self.train:")]


def test_self_of_a_class_that_is_not_a_module_is_not_flagged():
    code = """
        class Trainer:
            def run(self):
                self.eval
                if self.train:
                    pass
    """
    assert lines(code) == []


def test_configuration_objects_are_not_models():
    code = """
        import argparse
        from dataclasses import dataclass
        from types import SimpleNamespace

        import pandas as pd


        @dataclass
        class Config:
            train: bool = True
            eval: bool = False


        def main(cfg):
            parser = argparse.ArgumentParser()
            args = parser.parse_args()
            if args.train:
                pass
            args.eval
            cfg.train
            opt = SimpleNamespace(train=True)
            opt.eval
            conf = Config()
            conf.eval
            df = pd.read_csv("x.csv")
            df.eval
            hparams.train
            if cfg.train and conf.eval:
                pass
    """
    assert lines(code) == []


def test_bare_statement_on_an_attribute_used_as_a_value_elsewhere_is_not_flagged():
    code = """
        def main(runner):
            runner.eval
            if runner.eval:
                pass
            runner.train
            runner.train = True
    """
    assert lines(code) == []


def test_imported_modules_are_not_models():
    code = """
        import xgboost

        xgboost.train
        booster = xgboost.train({}, None)
    """
    assert lines(code) == []


def test_noqa_silences_the_finding():
    code = module("self.eval  # noqa: BN104\n")
    assert lines(code) == []


# ----------------------------------------------------------------------------- fixes


def test_fixes_keep_comments_and_formatting_and_converge():
    code = module(
        """\
        if (self.train   # odd spacing kept
                and x.numel() > 1):
            x = F.dropout(x,
                          0.5,
                          training=self.train)  # comment kept
        """,
        """

        def evaluate(net):
            net.eval ;  net.zero_grad()  # both on one line
            (net.train)
    """,
    )
    fixed = fix(code, select=["BN104"])
    assert "        if (self.training   # odd spacing kept\n                and x.numel() > 1):\n" in fixed
    assert "                          training=self.training)  # comment kept\n" in fixed
    assert "    net.eval() ;  net.zero_grad()  # both on one line\n" in fixed
    assert "    (net.train())\n" in fixed
    # Nothing else changed, and a second run finds nothing.
    assert fixed.replace("self.training", "self.train").replace("()", "") == code.replace("()", "")
    assert bn104(fixed) == []
    assert fix(fixed, select=["BN104"]) == fixed


def test_cli_rewrite_fixes_the_file(tmp_path):
    from click.testing import CliRunner

    from bnlint.cli import main

    path = tmp_path / "evaluate.py"
    evaluate = "\n\ndef evaluate(model):\n    model.eval\n    return model\n"
    path.write_text(module("if self.train:\n    x = x * 2\n", evaluate))
    result = CliRunner().invoke(main, ["check", str(path), "--rewrite", "--select", "BN104"])
    text = path.read_text()
    assert "if self.training:" in text and "    model.eval()\n" in text
    assert result.exit_code == 0, result.output
    again = CliRunner().invoke(main, ["check", str(path), "--select", "BN104"])
    assert again.exit_code == 0, again.output
