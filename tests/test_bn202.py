"""BN202 frozen-batchnorm-still-training: frozen parameters, BatchNorm still in train mode."""

from __future__ import annotations

import textwrap

import pytest

from helpers import lint

HEADER = '''
import torch
import torch.nn as nn
import torchvision


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.backbone = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4))
        self.head = nn.Linear(4, 2)

    def forward(self, x):
        return self.head(self.backbone(x))


def train_epoch(model, loader, optimizer):
    model.train()
    for x, y in loader:
        optimizer.zero_grad()
        nn.functional.cross_entropy(model(x), y).backward()
        optimizer.step()

'''


def code_with(body: str) -> str:
    return HEADER + textwrap.dedent(body)


def findings(code: str):
    return lint(code, select=["BN202"])


def lines(code: str):
    return [d.line for d in findings(code)]


def line_of(code: str, text: str) -> int:
    return next(i for i, line in enumerate(code.splitlines(), 1) if text in line)


@pytest.mark.parametrize("freeze", [
    "for p in model.parameters():\n    p.requires_grad = False",
    "for name, p in model.named_parameters():\n    if 'fc' not in name:\n        p.requires_grad = False",
    "for p in model.parameters():\n    p.requires_grad_(False)",
    "model.requires_grad_(False)",
])
def test_frozen_torchvision_resnet_trained_in_train_mode(freeze):
    code = code_with(f"""
model = torchvision.models.resnet18(weights="DEFAULT")
{freeze}
model.fc = nn.Linear(512, 10)
optimizer = torch.optim.SGD(model.fc.parameters(), lr=0.1)
train_epoch(model, [], optimizer)
""")
    diags = findings(code)
    first = freeze.splitlines()[0]
    assert [d.line for d in diags] == [line_of(code, first)]
    assert diags[0].fix is None and "running_mean" in diags[0].message
    assert diags[0].related[0][1].line == line_of(code, ".backward()")


def test_frozen_sub_module_of_a_class_in_the_file():
    code = code_with("""
def main(loader):
    model = Net()
    model.backbone.requires_grad_(False)
    optimizer = torch.optim.Adam(model.head.parameters())
    model.train()
    for epoch in range(3):
        for x, y in loader:
            optimizer.zero_grad()
            nn.functional.cross_entropy(model(x), y).backward()
            optimizer.step()
""")
    diags = findings(code)
    assert [d.line for d in diags] == [line_of(code, "model.backbone.requires_grad_(False)")]
    assert "model.backbone.eval()" in diags[0].message


@pytest.mark.parametrize("handling", [
    # eval() of the frozen part after train()
    """
    model.train()
    model.backbone.eval()
    """,
    # a loop over the modules
    """
    model.train()
    for m in model.modules():
        if isinstance(m, nn.BatchNorm1d):
            m.eval()
    """,
    # apply() of a function that does it
    """
    model.train()
    model.apply(lambda m: m.eval() if isinstance(m, nn.BatchNorm1d) else None)
    """,
    # the whole model in eval (a frozen feature extractor)
    """
    model.eval()
    """,
])
def test_frozen_part_put_in_eval_mode(handling):
    code = code_with("""
def main(loader):
    model = Net()
    model.backbone.requires_grad_(False)
    optimizer = torch.optim.Adam(model.head.parameters())
    for epoch in range(3):
""" + textwrap.indent(textwrap.dedent(handling), "        ") + """
        for x, y in loader:
            optimizer.zero_grad()
            nn.functional.cross_entropy(model(x), y).backward()
            optimizer.step()
""")
    assert lines(code) == []


def test_train_override_in_the_file():
    code = code_with("""
class Probe(Net):
    def train(self, mode=True):
        super().train(mode)
        self.backbone.eval()
        return self


model = Probe()
model.backbone.requires_grad_(False)
optimizer = torch.optim.SGD(model.head.parameters(), lr=0.1)
train_epoch(model, [], optimizer)
""")
    assert lines(code) == []


@pytest.mark.parametrize("build", [
    'torchvision.models.vit_b_16(weights="DEFAULT")',  # LayerNorm, no BatchNorm
    'AutoModel.from_pretrained("bert-base-uncased")',  # nothing in the file says BatchNorm
    "nn.Sequential(nn.Linear(4, 4), nn.ReLU(), nn.Linear(4, 2))",
])
def test_no_batchnorm_evidence(build):
    code = code_with(f"""
from transformers import AutoModel

model = {build}
model.requires_grad_(False)
head = nn.Linear(4, 2)
optimizer = torch.optim.SGD(head.parameters(), lr=0.1)
train_epoch(model, [], optimizer)
""")
    assert lines(code) == []


def test_frozen_batchnorm_class_in_use():
    code = code_with("""
from torchvision.ops import FrozenBatchNorm2d

model = torchvision.models.resnet18(weights="DEFAULT", norm_layer=FrozenBatchNorm2d)
model.requires_grad_(False)
model.fc = nn.Linear(512, 10)
optimizer = torch.optim.SGD(model.fc.parameters(), lr=0.1)
train_epoch(model, [], optimizer)
""")
    assert lines(code) == []


def test_frozen_and_never_trained():
    code = code_with("""
model = torchvision.models.resnet18(weights="DEFAULT")
model.requires_grad_(False)
other = Net()
optimizer = torch.optim.SGD(other.parameters(), lr=0.1)
train_epoch(other, [], optimizer)
model.eval()
with torch.no_grad():
    features = model(torch.rand(1, 3, 224, 224))
""")
    assert lines(code) == []


def test_no_training_step_after_the_freeze():
    code = """
        import torchvision

        model = torchvision.models.resnet18(weights="DEFAULT")
        model.requires_grad_(False)
        model.train()
        print(model(torch.rand(2, 3, 224, 224)))
    """
    assert lines(code) == []


def test_tensor_requires_grad_is_not_a_freeze():
    code = code_with("""
model = torchvision.models.resnet18(weights="DEFAULT")
x = torch.rand(2, 3, 224, 224)
x.requires_grad_(False)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
train_epoch(model, [], optimizer)
""")
    assert lines(code) == []


def test_aliased_torchvision_import_and_a_feature_extractor_left_in_train_mode():
    code = """
        import torch
        import torch.nn as nn
        import torch.nn.functional as F
        import torchvision.models as models


        def finetune(loader):
            backbone = models.resnet50(weights="IMAGENET1K_V2")
            backbone.fc = nn.Identity()
            for p in backbone.parameters():
                p.requires_grad = False
            head = nn.Linear(2048, 10)
            opt = torch.optim.SGD(head.parameters(), lr=0.1)
            for x, y in loader:
                with torch.no_grad():
                    feats = backbone(x)
                opt.zero_grad()
                F.cross_entropy(head(feats), y).backward()
                opt.step()
    """
    assert lines(code) == [11]
    assert lines(code.replace("backbone.fc = nn.Identity()", "backbone.fc = nn.Identity()\n            backbone.eval()")) == []


def test_frozen_in_the_model_class_init_then_trained():
    code = code_with("""
class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.backbone = torchvision.models.resnet18(weights="DEFAULT")
        for p in self.backbone.parameters():
            p.requires_grad = False
        self.head = nn.Linear(1000, 10)

    def forward(self, x):
        return self.head(self.backbone(x))

    def freeze_bn(self):
        self.backbone.eval()


def fit(loader, epochs, keep_bn):
    model = Classifier()
    optimizer = torch.optim.SGD(model.head.parameters(), lr=0.1)
    for epoch in range(epochs):
        model.train()
        if keep_bn:
            model.freeze_bn()
        for x, y in loader:
            optimizer.zero_grad()
            nn.functional.cross_entropy(model(x), y).backward()
            optimizer.step()
""")
    diags = findings(code)
    assert [d.line for d in diags] == [line_of(code, "for p in self.backbone.parameters()")]
    assert "`model.backbone`" in diags[0].message
    assert lines(code.replace("        if keep_bn:\n            model.freeze_bn()", "        model.freeze_bn()")) == []


@pytest.mark.parametrize("build, part, flagged", [
    ('torchvision.models.resnet18(weights="DEFAULT")', "model.conv1", False),  # a bare Conv2d
    ('torchvision.models.resnet18(weights="DEFAULT")', "model.fc", False),
    ('torchvision.models.efficientnet_b0(weights="DEFAULT")', "model.classifier", False),  # Dropout + Linear
    ('timm.create_model("resnet50")', "model.head", False),
    ('torchvision.models.resnet18(weights="DEFAULT")', "model.avgpool_or_anything", False),  # unknown name: silent
    ('torchvision.models.resnet18(weights="DEFAULT")', "model.layer1", True),
    ('torchvision.models.efficientnet_b0(weights="DEFAULT")', "model.features", True),
    ('timm.create_model("resnet50")', "model.stem", True),
])
def test_parts_of_a_library_model_flagged_only_when_their_name_says_batchnorm(build, part, flagged):
    code = code_with(f"""
import timm

model = {build}
for p in {part}.parameters():
    p.requires_grad = False
optimizer = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.1)
train_epoch(model, [], optimizer)
""")
    diags = findings(code)
    assert [d.line for d in diags] == ([line_of(code, f"for p in {part}.parameters()")] if flagged else [])
    if flagged:
        assert f"`{part}.eval()`" in diags[0].message


def test_review_reproducer_resnet_conv1_frozen():
    code = """
import torch
import torch.nn as nn
import torchvision

model = torchvision.models.resnet18(weights="DEFAULT")
model.conv1.requires_grad_(False)
model.fc = nn.Linear(512, 10)
opt = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.01)
model.train()
for x, y in [(torch.rand(8, 3, 224, 224), torch.randint(0, 10, (8,)))]:
    opt.zero_grad()
    nn.functional.cross_entropy(model(x), y).backward()
    opt.step()
"""
    assert lines(code) == []
    assert lines(code.replace("model.conv1.requires_grad_", "model.layer4.requires_grad_")) == [7]


def test_a_builder_of_the_file_that_freezes_what_it_returns():
    code = code_with("""
    def build_model(num_classes):
        model = torchvision.models.resnet50(weights="DEFAULT")
        for p in model.parameters():
            p.requires_grad = False
        model.fc = nn.Linear(2048, num_classes)
        return model


    def main(loader):
        model = build_model(10)
        optimizer = torch.optim.SGD(model.fc.parameters(), lr=0.1)
        train_epoch(model, loader, optimizer)
    """)
    (d,) = findings(code)
    assert d.line == line_of(code, "model = build_model(10)")
    assert "built by `build_model`, which freezes it" in d.message
    assert [r[1].line for r in d.related] == [line_of(code, "for p in model.parameters()"),
                                              line_of(code, "nn.functional.cross_entropy(model(x), y).backward()")]
    # an eval() after the training does not undo it
    assert findings(code.replace("        train_epoch(model, loader, optimizer)",
                                 "        train_epoch(model, loader, optimizer)\n        model.eval()")) == [d]
    # BatchNorm put back in eval mode after each train(): nothing
    fixed = code.replace("    model.train()\n", "    model.train()\n    for m in model.modules():\n"
                         "        if isinstance(m, nn.BatchNorm2d):\n            m.eval()\n", 1)
    assert fixed != code and findings(fixed) == []


def test_a_function_of_the_file_that_builds_without_freezing_is_no_builder_freeze():
    code = code_with("""
    def build_model():
        return torchvision.models.resnet50()


    def main(loader):
        head = build_model()
        for p in head.fc.parameters():
            p.requires_grad = False
        model = build_model()
        train_epoch(model, loader, torch.optim.SGD(model.parameters(), lr=0.1))
    """)
    assert [d.code for d in findings(code)] == []  # no crash (BN902) and nothing frozen is trained
