"""fix_model: rewrite a model's fx graph so no dropout feeds a BatchNorm (BN001).

- move: every offending dropout is removed, and one nn.Dropout (the largest p removed) goes after the last
  BatchNorm on their paths, in front of the first weight layer that follows (the classifier), unless a
  dropout is there already;
- uout: every offending dropout becomes bnlint.nn.Uout(beta).

Submodules fx cannot trace, or whose forward depends on the mode, stay modules of their own; the dropout
layers inside them that feed a BatchNorm there are swapped in place (Uout, or nn.Identity for move). When the
model's own forward cannot be rewritten, its submodules are fixed one by one in a copy of the model.

Functional dropout (`F.dropout(x, p, training=...)`) becomes an nn.Dropout module so the fixed model follows
train()/eval() (an explicit `training=True`, Monte Carlo dropout, is left alone). Dropout and Uout hold no
state and are the identity in eval mode, so the fixed model loads the original state_dict unchanged and
computes the same eval-mode outputs for the same weights.
"""

from __future__ import annotations

import copy
import warnings
from dataclasses import dataclass, field
from typing import List, Optional, Set, Tuple

from torch import fx, nn

from bnlint.graph import patterns as P
from bnlint.graph.context import Context
from bnlint.graph.passes.stochastic_before_batchnorm import batchnorms_shifted_by
from bnlint.graph.passes.stochastic_in_eval import says_training_true
from bnlint.graph.fx_tracer import GraphTracer, join
from bnlint.graph.tracer import MAX_DEPTH, CannotRewrite, Piece, Traced, trace_for_rewrite
from bnlint.graph.units import Unit

MODULE_FOR = {"F.dropout": nn.Dropout, "F.dropout1d": nn.Dropout1d, "F.dropout2d": nn.Dropout2d,
              "F.dropout3d": nn.Dropout3d, "torch.dropout": nn.Dropout, "torch.feature_dropout": nn.Dropout2d,
              "F.alpha_dropout": nn.AlphaDropout, "F.feature_alpha_dropout": nn.FeatureAlphaDropout}


@dataclass
class Rewrite:
    """What fix_model did: the new module, one line per change, and what it had to leave as it was."""

    model: nn.Module
    changes: List[str] = field(default_factory=list)
    warnings: List[str] = field(default_factory=list)


def fix_model(model: nn.Module, strategy: str = "move", beta: float = 0.1) -> nn.Module:
    """A new module without dropout before BatchNorm; `model` is not changed.

    Normally a torch.fx.GraphModule. When the model's own forward cannot be rewritten (fx cannot trace it, or
    it computes something else in train and eval mode), a copy of the model whose submodules were fixed one
    by one. What could not be fixed is reported with warnings.warn."""
    done = rewrite(model, strategy, beta)
    for message in done.warnings:
        warnings.warn(f"bnlint.fix_model: {message}", stacklevel=2)
    return done.model


def rewrite(model: nn.Module, strategy: str = "move", beta: float = 0.1) -> Rewrite:
    """fix_model, with the list of changes and warnings instead of warnings.warn."""
    if not isinstance(model, nn.Module):
        raise TypeError(f"fix_model expects a torch.nn.Module, got {type(model).__name__}")
    if strategy not in ("move", "uout"):
        raise ValueError(f"strategy must be 'move' or 'uout', got {strategy!r}")
    from bnlint.nn import Uout

    Uout(beta)  # validates beta before any work
    return _rewrite(model, strategy, beta, "", 0)


def _rewrite(model: nn.Module, strategy: str, beta: float, prefix: str, depth: int) -> Rewrite:
    try:
        return _rewrite_graph(model, strategy, beta, prefix)
    except ValueError as exc:
        if depth >= MAX_DEPTH or not any(True for _ in model.children()):
            raise
        reason = _why(exc)
    # The forward of this module cannot be rewritten: fix its submodules one by one, keep the rest.
    work = copy.deepcopy(model)
    what = f"the forward of `{prefix}`" if prefix else "the model's own forward"
    done = Rewrite(work, warnings=[f"cannot rewrite {what} ({reason}); its submodules were fixed one by one (a "
                                   "dropout that reaches a BatchNorm only through this forward is not seen)"])
    leaf = GraphTracer().is_leaf_module
    for name, child in list(work.named_children()):
        path = join(prefix, name)
        if leaf(child, path) or type(child).forward is nn.Module.forward:
            continue  # a torch.nn layer, or a container without a forward: nothing of its own to fix
        try:
            sub = _rewrite(child, strategy, beta, path, depth + 1)
        except ValueError as exc:
            done.warnings.append(f"`{path}` was kept as it is, unchecked: {_why(exc)}")
            continue
        if sub.changes:
            setattr(work, name, sub.model)
        done.changes += sub.changes
        done.warnings += sub.warnings
    return done


def _why(exc: ValueError) -> str:
    """trace_for_rewrite's reason, without its advice (the caller gives its own)."""
    return exc.reason if isinstance(exc, CannotRewrite) else str(exc)


def _rewrite_graph(model: nn.Module, strategy: str, beta: float, prefix: str) -> Rewrite:
    from bnlint.graph.probe import probe
    from bnlint.nn import Uout

    work = copy.deepcopy(model)  # the GraphModule shares tensors with what it traced: never the original
    gm, untraceable, moded = trace_for_rewrite(work)
    for node in gm.graph.nodes:  # weightless layers kept whole: see what they do by running them
        if node.op == "call_module" and node.target in untraceable + moded:
            found = probe(work.get_submodule(node.target), True)
            if found is not None:
                node.meta["bnlint_probe"] = found
    ctx = Context(work, type(model).__name__, frozenset({"BN001"}))
    ctx.__dict__["train"] = Traced([Piece("", work, gm.graph)])
    offending = [u for u in ctx.train_units if u.kind == "dropout" and batchnorms_shifted_by(ctx, u)]
    done = Rewrite(gm)
    rw = _Rewriter(gm)
    inserted: Set[fx.Node] = set()
    replaced: Set[str] = set()
    removed_p: List[float] = []
    targets: List[fx.Node] = []
    for unit in offending:
        path = join(prefix, unit.path)
        where = f"`{path}`" if path else "the model's forward"
        what = f"`{path}` ({unit.label}{_p(unit.p)})" if unit.module else f"{unit.label}({_p(unit.p)[2:]}) in {where}"
        span = _span(gm.graph, unit)
        if span is None:
            done.warnings.append(f"cannot separate dropout {what} from the code around it; left as it is")
            continue
        data_in, out, region = span
        targets += list(out.users)
        if strategy == "uout":
            inserted.add(rw.replace(unit, out, data_in, Uout(beta)))
            if out.op == "call_module":
                replaced.add(str(out.target))
            done.changes.append(f"{what} replaced by Uout(beta={beta:g})")
        else:
            removed_p.append(_p_or_default(unit))
            out.replace_all_uses_with(data_in)
            done.changes.append(f"{what} removed")
        rw.erase_unused(region)
    # Submodules kept whole (fx cannot trace them, or they depend on the mode): swap the dropout layers
    # inside them that feed a BatchNorm, found by analysing each one on its own.
    anchors: List[fx.Node] = []
    for node in list(gm.graph.nodes):
        if node.op != "call_module" or node.target not in untraceable + moded or node.target in replaced:
            continue
        inner = _fix_inside(gm, str(node.target), strategy, beta, prefix, done)
        if inner:
            removed_p += inner
            targets += list(node.users)
            anchors.append(node)
        elif node.target in untraceable:
            done.warnings.append(f"torch.fx cannot trace `{join(prefix, str(node.target))}`; it was kept as it "
                                 "is, analysed on its own")
    if strategy == "move" and removed_p:
        change, warning = _insert_dropout(rw, targets, max(removed_p), prefix, anchors)
        done.changes += [change] if change else []
        done.warnings += [warning] if warning else []
    done.changes += _functional_to_modules(rw, inserted, prefix)
    gm.graph.lint()
    gm.recompile()
    gm.delete_all_unused_submodules()  # the removed dropouts; _keep_state restores any state this drops
    _keep_state(gm, work)
    gm.train(model.training)
    return done


def _fix_inside(gm: fx.GraphModule, leaf: str, strategy: str, beta: float, prefix: str, done: Rewrite
                ) -> List[float]:
    """Swap the dropout layers inside submodule `leaf` that feed a BatchNorm there (Uout, or Identity for
    move). Returns the p of each one removed for move (and of each one swapped for uout, unused then)."""
    from bnlint.nn import Uout

    sub = gm.get_submodule(leaf)
    ctx = Context(sub, type(sub).__name__, frozenset({"BN001"}))
    found = []
    for unit in ctx.train_units:
        if unit.kind != "dropout" or not batchnorms_shifted_by(ctx, unit):
            continue
        path = join(leaf, unit.path)
        what = f"`{join(prefix, path)}` ({unit.label}{_p(unit.p)})"
        layer = _get(sub, unit.path) if unit.module else None
        if layer is None or next(layer.parameters(), None) is not None or next(layer.buffers(), None) is not None:
            done.warnings.append(f"dropout {what} inside `{join(prefix, leaf)}` (kept whole) is not a layer of its "
                                 "own; left as it is")
            continue
        if strategy == "uout":
            _set_module(gm, path, Uout(beta))
            done.changes.append(f"{what} replaced by Uout(beta={beta:g})")
        else:
            _set_module(gm, path, nn.Identity())
            done.changes.append(f"{what} removed (now nn.Identity)")
        found.append(_p_or_default(unit))
    return found


def _p_or_default(unit) -> float:
    """The dropout probability removed with a unit; nn.Dropout's default when it could not be read."""
    return unit.p if unit.p is not None else 0.5


def _get(root: nn.Module, path: str) -> Optional[nn.Module]:
    try:
        return root.get_submodule(path)
    except AttributeError:
        return None


def _p(p: Optional[float]) -> str:
    return f", p={p:g}" if p is not None else ""


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


def _insert_dropout(rw: _Rewriter, starts: List[fx.Node], p: float, prefix: str, anchors: List[fx.Node] = ()
                    ) -> Tuple[Optional[str], Optional[str]]:
    """One dropout after the last BatchNorm downstream of the removed ones (`anchors`: submodules kept whole
    whose BatchNorm a removed dropout fed), before the next weight layer.
    Returns (the change made, or a warning saying why none was)."""
    root = rw.gm
    order = P.node_order(rw.graph)
    starts = [s for s in starts if s in order]  # users that were themselves removed are gone
    down = starts + list(P.reach(root, starts, lambda n: False, order, every=True))
    bns = [n for n in down if P.is_batchnorm(root, n)] + list(anchors)
    if not bns:
        return None, None
    last = max(bns, key=lambda n: order[n])
    after = [n for n in P.reach(root, [last], lambda n: P.is_weight_layer(root, n), order)]
    if not after:
        return None, (f"no weight layer follows the last BatchNorm{_in(prefix)}; the removed dropout (p={p:g}) was "
                      "not moved: put one where it fits, or use strategy='uout'")
    weight = min(after, key=lambda n: order[n])
    data = weight.args[0] if weight.args else None
    where = f"`{join(prefix, str(weight.target))}`" if weight.op == "call_module" else f"`{weight.name}`{_in(prefix)}"
    if not isinstance(data, fx.Node):
        return None, f"cannot insert the moved dropout (p={p:g}) before {where}; put one where it fits"
    if _dropout_between(root, last, data):
        return f"kept the dropout already in front of {where} (removed ones had p up to {p:g})", None
    name = rw.add_module("", "dropout", nn.Dropout(p))
    with rw.graph.inserting_before(weight):
        node = rw.graph.call_module(name, (data,))
    weight.replace_input_with(data, node)
    return f"Dropout(p={p:g}) inserted as `{join(prefix, name)}` before {where}", None


def _in(prefix: str) -> str:
    return f" in `{prefix}`" if prefix else ""


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


def _functional_to_modules(rw: _Rewriter, skip: Set[fx.Node], prefix: str) -> List[str]:
    """Dropout calls become modules that follow train()/eval() (fx baked the flag into the call)."""
    changes = []
    for node in list(rw.graph.nodes):
        if node in skip or node.op != "call_function":
            continue
        atom = P.atom_of(rw.gm, node)
        if atom is None or atom.label not in MODULE_FOR or not atom.active or atom.p is None:
            continue
        if says_training_true(node.meta.get("bnlint_loc")):
            continue
        data = node.args[0] if node.args else node.kwargs.get("input")
        if not isinstance(data, fx.Node):
            continue
        inplace = P.arg(node, 3, "inplace", False) is True
        module = MODULE_FOR[atom.label](atom.p, inplace=inplace)
        name = rw.add_module(P.owner_path(node), type(module).__name__.lower(), module)
        with rw.graph.inserting_after(node):
            new = rw.graph.call_module(name, (data,))
        new.meta.update(node.meta)
        node.replace_all_uses_with(new)
        rw.graph.erase_node(node)
        # an in-place F.dropout changed `data` for later readers too; the module does the same
        owner = join(prefix, P.owner_path(node))
        changes.append(f"{atom.label}(p={atom.p:g}){f' in `{owner}`' if owner else ''} became module "
                       f"`{join(prefix, name)}` ({type(module).__name__}: follows train()/eval())")
    return changes


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
