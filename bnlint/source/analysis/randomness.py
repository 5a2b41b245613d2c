"""Randomness in a Module's forward (BN003): which random draws forward reaches, whether it reads the mode
flag, and what the draws do to the output (rescaled masks, added noise, a sub-layer applied at random)."""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Set

from bnlint import torch_api
from bnlint.source.context import FileContext
from bnlint.source.analysis.perturbation import InputPerturbation, Perturbed
from bnlint.source.semantic.classes import ClassInfo, module_functions, reachable, self_parameter
from bnlint.source.semantic.nodes import argument, is_attr_of, walk

@dataclass
class Draw:
    node: ast.Call
    zero_mean: bool
    rescales: bool = False  # a library op that rescales at train time itself (F.dropout, drop_block2d)


@dataclass
class Scan:
    """What forward and everything it calls do with randomness and the mode flag."""

    draws: List[Draw] = field(default_factory=list)
    at: Optional[ast.AST] = None  # where to report: a draw in the class, or the call leading to one
    reads_flag: bool = False
    uses_train_method: Optional[ast.AST] = None  # `self.train` read as if it were the flag
    rescales: bool = False  # divides a random mask by something (inverted dropout, drop path, DropBlock)
    adds_noise: bool = False  # adds a random term to a value
    scales_by_parameter: bool = False  # random term multiplied by a learned nn.Parameter: noise injection
    wrapped_layer: Optional[ast.Call] = None  # `self.f(x)`: a sub-layer applied to the input
    gated_layer: Optional[ast.Call] = None  # one whose use a random draw decides (stochastic depth)
    perturbed: Optional[Perturbed] = None  # how forward returns its input perturbed at random: a regulariser



def imported_name(ctx: FileContext, node: ast.AST) -> Optional[str]:
    root = node
    while isinstance(root, ast.Attribute):
        root = root.value
    return ctx.qualname(node) if isinstance(root, ast.Name) and root.id in ctx.imports else None


def _literal(node: Optional[ast.AST], *values) -> bool:
    return isinstance(node, ast.Constant) and not isinstance(node.value, str) and node.value in values


def draw_of(ctx: FileContext, call: ast.Call) -> Optional[Draw]:
    qn = imported_name(ctx, call.func)
    if qn is not None:
        if qn in torch_api.DROPOUT_FUNCTIONS or qn in torch_api.STOCHASTIC_DEPTH_FUNCTIONS:
            param, index, default = {**torch_api.DROPOUT_FUNCTIONS, **torch_api.STOCHASTIC_DEPTH_FUNCTIONS}[qn]
            flag = argument(call, param, index)
            # F.dropout without training= is BN002's, and an explicit training=True says dropout at inference
            # is meant (Monte Carlo dropout, a Tacotron prenet); here only a torchvision op whose training=
            # defaults to True.
            on = flag is None and default and not qn.startswith("torch.nn.functional") and qn != "torch.dropout"
            return Draw(call, False, rescales=True) if on else None
        if qn in torch_api.ZERO_MEAN_FUNCTIONS:
            return Draw(call, True)
        if qn in torch_api.ZERO_MEAN_WITH_MEAN_ARG:
            return Draw(call, _literal(argument(call, "mean" if not qn.startswith("random.") else "mu", 0), 0))
        if torch_api.is_random_function(qn):
            return Draw(call, False)
        return None
    if isinstance(call.func, ast.Attribute) and call.func.attr in torch_api.RANDOM_METHODS:
        if call.func.attr in torch_api.ZERO_MEAN_METHODS:
            mean = argument(call, "mean", 0)
            return Draw(call, mean is None or _literal(mean, 0))
        return Draw(call, False)
    return None


def _names(node: ast.AST) -> Set[str]:
    return {n.id for n in walk(node) if isinstance(n, ast.Name)}


def _is_division(node: ast.AST) -> bool:
    return (isinstance(node, (ast.BinOp, ast.AugAssign)) and isinstance(node.op, ast.Div)) or (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("div", "div_"))


def _is_addition(node: ast.AST) -> bool:
    return (isinstance(node, (ast.BinOp, ast.AugAssign)) and isinstance(node.op, (ast.Add, ast.Sub))) or (
        isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("add", "add_"))


def _operands(node: ast.AST) -> List[ast.AST]:
    if isinstance(node, ast.BinOp):
        return [node.left, node.right]
    if isinstance(node, ast.AugAssign):
        return [node.target, node.value]
    return [node.func.value] + list(node.args)


def _body_nodes(func: ast.AST) -> Iterator[ast.AST]:
    """The nodes of a function's body: its default arguments and decorators run once, at definition."""
    body = func.body if isinstance(func.body, list) else [func.body]
    for stmt in body:
        yield from walk(stmt)


def _own_nodes(stmt: ast.stmt) -> List[ast.AST]:
    """The expressions of a statement itself, not those of the statements in its body."""
    out: List[ast.AST] = []
    for _, value in ast.iter_fields(stmt):
        for v in value if isinstance(value, list) else [value]:
            if isinstance(v, ast.AST) and not isinstance(v, (ast.stmt, ast.excepthandler, ast.match_case)):
                out.extend(walk(v))
    return out


def scan_class(ctx: FileContext, cls: ast.ClassDef, info: ClassInfo, input_name: Optional[str]) -> Scan:
    scan = Scan()
    functions = reachable(ctx, info)
    parameters = {a for a, found in info.assigns.items()
                  if any(isinstance(f.value, ast.Call) and ctx.call_qualname(f.value) in torch_api.PARAMETER_CLASSES for f in found)}
    # Each followed function's calls with what they call, resolved once (the fixpoint and the
    # never-passed-option check below both ask).
    calls = {id(func): [(n, _callee(ctx, n, owner, info)) for n in walk(func) if isinstance(n, ast.Call)]
             for func, owner in functions}
    sites: Dict[int, List[ast.Call]] = {}
    for func, _ in functions:
        for call, callee in calls[id(func)]:
            if callee is not None:
                sites.setdefault(id(callee), []).append(call)
    per_function: Dict[int, List[Draw]] = {}
    for func, owner in functions:
        off = _switched_off(func, owner, sites.get(id(func), []))
        found = [d for d in (draw_of(ctx, n) for n in _body_nodes(func) if isinstance(n, ast.Call))
                 if d and not _under_switch(ctx, d.node, func, off)]
        per_function[id(func)] = found
        scan.draws += found
        for n in walk(func):
            if isinstance(n, ast.Attribute) and isinstance(n.ctx, ast.Load):
                if n.attr == "training" or (is_attr_of(n, owner) and n.attr in torch_api.FLAG_NAMES - {"train"}):
                    scan.reads_flag = True
                elif is_attr_of(n, owner, "train") and not isinstance(ctx.parents.get(n), ast.Call):
                    scan.uses_train_method = scan.uses_train_method or n
            elif isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load) and n.id in torch_api.FLAG_NAMES:
                scan.reads_flag = True
    scan.draws.sort(key=lambda d: (d.node.lineno, d.node.col_offset))
    scan.rescales = any(d.rescales for d in scan.draws)
    # Functions that draw, directly or through what they call.
    drawing = {id(f) for f, _ in functions if per_function[id(f)]}
    changed = True
    while changed:
        changed = False
        for func, owner in functions:
            if id(func) not in drawing and any(c is not None and id(c) in drawing for _, c in calls[id(func)]):
                drawing.add(id(func))
                changed = True
    in_class = [d.node for d in scan.draws if any(a is cls for a in ctx.ancestors(d.node))]
    scan.at = in_class[0] if in_class else next(
        (call for func, owner in functions if any(a is cls for a in ctx.ancestors(func))
         for call in _calls_in_order(func) if id(_callee(ctx, call, owner, info)) in drawing),
        scan.draws[0].node if scan.draws else None)
    for func, owner in functions:
        _effects(ctx, func, owner, per_function[id(func)], drawing, parameters, info, input_name, scan)
    scan.perturbed = _perturbation(ctx, info, scan, drawing)
    return scan


def _perturbation(ctx: FileContext, info: ClassInfo, scan: Scan, drawing: Set[int]) -> Optional[Perturbed]:
    """How forward returns one of its inputs perturbed by the draws found, if it does."""
    drawn = {id(d.node) for d in scan.draws}
    methods = {id(f) for f in info.methods.values()}

    def random_call(call: ast.Call, owner: Optional[str]) -> bool:
        return id(call) in drawn or id(_callee(ctx, call, owner, info)) in drawing

    def rescaling_op(call: ast.Call) -> bool:
        return id(call) in drawn and any(d.node is call and d.rescales for d in scan.draws)

    def callee(call: ast.Call, owner: Optional[str]):
        target = _callee(ctx, call, owner, info)
        if target is None:
            return None
        return target, self_parameter(ctx, target) if id(target) in methods else None

    forward = info.methods["forward"]
    params = [a.arg for a in forward.args.posonlyargs + forward.args.args + forward.args.kwonlyargs]
    owner = self_parameter(ctx, forward)
    if owner:
        params = params[1:]
    return InputPerturbation(random_call, rescaling_op, callee, lambda node: imported_name(ctx, node)).of(
        forward, owner, params)


def _switched_off(func: ast.AST, owner: Optional[str], sites: List[ast.Call]) -> Set[str]:
    """Parameters of a helper that default to None / False / 0 and that no call of it in the class's
    code (`sites`) passes: `def pos_embed(n, jitter=None)` called as `pos_embed(n)` never jitters."""
    args = func.args
    positional = args.posonlyargs + args.args
    defaults = dict(zip([a.arg for a in positional][len(positional) - len(args.defaults):], args.defaults))
    defaults.update({a.arg: d for a, d in zip(args.kwonlyargs, args.kw_defaults) if d is not None})
    off = {name for name, d in defaults.items() if isinstance(d, ast.Constant) and d.value in (None, False, 0)
           and not isinstance(d.value, str)}
    if not off or not sites:
        return set()  # forward itself, or a helper called from outside what we follow
    names = [a.arg for a in positional][1 if owner else 0:]
    for call in sites:
        if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
            return set()
        off -= set(names[:len(call.args)]) | {k.arg for k in call.keywords}
    return off


def _under_switch(ctx: FileContext, node: ast.AST, func: ast.AST, off: Set[str]) -> bool:
    """Inside `if p:` / `if p is not None:` for a parameter `p` that is never passed."""
    if not off:
        return False
    child = node
    for parent in ctx.ancestors(node):
        if parent is func:
            return False
        if isinstance(parent, ast.If) and any(child is st for st in parent.body):
            test = parent.test
            if isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], ast.IsNot) \
                    and isinstance(test.comparators[0], ast.Constant) and test.comparators[0].value is None:
                test = test.left
            if isinstance(test, ast.Name) and test.id in off:
                return True
        child = parent
    return False


def _callee(ctx: FileContext, call: ast.Call, owner: Optional[str], info: ClassInfo) -> Optional[ast.AST]:
    """The method of self or function of the file a call runs, if it is one."""
    f = call.func
    if owner and is_attr_of(f, owner):
        return info.methods.get(f.attr)
    if isinstance(f, ast.Name) and f.id not in ctx.imports:
        return module_functions(ctx).get(f.id)
    return None


def _calls_in_order(func: ast.AST) -> List[ast.Call]:
    return sorted((n for n in walk(func) if isinstance(n, ast.Call)), key=lambda n: (n.lineno, n.col_offset))


def _effects(ctx, func, owner, draws, drawing, parameters, info, input_name, scan: Scan) -> None:
    """Rescaling, additive noise and wrapped layers, from the values that carry randomness."""
    draw_ids = {id(d.node) for d in draws}

    def random_call(n: ast.AST) -> bool:
        if not isinstance(n, ast.Call):
            return False
        return id(n) in draw_ids or id(_callee(ctx, n, owner, info)) in drawing

    derived: Set[str] = set()
    changed = True
    while changed:  # names assigned from random values, to a fixed point
        changed = False
        for n in walk(func):
            targets, value = [], None
            if isinstance(n, ast.Assign):
                targets, value = n.targets, n.value
            elif isinstance(n, (ast.AugAssign, ast.AnnAssign)) and n.value is not None:
                targets, value = [n.target], n.value
            if value is None:
                continue
            if any(random_call(m) for m in walk(value)) or _names(value) & derived:
                new = {t.id for tg in targets for t in walk(tg) if isinstance(t, ast.Name)} - derived
                if new:
                    derived |= new
                    changed = True

    def is_random(node: ast.AST) -> bool:
        return bool(_names(node) & derived) or any(random_call(m) for m in walk(node))

    for stmt in (n for n in walk(func) if isinstance(n, ast.stmt)):
        inner = [stmt] + _own_nodes(stmt)
        if any(_is_division(m) for m in inner) and any(is_random(m) for m in inner[1:]):
            scan.rescales = True
        for m in inner:
            if _is_addition(m) and any(is_random(o) for o in _operands(m)):
                scan.adds_noise = True
            if isinstance(m, ast.BinOp) and isinstance(m.op, ast.Mult) and any(is_random(o) for o in (m.left, m.right)):
                if any(is_attr_of(a, owner) and a.attr in parameters for o in (m.left, m.right) for a in walk(o)):
                    scan.scales_by_parameter = True
            if (isinstance(m, ast.Call) and is_attr_of(m.func, owner) and m.func.attr not in info.methods
                    and input_name and any(isinstance(a, ast.Name) and a.id == input_name for a in m.args)):
                scan.wrapped_layer = scan.wrapped_layer or m
                if scan.gated_layer is None and _gated(ctx, func, m, is_random):
                    scan.gated_layer = m


def _gated(ctx: FileContext, func: ast.AST, call: ast.Call, is_random) -> bool:
    """Whether a random draw decides if `call` runs or counts: it sits under an `if` (or `a if c else b`)
    with a random test, after such an `if` that returns early, or is multiplied by a random mask."""
    child: ast.AST = call
    for parent in ctx.ancestors(call):
        if isinstance(parent, (ast.If, ast.IfExp, ast.While)) and child is not parent.test and is_random(parent.test):
            return True
        if isinstance(parent, ast.BinOp) and isinstance(parent.op, ast.Mult):
            other = parent.right if child is parent.left else parent.left
            if is_random(other):
                return True
        for block in ("body", "orelse", "finalbody"):
            stmts = getattr(parent, block, None)
            if isinstance(stmts, list) and child in stmts:
                for earlier in stmts[:stmts.index(child)]:
                    if (isinstance(earlier, ast.If) and is_random(earlier.test)
                            and any(isinstance(n, (ast.Return, ast.Raise)) for n in walk(earlier))):
                        return True
        if parent is func:
            return False
        child = parent
    return False
