"""The text test of may_be_in_train_mode (bnlint.source.analysis.references), for a rule's prefilter: whether a file
may build a model in train mode, read from its text before it is parsed. False only when may_be_in_train_mode would
be False, except for what only other project files can tell (see may_be_in_train_mode_text)."""

from __future__ import annotations

import functools
import keyword
import re

from bnlint.project.outline import calls_in, classes_in, outline
from bnlint.source.analysis.instances import instance_mode
from bnlint.source.analysis.modes import TRAIN
from bnlint.source.analysis.references import built_by
from bnlint.textsearch import code_only
from bnlint.torch_api import NN_NOT_MODULES, library_module_class

_TRAIN_MODE_WORDS = ("torchvision", "timm")
_TRAIN_CALL_TEXT = re.compile(r"train[\s\\]*\(")  # a literal first: the engine skips ahead to each `train`


def _train_call(text: str) -> bool:
    """`model.train(`, `train (`: the word train called (not `pretrain(`, `self.do_train(`)."""
    return any(m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
               for m in _TRAIN_CALL_TEXT.finditer(text))


@functools.lru_cache(maxsize=4)  # a rule's prefilter and its second chance ask of the same text
def may_be_in_train_mode_text(text: str) -> bool:
    """The text test of may_be_in_train_mode, for a rule's prefilter: False only when it would be False, except for
    what only other project files can tell (a Module class, a builder, a model instance of another file, or a base
    class of another file; the project index answers from the outlines: View.builds_module_class, derives_module_class,
    calls_function_that(..., "builds"), imported_assignments). Read from the calls and imports of the text: a `train(`
    call, torchvision or timm named, a torch.nn layer class called however it is imported (`nn.Linear(`,
    `torch.nn.Conv2d(`, `Linear(` after `from torch.nn import Linear`), or a class of the file called whose bases
    make it a Module as far as the text shows."""
    if any(w in text for w in _TRAIN_MODE_WORDS) or _train_call(text):
        return True
    mine = outline(text, definitions=False)

    def torch_layer(written: str) -> bool:
        qualname = mine.qualname(written)
        return qualname.startswith("torch.nn.") and bool(library_module_class(qualname, NN_NOT_MODULES))

    classes, local, grown = classes_in(text), set(), True
    while grown:  # classes of the file on torch.nn bases, or on such classes of the file
        grown = False
        for name, bases in classes.items():
            if name not in local and any("Module" in b or "Sequential" in b or b in local or torch_layer(b) for b in bases):
                local.add(name)
                grown = True
    return any(written.rsplit(".", 1)[-1] in local or torch_layer(written) for written in calls_in(text))


_SIMPLE_TARGET = re.compile(r"[ \t]*(\w+)[ \t]*(?::.*)?")  # what may stand before the `=`: `model`, `model: nn.Module`


def binds_a_built_model(text: str, project) -> bool:
    """`model = build_model(cfg)`, then `model(x)` or `evaluate(model, loader)`: what may_be_in_train_mode asks of a
    builder function of another project file (references._project_builder_call), read before this file is parsed:
    the call's value is bound to one name by an assignment in the code (not in a docstring or a comment), that name is
    called, or handed to a call while the file calls an inference function of another file, and the builder returns
    a new Module (its file parsed, last: references.built_by). An assignment the text cannot read (`a = b = build()`,
    `x; m = build()`) counts as one: unknown is never left out."""
    return any(_bound_and_used(text, written, project) and _builds_in_train_mode(text, written, project)
               for written in project.calls_written(text, "builds", with_arguments=False))


def _bound_and_used(text: str, written: str, project) -> bool:
    code = code_only(text)
    for bound in re.finditer(r"=[\s(\\]*" + re.escape(written) + r"\s*\(", code):
        if bound.start() and code[bound.start() - 1] in "=!<>+-*/%&|^@:":
            continue  # a comparison, an augmented assignment or `:=`: nothing bound to a name
        target = _SIMPLE_TARGET.fullmatch(code, code.rfind("\n", 0, bound.start()) + 1, bound.start())
        if target is None or keyword.iskeyword(target.group(1)):
            return True  # `else: model = build()`: the name bound is not the first word
        name = target.group(1)
        if name in project.calls(text) or project.calls_function_that(text, "inference") and re.search(
                r"[(,]\s*" + name + r"\s*[,)]", code):
            return True
    return False


def _builds_in_train_mode(text: str, written: str, project) -> bool:
    if len(project.bindings(text).get(written.split(".")[0], ())) > 1:
        return True  # two imports bind the name: which one the syntax tree keeps, the text does not tell
    found = project.called_definition(text, written)
    return found is not None and (built_by(*found) or ("", None))[1] == TRAIN


def imports_a_model_in_train_mode(text: str, project) -> bool:
    """`from model import net`, then `net(x)` or `evaluate(net, loader)`: what BN101 asks of a model another project
    file makes at its top level (analysis.instances: in train mode once that file's top-level code has run), with that
    file parsed and this one not. A name the text imports more than once keeps the file."""
    return any(found is None or instance_mode(*found) == TRAIN for _, found in project.imported_assignments(text))
