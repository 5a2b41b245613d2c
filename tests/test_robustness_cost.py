"""Issue 18, item 7: a file's cost grows with its size, not with its square.

Counted in Python function calls (cProfile's total), which does not depend on the machine's speed: four
times the code must cost less than 4.4 times the calls (linear gives 3.9-4.0). Before the fix a generated file of many classes
cost the square (class_info rebuilt for every class and rule, BN104 scanning every `x.eval` for each one),
and so did one class of many methods (defines_data walked the whole class for every `self.train`).
"""

from __future__ import annotations

import cProfile
import pstats
import sys
from pathlib import Path

import pytest

from bnlint.config import Overrides, Selection, build_settings
from bnlint.source.check import check_text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))
from static_speed import SWEEP_BASE, SWEEP_BLOCK, SWEEP_HEAD  # noqa: E402 - the shape the size sweep measures

METHOD = '''
    def f{i}(self, x):
        x = self.l{i}(x)
        if self.train:
            x = x * 2
        return self.f{j}(x) if x.sum() > 0 else x
'''


def many_classes(n: int) -> str:
    bases = "".join(SWEEP_BASE.format(b=b) for b in range(10))
    return SWEEP_HEAD + bases + "".join(SWEEP_BLOCK.format(i=i, b=i % 10, w=16 + i % 7) for i in range(n))


def one_class(n: int) -> str:
    inits = "".join(f"        self.l{i} = nn.Sequential(nn.Linear(8, 8), nn.BatchNorm1d(8))\n" for i in range(n))
    body = "".join(METHOD.format(i=i, j=i + 1) for i in range(n))
    return (SWEEP_HEAD + "\n\nclass Big(nn.Module):\n    def __init__(self):\n        super().__init__()\n" + inits
            + "\n    def forward(self, x):\n        return self.f0(x)\n" + body)


def calls(text: str) -> int:
    settings = build_settings(None, Overrides(selection=Selection(select=("ALL",))))
    profile = cProfile.Profile()
    profile.enable()
    try:
        result = check_text("generated.py", text, settings)
    finally:
        profile.disable()
    assert not any(d.code.startswith("BN9") for d in result.diagnostics)
    return pstats.Stats(profile).total_calls


@pytest.mark.parametrize("generate", [many_classes, one_class])
def test_four_times_the_code_costs_about_four_times_the_calls(generate):
    small, large = calls(generate(100)), calls(generate(400))
    assert large / small < 4.4, (small, large)  # linear: 3.9-4.0; before the fix 4.9 and 15
