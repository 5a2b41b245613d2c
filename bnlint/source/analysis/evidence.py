"""Which names of a file hold an nn.Module, judged file-wide by name (the evidence BN104 and BN105 use).

bnlint.source.analysis.references answers the same question per scope, following bindings and calls,
for the mode rules; this view compares names as text across the whole file and remembers the node that
shows each one is a Module, for messages. Both read the same vocabulary (bnlint.torch_api).
"""

from __future__ import annotations

import ast
from typing import Dict, List, Optional, Set

from bnlint.source.context import FileContext
from bnlint.source.semantic.classes import method_owner
from bnlint.source.semantic.nodes import dotted
from bnlint.torch_api import (
    MODEL_FACTORIES, MODULE_BASES, MODULE_ONLY_METHODS, NON_MODEL_CALLS, NON_MODEL_PREFIXES,
    NOT_MODEL_NAMES, PLAIN_BASES, RETURNS_MODULE, library_module_class,
)


def module_self(ctx: FileContext, node: ast.AST) -> Optional[str]:
    """Name of `self` when node is inside a method of an nn.Module class of the file, else None."""
    owner = method_owner(ctx, node)
    return owner.name if owner is not None and ctx.is_module_class(owner.cls) else None


def is_plain_class(ctx: FileContext, cls: ast.ClassDef, seen: tuple = ()) -> bool:
    """A class of the file that is certainly not an nn.Module (no bases, object, dataclass ...)."""
    if ctx.is_module_class(cls) or cls in seen:
        return False
    if any("dataclass" in (ctx.qualname(d.func if isinstance(d, ast.Call) else d) or "") for d in cls.decorator_list):
        return True
    for base in cls.bases:
        qn = ctx.qualname(base) or ""
        if qn in ctx.classes:
            if not is_plain_class(ctx, ctx.classes[qn], seen + (cls,)):
                return False
        elif not (qn == "object" or qn.startswith(PLAIN_BASES) or qn in ("NamedTuple", "TypedDict", "Enum")):
            return False
    return True


class ModelEvidence:
    """Which names of a file hold an nn.Module, judged by the whole file.

    A name is a model when it is built by a Module class of the file, an `nn.*` class, a
    torchvision/timm/hub factory, or a copy of another model; when it is annotated as one; or
    when Module-only methods are called on it (`.parameters()`, `.state_dict()`, `.eval()` ...).
    Names built as configurations, data or optimizers, or named like them (`args`, `cfg`), are not.
    Names are compared as text (`model`, `self.backbone`), file-wide; `self` itself is left to
    the class it belongs to (see method_owner).
    """

    def __init__(self, ctx: FileContext):
        self.ctx = ctx
        self.why: Dict[str, ast.AST] = {}  # name -> the node that shows it is a Module
        self.ctor: Dict[str, str] = {}  # name -> qualified name of what built it
        self.not_model: Set[str] = set()
        self.values: Dict[str, List[ast.AST]] = {}  # name -> every value assigned to it in the file
        self._collect()

    def is_model(self, name: Optional[str]) -> bool:
        return bool(name) and name in self.why and self.may_be_model(name)

    def may_be_model(self, name: str) -> bool:
        """Nothing says `name` is not a model (it may still be unknown)."""
        return (name not in self.not_model and name not in ("self", "cls")
                and name.rsplit(".", 1)[-1] not in NOT_MODEL_NAMES and name.split(".")[0] not in self.ctx.imports)

    def _note(self, name: Optional[str], node: ast.AST) -> None:
        if name and name not in ("self", "cls") and name.split(".")[0] not in self.ctx.imports:
            self.why.setdefault(name, node)

    def module_ctor(self, value: ast.AST) -> Optional[str]:
        """Qualified name of the Module-building call `value` (`Net().to(device)` -> 'Net'), else None."""
        while isinstance(value, ast.Call):
            func = value.func
            if isinstance(func, ast.Attribute) and func.attr in RETURNS_MODULE and isinstance(func.value, ast.Call):
                value = func.value
            elif self.ctx.call_qualname(value) == "copy.deepcopy" and value.args:
                value = value.args[0]
            else:
                break
        qn = self.ctx.call_qualname(value)
        if not qn:
            return None
        last = qn.rsplit(".", 1)[-1]
        if qn in self.ctx.module_classes or qn in MODEL_FACTORIES:
            return qn
        library = library_module_class(qn)
        if library is not None:
            return qn if library else None
        if qn.startswith("transformers.") and last == "from_pretrained":
            return qn
        if last[:1].isupper() and self.ctx.project_module(value.func):
            return qn  # a Module class of another file of the project
        return None

    def _non_model_value(self, value: ast.AST) -> bool:
        if not isinstance(value, ast.Call):
            return isinstance(value, (ast.Dict, ast.Constant, ast.List, ast.Tuple, ast.JoinedStr))
        qn = self.ctx.call_qualname(value) or ""
        last = qn.rsplit(".", 1)[-1] or (value.func.attr if isinstance(value.func, ast.Attribute) else "")
        if qn.startswith(NON_MODEL_PREFIXES) or last in NON_MODEL_CALLS:
            return True
        cls = self.ctx.classes.get(qn)
        return cls is not None and is_plain_class(self.ctx, cls)

    def _source(self, value: ast.AST) -> Optional[str]:
        """The model a value copies: `net`, `copy.deepcopy(net)`, `net.to(device)`, `net.module`."""
        while True:
            if isinstance(value, ast.Call) and self.ctx.call_qualname(value) == "copy.deepcopy" and value.args:
                value = value.args[0]
            elif isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr in RETURNS_MODULE:
                value = value.func.value
            elif isinstance(value, ast.Attribute) and value.attr == "module":
                value = value.value
            else:
                return dotted(value)

    def _collect(self) -> None:
        ctx = self.ctx
        assigns, calls = [], []
        for node in ctx.nodes:
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                meth, n_args = node.func.attr, len(node.args) + len(node.keywords)
                if (meth in MODULE_ONLY_METHODS or (meth == "eval" and n_args == 0)
                        or (meth == "train" and n_args <= 1 and all(k.arg == "mode" for k in node.keywords))):
                    calls.append((dotted(node.func.value), node))
            elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for t in targets:
                    name = dotted(t)
                    if name:
                        assigns.append((name, node.value, node))
                        self.values.setdefault(name, []).append(node.value)
                        if isinstance(node, ast.AnnAssign):
                            self._annotation(name, node.annotation, node)
            elif isinstance(node, ast.arg) and node.annotation is not None:
                self._annotation(node.arg, node.annotation, node)
        # The strongest evidence first, so that messages point at it: what built the name, then
        # the first Module-only call on it.
        for name, value, node in sorted(assigns, key=lambda a: (a[2].lineno, a[2].col_offset)):
            ctor = self.module_ctor(value)
            if ctor:
                self.ctor.setdefault(name, ctor)
                self._note(name, node)
            elif self._non_model_value(value):
                self.not_model.add(name)
        for name, node in sorted(calls, key=lambda c: (c[1].lineno, c[1].col_offset)):
            self._note(name, node)
        changed = True
        while changed:  # copies of models: `ema = copy.deepcopy(model)`, `net = model.to(device)`
            changed = False
            for name, value, node in assigns:
                source = self._source(value)
                if name not in self.why and self.is_model(source) and self.may_be_model(name):
                    self._note(name, node)
                    if source in self.ctor:
                        self.ctor.setdefault(name, self.ctor[source])
                    changed = True

    def _annotation(self, name: str, annotation: ast.AST, node: ast.AST) -> None:
        qn = self.ctx.qualname(annotation) or ""
        if qn in MODULE_BASES or qn in self.ctx.module_classes:
            self._note(name, node)
        elif qn.startswith(NON_MODEL_PREFIXES) or qn in ("dict", "Namespace", "DictConfig") or (
            qn in self.ctx.classes and is_plain_class(self.ctx, self.ctx.classes[qn])
        ):
            self.not_model.add(name)

    def ctor_class(self, name: str) -> Optional[ast.ClassDef]:
        """The class of this file that built `name`, if any."""
        return self.ctx.classes.get(self.ctor.get(name, ""))

    def value_of(self, name: str) -> Optional[ast.AST]:
        """The value of `name` when the file assigns it exactly once."""
        found = self.values.get(name, [])
        return found[0] if len(found) == 1 else None


def model_evidence(ctx: FileContext) -> ModelEvidence:
    """One ModelEvidence per file, shared by the rules that need it."""
    return ctx.shared(ModelEvidence, ModelEvidence)
