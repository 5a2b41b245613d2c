"""`# noqa`, `# noqa: BN002, BN104` on a line and `# bnlint: noqa` for a whole file."""

from __future__ import annotations

import re
import tokenize
from dataclasses import dataclass, field
from typing import Dict, FrozenSet, Iterable, List, Optional

from bnlint.diagnostic import Diagnostic
from bnlint.source.lines import readline, split_lines

_LINE = re.compile(r"#\s*noqa(?::\s*(?P<codes>[A-Za-z]+\d+(?:[\s,]+[A-Za-z]+\d+)*))?", re.I)
_FILE = re.compile(r"#\s*bnlint:\s*noqa(?::\s*(?P<codes>[A-Za-z]+\d+(?:[\s,]+[A-Za-z]+\d+)*))?", re.I)
_CODE = re.compile(r"[A-Za-z]+\d+")

ALL = None  # a bare noqa silences every code


@dataclass
class Suppressions:
    lines: Dict[int, Optional[FrozenSet[str]]] = field(default_factory=dict)
    file_all: bool = False
    file_codes: FrozenSet[str] = frozenset()

    def suppressed(self, diag: Diagnostic) -> bool:
        if self.file_all or diag.code in self.file_codes:
            return True
        for line in {diag.start.line, diag.end.line}:
            if line in self.lines:
                codes = self.lines[line]
                # Unknown codes in a noqa list are simply never matched, not an error.
                if codes is ALL or diag.code in codes:
                    return True
        return False

    def filter(self, diags: Iterable[Diagnostic]) -> List[Diagnostic]:
        return [d for d in diags if not self.suppressed(d)]


def _comments(text: str):
    """(line, comment text) of every real comment; falls back to a line scan if tokenizing fails."""
    try:
        for tok in tokenize.generate_tokens(readline(text)):
            if tok.type == tokenize.COMMENT:
                yield tok.start[0], tok.string
    except (tokenize.TokenError, SyntaxError, IndentationError):
        for lineno, line in enumerate(split_lines(text), start=1):
            if "#" in line:
                yield lineno, line[line.index("#") :]


def parse(text: str) -> Suppressions:
    sup = Suppressions()
    if "noqa" not in text and "NOQA" not in text:
        return sup
    file_codes = set()
    for lineno, comment in _comments(text):
        m = _FILE.search(comment)
        if m:
            if m.group("codes"):
                file_codes |= {c.upper() for c in _CODE.findall(m.group("codes"))}
            else:
                sup.file_all = True
            continue
        m = _LINE.search(comment)
        if m:
            sup.lines[lineno] = (
                frozenset(c.upper() for c in _CODE.findall(m.group("codes"))) if m.group("codes") else ALL
            )
    sup.file_codes = frozenset(file_codes)
    return sup


def skips_file(text: str) -> bool:
    """Cheap test used before parsing: a bare `# bnlint: noqa` skips the file."""
    return "bnlint" in text and parse(text).file_all
