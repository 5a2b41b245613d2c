"""Graph analyses: one small pass per rule over a model's train-mode and eval-mode graphs.

A pass is a function of the Context registered for the codes it can report (`@graph_pass("BN001")`); it runs
only when one of them is enabled. Shared work (traces, stochastic units, reachability, eval-mode runs) is
computed once, on first use, by the Context.
"""

from __future__ import annotations

import linecache
import re
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Callable, Dict, FrozenSet, Iterable, List, Optional, Set, Tuple

from torch import nn

from bnlint.graph import patterns as P
from bnlint.graph.confirm import EvalRuns, eval_twice
from bnlint.graph.locate import Sites, user_class_site
from bnlint.graph.tracer import Location, Traced, describe, mode, trace_model, user_frame
from bnlint.graph.units import Unit, units_of


@dataclass
class Finding:
    code: str
    message: str
    location: Location
    related: List[Tuple[Location, str]] = field(default_factory=list)


class Runner:
    """How to run the model for real: a model on a real device (built on demand) and its input."""

    def __init__(self, get_model: Callable[[], nn.Module], inputs: Any):
        self._get_model, self.inputs = get_model, inputs
        self._model: Optional[nn.Module] = None

    def model(self) -> nn.Module:
        if self._model is None:
            self._model = self._get_model()
        return self._model


PASSES: List[Tuple[FrozenSet[str], Callable[["Context"], Iterable[Finding]]]] = []


def graph_pass(*codes: str):
    def register(fn):
        PASSES.append((frozenset(codes), fn))
        return fn

    return register


class Context:
    def __init__(self, model: nn.Module, name: str, enabled: FrozenSet[str], sites: Optional[Sites] = None,
                 runner: Optional[Runner] = None, model_site: Location = None):
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


def analyse(ctx: Context) -> List[Finding]:
    findings: List[Finding] = []
    for codes, fn in PASSES:
        if codes & ctx.enabled:
            findings += [f for f in fn(ctx) if f.code in ctx.enabled]
    return findings


# ------------------------------------------------------------------ message helpers
def named(path: str) -> str:
    return f"`{path}`" if path else "the model's own forward"


def _few(items: List[str], n: int = 3) -> str:
    shown = ", ".join(f"`{i}`" if i else "the model's forward" for i in items[:n])
    return shown + (f" and {len(items) - n} more" if len(items) > n else "")


def _p(p: Optional[float], sep: str = ", ") -> str:
    return f"{sep}p={p:.3g}" if p is not None else ""


def subject(units: List[Unit]) -> Tuple[str, bool]:
    """What a finding is about, and whether that is plural."""
    u = units[0]
    if len(units) == 1:
        if u.module:
            return f"{named(u.path)} ({u.label}{_p(u.p)})", False
        return f"{u.label}{_p(u.p, ' ').replace(' p=', ' (p=') + (')' if u.p is not None else '')} in {named(u.path)}", False
    ps = sorted({x.p for x in units if x.p is not None})
    prob = f" (p={ps[0]:.3g})" if len(ps) == 1 else ""
    kind = f"{u.label} layers" if u.module else f"{u.label} calls"
    return f"{len(units)} {kind}{prob} made by this line ({_few([x.path for x in units])})", True


def _s(plural: bool, verb: str) -> str:
    """reach -> reaches for one subject."""
    return verb if plural else (verb + "es" if verb.endswith(("ch", "sh", "s")) else verb + "s")


def _group(items: Iterable[Tuple[str, Tuple[Location, bool], Unit, List[str]]]):
    """Units reported on the same line of their own make one finding; a unit on a borrowed line (a layer
    inside an nn.Sequential literal built outside bnlint) makes its own."""
    groups: "OrderedDict[Tuple, Tuple[List[Unit], List[str]]]" = OrderedDict()
    for code, (loc, own), unit, extra in items:
        units, bns = groups.setdefault((code, loc) if own else (code, loc, unit.key), ([], []))
        units.append(unit)
        bns += [b for b in extra if b not in bns]
    return groups


def _bn_related(ctx: Context, bns: List[str]) -> List[Tuple[Location, str]]:
    related, seen = [], set()
    for bn in bns:
        loc = ctx.module_location(bn)
        if loc and loc not in seen:
            seen.add(loc)
            related.append((loc, f"BatchNorm `{bn}` is defined here"))
        if len(related) == 3:
            break
    return related


def _dropout_function(unit: Unit) -> bool:
    """nn.Dropout* or F.dropout*: regularisers by definition, identity in eval when used as documented."""
    return all(a.node.op == "call_module" or a.node.target in P.DROPOUT_FUNCS or a.node.target in
               P.ALPHA_DROPOUT_FUNCS for a in unit.atoms)


def batchnorms_shifted_by(ctx: "Context", unit: Unit) -> List[str]:
    """The BatchNorms a train-time regulariser reaches (BN001/BN006, and what fix_model rewrites); none when
    the unit is not the identity in eval: then it is no regulariser but BN003's business."""
    if unit.key in ctx.eval_active and not _dropout_function(unit):
        return []
    return ctx.reached_batchnorms(unit)


# ------------------------------------------------------------------ BN001, BN006
@graph_pass("BN001", "BN006")
def stochastic_before_batchnorm(ctx: Context) -> Iterable[Finding]:
    items = []
    for unit in ctx.train_units:
        if unit.kind == "noise" or unit.p == 0.0:  # p=0: the identity in both modes
            continue
        code = "BN006" if unit.kind == "drop_path" else "BN001"
        if code not in ctx.enabled:
            continue
        bns = batchnorms_shifted_by(ctx, unit)
        if bns:
            items.append((code, ctx.placed(unit), unit, bns))
    for (code, loc, *_), (units, bns) in _group(items).items():
        bn_text = f"BatchNorm {_few(bns)}" if len(bns) <= 1 else f"{len(bns)} BatchNorm layers ({_few(bns)})"
        model = f" (model `{ctx.name}`)"
        what, plural = subject(units)
        if code == "BN001":
            message = (
                f"{what} {_s(plural, 'reach')} {bn_text} with no normalisation layer between{model}: "
                "in training it rescales activations by 1/(1-p), so BatchNorm learns a running variance that "
                "eval-mode activations do not have (variance shift); move dropout after the last BatchNorm or "
                "use Uout (`bnlint.fix_model`)"
            )
        else:
            ps = [u.p for u in units if u.p]
            shift = f"{1 / (1 - max(ps)):.2f}x" if ps and max(ps) < 1 else "1/(1-p) times"
            message = (
                f"drop path {what} {_s(plural, 'reach')} {bn_text}{model}: in training it keeps a residual "
                f"branch with probability 1-p and scales it by 1/(1-p), so that branch's variance is up to {shift} "
                "its eval-mode variance and BatchNorm's running variance is off in eval (variance shift); accept "
                "it, lower p, or keep BatchNorm out of the dropped path"
            )
        yield Finding(code, message, loc, _bn_related(ctx, bns))


# ------------------------------------------------------------------ BN002, BN003
_TRAINING_TRUE = re.compile(r"\btraining\s*=\s*True\b")


def _says_training_true(loc: Location) -> bool:
    """An explicit `training=True` at the call: dropout at inference on purpose (Monte Carlo dropout)."""
    if not loc:
        return False
    text, depth, line = "", 0, loc[1]
    while line < loc[1] + 12:
        src = linecache.getline(loc[0], line)
        if not src:
            break
        text += src
        depth += src.count("(") - src.count(")")
        if depth <= 0:
            break
        line += 1
    return bool(_TRAINING_TRUE.search(text))


@graph_pass("BN002", "BN003")
def stochastic_in_eval(ctx: Context) -> Iterable[Finding]:
    if not ctx.needs_eval:
        return
    items = []
    for unit in ctx.eval_units:
        if _says_training_true(unit.call_site) or any(a.node.target in P.ALPHA_DROPOUT_FUNCS for a in unit.atoms):
            continue  # dropout at inference on purpose (Monte Carlo dropout)
        if unit.kind == "noise" and not unit.module:
            continue  # noise in a layer with weights is the model itself (GAN noise injection, VAE sampling)
        functional = all(a.node.target in P.DROPOUT_FUNCS for a in unit.atoms)
        code = "BN002" if functional else "BN003"
        if code in ctx.enabled:
            # BN002 points at the call, as the source tier does; BN003 at the layer
            items.append((code, (unit.call_site, True) if functional else ctx.placed(unit), unit, []))
    exact = ctx.eval.exact
    if not items and exact:
        return
    runs = ctx.runs
    if runs is not None and not runs.differs:
        return  # two eval-mode runs agree: whatever the graph shows does not reach the output
    if runs is None:
        how = "seen in the eval-mode graph; give an input shape to confirm it with a run"
    else:
        how = f"confirmed: two eval-mode runs on the same input differ, first at {named(runs.first or '')}"
    for (code, loc, *_), (units, _) in _group(items).items():
        what, plural = subject(units)
        if code == "BN002":
            message = (
                f"{what} {'are' if plural else 'is'} still on in eval mode (model `{ctx.name}`; its `training` argument "
                "defaults to True): predictions are random after model.eval(); pass training=self.training or "
                f"use nn.Dropout ({how})"
            )
        else:
            message = (
                f"{what} still {_s(plural, 'draw')} random numbers in eval mode (model `{ctx.name}`): it does "
                "not check self.training, so predictions are random after model.eval(); make it return its "
                f"input unchanged when not self.training ({how})"
            )
        yield Finding(code, message, loc)
    if not items and runs is not None and runs.first is not None and "BN003" in ctx.enabled:
        yield Finding(
            "BN003",
            f"{named(runs.first)} gives different outputs in two eval-mode runs on the same input (model "
            f"`{ctx.name}`): something in it draws random numbers in eval mode, in code torch.fx could not trace; "
            "make its stochastic layers check self.training",
            ctx.module_location(runs.first),
        )
