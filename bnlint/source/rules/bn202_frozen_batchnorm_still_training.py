"""BN202 frozen-batchnorm-still-training: a frozen part trained in train mode keeps updating BatchNorm.

A freeze is `part.requires_grad_(False)` or a loop over `part.parameters()` / `named_parameters()`
setting `requires_grad = False` (or calling `requires_grad_(False)`), where `part` is a model or a
sub-module of one. The finding needs, after the freeze in the same scope, a training step (here or
in a function of the file it calls) that the interpreter reaches with `part` in train mode, and
evidence that `part` has BatchNorm: layers in the file's classes, a BatchNorm-family torchvision / timm
architecture, or BatchNorm named in the file. An `eval()` of the part after `train()`, a train()
override, `apply()` / `modules()` loops that switch modes: all of those take it out of train mode or
make it unknown, and unknown is never flagged.
"""

from __future__ import annotations

import ast
import re
import weakref
from dataclasses import dataclass
from typing import Iterator, List, Optional, Tuple

from bnlint.diagnostic import Diagnostic
from bnlint.project.layout import display_path
from bnlint.source.analysis.file_analysis import FileAnalysis, analysis, other_file
from bnlint.source.analysis.modes import TRAIN
from bnlint.source.analysis.references import assigned_name, ref_of, ref_through, unchain
from bnlint.source.analysis.training import TRAINING_TEXT
from bnlint.source.context import FileContext, uses_torch
from bnlint.source.rule import Rule
from bnlint.textsearch import in_code
from bnlint.source.semantic.classes import methods
from bnlint.source.semantic.nodes import FUNCTION, parameter_names, walk
from bnlint.source.semantic.scopes import Scope, root
from bnlint.torch_api import BN_ARCHITECTURES, FREEZE_PATTERN


# Below a library model only the whole model, or a part whose name says it holds BatchNorm layers,
# is flagged; its other parts (a stem conv, a Dropout + Linear classifier, embeddings) may have none,
# and `part.eval()` of a head would switch its Dropout off.
BN_PARTS = re.compile(
    r"^(backbone|features|encoder|body|stem|trunk|blocks|stages|layers|layer\d+|stage\d+|denseblock\d+|"
    r"bn\d*|norm_layer|extractor|feature_extractor|base_model|base)$")
LEAF_PARTS = re.compile(
    r"^(conv\d*|conv_stem|fc\d*|classifier|head|heads|linear\d*|lm_head|embeddings?|patch_embed|pos_embed|"
    r"cls_token|dropout|drop|pool|avgpool|global_pool|pre_logits|logits)$")

CHILD = "<child>"
# Text of every freeze below: `p.requires_grad = False`, `part.requires_grad_(False)`.
FREEZE_TEXT = re.compile(FREEZE_PATTERN)


def _false(node: Optional[ast.AST]) -> bool:
    return isinstance(node, ast.Constant) and node.value is False


def frozen_in_loop(loop: ast.For) -> Optional[str]:
    """`for p in part.parameters(): p.requires_grad = False` -> 'part'."""
    it = loop.iter
    if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute)
            and it.func.attr in ("parameters", "named_parameters")):
        return None
    target = loop.target
    param = target.elts[-1] if isinstance(target, ast.Tuple) and target.elts else target
    if not isinstance(param, ast.Name):
        return None
    for stmt in loop.body:
        for n in walk(stmt):
            if isinstance(n, ast.Assign) and _false(n.value) and any(
                    isinstance(t, ast.Attribute) and t.attr == "requires_grad"
                    and isinstance(t.value, ast.Name) and t.value.id == param.id for t in n.targets):
                return ref_through(it.func.value)
            if (isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "requires_grad_"
                    and isinstance(n.func.value, ast.Name) and n.func.value.id == param.id and n.args and _false(n.args[0])):
                return ref_through(it.func.value)
    return None


def frozen_by_call(call: ast.Call) -> Optional[str]:
    """`part.requires_grad_(False)` -> 'part'."""
    f = call.func
    if isinstance(f, ast.Attribute) and f.attr == "requires_grad_":
        arg = call.args[0] if call.args else (call.keywords[0].value if call.keywords else None)
        if _false(arg):
            return ref_through(f.value)
    return None


class FrozenBatchnormStillTraining(Rule):
    code = "BN202"
    tokens = ("requires_grad",)
    patterns = (FREEZE_TEXT, TRAINING_TEXT)

    @classmethod
    def may_apply(cls, text: str) -> bool:
        # The freeze may be in a helper another file of the project defines (`freeze_backbone(model)`).
        return super().may_apply(text)

    @classmethod
    def may_apply_across(cls, text: str, project) -> bool:
        # `model = build_model()` may freeze what it returns: calls with no argument count too.
        return (in_code(text, TRAINING_TEXT.search)  # this file's own training step: in its code
                and project.calls_function_that(text, "freezes", with_arguments=False))

    def check(self, ctx: FileContext) -> Iterator[Diagnostic]:
        if not uses_torch(ctx) or not (any(frozen_by_call(c) for c in ctx.nodes_of(ast.Call))
                                       or any(frozen_in_loop(f) for f in ctx.nodes_of(ast.For))
                                       or ctx.project is not None
                                       and ctx.project.calls_function_that(ctx.text, "freezes", with_arguments=False)):
            return  # the file-wide analysis is only built where something is, or may be, frozen
        an = analysis(ctx)
        for scope in an.tree.scopes:
            for stmt, part, builder in self._freezes(an, scope):
                for where, after, ref in self._instances(an, scope, stmt, part):
                    diag = self._finding(an, where, after, ref, stmt, builder)
                    if diag is not None:
                        yield diag
                        break

    def _instances(self, an: FileAnalysis, scope: Scope, stmt: ast.AST, part: str) -> List[Tuple[Scope, ast.AST, str]]:
        """Where to look for training after a freeze: the same scope; for `self.backbone` frozen in a
        Module's `__init__`, each `model = Net(...)` of the file, with the part as `model.backbone`."""
        found = [(scope, stmt, part)]
        root = part.split(".")[0]
        if scope.name == "__init__" and scope.self_name and root == scope.self_name:
            for site in an.calls.sites_to(scope):
                parent = an.ctx.parents.get(site.call)
                target = ref_of(parent.targets[0]) if isinstance(parent, ast.Assign) and len(parent.targets) == 1 else None
                if target and parent.value is site.call:
                    found.append((site.caller, site.call, target + part[len(root):]))
        return found

    def _freezes(self, an: FileAnalysis, scope: Scope) -> List[Tuple[ast.AST, str, Optional["Builder"]]]:
        found, seen = [], set()
        for node in scope.own_nodes:
            part, builder = None, None
            if isinstance(node, ast.For):
                part = frozen_in_loop(node)
            elif isinstance(node, ast.Call):
                part = frozen_by_call(node) or self._frozen_by_helper(an, node)
                if part is None:
                    builder = _frozen_by_builder(an, node)
                    part = builder.part if builder is not None else None
            if part and part not in seen and (builder is not None or self._is_module(an, scope, part)):
                seen.add(part)
                found.append((node, part, builder))
        return found

    @staticmethod
    def _frozen_by_helper(an: FileAnalysis, call: ast.Call) -> Optional[str]:
        """`freeze_backbone(model)`: a function (of this file or another of the project) that freezes a part of
        a model it is handed; the part as the caller names it."""
        site = an.calls.site_at(call)
        if site is None or site.callee.cls is not None:
            return None
        inner = _frozen_parameter_part(site.callee)
        return an.calls.to_caller(site, inner) if inner else None

    def _is_module(self, an: FileAnalysis, scope: Scope, ref: str) -> bool:
        """A model, or an attribute path below one (`model.backbone.layer1`)."""
        parts = ref.split(".")
        return any(an.refs.is_model(scope, ".".join(parts[:i])) for i in range(len(parts), 0, -1))

    def _has_batchnorm(self, an: FileAnalysis, scope: Scope, ref: str) -> bool:
        """The file shows BatchNorm in `ref`: layers of its classes, or a BatchNorm architecture it is built as."""
        traits = an.layers.traits(scope, ref)
        if not traits.batchnorm:
            return False
        if traits.batchnorm_seen:
            return True
        parts = ref.split(".")
        for i in range(len(parts), 0, -1):  # the part itself, else the model it belongs to
            if any(self._bn_architecture(an, unchain(v)) for v in self._values(an, scope, ".".join(parts[:i]))):
                return i == len(parts) or self._names_batchnorm_part(parts[i:])
        return False

    @staticmethod
    def _names_batchnorm_part(below: List[str]) -> bool:
        """`features`, `backbone.body`, `layer3` below a library model: yes; `conv1`, `classifier`, unknown names: no."""
        if LEAF_PARTS.match(below[-1]):
            return False
        return any(BN_PARTS.match(name) for name in below)

    def _values(self, an: FileAnalysis, scope: Scope, ref: str) -> List[ast.AST]:
        """What `ref` is assigned: in the file for that name, or for `model.backbone` with `model` an
        instance of a class of the file, `self.backbone = ...` in that class's __init__."""
        values = an.refs.assignments(scope, ref)
        if not values and "." in ref:
            parent, attr = ref.rsplit(".", 1)
            init = an.tree.method(an.refs.class_of(scope, parent), "__init__")
            if init is not None and init.self_name:
                values = an.refs.assignments(init, f"{init.self_name}.{attr}")
        return values

    def _bn_architecture(self, an: FileAnalysis, value: ast.AST) -> bool:
        qn = an.ctx.call_qualname(value) or ""
        if qn.startswith("torchvision.models."):
            return bool(BN_ARCHITECTURES.match(qn.rsplit(".", 1)[-1]))
        if qn in ("timm.create_model", "timm.models.create_model") and value.args:
            arch = value.args[0]
            return isinstance(arch, ast.Constant) and isinstance(arch.value, str) and bool(BN_ARCHITECTURES.match(arch.value))
        return False

    def _handled_elsewhere(self, ctx: FileContext, part: str) -> bool:
        """Signs the file deals with the frozen BatchNorm in ways the interpreter does not follow."""
        if "FrozenBatchNorm" in ctx.text:
            return True
        for cls in ctx.module_classes.values():
            if "train" in methods(cls):
                return True  # an overridden train() (the usual remedy)
        for call in ctx.nodes_of(ast.Call):
            f = call.func
            if isinstance(f, ast.Attribute) and f.attr == "eval":
                recv = ref_through(f.value) or ""
                if recv.startswith(part + "."):
                    return True  # some of it is put in eval mode
        return False

    def _finding(self, an: FileAnalysis, scope: Scope, start: ast.AST, part: str, freeze: ast.AST,
                 builder: Optional["Builder"] = None) -> Optional[Diagnostic]:
        """`part` frozen at `freeze`; training looked for in scope after `start` (the freeze, or the
        construction of the model whose __init__ froze it, or the call of the builder that froze it)."""
        ctx = an.ctx
        trained = [n for n in an.training.training_nodes(scope) if n.lineno > start.end_lineno]
        if not trained:
            return None
        if builder is None:
            if not self._has_batchnorm(an, scope, part) or self._handled_elsewhere(ctx, part):
                return None
        elif (not self._has_batchnorm(builder.analysis, builder.scope, builder.inner)
              or self._handled_elsewhere(ctx, part) or _handled_in_builder(builder)):
            return None  # the BatchNorm evidence is read where the builder makes the model
        # The mode of a sub-module of the part with no name of its own: eval() of the part, a modules()
        # loop or an apply() that switches modes below it all show up there.
        inner = f"{part}.{CHILD}"
        in_train = sorted((call for call, modes in an.inference.steps_modes(scope, inner, trained).items() if TRAIN in modes),
                          key=lambda n: (an.tree.scope_of(n) is not scope, n.lineno, n.col_offset))  # its own steps first
        if not in_train:
            return None
        step = in_train[0]
        where = f"line {step.lineno}" if an.tree.scope_of(step) is scope else f"line {step.lineno}, in `{an.tree.scope_of(step).name}`"
        if "." in part:
            remedy = f"call `{part}.eval()` after each `{part.split('.')[0]}.train()`, or override `train()` to do it"
        else:
            remedy = (f"after each `{part}.train()`, put its BatchNorm layers back in eval mode (`for m in {part}.modules(): "
                      f"if isinstance(m, nn.modules.batchnorm._BatchNorm): m.eval()`), or override `train()` to do it")
        frozen = f"`{part}` is frozen (requires_grad=False)"
        related = [(ctx.path, ctx.start(step), f"trained here with `{part}` in train mode")]
        if builder is not None:
            other = builder.analysis.ctx
            frozen = f"`{part}` is built by `{builder.scope.name}`, which freezes it (requires_grad=False),"
            path = other.path if other is ctx else display_path(other.path)  # another file: as messages show paths
            related.insert(0, (path, other.start(builder.freeze), f"`{builder.inner}` frozen here"))
        return self.report(
            ctx, freeze,
            f"{frozen} but still in train mode when the model trains ({where}): "
            f"freezing stops gradients, not BatchNorm, whose running_mean/running_var keep moving with every batch "
            f"and which normalises with batch statistics; {remedy}",
            related=related,
        )


_FROZEN: "weakref.WeakKeyDictionary[Scope, Optional[str]]" = weakref.WeakKeyDictionary()


def _frozen_parameter_part(callee: Scope) -> Optional[str]:
    """The first part of one of its parameters that the function freezes (`model.backbone`), read once per
    function however many calls it has."""
    if callee not in _FROZEN:
        _FROZEN[callee] = None
        for node in walk(callee.node):
            inner = frozen_in_loop(node) if isinstance(node, ast.For) else frozen_by_call(node) if isinstance(node, ast.Call) else None
            if inner and inner.split(".")[0] in callee.params:
                _FROZEN[callee] = inner
                break
    return _FROZEN[callee]


@dataclass(frozen=True)
class Builder:
    """A function that builds a model, freezes (part of) it and returns it: `part` is the frozen part as the caller
    names it (`model.backbone`), `inner` as the builder does, `freeze` the freezing node in the builder's file."""

    analysis: FileAnalysis
    scope: Scope
    inner: str
    freeze: ast.AST
    part: str


def _frozen_by_builder(an: FileAnalysis, call: ast.Call) -> Optional[Builder]:
    """`model = build_model()` with a function of this file or of another project file that freezes (part of) the
    model it returns (`for p in model.parameters(): p.requires_grad = False` ... `return model`)."""
    target = assigned_name(an.ctx, call)
    if target is None:
        return None
    site = an.calls.site_at(call)
    if site is not None:  # a function of this file
        if site.callee.cls is not None:
            return None
        home, func = an.ctx, site.callee.node
    else:  # of another file whose outline shows a freeze: parsed only then, analysed only if it returns one
        project = an.ctx.project
        found = (project.definition(an.ctx, call.func)
                 if project is not None and project.function_shows(an.ctx, call.func, "freezes") else None)
        if found is None or not isinstance(found[1], FUNCTION):
            return None
        home, func = found
    frozen = home.shared(("returns frozen", func.lineno, func.col_offset), lambda c: _returned_freeze(func))
    if frozen is None:
        return None
    other = an if home is an.ctx else other_file(home)
    callee = other.tree.by_node.get(func)
    if callee is None:
        return None
    inner, freeze = frozen
    return Builder(other, callee, inner, freeze, target.id + inner[len(root(inner)):])


def _handled_in_builder(builder: Builder) -> bool:
    """The builder puts BatchNorm out of reach itself: FrozenBatchNorm layers, or an eval() of (part of) the model."""
    func = builder.scope.node
    if any(isinstance(n, ast.Name) and "FrozenBatchNorm" in n.id or isinstance(n, ast.Attribute)
           and "FrozenBatchNorm" in n.attr for n in walk(func)):
        return True
    first = root(builder.inner)
    return any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr == "eval"
               and root(ref_through(n.func.value) or "") == first for n in walk(func))


def _returned_freeze(func: ast.AST) -> Optional[Tuple[str, ast.AST]]:
    """The part of a local model the function freezes and returns (`model`, `model.backbone`), with the freeze."""
    params = set(parameter_names(func))
    returned = {ref_through(n.value) for n in walk(func) if isinstance(n, ast.Return)}  # `return model.to(device)`
    for node in walk(func):
        inner = frozen_in_loop(node) if isinstance(node, ast.For) else frozen_by_call(node) if isinstance(node, ast.Call) else None
        if inner and root(inner) in returned and root(inner) not in params:
            return inner, node
    return None
