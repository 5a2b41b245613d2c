"""Issue 18, item 4: BN104's safe fixes never change how a model trains.

`self.eval` used as a truth value is the bound method, true in training mode too; the fix `not self.training`
is false there, so it changes training and is unsafe (applied with --unsafe-fixes only). Each truth use below
is run in training mode before and after the fixes `--rewrite` applies without --unsafe-fixes: same result.
"""

from __future__ import annotations

import textwrap

import pytest
from click.testing import CliRunner

from bnlint.cli import main
from bnlint.diagnostic import Applicability

from helpers import fix, lint

torch = pytest.importorskip("torch")

USES = [
    "r = 1 if {m} else 0",
    "r = not {m}",
    "r = bool({m} and True)",
    "r = bool({m} or False)",
    "r = [1 for _ in [0] if {m}]",
    "r = {m} == True",
    "r = {m} == False",
    "r = {m} != True",
    "r = {m} != False",
    "r = {m} is True",
    "r = {m} is not True",
    "r = {m} is False",
    "r = True == {m}",
]


def module(use: str, method: str) -> str:
    body = use.format(m=f"self.{method}")
    return textwrap.dedent(f"""\
        import torch.nn as nn


        class M(nn.Module):
            def forward(self, x):
                {body}
                return r
    """)


def run_in(code: str, training: bool):
    scope: dict = {}
    exec(compile(code, "<m>", "exec"), scope)
    m = scope["M"]()
    m.train(training)
    return m(0)


@pytest.mark.parametrize("method", ["train", "eval"])
@pytest.mark.parametrize("use", USES)
def test_safe_fixes_keep_training_mode_behaviour(use, method):
    code = module(use, method)
    [diag] = [d for d in lint(code, select=["BN104"])]
    safe = fix(code, select=["BN104"], unsafe=False)
    assert run_in(safe, True) == run_in(code, True), (safe, diag.fix)
    if method == "eval":
        assert diag.fix is None or diag.fix.applicability is Applicability.UNSAFE
    if diag.fix is not None and diag.fix.applicability is Applicability.SAFE:
        assert safe != code


@pytest.mark.parametrize("use", ["r = 1 if {m} else 0", "r = not {m}", "r = bool({m} or False)", "r = {m} == False"])
def test_the_unsafe_eval_fix_means_in_eval_mode(use):
    fixed = fix(module(use, "eval"), select=["BN104"], unsafe=True)
    for training in (True, False):
        meant: dict = {}
        exec(use.format(m=str(not training)), meant)  # what `self.eval` as "in eval mode" gives
        assert run_in(fixed, training) == meant["r"]


def test_rewrite_without_unsafe_fixes_leaves_self_eval_and_says_an_unsafe_fix_exists(tmp_path):
    p = tmp_path / "m.py"
    code = module("r = 1 if {m} else 0", "eval")
    p.write_text(code)
    r = CliRunner().invoke(main, ["check", "--rewrite", "--no-cache", str(p)])
    assert p.read_text() == code
    assert "1 more fix available with `--unsafe-fixes`" in r.output
    r = CliRunner().invoke(main, ["check", "--rewrite", "--unsafe-fixes", "--no-cache", str(p)])
    assert "r = 1 if not self.training else 0" in p.read_text()
