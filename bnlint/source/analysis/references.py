"""Which references of a file hold an nn.Module, and what a call builds.

A reference (`model`, `self.net`, `args.model`) holds a Module when it is built from a Module class or a
known factory, or when it is both called and given Module methods (`.eval()`, `.parameters()`, ...), or
when it is a parameter that callers in the file pass a model to (and the reverse: an argument passed to
a parameter that the callee treats as a model).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Dict, List, Optional, Set, Tuple

from bnlint.source.analysis.modes import PRETRAINED, TRAIN, UNKNOWN
from bnlint.source.semantic.nodes import FUNCTION, dotted, walk, written_root
from bnlint.source.semantic.scopes import Key, Scope, ScopeTree, root
from bnlint.torch_api import (
    ALIASING_WRAPPERS, MODE_METHODS, MODULE_EVIDENCE, NN_NOT_MODULES, NOT_MODEL_NAMES, OPTIMIZER_NAMES,
    PRETRAINED_NOT_MODELS, RETURNS_MODULE, WRAPPERS, library_module_class,
)

if TYPE_CHECKING:  # pragma: no cover
    from bnlint.source.context import FileContext
    from bnlint.source.semantic.calls import CallGraph

# Annotations that say a parameter is not a Module.
PLAIN_ANNOTATIONS = frozenset({"Callable", "FunctionType", "str", "int", "float", "bool", "dict", "list", "tuple",
                               "Dict", "List", "Tuple", "Tensor", "ndarray", "Namespace", "DictConfig"})
_OPT_NAME = re.compile(r"optim|(^|_)opt(_|\d|$)|scaler", re.I)
SCHEDULER_NAME = re.compile(r"sched|lr_", re.I)


# ----------------------------------------------------------------------------- references
def ref_of(node: Optional[ast.AST]) -> Optional[str]:
    """`self.model.backbone` as text for a Name or a chain of attributes on one, else None."""
    return dotted(node)


def _unwrapped(value: Optional[ast.AST], wraps: Callable[[ast.Call], bool]) -> Optional[str]:
    """The reference under calls that hand the module on: `wraps(model)` and Module methods that return
    the module (`model.to(device)`, `model.eval()`); None for any other call."""
    while isinstance(value, ast.Call):
        if value.args and wraps(value):
            value = value.args[0]
        elif isinstance(value.func, ast.Attribute) and value.func.attr in RETURNS_MODULE:
            value = value.func.value
        else:
            return None
    return ref_of(value)


def ref_through(node: Optional[ast.AST]) -> Optional[str]:
    """Like ref_of, seeing through calls that return the module itself: `model.to(device)` -> 'model'."""
    return _unwrapped(node, lambda call: False)


def mode_switch(node: ast.AST) -> Optional[ast.expr]:
    """The receiver of `x.eval(...)` / `x.train(...)` when node is such a call, else None."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in MODE_METHODS:
        return node.func.value
    return None


def assigned_name(ctx: "FileContext", call: ast.Call) -> Optional[ast.Name]:
    """The name `x = call(...)` (or `x = call(...).to(device)`, `x: T = call(...)`) binds what the call makes."""
    top = chain_top(ctx, call)
    parent = ctx.parents.get(top)
    target = (parent.targets[0] if isinstance(parent, ast.Assign) and len(parent.targets) == 1 else
              parent.target if isinstance(parent, ast.AnnAssign) else None)
    return target if isinstance(target, ast.Name) and parent.value is top else None


def chain_top(ctx: "FileContext", call: ast.Call) -> ast.AST:
    """The outermost call of `call.to(device).eval()`: the expression whose value is the module `call` makes (the
    converse of unchain)."""
    node = call
    while (isinstance(ctx.parents.get(node), ast.Attribute) and ctx.parents[node].attr in RETURNS_MODULE
           and isinstance(ctx.parents.get(ctx.parents[node]), ast.Call)):
        node = ctx.parents[ctx.parents[node]]
    return node


def unchain(value: ast.AST) -> ast.AST:
    """`Net().to(device).eval()` -> `Net()`."""
    while (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
           and value.func.attr in RETURNS_MODULE and isinstance(value.func.value, ast.Call)):
        value = value.func.value
    return value


# ----------------------------------------------------------------------------- what a call builds
def construction(ctx: "FileContext", call: ast.AST) -> Optional[Tuple[str, Optional[str]]]:
    """What a call builds: ('module', its mode), ('wraps', None), ('object'|'optimizer', None), or None."""
    if not isinstance(call, ast.Call):
        return None
    qn = ctx.call_qualname(call)
    if not qn:
        return None
    last = qn.rsplit(".", 1)[-1]
    if qn in WRAPPERS:
        return ("wraps", None)
    if qn in ctx.module_classes:
        return ("module", TRAIN)  # a new Module is in train mode
    if qn in ctx.classes:
        return ("object", None)
    if is_optimizer_class(qn):
        return ("optimizer", None)
    library = library_module_class(qn, NN_NOT_MODULES)
    if library is not None:
        return ("module", TRAIN) if library else None
    if qn in ("timm.create_model", "timm.models.create_model"):
        return ("module", TRAIN)
    if last == "from_pretrained":
        owner = qn.rsplit(".", 2)[-2] if qn.count(".") else ""
        if not any(w in owner for w in PRETRAINED_NOT_MODELS):
            return ("module", PRETRAINED)  # Hugging Face returns models in eval mode
        return ("object", None)
    if qn in ("torch.hub.load", "torch.jit.load"):
        return ("module", UNKNOWN)
    if _project_class_name(ctx, call, qn):
        module = ctx.project_module(call.func)  # a class of another file of the project
        if module is not None:
            return ("module", TRAIN) if module else ("object", None)
    if _project_builder_call(ctx, call, qn):
        return _built_elsewhere(ctx, call)
    return None


_building: Set[Tuple[str, int]] = set()  # builders of other files being read now (a circle of imports ends)


def _project_builder_call(ctx: "FileContext", call: ast.Call, qn: str) -> bool:
    """`model = build_model(cfg)` then `model(x)`: an imported function, bound to a name the file calls, whose
    text in its own file (outline) shows a class built and returned."""
    head = written_root(call.func)
    target = assigned_name(ctx, call)  # `model = build_model(cfg).to(device)`
    return (ctx.project is not None and target is not None and not qn.rsplit(".", 1)[-1][:1].isupper()
            and (head in ctx.imports or head in ctx.relative_imports)
            and ctx.project.function_shows(ctx, call.func, "builds")
            and (target.id in ctx.project.calls(ctx.text) or _handed_to_inference(ctx, target.id)))


def _handed_to_inference(ctx: "FileContext", name: str) -> bool:
    """`evaluate(model, loader)`: the name is an argument of a call, and the file calls a function of another project
    file that runs a model for inference (its outline says so)."""
    return ctx.project.calls_function_that(ctx.text, "inference") and any(
        isinstance(a, ast.Name) and a.id == name for c in ctx.nodes_of(ast.Call) for a in c.args)


def _built_elsewhere(ctx: "FileContext", call: ast.Call) -> Optional[Tuple[str, Optional[str]]]:
    """What a builder function of another project file returns, read with that file's own names: a new Module
    (train mode) when every return is one, in an unknown mode when the builder switches a mode (`.eval()`), else
    unknown (None)."""
    found = ctx.project.definition(ctx, call.func)
    return built_by(*found) if found is not None else None


def built_by(other: "FileContext", func: ast.AST) -> Optional[Tuple[str, Optional[str]]]:
    """What the function `func` of the file `other` returns when called (the builder _built_elsewhere reads)."""
    if not isinstance(func, FUNCTION):
        return None
    key = (other.path, func.lineno)
    if key in _building:
        return None
    _building.add(key)
    try:
        kinds = [construction(other, value) for value in _returned_values(other, func)]
    finally:
        _building.discard(key)
    if not kinds or any(k is None or k[0] != "module" for k in kinds):
        return None
    switches = any(isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in ("eval", "train")
                   for n in walk(func))
    return ("module", UNKNOWN if switches or {k[1] for k in kinds} != {TRAIN} else TRAIN)


def _returned_values(ctx: "FileContext", func: ast.AST) -> List[ast.AST]:
    """What func returns, a returned name replaced by every value func assigns to it (None: unknown)."""
    out: List[ast.AST] = []
    for node in walk(func):
        if not isinstance(node, ast.Return) or ctx.enclosing_function(node) is not func:
            continue
        value = unchain(node.value) if node.value is not None else None
        if isinstance(value, ast.Name):
            assigned = [unchain(a.value) for a in walk(func) if isinstance(a, ast.Assign) and len(a.targets) == 1
                        and isinstance(a.targets[0], ast.Name) and a.targets[0].id == value.id]
            out += assigned or [value]
        else:
            out.append(value)
    return out


def is_optimizer_class(qn: str) -> bool:
    last = qn.rsplit(".", 1)[-1]
    if SCHEDULER_NAME.search(qn) or "Scaler" in last:
        return False
    return last in OPTIMIZER_NAMES or (qn.startswith("torch.optim.") and last[:1].isupper()) or "optimizer" in last.lower()


def is_optimizer_name(text: str) -> bool:
    """`optimizer`, `opt_g`, `scaler`: a name an optimizer (or its scaler) is usually kept under."""
    return bool(_OPT_NAME.search(text))


# The names a Module in train mode is built from (see construction; the text test is in train_mode_text).
_TRAIN_MODE_BUILDERS = ("torch.nn.", "torchvision.models.", "timm.")


def may_be_in_train_mode(ctx: "FileContext") -> bool:
    """Whether any model of the file can be in train mode: train mode starts only at a Module built in
    the file or at a `.train()` call (a model of unknown origin is in an unknown mode). Checked on the
    calls alone, before the analysis is built."""
    local = ctx.module_classes
    builders = []
    for call in ctx.nodes_of(ast.Call):
        f = call.func
        if isinstance(f, ast.Attribute) and f.attr == "train":
            return True
        qn = ctx.call_qualname(call)
        # Only these names can build a Module in train mode (see construction): ask it about them alone.
        if qn and (qn in local or qn.startswith(_TRAIN_MODE_BUILDERS) or _project_class_name(ctx, call, qn)):
            kind = construction(ctx, call)
            if kind is not None and kind[1] == TRAIN:
                return True
        elif qn:
            builders.append((call, qn))
    # Builders of other files last: each is asked of the project index (and may parse the other file).
    return any(_project_builder_call(ctx, call, qn) and (construction(ctx, call) or ("", None))[1] == TRAIN
               for call, qn in builders)


def _project_class_name(ctx: "FileContext", call: ast.Call, qn: str) -> bool:
    """An imported name written like a class (`Net`, `models.Net`): possibly a Module of another project file."""
    head = written_root(call.func)
    return (ctx.project is not None and qn.rsplit(".", 1)[-1][:1].isupper()
            and (head in ctx.imports or head in ctx.relative_imports))


def class_of(tree: ScopeTree, scope: Scope, ref: str) -> Optional[ast.ClassDef]:
    """The class of the file that every assignment to `ref` builds, if there is one."""
    if scope.self_name and ref == scope.self_name:
        return scope.cls
    ctx = tree.ctx
    classes = {ctx.classes.get(ctx.call_qualname(unchain(value)) or "")
               for _, value in tree.assigned(tree.key(scope, ref))}
    return classes.pop() if len(classes) == 1 else None


# ----------------------------------------------------------------------------- the model references
@dataclass(frozen=True)
class Instance:
    """A model another project file makes at its top level and this file imports (bnlint.source.analysis.instances):
    its mode once that file's top-level code has run, and the assignment that makes it, in that file."""

    mode: str
    ctx: "FileContext"
    assign: ast.Assign


class ModuleReferences:
    """Which references hold an nn.Module: built as one, used as one, or passed where one goes."""

    def __init__(self, tree: ScopeTree, calls: "CallGraph", instances: Optional[Dict[str, Instance]] = None):
        self.tree, self.ctx = tree, tree.ctx
        # models other project files make at their top level that this file imports (bnlint.source.analysis.instances)
        self.instances = instances or {}
        self._scope_models: Dict[Scope, List[str]] = {}
        self._aliases: Dict[Scope, List[Tuple[str, str]]] = {}
        self.models, self.plain = self._identify(calls)

    def _identify(self, calls: "CallGraph") -> Tuple[Set[Key], Set[Key]]:
        tree, ctx = self.tree, self.ctx
        called, api, built, plain, links = set(), set(), set(), set(), []
        for scope in tree.scopes:
            if scope.self_name and ctx.is_module_class(scope.cls):
                built.add(tree.key(scope, scope.self_name))
            for name in self._plain_parameters(scope):
                plain.add(tree.key(scope, name))
            for node in scope.calls:
                ref = ref_of(node.func)
                if ref:
                    called.add(tree.key(scope, ref))
                if isinstance(node.func, ast.Attribute) and node.func.attr in MODULE_EVIDENCE:
                    recv = ref_through(node.func.value)
                    if recv:
                        api.add(tree.key(scope, recv))
        for k, assigned in tree.assigned_items():  # every assignment, collected once
            for scope, value in assigned:
                kind = construction(ctx, unchain(value))  # `Net().to(device)` too
                if kind and kind[0] == "module":
                    built.add(k)
                elif kind and kind[0] in ("object", "optimizer"):
                    plain.add(k)
                source = self._source(value)
                if source:
                    links.append((k, tree.key(scope, source)))
        built |= {tree.key(tree.module, local) for local in self.instances}  # `from model import net`
        self._evidenced, self._links = built | api, links
        models = (built | (called & api)) - plain
        for site in calls.all_sites():
            for param, arg in site.args:
                passed = ref_through(arg)
                if passed:
                    links.append((tree.key(site.callee, param), tree.key(site.caller, passed)))
        changed = True
        while changed:
            changed = False
            for a, b in links:
                for x, y in ((a, b), (b, a)):
                    if y in models and x not in models and x not in plain:
                        models.add(x)
                        changed = True
        return models, plain

    def _plain_parameters(self, scope: Scope) -> List[str]:
        """Parameters whose annotation says they are not a Module: a function (`Callable`), a number, a string,
        a container, or a plain class of the file."""
        if scope.is_module:
            return []
        a = scope.node.args
        found = []
        for arg in a.posonlyargs + a.args + a.kwonlyargs:
            annotation = arg.annotation
            while isinstance(annotation, ast.Subscript):  # Optional[Callable], Callable[[int], int]
                inner = annotation.value
                if (self.ctx.qualname(inner) or "").rsplit(".", 1)[-1] in ("Optional", "Union"):
                    annotation = annotation.slice
                else:
                    annotation = inner
            qn = self.ctx.qualname(annotation) if annotation is not None else None
            if qn and qn.rsplit(".", 1)[-1] in PLAIN_ANNOTATIONS:
                found.append(arg.arg)
        return found

    def _source(self, value: ast.AST) -> Optional[str]:
        """The model a value stands for: `net`, `net.to(device)`, `DDP(net)`, `copy.deepcopy(net)`."""
        return _unwrapped(value, lambda call: (construction(self.ctx, call) or ("",))[0] == "wraps")

    def is_model(self, scope: Scope, ref: Optional[str]) -> bool:
        if not ref or (root(ref) in self.ctx.imports and root(ref) not in self.instances
                       and self.tree.binding(scope, root(ref)) is self.tree.module):
            return False
        if ref.rsplit(".", 1)[-1] in NOT_MODEL_NAMES:
            return False
        return self.tree.key(scope, ref) in self.models

    def surely_module(self, scope: Scope, ref: str) -> bool:
        """A model by its own evidence (built as a Module, or a Module method used on it), or one whose every
        link (the arguments callers pass for a parameter, the values assigned) is a model: what a fix may call
        `.eval()` or read `.training` on without an AttributeError."""
        return self.is_model(scope, ref) and self._surely(self.tree.key(scope, ref), set())

    def _surely(self, key: Key, seen: Set[Key]) -> bool:
        if key in self._evidenced:
            return True
        seen.add(key)
        partners = {b for a, b in self._links if a == key} | {a for a, b in self._links if b == key}
        partners -= seen
        return bool(partners) and len(seen) < 20 and all(self._surely(p, seen) for p in partners)

    def is_plain(self, scope: Scope, ref: str) -> bool:
        """Built as an object of a plain class or as an optimizer somewhere in the file."""
        return self.tree.key(scope, ref) in self.plain

    def assignments(self, scope: Scope, ref: str) -> List[ast.AST]:
        """Values assigned anywhere in the file to what `ref` names in scope."""
        return [value for _, value in self.tree.assigned(self.tree.key(scope, ref))]

    def class_of(self, scope: Scope, ref: str) -> Optional[ast.ClassDef]:
        return class_of(self.tree, scope, ref)

    def scope_models(self, scope: Scope) -> List[str]:
        """Model references written in scope's own code."""
        if scope not in self._scope_models:
            refs = {ref_of(n) for n in scope.own_nodes if isinstance(n, (ast.Name, ast.Attribute))}
            self._scope_models[scope] = sorted(r for r in refs if r and self.is_model(scope, r))
        return self._scope_models[scope]

    def aliases(self, scope: Scope) -> List[Tuple[str, str]]:
        """(name, name) pairs bound to the same module by a plain assignment in scope's own code."""
        if scope not in self._aliases:
            pairs = []
            for node in scope.assignments:
                if isinstance(node, ast.Assign) and len(node.targets) == 1:
                    target, source = ref_of(node.targets[0]), self._alias_source(node.value)
                    if target and source and target != source and self.is_model(scope, target):
                        pairs.append((target, source))
            self._aliases[scope] = pairs
        return self._aliases[scope]

    def _alias_source(self, value: ast.AST) -> Optional[str]:
        """The module a value is (not a copy of): `model`, `model.to(device)`, `DDP(model)`, `torch.compile(model)`."""
        return _unwrapped(value, lambda call: (self.ctx.call_qualname(call) or "") in ALIASING_WRAPPERS)
