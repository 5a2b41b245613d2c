"""ruff-like text: `path:line:col: CODE [*] message`, then a summary."""

from __future__ import annotations

from typing import TextIO

import click

from bnlint.report import Run, shown


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def statistics(run: Run, out: TextIO) -> None:
    rows = run.counts()
    width = max((len(str(len(v))) for v in rows.values()), default=1)
    for code, diags in rows.items():
        mark = "[*]" if any(d.fix for d in diags) else "[ ]"
        click.echo(f"{len(diags):>{width}}\t{code}\t{mark} {diags[0].name}", file=out)


def report(run: Run, out: TextIO) -> None:
    color = out.isatty() if hasattr(out, "isatty") else False
    if run.statistics:
        statistics(run, out)
    else:
        for d in run.diagnostics:
            loc = f"{shown(d.path)}:{d.line}:{d.column}:"
            mark = " [*]" if d.fix and (run.unsafe_enabled or d.fix.applicability.value == "safe") else ""
            code = click.style(d.code, fg="red", bold=True) if color else d.code
            click.echo(f"{click.style(loc, bold=True) if color else loc} {code}{mark} {d.message}", file=out)
            for path, pos, note in d.related:
                click.echo(f"    {shown(path)}:{pos.line}:{pos.column}: {note}", file=out)
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
