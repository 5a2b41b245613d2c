"""BN001's estimate of a diluted variance shift against a measurement (issue 14, cause f).

The source tier estimates the train/eval variance ratio at a BatchNorm as 1 + share * p / (1 - p), where share
is the part of the BatchNorm input's variance that carries the dropout's rescaling: 1 right after it, halved
by a residual sum with another term (taken to have the same variance), divided by n by a `torch.cat` of n
tensors along any dim but channels, and, for a cat along channels, kept per channel until a weight layer mixes
the channels (then share * the channel part). This script measures the same ratio with the graph tier's
method (bnlint.graph.variance: every BatchNorm normalising with batch statistics in both passes, dropout on
in one, off in the other) on models built from files of the accuracy corpus (loaded from the corpus at run
time: no third-party code is kept here) and on two small models of our own, and prints both.

    python benchmarks/bn001_dilution.py [--corpus DIR] [--passes 16]

Per BatchNorm it prints bnlint's estimate, the measured ratio var_train / var_eval averaged over the channels
that carry the dropout (those of the cat's part, else all), the same for var + eps (what the BatchNorm divides
by), and bnlint.variance_shift's statistic (the paper's max(r, 1/r) of var + eps averaged over all channels). Weights are freshly initialised (no checkpoints offline).
"""

from __future__ import annotations

import argparse
import ast
import os
import sys
import textwrap
from pathlib import Path

import torch
from torch import nn

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from bnlint import variance_shift  # noqa: E402
from bnlint.config import Overrides, build_settings  # noqa: E402
from bnlint.source.analysis.layer_flow import collect  # noqa: E402
from bnlint.source.analysis.variance import ratio  # noqa: E402
from bnlint.source.context import FileContext  # noqa: E402

PRELUDE = ("import math, functools\nfrom collections import OrderedDict\nimport torch\nimport torch.nn as nn\n"
           "import torch.nn.functional as F\nfrom torch.nn import Module\n")

OWN = PRELUDE + textwrap.dedent("""
    class Residual(nn.Module):  # pre-activation residual blocks, dropout before the last conv of the branch
        def __init__(self, c, p):
            super().__init__()
            self.bn1 = nn.BatchNorm2d(c)
            self.conv1 = nn.Conv2d(c, c, 3, padding=1)
            self.bn2 = nn.BatchNorm2d(c)
            self.drop = nn.Dropout(p)
            self.conv2 = nn.Conv2d(c, c, 3, padding=1)

        def forward(self, x):
            return x + self.conv2(self.drop(F.relu(self.bn2(self.conv1(F.relu(self.bn1(x)))))))


    class ResNet(nn.Module):
        def __init__(self, p=0.3):
            super().__init__()
            self.stem = nn.Conv2d(3, 32, 3, padding=1)
            self.b1 = Residual(32, p)
            self.b2 = Residual(32, p)
            self.bn = nn.BatchNorm2d(32)

        def forward(self, x):
            return self.bn(self.b2(self.b1(self.stem(x))))


    class DenseLayer(nn.Module):  # DenseNet-BC layer with dropout on its new features
        def __init__(self, c, growth, p):
            super().__init__()
            self.bn1 = nn.BatchNorm2d(c)
            self.conv1 = nn.Conv2d(c, 4 * growth, 1)
            self.bn2 = nn.BatchNorm2d(4 * growth)
            self.conv2 = nn.Conv2d(4 * growth, growth, 3, padding=1)
            self.drop = nn.Dropout(p)

        def forward(self, x):
            new = self.drop(self.conv2(F.relu(self.bn2(self.conv1(F.relu(self.bn1(x)))))))
            return torch.cat([x, new], 1)


    class DenseNet(nn.Module):
        def __init__(self, p=0.2):
            super().__init__()
            self.stem = nn.Conv2d(3, 32, 3, padding=1)
            self.l1 = DenseLayer(32, 16, p)
            self.l2 = DenseLayer(48, 16, p)
            self.mix = nn.Conv2d(64, 64, 1)
            self.bn = nn.BatchNorm2d(64)

        def forward(self, x):
            y = self.l2(self.l1(self.stem(x)))
            return y, self.bn(self.mix(y))
""")

# name, file (corpus-relative, or None: OWN), classes to load, constructor, input, [(BatchNorm module, its line in
# bnlint's finding, the dropout's line, the line of the block call holding the BatchNorm (0: none), channels that
# carry the dropout or None for all)]
MODELS = [
    ("own residual blocks (p=0.3)", None, [], "ResNet(0.3)", lambda: torch.randn(16, 3, 16, 16),
     [("b2.bn1", 18, 18, 30, None), ("bn", 30, 18, 0, None)]),
    ("own DenseNet-BC layers (p=0.2)", None, [], "DenseNet(0.2)", lambda: torch.randn(16, 3, 16, 16),
     [("l2.bn1", 43, 43, 57, slice(32, 48)), ("bn", 58, 43, 0, None)]),
    ("zijundeng UNet (enc4 Dropout(0.5))", "paritybench/generated/test_zijundeng_pytorch_semantic_segmentation.py",
     ["initialize_weights", "_EncoderBlock", "_DecoderBlock", "UNet"], "UNet(4)", lambda: torch.randn(4, 3, 188, 188),
     [("center.decode.1", 605, 651, 680, None), ("dec4.decode.1", 605, 651, 681, None)]),
    ("perone NoPoolASPP (Dropout2d(0.4) per branch)", "paritybench/generated/test_perone_medicaltorch.py",
     ["NoPoolASPP"], "NoPoolASPP()", lambda: torch.randn(8, 1, 32, 32),
     [("concat_bn", 255, 251, 0, slice(256, 320)), ("branch1b_bn", 226, 224, 0, None)]),
    ("NATSpeech RNNEncoder (residual F.dropout(0.5))", "paritybench/generated/test_NATSpeech_NATSpeech.py",
     ["ConvNorm", "RNNEncoder"], "RNNEncoder(40, 64)", lambda: torch.randint(1, 40, (16, 50)),
     [("convolutions.1.1", 1910, 1921, 0, None), ("convolutions.2.1", 1910, 1921, 0, None)]),
    ("ccgan Generator (UNetDown/UNetUp Dropout(0.5))", "pytorch-gan/implementations/ccgan/models.py",
     ["UNetDown", "UNetUp", "Generator"], "Generator((3, 64, 64))",
     lambda: (torch.randn(8, 3, 64, 64), torch.randn(8, 3, 16, 16)),
     [("down4.model.1", 15, 18, 71, None), ("up2.model.1", 31, 35, 75, None)]),
]


def load(text: str, names):
    """Exec the named top-level definitions of a file (all of them when names is empty) after PRELUDE."""
    tree = ast.parse(text)
    keep = [n for n in tree.body if isinstance(n, (ast.ClassDef, ast.FunctionDef))
            and (not names or n.name in names)]
    if names:  # the last definition of each name wins, as when the file runs
        keep = [n for n in keep if n is [m for m in keep if m.name == n.name][-1]]
        keep.sort(key=lambda n: names.index(n.name))
    namespace: dict = {}
    exec(compile(ast.Module(body=ast.parse(PRELUDE).body + keep, type_ignores=[]), "<corpus>", "exec"), namespace)
    return namespace


def estimates(path: str, text: str):
    """{(BatchNorm line, dropout line): [estimated ratios]} from BN001's own analysis of the file."""
    ctx = FileContext(path, text, ast.parse(text), build_settings(None, Overrides()))
    out: dict = {}
    for group in collect(ctx).by_node.values():
        for f in group:
            r = ratio(ctx, f.source)
            key = (f.bn_node.lineno, getattr(f.source.node, "lineno", 0), f.into[0].lineno if f.into else 0)
            out.setdefault(key, set()).add(None if r is None else round(r, 2))
    return out


def per_channel(model: nn.Module, inputs, names, passes: int):
    """{BatchNorm name: per-channel (var + eps) with dropout on / off}, every BatchNorm on batch statistics."""
    modules = dict(model.named_modules())
    sums: dict = {}

    def hook(name):
        def record(module, args):
            x = args[0].detach().double()
            var = x.transpose(0, 1).reshape(x.shape[1], -1).var(dim=1, correction=0)
            sums[name] = sums.get(name, 0) + var
        return record

    handles = [modules[n].register_forward_pre_hook(hook(n)) for n in names]
    state = {k: v.clone() for k, v in model.state_dict().items()}
    args = inputs if isinstance(inputs, tuple) else (inputs,)
    try:
        with torch.no_grad():
            model.train()
            for i in range(passes):
                torch.manual_seed(i)
                model(*args)
            on = {n: v / passes for n, v in sums.items()}
            sums.clear()
            for m in model.modules():
                m.train(isinstance(m, nn.modules.batchnorm._BatchNorm))
            model(*args)
            off = dict(sums)
    finally:
        for h in handles:
            h.remove()
        model.load_state_dict(state)
    # BN divides by sqrt(var + eps): the ratio it suffers is that of var + eps (as bnlint.graph.variance); the
    # ratio of the variances alone is what the estimate predicts (they differ where eps is large: eps=0.8)
    return {n: ((on[n] + modules[n].eps) / (off[n] + modules[n].eps), on[n] / off[n].clamp_min(1e-30))
            for n in names}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default=os.environ.get("BNLINT_CORPUS", str(Path.home() / ".cache/bnlint-corpus")))
    parser.add_argument("--passes", type=int, default=16)
    opts = parser.parse_args()
    torch.manual_seed(0)
    print("| model | BatchNorm | path | bnlint estimate | measured var ratio | measured (var + eps) ratio "
          "| variance_shift |")
    print("|---|---|---|---:|---:|---:|---:|")
    for title, file, names, build, make_input, rows in MODELS:
        text = OWN if file is None else (Path(opts.corpus) / file).read_text(encoding="utf-8")
        namespace = load(text, names)
        model = eval(build, namespace)
        inputs = make_input()
        measured = per_channel(model, inputs, [r[0] for r in rows], opts.passes)
        shifts = variance_shift(model, inputs, passes=opts.passes)
        found = estimates(file or "own.py", text)
        for bn, bn_line, drop_line, into, channels in rows:
            r, raw = (m[channels] if channels is not None else m for m in measured[bn])
            est = sorted(x for x in found.get((bn_line, drop_line, into), {None}) if x is not None) or ["none"]
            path = "cat along channels" if channels is not None else ""
            print(f"| {title} | `{bn}` | {path} | {', '.join(map(str, est))} | {raw.mean().item():.2f} | "
                  f"{r.mean().item():.2f} | "
                  f"{shifts.get(bn, float('nan')):.2f} |")


if __name__ == "__main__":
    main()
