"""What the layers of a model do with the mode, as far as the file shows: whether its mode matters at all
(BatchNorm, dropout and other mode-dependent layers) and whether it has BatchNorm buffers. Judged from the
classes of the file; anything built by code we cannot see counts as having them."""

from __future__ import annotations

import ast
import builtins
from dataclasses import dataclass
from typing import TYPE_CHECKING, Dict, Optional, Set

from bnlint.source.analysis.references import chain_top, construction, ref_of, ref_through, unchain
from bnlint.source.semantic.nodes import argument, walk
from bnlint.source.semantic.scopes import Scope, ScopeTree, root
from bnlint.torch_api import DROPOUT_ARGUMENT_INDEX, MODULE_BASES, batchnorm_name, mode_dependent_name

if TYPE_CHECKING:  # pragma: no cover
    from bnlint.source.analysis.references import ModuleReferences
    from bnlint.source.semantic.calls import CallGraph

_BUILTINS = set(dir(builtins))
# Modules whose functions compute on values and build no layers.
_PURE_MODULES = ("math", "numpy", "random", "functools", "itertools", "collections", "typing", "einops",
                 "operator", "warnings", "logging", "copy", "dataclasses", "enum", "abc", "os", "sys", "re", "json")


@dataclass(frozen=True)
class Traits:
    """What the layers of a model do with the mode. Unknown code counts as all True."""

    mode_dependent: bool
    batchnorm: bool  # BatchNorm-style running statistics (BN202)
    buffers: bool  # any buffer a parameters()-only copy loses (BN201)
    # A BatchNorm layer actually written in the file (not just possible in unseen code): what BN202,
    # which has no other evidence of BatchNorm, needs.
    batchnorm_seen: bool = False

    def __or__(self, other: "Traits") -> "Traits":
        return Traits(self.mode_dependent or other.mode_dependent, self.batchnorm or other.batchnorm,
                      self.buffers or other.buffers, self.batchnorm_seen or other.batchnorm_seen)


FREE = Traits(False, False, False)
ANYTHING = Traits(True, True, True)
ANYTHING_SEEN = Traits(True, True, True, True)


class LayerTraits:
    def __init__(self, tree: ScopeTree, calls: "CallGraph", refs: "ModuleReferences"):
        self.tree, self.calls, self.refs, self.ctx = tree, calls, refs, tree.ctx
        self._classes: Dict[str, Traits] = {}
        # Names imported by relative imports: code of the project we cannot see.
        self._relative = {(a.asname or a.name) for n in self.ctx.nodes_of(ast.ImportFrom) if n.level for a in n.names}
        self.other = None  # the analysis of another file (set by FileAnalysis)

    def mode_matters(self, scope: Scope, ref: str) -> bool:
        return self.traits(scope, ref).mode_dependent

    def traits(self, scope: Scope, ref: str, depth: int = 0) -> Traits:
        """What the model under `ref` contains, as far as the file shows."""
        if depth > 4:
            return ANYTHING
        if scope.self_name and ref == scope.self_name:
            return self.class_traits(scope.cls)
        assigned = self.tree.assigned(self.tree.key(scope, ref))
        if assigned:
            result = FREE
            for where, value in assigned:
                result |= self.value_traits(where, value, depth + 1)
            return result
        first = root(ref)
        instance = self.refs.instances.get(first) if self.tree.binding(scope, first) is self.tree.module else None
        if instance is not None and self.other is not None:  # `from model import net`: what model.py builds
            other = self.other(instance.ctx)
            made = other.layers.value_traits(other.tree.module, instance.assign.value, depth + 1)
            return made if ref == first else made | ANYTHING
        sites = self.calls.sites_to(scope)
        if ref == first and first in scope.params and sites and not self.calls.escapes(scope):
            result = FREE
            for site in sites:
                arg = site.arg(first)
                passed = ref_through(arg) if arg is not None else None
                result |= self.traits(site.caller, passed, depth + 1) if passed else ANYTHING
            return result
        if "." in ref:
            parent, attr = ref.rsplit(".", 1)
            cls = self.refs.class_of(scope, parent)
            if cls is not None:
                init = self.tree.method(cls, "__init__")
                if init is not None:
                    return self.traits(init, f"{init.self_name}.{attr}", depth + 1) if init.self_name else ANYTHING
            elsewhere = self._project_instance(scope, parent)
            if elsewhere is not None:  # `model.backbone` with `model = Detector()` of another file
                other, cls = elsewhere
                init = other.tree.method(cls, "__init__")
                if init is not None and init.self_name:
                    return other.layers.traits(init, f"{init.self_name}.{attr}", depth + 1)
        return ANYTHING

    def _project_instance(self, scope: Scope, ref: str):
        """(the analysis of the file, the class) when every value `ref` is assigned builds one Module class of
        another file of the project."""
        if self.other is None:
            return None
        found = {self.ctx.project_class(unchain(v).func, module=True) if isinstance(unchain(v), ast.Call) else None
                 for v in self.refs.assignments(scope, ref)}
        if len(found) != 1 or None in found:
            return None
        other_ctx, cls = found.pop()
        return self.other(other_ctx), cls

    def value_traits(self, scope: Scope, value: ast.AST, depth: int = 0) -> Traits:
        value = unchain(value)
        kind = construction(self.ctx, value)
        if kind and kind[0] == "wraps" and value.args:
            inner = value.args[0]
            passed = ref_through(inner)
            return self.traits(scope, passed, depth + 1) if passed else self.value_traits(scope, inner, depth + 1)
        if not isinstance(value, ast.Call) or kind is None or kind[0] != "module":
            passed = ref_through(value)
            return self.traits(scope, passed, depth + 1) if passed and depth < 4 else ANYTHING
        result = FREE
        for node in walk(value):
            if isinstance(node, ast.Call):
                result |= self._call_traits(node, set())
        return result

    def class_traits(self, cls: Optional[ast.ClassDef], seen: Optional[Set[str]] = None) -> Traits:
        if cls is None:
            return ANYTHING
        if cls.name in self._classes:
            return self._classes[cls.name]
        seen = (seen or set()) | {cls.name}
        result = FREE
        ctx = self.ctx
        for base in cls.bases:
            qn = ctx.qualname(base) or "?"
            if qn in ctx.classes:
                result |= ANYTHING if qn in seen else self.class_traits(ctx.classes[qn], seen)
            elif not (qn in MODULE_BASES or qn.endswith("LightningModule") or qn == "object"):
                result = ANYTHING  # the base may add anything
        result |= self._body_traits(cls, seen)
        if len(seen) == 1:
            self._classes[cls.name] = result
        return result

    def _body_traits(self, root_node: ast.AST, seen: Set[str]) -> Traits:
        result = FREE
        for node in walk(root_node):
            if isinstance(node, ast.Attribute) and node.attr == "training" and isinstance(node.ctx, ast.Load):
                result |= Traits(True, False, False)
            elif isinstance(node, ast.Call):
                result |= self._call_traits(node, seen)
            if result == ANYTHING_SEEN:
                break
        return result

    def _call_traits(self, call: ast.Call, seen: Set[str]) -> Traits:
        ctx = self.ctx
        qn = ctx.call_qualname(call)
        if isinstance(call.func, ast.Attribute) and call.func.attr == "register_buffer":
            return Traits(False, False, True)
        if not qn:
            return FREE  # a call on a call's result, a subscript ...
        head, last = qn.split(".")[0], qn.rsplit(".", 1)[-1]
        if qn in ctx.classes and head not in ctx.imports:
            cls = ctx.classes[qn]
            if not ctx.is_module_class(cls):
                return FREE
            return ANYTHING if qn in seen else self.class_traits(cls, seen)
        if head == "torch":
            if qn in ("torch.hub.load", "torch.load", "torch.jit.load"):
                return ANYTHING
            bn = batchnorm_name(last) or (
                "InstanceNorm" in last and any(k.arg == "track_running_stats" for k in call.keywords))
            mode = mode_dependent_name(last, dropout_argument(call, last))
            return Traits(mode or bn, bn, bn, bn)
        local = root(ref_of(call.func) or qn)  # the name written: `models` for torchvision.models
        if local in ctx.imports or local in self._relative:
            if head in _PURE_MODULES:
                return FREE
            known = self._in_project(call, seen)
            if known is not None:
                return known
            # Code from elsewhere that builds something (a class, or a factory whose result is kept,
            # e.g. `backbone = models.resnet18()`) may hold any layer; other calls are ops on tensors.
            parent = ctx.parents.get(chain_top(ctx, call))  # `models.resnet18().to(device)` is kept too
            kept = isinstance(parent, (ast.Assign, ast.AnnAssign, ast.List, ast.Tuple, ast.Call, ast.Starred))
            return ANYTHING if last[:1].isupper() or kept else FREE
        nested = self.tree.module.nested
        if qn in nested and qn not in seen:  # a builder function of this file
            return self._body_traits(nested[qn].node, seen | {qn})
        if "." in qn or head in _BUILTINS:
            return FREE  # methods of locals, self and tensors; builtins
        return ANYTHING  # a name from nowhere (star import)


    def _in_project(self, call: ast.Call, seen: Set[str]) -> Optional[Traits]:
        """What a class or builder function another file of the project defines builds, as that file shows it."""
        project = self.ctx.project
        if project is None or self.other is None or not self.ctx.project_module(call.func):
            return None  # only a Module class of another file is followed into it (parsed): builders are not
        found = project.definition(self.ctx, call.func)
        if found is None:
            return None
        other, node = found
        key = f"{other.path}:{node.name}"
        if key in seen:
            return ANYTHING
        layers = self.other(other).layers
        if isinstance(node, ast.ClassDef):
            return layers.class_traits(node, seen | {key}) if other.is_module_class(node) else FREE
        return layers._body_traits(node, seen | {key})


def dropout_argument(call: ast.Call, last: str) -> Optional[bool]:
    """What a layer call passes as `dropout`: None when nothing, False for a literal 0, True otherwise."""
    value = argument(call, "dropout", DROPOUT_ARGUMENT_INDEX.get(last))
    if value is None:
        return None
    return not (isinstance(value, ast.Constant) and not isinstance(value.value, str) and value.value == 0)
