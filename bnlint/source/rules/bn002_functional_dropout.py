"""BN002 functional-dropout-always-on: F.dropout(x, p) with no training argument."""

from __future__ import annotations

import ast
from typing import Iterator

from bnlint.diagnostic import Applicability, Diagnostic
from bnlint.fix import ops
from bnlint.source.analysis.evidence import module_self
from bnlint.source.analysis.mode_values import FunctionValues, states_mc_dropout
from bnlint.source.context import FileContext
from bnlint.source.rule import Rule
from bnlint.source.semantic.nodes import argument, has_star_args, keyword
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
            if self.never_on_in_eval(ctx, call) or states_mc_dropout(ctx, call):
                continue
            shown = ctx.segment(call.func)
            owner = module_self(ctx, call)
            if owner:
                flag = f"{param}={owner}.training"
                args = call.args + call.keywords
                fix = None
                if args:  # F.dropout() with no arguments at all is left to the user
                    fix = ctx.fix([ops.add_argument(ctx, call, flag)], Applicability.SAFE, f"Add `{flag}`")
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

    @staticmethod
    def never_on_in_eval(ctx: FileContext, call: ast.Call) -> bool:
        """The rate is 0 in eval mode, or the call only runs in training: a rate of 0 (literal, a constant of the
        file or class), one that follows the mode (`p if self.training else 0`), the call under `if
        self.training:` or under `if not p:`, or a rate every caller in the file passes as 0 or mode-following."""
        values = FunctionValues(ctx, call)
        if values.guarded(call):
            return True
        p = argument(call, "p", 1)
        if p is None:
            return False
        return (values.is_zero(p) or values.follows_mode(p) or values.zero_where_it_runs(call, p)
                or values.callers_pass_off(p))
