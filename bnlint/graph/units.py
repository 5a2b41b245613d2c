"""From random atoms to stochastic units: the layer or call a finding is about.

A unit is a module of its own (nn.Dropout, a DropPath or DropBlock class: a module without weights whose
forward draws random numbers) or a call inside a bigger module's forward (`F.dropout(...)` in a DenseNet
layer, an inline Bernoulli mask on a residual branch). Its kind comes from what it does, not its name:

- dropout: a 0/1 mask per element (or per block, per channel): nn.Dropout*, F.dropout*, DropBlock;
- drop_path: a 0/1 mask per sample (stochastic depth): torchvision's stochastic_depth, timm's drop_path, or any
  mask whose shape is (batch, 1, 1, ...);
- noise: random numbers that are not a mask (additive or multiplicative noise): reported by no rule.
"""

from __future__ import annotations

import operator
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional, Tuple

from torch import fx, nn

from bnlint.graph import patterns as P
from bnlint.graph.frames import Location
from bnlint.graph.tracer import Piece

UNIT_ATTRS = ("p", "drop_prob", "drop_rate", "prob", "rate")


@dataclass
class Unit:
    piece: Piece
    path: str  # qualified path of the unit module, or of the module whose forward makes the call
    module: bool
    kind: str  # dropout | drop_path | noise
    label: str
    p: Optional[float]
    call_site: Location  # where its (first) random call is made
    atoms: List[P.Atom] = field(default_factory=list)

    @property
    def key(self) -> Tuple:
        """The same unit in the train-mode and the eval-mode trace has the same key."""
        if self.module:
            return (self.path, True)
        return (self.path, False, self.label, self.call_site)

    @property
    def active(self) -> bool:
        return any(a.active for a in self.atoms)


def _param_free(module: nn.Module) -> bool:
    return next(module.parameters(), None) is None


def units_of(piece: Piece, atoms: List[P.Atom]) -> List[Unit]:
    by_key: Dict[Tuple, Unit] = {}
    for atom in atoms:
        node = atom.node
        if node.op == "call_module":
            rel, module = str(node.target), True
        else:
            rel = P.owner_path(node)
            try:
                owner = piece.root.get_submodule(rel) if rel else None
            except AttributeError:
                owner = None
            module = owner is not None and _param_free(owner)
        path = piece.qual(rel)
        unit = Unit(piece, path, module, "", atom.label, atom.p, node.meta.get("bnlint_loc"))
        unit = by_key.setdefault(unit.key, unit)
        unit.atoms.append(atom)
    result = list(by_key.values())
    for unit in result:
        _classify(unit)
    return result


def _classify(unit: Unit) -> None:
    kinds = {a.kind for a in unit.atoms}
    if "drop_path" in kinds:
        unit.kind = "drop_path"
    elif "dropout" in kinds:
        unit.kind = "dropout"
    elif not any(a.mask for a in unit.atoms):
        unit.kind = "noise"
    else:
        shapes = [_draw_shape(a.node) for a in unit.atoms if a.mask]
        unit.kind = "drop_path" if shapes and all(_per_sample(s) for s in shapes) else "dropout"
    if unit.module:
        try:
            module = unit.piece.root.get_submodule(unit.path[len(unit.piece.prefix):].lstrip("."))
        except AttributeError:
            module = None
        if module is not None:
            if unit.atoms[0].node.op != "call_module":
                unit.label = type(module).__name__
            for attr in UNIT_ATTRS:
                value = getattr(module, attr, None)
                if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value <= 1:
                    unit.p = float(value)
                    break
    if unit.p is None:
        for a in unit.atoms:
            keep = _keep_probability(a.node)
            if keep is not None:
                unit.p = 1.0 - keep
                break


def _keep_probability(node: fx.Node) -> Optional[float]:
    """bernoulli_(keep), `torch.rand(...) < keep`: the probability of keeping a unit, when it is a constant."""
    def number(v: Any) -> Optional[float]:
        return float(v) if isinstance(v, (int, float)) and not isinstance(v, bool) and 0 < v <= 1 else None

    if node.op == "call_method" and node.target in ("bernoulli_", "bernoulli") and len(node.args) > 1:
        return number(node.args[1])
    for user in node.users:
        if user.op == "call_function" and user.target in (operator.lt, operator.le) and user.args[0] is node:
            return number(user.args[1])
    return None


# ------------------------------------------------------------------ mask shapes
BATCH = 7
FAKE_SHAPE = (BATCH, 11, 13, 17)


class _Fake:
    """Stands for any tensor while a mask's shape is worked out: batch 7, then 11, 13, 17."""

    shape = FAKE_SHAPE
    ndim = len(FAKE_SHAPE)

    def size(self, dim=None):
        return FAKE_SHAPE if dim is None else FAKE_SHAPE[dim]

    def dim(self):
        return self.ndim

    def __len__(self):
        return BATCH


class _Unknown(Exception):
    pass


_SAFE_OPS = {operator.add, operator.sub, operator.mul, operator.floordiv, operator.getitem, operator.neg, len}
SHAPED = {"rand", "randn", "empty", "zeros", "ones", "full", "randint"}
LIKE = {"rand_like", "randn_like", "empty_like", "zeros_like", "ones_like", "full_like", "randint_like"}


def _eval(value: Any, depth: int = 0) -> Any:
    if depth > 40:
        raise _Unknown
    if isinstance(value, (tuple, list)):
        return type(value)(_eval(v, depth + 1) for v in value)
    if not isinstance(value, fx.Node):
        return value
    n = value
    if n.op == "call_function":
        if n.target is getattr:
            obj = _eval(n.args[0], depth + 1)
            if not isinstance(obj, _Fake) and not isinstance(obj, tuple):
                raise _Unknown
            return getattr(obj, n.args[1])
        if n.target in _SAFE_OPS:
            args = [_eval(a, depth + 1) for a in n.args]
            if n.target is not len and any(isinstance(a, _Fake) for a in args):
                return _Fake()  # arithmetic on tensors (a residual add, x[:, 0]): a tensor, not a size
            return n.target(*args)
        raise _Unknown
    if n.op == "call_method" and n.target in ("size", "dim"):
        args = [_eval(a, depth + 1) for a in n.args[1:]]
        return getattr(_Fake(), n.target)(*args)
    return _Fake()  # any other tensor


def _draw_shape(node: fx.Node) -> Optional[Tuple[int, ...]]:
    """Shape of the tensor a random node draws, worked out on a stand-in input; None when unknown."""
    try:
        if node.op == "call_function":
            name = getattr(node.target, "__name__", "")
            if name in LIKE:
                return FAKE_SHAPE
            if name in SHAPED:
                size = node.kwargs.get("size", node.args[0] if len(node.args) == 1 else node.args)
                return _shape(_eval(size if name != "full" else node.args[0]))
            if name == "bernoulli":
                return _source_shape(node.args[0])
            return None
        if node.op == "call_method":  # t.bernoulli_(p), t.uniform_(): the shape of t
            return _source_shape(node.args[0])
    except (_Unknown, IndexError, TypeError, AttributeError, ValueError):
        return None
    return None


def _source_shape(t: Any) -> Optional[Tuple[int, ...]]:
    if not isinstance(t, fx.Node):
        return None
    if t.op == "call_method" and t.target in ("new_empty", "new_zeros", "new_ones", "new_full"):
        return _shape(_eval(t.args[1] if len(t.args) > 1 else t.kwargs.get("size")))
    if t.op == "call_function" and getattr(t.target, "__name__", "") in SHAPED | LIKE:
        return _draw_shape(t)
    return FAKE_SHAPE  # a tensor computed from the data: same shape as the data


def _shape(value: Any) -> Tuple[int, ...]:
    if isinstance(value, int):
        return (value,)
    if isinstance(value, (tuple, list)) and len(value) == 1 and isinstance(value[0], (tuple, list)):
        value = value[0]
    if isinstance(value, (tuple, list)) and all(isinstance(v, int) for v in value):
        return tuple(value)
    raise _Unknown


def _per_sample(shape: Optional[Tuple[int, ...]]) -> bool:
    return bool(shape) and shape[0] == BATCH and all(s == 1 for s in shape[1:])
