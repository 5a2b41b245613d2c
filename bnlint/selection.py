"""Which rules run: `select`, `extend-select` and `ignore` layers (the config file, then the command line)
applied to the codes, prefixes (`BN1`), names and `ALL` of the catalogue."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Dict, FrozenSet, Optional, Sequence, Tuple

from bnlint import catalogue
from bnlint.errors import ConfigError


@dataclass(frozen=True)
class Selection:
    """One layer of rule selection (the config file, then the command line)."""

    select: Optional[Tuple[str, ...]] = None
    extend_select: Tuple[str, ...] = ()
    ignore: Tuple[str, ...] = ()



def all_codes() -> Dict[str, catalogue.RuleDoc]:
    return catalogue.load()


def expand_selector(selector: str, where: str) -> FrozenSet[str]:
    """`BN1` -> every BN1xx code; `ALL`; an exact code; a rule name."""
    docs = all_codes()
    sel = selector.strip()
    if sel.upper() == "ALL":
        return frozenset(docs)
    by_name = catalogue.by_name(sel)
    if by_name:
        return frozenset({by_name.code})
    matched = frozenset(c for c in docs if c.startswith(sel.upper()))
    if not matched or not re.fullmatch(r"[A-Za-z]+\d*", sel):
        raise ConfigError(
            f"{where}: unknown rule code or prefix {selector!r} "
            f"(known: {', '.join(docs)}; see `bnlint rules`)"
        )
    return matched


def resolve_enabled(layers: Sequence[Tuple[Selection, str]], tier: str = "source") -> FrozenSet[str]:
    """The codes on for `tier`: its defaults (a rule may be on in the graph tier only), then each layer."""
    enabled = {code for code, doc in all_codes().items() if tier in doc.default_tiers}
    for layer, where in layers:
        if layer.select is not None:
            enabled = set()
            for s in layer.select:
                enabled |= expand_selector(s, f"{where} select")
        for s in layer.extend_select:
            enabled |= expand_selector(s, f"{where} extend-select")
        for s in layer.ignore:
            enabled -= expand_selector(s, f"{where} ignore")
    return frozenset(enabled)
