"""Random model architectures for the fuzz tests, written out as Python source in two styles.

An architecture is a tree of layers (`Layer`): plain layers (weight, norm, activation, pooling,
dropout) and three kinds of blocks: a residual block `x + body(x)`, a concat block
`cat([a(x), b(x)], 1)` and a drop-path block `x + DropPath(body(x))`. `sequential_source` writes it as
nested `nn.Sequential(...)` literals, `forward_source` as a Module whose `forward` spells out the data
flow; both files define `build()` and `example_input()` and put every layer on a line of its own, so
each dropout has a location of its own. Nothing here imports torch: the files are imported by the tests.

Two families keep shapes simple: "1d" (Linear, BatchNorm1d, LayerNorm on (N, C) features) and "2d"
(Conv2d, BatchNorm2d, GroupNorm, shape-keeping pooling and element-wise Dropout on (N, C, H, W)).
Every layer keeps the channel count, except that each concat branch starts with a weight layer to half
the channels.
"""

from __future__ import annotations

import importlib.util
import itertools
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import List, Tuple

from hypothesis import strategies as st

WIDTH = {"1d": 64, "2d": 32}  # channels of the input and of every block
BATCH = {"1d": 256, "2d": 32}
SPATIAL = 6  # 2d inputs are SPATIAL x SPATIAL

PLAIN = ("weight", "bn", "norm", "relu", "gelu", "pool")


@dataclass(frozen=True)
class Layer:
    kind: str  # one of PLAIN, "dropout", "residual", "concat", "droppath"
    p: float = 0.0  # dropout / drop path probability
    body: Tuple["Layer", ...] = ()  # residual and drop-path body, first concat branch
    other: Tuple["Layer", ...] = ()  # second concat branch


@dataclass(frozen=True)
class Arch:
    family: str
    layers: Tuple[Layer, ...]
    seed: int = 0

    def walk(self):
        return walk(self.layers)

    @property
    def has_batchnorm(self) -> bool:
        return any(layer.kind == "bn" for layer in self.walk())


def walk(layers):
    for layer in layers:
        yield layer
        yield from walk(layer.body)
        yield from walk(layer.other)


# ----------------------------------------------------------------------------- strategies
# The generator keeps to shapes where a BatchNorm's measured variance shift follows from the math alone
# (BACKGROUND.md), so that it can judge the graph tier (see test_fuzz_graph for the threshold):
# - dropout with keep probability q multiplies the variance of each unit it feeds by
#   (c^2 + v) / (q v) - c^2 / v >= 1/q; weight layers, ReLU and GELU (positively homogeneous, or nearly)
#   pass that on. Tanh is left out: it saturates, and a dropout before it can shrink the variance
#   instead, cancelling a later dropout;
# - at most one dropout or drop path on a path between BatchNorms: shifts in series multiply, and what a
#   BatchNorm passes on to the next one grows with the shift it saw (it changes the channels' correlations);
# - residual and drop-path bodies hold no dropout (the clean skip would dilute it by a factor that depends
#   on the weights); concat branches hold no BatchNorm or LayerNorm/GroupNorm, and a BatchNorm follows
#   every concat, as in DenseNet: each channel's shift is measured before anything mixes noisy and clean
#   channels (which would weigh them by their variances), so a dropout in one branch still shows as
#   (1 + 1/q) / 2 >= 1.5 on average over the channels;
# - no pooling after the first dropout: averaging neighbours whose masks are independent shrinks the
#   noise by a factor that depends on how alike the neighbours are, and behind a BatchNorm it turns the
#   spatial correlations dropout removed in training into a variance change. (Channel-wise Dropout2d would
#   survive pooling, but its per-sample masks survive a BatchNorm too, with the same effect);
# - drop path with p = 0.1, as stochastic depth is used: its shift stays below 1 / (1 - p) = 1.11.
probabilities = st.sampled_from([0.5, 0.6])
ACTIVATIONS = ("relu", "gelu")
plain_layers = st.sampled_from(PLAIN).map(lambda k: Layer(k))
dropouts = probabilities.map(lambda p: Layer("dropout", p))
clean_bodies = st.lists(st.sampled_from(("weight", "pool") + ACTIVATIONS).map(lambda k: Layer(k)),
                        min_size=1, max_size=3).map(tuple)
branch_layers = st.sampled_from(("weight", "pool") + ACTIVATIONS).map(lambda k: Layer(k))
branches = st.lists(st.one_of(branch_layers, dropouts), min_size=0, max_size=3).map(tuple)
blocks = st.one_of(
    clean_bodies.map(lambda body: Layer("residual", body=body)),
    st.tuples(branches, branches).map(lambda ab: Layer("concat", body=ab[0], other=ab[1])),
    st.tuples(st.just(0.1), clean_bodies).map(lambda pb: Layer("droppath", pb[0], body=pb[1])),
)


def tidy(items, noisy: bool = False, state=None) -> Tuple[Tuple[Layer, ...], bool]:
    """Drop what the rules above leave out, and put a BatchNorm after each concat.

    `noisy`: a dropout since the last BatchNorm on this path; `state["seen"]`: a dropout anywhere before.
    """
    state = {"seen": False} if state is None else state
    out: List[Layer] = []
    for layer in items:
        if layer.kind in ("dropout", "droppath"):
            if noisy:
                continue
            noisy = state["seen"] = True
            if layer.kind == "droppath":
                layer = Layer("droppath", layer.p, body=tidy(layer.body, True, state)[0])
        elif layer.kind == "residual":
            layer = Layer("residual", body=tidy(layer.body, noisy, state)[0])
        elif layer.kind == "bn":
            noisy = False
        elif layer.kind == "pool" and state["seen"]:
            continue
        elif layer.kind == "concat":
            a, _ = tidy(layer.body, noisy, state)
            b, _ = tidy(layer.other, noisy, state)
            out += [Layer("concat", body=a, other=b), Layer("bn")]
            noisy = False
            continue
        out.append(layer)
    return tuple(out), noisy


@st.composite
def architectures(draw, families=("1d", "2d")):
    family = draw(st.sampled_from(families))
    body = draw(st.lists(st.one_of(plain_layers, dropouts, blocks), min_size=1, max_size=8))
    # Something for BN001 to be about: often a dropout near the end, always a final BatchNorm.
    tail = draw(st.sampled_from([[], [Layer("dropout", 0.5)], [Layer("weight"), Layer("dropout", 0.5)]]))
    layers, _ = tidy(body + tail + [Layer("bn")])
    return Arch(family, layers, seed=draw(st.integers(0, 2**16)))


# ----------------------------------------------------------------------------- layer source
def layer_expr(kind: str, family: str, channels: int, p: float = 0.0, out: int = 0) -> str:
    out = out or channels
    if family == "1d":
        table = {"weight": f"nn.Linear({channels}, {out})", "bn": f"nn.BatchNorm1d({channels})",
                 "norm": f"nn.LayerNorm({channels})", "pool": "nn.Identity()",
                 "dropout": f"nn.Dropout({p})"}
    else:
        table = {"weight": f"nn.Conv2d({channels}, {out}, 3, padding=1)", "bn": f"nn.BatchNorm2d({channels})",
                 "norm": f"nn.GroupNorm(2, {channels})", "pool": "nn.AvgPool2d(3, stride=1, padding=1)",
                 "dropout": f"nn.Dropout({p})"}
    table.update({"relu": "nn.ReLU()", "gelu": "nn.GELU()"})
    return table[kind]


HEADER = '''\
import torch
import torch.nn as nn


class DropPath(nn.Module):
    """Stochastic depth as timm writes it: drops whole samples of a residual branch in training."""

    def __init__(self, p):
        super().__init__()
        self.p = p

    def forward(self, x):
        if not self.training or self.p == 0.0:
            return x
        keep = 1.0 - self.p
        mask = x.new_empty((x.shape[0],) + (1,) * (x.dim() - 1)).bernoulli_(keep)
        return x * mask / keep

'''

BLOCKS = '''

class Residual(nn.Module):
    def __init__(self, body):
        super().__init__()
        self.body = body

    def forward(self, x):
        return x + self.body(x)


class Concat(nn.Module):
    def __init__(self, a, b):
        super().__init__()
        self.a = a
        self.b = b

    def forward(self, x):
        return torch.cat([self.a(x), self.b(x)], 1)


class DropPathBlock(nn.Module):
    def __init__(self, p, body):
        super().__init__()
        self.drop = DropPath(p)
        self.body = body

    def forward(self, x):
        return x + self.drop(self.body(x))

'''


def _input_source(arch: Arch) -> str:
    c, n = WIDTH[arch.family], BATCH[arch.family]
    shape = f"{n}, {c}" if arch.family == "1d" else f"{n}, {c}, {SPATIAL}, {SPATIAL}"
    return (f"\n\ndef example_input():\n    g = torch.Generator().manual_seed({arch.seed})\n"
            f"    return torch.randn({shape}, generator=g)\n")


def sequential_source(arch: Arch) -> str:
    """`build()` returns nested nn.Sequential literals, with Residual/Concat/DropPathBlock for the blocks."""

    def seq(items, channels: int, indent: int, first_out: int = 0) -> List[str]:
        lines = ["nn.Sequential("]
        for i, layer in enumerate(items):
            out = first_out if i == 0 else 0
            lines += block(layer, channels, indent + 4, out)
            channels = out or channels
        return lines + [" " * indent + ")"]

    def block(layer: Layer, channels: int, indent: int, out: int) -> List[str]:
        pad = " " * indent
        if layer.kind == "residual":
            head, parts = "Residual(", [seq(layer.body, channels, indent + 4)]
        elif layer.kind == "droppath":
            head, parts = f"DropPathBlock({layer.p},", [seq(layer.body, channels, indent + 4)]
        elif layer.kind == "concat":
            half = channels // 2
            head = "Concat("
            parts = [seq((Layer("weight"),) + branch, channels, indent + 4, half)
                     for branch in (layer.body, layer.other)]
        else:
            return [pad + layer_expr(layer.kind, arch.family, channels, layer.p, out) + ","]
        lines = [pad + head]
        for part in parts:
            lines += [" " * (indent + 4) + part[0], *part[1:]]
            lines[-1] += ","
        return lines + [pad + "),"]

    lines = seq(arch.layers, WIDTH[arch.family], 4)
    text = "def build():\n    return " + "\n".join(lines) + "\n"
    return HEADER + BLOCKS + "\n" + text + _input_source(arch)


def forward_source(arch: Arch) -> str:
    """`build()` returns Net(), whose __init__ makes one attribute per layer and whose forward spells out
    every step (`x = self.l3(x)`, `x = x + r`, `x = torch.cat([a, b], 1)`)."""
    init: List[str] = []
    body: List[str] = []
    names = itertools.count()
    temps = itertools.count()

    def attr(expr: str) -> str:
        name = f"l{next(names)}"
        init.append(f"        self.{name} = {expr}")
        return name

    def flow(items, var: str, channels: int, first_out: int = 0) -> None:
        for i, layer in enumerate(items):
            out = first_out if i == 0 and first_out else 0
            if layer.kind in ("residual", "droppath"):
                branch = f"t{next(temps)}"
                body.append(f"        {branch} = {var}")
                flow(layer.body, branch, channels)
                if layer.kind == "droppath":
                    body.append(f"        {branch} = self.{attr(f'DropPath({layer.p})')}({branch})")
                body.append(f"        {var} = {var} + {branch}")
            elif layer.kind == "concat":
                half = channels // 2
                a, b = f"t{next(temps)}", f"t{next(temps)}"
                body.append(f"        {a} = {var}")
                flow((Layer("weight"),) + layer.body, a, channels, half)
                body.append(f"        {b} = {var}")
                flow((Layer("weight"),) + layer.other, b, channels, half)
                body.append(f"        {var} = torch.cat([{a}, {b}], 1)")
            else:
                name = attr(layer_expr(layer.kind, arch.family, channels, layer.p, out))
                body.append(f"        {var} = self.{name}({var})")
            channels = out or channels

    flow(arch.layers, "x", WIDTH[arch.family])
    cls = ["class Net(nn.Module):", "    def __init__(self):", "        super().__init__()", *init, "",
           "    def forward(self, x):", *body, "        return x", "", "", "def build():", "    return Net()"]
    return HEADER + "\n" + "\n".join(cls) + "\n" + _input_source(arch)


_loaded = itertools.count()


def load(path: Path):
    """Import a generated file under a fresh module name (the graph tier reads its lines from disk)."""
    name = f"_bnlint_fuzz_{next(_loaded)}"
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
