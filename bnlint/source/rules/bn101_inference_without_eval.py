"""BN101 inference-without-eval: a model runs for inference while it may still be in train mode.

Inference is a forward pass with autograd off (no_grad / inference_mode / set_grad_enabled(False),
here or in every caller), a forward pass in a function named for it (evaluate, test_*, predict ...),
or an export that records the current mode (torch.jit.trace / script, torch.export.export).
"Train mode" needs evidence in the file: a model built here (new Modules train), a train()
call, or a caller that hands it over in train mode. See bnlint.source.models for how modes and
callers are followed.
"""

from __future__ import annotations

import ast
import re
from typing import Iterator, List, Optional, Tuple

from bnlint.diagnostic import Applicability, Diagnostic, Fix
from bnlint.fix import ops, statements
from bnlint.project.layout import display_path
from bnlint.source.analysis.file_analysis import FileAnalysis, analysis
from bnlint.source.analysis.inference import may_infer
from bnlint.source.analysis.instances import imported_instances
from bnlint.source.analysis.modes import EVAL, OFF, PRETRAINED, TRAIN
from bnlint.source.analysis.references import may_be_in_train_mode, ref_through
from bnlint.source.analysis.train_mode_text import (
    binds_a_built_model, imports_a_model_in_train_mode, may_be_in_train_mode_text,
)
from bnlint.source.context import FileContext, uses_torch
from bnlint.source.rule import Rule
from bnlint.source.semantic.nodes import DEFINITION, block_of, walk
from bnlint.source.semantic.scopes import Scope
from bnlint.textsearch import AnyWord, code_only

Use = Tuple[ast.Call, str]  # (the call, why it is inference)

# Text any inference this rule knows must contain, checked before the file is parsed: a grad-off call, decorator
# or import under another name, an export (torch.jit / torch.export) called or imported under another name, or a
# function named for inference (any case, like INFERENCE_NAME) or a Lightning evaluation hook. Substring tests
# first: most files name none of them.
GRAD_OFF_NAMES = ("no_grad", "inference_mode", "set_grad_enabled")
EXPORT_MODULES = ("jit", "export")
EXPORT_NAMES = ("trace", "trace_module", "script", "export")
EXPORT_USE = AnyWord(*(rf"{name}[\s\\]*\(" for name in EXPORT_NAMES),  # called
                     *(rf"{name}[\s\\]+as\b" for name in EXPORT_NAMES))  # imported under another name
GRAD_OFF_USE = AnyWord(*(rf"{name}[\s\\]*\(" for name in GRAD_OFF_NAMES),  # called (a decorator with parentheses too)
                       *(rf"{name}[\s\\]+as\b" for name in GRAD_OFF_NAMES),  # imported under another name
                       # a decorator without parentheses: its line ends, a decorator or a definition follows
                       *(rf"{name}[\s)\\]*\n\s*(?:@|def\b|async\b|class\b)" for name in GRAD_OFF_NAMES[:2]))
INFERENCE_DEF = re.compile(r"def\s+(?:_*(?i:eval|valid|test|predict|infer)|on_(?:validation|test|predict)_)")


def _names_inference(text: str) -> bool:
    """What _infers looks for, named anywhere: true of the text wherever _infers is true of its code (a comment can
    stand between a decorator and its def, which _infers' patterns do not cross)."""
    return (INFERENCE_DEF.search(text) is not None or any(n in text for n in GRAD_OFF_NAMES)
            or any(m in text for m in EXPORT_MODULES) and any(n in text for n in EXPORT_NAMES))


def _infers(code: str) -> bool:
    return (INFERENCE_DEF.search(code) is not None
            or any(n in code for n in GRAD_OFF_NAMES) and GRAD_OFF_USE.search(code) is not None
            or any(m in code for m in EXPORT_MODULES) and EXPORT_USE.search(code) is not None)


def _infers_text(text: str) -> bool:
    """The text shows inference in its code, not only in a docstring or a comment."""
    return _names_inference(text) and _infers(code_only(text))


def _trains_elsewhere(text: str, project) -> bool:
    """What only other files of the project can tell of a model in train mode here (may_be_in_train_mode_text)."""
    return (project.builds_module_class(text) or project.derives_module_class(text)
            or imports_a_model_in_train_mode(text, project) or binds_a_built_model(text, project))


def statement_anchor(an: FileAnalysis, scope: Scope, ref: str, node: ast.AST) -> Optional[ast.stmt]:
    """The outermost statement around node (within scope) that trains nothing and switches no mode of ref:
    inserting `ref.eval()` before it, or wrapping it, affects inference only."""
    best = None
    root = ref.split(".")[0]
    for anc in [node, *an.ctx.ancestors(node)]:
        if anc is scope.node:
            break
        if not isinstance(anc, ast.stmt):
            continue
        if isinstance(anc, DEFINITION) or binds(anc, root):
            break  # above the statement that binds the model, `ref.eval()` would raise UnboundLocalError
        if an.training.part_trains(scope, anc) or an.inference.mode_calls(scope, ref, anc) or not statements.owns_lines(an.ctx, anc):
            break
        best = anc
    return best


def binds(stmt: ast.stmt, name: str) -> bool:
    return any(isinstance(n, ast.Name) and n.id == name and isinstance(n.ctx, ast.Store) for n in walk(stmt))


def trains_after(an: FileAnalysis, scope: Scope, stmt: ast.stmt) -> bool:
    """Training may run after stmt in this scope: later in it, or in a later iteration of a loop around it."""
    for anc in an.ctx.ancestors(stmt):
        if anc is scope.node:
            break
        if isinstance(anc, (ast.For, ast.AsyncFor, ast.While)) and an.training.part_trains(scope, anc):
            return True
    return any(node.lineno > stmt.end_lineno for node in an.training.training_nodes(scope))


def is_local(an: FileAnalysis, scope: Scope, ref: str) -> bool:
    root = ref.split(".")[0]
    return root != scope.self_name and root not in scope.params and an.tree.binding(scope, root) is scope


def whole_model(an: FileAnalysis, scope: Scope, ref: str) -> str:
    """The outermost model `ref` is part of (`model` for `model.backbone`): switching one child would leave the
    rest of the model in train mode. `self` is not switched from inside its own methods."""
    parts = ref.split(".")
    for i in range(1, len(parts)):
        outer = ".".join(parts[:i])
        if outer != scope.self_name and an.refs.is_model(scope, outer):
            return outer
    return ref


def eval_fix(an: FileAnalysis, scope: Scope, ref: str, nodes: List[ast.AST]) -> Optional[Fix]:
    """`ref.eval()` before the first use; where training may follow, eval only around the uses and
    restore the previous mode in a `finally`, so a training loop never continues in eval mode."""
    ctx = an.ctx
    ref = whole_model(an, scope, ref)
    if not an.refs.surely_module(scope, ref):
        return None  # `.eval()` / `.training` on something that may be a plain function would raise
    stmt = statement_anchor(an, scope, ref, nodes[0])
    if stmt is None:
        return None
    if is_local(an, scope, ref) and not trains_after(an, scope, stmt):
        return ctx.fix([ops.insert_before(ctx, stmt, f"{ref}.eval()", bound=[ref.split(".")[0]])], Applicability.SAFE,
                       f"Call `{ref}.eval()` before inference")
    stmts = [stmt]
    block = block_of(ctx.parents, stmt) or [stmt]
    for sibling in block[block.index(stmt) + 1 :]:
        if an.training.part_trains(scope, sibling) or an.inference.mode_calls(scope, ref, sibling):
            break
        if any(n in nodes for n in walk(sibling)):
            stmts = block[block.index(stmt) : block.index(sibling) + 1]
    if not statements.owns_lines(ctx, stmts[0], stmts[-1]):
        return None
    var = statements.unused_name(ctx, scope.node, "was_training")
    wrap = ops.wrap_try_finally(ctx, stmts, [f"{var} = {ref}.training", f"{ref}.eval()"], [f"{ref}.train({var})"])
    return ctx.fix([wrap], Applicability.SAFE, f"Run inference in eval mode and restore the mode of `{ref}` afterwards")


def deliberate_train(an: FileAnalysis, scope: Scope, ref: str, node: ast.AST) -> bool:
    """`model.train()` written before the use with no training step in between: train mode on purpose
    (recomputing BatchNorm statistics under no_grad, as torch.optim.swa_utils.update_bn does; MC dropout)."""
    starts = []
    for call in scope.calls:
        f = call.func
        if (isinstance(f, ast.Attribute) and f.attr == "train"
                and call.lineno <= node.lineno and call is not node):
            recv = ref_through(f.value)
            args = list(call.args) + [k.value for k in call.keywords]
            on = not args or (len(args) == 1 and isinstance(args[0], ast.Constant) and args[0].value is True)
            if on and recv and (recv == ref or ref.startswith(recv + ".")):
                starts.append(call.lineno)
    if not starts:
        return False
    last = max(starts)
    return not any(last <= step.lineno <= node.lineno for step in an.training.training_nodes(scope))


class InferenceWithoutEval(Rule):
    code = "BN101"
    tokens = ("torch",)

    @classmethod
    def may_apply(cls, text: str) -> bool:
        # read from the code alone (after the cheaper tests of the text): the syntax tree never shows what a
        # docstring's examples call
        return cls._shows(text) and _infers_text(text) and may_be_in_train_mode_text(code_only(text))

    @classmethod
    def may_apply_across(cls, text: str, project) -> bool:
        # a model in train mode that only the project shows (`Net()` of another file, a class here on a Module base
        # of another file, `build_model()`, `from model import net`), run for inference here; or `evaluate(model,
        # loader)` of another file running a model of this one
        if cls._shows(text) and _infers_text(text) and _trains_elsewhere(text, project):
            return True
        return project.calls_function_that(text, "inference") and (
            may_be_in_train_mode_text(code_only(text)) or _trains_elsewhere(text, project))

    def check(self, ctx: FileContext) -> Iterator[Diagnostic]:
        if not uses_torch(ctx) or not may_infer(ctx) or not (may_be_in_train_mode(ctx)
                                       or any(i.mode == TRAIN for i in imported_instances(ctx).values())):
            return  # the analysis is only built where something can be in train mode, and run for inference
        an = analysis(ctx)
        for scope in an.tree.scopes:
            if an.inference.is_unit_test(scope):
                continue
            uses = {}
            named = None  # asked only for a forward with autograd on: it may interpret the callers
            building = an.inference.at_construction(scope)
            for node, ref in an.inference.forwards(scope):
                if building or an.inference.shape_only(scope, node):
                    continue  # a dummy forward that sizes a layer: not inference
                if an.flows.grads_at(scope, node) == {OFF}:
                    uses.setdefault(ref, []).append((node, "with autograd off"))
                    continue
                if named is None:
                    named = an.inference.inference_named(scope)
                if named:
                    uses.setdefault(ref, []).append((node, f"in `{scope.name}`"))
            for node, ref, qn in an.inference.exports(scope):
                if qn == "torch.jit.script":
                    continue  # a scripted module keeps both modes' code: its mode can still be switched
                uses.setdefault(ref, []).append((node, f"`{ctx.segment(node.func)}` records the mode it finds"))
            for ref, found in uses.items():
                if an.inference.switches_itself(scope, ref):
                    continue  # a wrapper whose own forward or __init__ puts what it wraps in eval mode
                diag = self._finding(an, scope, ref, sorted(found, key=lambda u: (u[0].lineno, u[0].col_offset)))
                if diag is not None:
                    yield diag
        yield from self._calls_into_other_files(an)

    def _calls_into_other_files(self, an: FileAnalysis) -> Iterator[Diagnostic]:
        """`evaluate(model, loader)` where another file of the project defines `evaluate` to run the model for
        inference in whatever mode it is given, and here the model is in train mode: reported at the call."""
        ctx = an.ctx
        if ctx.project is None:
            return
        for call in ctx.nodes_of(ast.Call):
            if not ctx.project.function_shows(ctx, call.func, "inference"):
                continue  # told by the outline of the other file, before it is parsed
            site = an.calls.site_at(call)
            if site is None or not an.tree.foreign(site.callee) or an.inference.is_unit_test(site.caller):
                continue
            scope, callee = site.caller, site.callee
            other = analysis(callee.ctx)
            reported = set()
            for node, inner, why in other.inference.caller_decides(callee):
                outer = an.calls.to_caller(site, inner)
                if not outer or outer in reported or not an.refs.is_model(scope, outer):
                    continue
                if why is None and an.flows.grads_at(scope, site.call) != {OFF}:
                    continue  # inference only under a caller's no_grad, and this caller has none
                modes = an.flows.modes_at(scope, site.call, outer)
                if TRAIN not in modes or deliberate_train(an, scope, outer, site.call) or not an.layers.mode_matters(scope, outer):
                    continue
                reported.add(outer)
                where = f"{display_path(callee.ctx.path)}:{node.lineno}"
                some = " on some path" if modes & {EVAL, PRETRAINED} else ""
                yield self.report(
                    ctx, site.call,
                    f"`{ctx.segment(site.call.func)}` ({where}) runs `{inner}` for inference ({why or 'with autograd off'}) "
                    f"without calling `{inner}.eval()`, and `{outer}` is in train mode here{some}, so BatchNorm "
                    f"normalises with batch statistics and dropout stays on; call `{outer}.eval()` before this call "
                    f"(or `{inner}.eval()` in `{callee.name}`)",
                    fix=eval_fix(an, scope, outer, [site.call]),
                    related=[(display_path(callee.ctx.path), callee.ctx.start(node), f"the forward pass in `{callee.name}`")])

    def _finding(self, an: FileAnalysis, scope: Scope, ref: str, found: List[Use]) -> Optional[Diagnostic]:
        ctx = an.ctx
        bad = []
        partial = False
        for node, why in found:
            modes = an.flows.modes_at(scope, node, ref)
            if TRAIN in modes and not deliberate_train(an, scope, ref, node):
                bad.append((node, why))
                partial |= bool(modes & {EVAL, PRETRAINED})
        if not bad or not an.layers.mode_matters(scope, ref):
            return None
        node, why = bad[0]
        related = []
        first = ref.split(".")[0]
        instance = an.refs.instances.get(first) if an.tree.binding(scope, first) is an.tree.module else None
        local = instance is not None or any(p.mode(ref) == TRAIN for p in an.flows.states_at(scope, node))
        if instance is not None:  # `from model import net`: made in train mode by another file
            made = instance.ctx
            related.append((display_path(made.path), made.start(instance.assign.value), f"`{first}` made here, in train mode"))
        if not local:  # the train mode comes from callers
            for site in an.calls.sites_to(scope):
                outer = an.calls.to_caller(site, ref)
                if outer and TRAIN in an.flows.modes_at(site.caller, site.call, outer):
                    related.append((ctx.path, ctx.start(site.call), f"`{scope.name}` is called here with `{outer}` in train mode"))
        where = "" if local else " (its callers leave it in train mode)"
        # The same fix serves when only some paths (or callers) are in train mode: eval() is a no-op
        # on the others, and where training may follow the previous mode is restored.
        fix = eval_fix(an, scope, ref, [n for n, _ in bad])
        if partial:
            return self.report(
                ctx, node,
                f"`{ref}` runs for inference ({why}) but `{ref}.eval()` is not called on every path before it: "
                f"on some paths it is still in train mode{where}, so BatchNorm uses batch statistics and dropout "
                f"stays on; call `{ref}.eval()` unconditionally before inference",
                fix=fix, related=related,
            )
        return self.report(
            ctx, node,
            f"`{ref}` runs for inference ({why}) without `{ref}.eval()` before it: it is still in train mode{where}, "
            f"so BatchNorm normalises with batch statistics and dropout stays on; call `{ref}.eval()` first",
            fix=fix, related=related,
        )
