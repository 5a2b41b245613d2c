"""Graph findings as Diagnostics, and back from the JSON a worker process sends (Diagnostic.to_dict shape)."""

from __future__ import annotations

import linecache
from typing import Iterable, Optional, Tuple

from bnlint import catalogue
from bnlint.diagnostic import Diagnostic, Position, Severity
from bnlint.system import SYSTEM_CODES

Location = Optional[Tuple[str, int]]
# Until a rule's document exists, its name still has to be something.
FALLBACK_NAMES = {"BN001": "dropout-before-batchnorm", "BN002": "functional-dropout-always-on",
                  "BN003": "stochastic-layer-ignores-training", "BN006": "drop-path-before-batchnorm"}


def rule_name(code: str) -> str:
    if code in SYSTEM_CODES:
        return SYSTEM_CODES[code][0]
    doc = catalogue.get(code)
    return doc.name if doc else FALLBACK_NAMES.get(code, code.lower())


def _severity(code: str) -> Severity:
    doc = catalogue.get(code)
    try:
        return Severity(doc.severity) if doc else Severity.WARNING
    except ValueError:
        return Severity.WARNING


def _span(location: Location) -> Tuple[str, Position, Position]:
    if not location:
        return "<model>", Position(1, 1), Position(1, 1)
    path, line = location
    text = linecache.getline(path, line).rstrip("\r\n")
    start = len(text) - len(text.lstrip()) + 1 if text.strip() else 1
    return path, Position(line, start), Position(line, len(text) + 1 if text.strip() else 1)


def make(code: str, message: str, location: Location,
         related: Iterable[Tuple[Location, str]] = (), severity: Optional[Severity] = None) -> Diagnostic:
    path, start, end = _span(location)
    rel = tuple((loc[0], Position(loc[1], 1), note) for loc, note in related if loc)
    return Diagnostic(code, rule_name(code), message, path, start, end,
                      severity or (Severity.ERROR if code in SYSTEM_CODES else _severity(code)), None, rel)
