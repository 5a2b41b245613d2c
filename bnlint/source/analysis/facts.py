"""Branch facts across a call: a callee's exit state remembers the conditions its path took (`mode ==
'training'`, `test`); at a call that passes constants for those parameters, only the exits consistent with
them can happen (`predict(x, mode='training')` never leaves through the `mode == 'inference'` branch), and a
parameter passed on from the caller becomes the caller's own fact."""

from __future__ import annotations

import ast
import functools
from typing import FrozenSet, Optional, Tuple

from bnlint.source.semantic.calls import Site

Fact = Tuple[str, bool]
_UNKNOWN = object()


@functools.lru_cache(maxsize=4096)
def _parsed(text: str) -> Optional[ast.expr]:
    try:
        return ast.parse(text, mode="eval").body
    except SyntaxError:  # pragma: no cover - facts are unparsed expressions
        return None


def _default(site: Site, param: str):
    """The callee's default for param, as an expression, or None."""
    a = site.callee.node.args
    positional = a.posonlyargs + a.args
    defaults = dict(zip([p.arg for p in positional[len(positional) - len(a.defaults):]], a.defaults))
    defaults.update({p.arg: d for p, d in zip(a.kwonlyargs, a.kw_defaults) if d is not None})
    return defaults.get(param)


def _passed(site: Site, param: str) -> Optional[ast.expr]:
    if param not in site.callee.params:
        return None
    value = site.arg(param)
    return value if value is not None else _default(site, param)


def _value(node: Optional[ast.expr]):
    return node.value if isinstance(node, ast.Constant) else _UNKNOWN


def at_site(site: Site, facts: FrozenSet[Fact]) -> Optional[FrozenSet[Fact]]:
    """The callee's facts seen from this call: None when one contradicts a constant the call passes, else the
    facts that become the caller's (a parameter passed on under the caller's own name)."""
    out = set()
    for text, truth in facts:
        test = _parsed(text)
        if isinstance(test, ast.Name):
            passed = _passed(site, test.id)
            value = _value(passed)
            if value is not _UNKNOWN:
                if bool(value) != truth:
                    return None
            elif isinstance(passed, ast.Name):
                out.add((passed.id, truth))
        elif (isinstance(test, ast.Compare) and len(test.ops) == 1 and isinstance(test.ops[0], (ast.Eq, ast.Is))
              and isinstance(test.left, ast.Name) and isinstance(test.comparators[0], ast.Constant)):
            passed = _passed(site, test.left.id)
            value = _value(passed)
            if value is not _UNKNOWN:
                if (value == test.comparators[0].value) != truth:
                    return None
            elif isinstance(passed, ast.Name):
                renamed = ast.Compare(ast.Name(passed.id, ast.Load()), test.ops, test.comparators)
                out.add((ast.unparse(renamed), truth))
    return frozenset(out)
