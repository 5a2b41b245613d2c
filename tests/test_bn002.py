"""BN002 functional-dropout-always-on: what is flagged, and the real-code shapes where the rate is 0 in eval or the
dropout is meant to stay on (each a false positive once seen on real code)."""

from __future__ import annotations

import textwrap

import pytest

from helpers import lint

HEAD = """
import torch.nn as nn
import torch.nn.functional as F

"""


def bn002_lines(code: str):
    return [d.line for d in lint(HEAD + textwrap.dedent(code), select=["BN002"])]


def line_of(code: str, marker: str) -> int:
    text = HEAD + textwrap.dedent(code)
    return next(i for i, line in enumerate(text.splitlines(), 1) if marker in line)


FLAGGED = """
class Head(nn.Module):
    def __init__(self, p=0.5):
        super().__init__()
        self.p = p

    def forward(self, x):
        return F.dropout(x, self.p)  # here
"""


def test_a_rate_from_the_module_is_flagged():
    assert bn002_lines(FLAGGED) == [line_of(FLAGGED, "# here")]


@pytest.mark.parametrize("code", [
    # Monte Carlo dropout, said by the class name, a method name, or a base class
    """
    class LeNetMCDropout(nn.Module):
        def forward(self, x):
            return F.dropout(x, 0.5)
    """,
    """
    class Net(nn.Module):
        def forward(self, x):
            return F.dropout(x, 0.5)

        def mc_prediction(self, x, n=10):
            return sum(self(x) for _ in range(n)) / n
    """,
    """
    class BayesBase(nn.Module):
        def mc_sample(self, x):
            return self(x)


    class Net(BayesBase):
        def forward(self, x):
            return F.dropout(x, 0.5)
    """,
    # a rate of 0 where the call runs
    """
    class Net(nn.Module):
        def forward(self, x):
            return F.dropout(x, 0.0)
    """,
    """
    class Net(nn.Module):
        def __init__(self, rate):
            super().__init__()
            self.rate = rate

        def forward(self, x):
            if not self.rate:
                x = F.dropout(x, self.rate)
            return x
    """,
    """
    class Net(nn.Module):
        def forward(self, x, rate):
            return x if rate else F.dropout(x, rate)
    """,
    # only in training
    """
    class Net(nn.Module):
        def forward(self, x):
            if self.training:
                x = F.dropout(x, 0.5)
            return x
    """,
    # every caller in the file passes 0, or a rate that follows the mode
    """
    class Attention(nn.Module):
        def __init__(self, p=0.1):
            super().__init__()
            self.p = p

        def attend(self, w, dropout_p):
            return F.dropout(w, dropout_p)

        def forward(self, w):
            return self.attend(w, self.p if self.training else 0.0)
    """,
    """
    class Block(nn.Module):
        def __init__(self, rate=0.5):
            super().__init__()
            self.rate = rate

        def forward(self, x):
            return F.dropout(x, self.rate)


    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.a = Block(rate=0.0)
            self.b = Block(0)
    """,
    # two levels of constructions, the rate used in a lambda inside __init__ (a port for inference only)
    """
    class Process(nn.Module):
        def __init__(self, rate):
            super().__init__()
            self.drop = lambda x: F.dropout(x, p=rate) if rate else x


    class Layer(nn.Module):
        def __init__(self, dropout):
            super().__init__()
            self.pre = Process(dropout)
            self.post = Process(dropout)


    class Encoder(nn.Module):
        def __init__(self):
            super().__init__()
            self.layers = nn.ModuleList([Layer(0.0) for _ in range(6)])
    """,
])
def test_no_finding_where_the_rate_is_zero_in_eval_or_dropout_is_meant(code):
    assert bn002_lines(code) == []


@pytest.mark.parametrize("code", [
    # one caller passes a real rate
    """
    class Block(nn.Module):
        def __init__(self, rate=0.5):
            super().__init__()
            self.rate = rate

        def forward(self, x):
            return F.dropout(x, self.rate)  # here


    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.a = Block(rate=0.0)
            self.b = Block(0.3)
    """,
    # nobody in the file builds it: the default rate is what users get
    """
    class Block(nn.Module):
        def __init__(self, rate=0.5):
            super().__init__()
            self.rate = rate

        def forward(self, x):
            return F.dropout(x, self.rate)  # here
    """,
    # the guard tests something else
    """
    class Net(nn.Module):
        def forward(self, x, rate, use):
            if not use:
                x = F.dropout(x, rate)  # here
            return x
    """,
])
def test_still_flagged(code):
    assert bn002_lines(code) == [line_of(code, "# here")]


@pytest.mark.parametrize("call,fixed", [
    ("F.dropout(\n            x,\n            p=0.5,\n        )",
     "F.dropout(\n            x,\n            p=0.5,\n            training=self.training,\n        )"),
    ("F.dropout(\n            x,\n            p=0.5\n        )",
     "F.dropout(\n            x,\n            p=0.5,\n            training=self.training\n        )"),
    ("F.dropout(\n            x\n        )", "F.dropout(\n            x,\n            training=self.training\n        )"),
    ("F.dropout(x, 0.5)", "F.dropout(x, 0.5, training=self.training)"),
])
def test_the_added_argument_keeps_a_call_laid_out_one_argument_per_line(call, fixed):
    from helpers import fix

    code = ("import torch.nn as nn\nimport torch.nn.functional as F\n\n\nclass Head(nn.Module):\n"
            f"    def forward(self, x):\n        return {call}\n")
    assert fix(code, select=["BN002"]) == code.replace(call, fixed)
