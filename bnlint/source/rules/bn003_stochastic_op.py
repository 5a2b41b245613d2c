"""BN003 stochastic-op-ignores-training: a Module's forward draws random numbers and never reads self.training."""

from __future__ import annotations

import ast
import re
from pathlib import PurePath
from typing import Iterator, Optional, Tuple

from bnlint.diagnostic import Applicability, Diagnostic, Edit, Fix
from bnlint.fix import ops
from bnlint.source.analysis.randomness import Scan, imported_name, scan_class
from bnlint.source.context import FileContext
from bnlint.source.rule import Rule
from bnlint.source.semantic.classes import class_info, methods
from bnlint.source.semantic.nodes import walk

# Data augmentation written as a Module (torchvision / timm style) runs in the data pipeline, not the
# model: classes named like transforms, and any class of a transforms / augmentation file.
# `Transform` but not `Transformer` (a TransformerBlock is model code).
AUGMENTATION_CLASS = re.compile(r"^Random|Transform(?!er)|Augment|AugMix|Jitter|Blur|Erasing|Cutout|Mixup|MixUp|"
                                r"CutMix|Posterize|Solarize|Equalize|Sharpness|Grayscale|Perspective|ElasticTransform")
AUGMENTATION_FILE = re.compile(r"transform(?!er)|augment", re.I)
# A forward that takes its randomness (or its mode) as an argument leaves the choice to the caller.
CALLER_CONTROLS = re.compile(r"noise|seed|generator|rng|sample|stochastic|deterministic|train|mode", re.I)


class StochasticOpIgnoresTraining(Rule):
    code = "BN003"
    tokens = ("rand", "bernoulli", "normal", "multinomial", "poisson", "uniform_", "random", "exponential_",
              "geometric_", "cauchy_", "dropout", "drop_block", "stochastic_depth")
    patterns = (re.compile(r"def\s+forward\b"),)  # only a class's own forward is scanned

    def check(self, ctx: FileContext) -> Iterator[Diagnostic]:
        if AUGMENTATION_FILE.search(PurePath(ctx.path).stem):
            return
        for cls in ctx.module_classes.values():
            forward = methods(cls).get("forward")
            if forward is None or AUGMENTATION_CLASS.search(cls.name):
                continue
            info = class_info(ctx, cls)
            params = [a.arg for a in forward.args.posonlyargs + forward.args.args][1:] + [
                a.arg for a in forward.args.kwonlyargs]
            if any(CALLER_CONTROLS.search(p) for p in params):
                continue
            scan = scan_class(ctx, cls, info, params[0] if params else None)
            if not scan.draws or scan.reads_flag or scan.scales_by_parameter or scan.perturbed is None:
                continue  # no regulariser: the draw is the output or shapes it (a sample, an index, a loss)
            yield self.diagnostic(ctx, cls, forward, scan)

    def diagnostic(self, ctx: FileContext, cls: ast.ClassDef, forward, scan: Scan) -> Diagnostic:
        draw = scan.draws[0].node
        owner = forward.args.args[0].arg
        where = ctx.enclosing_function(draw)
        inside = f" in `{where.name}`" if where is not None and scan.at is not draw else ""
        head = (f"`{cls.name}.forward` draws random numbers ({draw_label(ctx, draw)}{inside} at line {draw.lineno}) "
                f"but never reads `{owner}.training`: it stays random after model.eval()")
        if scan.uses_train_method is not None:
            head += (f" (`{owner}.train` at line {scan.uses_train_method.lineno} is a method, always true; "
                     f"the flag is `{owner}.training`)")
        fix, reason = eval_identity_fix(ctx, forward, scan)
        advice = "return the input when not training" if fix else f"make it deterministic in eval mode: {reason}"
        related = [(ctx.path, ctx.start(d.node), f"draws: {draw_label(ctx, d.node)}")
                   for d in scan.draws[:4] if d.node is not scan.at]
        return self.report(ctx, scan.at, f"{head}; {advice}", fix=fix, related=related)


def draw_label(ctx: FileContext, call: ast.Call) -> str:
    if imported_name(ctx, call.func) is None and isinstance(call.func, ast.Attribute):
        return f"`Tensor.{call.func.attr}`"
    return ctx.label(call.func)


# --------------------------------------------------------------------------- scanning

# --------------------------------------------------------------------------- fix
def eval_identity_fix(ctx: FileContext, forward, scan: Scan) -> Tuple[Optional[Fix], str]:
    args = forward.args
    owner = args.args[0].arg
    if scan.gated_layer is not None:
        return None, (f"it applies a sub-layer ({ctx.label(scan.gated_layer.func)}, line "
                      f"{scan.gated_layer.lineno}) at random, like stochastic depth; without train-time "
                      "rescaling its eval form is `p * f(x) + x`, not the input, so there is no automatic fix")
    if len(args.args) != 2 or args.posonlyargs or args.vararg or args.kwarg or args.kwonlyargs:
        return None, "forward takes more than one input, so which one to return is not clear; no automatic fix"
    zero_mean = all(d.zero_mean for d in scan.draws)
    if not (scan.rescales or (scan.adds_noise and zero_mean)):
        return None, ("returning the input when not training (the automatic fix) is right only for dropout-style "
                      "ops that divide by the keep probability at train time, or for added zero-mean noise, and this "
                      "is neither; choose what eval mode should compute (no mask, the average output, ...)")
    if scan.wrapped_layer is not None:
        return None, (f"returning the input when not training would also skip {ctx.label(scan.wrapped_layer.func)} "
                      f"(line {scan.wrapped_layer.lineno}); put the random part under `if {owner}.training:` by hand")
    if not scan.perturbed.of_input:
        return None, ("what forward perturbs is computed from its input, not the input itself, so returning the input "
                      f"in eval mode would skip that computation; put the random part under `if {owner}.training:` "
                      "by hand")
    body = forward.body
    first = body[0]
    if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant) and isinstance(first.value.value, str):
        if len(body) == 1:
            return None, "forward has no statements after its docstring"
        where, first = first.end_lineno + 1, body[1]
    else:
        header_end = max([forward.lineno] + [n.end_lineno for n in walk(forward.args) if hasattr(n, "end_lineno")]
                         + ([forward.returns.end_lineno] if forward.returns else []))
        where = first.lineno
        while where - 1 > header_end and ctx.lines[where - 2].strip().startswith("#"):
            where -= 1  # keep comments above the first statement with it
    if first.lineno <= forward.lineno or where <= forward.lineno:
        return None, "forward's body is on its `def` line; no automatic fix"
    indent = ctx.line_indent(first.lineno)
    step = indent[len(ctx.line_indent(forward.lineno)):] or "    "
    x = args.args[1].arg
    nl = ctx.newline
    text = f"{indent}if not {owner}.training:{nl}{indent}{step}return {x}{nl}"
    pos = ctx.position(where, 0)
    insert = ops.at_function_start(ctx, first, f"if not {owner}.training:\n{step}return {x}", Edit(pos, pos, text))
    return ctx.fix([insert], Applicability.UNSAFE, f"Return `{x}` unchanged when not training"), ""

