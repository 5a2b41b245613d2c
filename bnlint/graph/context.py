"""What the graph passes share about one model: traces in both modes, stochastic units, the BatchNorms a unit
reaches, source locations, eval-mode runs (computed once, on first use)."""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, Dict, FrozenSet, List, Optional, Set, Tuple

from torch import nn

from bnlint.graph import patterns as P
from bnlint.graph.confirm import EvalRuns, eval_twice
from bnlint.graph.frames import Location, describe, user_frame
from bnlint.graph.locate import Sites, user_class_site
from bnlint.graph.running import mode
from bnlint.graph.tracer import Traced, trace_model
from bnlint.graph.units import Unit, units_of


@dataclass
class GraphFinding:
    """What a graph pass found: its code and message, where (a source line), and related lines."""

    code: str
    message: str
    location: Location
    related: List[Tuple[Location, str]] = field(default_factory=list)


class LiveModel:
    """How to run the model for real: a model on a real device (built on demand) and its input."""

    def __init__(self, get_model: Callable[[], nn.Module], inputs: Any):
        self._get_model, self.inputs = get_model, inputs
        self._model: Optional[nn.Module] = None

    def model(self) -> nn.Module:
        if self._model is None:
            self._model = self._get_model()
        return self._model


class Context:
    """One model under analysis: its train- and eval-mode traces and stochastic units, computed once on
    first use and shared by the passes."""

    def __init__(self, model: nn.Module, name: str, enabled: FrozenSet[str], sites: Optional[Sites] = None,
                 runner: Optional[LiveModel] = None, model_site: Location = None):
        self.model, self.name, self.enabled = model, name, frozenset(enabled)
        self.sites = sites or Sites()
        self.runner = runner
        # a model of torch's own class (an nn.Sequential from a factory): the line that asked for the check
        self.model_site = model_site or user_class_site(type(model)) or user_frame(2)
        self.run_notes: List[str] = []

    # ------------------------------------------------------------- traces and units
    @cached_property
    def train(self) -> Traced:
        return trace_model(self.model, True, self.runner)

    @cached_property
    def eval(self) -> Traced:
        return trace_model(self.model, False, self.runner)

    def _units(self, traced: Traced, training: bool) -> List[Unit]:
        merged: "OrderedDict[Tuple, Unit]" = OrderedDict()
        for piece in traced.pieces:
            with mode(piece.root, training):  # a torch.nn dropout is active in the mode it was traced in
                found = units_of(piece, P.atoms(piece.root, piece.graph))
            for unit in found:
                if unit.key in merged:  # the same unit in another graph of the model (branches taken both ways)
                    merged[unit.key].atoms += unit.atoms
                else:
                    merged[unit.key] = unit
        return list(merged.values())

    @cached_property
    def train_units(self) -> List[Unit]:
        return [u for u in self._units(self.train, True) if u.active]

    @cached_property
    def needs_eval(self) -> bool:
        """torch.nn dropout layers follow the mode by construction; anything else must be looked at in eval."""
        return not self.train.exact or any(a.node.op != "call_module" for u in self.train_units for a in u.atoms)

    @cached_property
    def eval_units(self) -> List[Unit]:
        return [u for u in self._units(self.eval, False) if u.active] if self.needs_eval else []

    @cached_property
    def eval_active(self) -> Set[Tuple]:
        return {u.key for u in self.eval_units}

    @property
    def notes(self) -> List[str]:
        seen = list(self.train.notes)
        if "eval" in self.__dict__:
            seen += [n for n in self.eval.notes if n not in seen]
        return seen + self.run_notes

    def reached_batchnorms(self, unit: Unit) -> List[str]:
        found: "OrderedDict[str, None]" = OrderedDict()
        by_piece: Dict[int, List[P.Atom]] = {}
        for a in unit.atoms:
            by_piece.setdefault(id(a.node.graph), []).append(a)
        for piece in self.train.pieces:
            start = [a.node for a in by_piece.get(id(piece.graph), [])]
            if not start:
                continue
            order = self._order(piece.graph)
            stop = lambda n, r=piece.root: P.is_batchnorm(r, n) or P.is_other_norm(r, n)  # noqa: E731
            for node in P.reach(piece.root, start, stop, order):
                if P.is_batchnorm(piece.root, node) and P.keeps_running_stats(piece.root, node):
                    found[piece.qual(P.bn_path(piece.root, node))] = None
        return list(found)

    def _order(self, graph) -> Dict[Any, int]:
        cache = self.__dict__.setdefault("_orders", {})
        if id(graph) not in cache:
            cache[id(graph)] = P.node_order(graph)
        return cache[id(graph)]

    # ------------------------------------------------------------- locations
    def location(self, unit: Unit) -> Location:
        return self.placed(unit)[0]

    def placed(self, unit: Unit) -> Tuple[Location, bool]:
        """(where a finding about `unit` points, whether that line is the unit's own: the line that created
        or assigned its module, or the line of its call). Only units on their own lines are grouped."""
        if not unit.module:
            return unit.call_site or self.model_site, unit.call_site is not None
        site, own = self.sites.site_of(self.model, unit.path)
        return (site, own) if site else (unit.call_site or self.model_site, False)

    def module_location(self, path: str) -> Location:
        return self.sites.module_site(self.model, path) or self.model_site

    # ------------------------------------------------------------- running
    @cached_property
    def runs(self) -> Optional[EvalRuns]:
        if self.runner is None:
            return None
        try:
            return eval_twice(self.runner.model(), self.runner.inputs)
        except Exception as exc:  # noqa: BLE001 - user code
            self.run_notes.append(f"could not run it on the given input ({describe(exc)}); eval-mode findings "
                                  "come from the graph alone")
            return None
