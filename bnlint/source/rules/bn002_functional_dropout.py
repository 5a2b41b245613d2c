"""BN002 functional-dropout-always-on: F.dropout(x, p) with no training argument."""

from __future__ import annotations

import ast
from typing import Iterator

from bnlint.diagnostic import Applicability, Diagnostic
from bnlint.source.analysis.evidence import module_self
from bnlint.source.context import FileContext
from bnlint.source.rule import Rule
from bnlint.source.semantic.nodes import has_star_args, keyword
from bnlint.torch_api import dropout_training_parameter


class FunctionalDropoutAlwaysOn(Rule):
    code = "BN002"
    tokens = ("dropout",)

    def check(self, ctx: FileContext) -> Iterator[Diagnostic]:
        for call in ctx.nodes_of(ast.Call):
            qn = ctx.call_qualname(call)
            flag_param = dropout_training_parameter(qn) if qn else None
            if flag_param is None or has_star_args(call):
                continue
            param, index = flag_param
            if len(call.args) > index or keyword(call, param):
                continue  # stated explicitly, e.g. training=True for MC dropout
            shown = ctx.segment(call.func)
            owner = module_self(ctx, call)
            if owner:
                flag = f"{param}={owner}.training"
                args = call.args + call.keywords
                fix = None
                if args:  # F.dropout() with no arguments at all is left to the user
                    last = max(args, key=lambda n: (n.end_lineno, n.end_col_offset))
                    fix = ctx.fix([ctx.insert(ctx.end(last), f", {flag}")], Applicability.SAFE, f"Add `{flag}`")
                hint = f"pass `{flag}`"
            else:
                fix = None
                hint = f"pass `{param}=` the model's training flag (or `{param}=True` if dropout at inference is intended)"
            yield self.report(
                ctx,
                call,
                f"`{shown}` without `{param}=` defaults to {param}=True: dropout stays on after model.eval(); {hint}",
                fix=fix,
            )
