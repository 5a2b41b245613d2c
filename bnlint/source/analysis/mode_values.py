"""Whether a value (a dropout rate, an attention dropout_p) follows the train/eval mode, is zero, or is decided by
the caller, as far as the function around it and the file show."""

from __future__ import annotations

import ast
import re
from pathlib import PurePath
from typing import Callable, List, Optional, Set

from bnlint.source.analysis.evidence import module_self
from bnlint.source.context import FileContext
from bnlint.source.semantic.classes import class_chain, class_info, methods
from bnlint.source.semantic.nodes import walk
from bnlint.torch_api import FLAG_NAMES


class FunctionValues:
    """What the function around a call says about the names in one of its arguments (a dropout rate)."""

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

    # ------------------------------------------------------------------ zero where it runs
    def zero_where_it_runs(self, node: ast.AST, expr: ast.AST) -> bool:
        """node only runs where `expr` is falsy: inside `if not expr:`, the else of `if expr:`, or the matching
        side of a conditional expression (`x if expr else F.dropout(x, expr)`): a rate of 0."""
        text = ast.dump(expr)
        child = node
        for anc in self.ctx.ancestors(node):
            if anc is self.func:
                return False
            if isinstance(anc, (ast.If, ast.IfExp)):
                test, truth = anc.test, True
                while isinstance(test, ast.UnaryOp) and isinstance(test.op, ast.Not):
                    test, truth = test.operand, not truth
                in_body = child in anc.body if isinstance(anc, ast.If) else child is anc.body
                in_else = child in anc.orelse if isinstance(anc, ast.If) else child is anc.orelse
                if ast.dump(test) == text and ((in_body and not truth) or (in_else and truth)):
                    return True
            child = anc
        return False

    # ------------------------------------------------------------------ what callers pass
    def callers_pass_off(self, expr: ast.AST, depth: int = 0) -> bool:
        """`expr` is a parameter of this function (or `self.<attr>` set from an `__init__` parameter), and every
        call (construction) of it in the file passes a value that is zero or follows the mode, or a parameter of
        the caller that its own callers pass so (a few levels up). No call in the file, or one we cannot read
        (`*args`), says nothing: False."""
        if depth > 3:
            return False

        def off(values: "FunctionValues", value: ast.AST) -> bool:
            return values.is_zero(value) or values.follows_mode(value) or values.callers_pass_off(value, depth + 1)

        if isinstance(expr, ast.Name) and expr.id in self.params and self.func is not None:
            parent = self.ctx.parents.get(self.func)
            owner = parent if self.func.name == "__init__" and isinstance(parent, ast.ClassDef) else None
            return every_call_passes(self.ctx, self.func, expr.id, off, constructor_of=owner)
        if isinstance(expr, ast.Attribute) and isinstance(expr.value, ast.Name) and expr.value.id == self.owner:
            cls = self.ctx.enclosing_class(self.call)
            info = class_info(self.ctx, cls) if cls is not None else None
            value = info.single_value(expr.attr) if info is not None else None
            init = info.methods.get("__init__") if info is not None else None
            if isinstance(value, ast.Name) and init is not None and value.id in _parameters(init):
                return every_call_passes(self.ctx, init, value.id, off, constructor_of=cls)
        return False


def _parameters(func: ast.AST) -> List[str]:
    a = func.args
    return [x.arg for x in a.posonlyargs + a.args + a.kwonlyargs]


def _default(func: ast.AST, name: str) -> Optional[ast.AST]:
    a = func.args
    positional = a.posonlyargs + a.args
    defaults = dict(zip([p.arg for p in positional[len(positional) - len(a.defaults):]], a.defaults))
    defaults.update({p.arg: d for p, d in zip(a.kwonlyargs, a.kw_defaults) if d is not None})
    return defaults.get(name)


def _call_sites(ctx: FileContext, func: ast.AST, constructor_of: Optional[ast.ClassDef]) -> List[ast.Call]:
    """Calls in the file that run func: `Cls(...)` for a constructor, `self.name(...)` in the class for a method,
    `name(...)` for a function of the file."""
    parent = ctx.parents.get(func)
    found = []
    for call in ctx.nodes_of(ast.Call):
        f = call.func
        if constructor_of is not None:
            if isinstance(f, ast.Name) and f.id == constructor_of.name and f.id not in ctx.imports:
                found.append(call)
        elif isinstance(parent, ast.ClassDef):
            if (isinstance(f, ast.Attribute) and f.attr == func.name and isinstance(f.value, ast.Name)
                    and ctx.enclosing_class(call) is parent and module_self(ctx, call) == f.value.id):
                found.append(call)
        elif isinstance(f, ast.Name) and f.id == func.name and f.id not in ctx.imports:
            found.append(call)
    return found


def every_call_passes(ctx: FileContext, func: ast.AST, name: str, accept: Callable[["FunctionValues", ast.AST], bool],
                      constructor_of: Optional[ast.ClassDef] = None) -> bool:
    """Every call of func in the file (every construction of `constructor_of`) passes, for parameter `name`, a
    value `accept(values at the call, value)` accepts (the default when it passes none). False when there is no
    call in the file or one we cannot read (`*args`)."""
    sites = _call_sites(ctx, func, constructor_of)
    if not sites:
        return False
    params = _parameters(func)
    positional = [p.arg for p in func.args.posonlyargs + func.args.args]
    if constructor_of is not None or isinstance(ctx.parents.get(func), ast.ClassDef):
        positional = positional[1:]
    for call in sites:
        if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
            return False
        value = next((k.value for k in call.keywords if k.arg == name), None)
        if value is None and name in positional and positional.index(name) < len(call.args):
            value = call.args[positional.index(name)]
        if value is None:
            value = _default(func, name) if name in params else None
        if value is None or not accept(FunctionValues(ctx, call), value):
            return False
    return True


# Monte Carlo dropout: dropout on at inference on purpose, said by the names of the classes, methods or file.
_MC_DROPOUT = re.compile(r"mc_?d(rop)?o(ut)?|monte_?carlo|(^|_)mc(_|$)", re.I)


def states_mc_dropout(ctx: FileContext, node: ast.AST) -> bool:
    """The Module class around node (or a base of it in the file) is a Monte Carlo dropout model by its name or
    a method's (`AlexNetMCDropout`, `mc_prediction`), or the file is one (`resnet_mcdo_block.py`)."""
    if _MC_DROPOUT.search(PurePath(ctx.path).stem):
        return True
    cls = ctx.enclosing_class(node)
    if cls is None:
        return False
    for c in class_chain(ctx, cls):
        if _MC_DROPOUT.search(c.name) or any(_MC_DROPOUT.search(m) for m in methods(c)):
            return True
    return False
