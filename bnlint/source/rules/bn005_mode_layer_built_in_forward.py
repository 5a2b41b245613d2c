"""BN005 mode-layer-built-in-forward: `nn.Dropout(p)(x)` (any layer that reads the mode) built while the model
runs: a new module is in training mode, so it never follows model.eval()."""

from __future__ import annotations

import ast
from typing import Iterator, List, Optional, Tuple

from bnlint.diagnostic import Applicability, Diagnostic, Fix
from bnlint.fix import ops
from bnlint.source.analysis.evidence import module_self
from bnlint.source.analysis.traits import dropout_argument
from bnlint.source.context import FileContext
from bnlint.source.rule import Rule
from bnlint.source.semantic.classes import class_info, methods, reachable
from bnlint.source.semantic.nodes import walk
from bnlint.torch_api import MODE_METHODS, canonical, library_module_class, mode_dependent_name, short

# Dropout layers and the functional form that takes the mode: class name -> function name.
FUNCTIONAL_FORM = {"Dropout": "dropout", "Dropout1d": "dropout1d", "Dropout2d": "dropout2d",
                   "Dropout3d": "dropout3d", "AlphaDropout": "alpha_dropout",
                   "FeatureAlphaDropout": "feature_alpha_dropout"}


class ModeLayerBuiltInForward(Rule):
    code = "BN005"
    tokens = ("Dropout", "dropout", "Norm", "RReLU", "Transformer")

    def check(self, ctx: FileContext) -> Iterator[Diagnostic]:
        for func in self._running(ctx):
            for call, layer, use in self._built_and_used(ctx, func):
                yield self._report(ctx, call, layer, use)

    @staticmethod
    def _running(ctx: FileContext) -> List[ast.AST]:
        """Functions that run with the model: each Module class's forward and what it calls in the class and the
        file (not `__init__` and the builders it calls)."""
        found, seen = [], set()
        for cls in ctx.module_classes.values():
            if "forward" not in methods(cls):
                continue
            for func, _ in reachable(ctx, class_info(ctx, cls)):
                if id(func) not in seen and func.name != "__init__":
                    seen.add(id(func))
                    found.append(func)
        return found

    @staticmethod
    def _layer(ctx: FileContext, call: ast.AST) -> Optional[str]:
        """The torch.nn layer a call builds when that layer reads the mode, else None."""
        if not isinstance(call, ast.Call):
            return None
        qn = canonical(ctx.call_qualname(call))
        if not qn or not qn.startswith("torch.nn.") or not library_module_class(qn):
            return None
        last = qn.rsplit(".", 1)[-1]
        return qn if mode_dependent_name(last, dropout_argument(call, last)) else None

    def _built_and_used(self, ctx: FileContext, func: ast.AST) -> Iterator[Tuple[ast.Call, str, ast.Call]]:
        """(the construction, its layer, the call that runs it): `nn.Dropout(p)(x)`, or a local name bound to
        one and called in the same function with nothing setting its mode."""
        local = {}
        for node in walk(func):
            if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                layer = self._layer(ctx, node.value)
                if layer:
                    local[node.targets[0].id] = (node.value, layer)
        switched = {n.func.value.id for n in walk(func) if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute)
                    and n.func.attr in MODE_METHODS and isinstance(n.func.value, ast.Name)}
        switched |= {n.value.id for n in walk(func) if isinstance(n, ast.Attribute) and n.attr == "training"
                     and isinstance(n.ctx, ast.Store) and isinstance(n.value, ast.Name)}
        for node in walk(func):
            if not isinstance(node, ast.Call):
                continue
            layer = self._layer(ctx, node.func)
            if layer:
                yield node.func, layer, node
            elif isinstance(node.func, ast.Name) and node.func.id in local and node.func.id not in switched:
                built, layer = local[node.func.id]
                yield built, layer, node

    def _report(self, ctx: FileContext, built: ast.Call, layer: str, use: ast.Call) -> Diagnostic:
        shown = short(layer)
        owner = module_self(ctx, built)
        fix, advice = self._functional_fix(ctx, built, layer, use, owner)
        if fix is None and owner is None and FUNCTIONAL_FORM.get(layer.rsplit(".", 1)[-1]):
            # a function of the file, not a method: it has no module of its own to build the layer in
            function = FUNCTIONAL_FORM[layer.rsplit(".", 1)[-1]]
            advice = (f"this function has no mode of its own: take the caller's `training` flag as a parameter "
                      f"and use `F.{function}(x, p, training=training)`")
        elif fix is None:
            advice = f"build it once in `__init__` (`self.layer = {shown}(...)`) and call that"
        return self.report(
            ctx, built,
            f"`{ctx.segment(built)}` is built while the model runs, so it is a new module in training mode at "
            f"every call: it never follows model.eval() ({self._effect(layer)}); {advice}",
            fix=fix)

    @staticmethod
    def _effect(layer: str) -> str:
        last = layer.rsplit(".", 1)[-1]
        if "Dropout" in last:
            return "dropout stays on at inference"
        if "Norm" in last:
            return "it normalises with the batch's statistics at inference"
        return "it behaves as in training at inference"

    @staticmethod
    def _functional_fix(ctx: FileContext, built: ast.Call, layer: str, use: ast.Call,
                        owner: Optional[str]) -> Tuple[Optional[Fix], str]:
        """`nn.Dropout(p)(x)` -> `F.dropout(x, p, training=self.training)`: the same in training, off in eval."""
        function = FUNCTIONAL_FORM.get(layer.rsplit(".", 1)[-1])
        direct = use.func is built
        if (function is None or owner is None or not direct or len(use.args) != 1 or use.keywords
                or isinstance(use.args[0], ast.Starred) or len(built.args) > 1
                or any(k.arg not in ("p", "inplace") for k in built.keywords)):
            return None, ""
        functional, imports = ops.functional_module(ctx)
        parts = [ctx.segment(use.args[0])]
        if built.args:
            parts.append(ctx.segment(built.args[0]))
        parts += [f"{k.arg}={ctx.segment(k.value)}" for k in built.keywords]
        parts.append(f"training={owner}.training")
        new = f"{functional}.{function}({', '.join(parts)})"
        fix = ctx.fix([ops.replace(ctx, use, new)] + imports, Applicability.SAFE, f"Use `{new}`")
        return fix, f"use `{new}`"
