"""Project-wide analysis: names imported from other files of the project (absolute, relative, src/ layouts,
re-exports) are followed into those files; what cannot be resolved stays unknown; cached results are redone
when a file they depend on changes."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from bnlint.cli import main

MODEL = """
import torch.nn as nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(16, 32)
        self.bn = nn.BatchNorm1d(32)
        self.out = nn.Linear(32, 2)

    def forward(self, x):
        return self.out(self.bn(self.fc(x)).relu())


class Plain(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(16, 2)

    def forward(self, x):
        return self.fc(x)
"""

UTILS = """
import torch


def evaluate(model, loader):
    correct = 0
    with torch.no_grad():
        for x, y in loader:
            correct += (model(x).argmax(1) == y).sum().item()  # forward
    return correct


def validate(model, loader):
    model.eval()
    with torch.no_grad():
        return sum((model(x).argmax(1) == y).sum().item() for x, y in loader)


def validate_restoring(model, loader):
    was_training = model.training
    model.eval()
    with torch.no_grad():
        out = sum((model(x).argmax(1) == y).sum().item() for x, y in loader)
    model.train(was_training)
    return out
"""

TRAIN = """
import torch
import torch.nn.functional as F

from {pkg}.model import Net
from {pkg}.utils import evaluate, validate, validate_restoring


def fit(loader, val_loader, epochs):
    model = Net()
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    model.train()
    for epoch in range(epochs):
        {top}
        for x, y in loader:
            optimizer.zero_grad()
            F.cross_entropy(model(x), y).backward()
            optimizer.step()
        print(epoch, {call})
"""


def write(root: Path, files: dict) -> Path:
    for name, text in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"))
    return root


def check(*args, cwd=None):
    r = CliRunner().invoke(main, ["check", "--output-format", "json", *map(str, args)])
    assert r.exit_code in (0, 1), r.output
    return json.loads(r.output)


def found(paths, *args):
    return sorted((Path(d["filename"]).name, d["location"]["row"], d["code"]) for d in check(*paths, *args))


def project(tmp_path, files: dict) -> Path:
    return write(tmp_path, {"mypkg/__init__.py": "", "mypkg/model.py": MODEL, "mypkg/utils.py": UTILS, **files})


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(textwrap.dedent(text).lstrip("\n").splitlines(), 1) if needle in line)


INFER = """
import torch

from mypkg.model import {cls}

model = {cls}()
model.load_state_dict(torch.load("net.pt"))
{eval}
with torch.no_grad():
    print(model(torch.rand(4, 16)).argmax(1))
"""


@pytest.mark.parametrize("cls,eval_line,flagged", [
    ("Net", "", True),
    ("Net", "model.eval()", False),
    ("Plain", "", False),  # no layer that reads the mode: eval() changes nothing
])
def test_a_model_of_a_class_another_file_defines(tmp_path, cls, eval_line, flagged):
    text = INFER.format(cls=cls, eval=eval_line)
    root = project(tmp_path, {"infer.py": text})
    expected = [("infer.py", line_of(text, "print(model("), "BN101")] if flagged else []
    assert found([root / "infer.py", "--no-cache"]) == expected


def test_relative_imports_src_layouts_and_re_exports(tmp_path):
    inside = "import torch\n\nfrom .model import Net\n\nnet = Net()\nwith torch.no_grad():\n    net(torch.rand(2, 16))\n"
    src = {"src/mypkg/__init__.py": "from .model import Net\n", "src/mypkg/model.py": MODEL,
           "scripts/run.py": "import torch\nfrom mypkg import Net\n\nnet = Net()\nwith torch.no_grad():\n    net(torch.rand(2, 16))\n",
           "mypkg/predict.py": inside}
    root = project(tmp_path, src)
    assert found([root / "mypkg" / "predict.py", "--no-cache"]) == [("predict.py", 7, "BN101")]
    assert found([root / "scripts" / "run.py", "--no-cache"]) == [("run.py", 6, "BN101")]


def test_a_name_no_project_file_defines_is_unknown(tmp_path):
    code = "import torch\nfrom somewhere_else import Net\n\nnet = Net()\nwith torch.no_grad():\n    net(torch.rand(2, 16))\n"
    root = project(tmp_path, {"infer.py": code})
    assert found([root / "infer.py", "--no-cache"]) == []


def test_inference_in_another_files_function_called_while_the_model_trains(tmp_path):
    text = TRAIN.format(pkg="mypkg", top="pass", call="evaluate(model, val_loader)")
    root = project(tmp_path, {"train.py": text})
    diags = check(root / "train.py", "--no-cache", "--select", "BN101")
    assert [(d["code"], d["location"]["row"]) for d in diags] == [("BN101", line_of(text, "evaluate(model"))]
    (diag,) = diags
    assert "`evaluate` (" in diag["message"] and f"utils.py:{line_of(UTILS, '# forward')})" in diag["message"]
    assert [Path(r["filename"]).name for r in diag["related"]] == ["utils.py"]
    twin = TRAIN.format(pkg="mypkg", top="pass", call="validate_restoring(model, val_loader)")
    write(root, {"train.py": twin})
    assert check(root / "train.py", "--no-cache") == []


SCRIPT = """
import torch
{imports}

net = Net()
print({call}(net, [(torch.rand(4, 16), torch.zeros(4))]))
"""


@pytest.mark.parametrize("imports,call", [
    ("from mypkg.model import Net\nfrom mypkg.utils import evaluate", "evaluate"),  # the call inside another's
    ("from mypkg.model import Net\nfrom mypkg import utils", "utils.evaluate"),  # through the module's name
    ("import mypkg.utils as utils\nfrom mypkg.model import Net", "utils.evaluate"),
])
def test_a_script_that_only_imports_the_model_and_the_evaluation(tmp_path, imports, call):
    """Nothing in the text says nn, Module or train(): what it imports decides that the rule runs at all."""
    text = SCRIPT.format(imports=imports, call=call)
    root = project(tmp_path, {"run.py": text})
    assert found([root / "run.py", "--no-cache"]) == [("run.py", line_of(text, "print("), "BN101")]


def test_another_files_validate_inside_the_epoch_loop(tmp_path):
    text = TRAIN.format(pkg="mypkg", top="pass", call="validate(model, val_loader)")
    root = project(tmp_path, {"train.py": text})
    assert found([root / "train.py", "--no-cache"]) == [("train.py", line_of(text, ".backward()"), "BN103")]
    write(root, {"train.py": TRAIN.format(pkg="mypkg", top="model.train()", call="validate(model, val_loader)")})
    assert found([root / "train.py", "--no-cache"]) == []


def test_circular_imports_end(tmp_path):
    a = "import torch\nfrom b import helper\n\n\ndef run(model):\n    return helper(model)\n"
    b = "import torch\nfrom a import run\n\n\ndef helper(model):\n    with torch.no_grad():\n        return run(model)\n"
    root = write(tmp_path, {"a.py": a, "b.py": b})
    assert found([root, "--no-cache"]) == []


def test_a_cached_result_is_redone_when_a_file_it_read_changes(tmp_path):
    text = TRAIN.format(pkg="mypkg", top="pass", call="evaluate(model, val_loader)")
    root = project(tmp_path, {"train.py": text})
    cache = tmp_path / "cache"
    bug = [("train.py", line_of(text, "evaluate(model"), "BN101")]
    assert found([root / "train.py", "--cache-dir", cache]) == bug
    # evaluate now restores the mode it switches: train.py's bytes are the same, its result is not
    fixed = UTILS.replace("    correct = 0\n    with torch.no_grad():",
                          "    correct = 0\n    was = model.training\n    model.eval()\n    with torch.no_grad():")
    fixed = fixed.replace("    return correct\n", "    model.train(was)\n    return correct\n")
    write(root, {"mypkg/utils.py": fixed})
    assert found([root / "train.py", "--cache-dir", cache]) == []
    write(root, {"mypkg/utils.py": UTILS})
    assert found([root / "train.py", "--cache-dir", cache]) == bug


DETECTOR = """
import torch.nn as nn


class Detector(nn.Module):
    def __init__(self):
        super().__init__()
        self.backbone = nn.Sequential(nn.Conv2d(3, 8, 3), nn.BatchNorm2d(8), nn.ReLU())
        self.head = nn.Conv2d(8, 4, 1)

    def forward(self, x):
        return self.head(self.backbone(x))


def freeze_backbone(model):
    for p in model.backbone.parameters():
        p.requires_grad = False
"""

FINETUNE = """
import torch
import torch.nn.functional as F
from mypkg.detector import Detector, freeze_backbone

model = Detector()
{freeze}
optimizer = torch.optim.SGD([p for p in model.parameters() if p.requires_grad], lr=0.1)
model.train()
{fix}
for x, y in []:
    optimizer.zero_grad()
    F.mse_loss(model(x), y).backward()
    optimizer.step()
"""


@pytest.mark.parametrize("freeze", ["freeze_backbone(model)",
                                    "for p in model.backbone.parameters():\n    p.requires_grad = False"])
def test_a_part_frozen_here_or_by_another_files_helper_keeps_training_its_batchnorm(tmp_path, freeze):
    text = FINETUNE.format(freeze=freeze, fix="")
    root = project(tmp_path, {"mypkg/detector.py": DETECTOR, "finetune.py": text})
    assert found([root / "finetune.py", "--no-cache"]) == [("finetune.py", line_of(text, freeze.split("\n")[0]), "BN202")]
    write(root, {"finetune.py": FINETUNE.format(freeze=freeze, fix="model.backbone.eval()")})
    assert found([root / "finetune.py", "--no-cache"]) == []


FREEZING_BUILDERS = """
import torch
import torchvision
from torchvision.ops import FrozenBatchNorm2d

from mypkg.detector import Detector


def build_frozen(weights):
    model = Detector()
    model.load_state_dict(torch.load(weights))
    for p in model.backbone.parameters():
        p.requires_grad = False
    return model


def build_frozen_resnet():
    model = torchvision.models.resnet50(weights="DEFAULT")
    model.requires_grad_(False)
    return model.to("cpu")


def build_frozen_head():
    model = torchvision.models.resnet50()
    model.fc.requires_grad_(False)
    return model


def build_with_frozen_batchnorm():
    model = torchvision.models.resnet50(norm_layer=FrozenBatchNorm2d)
    model.requires_grad_(False)
    return model


def build_put_in_eval():
    model = Detector()
    model.backbone.requires_grad_(False)
    model.backbone.eval()
    return model


def build_frozen_copy(model):
    model.requires_grad_(False)
    return model
"""

# the fine-tuning script, with the model made (and frozen) by a builder of another file
BUILT = FINETUNE.replace("from mypkg.detector import Detector, freeze_backbone\n\nmodel = Detector()\n{freeze}\n",
                         "from mypkg.freezing import {builder}\n\nmodel = {builder}({args})\n")


@pytest.mark.parametrize("builder,args,part", [("build_frozen", "'w.pt'", "model.backbone"),
                                               ("build_frozen_resnet", "", "model")])
def test_a_model_an_imported_builder_froze_keeps_training_its_batchnorm(tmp_path, builder, args, part):
    text = BUILT.format(builder=builder, args=args, fix="")
    root = project(tmp_path, {"mypkg/detector.py": DETECTOR, "mypkg/freezing.py": FREEZING_BUILDERS, "train.py": text})
    r = CliRunner().invoke(main, ["check", str(root / "train.py"), "--no-cache", "--output-format", "json"])
    (d,) = json.loads(r.output)
    assert (d["code"], d["location"]["row"]) == ("BN202", line_of(text, f"model = {builder}("))
    assert f"`{part}` is built by `{builder}`, which freezes it" in d["message"]
    frozen, trained = d["related"]
    assert frozen["filename"].endswith("freezing.py") and frozen["message"].endswith("frozen here")
    start, lines = line_of(FREEZING_BUILDERS, f"def {builder}("), FREEZING_BUILDERS.lstrip("\n").splitlines()
    freeze = next(i for i in range(start, len(lines)) if ".parameters()" in lines[i] or "requires_grad_" in lines[i]) + 1
    assert frozen["location"]["row"] == freeze  # the loop over its parameters, or the requires_grad_ call
    assert trained["location"]["row"] == line_of(text, ".backward()")
    write(root, {"train.py": BUILT.format(builder=builder, args=args, fix=f"{part}.eval()" if "." in part else
                                          "for m in model.modules():\n    m.eval() if isinstance(m, torch.nn.BatchNorm2d) else None")})
    assert found([root / "train.py", "--no-cache"]) == []


@pytest.mark.parametrize("builder,args", [("build_frozen_head", ""), ("build_with_frozen_batchnorm", ""),
                                          ("build_put_in_eval", ""), ("build_frozen_copy", "Detector()")])
def test_builders_whose_freeze_leaves_no_batchnorm_training_give_nothing(tmp_path, builder, args):
    text = BUILT.format(builder=builder, args=args, fix="").replace(
        "from mypkg.freezing", "from mypkg.detector import Detector\nfrom mypkg.freezing")
    root = project(tmp_path, {"mypkg/detector.py": DETECTOR, "mypkg/freezing.py": FREEZING_BUILDERS, "train.py": text})
    assert found([root / "train.py", "--no-cache"]) == []


@pytest.mark.parametrize("cls,flagged", [("Net", True), ("Plain", False)])
def test_the_training_flag_of_a_model_of_another_files_class(tmp_path, cls, flagged):
    text = f"from mypkg.model import {cls}\n\nmodel = {cls}()\nmodel.training = False\n"
    root = project(tmp_path, {"flag.py": text})
    assert found([root / "flag.py", "--no-cache"]) == ([("flag.py", 4, "BN105")] if flagged else [])


def test_eval_without_no_grad_for_a_model_of_another_files_class(tmp_path):
    text = "import torch\nfrom mypkg.model import Net\n\nmodel = Net()\nmodel.eval()\npreds = [model(torch.rand(2, 16)) for _ in range(3)]\n"
    root = project(tmp_path, {"predict.py": text})
    assert found([root / "predict.py", "--no-cache"]) == [("predict.py", 6, "BN102")]


def test_a_long_lived_process_sees_a_module_created_after_its_first_check(tmp_path):
    """The language server checks a document again and again: an import that did not resolve may now."""
    from bnlint.server.documents import check as check_document

    text = INFER.format(cls="Net", eval="")
    root = write(tmp_path, {"mypkg/__init__.py": "", "infer.py": text})
    path = str(root / "infer.py")
    assert check_document(path, textwrap.dedent(text).lstrip("\n")) == []
    write(root, {"mypkg/model.py": MODEL})
    found = check_document(path, textwrap.dedent(text).lstrip("\n"))
    assert [(d.code, d.start.line) for d in found] == [("BN101", line_of(text, "print(model("))]


def test_a_cached_result_is_redone_when_a_module_it_imports_is_written(tmp_path):
    """`from helpers import evaluate` before helpers.py exists: unknown, no finding; written, the finding."""
    text = TRAIN.format(pkg="mypkg", top="pass", call="evaluate(model, val_loader)").replace(
        "from mypkg.utils import evaluate, validate, validate_restoring", "from helpers import evaluate")
    root = project(tmp_path, {"train.py": text})
    cache = tmp_path / "cache"
    assert found([root / "train.py", "--cache-dir", cache]) == []
    write(root, {"helpers.py": UTILS})
    assert found([root / "train.py", "--cache-dir", cache]) == [("train.py", line_of(text, "evaluate(model"), "BN101")]


def test_a_file_the_prefilter_skipped_is_checked_again_when_what_it_imports_changes(tmp_path):
    """train.py alone does not call for BN101 (no no_grad, nothing named for inference): the prefilter reads
    what `score` of mypkg/metrics.py shows, and that file changing must count."""
    text = TRAIN.format(pkg="mypkg", top="pass", call="score(model, val_loader)").replace(
        "from mypkg.utils import evaluate, validate, validate_restoring", "from mypkg.metrics import score")
    plain = "def score(model, loader):\n    return [model(x) for x in loader]\n"
    root = project(tmp_path, {"train.py": text, "mypkg/metrics.py": plain})
    cache = tmp_path / "cache"
    assert found([root / "train.py", "--cache-dir", cache]) == []
    under_no_grad = ("import torch\n\n\ndef score(model, loader):\n    with torch.no_grad():\n"
                     "        return [model(x) for x in loader]\n")
    write(root, {"mypkg/metrics.py": under_no_grad})
    assert found([root / "train.py", "--cache-dir", cache]) == [("train.py", line_of(text, "score(model"), "BN101")]


@pytest.mark.parametrize("guard", ['if __name__ == "__main__":', "def main():"])
def test_imports_below_the_top_level_count(tmp_path, guard):
    text = INFER.format(cls="Net", eval="")
    body = textwrap.indent(textwrap.dedent(text).lstrip("\n"), "    ")
    script = f"{guard}\n{body}" + ("\n\nmain()\n" if guard.startswith("def") else "")
    root = project(tmp_path, {"infer.py": script})
    assert [(name, code) for name, _, code in found([root / "infer.py", "--no-cache"])] == [("infer.py", "BN101")]


HELPERS = """
import contextlib


def set_eval(model):
    model.eval()


@contextlib.contextmanager
def eval_mode(model):
    was = model.training
    model.eval()
    try:
        yield model
    finally:
        model.train(was)
"""

SWITCHED_ELSEWHERE = """
import torch
from {source} import set_eval, eval_mode


def evaluate_hop(model, loader):
    set_eval(model)
    with torch.no_grad():
        return [model(x) for x in loader]


def evaluate_ctx(model, loader):
    with eval_mode(model), torch.no_grad():
        return [model(x) for x in loader]
"""


@pytest.mark.parametrize("source", ["mypkg.helpers", "somelib.helpers"])
@pytest.mark.parametrize("call", ["evaluate_hop(model, val_loader)", "evaluate_ctx(model, val_loader)"])
def test_an_evaluation_whose_mode_switch_is_in_code_not_read_here_is_unknown(tmp_path, source, call):
    """evaluate_* hand the model to a helper of a third file (or of a package outside the project) that may
    switch its mode: unknown, so no finding (the same helpers defined beside evaluate_* are followed)."""
    text = TRAIN.format(pkg="mypkg", top="pass", call=call).replace(
        "from mypkg.utils import evaluate, validate, validate_restoring",
        "from mypkg.evaluation import evaluate_hop, evaluate_ctx")
    root = project(tmp_path, {"train.py": text, "mypkg/helpers.py": HELPERS,
                              "mypkg/evaluation.py": SWITCHED_ELSEWHERE.format(source=source)})
    assert found([root / "train.py", "--no-cache"]) == []


BUILDERS = """
from .model import Net, Plain


def build_model(cfg=None):
    net = Net()
    return net


def build_for_eval():
    net = Net()
    net.eval()
    return net


def build_config():
    return dict(lr=0.1)
"""


@pytest.mark.parametrize("builder,flagged", [("build_model", True), ("build_for_eval", False),
                                             ("build_config", False)])
def test_a_model_returned_by_another_files_builder(tmp_path, builder, flagged):
    text = ("import torch\n\nfrom mypkg.builders import {b}\n\nmodel = {b}()\nwith torch.no_grad():\n"
            "    print(model(torch.rand(4, 16)))\n").format(b=builder)
    root = project(tmp_path, {"infer.py": text, "mypkg/builders.py": BUILDERS})
    expected = [("infer.py", line_of(text, "print(model("), "BN101")] if flagged else []
    assert found([root / "infer.py", "--no-cache"]) == expected


def test_a_builders_model_moved_to_a_device_is_still_that_model(tmp_path):
    text = ("import torch\n\nfrom mypkg.builders import build_model\n\nmodel = build_model().to('cpu')\n"
            "with torch.no_grad():\n    print(model(torch.rand(4, 16)))\n")
    root = project(tmp_path, {"infer.py": text, "mypkg/builders.py": BUILDERS})
    assert found([root / "infer.py", "--no-cache"]) == [("infer.py", line_of(text, "print(model("), "BN101")]


@pytest.mark.parametrize("bound", [
    "model: torch.nn.Module = build_model()",
    "model = (  # the network\n    build_model()\n)",
    "model = \\\n    build_model()",
    "model = build_model(\n    # no config\n).to('cpu')",
    "if True: model = build_model()",
])
def test_a_builders_model_however_the_binding_is_written(tmp_path, bound):
    # the prefilter reads the binding from the text before anything is parsed: every spelling must keep the file
    text = f"import torch\n\nfrom mypkg.builders import build_model\n\n{bound}\nwith torch.no_grad():\n" \
           "    print(model(torch.rand(4, 16)))\n"
    root = project(tmp_path, {"infer.py": text, "mypkg/builders.py": BUILDERS})
    assert found([root / "infer.py", "--no-cache"]) == [("infer.py", line_of(text, "print(model("), "BN101")]


@pytest.mark.parametrize("text, kept", [
    ("model = build_model()\nwith torch.no_grad():\n    print(model(x))\n", True),
    ("with torch.no_grad():\n    print(build_model()(x))\n", False),  # bound to no name: not followed
    ("model = build_model()\nwith torch.no_grad():\n    print(len(model.layers))\n", False),  # never run
    ("if build_model() == other:\n    pass\nwith torch.no_grad():\n    print(model(x))\n", False),  # compared
    ("model = build_model()\nwith torch.no_grad():\n    evaluate(model, x)\n", True),  # handed to inference
    ('"""model = build_model()"""\nwith torch.no_grad():\n    print(model(x))\n', False),  # in a docstring
    # what the builder returns, read in its file: a model it switches to eval (unknown), or no Module at all
    ("from mypkg.builders import build_for_eval\nmodel = build_for_eval()\nwith torch.no_grad():\n"
     "    print(model(x))\n", False),
    ("from mypkg.builders import build_config\nmodel = build_config()\nwith torch.no_grad():\n"
     "    print(model(x))\n", False),
])
def test_the_prefilter_keeps_a_file_for_a_builders_model_only_where_the_analysis_may_use_it(tmp_path, text, kept):
    from bnlint.config import build_settings, Overrides
    from bnlint.project.index import view
    from bnlint.source.rules.bn101_inference_without_eval import InferenceWithoutEval

    text = "import torch\n\nfrom mypkg.builders import build_model\nfrom mypkg.utils import evaluate\n\n" + text
    root = project(tmp_path, {"infer.py": text, "mypkg/builders.py": BUILDERS})
    path = str(root / "infer.py")
    settings = build_settings(None, Overrides())
    assert not InferenceWithoutEval.may_apply(text)  # nothing built here: only the builder can tell
    assert InferenceWithoutEval.may_apply_across(text, view(path, settings)) is kept


def test_an_evaluation_a_package_re_exports_called_through_the_package(tmp_path):
    # engine/__init__.py re-exports evaluate from engine/loops.py; train.py calls it as an attribute of the package
    text = ("import torch\nimport torch.nn as nn\nfrom mypkg import engine as eng\n\n"
            "model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8))\neng.evaluate(model, [torch.randn(2, 4)])\n")
    root = project(tmp_path, {"train.py": text, "mypkg/engine/__init__.py": "from .loops import evaluate\n",
                              "mypkg/engine/loops.py": UTILS})
    assert found([root / "train.py", "--no-cache"]) == [("train.py", line_of(text, "eng.evaluate("), "BN101")]


@pytest.mark.parametrize("imports", [
    # another binding first, in a function that runs later: the syntax tree keeps the one of the function's own scope
    ("from mypkg.other import build_model\n\n\ndef main():\n    from mypkg.builders import build_model\n"
     "    model = build_model()\n    with torch.no_grad():\n        print(model(torch.rand(4, 16)))\n\n\nmain()\n"),
    # an optional import first, the project's builder as the fallback
    ("try:\n    from fastmodels.zoo import build_model  # on the cluster\nexcept ImportError:\n"
     "    from mypkg.builders import build_model\n\nmodel = build_model()\nwith torch.no_grad():\n"
     "    print(model(torch.rand(4, 16)))\n"),
])
def test_a_builder_imported_twice(tmp_path, imports):
    # each binding of the name is resolved on its own: the answer for one must not be reused for the other
    text = "import torch\n\n" + imports
    root = project(tmp_path, {"infer.py": text, "mypkg/builders.py": BUILDERS,
                              "mypkg/other.py": "def build_model():\n    return None\n"})
    assert found([root / "infer.py", "--no-cache"]) == [("infer.py", line_of(text, "print(model("), "BN101")]


SHARED = """
import torch

from mypkg.model import Net, Plain

{made}
"""

SERVE = """
import torch

from mypkg.shared import net

x = torch.rand(4, 16)
{before}
with torch.no_grad():
    print(net(x))
"""


@pytest.mark.parametrize("made", ["net = Net()", "net = Net().to('cpu')",
                                  "net = Net()\nnet.load_state_dict(torch.load('w.pt'))",
                                  "net = Net().eval()\nnet.train()"])
def test_a_model_another_file_makes_at_its_top_level_in_train_mode(tmp_path, made):
    root = project(tmp_path, {"mypkg/shared.py": SHARED.format(made=made), "serve.py": SERVE.format(before="")})
    (d,) = check(root / "serve.py", "--no-cache")
    assert (d["code"], d["location"]["row"]) == ("BN101", line_of(SERVE, "print(net(x))"))
    (made_here,) = d["related"]
    assert made_here["filename"].endswith("shared.py") and made_here["message"] == "`net` made here, in train mode"
    assert made_here["location"]["row"] == line_of(SHARED.format(made=made), "net = Net()")
    assert "net.eval()" in CliRunner().invoke(main, ["check", str(root / "serve.py"), "--no-cache", "--diff"]).output
    write(root, {"serve.py": SERVE.format(before="net.eval()")})
    assert found([root / "serve.py", "--no-cache"]) == []


@pytest.mark.parametrize("made", [
    "net = Net().eval()",
    "net = Net()\nnet.eval()",
    "net = Net()\nnet.train(False)",
    "net = Plain()",  # nothing in it depends on the mode
    "net = Net()\n\n\ndef prepare():\n    net.eval()",  # a function of that file may switch it: unknown
    "net = Net()\n\n\ndef register(registry):\n    registry.append(net)",  # handed on: unknown
    "net = Net()\nif torch.cuda.is_available():\n    net = net.half()",  # bound twice: unknown
    "net = torch.hub.load('repo', 'model')",  # not a Module of known mode
])
def test_top_level_models_of_another_file_in_eval_or_unknown_mode_give_nothing(tmp_path, made):
    root = project(tmp_path, {"mypkg/shared.py": SHARED.format(made=made), "serve.py": SERVE.format(before="")})
    assert found([root / "serve.py", "--no-cache"]) == []


@pytest.mark.parametrize("made, serve, kept", [
    ("net = Net()", SERVE.format(before=""), True),
    ("net = Net().eval()", SERVE.format(before=""), False),  # that file leaves it in eval mode
    ("class Registry:\n    pass\n\n\nnet = Registry()", SERVE.format(before=""), False),  # not a Module
    ("net = Net()", SERVE.format(before="").replace("print(net(x))", "print(net  # the model\n          (x))"), True),
    # two bindings of `net`, one to a model in train mode (mypkg.other's): which one counts, the text does not tell
    ("net = Net().eval()", "def early():\n    from mypkg.other import net\n\n\n" + SERVE.format(before=""), True),
])
def test_the_prefilter_asks_the_other_file_what_mode_it_leaves_its_model_in(tmp_path, made, serve, kept):
    # the file making the model is parsed, this one is not: its model in train mode keeps this file for BN101
    from bnlint.config import build_settings, Overrides
    from bnlint.project.index import view
    from bnlint.source.rules.bn101_inference_without_eval import InferenceWithoutEval

    root = project(tmp_path, {"mypkg/shared.py": SHARED.format(made=made), "mypkg/other.py": SHARED.format(made="net = Net()"),
                              "serve.py": serve})
    assert not InferenceWithoutEval.may_apply(serve)
    assert InferenceWithoutEval.may_apply_across(serve, view(str(root / "serve.py"), build_settings(None, Overrides()))) is kept
    if "early" not in serve:
        assert found([root / "serve.py", "--no-cache"]) == ([("serve.py", line_of(serve, "print(net"), "BN101")]
                                                             if kept else [])


def test_a_cached_result_is_redone_when_the_file_making_the_instance_changes(tmp_path):
    root = project(tmp_path, {"mypkg/shared.py": SHARED.format(made="net = Net()"), "serve.py": SERVE.format(before="")})
    cache = tmp_path / "cache"
    bug = [("serve.py", line_of(SERVE, "print(net(x))"), "BN101")]
    assert found([root / "serve.py", "--cache-dir", cache]) == bug
    write(root, {"mypkg/shared.py": SHARED.format(made="net = Net()\nnet.eval()")})
    assert found([root / "serve.py", "--cache-dir", cache]) == []
    write(root, {"mypkg/shared.py": SHARED.format(made="net = Net()")})
    assert found([root / "serve.py", "--cache-dir", cache]) == bug


HANDED = """
import torch

from mypkg.utils import evaluate
from mypkg.shared import {imported}

{made}
print(evaluate({name}, torch.load("val.pt")))
"""


@pytest.mark.parametrize("imported,made,name", [
    ("build", "model = build()", "model"),  # a builder's model handed on, never called here
    ("net", "", "net"),  # a model another file makes at its top level, handed on
])
def test_a_model_made_elsewhere_handed_to_another_files_evaluate(tmp_path, imported, made, name):
    shared = SHARED.format(made="net = Net()\n\n\ndef build():\n    model = Net()\n    return model")
    text = HANDED.format(imported=imported, made=made, name=name)
    root = project(tmp_path, {"mypkg/shared.py": shared, "run.py": text})
    assert found([root / "run.py", "--no-cache"]) == [("run.py", line_of(text, "print(evaluate("), "BN101")]
    write(root, {"run.py": text.replace("print(evaluate(", f"{name}.eval()\nprint(evaluate(")})
    assert found([root / "run.py", "--no-cache"]) == []
