"""check_model: the graph tier on a model object, in this process (the CLI runs it in a child process)."""

from __future__ import annotations

import inspect
from typing import Any, Callable, FrozenSet, Iterable, List, Optional, Union

from torch import nn

from bnlint.diagnostic import Diagnostic, Severity
from bnlint.graph.context import Context, GraphFinding, LiveModel
from bnlint.graph.build import on_meta
from bnlint.graph.locate import Sites
from bnlint.graph.findings import NoqaFilter, make
from bnlint.graph.frames import Location, describe
from bnlint.graph.passes import stochastic_before_batchnorm, stochastic_in_eval
from bnlint.graph.passes.registry import PASSES


PASS_MODULES = (stochastic_before_batchnorm, stochastic_in_eval)  # importing them registers their passes


def analyse(ctx: Context) -> List[GraphFinding]:
    """Every enabled pass on one model; each keeps only the findings of enabled codes."""
    findings: List[GraphFinding] = []
    for codes, fn in PASSES:
        if codes & ctx.enabled:
            findings += [f for f in fn(ctx) if f.code in ctx.enabled]
    return findings


def diagnose(model: nn.Module, name: str, enabled: Iterable[str], *, sites: Optional[Sites] = None,
             runner: Optional[LiveModel] = None, model_site: Location = None) -> List[Diagnostic]:
    """Every graph finding for one model, plus BN910 notes on what could not be analysed exactly."""
    ctx = Context(model, name, frozenset(enabled), sites, runner, model_site)
    try:
        findings = analyse(ctx)
    except Exception as exc:  # noqa: BLE001 - a bug in bnlint must not hide the other models
        return [make("BN902", f"the graph analysis crashed on model `{name}`: {describe(exc)}; please report it",
                     ctx.model_site)]
    diags = [make(f.code, f.message, f.location, f.related) for f in findings]
    for note in ctx.notes:
        diags.append(make("BN910", f"model `{name}` analysed in part: {note}", ctx.model_site,
                          severity=Severity.INFO))
    return diags


def enabled_codes(select: Optional[Iterable[str]] = None, ignore: Iterable[str] = ()) -> FrozenSet[str]:
    from bnlint.config import Overrides, Selection, build_settings

    sel = Selection(select=tuple(select) if select is not None else None, ignore=tuple(ignore))
    return build_settings(None, Overrides(selection=sel)).enabled_in("graph")


def check_model(model: Union[nn.Module, Callable[[], nn.Module]], example_inputs: Any = None, *,
                select: Optional[Iterable[str]] = None, ignore: Iterable[str] = (),
                name: Optional[str] = None) -> List[Diagnostic]:
    """Trace `model` with torch.fx and report what the graph shows (BN001, BN002, BN003, BN006 when selected).

    `model` is a module, or a class or factory that builds one with no arguments: bnlint then builds it
    itself and so knows the line that created every layer, layers of an `nn.Sequential(...)` literal included
    (a module built elsewhere only has the lines of its classes).
    example_inputs (a tensor, a tuple of them or a dict of keyword arguments) lets bnlint run the model:
    to confirm that eval-mode outputs are random, and to record a forward pass of a model fx cannot trace.
    The model is left as it came (training flags restored). `# noqa` on the reported lines applies.
    """
    sites = None
    if not isinstance(model, nn.Module) and callable(model):
        try:
            inspect.signature(model).bind()
        except TypeError:
            raise TypeError(f"check_model expects a torch.nn.Module or a factory that builds one with no "
                            f"arguments; {getattr(model, '__name__', model)!r} needs arguments: call it first, "
                            "or wrap it: lambda: factory(...)") from None
        except ValueError:  # no signature to read (a builtin): let the call say what is wrong
            pass
        factory, sites = model, Sites()
        with sites.recording():
            model = factory()
        if not isinstance(model, nn.Module):
            raise TypeError(f"check_model: {getattr(factory, '__name__', factory)!r} returned "
                            f"{type(model).__name__}, not a torch.nn.Module")
        name = name or getattr(factory, "__name__", None)
    if not isinstance(model, nn.Module):
        raise TypeError(f"check_model expects a torch.nn.Module (or a factory of one), got {type(model).__name__}")
    runner = LiveModel(lambda: model, example_inputs) if example_inputs is not None and not on_meta(model) else None
    diags = diagnose(model, name or type(model).__name__, enabled_codes(select, ignore), sites=sites, runner=runner)
    return sorted(NoqaFilter().keep(diags), key=Diagnostic.sort_key)
