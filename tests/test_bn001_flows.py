"""BN001 when the path leaves one class (issue 14): each cause found, and its correct twin silent.

(a) a dropout in one submodule feeding the next one's Conv -> BatchNorm; (b) ModuleList loops; (c) the norm
class passed as an argument; (d) helper functions that build layer lists; (e) user-defined layers between;
(f) torch.cat and residual sums, graded by the estimated variance ratio.
"""

from __future__ import annotations

import ast
import json
import textwrap

from bnlint.source.analysis.layer_flow import ClassFlow, class_flows
from bnlint.source.context import FileContext
from helpers import fix, lint, settings_for

HEADER = "import functools\nimport torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n"


def findings(code: str, **options):
    return lint(HEADER + textwrap.dedent(code), select=["BN001"], **options)


def lines(code: str):
    return [d.line - 4 for d in findings(code)]


# --------------------------------------------------------------------------- (a) submodule to submodule
ASPP = """
class ASPP(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(8, 8, 1)
        self.bn = nn.BatchNorm2d(8)
        self.drop = nn.Dropout(0.5)

    def forward(self, x):
        return self.drop(F.relu(self.bn(self.conv(x))))


class Decoder(nn.Module):
    def __init__(self):
        super().__init__()
        self.conv = nn.Conv2d(8, 8, 3)
        self.norm = {norm}

    def forward(self, x):
        return F.relu(self.norm(self.conv(x)))


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.aspp = ASPP()
        self.decoder = Decoder()

    def forward(self, x):
        return self.decoder(self.aspp(x))
"""


def test_a_dropout_leaving_one_submodule_feeds_the_next_ones_batchnorm():
    found = findings(ASPP.format(norm="nn.BatchNorm2d(8)"))
    assert [d.line - 4 for d in found] == [10]
    message = found[0].message
    assert "through `self.aspp` (line 34)" in message and "inside `self.decoder` (line 34)" in message
    assert found[0].fix is None and "another block" in message  # no move across classes
    notes = [r[2] for r in found[0].related]
    assert any("leaves `self.aspp`" in n for n in notes) and any("`self.decoder` holds" in n for n in notes)
    # the uout fix at the definition stays: the layer has no other use
    fixed = fix(HEADER + textwrap.dedent(ASPP.format(norm="nn.BatchNorm2d(8)")), select=["BN001"], strategy="uout")
    assert "self.drop = Uout(0.5)" in fixed


def test_a_twin_decoder_that_normalises_otherwise_is_silent():
    assert lines(ASPP.format(norm="nn.GroupNorm(2, 8)")) == []


def test_a_block_inside_a_sequential_and_the_instance_that_has_the_dropout():
    code = """
    class Down(nn.Module):
        def __init__(self, c_in, c_out, dropout=0.0):
            super().__init__()
            layers = [nn.Conv2d(c_in, c_out, 3), nn.BatchNorm2d(c_out), nn.ReLU()]
            if dropout:
                layers.append(nn.Dropout(dropout))
            self.model = nn.Sequential(*layers)

        def forward(self, x):
            return self.model(x)


    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.down1 = Down(3, 16)
            self.down2 = Down(16, 32)
            self.down3 = Down(32, 64, dropout=0.5)
            self.head = nn.Sequential(Down(64, 64, dropout=0.5), nn.Conv2d(64, 64, 1), nn.BatchNorm2d(64))

        def forward(self, x):
            return self.head(self.down3(self.down2(self.down1(x))))
    """
    found = findings(code)
    assert [d.line - 4 for d in found] == [7]
    # the instance that has the dropout is named, not down1 (made with dropout=0.0)
    assert "through `self.down3` (line 27)" in found[0].message
    assert lines(code.replace("dropout=0.5", "dropout=0.0")) == []


# --------------------------------------------------------------------------- (b) ModuleList loops
POSTNET = """
class PostNet(nn.Module):
    def __init__(self, n=3):
        super().__init__()
        self.convolutions = nn.ModuleList()
        self.convolutions.append(nn.Sequential(nn.Conv1d(80, 256, 5, padding=2), nn.{norm}))
        for _ in range(n):
            self.convolutions.append(nn.Sequential(nn.Conv1d(256, 256, 5, padding=2), nn.{norm}))
        self.convolutions.append(nn.Sequential(nn.Conv1d(256, 256, 5, padding=2), nn.{norm}))

    def forward(self, x):
        for i in range(len(self.convolutions) - 1):
            x = F.dropout(torch.tanh(self.convolutions[i](x)), 0.5, self.training)
        return self.convolutions[-1](x)
"""


def test_b_indexed_modulelist_loop_hands_the_dropout_to_the_next_batchnorm():
    found = findings(POSTNET.format(norm="BatchNorm1d(256)"))
    assert [d.line - 4 for d in found] == [13]
    assert found[0].fix is None


def test_b_twin_with_another_norm_is_silent():
    assert lines(POSTNET.format(norm="GroupNorm(8, 256)")) == []


ZIPPED = """
class MLP(nn.Module):
    def __init__(self, sizes={sizes}, rates={rates}):
        super().__init__()
        self.fcs = nn.ModuleList([nn.Linear(s, s) for s in sizes])
        self.bns = nn.ModuleList([nn.BatchNorm1d(s) for s in sizes])
        self.drops = nn.ModuleList([nn.Dropout(r) for r in rates])

    def forward(self, x):
        for fc, bn, drop in zip(self.fcs, self.bns, self.drops):
            x = drop(F.relu(bn(fc(x))))
        return x
"""


def test_b_zipped_modulelists_with_two_layers_by_default():
    found = findings(ZIPPED.format(sizes="(64, 64)", rates="(0.5, 0.5)"))
    assert [d.line - 4 for d in found] == [11]
    assert "ModuleList" in found[0].message  # neither fix: one constructor makes every element


def test_b_twin_one_layer_or_an_unknown_count_is_silent():
    assert lines(ZIPPED.format(sizes="(64,)", rates="(0.5,)")) == []  # the loop runs once
    unknown = ZIPPED.format(sizes="(64, 64)", rates="(0.5, 0.5)").replace("sizes=(64, 64)", "sizes")
    assert lines(unknown) == []


# --------------------------------------------------------------------------- (c) norm class as an argument
NORM_ARG = """
class Block(nn.Module):
    def __init__(self, c, BatchNorm{default}):
        super().__init__()
        self.net = nn.Sequential(nn.Conv2d(c, c, 3), nn.Dropout(0.5), nn.Conv2d(c, c, 3), BatchNorm(c))

    def forward(self, x):
        return self.net(x)
{calls}
"""


def test_c_norm_class_from_the_default_and_from_call_sites():
    assert lines(NORM_ARG.format(default="=nn.BatchNorm2d", calls="")) == [5]
    partial = "\nnet = Block(8, BatchNorm=functools.partial(nn.BatchNorm2d, momentum=0.01))\n"
    assert lines(NORM_ARG.format(default="", calls=partial)) == [5]
    via = "\ndef build(norm=nn.SyncBatchNorm):\n    return Block(8, norm)\n"
    assert lines(NORM_ARG.format(default="", calls=via)) == [5]


def test_c_twin_other_norm_or_unknown_class_is_silent():
    # every call in the file passes InstanceNorm
    assert lines(NORM_ARG.format(default="=nn.BatchNorm2d", calls="\nnet = Block(8, nn.InstanceNorm2d)\n")) == []
    # no default, nobody in the file passes it: unknown (another file may pass anything)
    assert lines(NORM_ARG.format(default="", calls="")) == []
    # the calls disagree: unknown
    mixed = "\na = Block(8, nn.InstanceNorm2d)\nb = Block(8, nn.BatchNorm2d)\n"
    assert lines(NORM_ARG.format(default="", calls=mixed)) == []
    # BatchNorm without running statistics
    norm = "\nnet = Block(8, functools.partial(nn.BatchNorm2d, track_running_stats=False))\n"
    assert lines(NORM_ARG.format(default="", calls=norm)) == []


def test_c_none_default_replaced_in_the_body():
    code = """
    class Block(nn.Module):
        def __init__(self, c, norm_layer=None):
            super().__init__()
            if norm_layer is None:
                norm_layer = nn.BatchNorm1d
            self.net = nn.Sequential(nn.Dropout(0.2), nn.Linear(c, c), norm_layer(c))
    """
    assert lines(code) == [7]


# --------------------------------------------------------------------------- (d) helper builders
HELPERS = """
def conv_bn(c_in, c_out, dropout=0.0):
    layers = [nn.Conv2d(c_in, c_out, 3)]
    if dropout:
        layers.append(nn.Dropout2d(dropout))
    layers += [nn.BatchNorm2d(c_out), nn.ReLU()]
    return layers


def mlp(width, depth=3):
    layers = []
    for _ in range(depth):
        layers += [nn.Linear(width, width), nn.BatchNorm1d(width), nn.ReLU(), nn.Dropout(0.2)]
    return layers


features = nn.Sequential(*conv_bn(3, 16{first}), *conv_bn(16, 32))
head = nn.Sequential(*mlp(64{depth}))
"""


def test_d_helper_lists_spliced_with_star():
    found = findings(HELPERS.format(first=", dropout=0.2", depth=""))
    assert [d.line - 4 for d in found] == [5, 13]
    assert all(d.fix is None for d in found)


def test_d_twin_without_the_dropout_or_with_one_iteration_is_silent():
    assert lines(HELPERS.format(first="", depth=", depth=1")) == []


# --------------------------------------------------------------------------- (e) user-defined layers between
USER_LAYERS = """
class Flatten(nn.Module):
    def forward(self, x):
        return x.view(x.size(0), -1)


class ConvBN(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.bn = nn.BatchNorm2d(c)
        self.conv = nn.Conv2d(c, c, 3)

    def forward(self, x):
        return self.conv(self.{first}(x))


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Conv2d(8, 8, 3), nn.Dropout2d(0.2), ConvBN(8))
        self.head = nn.Sequential(nn.BatchNorm2d(8), nn.Dropout({p}), Flatten(), nn.Linear(392, 64), nn.{last}(64))

    def forward(self, x):
        return self.head(self.body(x))
"""


def test_e_user_layers_between_dropout_and_batchnorm():
    code = USER_LAYERS.format(first="bn", p="0.4", last="BatchNorm1d")
    found = findings(code)
    assert [d.line - 4 for d in found] == [20, 21]
    body, head = found
    assert body.fix is None and "inside `ConvBN`" in body.message
    # inside one Sequential, through a layer of the file that passes the shift: the move is offered and checked
    assert head.fix is not None
    fixed = fix(HEADER + textwrap.dedent(code), select=["BN001"])
    assert "nn.Identity(), Flatten(), nn.Linear(392, 64), nn.BatchNorm1d(64), nn.Dropout(0.4))" in fixed


def test_e_twin_user_layers_that_normalise_are_silent():
    code = USER_LAYERS.format(first="conv", p="0.4", last="LayerNorm").replace(
        "return x.view(x.size(0), -1)", "return F.layer_norm(x, x.shape[1:]).flatten(1)").replace(
        "nn.BatchNorm2d(8), nn.Dropout", "nn.GroupNorm(2, 8), nn.Dropout")
    assert lines(code) == []


# --------------------------------------------------------------------------- (f) cat and residual sums
DENSE = """
class DenseLayer(nn.Module):
    def __init__(self, c):
        super().__init__()
        self.bn = nn.BatchNorm2d(c)
        self.conv = nn.Conv2d(c, 8, 3, padding=1)
        self.drop = nn.Dropout({p})

    def forward(self, x):
        new = self.drop(self.conv(F.relu(self.bn(x))))
        return {combine}


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.l1 = DenseLayer(16)
        self.l2 = DenseLayer(24)

    def forward(self, x):
        return self.l2(self.l1(x))
"""


def test_f_concatenation_along_channels_keeps_the_whole_shift_per_channel():
    found = findings(DENSE.format(p="0.1", combine="torch.cat([x, new], 1)"))
    assert [d.line - 4 for d in found] == [10]
    assert "diluted" not in found[0].message


def test_f_residual_sum_reported_while_the_diluted_shift_is_material():
    found = findings(DENSE.format(p="0.5", combine="x + new"))
    assert [d.line - 4 for d in found] == [10]
    assert "about 0.5 of the variance (estimated train/eval variance ratio 1.50)" in found[0].message


def test_f_twin_residual_sum_of_a_weak_or_unknown_dropout_is_silent():
    assert lines(DENSE.format(p="0.1", combine="x + new")) == []  # 1 + 0.5 * 0.1 / 0.9 = 1.06
    unknown = DENSE.format(p="p", combine="x + new").replace("def __init__(self, c):", "def __init__(self, c, p):")
    assert lines(unknown.replace("DenseLayer(16)", "DenseLayer(16, rate)").replace("DenseLayer(24)",
                                                                                 "DenseLayer(24, rate)")) == []
    # a cat along the batch: the statistics mix both halves (1 + 0.5 * 0.1 / 0.9)
    assert lines(DENSE.format(p="0.1", combine="torch.cat([x, new], 0)")) == []


# --------------------------------------------------------------------------- what stays silent
def test_branches_whose_conditions_may_exclude_each_other_are_not_combined():
    code = """
    class Layer(nn.Module):
        def __init__(self, c, pre_act, post_act):
            super().__init__()
            self.pre_act, self.post_act = pre_act, post_act
            self.bn_pre = nn.BatchNorm2d(c)
            self.bn = nn.BatchNorm2d(c)
            self.drop = nn.Dropout(0.3)
            self.conv = nn.Conv2d(c, c, 3)

        def forward(self, x, use_pre, use_post):
            if use_pre:
                x = self.drop(F.relu(self.bn_pre(x)))
            x = self.conv(x)
            if use_post:
                x = self.bn(x)
            return x
    """
    assert lines(code) == []


def test_code_that_runs_in_train_mode_only_is_silent():
    code = """
    class ReID(nn.Module):
        def __init__(self):
            super().__init__()
            self.drop = nn.Dropout(0.5)
            self.reduce = nn.Sequential(nn.Conv2d(8, 4, 1), nn.BatchNorm2d(4))

        def forward(self, x):
            if not self.training:
                return x
            return self.reduce(self.drop(x))
    """
    assert lines(code) == []


def test_a_call_that_does_not_fit_the_class_is_another_class():
    # merged files define a name twice; a call passing parameters the last one lacks meant another
    code = """
    class Block(nn.Module):
        def __init__(self, dim):
            super().__init__()
            self.norm1 = nn.BatchNorm1d(dim)

        def forward(self, x):
            return self.norm1(x)


    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.drop = nn.Dropout(0.1)
            self.block = Block(dim=8, norm_layer=nn.LayerNorm)

        def forward(self, x):
            return self.block(self.drop(x))
    """
    assert lines(code) == []
    assert lines(code.replace(", norm_layer=nn.LayerNorm", "")) == [18]


# --------------------------------------------------------------------------- the summary as plain data
def test_class_flows_are_plain_data_of_one_file():
    code = HEADER + textwrap.dedent(ASPP.format(norm="nn.BatchNorm2d(8)"))
    ctx = FileContext("m.py", code, ast.parse(code), settings_for(["BN001"]))
    flows = class_flows(ctx)
    assert set(flows) == {"ASPP", "Decoder", "Net"}
    aspp, decoder = flows["ASPP"], flows["Decoder"]
    assert aspp.params == ("x",) and aspp.passes == (0.0,)
    assert [(s.line, s.label, share) for s, share in aspp.first[0]] == [(14, "`self.bn`", 1.0)]
    assert [(s.line, s.label, share, rate) for s, share, rate in aspp.last] == [(14, "`self.drop`", 1.0, 0.5)]
    assert [s.label for s, _ in decoder.first[0]] == ["`self.norm`"] and decoder.last == ()
    again = ClassFlow.from_json(json.loads(json.dumps(aspp.to_json())))
    assert again == aspp
