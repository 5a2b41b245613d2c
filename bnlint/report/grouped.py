"""ruff's `grouped`: the findings under the file they are in, then the summary."""

from __future__ import annotations

from itertools import groupby
from typing import TextIO

import click

from bnlint.report import Run, shown
from bnlint.report.text import summary


def report(run: Run, out: TextIO) -> None:
    for path, diags in groupby(run.diagnostics, key=lambda d: d.path):
        diags = list(diags)
        click.echo(f"{shown(path)}:", file=out)
        width = max(len(d.location) - len(d.path) for d in diags)
        for d in diags:
            where = d.location[len(d.path) + 1:]
            mark = " [*]" if run.is_fixable(d) else ""
            click.echo(f"  {where:<{width}} {d.code}{mark} {d.message}", file=out)
            for where, note, _ in d.related_places():
                click.echo(f"    {shown(where)}: {note}", file=out)
        click.echo("", file=out)
    summary(run, out)
