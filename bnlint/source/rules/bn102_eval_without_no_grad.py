"""BN102 eval-without-no-grad: forward passes in eval mode, for inference, with autograd recording.

Only where the model is in eval mode on every path (an explicit eval() here or in every caller),
autograd is on on every path, and nothing needs gradients: no backward(), optimizer step,
torch.autograd.grad, `.grad` or requires_grad_() in the function or in what it calls. A function
that is not named for inference and returns what the model computed is left alone: its caller
may differentiate through it (a perceptual loss with a frozen network in eval mode).
"""

from __future__ import annotations

import ast
from typing import Dict, Iterator, List, Optional

from bnlint.diagnostic import Applicability, Diagnostic, Fix
from bnlint.fix import ops, statements
from bnlint.source.analysis.file_analysis import FileAnalysis, analysis
from bnlint.source.analysis.modes import EVAL, ON
from bnlint.source.context import FileContext, uses_torch
from bnlint.source.rule import Rule
from bnlint.source.semantic.nodes import DEFINITION
from bnlint.source.semantic.scopes import Scope


def loop_anchor(an: FileAnalysis, scope: Scope, node: ast.AST) -> Optional[ast.stmt]:
    """Module level: the outermost loop around a forward pass, else its own statement."""
    stmt, loop = None, None
    for anc in an.ctx.ancestors(node):
        if anc is scope.node or isinstance(anc, DEFINITION):
            break
        if isinstance(anc, ast.stmt) and stmt is None:
            stmt = anc
        if isinstance(anc, (ast.For, ast.AsyncFor, ast.While)):
            loop = anc
    return loop or stmt


class EvalWithoutNoGrad(Rule):
    code = "BN102"
    tokens = (".eval(", "train(False", "train(mode=False")  # nothing is in eval mode without one

    def check(self, ctx: FileContext) -> Iterator[Diagnostic]:
        if not uses_torch(ctx):
            return
        an = analysis(ctx)
        for scope in an.tree.scopes:
            if an.inference.is_unit_test(scope):
                continue
            flagged = [(node, ref) for node, ref in an.inference.forwards(scope) if self._wasteful(an, scope, node, ref)]
            if not flagged:
                continue
            if scope.is_module:
                yield from self._module_findings(an, scope, flagged)
                continue
            if an.training.uses_gradients(scope) or an.inference.feeds_training(scope):
                continue  # no_grad would break the caller's backward()
            if not an.inference.inference_named(scope) and an.inference.returns_forward(scope):
                continue
            node, ref = flagged[0]
            yield self.report(
                ctx, node,
                f"`{ref}` is in eval mode but runs outside `torch.no_grad()`: autograd still records every forward "
                f"pass, so inference takes far more memory and time than it needs; decorate `{scope.name}` with "
                f"`@torch.no_grad()`",
                fix=self._decorate(an, scope),
            )

    def _wasteful(self, an: FileAnalysis, scope: Scope, node: ast.AST, ref: str) -> bool:
        return (an.flows.modes_at(scope, node, ref) == {EVAL} and an.flows.grads_at(scope, node) == {ON}
                and an.layers.mode_matters(scope, ref))

    def _module_findings(self, an: FileAnalysis, scope: Scope, flagged) -> Iterator[Diagnostic]:
        """Script code has no function to decorate: wrap each evaluation loop, if all training is before it."""
        ctx = an.ctx
        gradient_lines = [n.lineno for n in an.training.gradient_nodes(scope)]
        groups: Dict[ast.stmt, List] = {}
        for node, ref in flagged:
            anchor = loop_anchor(an, scope, node)
            if anchor is not None:
                groups.setdefault(anchor, []).append((node, ref))
        for anchor, uses in groups.items():
            if an.training.part_uses_gradients(scope, anchor) or any(line >= anchor.lineno for line in gradient_lines):
                continue  # gradients may be needed after it (or it is part of training)
            node, ref = uses[0]
            fix = None
            if statements.owns_lines(ctx, anchor):
                torch, imports = ops.torch_module(ctx)
                fix = ctx.fix(imports + [ops.wrap_with(ctx, [anchor], f"{torch}.no_grad()")], Applicability.SAFE,
                              "Wrap the inference in `with torch.no_grad():`")
            yield self.report(
                ctx, node,
                f"`{ref}` is in eval mode but runs outside `torch.no_grad()`: autograd still records every forward "
                f"pass, so inference takes far more memory and time than it needs; wrap the loop in "
                f"`with torch.no_grad():`",
                fix=fix,
            )

    def _decorate(self, an: FileAnalysis, scope: Scope) -> Optional[Fix]:
        ctx = an.ctx
        func = scope.node
        if isinstance(func, ast.AsyncFunctionDef):
            return None  # torch.no_grad() as a decorator does not cover a coroutine's body
        line = ctx.lines[func.lineno - 1]
        if not line.lstrip().startswith("def "):
            return None
        torch, imports = ops.torch_module(ctx)
        return ctx.fix(imports + [ops.decorate(ctx, func, f"{torch}.no_grad()")], Applicability.SAFE,
                       f"Decorate `{scope.name}` with `@torch.no_grad()`")
