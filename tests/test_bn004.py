"""BN004 attention-dropout-always-on: scaled_dot_product_attention's dropout_p must follow the mode."""

from __future__ import annotations

import ast
import textwrap

import pytest
from click.testing import CliRunner

from bnlint.cli import main
from helpers import fix, lint

HEADER = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n\nP = 0.1\nZERO = 0.0\n"


def attention(body: str, params: str = "q, k, v", init: str = "self.p = p\nself.zero = 0.0") -> str:
    return HEADER + "\n\nclass Attn(nn.Module):\n    def __init__(self, p):\n        super().__init__()\n" + \
        textwrap.indent(init, " " * 8) + f"\n\n    def forward(self, {params}):\n" + \
        textwrap.indent(textwrap.dedent(body).strip("\n"), " " * 8) + "\n"


def bn004(code: str):
    return lint(code, select=["BN004"])


@pytest.mark.parametrize("call", [
    "F.scaled_dot_product_attention(q, k, v, dropout_p=self.p)",
    "F.scaled_dot_product_attention(q, k, v, None, self.p)",
    "F.scaled_dot_product_attention(q, k, v, attn_mask=None, dropout_p=0.1, is_causal=True)",
    "F.scaled_dot_product_attention(q, k, v, dropout_p=P)",
    "F.scaled_dot_product_attention(q, k, v, dropout_p=0.5 * self.p)",
    "torch.nn.functional.scaled_dot_product_attention(q, k, v, dropout_p=self.p)",
])
def test_flagged(call):
    (d,) = bn004(attention(f"return {call}"))
    assert "in eval mode too" in d.message and d.fix is not None


@pytest.mark.parametrize("imports,name", [
    ("from torch.nn.functional import scaled_dot_product_attention", "scaled_dot_product_attention"),
    ("from torch.nn.functional import scaled_dot_product_attention as sdpa", "sdpa"),
    ("from torch.nn import functional as fn", "fn.scaled_dot_product_attention"),
])
def test_import_styles(imports, name):
    code = attention(f"return {name}(q, k, v, dropout_p=self.p)").replace(HEADER, HEADER + imports + "\n")
    assert len(bn004(code)) == 1


@pytest.mark.parametrize("body", [
    "return F.scaled_dot_product_attention(q, k, v)",
    "return F.scaled_dot_product_attention(q, k, v, dropout_p=0)",
    "return F.scaled_dot_product_attention(q, k, v, dropout_p=0.0)",
    "return F.scaled_dot_product_attention(q, k, v, None, 0.0)",
    "return F.scaled_dot_product_attention(q, k, v, dropout_p=ZERO)",
    "return F.scaled_dot_product_attention(q, k, v, dropout_p=self.zero)",
    "return F.scaled_dot_product_attention(q, k, v, dropout_p=self.p if self.training else 0.0)",
    "return F.scaled_dot_product_attention(q, k, v, dropout_p=self.p * self.training)",
    "p = self.p if self.training else 0.0\nreturn F.scaled_dot_product_attention(q, k, v, dropout_p=p)",
    "p = self.p\nif not self.training:\n    p = 0.0\nreturn F.scaled_dot_product_attention(q, k, v, dropout_p=p)",
    "if self.training:\n    return F.scaled_dot_product_attention(q, k, v, dropout_p=self.p)\n"
    "return F.scaled_dot_product_attention(q, k, v)",
    "return F.scaled_dot_product_attention(q, k, v, dropout_p=dropout)",
    "return F.scaled_dot_product_attention(q, k, v, *args)",
])
def test_not_flagged(body):
    assert bn004(attention(body, params="q, k, v, dropout=0.0, *args")) == []


def test_flag_under_another_name():
    body = "return F.scaled_dot_product_attention(q, k, v, dropout_p=0.0 if deterministic else self.p)"
    assert bn004(attention(body, params="q, k, v, deterministic=True")) == []


def test_fix_wraps_the_expression_and_converges():
    code = attention("return F.scaled_dot_product_attention(q, k, v, None, self.p)  # keep")
    out = fix(code, select=["BN004"], unsafe=False)
    assert "F.scaled_dot_product_attention(q, k, v, None, (self.p if self.training else 0.0))  # keep\n" in out
    assert bn004(out) == []


def test_fix_parenthesises_a_conditional_and_names_self_train():
    code = attention("return F.scaled_dot_product_attention(q, k, v, dropout_p=self.p if self.train else 0.0)")
    (d,) = bn004(code)
    assert "`self.train` is a method" in d.message
    out = fix(code, select=["BN004"])
    assert "dropout_p=((self.p if self.train else 0.0) if self.training else 0.0)" in out
    ast.parse(out)


def test_outside_a_module_there_is_no_fix():
    code = HEADER + "\ndef attend(q, k, v):\n    return F.scaled_dot_product_attention(q, k, v, dropout_p=0.1)\n"
    (d,) = bn004(code)
    assert d.fix is None and "pass 0.0 when not training" in d.message


def test_fix_is_safe_and_reported_at_the_expression():
    code = attention("return F.scaled_dot_product_attention(q, k, v, dropout_p=self.p)")
    (d,) = bn004(code)
    assert d.fix.applicability.value == "safe"
    line = code.splitlines()[d.line - 1]
    assert line[d.column - 1:].startswith("self.p)")


def test_cli_rewrite(tmp_path):
    path = tmp_path / "attn.py"
    source = attention("# attention\nreturn F.scaled_dot_product_attention(q, k, v, dropout_p=self.p)")
    path.write_text(source)
    args = ["check", str(path), "--select", "BN004", "--rewrite"]
    assert CliRunner().invoke(main, args).exit_code == 0
    fixed = path.read_text()
    assert fixed != source and "# attention" in fixed
    ast.parse(fixed)
    second = CliRunner().invoke(main, args)
    assert second.exit_code == 0 and path.read_text() == fixed


def test_example_model_found_and_fixed(tmp_path):
    from pathlib import Path

    source = (Path(__file__).resolve().parent.parent / "examples" / "models" / "attention.py").read_text()
    path = tmp_path / "attention.py"
    path.write_text(source)
    args = ["check", str(path), "--select", "BN004"]
    assert CliRunner().invoke(main, args).output.count(" BN004 ") == 1
    CliRunner().invoke(main, args + ["--rewrite"])
    assert "dropout_p=(self.attn_drop if self.training else 0.0)" in path.read_text()
    assert CliRunner().invoke(main, args).exit_code == 0
