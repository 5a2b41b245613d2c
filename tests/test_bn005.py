"""BN005 mode-layer-built-in-forward: a layer that reads the mode, built while the model runs."""

from __future__ import annotations

import textwrap

import pytest

from helpers import fix, lint

HEAD = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n\n\n"


def code_of(body: str) -> str:
    return HEAD + textwrap.dedent(body)


def found(body: str):
    return lint(code_of(body), select=["BN005"])


def marked(body: str):
    text = code_of(body)
    return [i for i, line in enumerate(text.splitlines(), 1) if "# here" in line]


@pytest.mark.parametrize("body", [
    """
    class Head(nn.Module):
        def forward(self, x):
            return nn.Dropout2d(0.2)(x)  # here
    """,
    """
    class Head(nn.Module):
        def forward(self, x):
            drop = nn.AlphaDropout(p=0.1)  # here
            return drop(x)
    """,
    """
    class Block(nn.Module):
        def forward(self, x):
            return self.mix(x)

        def mix(self, x):
            return nn.BatchNorm1d(x.shape[1])(x)  # here
    """,
    """
    def attend(w, p):
        return nn.Dropout(p=p)(w)  # here


    class Attention(nn.Module):
        def forward(self, w):
            return attend(w, 0.1)
    """,
    """
    class Encoder(nn.Module):
        def forward(self, x):
            return nn.LSTM(4, 4, num_layers=2, dropout=0.3)(x)[0]  # here
    """,
])
def test_flagged(body):
    assert [d.line for d in found(body)] == marked(body)


@pytest.mark.parametrize("body", [
    # built in __init__ (or a builder __init__ calls): a child of the model
    """
    class Head(nn.Module):
        def __init__(self):
            super().__init__()
            self.drop = nn.Dropout(0.5)
            self.layers = self._make()

        def _make(self):
            return nn.Sequential(nn.Linear(2, 2), nn.Dropout(0.1))

        def forward(self, x):
            return self.layers(self.drop(x))
    """,
    # its mode is set where it is built
    """
    class Head(nn.Module):
        def forward(self, x):
            drop = nn.Dropout(0.5)
            drop.train(self.training)
            return drop(x)
    """,
    # layers that do not read the mode, and an LSTM without dropout
    """
    class Head(nn.Module):
        def forward(self, x):
            x = nn.ReLU()(x)
            x = nn.LayerNorm(x.shape[-1])(x)
            return nn.LSTM(4, 4)(x)[0]
    """,
    # not a Module's forward: a script building layers
    """
    def build():
        return nn.Sequential(nn.Linear(2, 2), nn.Dropout(0.5))

    model = build()
    """,
])
def test_not_flagged(body):
    assert found(body) == []


def test_fix_uses_the_functional_form_with_the_mode():
    body = """
    class Head(nn.Module):
        def forward(self, x):
            return nn.Dropout2d(p=0.2, inplace=True)(x)
    """
    (d,) = found(body)
    assert d.fix is not None and d.fix.applicability.value == "safe"
    out = fix(code_of(body), select=["BN005"])
    assert "return F.dropout2d(x, p=0.2, inplace=True, training=self.training)" in out
    assert lint(out, select=["BN005"]) == []


def test_fix_adds_import_torch_when_functional_is_not_imported():
    code = "import torch.nn as nn\n\n\nclass Head(nn.Module):\n    def forward(self, x):\n        return nn.Dropout(0.5)(x)\n"
    out = fix(code, select=["BN005"])
    assert "import torch\n" in out and "torch.nn.functional.dropout(x, 0.5, training=self.training)" in out


@pytest.mark.parametrize("body,reason", [
    ("""
    class A(nn.Module):
        def forward(self, x):
            return nn.BatchNorm1d(4)(x)
    """, "not a dropout"),
])
def test_no_fix_where_the_functional_form_does_not_fit(body, reason):
    (d,) = found(body)
    assert d.fix is None, reason
    assert "build it once in `__init__`" in d.message


def test_a_file_function_is_told_to_take_the_callers_flag():
    (d,) = found("""
    def attend(w, p):
        return nn.Dropout(p=p)(w)


    class Attention(nn.Module):
        def forward(self, w):
            return attend(w, 0.1)
    """)
    assert d.fix is None
    assert "take the caller's `training` flag" in d.message and "F.dropout(x, p, training=training)" in d.message
    assert "__init__" not in d.message
