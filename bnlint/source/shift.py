"""Variance-shift data flow (BN001): which dropout's output reaches a BatchNorm before any normalisation.

Two places are followed:
- nn.Sequential literals (positional, OrderedDict, lists built then unpacked with `*`, nested
  Sequentials), resolved into parts in call order;
- methods of a Module: values flow through local names, nested calls of `self.<layer>` defined in
  `__init__`, functional calls and tensor reshapes. Straight-line code is followed exactly; at a join
  of branches a value keeps a dropout only when every branch gave it one.

Anything not understood (custom layers, residual sums, calls of unknown functions) ends the flow:
no finding is better than a wrong one.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field, replace
from typing import Callable, Dict, List, Optional, Tuple, Union

from bnlint.diagnostic import Position
from bnlint.source import layers
from bnlint.source.classes import ClassInfo, is_attr_of, self_param
from bnlint.source.context import CHILD_FIELDS, FileContext, argument, walk

SEQUENTIAL = "torch.nn.Sequential"
ORDERED_DICT = ("collections.OrderedDict", "OrderedDict", "typing.OrderedDict")


# --------------------------------------------------------------------------- Sequential structure
@dataclass(eq=False)
class Container:
    """A literal whose items sit next to each other in the source: call arguments, a list, a dict."""

    node: ast.AST
    items: List["Item"] = field(default_factory=list)


@dataclass(eq=False)
class Item:
    """The source text of one layer entry (`nn.Dropout(0.5)`, `("drop", nn.Dropout(0.5))`, `drop=...`)."""

    start: Position
    end: Position
    container: Optional[Container]
    index: int = 0


@dataclass(eq=False)
class Leaf:
    kind: Optional[str]  # layers.DROPOUT / BATCHNORM / NORM / PASS, or None (unknown)
    node: ast.expr  # the layer expression where it is used
    qualname: Optional[str] = None
    definition: Optional[ast.Call] = None  # the constructor call, where it is in the file
    attr: Optional[str] = None  # when the layer is `self.<attr>`
    item: Optional[Item] = None


@dataclass(eq=False)
class Seq:
    call: ast.Call
    parts: List[Union[Leaf, "Seq"]] = field(default_factory=list)
    item: Optional[Item] = None

    def has_batchnorm(self) -> bool:
        return any(contains_batchnorm(p) for p in self.parts)


Part = Union[Leaf, Seq]


def contains_batchnorm(part: Part) -> bool:
    return part.has_batchnorm() if isinstance(part, Seq) else part.kind == layers.BATCHNORM


def is_activation(part: Part) -> bool:
    return isinstance(part, Leaf) and layers.canonical(part.qualname) in layers.ACTIVATION_LAYERS


# --------------------------------------------------------------------------- flow values
@dataclass(frozen=True, eq=False)
class Source:
    """A dropout whose output is being followed."""

    node: ast.AST  # where it is reported: the layer in a Sequential, or the call in a method
    label: str
    definition: Optional[ast.Call] = None  # the constructor a Uout fix replaces
    attr: Optional[str] = None  # `self.<attr>` whose every use a fix at the definition changes
    use: Optional[ast.AST] = None  # the use of attr this flow went through
    seq: Optional[Seq] = None  # the Sequential holding it directly (for a move)
    part: Optional[Leaf] = None
    probe: bool = False  # not a dropout: marks the output of the Sequential `node` (where does it go?)

    @property
    def key(self):
        # Two calls of one `self.drop` are the same dropout when branches join.
        return ("attr", self.attr, id(self.definition)) if self.attr else ("node", id(self.node))


@dataclass(frozen=True)
class Finding:
    source: Source
    batchnorm: str  # label of the BatchNorm it feeds
    bn_node: ast.AST
    internal: bool  # dropout and BatchNorm in one Sequential


Taint = Tuple[Source, ...]
Report = Callable[[Finding], None]


def _same_in_both(a: Taint, b: Taint) -> Taint:
    keys_b = {s.key for s in b}
    keys_a = {s.key for s in a}
    both = [s for s in a if s.key in keys_b] + [s for s in b if s.key in keys_a]
    return _unique(both)


def _unique(taint) -> Taint:
    seen, out = set(), []
    for s in taint:
        if id(s.node) not in seen:
            seen.add(id(s.node))
            out.append(s)
    return tuple(out)


def label_of(ctx: FileContext, node: ast.AST, limit: int = 60) -> str:
    text = " ".join(ctx.segment(node).split())
    return f"`{text if len(text) <= limit else text[: limit - 3] + '...'}`"


# --------------------------------------------------------------------------- resolving layers
class Resolver:
    """Turns layer expressions into Leaf / Seq, with what the class knows about `self.<attr>`."""

    def __init__(self, ctx: FileContext, info: Optional[ClassInfo] = None):
        self.ctx = ctx
        self.info = info
        self._attrs: Dict[str, Optional[Part]] = {}

    def qualname(self, node: ast.AST) -> Optional[str]:
        """Import-resolved name, only for names that really come from an import."""
        root = node
        while isinstance(root, ast.Attribute):
            root = root.value
        if not isinstance(root, ast.Name) or root.id not in self.ctx.imports:
            return None
        return self.ctx.qualname(node)

    def is_sequential(self, node: ast.AST) -> bool:
        return isinstance(node, ast.Call) and layers.canonical(self.qualname(node.func)) == SEQUENTIAL

    def attr_part(self, attr: str, _depth: int = 0) -> Optional[Part]:
        """What `self.<attr>` is, when the class assigns it exactly once."""
        if self.info is None or attr in self.info.methods or _depth > 4:
            return None
        if attr not in self._attrs:
            self._attrs[attr] = None  # guards against `self.a = self.a`
            value = self.info.single_value(attr)
            found = self.info.assigns.get(attr)
            owner = self_param(self.ctx, found[0].method) if found else None
            self._attrs[attr] = self.layer(value, owner, _depth + 1) if value is not None else None
        return self._attrs[attr]

    def layer(self, node: ast.expr, owner: Optional[str], _depth: int = 0) -> Part:
        if self.is_sequential(node):
            return self.sequential(node, owner)
        if isinstance(node, ast.Call):
            qn = self.qualname(node.func)
            kind = literal_kind(layers.layer_kind(qn), node, qn)
            return Leaf(kind, node, layers.canonical(qn), definition=node if kind else None)
        if owner and is_attr_of(node, owner):
            part = self.attr_part(node.attr, _depth)
            if isinstance(part, Leaf):
                return Leaf(part.kind, node, part.qualname, part.definition, attr=node.attr)
            if isinstance(part, Seq):
                return part
        return Leaf(None, node)

    # ----------------------------------------------------------------- nn.Sequential(...)
    def sequential(self, call: ast.Call, owner: Optional[str]) -> Seq:
        seq = Seq(call)
        args = call.args
        if call.keywords:
            seq.parts.append(Leaf(None, call))
            return seq
        if len(args) == 1 and isinstance(args[0], ast.Call) and self.ctx.call_qualname(args[0]) in ORDERED_DICT:
            for item, value in self._ordered_dict(args[0]):
                seq.parts.append(self._part(value, owner, item))
            return seq
        plain = not any(isinstance(a, ast.Starred) for a in args)
        container = Container(call) if plain else None
        for arg in args:
            if isinstance(arg, ast.Starred):
                listed = self._starred(arg.value, call)
                if listed is None:
                    seq.parts.append(Leaf(None, arg))
                    continue
                for item, value in listed:
                    seq.parts.append(self._part(value, owner, item))
            else:
                item = self._item(arg, arg, container)
                seq.parts.append(self._part(arg, owner, item))
        return seq

    def _part(self, value: ast.expr, owner: Optional[str], item: Optional[Item]) -> Part:
        part = self.layer(value, owner)
        if isinstance(part, Seq) and part.call is not value:
            # `self.block` naming a Sequential defined elsewhere: its own items stay where they are.
            return Seq(part.call, part.parts, item)
        part.item = item
        return part

    def _item(self, first: ast.AST, last: ast.AST, container: Optional[Container]) -> Item:
        item = Item(self.ctx.start(first), self.ctx.end(last), container)
        if container is not None:
            item.index = len(container.items)
            container.items.append(item)
        return item

    def _ordered_dict(self, call: ast.Call) -> List[Tuple[Item, ast.expr]]:
        out: List[Tuple[Item, ast.expr]] = []
        if call.keywords and not call.args:
            box = Container(call)
            for kw in call.keywords:
                if kw.arg is None:
                    return [(Item(self.ctx.start(kw), self.ctx.end(kw), None), kw.value)]
                out.append((self._item(kw, kw, box), kw.value))
            return out
        if len(call.args) != 1 or call.keywords:
            return [(Item(self.ctx.start(call), self.ctx.end(call), None), call)]
        arg = call.args[0]
        box = Container(arg)
        if isinstance(arg, (ast.List, ast.Tuple)):
            for elt in arg.elts:
                if isinstance(elt, ast.Tuple) and len(elt.elts) == 2:
                    out.append((self._item(elt, elt, box), elt.elts[1]))
                else:
                    out.append((self._item(elt, elt, None), elt))
        elif isinstance(arg, ast.Dict):
            for key, value in zip(arg.keys, arg.values):
                out.append((self._item(key or value, value, box if key else None), value))
        else:
            out.append((Item(self.ctx.start(arg), self.ctx.end(arg), None), arg))
        return out

    def _starred(self, value: ast.expr, call: ast.Call) -> Optional[List[Tuple[Item, ast.expr]]]:
        """`*[a, b]`, or `*layers` for a list built in straight-line code just before the call."""
        if isinstance(value, (ast.List, ast.Tuple)):
            if any(isinstance(e, ast.Starred) for e in value.elts):
                return None
            box = Container(value)
            return [(self._item(e, e, box), e) for e in value.elts]
        if isinstance(value, ast.Name):
            return self._built_list(value.id, call)
        return None

    def _built_list(self, name: str, call: ast.Call) -> Optional[List[Tuple[Item, ast.expr]]]:
        stmt, block = self._statement_and_block(call)
        if stmt is None:
            return None
        before = block[: block.index(stmt)]
        # The call's own statement may use the name only in the star.
        if sum(1 for n in walk(stmt) if isinstance(n, ast.Name) and n.id == name) != 1:
            return None
        out: List[Tuple[Item, ast.expr]] = []
        steps: List[ast.stmt] = []
        for s in reversed(before):
            if not any(isinstance(n, ast.Name) and n.id == name for n in walk(s)):
                continue
            if (
                isinstance(s, ast.Assign)
                and len(s.targets) == 1
                and isinstance(s.targets[0], ast.Name)
                and s.targets[0].id == name
            ):
                if not isinstance(s.value, (ast.List, ast.Tuple)) or any(
                    isinstance(n, ast.Name) and n.id == name for n in walk(s.value)
                ):
                    return None
                steps.append(s)
                break
            steps.append(s)
        else:
            return None  # never bound in this block: a parameter, a global, a loop
        steps.reverse()
        for s in steps:
            items = self._list_step(s, name)
            if items is None:
                return None
            out += items
        return out

    def _list_step(self, s: ast.stmt, name: str) -> Optional[List[Tuple[Item, ast.expr]]]:
        def literal(node):
            if isinstance(node, (ast.List, ast.Tuple)) and not any(isinstance(e, ast.Starred) for e in node.elts):
                if any(isinstance(n, ast.Name) and n.id == name for n in walk(node)):
                    return None
                box = Container(node)
                return [(self._item(e, e, box), e) for e in node.elts]
            return None

        if isinstance(s, ast.Assign):
            return literal(s.value)
        if isinstance(s, ast.AugAssign) and isinstance(s.op, ast.Add) and isinstance(s.target, ast.Name):
            return literal(s.value)
        if isinstance(s, ast.Expr) and isinstance(s.value, ast.Call):
            c = s.value
            if (
                isinstance(c.func, ast.Attribute)
                and isinstance(c.func.value, ast.Name)
                and c.func.value.id == name
                and len(c.args) == 1
                and not c.keywords
                and not any(isinstance(n, ast.Name) and n.id == name for n in walk(c.args[0]))
            ):
                if c.func.attr == "append" and not isinstance(c.args[0], ast.Starred):
                    return [(self._item(c.args[0], c.args[0], None), c.args[0])]
                if c.func.attr == "extend":
                    return literal(c.args[0])
        return None

    def _statement_and_block(self, node: ast.AST):
        child = node
        for anc in self.ctx.ancestors(node):
            if isinstance(child, ast.stmt):
                for fld in ("body", "orelse", "finalbody"):
                    block = getattr(anc, fld, None)
                    if isinstance(block, list) and child in block:
                        return child, block
                return None, None
            child = anc
        return None, None


# --------------------------------------------------------------------------- flows
def flow_sequential(seq: Seq, taint: Taint, ctx: FileContext, report: Report) -> Taint:
    """Follow a Sequential from its input; return what reaches its output."""
    for part in seq.parts:
        if isinstance(part, Seq):
            taint = _unique(flow_sequential(part, taint, ctx, report) + (probe(part),))
            continue
        if part.kind == layers.DROPOUT:
            src = Source(part.node, label_of(ctx, part.node), part.definition, part.attr,
                         part.node if part.attr else None, seq, part)
            taint = _unique(taint + (src,))
        elif part.kind == layers.BATCHNORM:
            for src in taint:
                report(Finding(src, label_of(ctx, part.node), part.node, internal=src.seq is not None
                               and _inside(part, src.seq)))
            taint = ()
        elif part.kind != layers.PASS:
            taint = ()
    return taint


def probe(seq: Seq) -> Source:
    return Source(seq.call, "", probe=True)


def _inside(leaf: Leaf, seq: Seq) -> bool:
    return any(p is leaf or (isinstance(p, Seq) and _inside(leaf, p)) for p in seq.parts)


class MethodFlow:
    """Follow values through one function body (a method of a Module, or a plain function)."""

    def __init__(self, ctx: FileContext, resolver: Resolver, func: ast.AST, owner: Optional[str], report: Report):
        self.ctx, self.resolver, self.func, self.owner, self.report = ctx, resolver, func, owner, report

    def run(self) -> None:
        self.block(self.func.body, {})

    # ----------------------------------------------------------------- statements
    def block(self, stmts, env: Dict[str, Taint]) -> Optional[Dict[str, Taint]]:
        for s in stmts:
            env = self.stmt(s, env)
            if env is None:
                return None
        return env

    def stmt(self, s: ast.stmt, env: Dict[str, Taint]) -> Optional[Dict[str, Taint]]:
        if isinstance(s, ast.Assign):
            t = self.expr(s.value, env)
            for target in s.targets:
                self.bind(target, t, env)
        elif isinstance(s, ast.AnnAssign):
            if s.value is not None:
                self.bind(s.target, self.expr(s.value, env), env)
        elif isinstance(s, ast.AugAssign):
            self.expr(s.value, env)
            self.bind(s.target, (), env)
        elif isinstance(s, ast.Expr):
            self.expr(s.value, env)
        elif isinstance(s, ast.Return):
            if s.value is not None:
                self.expr(s.value, env)
            return None
        elif isinstance(s, (ast.Raise, ast.Break, ast.Continue)):
            return None
        elif isinstance(s, ast.If):
            self.expr(s.test, env)
            return self.join(self.block(s.body, dict(env)), self.block(s.orelse, dict(env)))
        elif isinstance(s, (ast.For, ast.AsyncFor, ast.While)):
            self.expr(s.iter if not isinstance(s, ast.While) else s.test, env)
            # The first pass through the body starts from the state before the loop: exact.
            first = dict(env)
            if not isinstance(s, ast.While):
                self.bind(s.target, (), first)
            self.block(s.body, first)
            after = self.cleared(env, s)
            self.block(s.orelse, dict(after))
            return after
        elif isinstance(s, (ast.With, ast.AsyncWith)):
            for item in s.items:
                self.expr(item.context_expr, env)
                if item.optional_vars is not None:
                    self.bind(item.optional_vars, (), env)
            return self.block(s.body, env)
        elif isinstance(s, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            env[s.name] = ()
        elif isinstance(s, ast.Assert):
            self.expr(s.test, env)
        elif isinstance(s, ast.Delete):
            for t in s.targets:
                self.bind(t, (), env)
        elif isinstance(s, (ast.Pass, ast.Global, ast.Nonlocal, ast.Import, ast.ImportFrom)):
            pass
        else:  # try, match, ...: the body from its start is exact, the rest is not followed
            cleared = self.cleared(env, s)
            if isinstance(s, ast.Try) or type(s).__name__ == "TryStar":
                self.block(s.body, dict(env))
            return cleared
        return env

    def cleared(self, env: Dict[str, Taint], s: ast.stmt) -> Dict[str, Taint]:
        out = dict(env)
        for n in walk(s):
            if isinstance(n, ast.Name) and isinstance(n.ctx, (ast.Store, ast.Del)):
                out[n.id] = ()
        return out

    def join(self, a, b):
        if a is None or b is None:
            return b if a is None else a
        return {k: _same_in_both(a[k], b[k]) for k in a.keys() & b.keys()}

    def bind(self, target: ast.AST, t: Taint, env: Dict[str, Taint]) -> None:
        if isinstance(target, ast.Name):
            env[target.id] = t
        elif isinstance(target, (ast.Tuple, ast.List)):
            for e in target.elts:
                self.bind(e.value if isinstance(e, ast.Starred) else e, (), env)
        else:  # attributes and subscripts: look inside for flows, keep nothing
            for child in ast.iter_child_nodes(target):
                if isinstance(child, ast.expr):
                    self.expr(child, env)

    # ----------------------------------------------------------------- expressions
    def expr(self, node: ast.AST, env: Dict[str, Taint]) -> Taint:
        if isinstance(node, ast.Name):
            return env.get(node.id, ())
        if type(node) is ast.Constant:
            return ()
        if isinstance(node, ast.Call):
            return self.call(node, env)
        if isinstance(node, ast.NamedExpr):
            t = self.expr(node.value, env)
            env[node.target.id] = t
            return t
        if isinstance(node, ast.IfExp):
            self.expr(node.test, env)
            return _same_in_both(self.expr(node.body, env), self.expr(node.orelse, env))
        if isinstance(node, ast.Lambda):
            return ()
        if isinstance(node, (ast.ListComp, ast.SetComp, ast.GeneratorExp, ast.DictComp)):
            inner = dict(env)
            for gen in node.generators:
                self.expr(gen.iter, inner)
                for n in walk(gen.target):
                    if isinstance(n, ast.Name):
                        inner[n.id] = ()
                for cond in gen.ifs:
                    self.expr(cond, inner)
            for part in ("elt", "key", "value"):
                if hasattr(node, part):
                    self.expr(getattr(node, part), inner)
            return ()
        for field in CHILD_FIELDS[type(node)]:
            value = getattr(node, field, None)
            for child in value if type(value) is list else (value,):
                if isinstance(child, ast.expr):
                    self.expr(child, env)
                elif isinstance(child, ast.keyword):
                    self.expr(child.value, env)
        return ()

    def rest(self, call: ast.Call, env, skip: Optional[ast.AST] = None) -> None:
        for a in list(call.args) + [k.value for k in call.keywords]:
            if a is not skip:
                self.expr(a, env)

    def call(self, call: ast.Call, env: Dict[str, Taint]) -> Taint:
        func = call.func
        one_arg = len(call.args) == 1 and not call.keywords and not isinstance(call.args[0], ast.Starred)
        if self.owner and is_attr_of(func, self.owner):
            part = self.resolver.attr_part(func.attr)
            if part is None or not one_arg:
                self.rest(call, env)
                return ()
            return self.apply(part, self.expr(call.args[0], env), call, func)
        qn = self.resolver.qualname(func)
        kind = layers.function_kind(qn)
        if kind is not None:
            data = call.args[0] if call.args and not isinstance(call.args[0], ast.Starred) else None
            if data is None:
                kw = next((k for k in call.keywords if k.arg == "input"), None)
                data = kw.value if kw else None
            self.rest(call, env, skip=data)
            t = self.expr(data, env) if data is not None else ()
            if kind == layers.DROPOUT:
                if not dropout_active(call, qn):
                    return t
                src = Source(call, label_of(self.ctx, call))
                return _unique(t + (src,))
            if kind == layers.PASS:
                return t
            if kind == layers.BATCHNORM:
                self.found(t, call, label_of(self.ctx, call))
            return ()
        if isinstance(func, ast.Attribute) and qn is None and func.attr in layers.PASS_THROUGH_METHODS:
            t = self.expr(func.value, env)
            self.rest(call, env)
            return t
        if not isinstance(func, ast.Name):
            self.expr(func, env)
        self.rest(call, env)
        return ()

    def apply(self, part: Part, t: Taint, call: ast.Call, use: ast.Attribute) -> Taint:
        label = label_of(self.ctx, call.func)
        if isinstance(part, Seq):
            came_in = {id(s.node) for s in t}
            out = flow_sequential(part, t, self.ctx, self.report)
            # A dropout of the Sequential that leaves it goes wherever this use of the Sequential goes.
            out = tuple(s if id(s.node) in came_in else replace(s, attr=use.attr, use=use) for s in out)
            return _unique(out + (probe(part),))
        if part.kind == layers.DROPOUT:
            src = Source(call, label, part.definition, use.attr, use)
            return _unique(t + (src,))
        if part.kind == layers.PASS:
            return t
        if part.kind == layers.BATCHNORM:
            self.found(t, call, label)
        return ()

    def found(self, t: Taint, bn_node: ast.AST, label: str) -> None:
        for src in t:
            self.report(Finding(src, label, bn_node, internal=False))


def _is_zero(node: Optional[ast.AST]) -> bool:
    return isinstance(node, ast.Constant) and not isinstance(node.value, (bool, str)) and node.value == 0


def literal_kind(kind: Optional[str], call: ast.Call, qualname: Optional[str]) -> Optional[str]:
    """A layer's kind as its literal arguments make it: `nn.Dropout(0.0)` is the identity, and a BatchNorm
    with `track_running_stats=False` keeps no running statistics (it normalises with the batch's in both
    modes, like the other norms), so neither has a variance shift."""
    if kind == layers.DROPOUT and _is_zero(argument(call, "p", 0)):
        return layers.PASS
    if kind == layers.BATCHNORM:
        # BatchNorm1d(num_features, eps, momentum, affine, track_running_stats); the Lazy ones lack num_features
        stats = argument(call, "track_running_stats", 3 if "Lazy" in (qualname or "") else 4)
        if isinstance(stats, ast.Constant) and stats.value is False:
            return layers.NORM
    return kind


def dropout_active(call: ast.Call, qualname: str) -> bool:
    """Whether a functional dropout drops in train mode (F.alpha_dropout defaults to training=False;
    `p=0` drops nothing)."""
    param, index, default = layers.DROPOUT_FUNCTIONS[qualname]
    if _is_zero(argument(call, "p", 1)):
        return False
    arg = argument(call, param, index)
    if arg is None:
        return default
    return not (isinstance(arg, ast.Constant) and arg.value in (False, 0, None))
