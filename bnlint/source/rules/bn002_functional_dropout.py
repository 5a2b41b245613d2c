"""BN002 functional-dropout-always-on: F.dropout(x, p) with no training argument."""

from __future__ import annotations

import ast
from typing import Iterator, Optional

from bnlint.diagnostic import Applicability, Diagnostic
from bnlint.source.context import FileContext, has_star_args, keyword
from bnlint.source.rule import Rule

# qualified name -> (name of the training parameter, its positional index)
ALWAYS_ON = {
    "torch.nn.functional.dropout": ("training", 2),
    "torch.nn.functional.dropout1d": ("training", 2),
    "torch.nn.functional.dropout2d": ("training", 2),
    "torch.nn.functional.dropout3d": ("training", 2),
    "torch.dropout": ("train", 2),
}


def self_name(ctx: FileContext, node: ast.AST) -> Optional[str]:
    """Name of `self` when node is inside a method of an nn.Module class, else None."""
    func = None
    for anc in ctx.ancestors(node):
        if isinstance(anc, (ast.FunctionDef, ast.AsyncFunctionDef)):
            func = anc
        elif isinstance(anc, ast.ClassDef):
            if func is None or not ctx.is_module_class(anc) or not func.args.args:
                return None
            if any(ctx.qualname(d) in ("staticmethod", "classmethod") for d in func.decorator_list):
                return None
            return func.args.args[0].arg
    return None


class FunctionalDropoutAlwaysOn(Rule):
    code = "BN002"
    tokens = ("dropout",)

    def check(self, ctx: FileContext) -> Iterator[Diagnostic]:
        for call in ctx.nodes_of(ast.Call):
            qn = ctx.call_qualname(call)
            if qn not in ALWAYS_ON or has_star_args(call):
                continue
            param, index = ALWAYS_ON[qn]
            if len(call.args) > index or keyword(call, param):
                continue  # stated explicitly, e.g. training=True for MC dropout
            shown = ctx.segment(call.func)
            owner = self_name(ctx, call)
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
            yield ctx.diagnostic(
                self,
                call,
                f"`{shown}` without `{param}=` defaults to {param}=True: dropout stays on after model.eval(); {hint}",
                fix=fix,
            )
