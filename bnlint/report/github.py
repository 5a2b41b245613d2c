"""GitHub Actions workflow commands: one `::warning file=...::message` annotation per finding."""

from __future__ import annotations

from typing import TextIO

from bnlint.report import Run, shown

_LEVEL = {"error": "error", "warning": "warning", "info": "notice"}


def _data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def report(run: Run, out: TextIO) -> None:
    for d in run.diagnostics:
        props = (
            f"file={_prop(shown(d.path))},line={d.start.line},col={d.start.column},"
            f"endLine={d.end.line},endColumn={d.end.column},title={_prop(f'{d.code} {d.name}')}"
        )
        # GitHub cannot point into a notebook's cell: the message names it (the line counts in the cell).
        where = f"cell {d.cell}, line {d.start.line}: " if d.cell is not None else ""
        out.write(f"::{_LEVEL[d.severity.value]} {props}::{_data(f'{where}{d.code} {d.message}')}\n")
