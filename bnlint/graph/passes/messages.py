"""How graph findings name what they are about: layers, units, BatchNorms, grouped by source line."""

from __future__ import annotations

from collections import OrderedDict
from typing import Iterable, List, Optional, Tuple

from bnlint.graph.context import Context
from bnlint.graph.frames import Location
from bnlint.graph.units import Unit


def named(path: str) -> str:
    return f"`{path}`" if path else "the model's own forward"


def few(items: List[str], n: int = 3) -> str:
    shown = ", ".join(f"`{i}`" if i else "the model's forward" for i in items[:n])
    return shown + (f" and {len(items) - n} more" if len(items) > n else "")


def p_text(p: Optional[float], sep: str = ", ") -> str:
    return f"{sep}p={p:.3g}" if p is not None else ""


def subject(units: List[Unit]) -> Tuple[str, bool]:
    """What a finding is about, and whether that is plural."""
    u = units[0]
    if len(units) == 1:
        if u.module:
            return f"{named(u.path)} ({u.label}{p_text(u.p)})", False
        return f"{u.label}{p_text(u.p, ' ').replace(' p=', ' (p=') + (')' if u.p is not None else '')} in {named(u.path)}", False
    ps = sorted({x.p for x in units if x.p is not None})
    prob = f" (p={ps[0]:.3g})" if len(ps) == 1 else ""
    kind = f"{u.label} layers" if u.module else f"{u.label} calls"
    return f"{len(units)} {kind}{prob} made by this line ({few([x.path for x in units])})", True


def verb(plural: bool, verb: str) -> str:
    """reach -> reaches for one subject."""
    return verb if plural else (verb + "es" if verb.endswith(("ch", "sh", "s")) else verb + "s")


def group(items: Iterable[Tuple[str, Tuple[Location, bool], Unit, List[str]]]):
    """Units reported on the same line of their own make one finding; a unit on a borrowed line (a layer
    inside an nn.Sequential literal built outside bnlint) makes its own."""
    groups: "OrderedDict[Tuple, Tuple[List[Unit], List[str]]]" = OrderedDict()
    for code, (loc, own), unit, extra in items:
        units, bns = groups.setdefault((code, loc) if own else (code, loc, unit.key), ([], []))
        units.append(unit)
        bns += [b for b in extra if b not in bns]
    return groups


def bn_related(ctx: Context, bns: List[str]) -> List[Tuple[Location, str]]:
    related, seen = [], set()
    for bn in bns:
        loc = ctx.module_location(bn)
        if loc and loc not in seen:
            seen.add(loc)
            related.append((loc, f"BatchNorm `{bn}` is defined here"))
        if len(related) == 3:
            break
    return related
