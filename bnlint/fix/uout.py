"""The Uout layer a BN001 fix puts where a dropout layer was: what it is given (the dropout's own rate, one draw
per channel for Dropout1d/2d/3d, inplace) and how the file names it (imported from `uout-class`, or, with
`uout-class = "local"`, a small class written into the file so the model never imports bnlint at run time)."""

from __future__ import annotations

import ast
from typing import List, Optional, Tuple

from bnlint import torch_api
from bnlint.config import DEFAULT_UOUT_CLASS as DEFAULT_CLASS
from bnlint.config import LOCAL_UOUT as LOCAL
from bnlint.diagnostic import Operation
from bnlint.fix import ops
from bnlint.fix.imports import ensure_import
from bnlint.source.context import FileContext
from bnlint.source.semantic.nodes import argument

# How many trailing dimensions share one draw, by the dropout it replaces (channel-wise dropouts drop channels).
SPATIAL = {"torch.nn.Dropout": 0, "torch.nn.Dropout1d": 1, "torch.nn.Dropout2d": 2, "torch.nn.Dropout3d": 3}
LOCAL_SOURCE = '''class Uout({nn}.Module):
    """Dropout without variance shift (Li et al., arXiv:1801.05134): x * (1 + r), r ~ U(-beta, beta), one draw
    per element, or per channel over the last `spatial` dimensions; the identity in eval mode. Added by bnlint."""

    def __init__(self, beta=0.1, spatial=0, inplace=False):
        super().__init__()
        self.beta, self.spatial, self.inplace = float(beta), int(spatial), bool(inplace)

    def forward(self, x):
        if not self.training or self.beta == 0.0:
            return x
        shape = x.shape[:x.dim() - self.spatial] + (1,) * self.spatial
        factor = {torch}.empty(shape, dtype=x.dtype, device=x.device).uniform_(-self.beta, self.beta).add_(1.0)
        return x.mul_(factor) if self.inplace else x * factor
'''


def replacement(ctx: FileContext, definition: ast.Call) -> Tuple[Optional[str], List[Operation], str]:
    """(the Uout expression, the operations that name it, "") or (None, [], why no Uout fits)."""
    qualname = torch_api.canonical(ctx.call_qualname(definition))
    if qualname not in SPATIAL:
        last = (qualname or "").rsplit(".", 1)[-1]
        if "Alpha" in last:
            return None, [], f"{last} keeps SELU's mean and variance, which Uout does not: move it instead"
        return None, [], f"Uout stands in for element- and channel-wise dropout only, not `{last}`: move it instead"
    spatial = SPATIAL[qualname]
    rate = argument(definition, "p", 0)
    beta = ctx.settings.uout_beta
    args = [repr(float(beta)) if beta is not None else ctx.segment(rate) if rate is not None else "0.5"]
    target = ctx.settings.uout_class
    if target not in (DEFAULT_CLASS, LOCAL):  # the user's own class: given the rate only, as documented
        if spatial:
            return None, [], (f"`{target}` is not known to draw per channel as `{qualname.rsplit('.', 1)[-1]}` does: "
                              f"use the default `uout-class` or \"{LOCAL}\", or move it")
        return _imported(ctx, target, args)
    if spatial:
        args.append(f"spatial={spatial}")
    inplace = argument(definition, "inplace", 1)
    if inplace is not None:
        args.append(f"inplace={ctx.segment(inplace)}")
    return _local(ctx, args) if target == LOCAL else _imported(ctx, target, args)


def _imported(ctx: FileContext, target: str, args: List[str]) -> Tuple[Optional[str], List[Operation], str]:
    plan = ensure_import(ctx, target)
    if plan.name is None:
        return None, [], plan.problem
    return f"{plan.name}({', '.join(args)})", [ops.add_import(ctx, plan.line)] if plan.line else [], ""


def _local(ctx: FileContext, args: List[str]) -> Tuple[Optional[str], List[Operation], str]:
    """The file's own `Uout` class: written after its imports, once (a later fix finds it there)."""
    defined = [n for n in ctx.tree.body if isinstance(n, ast.ClassDef) and n.name == "Uout"]
    if defined:
        return f"Uout({', '.join(args)})", [], ""
    if any(isinstance(n, (ast.Import, ast.ImportFrom, ast.Assign, ast.FunctionDef, ast.ClassDef))
           and "Uout" in _bound(n) for n in ctx.tree.body):
        return None, [], "the name `Uout` is already taken in this file"
    torch, imports = ops.torch_module(ctx)
    nn = torch + ".nn"
    source = LOCAL_SOURCE.format(nn=nn, torch=torch)
    return f"Uout({', '.join(args)})", imports + [ops.define(ctx, source)], ""


def _bound(node: ast.stmt) -> List[str]:
    if isinstance(node, (ast.Import, ast.ImportFrom)):
        return [(a.asname or a.name).split(".")[0] for a in node.names]
    if isinstance(node, ast.Assign):
        return [t.id for t in node.targets if isinstance(t, ast.Name)]
    return [node.name]
