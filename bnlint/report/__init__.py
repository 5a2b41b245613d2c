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
    show_fixes: bool = False  # list what --rewrite fixed, per file and code

    def is_fixable(self, d: Diagnostic) -> bool:
        """What `--rewrite` (with --unsafe-fixes if given) would fix: a safe fix, or an unsafe one when enabled."""
        return d.fix is not None and (self.unsafe_enabled or d.fix.applicability.value == "safe")

    def fixable(self) -> List[Diagnostic]:
        return [d for d in self.diagnostics if self.is_fixable(d)]

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
    from bnlint.report import full, github, gitlab, grouped, json_format, junit, pylint, sarif, text

    return {"text": text.report, "concise": text.report, "full": full.report, "grouped": grouped.report,
            "json": json_format.report, "sarif": sarif.report, "github": github.report, "gitlab": gitlab.report,
            "junit": junit.report, "pylint": pylint.report}


def write_report(run: Run, output_format: str, out: TextIO) -> None:
    """The report in one format. With --statistics, JSON gives its counts and every other format the text table
    (as ruff does): the counts are the same whatever the format."""
    if run.statistics and output_format != "json":
        from bnlint.report import text

        text.statistics(run, out)
        return
    reporters()[output_format](run, out)


# text is the concise form (one line a finding, ruff's `concise`); full adds the source lines.
FORMATS = ("text", "concise", "full", "grouped", "json", "sarif", "github", "gitlab", "junit", "pylint")
