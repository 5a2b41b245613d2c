"""Trace a model with torch.fx, as much of it as can be traced.

1. symbolic_trace the whole model (the exact graph);
2. data-dependent control flow (`if x.sum() > 0:`): trace it twice, every such branch taken one way, then the
   other, and analyse both graphs;
3. otherwise mark the submodule whose forward fails as a leaf, retry, and trace that submodule on its own;
4. when the model's own forward fails: record one real forward pass (if an input is known), else trace each
   child on its own.

Every step that loses exactness leaves a note saying which part was analysed how.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any, Dict, Iterator, List, Optional, Tuple

from torch import fx, nn

from bnlint.graph.frames import describe
from bnlint.graph.fx_tracer import ControlFlow, GraphTracer, join
from bnlint.graph.running import mode

MAX_LEAVES = 32
MAX_DEPTH = 4


@dataclass
class Piece:
    """A graph of `root`, which is the module at `prefix` in the model."""

    prefix: str
    root: nn.Module
    graph: fx.Graph
    recorded: bool = False

    def qual(self, rel: str) -> str:
        return join(self.prefix, rel)


@dataclass
class Traced:
    pieces: List[Piece] = field(default_factory=list)
    notes: List[str] = field(default_factory=list)
    exact: bool = True


def _name(path: str) -> str:
    return f"`{path}`" if path else "the model's own forward"


def trace_model(model: nn.Module, training: bool, runner: Any = None) -> Traced:
    """Never raises for a model that cannot be traced: what could not be seen is in .notes.

    runner (bnlint.graph.analysis.Runner), when given, can run the model for real: used to record a forward
    pass when the model's own forward cannot be traced."""
    with mode(model, training):
        traced = _trace(model, runner, "", 0, training)
    return traced


def _trace(model: nn.Module, runner: Any, prefix: str, depth: int, training: bool = True) -> Traced:
    tracer = GraphTracer()
    try:
        return Traced([Piece(prefix, model, tracer.trace(model))])
    except Exception as exc:  # noqa: BLE001 - any failure of user code while tracing
        first = exc
    out = Traced(exact=False)
    if isinstance(first, ControlFlow):
        graphs, sites = [], []
        for branch in (True, False):
            t = GraphTracer(branch=branch)
            try:
                graphs.append(t.trace(model))
                sites += [s for s in t.branch_sites if s]
            except Exception:  # noqa: BLE001
                graphs = []
                break
        if graphs:
            where = sorted({f"{os.path.basename(f)}:{line}" for f, line in sites})
            out.pieces = [Piece(prefix, model, g) for g in graphs]
            out.notes.append(
                f"{_name(prefix)} has data-dependent control flow ({', '.join(where[:3]) or 'unknown place'}): "
                "analysed with those branches taken one way, then the other"
            )
            return out
    # Leaf the failing submodules one by one.
    leaves: List[str] = []
    failure = first
    failed_path = tracer.failed_path
    while failed_path and len(leaves) < MAX_LEAVES:
        leaves.append(failed_path)
        t = GraphTracer(leaves=leaves)
        try:
            graph = t.trace(model)
        except Exception as exc:  # noqa: BLE001
            failure, failed_path = exc, t.failed_path
            continue
        out.pieces.append(Piece(prefix, model, graph))
        from bnlint.graph.probe import probe

        for leaf in leaves:
            sub = model.get_submodule(leaf)
            found = probe(sub, training)
            if found is not None:  # a weightless layer: what it does is seen by running it
                for node in graph.nodes:
                    if node.op == "call_module" and node.target == leaf:
                        node.meta["bnlint_probe"] = found
                out.notes.append(f"{_name(join(prefix, leaf))} could not be traced; its behaviour was probed "
                                 "by running it on a test input")
                continue
            out.notes.append(f"{_name(join(prefix, leaf))} could not be traced in place; analysed on its own")
            _merge(out, _sub(sub, join(prefix, leaf), depth, training))
        return out
    # The model's own forward cannot be traced.
    reason = describe(failure)
    if runner is not None:
        from bnlint.graph.record import record_graph

        try:
            real = runner.model()
            with mode(real, training):
                graph = record_graph(real, runner.inputs)
        except Exception as exc:  # noqa: BLE001
            out.notes.append(f"{_name(prefix)} could not be traced ({reason}) nor run ({describe(exc)})")
        else:
            out.pieces.append(Piece(prefix, real, graph, recorded=True))
            out.notes.append(
                f"{_name(prefix)} could not be traced ({reason}); analysed from one recorded forward pass "
                "(branches not taken were not seen)"
            )
            return out
    children = list(model.named_children())
    hint = "" if prefix else "; give --input-shape to record a forward pass instead"
    out.notes.append(
        f"{_name(prefix)} could not be traced ({reason}): "
        + (f"analysed its {len(children)} submodules on their own, not the paths between them{hint}"
           if children else "not analysed")
    )
    for name, child in children:
        _merge(out, _sub(child, join(prefix, name), depth, training))
    return out


def _sub(module: nn.Module, prefix: str, depth: int, training: bool) -> Traced:
    if depth >= MAX_DEPTH:
        return Traced(exact=False, notes=[f"{_name(prefix)} is nested too deep in untraceable code; not analysed"])
    if GraphTracer().is_leaf_module(module, prefix) or type(module).forward is nn.Module.forward:
        return Traced()  # a torch.nn layer (nothing to see inside) or a container without a forward
    return _trace(module, None, prefix, depth + 1, training)


def _merge(into: Traced, other: Traced) -> None:
    into.pieces += other.pieces
    into.notes += other.notes
    into.exact = into.exact and other.exact


def iter_nodes(traced: Traced) -> Iterator[Tuple[Piece, fx.Node]]:
    for piece in traced.pieces:
        for node in piece.graph.nodes:
            yield piece, node


class CannotRewrite(ValueError):
    """The model's forward cannot be rewritten as a graph; `reason` says why (fix_model words its own advice)."""

    def __init__(self, reason: str, advice: str = "fix the source by hand (see `bnlint rule BN001`)"):
        self.reason = reason
        super().__init__(f"cannot rewrite this model: {reason}" + (f"; {advice}" if advice else ""))


def trace_for_rewrite(model: nn.Module) -> Tuple[fx.GraphModule, List[str], List[str]]:
    """A GraphModule of the model, traced in train mode, that behaves like the model in both modes.

    fx bakes `self.training` into the graph. So the model is traced in both modes and every submodule whose
    forward differs between them (other than in functional dropout's `training` flag, which the rewrite turns
    into nn.Dropout modules) becomes a leaf: it stays a module and keeps following train()/eval(). So do
    submodules fx cannot trace. Returns (graph module, untraceable leaves, mode-dependent leaves).
    Raises ValueError when the model's own forward cannot be traced or depends on the mode."""
    untraceable: List[str] = []
    moded: List[str] = []
    for _ in range(4 * MAX_LEAVES):
        graphs = []
        for training in (True, False):
            tracer = GraphTracer(leaves=untraceable + moded)
            try:
                with mode(model, training):
                    graphs.append(tracer.trace(model))
            except Exception as exc:  # noqa: BLE001
                if tracer.failed_path and len(untraceable) < MAX_LEAVES:
                    untraceable.append(tracer.failed_path)
                    break
                raise CannotRewrite(f"torch.fx cannot trace its forward ({describe(exc)})") from None
        if len(graphs) < 2:
            continue
        diverged = _mode_dependent(*graphs)
        if diverged is None:
            return fx.GraphModule(model, graphs[0], type(model).__name__), untraceable, moded
        if not diverged or diverged in moded:
            raise CannotRewrite("its own forward computes something different in train and eval mode (beyond dropout)")
        moded.append(diverged)
    raise CannotRewrite("too many submodules depend on the mode", advice="")


def _mode_dependent(train: fx.Graph, evaluation: fx.Graph) -> Optional[str]:
    """None when both graphs compute the same (dropout flags aside); else the submodule where they part."""
    a, b = list(train.nodes), list(evaluation.nodes)
    index_a = {n: i for i, n in enumerate(a)}
    index_b = {n: i for i, n in enumerate(b)}
    for i in range(max(len(a), len(b))):
        na = a[i] if i < len(a) else None
        nb = b[i] if i < len(b) else None
        if na is not None and nb is not None and _same(na, nb, index_a, index_b):
            continue
        sa = _stack(na) if na is not None else []
        sb = _stack(nb) if nb is not None else []
        common = 0
        while common < min(len(sa), len(sb)) and sa[common] == sb[common]:
            common += 1
        # The module one of the traces went into and the other did not, else the one whose code differs.
        if len(sa) > common:
            return sa[common]
        if len(sb) > common:
            return sb[common]
        return sa[common - 1] if common else ""
    return None


def _stack(node: fx.Node) -> List[str]:
    paths = [v[0] for v in (node.meta.get("nn_module_stack") or {}).values()]
    if node.op == "call_module" and paths and paths[-1] == node.target:
        paths.pop()  # a leaf call belongs to the module that calls it
    return paths


def _same(x: fx.Node, y: fx.Node, ix: Dict[fx.Node, int], iy: Dict[fx.Node, int]) -> bool:
    if x.op != y.op or x.target != y.target or _stack(x) != _stack(y):
        return False
    from bnlint.graph.patterns import ALPHA_DROPOUT_FUNCS, DROPOUT_FUNCS

    def norm(value, index):
        return fx.node.map_arg(value, lambda n: ("node", index.get(n)))

    ax, ay = list(x.args), list(y.args)
    kx, ky = dict(x.kwargs), dict(y.kwargs)
    if x.op == "call_function" and (x.target in DROPOUT_FUNCS or x.target in ALPHA_DROPOUT_FUNCS) \
            and isinstance(ax[1] if len(ax) > 1 else kx.get("p", 0.5), (int, float)):
        # the rewrite turns these into modules that follow the mode: their baked flag does not matter
        for args, kwargs in ((ax, kx), (ay, ky)):
            kwargs.pop("training", None)
            kwargs.pop("train", None)
            del args[2:3]
    return norm(tuple(ax), ix) == norm(tuple(ay), iy) and norm(kx, ix) == norm(ky, iy)
