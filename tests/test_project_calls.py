"""The calls a checked file makes, as the project index reads them before parsing (bnlint.project.outline.calls_in):
read backwards for speed, so checked here against the plain forward reading they must equal."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bnlint.project.outline import calls_in as _calls_in


def forward(text: str) -> dict:
    """The definition: `name(`, `a.name(`, `a.b.name(`: the whole dotted name (not a call on a call's result); with an
    argument when something other than `)` follows the `(` (whitespace apart)."""
    found: dict = {}
    for match in re.finditer(r"(?<![\w.])(\w+(?:\.\w+)*)\s*\(", text):
        rest = text[match.end():].lstrip()
        found[match.group(1)] = found.get(match.group(1), False) or (rest[:1] not in ("", ")"))
    return found


def test_what_is_called_and_with_what():
    text = "evaluate(model)\nutils.evaluate( \n model)\nNet()\nmodels.Net ()\na.b.c(x)\nf(g(x))\nlast("
    assert _calls_in(text) == {"evaluate": True, "utils.evaluate": True, "Net": False, "models.Net": False,
                               "a.b.c": True, "f": True, "g": True, "last": False}


PIECES = st.sampled_from(["f", "g", "utils", "Net", ".", "(", ")", " ", "\n", "x", "1", "a.b", "_", ",", "#"])


@settings(max_examples=400)  # cheap: many more than the fuzz profile's default
@given(st.lists(PIECES, max_size=30).map("".join))
def test_reading_backwards_equals_reading_forwards(text):
    assert _calls_in(text) == forward(text)
