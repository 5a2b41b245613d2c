"""ruff's `full`: each finding with the source lines around it, the span underlined, and the fix it offers."""

from __future__ import annotations

from functools import lru_cache
from typing import List, Optional, TextIO, Tuple

import click

from bnlint.diagnostic import Diagnostic
from bnlint.report import Run
from bnlint.report.text import finding_line, summary

CONTEXT = 2  # lines shown before and after the finding's first line


@lru_cache(maxsize=64)
def _lines(path: str, cell: Optional[int]) -> Tuple[str, ...]:
    """The lines of the file (a notebook's: of the cell) as they are now; none when it cannot be read."""
    from bnlint.source.documents import read_document
    from bnlint.source.read import SourceError

    try:
        return tuple(read_document(path).lines(cell))
    except (SourceError, OSError, ValueError):
        return ()


def snippet(d: Diagnostic) -> List[str]:
    lines = _lines(d.path, d.cell)
    if not 1 <= d.start.line <= len(lines):
        return []
    first, last = max(1, d.start.line - CONTEXT), min(len(lines), d.start.line + CONTEXT)
    width = len(str(last))
    gutter = " " * width + " |"
    out = [gutter]
    for number in range(first, last + 1):
        text = lines[number - 1].rstrip("\r\n")
        out.append(f"{number:>{width}} | {text}".rstrip())
        if number == d.start.line:
            end = d.end.column if d.end.line == d.start.line else len(text) + 1
            start = min(d.start.column, len(text) + 1)
            carets = "^" * max(1, end - start)
            out.append(f"{gutter} {' ' * (start - 1)}{carets} {d.code}")
    out.append(gutter)
    return out


def report(run: Run, out: TextIO) -> None:
    color = out.isatty() if hasattr(out, "isatty") else False
    for d in run.diagnostics:
        click.echo(finding_line(run, d, color), file=out)
        for line in snippet(d):
            click.echo(line, file=out)
        for where, note, _ in d.related_places():
            click.echo(f"  = note: {where}: {note}", file=out)
        if d.fix is not None:
            how = "" if run.is_fixable(d) else " (an unsafe fix: --unsafe-fixes)"
            click.echo(f"  = help: {d.fix.message or 'a fix is available'}{how}", file=out)
        click.echo("", file=out)
    summary(run, out)
