"""Issue 18, item 7: a file's cost grows with its size, not with its square.

Counted in Python function calls (cProfile's total), which does not depend on the machine's speed: four
times the code must cost less than five times the calls. Before the fix a generated file of many classes
cost the square (class_info rebuilt for every class and rule, BN104 scanning every `x.eval` for each one),
and so did one class of many methods (defines_data walked the whole class for every `self.train`).
"""

from __future__ import annotations

import cProfile
import pstats

import pytest

from bnlint.config import Overrides, Selection, build_settings
from bnlint.source.check import check_text

HEAD = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n"
BASES = "".join(f"\n\nclass Base{b}(nn.Module):\n    def scale(self, x):\n        return x * {b}\n" for b in range(10))
CLASS = '''

class Block{i}(Base{b}):
    def __init__(self, width=16):
        super().__init__()
        self.fc = nn.Linear(width, width)
        self.bn = nn.BatchNorm1d(width)
        self.drop = nn.Dropout(0.1)
        self.net = nn.Sequential(nn.Linear(width, width), nn.Dropout(0.2), nn.BatchNorm1d(width), nn.ReLU())

    def forward(self, x):
        x = self.bn(self.drop(self.fc(x)))
        if self.train:
            x = F.dropout(x, 0.5)
        return self.helper(self.net(x))

    def helper(self, x):
        return x * torch.rand_like(x)


def evaluate{i}(model, batches):
    model.eval
    return [model(x) for x in batches]
'''
METHOD = '''
    def f{i}(self, x):
        x = self.l{i}(x)
        if self.train:
            x = x * 2
        return self.f{j}(x) if x.sum() > 0 else x
'''


def many_classes(n: int) -> str:
    return HEAD + BASES + "".join(CLASS.format(i=i, b=i % 10) for i in range(n))


def one_class(n: int) -> str:
    inits = "".join(f"        self.l{i} = nn.Sequential(nn.Linear(8, 8), nn.BatchNorm1d(8))\n" for i in range(n))
    body = "".join(METHOD.format(i=i, j=i + 1) for i in range(n))
    return (HEAD + "\n\nclass Big(nn.Module):\n    def __init__(self):\n        super().__init__()\n" + inits
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
