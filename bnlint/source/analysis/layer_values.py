"""What an expression in layer-building code stands for (BN001): a norm class passed as an argument
(`def __init__(self, norm_layer=nn.BatchNorm2d)` ... `norm_layer(64)`), `functools.partial(cls, ...)`, a
dropout rate, a count of layers, whether a condition (`if use_dropout:`) holds, each followed through the names
of the file (bnlint.source.analysis.bindings).

Names(ctx, binding): the binding says which calls made the object being analysed (an instance of a class of
the file: `UNetDown(64, 128, dropout=0.5)`), so that its `__init__` parameters have that call's values. A
norm class, a rate and a count follow defaults; a condition does not unless a call the file shows left the
default (a default nobody in the file passes could be overridden anywhere: the condition is unknown, and
both branches are options).
"""

from __future__ import annotations

import ast
import operator
from dataclasses import dataclass
from typing import Dict, List, Optional, Union

from bnlint.source.analysis.bindings import Binding, name_values
from bnlint.source.context import FileContext

PARTIAL = {"functools.partial", "partial"}
# `<QUALIFIED>.torch.nn.BatchNorm2d`: a layer class another file passed, by its qualified name (it needs no import here)
QUALIFIED = "__bnlint_qualified__"
DEPTH = 6
Value = Union[str, ast.ClassDef]  # a qualified name, or a class of the file
COMPARE = {ast.Eq: operator.eq, ast.NotEq: operator.ne, ast.Lt: operator.lt, ast.LtE: operator.le,
           ast.Gt: operator.gt, ast.GtE: operator.ge, ast.Is: operator.is_, ast.IsNot: operator.is_not}


class Names:
    def __init__(self, ctx: FileContext, binding: Binding = ()):
        self.ctx, self.binding = ctx, binding

    def values(self, node: ast.expr, depth: int = 0, strict: bool = False) -> Optional[List[ast.expr]]:
        """The expressions `node` may stand for, each one that names no variable to follow further (an imported
        name, a class or function of the file, a literal, a call); None when unknown."""
        ctx = self.ctx
        if depth > DEPTH:
            return None
        if isinstance(node, ast.Call) and ctx.call_qualname(node) in PARTIAL and node.args:
            return self.values(node.args[0], depth + 1, strict)
        if not isinstance(node, ast.Name) or node.id in ctx.imports:
            return [node]
        found = name_values(ctx, node, self.binding, strict)
        if found is None:
            return None
        out: List[ast.expr] = []
        for value in found:
            more = [value] if value is node else self.values(value, depth + 1, strict)
            if more is None:
                return None
            out += more
        return out

    def layer_class(self, func: ast.expr) -> Optional[Value]:
        """The one layer class a called name stands for: a qualified name (`torch.nn.BatchNorm2d`) or a class of
        the file; None when unknown or when the candidates differ."""
        ctx = self.ctx
        found = self.values(func)
        if not found:
            return None
        out = set()
        for v in found:
            if isinstance(v, ast.Name) and v.id not in ctx.imports and ctx.classes.get(v.id) is not None:
                out.add(ctx.classes[v.id])
                continue
            if isinstance(v, ast.Attribute) and isinstance(v.value, ast.Name) and v.value.id == QUALIFIED:
                out.add(v.attr)
                continue
            root = v
            while isinstance(root, ast.Attribute):
                root = root.value
            if not isinstance(root, ast.Name) or root.id not in ctx.imports:
                return None
            out.add(ctx.qualname(v))
        return out.pop() if len(out) == 1 else None

    def partial_keywords(self, func: ast.expr) -> Dict[str, ast.expr]:
        """Keywords a `functools.partial` bound to the called name fixes (`track_running_stats=False`), when
        every candidate agrees on them; empty when none or unknown."""
        merged: Optional[Dict[str, ast.expr]] = None
        for v in self._partials(func, 0) or []:
            kws = {k.arg: k.value for k in v.keywords if k.arg} if isinstance(v, ast.Call) else {}
            merged = kws if merged is None else {k: x for k, x in merged.items() if k in kws}
        return merged or {}

    def _partials(self, node: ast.expr, depth: int) -> Optional[List[ast.expr]]:
        if isinstance(node, ast.Name) and node.id not in self.ctx.imports and depth < DEPTH:
            found = name_values(self.ctx, node, self.binding)
            if not found:
                return None
            return [c for v in found for c in (self._partials(v, depth + 1) if v is not node else [v]) or []]
        return [node]

    def number(self, node: Optional[ast.expr]) -> Optional[float]:
        """The smallest number `node` may be (a rate), or None when any candidate is not a known number."""
        found = self.values(node) if node is not None else None
        if not found:
            return None
        nums = [_constant(v) for v in found]
        if any(not isinstance(n, (int, float)) or isinstance(n, bool) for n in nums):
            return None
        return float(min(nums))

    def zero(self, node: Optional[ast.expr]) -> bool:
        """`node` is a name whose every value (defaults followed) is the number 0: a dropout that drops nothing."""
        found = self.values(node) if isinstance(node, ast.Name) else None
        return bool(found) and all(_constant(v) == 0 and not isinstance(_constant(v), bool) for v in found)

    def length(self, node: ast.expr, depth: int = 0) -> Optional[int]:
        """How many items `node` (a list, tuple, range, comprehension, or a name bound to one) has at least."""
        if depth > DEPTH:
            return None
        if isinstance(node, (ast.List, ast.Tuple)):
            return None if any(isinstance(e, ast.Starred) for e in node.elts) else len(node.elts)
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            a, b = self.length(node.left, depth + 1), self.length(node.right, depth + 1)
            return a + b if a is not None and b is not None else None
        if isinstance(node, ast.ListComp) and len(node.generators) == 1 and not node.generators[0].ifs:
            return self.length(node.generators[0].iter, depth + 1)
        if isinstance(node, ast.Call):
            qn = self.ctx.call_qualname(node)
            if qn == "range" and 1 <= len(node.args) <= 2 and not node.keywords:
                ends = [self.integer(a, depth + 1) for a in node.args]
                if any(e is None for e in ends):
                    return None
                return max(0, ends[-1] - (ends[0] if len(ends) == 2 else 0))
            if qn in ("list", "tuple", "enumerate", "reversed") and len(node.args) == 1:
                return self.length(node.args[0], depth + 1)
            return None
        if isinstance(node, ast.Name):
            found = self.values(node, depth + 1)
            if not found or any(isinstance(v, ast.Name) for v in found):
                return None
            sizes = [self.length(v, depth + 1) for v in found]
            return None if any(s is None for s in sizes) else min(sizes)
        return None

    def integer(self, node: ast.expr, depth: int = 0) -> Optional[int]:
        """The smallest integer `node` may be: literals, names bound to them, `len(...)`, sums, and differences
        by a literal."""
        if depth > DEPTH:
            return None
        if isinstance(node, ast.Constant) and type(node.value) is int:
            return node.value
        if isinstance(node, ast.Call) and self.ctx.call_qualname(node) == "len" and len(node.args) == 1:
            return self.length(node.args[0], depth + 1)
        if isinstance(node, ast.BinOp) and isinstance(node.op, (ast.Add, ast.Sub)):
            a, b = self.integer(node.left, depth + 1), self.integer(node.right, depth + 1)
            if a is None or b is None:
                return None
            if isinstance(node.op, ast.Add):
                return a + b
            return a - b if isinstance(node.right, ast.Constant) else None
        if isinstance(node, ast.Name):
            found = self.values(node, depth + 1)
            if not found:
                return None
            nums = [self.integer(v, depth + 1) if not isinstance(v, ast.Name) else None for v in found]
            return None if any(n is None for n in nums) else min(nums)
        return None

    def truth(self, test: ast.expr, attr=None, depth: int = 0) -> Optional[bool]:
        """Whether a condition holds for every value its names may have (None: unknown or it depends).
        `attr(node)` gives the expression a `self.<attr>` holds, where there is a class."""
        if depth > DEPTH:
            return None
        if isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
            inner = self.truth(test.operand, attr, depth + 1)
            return None if inner is None else not inner
        if isinstance(test, ast.BoolOp):
            parts = [self.truth(v, attr, depth + 1) for v in test.values]
            if isinstance(test.op, ast.And):
                return False if False in parts else (True if all(p is True for p in parts) else None)
            return True if True in parts else (False if all(p is False for p in parts) else None)
        if isinstance(test, ast.Compare) and len(test.ops) == 1 and type(test.ops[0]) in COMPARE:
            lefts, rights = self._constants(test.left, attr, depth), self._constants(test.comparators[0], attr, depth)
            if lefts is None or rights is None:
                return None
            try:
                got = {bool(COMPARE[type(test.ops[0])](a, b)) for a in lefts for b in rights}
            except TypeError:
                return None
            return got.pop() if len(got) == 1 else None
        found = self._constants(test, attr, depth)
        if found is None:
            return None
        got = {bool(v) for v in found}
        return got.pop() if len(got) == 1 else None

    def _constants(self, node: ast.expr, attr, depth: int) -> Optional[list]:
        if attr is not None and isinstance(node, ast.Attribute):
            held = attr(node)
            return self._constants(held, None, depth + 1) if held is not None else None
        found = self.values(node, depth + 1, strict=True)
        if not found:
            return None
        out = [_constant(v) for v in found]
        return None if any(v is _UNKNOWN for v in out) else out


_UNKNOWN = object()


@dataclass(frozen=True)
class LayerClass:
    """The value of a layer class another file passed (QUALIFIED) in a condition: true, not None, equal to nothing."""

    name: str


def _constant(node: ast.expr):
    if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == QUALIFIED:
        return LayerClass(node.attr)  # `if norm_layer is None:` is decided
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = _constant(node.operand)
        return -inner if isinstance(inner, (int, float)) and not isinstance(inner, bool) else _UNKNOWN
    if isinstance(node, ast.Constant):
        return node.value
    return _UNKNOWN
