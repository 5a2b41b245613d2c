"""`# noqa`, `# noqa: BN002, BN104` on a line and `# bnlint: noqa` for a whole file."""

from __future__ import annotations

import re
import tokenize
from dataclasses import dataclass, field
from typing import Callable, Dict, FrozenSet, Iterable, List, Optional, Sequence, Set, Tuple

from bnlint.diagnostic import Applicability, Diagnostic, Edit, Fix, Position
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
    # A line inside a multi-line string or ended by a backslash takes its noqa where a comment can go (ruff's rule).
    moved: Dict[int, int] = field(default_factory=dict)

    def suppressed(self, diag: Diagnostic) -> bool:
        if self.file_all or diag.code in self.file_codes:
            return True
        for line in {diag.start.line, diag.end.line, self.moved.get(diag.start.line, 0)}:
            if line in self.lines:
                codes = self.lines[line]
                # Unknown codes in a noqa list are simply never matched, not an error.
                if codes is ALL or diag.code in codes:
                    return True
        return False

    def filter(self, diags: Iterable[Diagnostic]) -> List[Diagnostic]:
        return [d for d in diags if not self.suppressed(d)]


def _comments(text: str, moved: Optional[Dict[int, int]] = None):
    """(line, comment text) of every real comment; falls back to a line scan if tokenizing fails. Fills `moved`
    with the lines whose comment must go on a later line: those inside a multi-line string go to its last line,
    those ended by a backslash to the line the statement goes on to."""
    try:
        for tok in tokenize.generate_tokens(readline(text)):
            if tok.type == tokenize.COMMENT:
                yield tok.start[0], tok.string
            elif moved is not None and tok.type == tokenize.STRING and tok.end[0] > tok.start[0]:
                moved.update((line, tok.end[0]) for line in range(tok.start[0], tok.end[0]))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        for lineno, line in enumerate(split_lines(text), start=1):
            if "#" in line:
                yield lineno, line[line.index("#") :]
    if moved is not None:
        lines = split_lines(text)
        for row in range(len(lines), 0, -1):  # from the end: a chain of backslashes lands on its last line
            if lines[row - 1].rstrip("\r\n").endswith("\\") and row not in moved:
                target = row + 1
                moved[row] = moved.get(target, target)


def parse(text: str) -> Suppressions:
    sup = Suppressions()
    if "noqa" not in text and "NOQA" not in text:
        return sup
    file_codes = set()
    for lineno, comment in _comments(text, sup.moved):
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


def _comment_start(line: str, comment: str) -> int:
    """Where a comment (which runs to the end of its line) starts in the line, without its line end."""
    return line.rindex(comment.rstrip("\r\n").rstrip())


def add_noqa(text: str, diagnostics: Iterable[Diagnostic], skip: FrozenSet[str] = frozenset()) -> Tuple[str, int]:
    """`# noqa: CODE` added to each line with a finding (merged into a noqa comment the line has), for every code
    but those in `skip`; returns the new text and how many lines got one. Idempotent: a code already named on
    the line is not added again."""
    sup = Suppressions()
    comments = dict(_comments(text, sup.moved))
    wanted: Dict[int, Set[str]] = {}
    for d in diagnostics:
        if d.code not in skip:
            row = sup.moved.get(d.start.line, d.start.line)
            wanted.setdefault(row, set()).add(d.code)
    lines = split_lines(text)
    marked = 0
    for row, codes in sorted(wanted.items()):
        if row > len(lines):
            continue
        line = lines[row - 1]
        body = line.rstrip("\r\n")
        ending = line[len(body):]
        comment = comments.get(row)
        m = _LINE.search(comment) if comment else None
        if m and not m.group("codes"):
            continue  # a bare noqa silences the line already
        if m:
            new = sorted(codes - {c.upper() for c in _CODE.findall(m.group("codes"))})
            if not new:
                continue
            at = _comment_start(body, comment) + m.end("codes")
            body = f"{body[:at]}, {', '.join(new)}{body[at:]}"
        else:
            body = f"{body.rstrip()}  # noqa: {', '.join(sorted(codes))}"
        lines[row - 1] = body + ending
        marked += 1
    return "".join(lines), marked


def unused(text: str, found: Sequence[Diagnostic], judged: FrozenSet[str], active: FrozenSet[str],
           known: FrozenSet[str], report: Callable[[int, int, int, str, Fix], Diagnostic]) -> List[Diagnostic]:
    """BN800: each `# noqa: CODE` naming a bnlint code that silences nothing on its line: a code of `judged` (those
    whose every finding `found` holds) with no finding there, a code that is not `active` (enabled in no tier), or a
    code bnlint does not have. Codes of other linters (not starting with BN) and bare `# noqa` are theirs to judge.
    `report(line, start_column, end_column, message, fix)` builds the finding; the fix drops the unused codes (the
    whole comment when none is left)."""
    sup = parse(text)
    hits: Dict[int, Set[str]] = {}
    for d in found:
        for line in {d.start.line, d.end.line, sup.moved.get(d.start.line, 0)}:
            hits.setdefault(line, set()).add(d.code)
    out = []
    lines = split_lines(text)
    for row, comment in _comments(text):
        m = _LINE.search(comment)
        if not m or not m.group("codes") or _FILE.search(comment):
            continue
        codes = [c.upper() for c in _CODE.findall(m.group("codes"))]
        unknown = [c for c in codes if c.startswith("BN") and c not in known]
        disabled = [c for c in codes if c in known and c not in active]
        idle = [c for c in codes if c in judged and c not in hits.get(row, ())]
        if not unknown and not idle and not disabled:
            continue
        body = lines[row - 1].rstrip("\r\n")
        start = _comment_start(body, comment) + m.start()
        end = start + m.end() - m.start()
        keep = [c for c in codes if c not in unknown and c not in idle and c not in disabled]
        if keep:
            replacement = f"# noqa: {', '.join(keep)}"
            cut_from = start
        else:  # the whole directive goes, with the spaces before it when nothing follows on the line
            replacement = ""
            rest = body[end:].strip()
            cut_from = len(body[:start].rstrip()) if not rest else start
        parts = [f"{what}: {', '.join(codes)}" for what, codes in
                 (("unused", idle), ("not enabled", disabled), ("unknown", unknown)) if codes]
        edit = Edit(Position(row, cut_from + 1), Position(row, end + 1), replacement)
        fix = Fix((edit,), Applicability.SAFE, "remove the unused codes" if keep else "remove the noqa comment")
        out.append(report(row, start + 1, end + 1, f"`# noqa` silences nothing here ({'; '.join(parts)}): "
                                                  "remove it, or the codes that no longer apply", fix))
    return out
