"""BN001 through Module classes of other project files (issue 14, cause e across files): a block whose first
layer is a BatchNorm and a Flatten-like layer, both defined in another file; arguments that are not constants
here are unknown there; imports that cannot be resolved, and circles of imports, give nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from test_project import check, write

BLOCKS = """
import torch.nn as nn


class ConvBN(nn.Module):
    def __init__(self, cin, cout, norm_layer=nn.BatchNorm2d):
        super().__init__()
        self.bn = norm_layer(cin)
        self.conv = nn.Conv2d(cin, cout, 3)

    def forward(self, x):
        return self.conv(self.bn(x))


class ConvGN(nn.Module):
    def __init__(self, cin, cout):
        super().__init__()
        self.gn = nn.GroupNorm(4, cin)
        self.conv = nn.Conv2d(cin, cout, 3)

    def forward(self, x):
        return self.conv(self.gn(x))


class Flatten(nn.Module):
    def forward(self, x):
        return x.view(x.size(0), -1)


class Pooled(nn.Module):
    def forward(self, x):
        return x.mean()
"""

NET = """
import torch.nn as nn
from {source} import {names}


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.drop = nn.Dropout(0.5)
        self.block = {block}
        self.head = nn.Sequential(nn.Dropout(0.3), {between}, nn.Linear(64, 10), nn.BatchNorm1d(10))

    def forward(self, x):
        return self.head(self.block(self.drop(x)))
"""


def run(tmp_path, block="ConvBN(16, 32)", between="Flatten()", source="mypkg.blocks",
        names="ConvBN, ConvGN, Flatten, Pooled", extra=None):
    files = {"mypkg/__init__.py": "", "mypkg/blocks.py": BLOCKS,
             "net.py": NET.format(block=block, between=between, source=source, names=names), **(extra or {})}
    root = write(tmp_path, files)
    return [d for d in check(root / "net.py", "--select", "BN001", "--no-cache")]


def lines(found):
    return sorted(d["location"]["row"] for d in found)


def test_a_block_of_another_file_whose_first_layer_is_batchnorm(tmp_path):
    found = run(tmp_path, between="Pooled()")
    assert lines(found) == [13]
    message = found[0]["message"]
    assert "feeds BatchNorm `self.bn` (mypkg/blocks.py line 11)" in message and "inside `self.block`" in message


def test_a_flatten_layer_of_another_file_passes_the_shift(tmp_path):
    assert lines(run(tmp_path, block="ConvGN(16, 32)")) == [10]


def test_twins_blocks_of_another_file_that_normalise_otherwise_or_end_the_flow_are_silent(tmp_path):
    assert lines(run(tmp_path, block="ConvGN(16, 32)", between="Pooled()")) == []


@pytest.mark.parametrize("norm,found", [
    ("nn.BatchNorm2d", [13]),  # a torch layer class passed here is that class there
    ("nn.LayerNorm", []),
    ("None", []),  # `None(cin)` there: unknown
    ("functools.partial(nn.BatchNorm2d, track_running_stats=False)", []),  # a partial is not carried over
    ("NORMS[0]", []),  # no constant and no class here: unknown there
])
def test_a_norm_class_passed_here_is_followed_there_anything_else_is_unknown(tmp_path, norm, found):
    block = f"ConvBN(16, 32, norm_layer={norm})"
    extra = {"net.py": NET.format(block=block, between="Pooled()", source="mypkg.blocks",
                                  names="ConvBN, ConvGN, Flatten, Pooled").replace(
        "import torch.nn as nn\n", "import functools\n\nimport torch.nn as nn\nNORMS = [nn.BatchNorm2d]\n", 1)}
    assert lines(run(tmp_path, block=block, between="Pooled()", extra=extra)) == [n + 3 for n in found]


def test_imports_that_cannot_be_resolved_are_unknown(tmp_path):
    assert lines(run(tmp_path, source="not_in_this_project.blocks")) == []


def test_a_circle_of_imports_ends(tmp_path):
    a = ("import torch.nn as nn\nfrom b import B\n\n\nclass A(nn.Module):\n    def __init__(self):\n"
         "        super().__init__()\n        self.b = B()\n\n    def forward(self, x):\n        return self.b(x)\n")
    b = ("import torch.nn as nn\nfrom a import A\n\n\nclass B(nn.Module):\n    def __init__(self):\n"
         "        super().__init__()\n        self.a = A()\n\n    def forward(self, x):\n        return self.a(x)\n")
    net = ("import torch.nn as nn\nfrom a import A\n\nnet = nn.Sequential(nn.Dropout(0.5), A(), "
           "nn.BatchNorm1d(4))\n")
    root = write(tmp_path, {"a.py": a, "b.py": b, "net.py": net})
    assert check(root / "net.py", "--select", "BN001", "--no-cache") == []


def test_relative_imports_and_a_file_that_names_no_batchnorm(tmp_path):
    """`from .blocks import ConvBN` in a file of the package whose own text names no BatchNorm: the block of
    the other file holds it, and the prefilter reads that from the other file's text."""
    net = ("import torch.nn as nn\nfrom .blocks import ConvBN\n\n\nclass Net(nn.Module):\n"
           "    def __init__(self):\n        super().__init__()\n"
           "        self.net = nn.Sequential(nn.Conv2d(3, 16, 3), nn.Dropout(0.5), ConvBN(16, 32))\n\n"
           "    def forward(self, x):\n        return self.net(x)\n")
    root = write(tmp_path, {"mypkg/__init__.py": "", "mypkg/blocks.py": BLOCKS, "mypkg/net.py": net})
    found = check(root / "mypkg" / "net.py", "--select", "BN001", "--no-cache")
    assert [(d["location"]["row"], "blocks.py line 11" in d["message"]) for d in found] == [(8, True)]
    twin = net.replace("ConvBN(16, 32)", "ConvGN(16, 32)").replace("import ConvBN", "import ConvGN")
    write(root, {"mypkg/net.py": twin})
    assert check(root / "mypkg" / "net.py", "--select", "BN001", "--no-cache") == []


STEM = """
import torch.nn as nn


class Stem(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(3, 16, 3), nn.BatchNorm2d(16), nn.ReLU(), nn.Dropout2d(0.1))

    def forward(self, x):
        return self.features(x)
"""

USES_STEM = """
import torch.nn as nn

from mypkg.stem import Stem


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.stem = Stem()
        self.body = nn.Sequential(nn.Conv2d(16, 32, 3), {norm}, nn.ReLU())

    def forward(self, x):
        return self.body(self.stem(x))
"""


def test_a_dropout_at_the_output_of_another_files_block_feeding_a_batchnorm_here(tmp_path):
    """Stem (its own file clean: its dropout comes after its BatchNorm) ends in a dropout, and this file puts a
    BatchNorm after it: reported here, at the block's construction, with the dropout's place in the other file."""
    root = write(tmp_path, {"mypkg/__init__.py": "", "mypkg/stem.py": STEM,
                            "net.py": USES_STEM.format(norm="nn.BatchNorm2d(32)")})
    assert check(root / "mypkg" / "stem.py", "--select", "BN001", "--no-cache") == []
    (d,) = check(root / "net.py", "--select", "BN001", "--no-cache")
    assert d["location"]["row"] == 9 and d["fix"] is None
    assert "at the output of `Stem`" in d["message"] and "stem.py (line 7)" in d["message"]
    assert [(Path(r["filename"]).name, r["location"]["row"]) for r in d["related"]][:2] == [("net.py", 10), ("stem.py", 7)]
    twin = write(tmp_path, {"net.py": USES_STEM.format(norm="nn.GroupNorm(4, 32)")})
    assert check(twin / "net.py", "--select", "BN001", "--no-cache") == []


INNER = """
import torch.nn as nn


class Block(nn.Module):
    def __init__(self, c, norm_layer=None):
        super().__init__()
        if norm_layer is None:
            norm_layer = nn.Identity
        self.drop = nn.Dropout(0.3)
        self.conv = nn.Conv2d(c, c, 3, padding=1)
        self.norm = norm_layer(c)

    def forward(self, x):
        return self.norm(self.conv(self.drop(x)))
"""

USES = """
import torch.nn as nn
from mypkg.inner import Block


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.a = Block(8, {norm})

    def forward(self, x):
        return self.a(x)
"""


@pytest.mark.parametrize("norm,flagged", [("norm_layer=nn.BatchNorm2d", True), ("nn.BatchNorm2d", True),
                                          ("nn.GroupNorm", False), ("", False)])
def test_a_norm_class_passed_here_makes_a_flow_inside_another_files_block(tmp_path, norm, flagged):
    root = write(tmp_path, {"mypkg/__init__.py": "", "mypkg/inner.py": INNER, "net.py": USES.format(norm=norm)})
    assert check(root / "mypkg" / "inner.py", "--select", "BN001", "--no-cache") == []  # alone: no BatchNorm there
    found = check(root / "net.py", "--select", "BN001", "--no-cache")
    assert [d["location"]["row"] for d in found] == ([8] if flagged else [])
    if flagged:
        (d,) = found
        assert "inside `Block` as built here feeds BatchNorm `self.norm` (mypkg/inner.py line 14)" in d["message"]
        assert "pass a norm layer that keeps no running statistics here" in d["message"] and d["fix"] is None
        assert [(Path(r["filename"]).name, r["location"]["row"], r["message"]) for r in d["related"]] == [
            ("inner.py", 14, "the BatchNorm it feeds: `self.norm`"), ("inner.py", 14, "the dropout, inside the block")]


def test_a_flow_the_other_file_shows_by_itself_is_not_reported_again_at_the_call(tmp_path):
    inner = INNER.replace("norm_layer=None", "norm_layer=nn.BatchNorm2d")
    root = write(tmp_path, {"mypkg/__init__.py": "", "mypkg/inner.py": inner,
                            "net.py": USES.format(norm="nn.BatchNorm2d")})
    assert [d["location"]["row"] for d in check(root / "mypkg" / "inner.py", "--select", "BN001", "--no-cache")] == [14]
    assert check(root / "net.py", "--select", "BN001", "--no-cache") == []


LAYERS = """
import torch.nn as nn


def conv_drop(cin, cout, p=0.5):
    return [nn.Conv2d(cin, cout, 3, padding=1), nn.ReLU(), nn.Dropout(p)]


def conv_bn(cin, cout):
    layers = [nn.Conv2d(cin, cout, 3, padding=1)]
    layers.append(nn.BatchNorm2d(cout))
    return layers


def drop_then_bn(c):
    return [nn.Dropout(0.2), nn.Conv2d(c, c, 1), nn.BatchNorm2d(c)]


def unknown(c, layers):
    return layers + [nn.BatchNorm2d(c)]
"""

SPLICED = """
import torch.nn as nn
from mypkg.layers import conv_bn, conv_drop, drop_then_bn, unknown

net = nn.Sequential({layers})
"""


@pytest.mark.parametrize("layers,message", [
    ("*conv_drop(3, 16), nn.BatchNorm2d(16)",  # a dropout at the end of the other file's list, a BatchNorm here
     "`nn.Dropout(p)` (layers.py line 5) at the end of the list `conv_drop` returns feeds BatchNorm "
     "`nn.BatchNorm2d(16)` (line 4)"),
    ("nn.Dropout(0.3), *conv_bn(16, 16)",  # a dropout here, the BatchNorm first in the other file's list
     "`nn.Dropout(0.3)` feeds BatchNorm `nn.BatchNorm2d(cout)` (mypkg/layers.py line 10) inside `conv_bn` (line 4)"),
    ("*drop_then_bn(8)",  # both in the other file's list, which that file never splices itself
     "`nn.Dropout(0.2)` (layers.py line 15) in the list `drop_then_bn` returns feeds BatchNorm `nn.BatchNorm2d(c)` "
     "(mypkg/layers.py line 15)"),
])
def test_layer_lists_that_helpers_of_another_file_build(tmp_path, layers, message):
    root = write(tmp_path, {"mypkg/__init__.py": "", "mypkg/layers.py": LAYERS, "net.py": SPLICED.format(layers=layers)})
    assert check(root / "mypkg" / "layers.py", "--select", "BN001", "--no-cache") == []
    (d,) = check(root / "net.py", "--select", "BN001", "--no-cache")
    assert d["location"]["row"] == 4 and message in d["message"]


@pytest.mark.parametrize("layers", ["*conv_drop(3, 16, p=0), nn.BatchNorm2d(16)", "*conv_drop(3, 16), nn.GroupNorm(4, 16)",
                                    "*conv_bn(3, 16), nn.Dropout(0.5)", "*unknown(3, [nn.Dropout(0.5)])"])
def test_twins_layer_lists_of_another_file_that_end_the_flow_or_feed_nothing(tmp_path, layers):
    root = write(tmp_path, {"mypkg/__init__.py": "", "mypkg/layers.py": LAYERS, "net.py": SPLICED.format(layers=layers)})
    assert check(root / "net.py", "--select", "BN001", "--no-cache") == []
