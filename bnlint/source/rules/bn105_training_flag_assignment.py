"""BN105 training-flag-assignment: `model.training = False` flips one module, not its children."""

from __future__ import annotations

import ast
import re
from typing import Iterator, Optional

from bnlint.diagnostic import Applicability, Diagnostic
from bnlint.source.analysis.evidence import ModelEvidence, model_evidence
from bnlint.source.context import FileContext
from bnlint.source.rule import Rule
from bnlint.source.semantic.classes import class_chain, method_owner
from bnlint.source.semantic.nodes import FUNCTION, dotted, walk
from bnlint.torch_api import NN_CONTAINERS, mode_dependent_name

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
            # In __init__ the assignment sets the module's default; it matters when children that
            # depend on the mode are created in the class.
            in_init = owner.method.name == "__init__"
            if not ctx.is_module_class(owner.cls) or not _has_submodules(ctx, evidence, owner.cls, in_init):
                return None  # a Trainer's own flag; a module with no children to miss
            if _has_training_property(ctx, owner.cls):
                return None
            return None if _propagates(func, owner.name) else "self"
        name = dotted(target.value)
        if not evidence.is_model(name) or _propagates(func, name):
            return None
        if is_nn_leaf(evidence.ctor.get(name)) or _leaf_guard(ctx, target, name) or _walks_tree(ctx, target, name):
            return None
        cls = evidence.ctor_class(name)
        if cls is not None and (_has_training_property(ctx, cls) or not _has_submodules(ctx, evidence, cls)):
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
            fix = ctx.fix([ctx.replace(stmt, call)], Applicability.SAFE, f"Call `{call}`")
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


def _has_submodules(ctx: FileContext, evidence: ModelEvidence, cls: ast.ClassDef, mode_dependent=False) -> bool:
    """The file shows the class holding submodules: `self.x = nn.Linear(...)`, `add_module(...)`,
    or a container base class. A module without children loses nothing to a flag assignment.
    With mode_dependent, only children whose behaviour depends on the mode count (BatchNorm,
    Dropout, RNNs, attention, a Module class of the file or a model factory)."""
    for c in class_chain(ctx, cls):
        if not mode_dependent and any((ctx.qualname(b) or "").rsplit(".", 1)[-1] in NN_CONTAINERS for b in c.bases):
            return True
        for n in walk(c):
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute):
                if n.func.attr in ("add_module", "register_module") and not mode_dependent:
                    return True
            elif isinstance(n, (ast.Assign, ast.AnnAssign)) and n.value is not None:
                targets = n.targets if isinstance(n, ast.Assign) else [n.target]
                if not any(isinstance(t, ast.Attribute) for t in targets) or not evidence.module_ctor(n.value):
                    continue
                calls = [c for c in walk(n.value) if isinstance(c, ast.Call)]
                if not mode_dependent or any(_mode_dependent(evidence.module_ctor(c)) for c in calls):
                    return True
    return False


def _mode_dependent(qualname: Optional[str]) -> bool:
    if not qualname:
        return False
    if qualname.startswith("torch.nn."):
        return mode_dependent_name(qualname.rsplit(".", 1)[-1])
    return True  # a Module class of the file, torchvision/timm/hub: assume it has BatchNorm or Dropout


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
