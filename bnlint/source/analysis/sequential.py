"""What an nn.Sequential, an nn.ModuleList and a Module's `self.<attr>` are made of, for the variance-shift data
flow (BN001).

nn.Sequential literals are resolved into parts in call order: positional, OrderedDict, lists built then
unpacked with `*` (bnlint.source.analysis.layer_lists: branches become a Choice, loops a Loop), nested
Sequentials, `super().__init__(...)` of a Sequential subclass. Each part remembers where its text is (Item), so
that a fix can move or remove it. Layers are classified by bnlint.torch_api: dropout, BatchNorm, another norm,
or a layer the shift passes through; a Module class of the file is a BLOCK (what it does to the flow is its
summary, bnlint.source.analysis.layer_flow); a norm class passed as an argument is followed to its values
(bnlint.source.analysis.layer_values); anything else is unknown and ends a flow.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple, Union

from bnlint import torch_api
from bnlint.source.analysis import layer_lists
from bnlint.source.analysis.bindings import Binding
from bnlint.source.analysis.layer_values import Names
from bnlint.source.analysis.layer_lists import Container, Either, Item, Repeat  # noqa: F401 (re-exported)
from bnlint.source.context import FileContext
from bnlint.source.semantic.classes import ClassInfo, class_chain, self_parameter
from bnlint.source.semantic.nodes import FUNCTION, argument, is_attr_of, walk, written_root

SEQUENTIAL = "torch.nn.Sequential"
MODULE_LIST = "torch.nn.ModuleList"
ORDERED_DICT = ("collections.OrderedDict", "OrderedDict", "typing.OrderedDict")
BLOCK = "block"  # a Module class of the file


# --------------------------------------------------------------------------- parts
@dataclass(eq=False)
class Leaf:
    kind: Optional[str]  # torch_api.DROPOUT / BATCHNORM / NORM / PASS, BLOCK, or None (unknown)
    node: ast.expr  # the layer expression where it is used
    qualname: Optional[str] = None
    definition: Optional[ast.Call] = None  # the constructor call, where it is in the file
    attr: Optional[str] = None  # when the layer is `self.<attr>`
    item: Optional[Item] = None
    cls: Optional[ast.AST] = None  # for a BLOCK: its class; or a function of another file that returns a layer list
    rate: Optional[float] = None  # for a dropout: its probability, where the file states it


@dataclass(eq=False)
class Seq:
    call: ast.Call
    parts: List["Part"] = field(default_factory=list)
    item: Optional[Item] = None

    def has_batchnorm(self) -> bool:
        return any(contains_batchnorm(p) for p in self.parts)


@dataclass(eq=False)
class Loop:
    """Parts a loop adds to a list, repeated `count` times at least (None: unknown, maybe none)."""

    parts: List["Part"]
    count: Optional[int]
    item: Optional[Item] = None


@dataclass(eq=False)
class Choice:
    """Parts the branches of an `if` add: one option is there."""

    options: List[List["Part"]]
    item: Optional[Item] = None


@dataclass(eq=False)
class Many:
    """An nn.ModuleList: its elements, how many there are at least, and the one element that stands for any
    (when all of them act alike on the flow)."""

    node: ast.AST
    elements: List["Part"]
    count: int
    attr: Optional[str] = None
    item: Optional[Item] = None

    def element(self) -> Optional["Part"]:
        shapes = {shape(e) for e in self.elements}
        return self.elements[0] if len(shapes) == 1 and None not in shapes else None


Part = Union[Leaf, Seq, Loop, Choice, Many]


def shape(part: "Part"):
    """What a part does to the flow, comparable between parts (None: too irregular to compare)."""
    if isinstance(part, Leaf):
        weight = torch_api.canonical(part.qualname) in torch_api.WEIGHT_LAYERS
        return (part.kind, weight, id(part.cls)) if part.kind is not None else None
    if isinstance(part, Seq):
        inner = tuple(shape(p) for p in part.parts)
        return None if None in inner else ("seq",) + inner
    return None


def contains_batchnorm(part: Part) -> bool:
    if isinstance(part, Seq):
        return part.has_batchnorm()
    return isinstance(part, Leaf) and part.kind == torch_api.BATCHNORM


def is_activation(part: Part) -> bool:
    return isinstance(part, Leaf) and torch_api.canonical(part.qualname) in torch_api.ACTIVATION_LAYERS


def count(parts: List[Part]) -> int:
    """How many layers the parts are at least."""
    n = 0
    for p in parts:
        if isinstance(p, Loop):
            n += (p.count or 0) * count(p.parts)
        elif isinstance(p, Choice):
            n += min(count(o) for o in p.options)
        else:
            n += 1
    return n


# --------------------------------------------------------------------------- resolving layers
class Resolver:
    """Turns layer expressions into parts, with what the class knows about `self.<attr>`."""

    def __init__(self, ctx: FileContext, info: Optional[ClassInfo] = None, binding: Binding = ()):
        self.ctx = ctx
        self.info = info
        self.binding = binding
        self.names = Names(ctx, binding)
        self._attrs: Dict[str, Optional[Part]] = {}

    def qualname(self, node: ast.AST) -> Optional[str]:
        """Import-resolved name, only for names that really come from an import."""
        return self.ctx.qualname(node) if written_root(node) in self.ctx.imports else None

    def relative(self, node: ast.AST) -> bool:
        """Whether the name comes from a relative import (`from .blocks import ConvBN`, `from . import blocks`)."""
        return written_root(node) in self.ctx.relative_imports

    def is_sequential(self, node: ast.AST) -> bool:
        if not isinstance(node, ast.Call):
            return False
        if torch_api.canonical(self.qualname(node.func)) == SEQUENTIAL:
            return True
        return sequential_init(self.ctx, node)

    def base_sequential(self, cls: ast.ClassDef) -> Optional[Seq]:
        """The layers a Sequential subclass hands nn.Sequential: its one `super().__init__(...)`."""
        init = next((n for n in cls.body if isinstance(n, FUNCTION) and n.name == "__init__"), None)
        calls = [n for n in walk(init) if isinstance(n, ast.Call) and sequential_init(self.ctx, n)] if init else []
        return self.sequential(calls[0], self_parameter(self.ctx, init)) if len(calls) == 1 else None

    def attr_part(self, attr: str, _depth: int = 0) -> Optional[Part]:
        """What `self.<attr>` is, when the class assigns it exactly once."""
        if self.info is None or attr in self.info.methods or _depth > 4:
            return None
        if attr not in self._attrs:
            self._attrs[attr] = None  # guards against `self.a = self.a`
            value = self.info.single_value(attr)
            found = self.info.assigns.get(attr)
            owner = self_parameter(self.ctx, found[0].method) if found else None
            part = self.layer(value, owner, _depth + 1) if value is not None else None
            if isinstance(part, Many) and part.elements == [] and owner:
                part = self._appended(attr, found[0], owner, part)
            self._attrs[attr] = part
        return self._attrs[attr]

    def _appended(self, attr: str, assignment, owner: str, empty: "Many") -> Optional[Part]:
        """`self.x = nn.ModuleList()` and then `self.x.append(...)` in the same method, nowhere else."""
        stmt = self.ctx.parents.get(assignment.target)
        body = assignment.method.body
        if stmt not in body:
            return None
        elsewhere = [u for u in self.info.uses.get(attr, []) if self.ctx.enclosing_function(u) is not assignment.method
                     and isinstance(self.ctx.parents.get(u), ast.Attribute)]
        if elsewhere:
            return None
        entries = layer_lists.statements(self.names, f"{owner}.{attr}", body[body.index(stmt) + 1:])
        if entries is None or entries == layer_lists.DEAD:
            return None
        return self._many(empty.node, entries, owner)

    def layer(self, node: ast.expr, owner: Optional[str], _depth: int = 0) -> Part:
        if self.is_sequential(node):
            return self.sequential(node, owner)
        if isinstance(node, ast.Call):
            qn = self.qualname(node.func)
            if torch_api.canonical(qn) == MODULE_LIST:
                return self.module_list(node, owner)
            found = qn if qn is not None else self.names.layer_class(node.func)
            if isinstance(found, ast.ClassDef):
                if self.ctx.is_module_class(found) and fits(self.ctx, found, node):
                    return Leaf(BLOCK, node, definition=node, cls=found)
                return Leaf(None, node)
            kind = literal_kind(torch_api.layer_kind(found), node, found)
            if kind is None and (qn is not None or self.relative(node.func)):  # a Module class of another project file
                elsewhere = self.ctx.project_class(node.func, module=True)
                if elsewhere is not None and fits(*elsewhere, node):
                    return Leaf(BLOCK, node, definition=node, cls=elsewhere[1])
            rate = None
            if kind == torch_api.DROPOUT:
                p = argument(node, "p", 0)
                if self.names.zero(p):
                    kind = torch_api.PASS  # a rate that is 0 wherever the file says where it comes from
                rate = 0.5 if p is None and torch_api.canonical(found) in torch_api.DROPOUT_LAYERS else self.names.number(p)
            if qn is None and kind == torch_api.BATCHNORM:
                stats = self.names.partial_keywords(node.func).get("track_running_stats")
                kind = torch_api.NORM if isinstance(stats, ast.Constant) and stats.value is False else kind
            return Leaf(kind, node, torch_api.canonical(found), definition=node if kind else None, rate=rate)
        if owner and is_attr_of(node, owner):
            part = self.attr_part(node.attr, _depth)
            if isinstance(part, Leaf):
                return Leaf(part.kind, node, part.qualname, part.definition, attr=node.attr, cls=part.cls, rate=part.rate)
            if isinstance(part, (Seq, Many)):
                return part
        if isinstance(node, ast.Name) and _depth < 4:
            found = self.names.values(node)
            if found and len(found) == 1 and found[0] is not node and isinstance(found[0], ast.Call):
                part = self.layer(found[0], owner, _depth + 1)
                if isinstance(part, Leaf):
                    return Leaf(part.kind, node, part.qualname, part.definition, cls=part.cls, rate=part.rate)
                return part
        return Leaf(None, node)

    # ----------------------------------------------------------------- nn.Sequential(...), nn.ModuleList(...)
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
                listed = layer_lists.list_value(self.names, arg.value, call)
                if listed is None:
                    seq.parts.append(self._helper_elsewhere(arg.value) or Leaf(None, arg))
                    continue
                seq.parts += self.parts(listed, owner)
            else:
                item = layer_lists.item(self.ctx, arg, arg, container)
                seq.parts.append(self._part(arg, owner, item))
        return seq

    def _helper_elsewhere(self, node: ast.expr) -> Optional[Leaf]:
        """`*make_layers(cfg)` with make_layers a function of another project file: a block of that file (its list
        summarised there, bnlint.source.analysis.elsewhere), `cls` being the function."""
        if not (isinstance(node, ast.Call) and self.ctx.project is not None
                and (self.qualname(node.func) is not None or self.relative(node.func))):
            return None
        found = self.ctx.project.definition(self.ctx, node.func)
        if found is None or not isinstance(found[1], FUNCTION):
            return None
        return Leaf(BLOCK, node, definition=node, cls=found[1])

    def module_list(self, call: ast.Call, owner: Optional[str]) -> Part:
        if call.keywords or len(call.args) > 1:
            return Leaf(None, call)
        if not call.args:
            return Many(call, [], 0)
        listed = layer_lists.list_value(self.names, call.args[0], call)
        return self._many(call, listed, owner) if listed is not None else Leaf(None, call)

    def _many(self, node: ast.AST, entries, owner: Optional[str]) -> Many:
        parts = self.parts(entries, owner)
        return Many(node, _flat(parts), count(parts))

    def parts(self, entries, owner: Optional[str]) -> List[Part]:
        out: List[Part] = []
        for e in entries:
            if isinstance(e, Repeat):
                out.append(Loop(self.parts(e.body, owner), e.count))
            elif isinstance(e, Either):
                out.append(Choice([self.parts(o, owner) for o in e.options]))
            else:
                out.append(self._part(e[1], owner, e[0]))
        return out

    def _part(self, value: ast.expr, owner: Optional[str], item: Optional[Item]) -> Part:
        part = self.layer(value, owner)
        if isinstance(part, Seq) and part.call is not value:
            # `self.block` naming a Sequential defined elsewhere: its own items stay where they are.
            return Seq(part.call, part.parts, item)
        if isinstance(part, Many):
            return Leaf(None, value, item=item)  # a ModuleList called as a layer: an error, or unknown
        part.item = item
        return part

    def _ordered_dict(self, call: ast.Call) -> List[Tuple[Item, ast.expr]]:
        ctx = self.ctx
        out: List[Tuple[Item, ast.expr]] = []
        if call.keywords and not call.args:
            box = Container(call)
            for kw in call.keywords:
                if kw.arg is None:
                    return [(Item(ctx.start(kw), ctx.end(kw), None), kw.value)]
                out.append((layer_lists.item(ctx, kw, kw, box), kw.value))
            return out
        if len(call.args) != 1 or call.keywords:
            return [(Item(ctx.start(call), ctx.end(call), None), call)]
        arg = call.args[0]
        box = Container(arg)
        if isinstance(arg, (ast.List, ast.Tuple)):
            for elt in arg.elts:
                if isinstance(elt, ast.Tuple) and len(elt.elts) == 2:
                    out.append((layer_lists.item(ctx, elt, elt, box), elt.elts[1]))
                else:
                    out.append((layer_lists.item(ctx, elt, elt, None), elt))
        elif isinstance(arg, ast.Dict):
            for key, value in zip(arg.keys, arg.values):
                out.append((layer_lists.item(ctx, key or value, value, box if key else None), value))
        else:
            out.append((Item(ctx.start(arg), ctx.end(arg), None), arg))
        return out


def _flat(parts: List[Part]) -> List[Part]:
    out: List[Part] = []
    for p in parts:
        if isinstance(p, Loop):
            out += _flat(p.parts)
        elif isinstance(p, Choice):
            for o in p.options:
                out += _flat(o)
        else:
            out.append(p)
    return out


def fits(ctx: FileContext, cls: ast.ClassDef, call: ast.Call) -> bool:
    """The call's arguments fit the class's `__init__` (a file that defines a name twice may mean another)."""
    init = next((m for c in class_chain(ctx, cls) for m in c.body if isinstance(m, FUNCTION) and m.name == "__init__"),
                None)
    if init is None:
        return True
    a = init.args
    names = {x.arg for x in a.posonlyargs + a.args + a.kwonlyargs}
    positional = len(a.posonlyargs + a.args) - 1
    if a.vararg is None and len([x for x in call.args if not isinstance(x, ast.Starred)]) > positional:
        return False
    return a.kwarg is not None or all(k.arg is None or k.arg in names for k in call.keywords)


def sequential_init(ctx: FileContext, call: ast.Call) -> bool:
    """`super().__init__(layers...)` in the `__init__` of a class of the file deriving from nn.Sequential."""
    f = call.func
    if not (isinstance(f, ast.Attribute) and f.attr == "__init__" and isinstance(f.value, ast.Call)
            and isinstance(f.value.func, ast.Name) and f.value.func.id == "super"):
        return False
    func = ctx.enclosing_function(call)
    cls = ctx.parents.get(func) if func is not None else None
    return (isinstance(cls, ast.ClassDef) and func.name == "__init__" and len(cls.bases) == 1
            and sequential_class(ctx, cls))


def sequential_class(ctx: FileContext, cls: ast.ClassDef) -> bool:
    """The class derives from nn.Sequential (directly or through classes of the file)."""
    return any(torch_api.canonical(ctx.qualname(b)) == SEQUENTIAL for c in class_chain(ctx, cls) for b in c.bases)


def is_zero(node: Optional[ast.AST]) -> bool:
    return isinstance(node, ast.Constant) and not isinstance(node.value, (bool, str)) and node.value == 0


def literal_kind(kind: Optional[str], call: ast.Call, qualname: Optional[str]) -> Optional[str]:
    """A layer's kind as its literal arguments make it: `nn.Dropout(0.0)` is the identity, and a BatchNorm
    with `track_running_stats=False` keeps no running statistics (it normalises with the batch's in both
    modes, like the other norms), so neither has a variance shift."""
    if kind == torch_api.DROPOUT and is_zero(argument(call, "p", 0)):
        return torch_api.PASS
    if kind == torch_api.BATCHNORM:
        # BatchNorm1d(num_features, eps, momentum, affine, track_running_stats); the Lazy ones lack num_features
        stats = argument(call, "track_running_stats", 3 if "Lazy" in (qualname or "") else 4)
        if isinstance(stats, ast.Constant) and stats.value is False:
            return torch_api.NORM
    return kind
