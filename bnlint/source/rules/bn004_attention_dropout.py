"""BN004 attention-dropout-always-on: scaled_dot_product_attention(dropout_p=p) ignores the module's mode."""

from __future__ import annotations

import ast
from typing import Iterator

from bnlint.diagnostic import Applicability, Diagnostic
from bnlint.fix import ops
from bnlint.source.analysis.evidence import module_self
from bnlint.source.analysis.mode_values import FunctionValues
from bnlint.source.context import FileContext
from bnlint.source.rule import Rule
from bnlint.source.semantic.nodes import has_star_args, keyword, walk
from bnlint.torch_api import SDPA, SDPA_DROPOUT_P_INDEX


class AttentionDropoutAlwaysOn(Rule):
    code = "BN004"
    tokens = ("scaled_dot_product_attention",)

    def check(self, ctx: FileContext) -> Iterator[Diagnostic]:
        for call in ctx.nodes_of(ast.Call):
            if ctx.call_qualname(call) not in SDPA or has_star_args(call):
                continue
            kw = keyword(call, "dropout_p")
            expr = kw.value if kw else (call.args[SDPA_DROPOUT_P_INDEX] if len(call.args) > SDPA_DROPOUT_P_INDEX else None)
            if expr is None:
                continue
            scope = FunctionValues(ctx, call)
            if scope.is_zero(expr) or scope.follows_mode(expr) or scope.guarded(call) or scope.from_caller(expr):
                continue
            yield self.diagnostic(ctx, call, expr)

    def diagnostic(self, ctx: FileContext, call: ast.Call, expr: ast.AST) -> Diagnostic:
        text = ctx.segment(expr)
        if isinstance(expr, (ast.IfExp, ast.Lambda, ast.NamedExpr)):
            text = f"({text})"  # binds looser than the conditional around it
        head = (f"`{ctx.segment(call.func)}` applies `dropout_p={ctx.label(expr)[1:-1]}` in eval mode too: unlike "
                "nn.Dropout it does not follow model.eval(), so attention weights stay random at inference")
        owner = module_self(ctx, call)
        if owner is None:
            return self.report(ctx, expr, f"{head}; pass 0.0 when not training")
        if any(isinstance(n, ast.Attribute) and n.attr == "train" and isinstance(n.value, ast.Name)
               and n.value.id == owner for n in walk(expr)):
            head += f" (`{owner}.train` is a method, always true; the flag is `{owner}.training`)"
        new = f"({text} if {owner}.training else 0.0)"
        fix = ctx.fix([ops.replace(ctx, expr, new)], Applicability.SAFE, f"Use `dropout_p={new}`")
        return self.report(ctx, expr, f"{head}; pass `dropout_p={new}`", fix=fix)
