"""Reporters turn diagnostics into one output format; they know nothing about rules."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, TextIO

from bnlint.diagnostic import Diagnostic


@dataclass
class Run:
    """Everything a reporter may show about one `bnlint check`."""

    diagnostics: List[Diagnostic]
    files: int = 0
    models: Optional[int] = None  # models the graph tier analysed; None when it did not run
    fixed: List[Diagnostic] = field(default_factory=list)
    unsafe_hidden: int = 0  # fixable only with --unsafe-fixes
    unsafe_enabled: bool = False
    rewrite: bool = False
    statistics: bool = False
    quiet: bool = False

    def fixable(self) -> List[Diagnostic]:
        return [
            d for d in self.diagnostics
            if d.fix and (self.unsafe_enabled or d.fix.applicability.value == "safe")
        ]

    def counts(self) -> Dict[str, List[Diagnostic]]:
        out: Dict[str, List[Diagnostic]] = {}
        for d in self.diagnostics:
            out.setdefault(d.code, []).append(d)
        return dict(sorted(out.items()))


def shown(path: str) -> str:
    """A path as text any UTF-8 stream accepts: bytes of a file name that are not UTF-8 (kept by Python
    as surrogate escapes, which cannot be written) become U+FFFD."""
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return path.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def reporters() -> Dict[str, Callable[[Run, TextIO], None]]:
    from bnlint.report import github, json_format, sarif, text

    return {"text": text.report, "json": json_format.report, "sarif": sarif.report, "github": github.report}


FORMATS = ("text", "json", "sarif", "github")
