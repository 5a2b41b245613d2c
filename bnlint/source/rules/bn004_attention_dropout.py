"""BN004 attention-dropout-always-on: scaled_dot_product_attention(dropout_p=p) ignores the module's mode."""

from __future__ import annotations

import ast
from typing import Iterator, Optional, Set

from bnlint.diagnostic import Applicability, Diagnostic
from bnlint.source.analysis.evidence import module_self
from bnlint.source.context import FileContext
from bnlint.source.rule import Rule
from bnlint.source.semantic.classes import class_info
from bnlint.source.semantic.nodes import has_star_args, keyword, walk
from bnlint.torch_api import FLAG_NAMES, SDPA, SDPA_DROPOUT_P_INDEX


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
            scope = Scope(ctx, call)
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
        fix = ctx.fix([ctx.replace(expr, new)], Applicability.SAFE, f"Use `dropout_p={new}`")
        return self.report(ctx, expr, f"{head}; pass `dropout_p={new}`", fix=fix)


class Scope:
    """What the function around the call says about the names in a dropout_p expression."""

    def __init__(self, ctx: FileContext, call: ast.Call):
        self.ctx = ctx
        self.call = call
        self.func = ctx.enclosing_function(call)
        self.owner = module_self(ctx, call)
        args = self.func.args if self.func is not None else None
        names = [a.arg for a in args.posonlyargs + args.args + args.kwonlyargs] if args else []
        names += [a.arg for a in (args.vararg, args.kwarg) if a] if args else []
        self.params: Set[str] = set(names) - {self.owner}

    def assignments(self, name: str):
        """(assignment statement, value) of every binding of a local name in the function."""
        if self.func is None:
            return
        for n in walk(self.func):
            if isinstance(n, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name
                                                 for tg in n.targets for t in walk(tg)):
                yield n, n.value
            elif isinstance(n, (ast.AnnAssign, ast.AugAssign, ast.NamedExpr)) and isinstance(n.target, ast.Name) \
                    and n.target.id == name and n.value is not None:
                yield n, n.value

    def _mentions_flag(self, node: ast.AST) -> bool:
        for n in walk(node):
            if isinstance(n, ast.Attribute) and n.attr in FLAG_NAMES - {"train"}:
                return True
            if isinstance(n, ast.Name) and n.id in FLAG_NAMES:
                return True
        return False

    def _locals(self, node: ast.AST) -> Set[str]:
        return {n.id for n in walk(node) if isinstance(n, ast.Name) and n.id not in self.params}

    def follows_mode(self, expr: ast.AST, seen: Optional[Set[str]] = None) -> bool:
        """The value depends on the train/eval flag, directly or through locals."""
        seen = seen if seen is not None else set()
        if self._mentions_flag(expr):
            return True
        for name in self._locals(expr) - seen:
            seen.add(name)
            for stmt, value in self.assignments(name):
                if self.follows_mode(value, seen) or self.guarded(stmt):
                    return True
        return False

    def guarded(self, node: ast.AST) -> bool:
        """Inside an `if` (or conditional expression) that tests the flag."""
        for anc in self.ctx.ancestors(node):
            if anc is self.func:
                return False
            if isinstance(anc, (ast.If, ast.IfExp, ast.While)) and self.follows_mode(anc.test):
                return True
        return False

    def from_caller(self, expr: ast.AST, seen: Optional[Set[str]] = None) -> bool:
        """The value comes from a parameter: whoever calls decides, and may pass 0 in eval."""
        seen = seen if seen is not None else set()
        names = {n.id for n in walk(expr) if isinstance(n, ast.Name)}
        if names & self.params:
            return True
        for name in names - seen:
            seen.add(name)
            if any(self.from_caller(value, seen) for _, value in self.assignments(name)):
                return True
        return False

    def is_zero(self, expr: ast.AST) -> bool:
        if isinstance(expr, ast.UnaryOp) and isinstance(expr.op, (ast.USub, ast.UAdd)):
            expr = expr.operand
        if isinstance(expr, ast.Constant):
            return not isinstance(expr.value, str) and expr.value == 0
        values = None
        if isinstance(expr, ast.Name) and expr.id not in self.params:
            local = [v for _, v in self.assignments(expr.id)]
            values = local or [n.value for n in self.ctx.tree.body if isinstance(n, ast.Assign)
                               and any(isinstance(t, ast.Name) and t.id == expr.id for t in n.targets)]
        elif isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name) and expr.value.id == self.owner:
            cls = self.ctx.enclosing_class(self.call)
            if cls is not None and self.ctx.is_module_class(cls):
                info = class_info(self.ctx, cls)
                found = info.assigns.get(expr.attr, [])
                values = None if info.dynamic or any(a.value is None for a in found) else [a.value for a in found]
        if not values:
            return False
        return all(isinstance(v, ast.Constant) and not isinstance(v.value, str) and v.value == 0 for v in values)
