"""What a graph node is: the small vocabulary every graph pass is written in.

Nodes come from torch.fx (symbolic_trace) or from a recorded forward (bnlint.graph.record); both use
call_module for torch.nn leaves, call_function for functions and call_method for Tensor methods.
"""

from __future__ import annotations

import importlib
import operator
from typing import Any, Callable, Dict, Iterable, Iterator, List, Optional, Set, Tuple

import torch
from torch import fx, nn
from torch.nn.modules.batchnorm import _BatchNorm
from torch.nn.modules.dropout import _DropoutNd

from bnlint import torch_api

# ------------------------------------------------------------------ the vocabulary, as objects
def _object(qualname: str) -> Any:
    """The object a torch name stands for (`torch.nn.functional.dropout`), None when this torch has none."""
    module, _, name = qualname.rpartition(".")
    try:
        return getattr(importlib.import_module(module), name, None)
    except ImportError:
        return None


def _objects(qualnames: Iterable[str]) -> Set[Any]:
    return {o for o in map(_object, sorted(qualnames)) if o is not None}


def _torch_label(qualname: str) -> str:
    """How messages name a torch function: `F.dropout`, `torch.dropout`."""
    return qualname.replace("torch.nn.functional.", "F.")


# ------------------------------------------------------------------ module kinds
NORMS_OTHER = tuple(_objects(torch_api.OTHER_NORM_LAYERS))
WEIGHT_LAYERS = tuple(_objects(torch_api.WEIGHT_LAYERS))


def module_of(root: nn.Module, node: fx.Node) -> Optional[nn.Module]:
    if node.op != "call_module":
        return None
    try:
        return root.get_submodule(node.target)
    except AttributeError:
        return None


# ------------------------------------------------------------------ functions
# Functional dropout: function -> short name shown in messages. DROPOUT_FUNCS default to training=True;
# ALPHA_DROPOUT_FUNCS to training=False (in a graph, training=True was written on purpose there).
_TORCH_DROPOUTS = {qn: spec for qn, spec in torch_api.DROPOUT_FUNCTIONS.items() if qn.startswith("torch.")}
DROPOUT_FUNCS: Dict[Any, str] = {
    _object(qn): _torch_label(qn) for qn, (_, _, default) in _TORCH_DROPOUTS.items() if default and _object(qn)}
ALPHA_DROPOUT_FUNCS: Dict[Any, str] = {
    _object(qn): _torch_label(qn) for qn, (_, _, default) in _TORCH_DROPOUTS.items() if not default and _object(qn)}

# Library functions wrapped as fx leaves, matched by (module, name) without importing the library:
# -> (kind, p index, training index).
LIBRARY_FUNCS = {
    tuple(qn.rsplit(".", 1)): (kind, 1, index)
    for table, kind in ((torch_api.DROPOUT_FUNCTIONS, "dropout"), (torch_api.STOCHASTIC_DEPTH_FUNCTIONS, "drop_path"))
    for qn, (_, index, _) in table.items() if qn.startswith("torchvision.ops.") and qn.count(".") == 3
}

RANDOM_FUNCS = _objects(torch_api.RANDOM_FUNCTIONS | torch_api.INDEX_DRAW_FUNCTIONS)
RANDOM_METHODS = torch_api.RANDOM_METHODS | torch_api.INDEX_DRAW_METHODS
MASK_FUNCS = _objects(torch_api.MASK_FUNCTIONS)
MASK_METHODS = torch_api.MASK_METHODS
# A uniform draw turned into a mask: compared or floored within a few steps.
MASK_MAKERS_FUNCS = {operator.lt, operator.le, operator.gt, operator.ge, torch.lt, torch.le, torch.gt, torch.ge,
                     torch.floor, torch.round, torch.where}
MASK_MAKERS_METHODS = {"lt", "le", "gt", "ge", "floor", "floor_", "round", "round_", "lt_", "gt_", "le_", "ge_"}

BN_FUNCS = _objects(torch_api.BATCHNORM_FUNCTIONS)
NORM_FUNCS = _objects(torch_api.OTHER_NORM_FUNCTIONS)
WEIGHT_FUNCS = _objects(torch_api.WEIGHT_FUNCTIONS)

# Nodes whose output carries no values of their tensor inputs (only shape, dtype, device).
META_ATTRS = {"shape", "dtype", "device", "ndim", "is_cuda", "layout", "requires_grad", "is_sparse"}
META_METHODS = {"size", "dim", "numel", "nelement", "type", "get_device", "element_size", "is_contiguous",
                "stride", "data_ptr", "new_empty", "new_zeros", "new_ones", "new_full", "new_tensor",
                "argmax", "argmin", "__len__"}
META_FUNCS = {len, torch.numel, torch.zeros_like, torch.ones_like, torch.empty_like, torch.full_like,
              torch.argmax, torch.argmin, isinstance, torch._assert, torch.Tensor.size, torch.Tensor.dim}


def fn_key(target: Any) -> Tuple[str, str]:
    return (getattr(target, "__module__", None) or "", getattr(target, "__name__", None) or "")


def is_meta(node: fx.Node) -> bool:
    if node.op == "call_function":
        if node.target is getattr:
            return len(node.args) > 1 and node.args[1] in META_ATTRS
        return node.target in META_FUNCS
    if node.op == "call_method":
        return node.target in META_METHODS
    return False


def arg(node: fx.Node, index: int, name: str, default: Any = None) -> Any:
    if name in node.kwargs:
        return node.kwargs[name]
    if len(node.args) > index:
        return node.args[index]
    return default


def is_batchnorm(root: nn.Module, node: fx.Node) -> bool:
    m = module_of(root, node)
    if m is not None:
        return isinstance(m, _BatchNorm)
    return node.op == "call_function" and node.target in BN_FUNCS


def keeps_running_stats(root: nn.Module, node: fx.Node) -> bool:
    """A BatchNorm built with track_running_stats=False (or F.batch_norm given no running_var) normalises by
    batch statistics in eval mode too: it has no running variance for dropout to shift."""
    m = module_of(root, node)
    if m is not None:
        return bool(getattr(m, "track_running_stats", True))
    return arg(node, 2, "running_var") is not None


def is_other_norm(root: nn.Module, node: fx.Node) -> bool:
    m = module_of(root, node)
    if m is not None:
        return isinstance(m, NORMS_OTHER)
    return node.op == "call_function" and node.target in NORM_FUNCS


def is_weight_layer(root: nn.Module, node: fx.Node) -> bool:
    m = module_of(root, node)
    if m is not None:
        return isinstance(m, WEIGHT_LAYERS)
    return node.op == "call_function" and node.target in WEIGHT_FUNCS


def is_dropout_module(root: nn.Module, node: fx.Node) -> bool:
    m = module_of(root, node)
    return isinstance(m, _DropoutNd)


def _number(value: Any) -> Optional[float]:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else None


# ------------------------------------------------------------------ random atoms
class Atom:
    """One node that draws random numbers (or is a dropout layer/function)."""

    __slots__ = ("node", "kind", "p", "active", "label", "mask")

    def __init__(self, node: fx.Node, kind: str, p: Optional[float], active: bool, label: str, mask: bool):
        self.node = node
        self.kind = kind  # dropout | drop_path | random (a raw draw: dropout, drop path or noise, decided later)
        self.p = p
        self.active = active  # draws in this trace's mode
        self.label = label  # what to call it in a message: nn.Dropout, F.dropout, bernoulli_ ...
        self.mask = mask  # multiplies activations by a 0/1 mask (a regulariser), not additive noise


def atom_of(root: nn.Module, node: fx.Node) -> Optional[Atom]:
    if node.op == "call_module":
        m = module_of(root, node)
        found = node.meta.get("bnlint_probe")
        if found is not None:  # a weightless layer fx could not trace, run on a test input
            if not found["random"]:
                return None
            kind = found["kind"] if found["kind"] != "noise" else "random"
            return Atom(node, kind, None, True, type(m).__name__, found["kind"] != "noise")
        if isinstance(m, _DropoutNd):
            return Atom(node, "dropout", float(m.p), m.training and m.p > 0, f"nn.{type(m).__name__}", True)
        return None
    if node.op == "call_function":
        t = node.target
        if t in DROPOUT_FUNCS or t in ALPHA_DROPOUT_FUNCS:
            label = DROPOUT_FUNCS.get(t) or ALPHA_DROPOUT_FUNCS[t]
            p = _number(arg(node, 1, "p", 0.5))
            training = arg(node, 2, "training" if label.startswith("F.") else "train", t in DROPOUT_FUNCS)
            active = training is True and (p is None or p > 0)
            return Atom(node, "dropout", p, active, label, True)
        lib = LIBRARY_FUNCS.get(fn_key(t))
        if lib:
            kind, pi, ti = lib
            p = _number(arg(node, pi, "p", None))
            active = arg(node, ti, "training", True) is True and (p is None or p > 0)
            return Atom(node, kind, p, active, fn_key(t)[1], True)
        if t in RANDOM_FUNCS:
            return Atom(node, "random", None, True, f"torch.{t.__name__}", t in MASK_FUNCS or _made_mask(node))
        return None
    if node.op == "call_method" and node.target in RANDOM_METHODS:
        return Atom(node, "random", None, True, str(node.target), node.target in MASK_METHODS or _made_mask(node))
    return None


def _made_mask(node: fx.Node, depth: int = 3) -> bool:
    """A uniform draw that is compared or floored soon after is a 0/1 mask."""
    frontier = [node]
    for _ in range(depth):
        nxt = []
        for n in frontier:
            for u in n.users:
                if (u.op == "call_function" and u.target in MASK_MAKERS_FUNCS) or (
                    u.op == "call_method" and u.target in MASK_MAKERS_METHODS
                ):
                    return True
                nxt.append(u)
        frontier = nxt
    return False


def atoms(root: nn.Module, graph: fx.Graph) -> List[Atom]:
    found = []
    for node in graph.nodes:
        a = atom_of(root, node)
        if a is not None:
            found.append(a)
    return found


# ------------------------------------------------------------------ reachability
def mutated_arg(root: nn.Module, node: fx.Node) -> Optional[fx.Node]:
    """The input a node changes in place (x.mul_(m), F.dropout(x, inplace=True)), if any."""
    first = node.args[0] if node.args else None
    if not isinstance(first, fx.Node):
        return None
    if node.op == "call_method" and isinstance(node.target, str) and node.target.endswith("_") \
            and not node.target.endswith("__"):
        return first
    if node.op == "call_function" and node.kwargs.get("inplace") is True:
        return first
    if node.op == "call_module" and getattr(module_of(root, node), "inplace", False) is True:
        return first
    return None


def reach(root: nn.Module, start: Iterable[fx.Node], stop: Callable[[fx.Node], bool],
          order: Dict[fx.Node, int], every: bool = False) -> Iterator[fx.Node]:
    """Nodes whose value depends on the values of `start`, walking forward; yields (and does not pass) nodes
    for which stop() is true, or every node reached when `every`. Metadata (shape, dtype) and `*_like`
    constructors carry no values."""
    seen: Set[fx.Node] = set()
    todo = list(start)
    while todo:
        node = todo.pop()
        for user in list(node.users):
            targets = [user]
            changed = mutated_arg(root, user)
            if changed is not None and changed is not node:
                # x.mul_(mask): everything that reads x afterwards reads the masked values
                targets += [u for u in changed.users if order.get(u, -1) > order.get(user, -1)]
            for t in targets:
                if t in seen or t.op == "output" or is_meta(t):
                    continue
                seen.add(t)
                if stop(t):
                    yield t
                    continue
                if every:
                    yield t
                todo.append(t)


def node_order(graph: fx.Graph) -> Dict[fx.Node, int]:
    return {n: i for i, n in enumerate(graph.nodes)}


def owner_path(node: fx.Node) -> str:
    """Qualified name of the innermost module whose forward produced the node ('' for the root)."""
    if node.op == "call_module":
        return str(node.target)
    stack = node.meta.get("nn_module_stack")
    if not stack:
        return ""
    return list(stack.values())[-1][0]


def owner_paths(node: fx.Node) -> List[str]:
    stack = node.meta.get("nn_module_stack") or {}
    paths = [v[0] for v in stack.values()]
    if node.op == "call_module" and (not paths or paths[-1] != node.target):
        paths.append(str(node.target))
    return paths


def bn_path(root: nn.Module, node: fx.Node) -> str:
    if node.op == "call_module":
        return str(node.target)
    # F.batch_norm(x, self.running_mean, ...) inside a custom module: name it after its buffers
    running = arg(node, 1, "running_mean")
    if isinstance(running, fx.Node) and running.op == "get_attr":
        return str(running.target).rsplit(".", 1)[0]
    return owner_path(node)
