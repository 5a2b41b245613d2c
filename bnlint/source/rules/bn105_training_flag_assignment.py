"""BN105 training-flag-assignment: `model.training = False` flips one module, not its children."""

from __future__ import annotations

import ast
import re
from typing import FrozenSet, Iterator, Optional

from bnlint.diagnostic import Applicability, Diagnostic
from bnlint.fix import ops
from bnlint.source.analysis.evidence import ModelEvidence, model_evidence
from bnlint.source.context import FileContext
from bnlint.source.rule import Rule
from bnlint.source.semantic.classes import class_chain, class_info, method_owner
from bnlint.source.semantic.nodes import FUNCTION, dotted, walk
from bnlint.source.analysis.mode_values import every_call_passes
from bnlint.source.analysis.traits import dropout_argument
from bnlint.torch_api import FLAG_NAMES, NN_CONTAINERS, mode_dependent_name

TREE_WALKS = ("modules", "named_modules")  # iterate a whole tree: setting each module's flag is complete
SUBMODULE_WALKS = ("children", "named_children", "modules", "named_modules")
BOOL_CALLS = ("bool", "isinstance", "issubclass", "hasattr", "callable", "all", "any")


def is_nn_leaf(qualname: Optional[str]) -> bool:
    """A torch.nn layer that holds no submodules: setting `training` on it (`bn.training = False`) is the
    same as calling eval() on it."""
    return bool(qualname) and qualname.startswith("torch.nn.") and qualname.rsplit(".", 1)[-1] not in NN_CONTAINERS


def is_boolean(expr: ast.AST, func: Optional[ast.AST]) -> bool:
    """`expr` certainly evaluates to a bool (Module.train() rejects anything else)."""
    if isinstance(expr, ast.Constant):
        return isinstance(expr.value, bool)
    if isinstance(expr, ast.Compare) or (isinstance(expr, ast.UnaryOp) and isinstance(expr.op, ast.Not)):
        return True
    if isinstance(expr, ast.BoolOp):
        return all(is_boolean(v, func) for v in expr.values)
    if isinstance(expr, ast.Call):
        return isinstance(expr.func, ast.Name) and expr.func.id in BOOL_CALLS
    if isinstance(expr, ast.Attribute):
        return expr.attr == "training"
    if isinstance(expr, ast.Name) and isinstance(func, FUNCTION):
        a = func.args
        positional = a.posonlyargs + a.args
        defaults = dict(zip([p.arg for p in positional[len(positional) - len(a.defaults):]], a.defaults))
        defaults.update((p.arg, d) for p, d in zip(a.kwonlyargs, a.kw_defaults) if d is not None)
        for p in positional + a.kwonlyargs:
            if p.arg == expr.id:
                if isinstance(p.annotation, ast.Name) and p.annotation.id == "bool":
                    return True
                default = defaults.get(p.arg)
                return isinstance(default, ast.Constant) and isinstance(default.value, bool)
    return False


class TrainingFlagAssignment(Rule):
    code = "BN105"
    tokens = ("training",)
    # `x.training = ...`, `x.training: bool = ...`
    patterns = (re.compile(r"\.[\s\\]*training[\s\\)]*(?::[^\n]*?)?=(?!=)"),)

    def check(self, ctx: FileContext) -> Iterator[Diagnostic]:
        evidence = model_evidence(ctx)
        for stmt in ctx.nodes_of(ast.Assign, ast.AnnAssign):
            if stmt.value is None:
                continue
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
            for target in targets:
                if not (isinstance(target, ast.Attribute) and target.attr == "training"):
                    continue
                who = self._subject(ctx, evidence, target)
                if who is not None:
                    yield self._report(ctx, evidence, stmt, target, who, alone=len(targets) == 1)

    def _subject(self, ctx: FileContext, evidence: ModelEvidence, target: ast.Attribute) -> Optional[str]:
        """'self' for a Module setting its own flag, the name for a model, None when not a finding."""
        func = ctx.enclosing_function(target)
        owner = method_owner(ctx, target)
        if owner and owner.method.name == "training":
            return None  # a `training` property setter mirroring the flag: the mode switch itself
        if owner and isinstance(target.value, ast.Name) and target.value.id == owner.name:
            if owner.method.name in ("train", "eval"):
                return None  # a Module implementing train()/eval() itself
            # Only children whose behaviour depends on the mode can be missed: without them (activations,
            # LayerNorm, a Trainer's own flag) setting the flag changes nothing that `eval()` would.
            if not ctx.is_module_class(owner.cls) or not mode_dependent_children(ctx, evidence, owner.cls):
                return None
            if owner.method.name == "__init__" and _flag_reaches_children(ctx, owner.method, ctx.parents[target].value):
                return None
            if _has_training_property(ctx, owner.cls):
                return None
            return None if _propagates(func, owner.name) else "self"
        name = dotted(target.value)
        if not evidence.is_model(name) or _propagates(func, name):
            return None
        if is_nn_leaf(evidence.ctor.get(name)) or _leaf_guard(ctx, target, name) or _walks_tree(ctx, target, name):
            return None
        if not _may_miss_children(ctx, evidence, target, name):
            return None
        return name

    def _report(self, ctx, evidence, stmt, target, who, alone: bool) -> Diagnostic:
        obj = ctx.segment(target.value)
        value = stmt.value
        if isinstance(value, ast.Constant) and value.value is False:
            call, stays = f"{obj}.eval()", "stay in training mode"
        elif isinstance(value, ast.Constant) and value.value is True:
            call, stays = f"{obj}.train()", "stay in eval mode"
        else:
            arg = ctx.segment(value)
            if not is_boolean(value, ctx.enclosing_function(stmt)):
                arg = f"bool({arg})"  # train() raises for anything but a bool
            call, stays = f"{obj}.train({arg})", "keep their mode"
        owner = method_owner(ctx, target)
        in_init = who == "self" and owner is not None and owner.method.name == "__init__"
        fix = None
        if alone and not in_init and not isinstance(value, (ast.Tuple, ast.Starred, ast.Yield, ast.YieldFrom)):
            fix = ctx.fix([ops.replace(ctx, stmt, call)], Applicability.SAFE, f"Call `{call}`")
        subject = "this module" if who == "self" else f"`{obj}`"
        where = " at the end of `__init__`, once the submodules exist" if in_init else ""
        related = []
        if who != "self":
            node = evidence.why[who]
            related = [(ctx.path, ctx.start(node), f"`{who}` is an nn.Module here")]
        return self.report(
            ctx,
            target,
            f"setting `{obj}.training` changes the flag of {subject} only: its submodules (BatchNorm, Dropout) "
            f"{stays}; call `{call}`{where}, which sets the mode of every submodule",
            fix=fix,
            related=related,
        )


def _has_training_property(ctx: FileContext, cls: ast.ClassDef) -> bool:
    """The class (or a base in the file) defines `training` itself: a property whose setter may propagate."""
    for c in class_chain(ctx, cls):
        for stmt in c.body:
            if isinstance(stmt, FUNCTION) and stmt.name == "training":
                return True
            targets = stmt.targets if isinstance(stmt, ast.Assign) else [getattr(stmt, "target", None)]
            if any(isinstance(t, ast.Name) and t.id == "training" for t in targets):
                return True
    return False


def mode_dependent_children(ctx: FileContext, evidence: ModelEvidence, cls: ast.ClassDef,
                            seen: FrozenSet[str] = frozenset()) -> bool:
    """The file shows the class holding a child whose behaviour depends on the mode: a torch.nn layer that
    reads it (BatchNorm, dropout, an RNN with dropout ...), a model from torchvision, timm or a hub, or a
    Module class of the file that reads its own `training` flag or holds such children itself. A child built
    with its own flag (`Block(training=...)`) has its mode set where it is built: it does not count. Children
    the file does not show (built by imported code) are unknown, and unknown never makes a finding."""
    seen = seen | {cls.name}
    for c in class_chain(ctx, cls):
        for n in walk(c):
            if not (isinstance(n, (ast.Assign, ast.AnnAssign)) and n.value is not None):
                continue
            targets = n.targets if isinstance(n, ast.Assign) else [n.target]
            if not any(isinstance(t, ast.Attribute) for t in targets) or not evidence.module_ctor(n.value):
                continue
            for call in (x for x in walk(n.value) if isinstance(x, ast.Call)):
                if any(k.arg in FLAG_NAMES for k in call.keywords):
                    continue
                if _mode_dependent(ctx, evidence, call, seen):
                    return True
    return False


def _mode_dependent(ctx: FileContext, evidence: ModelEvidence, call: ast.Call, seen: FrozenSet[str]) -> bool:
    qualname = evidence.module_ctor(call)
    if not qualname:
        return False
    last = qualname.rsplit(".", 1)[-1]
    if qualname.startswith("torch.nn."):
        return mode_dependent_name(last, dropout_argument(call, last))
    local = ctx.classes.get(qualname)
    if local is not None and ctx.is_module_class(local):
        if local.name in seen:
            return False
        return _reads_training(ctx, local) or mode_dependent_children(ctx, evidence, local, seen)
    elsewhere = ctx.project_class(call.func, module=True)
    if elsewhere is not None:
        return _project_class_depends(*elsewhere, seen)
    return True  # torchvision / timm / hub models: BatchNorm or dropout


def _project_class_depends(other: FileContext, cls: ast.ClassDef, seen: FrozenSet[str] = frozenset()) -> bool:
    """A Module class of another file of the project reads the mode, or holds children that do, as its file shows."""
    key = f"{other.path}:{cls.name}"
    if key in seen:
        return False
    return _reads_training(other, cls) or mode_dependent_children(other, model_evidence(other), cls, seen | {key})


def _reads_training(ctx: FileContext, cls: ast.ClassDef) -> bool:
    return any(isinstance(n, ast.Attribute) and n.attr == "training" and isinstance(n.ctx, ast.Load)
               for c in class_chain(ctx, cls) for n in walk(c))


def _may_miss_children(ctx: FileContext, evidence: ModelEvidence, target: ast.Attribute, name: str) -> bool:
    """What `name` was built as may hold a child the flag misses: for each way the file builds it (each branch
    of `A() if c else B()`, each assignment), a class of the file with mode-dependent children, a torch.nn
    container, or code the file does not show. `self.<attr>` is looked up in the class whose method this is,
    not by name across the file."""
    owner = method_owner(ctx, target)
    if owner is not None and name.startswith(owner.name + ".") and name.count(".") == 1:
        info = class_info(ctx, owner.cls)
        values = [a.value for a in info.assigns.get(name.split(".", 1)[1], [])]
        if info.dynamic or not values or None in values:
            return True
    else:
        cls = evidence.ctor_class(name)
        if cls is not None:
            return mode_dependent_children(ctx, evidence, cls) and not _has_training_property(ctx, cls)
        value = evidence.value_of(name)
        if value is None:
            return True
        values = [value]
    options = [o for v in values for o in ([v.body, v.orelse] if isinstance(v, ast.IfExp) else [v])]
    for option in options:
        qn = evidence.module_ctor(option) if isinstance(option, ast.Call) else None
        local = ctx.classes.get(qn or "")
        elsewhere = ctx.project_class(option.func, module=True) if qn and local is None else None
        if elsewhere is not None:
            if _project_class_depends(*elsewhere) and not _has_training_property(*elsewhere):
                return True
        elif local is not None:
            if mode_dependent_children(ctx, evidence, local) and not _has_training_property(ctx, local):
                return True
        elif not is_nn_leaf(qn):
            return True
    return False


def _flag_reaches_children(ctx: FileContext, init: ast.AST, value: ast.AST) -> bool:
    """In `__init__`, the value the flag is set from is also what the children are configured by (`self.p = p if
    flag else 0.0` passed on), or every construction in the file passes True (the flag a new module already
    has): the assignment misses nothing."""
    text = ast.dump(value)
    for n in walk(init):
        if isinstance(n, ast.IfExp) and ast.dump(n.test) == text:
            return True
    if isinstance(value, ast.Name) and init is not None:
        cls = ctx.parents.get(init)
        accept = lambda values, v: isinstance(v, ast.Constant) and v.value is True  # noqa: E731
        return isinstance(cls, ast.ClassDef) and every_call_passes(ctx, init, value.id, accept, constructor_of=cls)
    return False


def _propagates(func: Optional[ast.AST], name: str) -> bool:
    """The function sets the submodules' mode itself: `name.apply(...)`, `name.child.train(...)`, or a
    loop over `name.children()` / `name.modules()` that sets each one's mode."""
    if func is None:
        return False
    for node in walk(func):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            owner = dotted(node.func.value)
            if node.func.attr == "apply" and owner == name:
                return True
            if node.func.attr in ("train", "eval") and owner and owner.startswith(name + "."):
                return True
        elif isinstance(node, (ast.For, ast.AsyncFor)) and isinstance(node.iter, ast.Call):
            walker = node.iter.func
            if (isinstance(walker, ast.Attribute) and walker.attr in SUBMODULE_WALKS and dotted(walker.value) == name
                    and any(_sets_mode(n) for stmt in node.body for n in walk(stmt))):
                return True
    return False


def _sets_mode(node: ast.AST) -> bool:
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
        return node.func.attr in ("train", "eval")
    return isinstance(node, ast.Attribute) and node.attr == "training" and isinstance(node.ctx, ast.Store)


def _leaf_guard(ctx: FileContext, target: ast.AST, name: str) -> bool:
    """Inside `if isinstance(name, nn.BatchNorm2d):` (any torch.nn leaf class)."""
    for anc in ctx.ancestors(target):
        if isinstance(anc, ast.If) and isinstance(anc.test, ast.Call):
            test = anc.test
            if (ctx.call_qualname(test) == "isinstance" and len(test.args) == 2 and dotted(test.args[0]) == name):
                classes = test.args[1].elts if isinstance(test.args[1], ast.Tuple) else [test.args[1]]
                if all(is_nn_leaf(ctx.qualname(c)) for c in classes):
                    return True
    return False


def _walks_tree(ctx: FileContext, target: ast.AST, name: str) -> bool:
    """`for m in model.modules(): m.training = False` reaches every module: nothing is missed."""
    for anc in ctx.ancestors(target):
        if isinstance(anc, (ast.For, ast.AsyncFor)) and isinstance(anc.iter, ast.Call):
            func = anc.iter.func
            names = [dotted(t) for t in walk(anc.target)]
            if isinstance(func, ast.Attribute) and func.attr in TREE_WALKS and name in names:
                return True
    return False
