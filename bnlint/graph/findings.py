"""Graph findings as Diagnostics, and back from the JSON a worker process sends (Diagnostic.to_dict shape);
`# noqa` and display paths for them. No torch here: the parent process of `--trace` uses this too."""

from __future__ import annotations

import linecache
import os
from dataclasses import replace
from typing import Any, Dict, Iterable, List, Optional, Tuple

from bnlint import catalogue
from bnlint.diagnostic import Diagnostic, Position, Severity
from bnlint.system import SYSTEM_CODES

Location = Optional[Tuple[str, int]]


def rule_name(code: str) -> str:
    if code in SYSTEM_CODES:
        return SYSTEM_CODES[code][0]
    doc = catalogue.get(code)
    return doc.name if doc else code.lower()  # every graph code has one (test_catalogue)


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


class NoqaFilter:
    """`# noqa` comments of the files graph findings point into (read once each)."""

    def __init__(self) -> None:
        self._cache: Dict[str, Any] = {}

    def suppressed(self, diag: Diagnostic) -> bool:
        from bnlint.source import noqa

        if diag.path not in self._cache:
            try:
                with open(diag.path, encoding="utf-8") as f:
                    self._cache[diag.path] = noqa.parse(f.read())
            except (OSError, UnicodeDecodeError, ValueError):
                self._cache[diag.path] = None
        sup = self._cache[diag.path]
        return sup is not None and sup.suppressed(diag)

    def keep(self, diags: Iterable[Diagnostic]) -> List[Diagnostic]:
        """The findings no noqa comment silences; system codes (BN9xx) are always kept."""
        return [d for d in diags if d.code in SYSTEM_CODES or not self.suppressed(d)]


STDLIB = os.path.dirname(os.__file__) + os.sep


def in_stdlib(path: str) -> bool:
    """In the standard library's folder, and not one of the packages installed inside it."""
    return path.startswith(STDLIB) and not any(
        part in ("site-packages", "dist-packages") for part in path[len(STDLIB):].split(os.sep))


def display_path(path: str, base: Optional[str] = None) -> str:
    """A path relative to the current folder when it is below it, as the source tier shows paths."""
    if path.startswith("<"):
        return path
    try:
        rel = os.path.relpath(path, base or os.getcwd())
    except ValueError:
        return path
    return path if rel.startswith("..") else rel


def for_display(diag: Diagnostic, shown: Optional[Dict[str, str]] = None) -> Diagnostic:
    """diag with display paths; shown maps absolute paths to the way the user wrote them."""
    shown = shown or {}

    def show(path: str) -> str:
        return shown.get(os.path.abspath(path)) or display_path(path)

    related = tuple((show(p), pos, note) for p, pos, note in diag.related)
    return replace(diag, path=show(diag.path), related=related)
