"""BN203 non-strict-load-unchecked: `load_state_dict(..., strict=False)` whose missing and unexpected keys nobody
reads, on a model with buffers (opt-in: most such loads in real code are deliberate partial loads)."""

from __future__ import annotations

import ast
from typing import Iterator, Optional

from bnlint.diagnostic import Diagnostic
from bnlint.source.analysis.file_analysis import FileAnalysis, analysis
from bnlint.source.analysis.references import ref_through
from bnlint.source.context import FileContext, uses_torch
from bnlint.source.rule import Rule
from bnlint.source.semantic.nodes import keyword, walk
from bnlint.source.semantic.scopes import Scope


def result_ignored(ctx: FileContext, scope: Scope, call: ast.Call) -> bool:
    """The value of the call is dropped, or stored in names nobody reads afterwards."""
    parent = ctx.parents.get(call)
    if isinstance(parent, ast.Expr):
        return True
    if not (isinstance(parent, ast.Assign) and parent.value is call):
        return False  # returned, passed on, printed, compared...: someone looks at it
    names = {n.id for t in parent.targets for n in walk(t) if isinstance(n, ast.Name)}
    if not names or any(not isinstance(t, (ast.Name, ast.Tuple, ast.List)) for t in parent.targets):
        return False
    body = scope.node if not scope.is_module else ctx.tree
    return not any(isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id in names
                   for n in walk(body))


def non_strict(call: ast.Call) -> bool:
    """`x.load_state_dict(..., strict=False)` (keyword or second argument)."""
    if not (isinstance(call.func, ast.Attribute) and call.func.attr == "load_state_dict"):
        return False
    strict = keyword(call, "strict")
    value = strict.value if strict is not None else (call.args[1] if len(call.args) > 1 else None)
    return isinstance(value, ast.Constant) and value.value is False


class NonStrictLoadUnchecked(Rule):
    code = "BN203"
    tokens = ("load_state_dict",)

    def check(self, ctx: FileContext) -> Iterator[Diagnostic]:
        if not uses_torch(ctx) or not any(non_strict(c) for c in ctx.nodes_of(ast.Call)):
            return  # the file-wide analysis is only built where there is something to look at
        an = analysis(ctx)
        for scope in an.tree.scopes:
            for node in scope.calls:
                if non_strict(node):
                    diag = self._finding(an, scope, node)
                    if diag is not None:
                        yield diag

    def _finding(self, an: FileAnalysis, scope: Scope, call: ast.Call) -> Optional[Diagnostic]:
        ctx = an.ctx
        owner = ref_through(call.func.value)
        traits = an.layers.traits(scope, owner) if owner and an.refs.is_model(scope, owner) else None
        if traits is not None and not traits.buffers:
            return None
        if not result_ignored(ctx, scope, call):
            return None
        at_risk = ("BatchNorm's running statistics included" if traits is not None and traits.batchnorm_seen
                   else "buffers such as BatchNorm's running statistics included")
        shown = owner or "model"
        return self.report(
            ctx, call,
            f"`{ctx.segment(call.func)}(..., strict=False)` skips every key that does not match, {at_risk}, and "
            f"the missing and unexpected keys it returns are never looked at: a renamed prefix (`module.`) loads "
            f"nothing and nobody notices; check them, e.g. `missing, unexpected = {shown}.load_state_dict(..., "
            f"strict=False)` and assert that `missing` holds only the keys you expect",
        )
