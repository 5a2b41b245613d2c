"""The prefilter (Rule.may_apply) only skips files a rule has nothing to say about.

Each rule's text tests must pass every file the rule reports on; a regex that is too tight silently
hides findings. Checked two ways: every rule run on a corpus of real examples with and without the
prefilter gives the same findings, and each pattern on the spellings it must (and must not) accept.
"""

from __future__ import annotations

import ast
import textwrap
from pathlib import Path

import pytest

from bnlint import catalogue
from bnlint.source.context import FileContext
from bnlint.source.rule import source_rules

from helpers import settings_for

ROOT = Path(__file__).resolve().parent.parent
RULES = source_rules()


def corpus():
    for doc in catalogue.load().values():
        for ex in doc.examples:
            yield f"{doc.code}-{ex.kind}-line{ex.doc_line}", ex.unmarked() if ex.kind == "bad" else ex.code
    for folder in ("examples", "tests/models"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")


CORPUS = [pytest.param(text, id=name) for name, text in corpus()]


def findings(rule_cls, text: str):
    settings = settings_for(["ALL"])
    ctx = FileContext("example.py", text, ast.parse(text), settings)
    try:
        rule = rule_cls()
        found = list(rule.check(ctx))
        if hasattr(rule, "review"):  # a rule that judges the other rules' findings (BN800): here, of none
            found += rule.review(ctx, [])
        return [(d.line, d.column, d.message) for d in found]
    finally:
        ctx.release()


@pytest.mark.parametrize("text", CORPUS)
def test_a_rule_that_finds_something_passes_its_prefilter(text):
    text = textwrap.dedent(text)
    try:
        ast.parse(text)
    except SyntaxError:
        pytest.skip("not Python on purpose")
    reporting = [code for code, cls in RULES.items() if findings(cls, text)]
    hidden = [code for code in reporting if not RULES[code].may_apply(text)]
    assert hidden == []


def test_the_corpus_gives_every_rule_something_to_find():
    """Otherwise the test above proves nothing for the rule left out."""
    found = set()
    for param in CORPUS:
        text = textwrap.dedent(param.values[0])
        try:
            ast.parse(text)
        except SyntaxError:
            continue
        found |= {code for code, cls in RULES.items() if code not in found and findings(cls, text)}
    assert found == set(RULES)


# Spellings each rule's patterns must accept (the rule can report on them) and may reject.
ACCEPTED = {
    "BN001": ["nn.Dropout(0.5), nn.BatchNorm2d(8)", "F.dropout(x); F.batch_norm(x, m, v)",
              "DropBlock2d(3), SyncBatchNorm(4)", "drop_block2d(x); torch.batch_norm(x)"],
    "BN003": ["def forward(self, x): return x * torch.rand_like(x)",
              "async  def  forward(self):\n    random.random()"],
    "BN101": ["model.train()\nwith torch.no_grad():", "import torch.nn as nn\nm = nn.Linear(2, 2)\n@torch.inference_mode()",
              "from torch import nn\nm = nn.BatchNorm1d(2)\ntorch.set_grad_enabled(False)",
              "torchvision.models.resnet18()\ntorch.jit.trace(m, x)", "timm.create_model('x')\ntorch.jit.script(m)",
              "class N(Module): pass\nm = N()\ntorch.export.export(m, (x,))",
              "class N(nn.Module): pass\nclass M(N): pass\nm = M()\ntorch.export.export(m, (x,))",
              "import torch\nm.train (True)\ndef Evaluate(model):",
              "import torch\nfrom torch.nn import Sequential\nm = Sequential()\ndef __test_all(m):",
              "import torch as T\nm = T.nn.Linear(2, 2)\ndef PREDICT(m):",
              "import torch\nm = torch.nn.modules.linear.Linear (2, 2)\nwith torch.no_grad(): m(x)"],
    "BN103": ["import torch\nmodel.eval()\nloss.backward()", "import torch\nnet.train(False)\nopt.step ()"],
    "BN104": ["model.eval\n", "model.train\n", "model . eval", "if self.train:", "x = (model.eval\n())",
              "model.\\\neval"],
    "BN105": ["model.training = False", "self.training=True", "m.training: bool = False", "(m.training) = False",
              "a.training = b.training = False"],
    "BN201": ["torch.save(list(model.parameters()), f)", "m.load_state_dict(dict(m.named_parameters()))",
              "torch.save(list(model.parameters(\n    # every one\n)), f)", "torch.save([*(m .\\\n parameters())], f)",
              "for a, b in zip(ema.parameters(), model.parameters()):"],
    "BN203": ["model.load_state_dict(sd, strict=False)", "model.load_state_dict(sd, False)"],
    "BN800": ["x = 1  # noqa: BN001"],  # a comment: what BN800 reads
    "BN202": ["p.requires_grad = False\nloss.backward()", "p.requires_grad=False\nopt.step()",
              "m.requires_grad_(False)\nloss.backward()", "m.requires_grad_(requires_grad=False)\nloss.backward()",
              "m.requires_grad_(\n    False)\nloss.backward()", "p.requires_grad = q = False\nloss.backward()"],
}
REJECTED = {
    "BN001": ["nn.Dropout(0.5), nn.LayerNorm(8)", "nn.BatchNorm2d(8)"],
    "BN003": ["def forward(self, x): return x", "def forward_features(self): torch.rand(3)"],
    "BN101": ["import torch\ndef train(model):", "import torch\nmodel(x)",
              "import torch.nn as nn\n@torch.inference_mode()",  # nothing built here: a model from elsewhere
              "import torch\ndef f(m: torch.nn.Module):\n    with torch.no_grad():\n        return m(x)",
              "import torch\np = torch.nn.Parameter(x)\nwith torch.no_grad():\n    f(p)",
              "import torch\nclass Box:\n    pass\nb = Box()\nwith torch.no_grad():\n    b(x)",
              "import torch\nwith torch.no_grad():\n    y = model(x)  # a model from elsewhere: mode unknown",
              "import torch\nwith torch.no_grad():\n    self.training = False\n    channel = conn(inner)"],
    "BN103": ["import torch\nmodel.eval()\nprint(model(x))"],
    "BN104": ["model.eval()", "model.train(False)", "model.eval ()", "self.training", "train_loader", "evaluate"],
    "BN105": ["if model.training:", "x = model.training", "model.training == False", "training = False"],
    "BN202": ["p.requires_grad = True\nloss.backward()", "m.requires_grad_(True)\nloss.backward()",
              "p.requires_grad = False", "x = torch.zeros(3, requires_grad=False)\nloss.backward()"],
    "BN201": ["p = list(model.parameters())", "model.load_state_dict(sd)", "torch.save(model.state_dict(), f)",
              "torch.save(list(model.parameters(recurse=False)), f)"],
}
# Each rule reads the syntax tree, which never looks into a comment or a string: a file whose only mention is in a
# docstring's example (as in most of a library's files) is not parsed for it.
REJECTED_OUTSIDE_CODE = {
    "BN001": ['"""nn.Dropout(0.5), nn.BatchNorm2d(8)"""', "x = 1  # nn.Dropout(0.5), nn.BatchNorm2d(8)"],
    "BN002": ['def f(x):\n    """Unlike F.dropout(x), ..."""'],
    "BN004": ["# F.scaled_dot_product_attention(q, k, v, dropout_p=0.1)"],
    "BN101": ['import torch\n"""\n>>> m = nn.Linear(2, 2)\n>>> with torch.no_grad():\n...     m(x)\n"""',
              "import torch\nm = nn.Linear(2, 2)  # later: with torch.no_grad()"],
    "BN102": ["import torch\nprint('call model.eval() first')"],
    "BN103": ["import torch\n# model.eval()\nloss.backward()", "import torch\nmodel.eval()\nlog('loss.backward()')"],
    "BN104": ["x = 'model.eval'"],
    "BN105": ["# model.training = False"],
    "BN201": ['"""torch.save(list(model.parameters()), f)"""'],
    "BN202": ["p.requires_grad = False\n# loss.backward()"],
}


@pytest.mark.parametrize("code,text", [(c, t) for c, ts in ACCEPTED.items() for t in ts])
def test_pattern_accepts(code, text):
    assert RULES[code].may_apply(text)


@pytest.mark.parametrize("code,text", [(c, t) for c, ts in REJECTED.items() for t in ts])
def test_pattern_rejects(code, text):
    assert not RULES[code].may_apply(text)


@pytest.mark.parametrize("code,text", [(c, t) for c, ts in REJECTED_OUTSIDE_CODE.items() for t in ts])
def test_a_mention_outside_the_code_is_not_read(code, text):
    assert not RULES[code].may_apply(text)
