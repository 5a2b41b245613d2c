"""BN104 mode-method-not-called: `model.eval` with no call, `if self.train:` (the method, always true)."""

from __future__ import annotations

import ast
import re
from typing import Iterator, Optional

from bnlint.diagnostic import Applicability, Diagnostic
from bnlint.fix import ops
from bnlint.source.analysis.evidence import ModelEvidence, model_evidence
from bnlint.source.context import FileContext, uses_torch
from bnlint.source.rule import Rule
from bnlint.source.semantic.classes import defines_data, method_owner, needs_arguments
from bnlint.source.semantic.nodes import dotted
from bnlint.torch_api import FLAG_KEYWORDS, FLAG_POSITIONS, MODE_METHODS

_AS_VALUES = "BN104: (object, method) pairs used as values"  # a ctx.shared key

TRUE_MEANS = {
    "test": "the condition holds in either mode",
    "not": "`not` of it is always false",
    "boolop": "it counts as true in either mode",
    "compare": "the comparison gives the same answer in either mode",
    "argument": "the callee gets a method, which counts as true in either mode (training behaviour after eval())",
    "torch": "torch rejects it (TypeError: must be bool, not method)",
}


def truth_use(ctx: FileContext, node: ast.AST) -> Optional[str]:
    """How `node` is used as a boolean, one of TRUE_MEANS' keys, or None."""
    parent = ctx.parents.get(node)
    if isinstance(parent, (ast.If, ast.While, ast.IfExp, ast.Assert)) and parent.test is node:
        return "test"
    if isinstance(parent, ast.comprehension) and node in parent.ifs:
        return "test"
    if isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.Not):
        return "not"
    if isinstance(parent, ast.BoolOp):
        return "boolop"
    if isinstance(parent, ast.Compare) and len(parent.ops) == 1:
        other = parent.comparators[0] if parent.left is node else parent.left
        if isinstance(other, ast.Constant) and isinstance(other.value, bool):
            return "compare" if isinstance(parent.ops[0], (ast.Eq, ast.NotEq, ast.Is, ast.IsNot)) else None
    if isinstance(parent, ast.Call) and node in parent.args:
        index = FLAG_POSITIONS.get(ctx.call_qualname(parent) or "")
        if index is not None and parent.args.index(node) == index:
            return "torch"
    if isinstance(parent, ast.keyword) and parent.arg in FLAG_KEYWORDS:
        call = ctx.parents.get(parent)
        return "torch" if (ctx.call_qualname(call) or "").startswith("torch.") else "argument"
    return None


class ModeMethodNotCalled(Rule):
    code = "BN104"
    tokens = ("train", "eval")
    patterns = (re.compile(r"\.[\s\\]*(?:train|eval)\b(?![ \t]*\()"),)  # not called on the same line

    def check(self, ctx: FileContext) -> Iterator[Diagnostic]:
        found = [
            n for n in ctx.nodes_of(ast.Attribute)
            if n.attr in MODE_METHODS and isinstance(n.ctx, ast.Load) and not _called(ctx, n)
        ]
        if not found:
            return
        evidence = model_evidence(ctx)
        # `x.train = ...` anywhere makes `x.train` a data attribute.
        stored = {(dotted(n.value), n.attr) for n in ctx.nodes_of(ast.Attribute)
                  if n.attr in MODE_METHODS and isinstance(n.ctx, (ast.Store, ast.Del))}
        for node in found:
            subject = self._subject(ctx, evidence, node, stored)
            if subject is None:
                continue
            if isinstance(ctx.parents.get(node), ast.Expr):
                diag = self._bare(ctx, evidence, node, subject, found)
            else:
                use = truth_use(ctx, node)
                diag = self._truth(ctx, evidence, node, subject, use) if use else None
            if diag is not None:
                yield diag

    def _subject(self, ctx: FileContext, evidence: ModelEvidence, node: ast.Attribute, stored: set):
        """('self', owner) for a Module's own method; ('model', name) for a name known to be a Module;
        ('unknown', name) for a name nothing rules out; None when this is not Module.train/eval."""
        owner = method_owner(ctx, node)
        if owner and isinstance(node.value, ast.Name) and node.value.id == owner.name:
            if not ctx.is_module_class(owner.cls) or defines_data(ctx, owner.cls, node.attr):
                return None  # a Dataset's `self.train = True` flag, a property ...
            if needs_arguments(ctx, owner.cls, node.attr):
                return None  # `def train(self, loader)`: the class's own method, not Module.train
            return "self", owner
        name = dotted(node.value)
        if not name or not evidence.may_be_model(name) or (name, node.attr) in stored:
            return None
        cls = evidence.ctor_class(name)
        if cls is not None and (defines_data(ctx, cls, node.attr) or needs_arguments(ctx, cls, node.attr)):
            return None
        return ("model" if evidence.is_model(name) else "unknown"), name

    def _bare(self, ctx, evidence, node, subject, found) -> Optional[Diagnostic]:
        kind, who = subject
        if kind == "unknown":
            # No evidence either way: flag only in files that use PyTorch, and only if `x.eval` is
            # never used as a value elsewhere, so it can only be a method someone forgot to call.
            # One set per file (a scan of `found` per statement cost the square of a generated file's size).
            as_values = ctx.shared(_AS_VALUES, lambda c: {
                (dotted(n.value), n.attr) for n in found if not isinstance(c.parents.get(n), ast.Expr)})
            if (who, node.attr) in as_values or not uses_torch(ctx):
                return None
        shown = ctx.segment(node)
        subject_text = "the module" if kind == "self" else f"`{ctx.segment(node.value)}`"
        effect = (
            "stays in training mode (BatchNorm keeps using batch statistics, Dropout stays on)"
            if node.attr == "eval"
            else "does not go back to training mode (BatchNorm stops learning running statistics, Dropout stays off)"
        )
        fix = ctx.fix([ops.call(ctx, node)], Applicability.SAFE, f"Call `{shown}()`")
        return self.report(
            ctx,
            node,
            f"`{shown}` without `()` does nothing: the method is looked up but never called, so {subject_text} "
            f"{effect}; call `{shown}()`",
            fix=fix,
            related=self._related(ctx, evidence, kind, who),
        )

    def _truth(self, ctx, evidence, node, subject, use) -> Optional[Diagnostic]:
        if subject[0] == "unknown":
            return None  # `if args.train:` is a flag until the file says otherwise
        kind, who = subject
        shown, obj = ctx.segment(node), ctx.segment(node.value)
        fix = None
        if node.attr == "train":
            advice = f"use `{obj}.training`"
            if kind == "self":
                # In training mode `self.training` is true, as the method was: training is unchanged, except
                # where the method was compared with True (never equal to it; `self.training` is, then).
                safety = Applicability.UNSAFE if _compared_with_true(ctx, node, use) else Applicability.SAFE
                fix = ctx.fix([ops.replace(ctx, node, f"{obj}.training")], safety, f"Use `{obj}.training`")
            else:
                advice += f" to read the mode (or call `{shown}()` to set it)"
        else:
            advice = f"use `not {obj}.training` to test for eval mode (`{obj}.training` means the opposite)"
            if kind == "self":
                fix = self._eval_fix(ctx, node, obj, use)
                if use in ("argument", "torch"):
                    advice = f"pass `{obj}.training`, or `not {obj}.training` if eval mode was meant"
                elif use == "not":
                    advice = f"`not {shown}` stands for `{obj}.training`"
            else:
                advice += f", or call `{shown}()` to switch to it"
        method = f"Module.{node.attr}"
        return self.report(
            ctx,
            node,
            f"`{shown}` is the bound method `{method}`, always true, not the mode flag: {TRUE_MEANS[use]}; {advice}",
            fix=fix,
            related=self._related(ctx, evidence, kind, who),
        )

    @staticmethod
    def _eval_fix(ctx: FileContext, node: ast.Attribute, obj: str, use: str):
        """`self.eval` meant "in eval mode": `not self.training`, written to fit where it stands. Unsafe: the
        method was true in training mode too, `not self.training` is false there, so training changes."""
        flag = f"{obj}.training"
        if use in ("test", "boolop"):
            edit = ops.replace(ctx, node, f"not {flag}")
        elif use == "not":
            edit = ops.replace(ctx, ctx.parents[node], flag)
        elif use == "compare":
            edit = ops.replace(ctx, node, f"(not {flag})")
        else:
            return None  # `training=self.eval` (argument, torch): which mode was meant is anyone's guess
        return ctx.fix([edit], Applicability.UNSAFE, f"Use `{edit.code}`")

    @staticmethod
    def _related(ctx: FileContext, evidence: ModelEvidence, kind: str, who) -> list:
        if kind != "model":
            return []
        node = evidence.why[who]
        return [(ctx.path, ctx.start(node), f"`{who}` is an nn.Module: {_one_line(ctx.segment(node))}")]


def _compared_with_true(ctx: FileContext, node: ast.AST, use: str) -> bool:
    parent = ctx.parents.get(node)
    if use != "compare" or not isinstance(parent, ast.Compare):
        return False
    other = parent.comparators[0] if parent.left is node else parent.left
    return isinstance(other, ast.Constant) and other.value is True


def _called(ctx: FileContext, node: ast.AST) -> bool:
    parent = ctx.parents.get(node)
    return isinstance(parent, ast.Call) and parent.func is node


def _one_line(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
