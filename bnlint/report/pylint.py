"""pylint's parseable form, `path:line: [CODE] message`, one line a finding, as ruff writes it (tools that read
pylint output, such as Jenkins' warnings plugin, take it). A notebook's line is `path:cell N:line`."""

from __future__ import annotations

from typing import TextIO

from bnlint.report import Run, shown


def report(run: Run, out: TextIO) -> None:
    for d in run.diagnostics:
        cell = f"cell {d.cell}:" if d.cell is not None else ""
        message = " ".join(d.message.split())
        out.write(f"{shown(d.path)}:{cell}{d.start.line}: [{d.code}] {message}\n")
