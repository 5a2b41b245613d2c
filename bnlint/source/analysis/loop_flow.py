"""Loops in method code for the variance-shift data flow (BN001): a loop's body is followed once from the state
before it (exact); when the loop surely runs (the file states how many layers the nn.ModuleList it walks holds,
or the range), a second pass shows what one iteration hands the next, reported only when there surely is a
next, and a third settles the state after the loop. Loop variables that walk a ModuleList (`for layer in
self.layers`, `zip(self.fcs, self.bns)`, `enumerate(...)`) hold its element, when all its elements act alike on
the flow; `self.convs[i]` is that element too.
"""

from __future__ import annotations

import ast
from typing import Dict, Optional

from bnlint.source.analysis.sequential import Many
from bnlint.source.analysis.variance import Taint, same_in_all
from bnlint.source.semantic.nodes import is_attr_of, walk


class Loops:
    """The loop statements of MethodFlow (which provides block, expr, bind, report, resolver, owner, layers)."""

    def loop(self, s: ast.stmt, env: Dict[str, Taint]) -> Dict[str, Taint]:
        count, elements = (None, {}) if isinstance(s, ast.While) else self.iterations(s, env)
        if isinstance(s, ast.While):
            self.expr(s.test, env)
        saved = dict(self.layers)
        self.layers.update(elements)
        # The first pass through the body starts from the state before the loop: exact.
        self.undecided += 0 if count else 1  # a loop that may not run is a branch
        first = self.block(s.body, self.entered(s, dict(env)))
        self.undecided -= 0 if count else 1
        after = None
        if first is not None and count and self.loops < 2:
            # What one iteration hands the next: reported only when there surely is a next.
            self.loops += 1
            silent = self.silent
            self.silent = silent or count < 2
            second = self.block(s.body, self.entered(s, dict(first)))
            self.silent = True
            third = self.block(s.body, self.entered(s, dict(second))) if second is not None else None
            self.silent = silent
            self.loops -= 1
            if third is not None:
                after = {k: same_in_all([first[k], second[k], third[k]]) for k in third if k in first and k in second}
        self.layers = saved
        if after is None:
            after = self.cleared(env, s)
        self.block(s.orelse, dict(after))
        return after

    def entered(self, s: ast.stmt, env: Dict[str, Taint]) -> Dict[str, Taint]:
        if not isinstance(s, ast.While):
            for n in walk(s.target):
                if isinstance(n, ast.Name):
                    env[n.id] = ()
        return env

    def iterations(self, s: ast.stmt, env: Dict[str, Taint]):
        """(how many times the loop surely runs, or None; loop variables bound to ModuleList elements)."""
        self.expr(s.iter, env)
        it, target = s.iter, s.target
        if isinstance(it, ast.Call) and self.ctx.call_qualname(it) == "enumerate" and len(it.args) == 1 \
                and isinstance(target, ast.Tuple) and len(target.elts) == 2:
            it, target = it.args[0], target.elts[1]
        lists, names = [it], [target]
        if isinstance(it, ast.Call) and self.ctx.call_qualname(it) == "zip" and not it.keywords \
                and isinstance(target, ast.Tuple) and len(target.elts) == len(it.args):
            lists, names = it.args, target.elts
        if isinstance(it, ast.Call) and self.ctx.call_qualname(it) == "range":
            ends = [self.integer(a) for a in it.args] if 1 <= len(it.args) <= 2 and not it.keywords else [None]
            if None in ends:
                return None, {}
            return max(0, ends[-1] - (ends[0] if len(ends) == 2 else 0)), {}
        counts, bound = [], {}
        for lst, name in zip(lists, names):
            many = self.many(lst)
            element = many.element() if many is not None else None
            if element is None or not isinstance(name, ast.Name):
                return None, {}
            counts.append(many.count)
            bound[name.id] = element
        return (min(counts) if counts else None), bound

    def many(self, node: ast.AST) -> Optional[Many]:
        if self.owner and is_attr_of(node, self.owner):
            part = self.resolver.attr_part(node.attr)
            return part if isinstance(part, Many) else None
        return None

    def integer(self, node: ast.AST) -> Optional[int]:
        if isinstance(node, ast.Call) and self.ctx.call_qualname(node) == "len" and len(node.args) == 1:
            many = self.many(node.args[0])
            if many is not None:
                return many.count
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Sub) and isinstance(node.right, ast.Constant) \
                and type(node.right.value) is int:
            left = self.integer(node.left)
            return left - node.right.value if left is not None else None
        return self.resolver.names.integer(node)

    def cleared(self, env: Dict[str, Taint], s: ast.stmt) -> Dict[str, Taint]:
        out = dict(env)
        for n in walk(s):
            if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)):
                out[n.id] = ()
        return out

