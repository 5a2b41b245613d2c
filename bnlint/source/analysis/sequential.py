"""What an nn.Sequential (and a Module's `self.<attr>`) is made of, for the variance-shift data flow (BN001).

nn.Sequential literals are resolved into parts in call order: positional, OrderedDict, lists built then
unpacked with `*`, nested Sequentials. Each part remembers where its text is (Item), so that a fix can
move or remove it. Layers are classified by bnlint.torch_api: dropout, BatchNorm, another norm, or a
layer the shift passes through; anything else is unknown and ends a flow.
"""

from __future__ import annotations

import ast
from dataclasses import dataclass, field
from typing import Dict, List, Optional, Tuple, Union

from bnlint import torch_api
from bnlint.diagnostic import Position
from bnlint.source.context import FileContext
from bnlint.source.semantic.classes import ClassInfo, self_parameter
from bnlint.source.semantic.nodes import argument, is_attr_of, statement_and_block, walk

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
    kind: Optional[str]  # torch_api.DROPOUT / BATCHNORM / NORM / PASS, or None (unknown)
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
    return part.has_batchnorm() if isinstance(part, Seq) else part.kind == torch_api.BATCHNORM


def is_activation(part: Part) -> bool:
    return isinstance(part, Leaf) and torch_api.canonical(part.qualname) in torch_api.ACTIVATION_LAYERS



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
        return isinstance(node, ast.Call) and torch_api.canonical(self.qualname(node.func)) == SEQUENTIAL

    def attr_part(self, attr: str, _depth: int = 0) -> Optional[Part]:
        """What `self.<attr>` is, when the class assigns it exactly once."""
        if self.info is None or attr in self.info.methods or _depth > 4:
            return None
        if attr not in self._attrs:
            self._attrs[attr] = None  # guards against `self.a = self.a`
            value = self.info.single_value(attr)
            found = self.info.assigns.get(attr)
            owner = self_parameter(self.ctx, found[0].method) if found else None
            self._attrs[attr] = self.layer(value, owner, _depth + 1) if value is not None else None
        return self._attrs[attr]

    def layer(self, node: ast.expr, owner: Optional[str], _depth: int = 0) -> Part:
        if self.is_sequential(node):
            return self.sequential(node, owner)
        if isinstance(node, ast.Call):
            qn = self.qualname(node.func)
            kind = literal_kind(torch_api.layer_kind(qn), node, qn)
            return Leaf(kind, node, torch_api.canonical(qn), definition=node if kind else None)
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
        stmt, block = statement_and_block(self.ctx.parents, call)
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
