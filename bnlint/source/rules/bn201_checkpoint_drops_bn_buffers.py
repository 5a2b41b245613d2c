"""BN201 checkpoint-drops-bn-buffers: weights kept from parameters() lose BatchNorm's running statistics.

Two shapes:
- a dict or list built from `model.parameters()` / `model.named_parameters()` (directly, or through
  a name assigned in the same function, or as a value of a checkpoint dict) that is passed to
  torch.save / safetensors' save_file or loaded into a model with load_state_dict;
- an EMA / teacher copy that loops over `zip(ema.parameters(), model.parameters())` while nothing in the
  file copies the buffers, and the copy is put in eval mode somewhere in the file (a momentum encoder that
  only runs in training mode gathers its own statistics).

A selection on purpose (a comprehension with an `if`, e.g. only trainable adapter weights) is left
alone, and so is a model whose classes in the file have no buffers.
"""

from __future__ import annotations

import ast
import re
from typing import Iterator, List, Optional, Set, Tuple

from bnlint.diagnostic import Applicability, Diagnostic, Fix
from bnlint.fix import ops
from bnlint.source.analysis.file_analysis import FileAnalysis, analysis
from bnlint.source.analysis.references import ref_through
from bnlint.source.context import FileContext, uses_torch
from bnlint.source.rule import Rule
from bnlint.source.semantic.nodes import walk
from bnlint.source.semantic.scopes import Scope
from bnlint.textsearch import code_only, in_code
from bnlint.torch_api import SAVES

DICT_BUILDERS = {"dict", "collections.OrderedDict", "OrderedDict", "typing.OrderedDict"}
LIST_BUILDERS = {"list", "tuple"}
PARAM_METHODS = ("parameters", "named_parameters")
# In-place updates of a tensor: how EMA / teacher copies write parameters.
INPLACE = {"copy_", "mul_", "add_", "sub_", "lerp_", "addcmul_", "set_"}
BUFFER_ACCESS = {"buffers", "named_buffers"}


_PARAMETERS_CALL = re.compile(r"\.[\s\\]*(?:named_)?parameters[\s\\]*\([\s\\]*\)")


def _shows(text: str) -> bool:
    return "parameters" in text and ("save" in text or "zip" in text or "load_state_dict" in text)


class ParamsCopy:
    """An expression that holds a model's parameters only."""

    def __init__(self, expr: ast.AST, owner: str, method: str, fixable: bool):
        self.expr, self.owner, self.method, self.fixable = expr, owner, method, fixable


def _param_source(node: ast.AST) -> Optional[Tuple[str, str]]:
    """`model.named_parameters()` -> ('model', 'named_parameters') (no arguments: recurse=True)."""
    if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in PARAM_METHODS
            and not node.args and not node.keywords):
        owner = ref_through(node.func.value)
        if owner:
            return owner, node.func.attr
    return None


def _plain_value(value: ast.AST, name: str) -> bool:
    """`v`, `v.data` or `v.detach()`: what state_dict() holds too (detached views of the same tensors)."""
    if isinstance(value, ast.Name):
        return value.id == name
    if isinstance(value, ast.Attribute) and value.attr == "data":
        return _plain_value(value.value, name)
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr == "detach" and not value.args:
        return _plain_value(value.func.value, name)
    return False


def params_copy(ctx: FileContext, expr: ast.AST) -> Optional[ParamsCopy]:
    if isinstance(expr, ast.Call) and len(expr.args) == 1 and not expr.keywords:
        qn = ctx.call_qualname(expr) or ""
        src = _param_source(expr.args[0])
        if src and qn in DICT_BUILDERS and src[1] == "named_parameters":
            return ParamsCopy(expr, src[0], src[1], True)
        if src and qn in LIST_BUILDERS:
            return ParamsCopy(expr, src[0], src[1], False)
        return None
    if isinstance(expr, (ast.DictComp, ast.ListComp)) and len(expr.generators) == 1:
        gen = expr.generators[0]
        src = _param_source(gen.iter)
        if src is None or gen.ifs or gen.is_async:
            return None  # a filtered selection is deliberate
        if isinstance(expr, ast.ListComp):
            t = gen.target
            kept = t.elts[-1] if isinstance(t, ast.Tuple) and t.elts else t
            if isinstance(kept, ast.Name) and _plain_value(expr.elt, kept.id):
                return ParamsCopy(expr, src[0], src[1], False)
            return None  # [p.grad for p in ...] and other things computed from the parameters
        t = gen.target
        fixable = (src[1] == "named_parameters" and isinstance(t, ast.Tuple) and len(t.elts) == 2
                   and all(isinstance(e, ast.Name) for e in t.elts) and isinstance(expr.key, ast.Name)
                   and expr.key.id == t.elts[0].id and _plain_value(expr.value, t.elts[1].id))
        return ParamsCopy(expr, src[0], src[1], fixable)
    return None


def _assigned_values(scope: Scope, name: str, before: ast.AST) -> List[ast.AST]:
    """Values assigned to `name` in scope's own code before the node `before`."""
    out = []
    for node in scope.own_nodes:
        if (isinstance(node, ast.Assign) and node.lineno < before.lineno
                and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)):
            out.append(node.value)
    return out


def copies_in(ctx: FileContext, scope: Scope, expr: ast.AST, at: ast.AST, depth: int = 0) -> List[ParamsCopy]:
    """Parameters-only copies that `expr` is or carries: itself, a dict literal's values, a name's values."""
    found = params_copy(ctx, expr)
    if found is not None:
        return [found]
    if depth > 2:
        return []
    if isinstance(expr, ast.Dict):
        return [c for v in expr.values if v is not None for c in copies_in(ctx, scope, v, at, depth + 1)]
    if isinstance(expr, ast.Name):
        return [c for v in _assigned_values(scope, expr.id, at) for c in copies_in(ctx, scope, v, at, depth + 1)]
    return []


class CheckpointDropsBnBuffers(Rule):
    code = "BN201"

    @classmethod
    def may_apply(cls, text: str) -> bool:
        # A parameter copy saved (torch.save / save_file) or loaded, or a parameter copy loop (zip), in the code:
        # `x.parameters()` or `x.named_parameters()` called with no argument (_param_source).
        return in_code(text, _shows) and _PARAMETERS_CALL.search(code_only(text)) is not None

    def check(self, ctx: FileContext) -> Iterator[Diagnostic]:
        if not uses_torch(ctx) or not any(self._candidate(ctx, n) for n in ctx.nodes_of(ast.Call, ast.For)):
            return  # the file-wide analysis is only built where there is something to look at
        an = analysis(ctx)
        seen: Set[ast.AST] = set()  # a dict built once and saved twice is one finding
        for scope in an.tree.scopes:
            for node in scope.own_nodes:
                if isinstance(node, (ast.For, ast.AsyncFor)):
                    diag = self._parameter_copy_loop(an, scope, node)
                    if diag is not None:
                        yield diag
                if not isinstance(node, ast.Call):
                    continue
                qn = ctx.call_qualname(node)
                is_load = isinstance(node.func, ast.Attribute) and node.func.attr == "load_state_dict"
                if qn in SAVES and node.args:
                    yield from self._copies(an, scope, node, node.args[0], "saved", seen)
                elif is_load and node.args:
                    yield from self._copies(an, scope, node, node.args[0], "loaded", seen)

    @staticmethod
    def _candidate(ctx: FileContext, node: ast.AST) -> bool:
        if isinstance(node, ast.For):
            it = node.iter
            return isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "zip"
        f = node.func
        return (isinstance(f, ast.Attribute) and f.attr == "load_state_dict") or ctx.call_qualname(node) in SAVES

    def _copies(self, an: FileAnalysis, scope: Scope, call: ast.Call, arg: ast.AST, how: str,
                seen: Set[ast.AST]) -> Iterator[Diagnostic]:
        ctx = an.ctx
        for copy in copies_in(ctx, scope, arg, call):
            traits = an.layers.traits(scope, copy.owner)
            if copy.expr in seen or not traits.buffers:
                continue  # reported already, or nothing but parameters to lose
            seen.add(copy.expr)
            fix: Optional[Fix] = None
            if copy.fixable:
                fix = ctx.fix([ops.replace(ctx, copy.expr, f"{copy.owner}.state_dict()")], Applicability.SAFE,
                              f"Use `{copy.owner}.state_dict()`")
            shown = "dict" if isinstance(copy.expr, ast.DictComp) or copy.fixable else "list"
            if traits.batchnorm_seen:
                lost = (f"lose the buffers: BatchNorm's running_mean, running_var and num_batches_tracked are not "
                        f"parameters, so a model restored from this {shown} normalises with the initial statistics "
                        f"(mean 0, variance 1) in eval mode")
            else:
                lost = ("lose the model's buffers, which are not parameters (BatchNorm's running statistics, "
                        f"anything registered with register_buffer): a model restored from this {shown} keeps "
                        f"their initial values")
            yield self.report(ctx, copy.expr, f"weights {how} from `{copy.owner}.{copy.method}()` {lost}; "
                              f"use `{copy.owner}.state_dict()`", fix=fix)

    def _parameter_copy_loop(self, an: FileAnalysis, scope: Scope, loop: ast.For) -> Optional[Diagnostic]:
        """`for e, p in zip(ema.parameters(), model.parameters()): e.data.copy_(p.data)` with no buffer copy
        anywhere in the file, for a copy that is evaluated: it normalises with stale BatchNorm statistics."""
        ctx = an.ctx
        it, target = loop.iter, loop.target
        if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id == "zip" and len(it.args) == 2):
            return None
        sources = [_param_source(a) for a in it.args]
        if None in sources or {m for _, m in sources} != {"parameters"}:
            return None
        if not (isinstance(target, ast.Tuple) and len(target.elts) == 2 and isinstance(target.elts[0], ast.Name)):
            return None
        written = target.elts[0].id
        if not any(_writes(n, written) for stmt in loop.body for n in walk(stmt)):
            return None
        (dest, _), (src, _) = sources
        roots = {dest.split(".")[0], src.split(".")[0]}
        for n in ctx.nodes_of(ast.Call):
            f = n.func
            if not isinstance(f, ast.Attribute):
                continue
            recv = ref_through(f.value)
            if f.attr in BUFFER_ACCESS and (recv is None or recv.split(".")[0] in roots):
                return None  # buffers are copied (or may be) somewhere in the file
            if f.attr == "load_state_dict" and recv and recv.split(".")[0] == dest.split(".")[0]:
                return None  # the copy is also loaded whole somewhere
        traits = an.layers.traits(scope, src)
        if not traits.buffers or not an.inference.evaluated(scope, dest):
            # Only a copy that is evaluated normalises with stale statistics: a momentum encoder (MoCo, BYOL) or
            # an unrolled copy (DARTS) runs in training mode and gathers its own.
            return None
        lost = (f"its BatchNorm running_mean and running_var (buffers, not parameters) are never copied, so "
                f"`{dest}` normalises with statistics `{src}` no longer has (those it was built or copied with) "
                f"in eval mode" if traits.batchnorm_seen else
                "its buffers (BatchNorm's running statistics, anything registered with register_buffer) are never "
                "copied and keep the values it was built or copied with")
        return self.report(
            ctx, it,
            f"`{dest}` gets `{src}`'s parameters only: {lost}; copy the buffers too "
            f"(`for b, s in zip({dest}.buffers(), {src}.buffers()): b.copy_(s)`)",
        )


def _writes(node: ast.AST, name: str) -> bool:
    """An in-place update of `name` or `name.data`: `e.copy_(...)`, `e.data.mul_(d)`, `e.data = ...`."""
    def is_target(n: ast.AST) -> bool:
        return (isinstance(n, ast.Name) and n.id == name) or (
            isinstance(n, ast.Attribute) and n.attr == "data" and isinstance(n.value, ast.Name) and n.value.id == name)

    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in INPLACE:
        inner = node.func.value
        while isinstance(inner, ast.Call) and isinstance(inner.func, ast.Attribute) and inner.func.attr in INPLACE:
            inner = inner.func.value  # e.mul_(d).add_(p)
        return is_target(inner)
    if isinstance(node, ast.Assign):
        return any(isinstance(t, ast.Attribute) and t.attr == "data" and is_target(t) for t in node.targets)
    return False
