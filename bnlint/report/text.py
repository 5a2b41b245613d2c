"""ruff-like text, one line a finding (also `concise`): `path:line:col: CODE [*] message`, then a summary."""

from __future__ import annotations

from typing import Dict, List, TextIO

import click

from bnlint.diagnostic import Diagnostic
from bnlint.report import Run, shown


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def statistics(run: Run, out: TextIO) -> None:
    """Findings per code; [*] where `bnlint check --rewrite` (with the --unsafe-fixes given) fixes some."""
    rows = run.counts()
    width = max((len(str(len(v))) for v in rows.values()), default=1)
    for code, diags in rows.items():
        mark = "[*]" if any(run.is_fixable(d) for d in diags) else "[ ]"
        click.echo(f"{len(diags):>{width}}\t{code}\t{mark} {diags[0].name}", file=out)


def finding_line(run: Run, d: Diagnostic, color: bool) -> str:
    loc = f"{shown(d.location)}:"
    mark = " [*]" if run.is_fixable(d) else ""
    code = click.style(d.code, fg="red", bold=True) if color else d.code
    return f"{click.style(loc, bold=True) if color else loc} {code}{mark} {d.message}"


def report(run: Run, out: TextIO) -> None:
    color = out.isatty() if hasattr(out, "isatty") else False
    for d in run.diagnostics:
        click.echo(finding_line(run, d, color), file=out)
        for where, note, _ in d.related_places():
            click.echo(f"    {shown(where)}: {note}", file=out)
    summary(run, out)


def fixes_shown(run: Run, out: TextIO) -> None:
    """--show-fixes: what --rewrite fixed, per file and code (ruff's enumeration)."""
    by_file: Dict[str, Dict[str, List[Diagnostic]]] = {}
    for d in run.fixed:
        by_file.setdefault(d.path, {}).setdefault(d.code, []).append(d)
    click.echo(f"Fixed {_plural(len(run.fixed), 'finding')}:", file=out)
    for path in sorted(by_file):
        click.echo(f"- {shown(path)}:", file=out)
        for code, diags in sorted(by_file[path].items()):
            click.echo(f"    {len(diags)} × {code} ({diags[0].name})", file=out)


def summary(run: Run, out: TextIO) -> None:
    """The closing lines every human format shares: what was found and fixed, and what --rewrite would fix."""
    if run.show_fixes and run.fixed:
        fixes_shown(run, out)
    if run.quiet:
        return
    remaining = len(run.diagnostics)
    checked = _plural(run.files, "file")
    if run.models is not None:
        checked += f" and {_plural(run.models, 'model')}"
    if run.fixed:
        click.echo(f"Found {_plural(remaining + len(run.fixed), 'finding')} "
                   f"({len(run.fixed)} fixed, {remaining} remaining).", file=out)
    elif remaining:
        click.echo(f"Found {_plural(remaining, 'finding')} in {checked} checked.", file=out)
    else:
        click.echo(f"All checks passed! ({checked} checked)", file=out)
    fixable = len(run.fixable())
    if fixable and not run.rewrite:
        flag = "--rewrite --unsafe-fixes" if run.unsafe_enabled else "--rewrite"
        click.echo(f"[*] {fixable} fixable with `bnlint check {flag}`.", file=out)
    if run.unsafe_hidden:
        fixes = "1 more fix" if run.unsafe_hidden == 1 else f"{run.unsafe_hidden} more fixes"
        click.echo(f"{fixes} available with `--unsafe-fixes` "
                   "(they change how the model trains; see `bnlint rule CODE`).", file=out)
