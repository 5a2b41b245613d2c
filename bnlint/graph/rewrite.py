"""fix_model: rewrite a model's fx graph so no dropout feeds a BatchNorm (BN001).

- move: every offending dropout is removed, and one nn.Dropout (the largest p removed) goes after the last
  BatchNorm on their paths, in front of the first weight layer that follows (the classifier), unless a
  dropout is there already;
- uout: every offending dropout becomes bnlint.nn.Uout(beta).

Functional dropout (`F.dropout(x, p, training=...)`) becomes an nn.Dropout module so the fixed model follows
train()/eval() (an explicit `training=True`, Monte Carlo dropout, is left alone). Dropout and Uout hold no
state and are the identity in eval mode, so the fixed model loads the original state_dict unchanged and
computes the same eval-mode outputs for the same weights.
"""

from __future__ import annotations

import copy
import warnings
from typing import List, Set

from torch import fx, nn

from bnlint.graph import patterns as P
from bnlint.graph.analysis import Context, _dropout_function, _says_training_true
from bnlint.graph.tracer import Piece, Traced, join, trace_for_rewrite
from bnlint.graph.units import Unit

MODULE_FOR = {"F.dropout": nn.Dropout, "F.dropout1d": nn.Dropout1d, "F.dropout2d": nn.Dropout2d,
              "F.dropout3d": nn.Dropout3d, "torch.dropout": nn.Dropout, "torch.feature_dropout": nn.Dropout2d,
              "F.alpha_dropout": nn.AlphaDropout, "F.feature_alpha_dropout": nn.FeatureAlphaDropout}


def fix_model(model: nn.Module, strategy: str = "move", beta: float = 0.1) -> nn.Module:
    """A new module (a torch.fx.GraphModule) without dropout before BatchNorm; `model` is not changed."""
    if strategy not in ("move", "uout"):
        raise ValueError(f"strategy must be 'move' or 'uout', got {strategy!r}")
    from bnlint.nn import Uout

    Uout(beta)  # validates beta before any work
    work = copy.deepcopy(model)  # the GraphModule shares tensors with what it traced: never the original
    gm, untraceable, moded = trace_for_rewrite(work)
    from bnlint.graph.probe import probe

    for node in gm.graph.nodes:  # weightless layers kept whole: see what they do by running them
        if node.op == "call_module" and node.target in untraceable + moded:
            found = probe(work.get_submodule(node.target), True)
            if found is not None:
                node.meta["bnlint_probe"] = found
    ctx = Context(work, type(model).__name__, frozenset({"BN001"}))
    ctx.__dict__["train"] = Traced([Piece("", work, gm.graph)])
    offending = [u for u in ctx.train_units if u.kind == "dropout" and ctx.reached_batchnorms(u)
                 and (u.key not in ctx.eval_active or _dropout_function(u))]
    rw = _Rewriter(gm)
    inserted: Set[fx.Node] = set()
    removed_p: List[float] = []
    targets: List[fx.Node] = []
    for unit in offending:
        span = _span(gm.graph, unit)
        if span is None:
            warnings.warn(f"bnlint.fix_model: cannot separate dropout {unit.label} in `{unit.path}` from the code "
                          "around it; left as it is", stacklevel=2)
            continue
        data_in, out, region = span
        targets += list(out.users)
        if strategy == "uout":
            inserted.add(rw.replace(unit, out, data_in, Uout(beta)))
        else:
            removed_p.append(unit.p if unit.p is not None else 0.5)
            out.replace_all_uses_with(data_in)
        rw.erase_unused(region)
    if strategy == "move" and removed_p:
        _insert_dropout(rw, targets, max(removed_p))
    _functional_to_modules(rw, inserted)
    kept = {n.target for n in gm.graph.nodes if n.op == "call_module"}
    for leaf in untraceable:
        if leaf in kept:
            warnings.warn(f"bnlint.fix_model: torch.fx cannot trace `{leaf}`; it was kept as it is, unchecked",
                          stacklevel=2)
    gm.graph.lint()
    gm.recompile()
    _keep_state(gm, work)
    gm.train(model.training)
    return gm


# ------------------------------------------------------------------ graph surgery
class _Rewriter:
    def __init__(self, gm: fx.GraphModule):
        self.gm = gm
        self.graph = gm.graph

    def add_module(self, owner: str, base: str, module: nn.Module) -> str:
        i, name = 0, join(owner, f"bnlint_{base}")
        while _has(self.gm, name):
            i += 1
            name = join(owner, f"bnlint_{base}_{i}")
        self.gm.add_submodule(name, module)
        return name

    def replace(self, unit: Unit, out: fx.Node, data_in: fx.Node, module: nn.Module) -> fx.Node:
        if out.op == "call_module":  # swap the layer itself, same name: no state either way
            _set_module(self.gm, str(out.target), module)
            return out
        name = self.add_module(unit.path, type(module).__name__.lower(), module)
        with self.graph.inserting_after(out):
            node = self.graph.call_module(name, (data_in,))
        out.replace_all_uses_with(node)
        node.meta.update(out.meta)
        return node

    def erase_unused(self, region: List[fx.Node]) -> None:
        """Erase the nodes of a replaced unit (random draws included) that nothing uses any more."""
        for n in reversed(region):
            if not n.users and n.op not in ("placeholder", "output", "get_attr"):
                self.graph.erase_node(n)


def _has(gm: nn.Module, name: str) -> bool:
    try:
        gm.get_submodule(name)
        return True
    except AttributeError:
        return False


def _set_module(gm: nn.Module, path: str, module: nn.Module) -> None:
    parent, _, name = path.rpartition(".")
    setattr(gm.get_submodule(parent) if parent else gm, name, module)


def _span(graph: fx.Graph, unit: Unit):
    """(input, output) nodes of a unit that is a single data-in, data-out step; None otherwise."""
    atoms = [a.node for a in unit.atoms]
    if len(atoms) == 1 and (atoms[0].op == "call_module" or atoms[0].target in P.DROPOUT_FUNCS
                            or atoms[0].target in P.ALPHA_DROPOUT_FUNCS):
        node = atoms[0]
        data = node.args[0] if node.args else node.kwargs.get("input")
        return (data, node, [node]) if isinstance(data, fx.Node) else None
    if not unit.module:
        return None
    rel = unit.path[len(unit.piece.prefix):].lstrip(".")
    region = [n for n in graph.nodes if n.op not in ("placeholder", "output") and rel in P.owner_paths(n)]
    inside = set(region)
    outs = [n for n in region if any(u not in inside for u in n.users)]
    ins = {a for n in region for a in n.all_input_nodes if a not in inside and a.op != "get_attr"}
    if len(outs) != 1 or len(ins) != 1:
        return None
    return next(iter(ins)), outs[0], region


def _insert_dropout(rw: _Rewriter, starts: List[fx.Node], p: float) -> None:
    """One dropout after the last BatchNorm downstream of the removed ones, before the next weight layer."""
    root = rw.gm
    order = P.node_order(rw.graph)
    starts = [s for s in starts if s in order]  # users that were themselves removed are gone
    down = starts + list(P.reach(root, starts, lambda n: False, order, every=True))
    bns = [n for n in down if P.is_batchnorm(root, n)]
    if not bns:
        return
    last = max(bns, key=lambda n: order[n])
    after = [n for n in P.reach(root, [last], lambda n: P.is_weight_layer(root, n), order)]
    if not after:
        warnings.warn("bnlint.fix_model: no weight layer follows the last BatchNorm; the removed dropout "
                      f"(p={p:g}) was not moved: put one where it fits, or use strategy='uout'", stacklevel=3)
        return
    weight = min(after, key=lambda n: order[n])
    data = weight.args[0] if weight.args else None
    if not isinstance(data, fx.Node) or _dropout_between(root, last, data):
        return
    name = rw.add_module("", "dropout", nn.Dropout(p))
    with rw.graph.inserting_before(weight):
        node = rw.graph.call_module(name, (data,))
    weight.replace_input_with(data, node)


def _dropout_between(root: nn.Module, last_bn: fx.Node, node: fx.Node) -> bool:
    """Is there a dropout on the single-input chain from node back up to the BatchNorm?"""
    seen = 0
    while isinstance(node, fx.Node) and node is not last_bn and seen < 64:
        atom = P.atom_of(root, node)
        if atom is not None and atom.kind == "dropout":
            return True
        tensors = [a for a in node.all_input_nodes if a.op != "get_attr"]
        if len(tensors) != 1:
            return False
        node, seen = tensors[0], seen + 1
    return False


def _functional_to_modules(rw: _Rewriter, skip: Set[fx.Node]) -> None:
    for node in list(rw.graph.nodes):
        if node in skip or node.op != "call_function":
            continue
        atom = P.atom_of(rw.gm, node)
        if atom is None or atom.label not in MODULE_FOR or not atom.active or atom.p is None:
            continue
        if _says_training_true(node.meta.get("bnlint_loc")):
            continue
        data = node.args[0] if node.args else node.kwargs.get("input")
        if not isinstance(data, fx.Node):
            continue
        inplace = P.arg(node, 3, "inplace", False) is True
        module = MODULE_FOR[atom.label](atom.p if atom.p is not None else 0.5, inplace=inplace)
        name = rw.add_module(P.owner_path(node), type(module).__name__.lower(), module)
        with rw.graph.inserting_after(node):
            new = rw.graph.call_module(name, (data,))
        new.meta.update(node.meta)
        node.replace_all_uses_with(new)
        rw.graph.erase_node(node)
        # an in-place F.dropout changed `data` for later readers too; the module does the same


# ------------------------------------------------------------------ state
def _keep_state(gm: fx.GraphModule, original: nn.Module) -> None:
    """Same state_dict keys and shapes as the original: restore what fx dropped (tensors the forward never
    touches), and keep tensors fx made into buffers (plain tensor attributes) out of the state_dict."""
    want = original.state_dict(keep_vars=True)
    have = gm.state_dict(keep_vars=True)
    for key in set(have) - set(want):
        owner, _, name = key.rpartition(".")
        mod = gm.get_submodule(owner) if owner else gm
        if name in mod._buffers:
            mod._non_persistent_buffers_set.add(name)
    for key, value in want.items():
        if key in have:
            continue
        owner, _, name = key.rpartition(".")
        mod = _ensure(gm, owner)
        if isinstance(value, nn.Parameter):
            mod.register_parameter(name, value)
        else:
            mod.register_buffer(name, value)
    # Parameters of traced-through modules live on as attributes of empty Modules: same keys.


def _ensure(gm: nn.Module, path: str) -> nn.Module:
    mod = gm
    for part in path.split(".") if path else []:
        if not hasattr(mod, part):
            mod.add_module(part, nn.Module())
        mod = getattr(mod, part)
    return mod
