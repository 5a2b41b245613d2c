"""JSON: a list of findings with stable keys (ruff's shape), or counts with --statistics."""

from __future__ import annotations

import json
from typing import TextIO

from bnlint.report import Run


def report(run: Run, out: TextIO) -> None:
    if run.statistics:
        data = [
            {"code": code, "name": diags[0].name, "count": len(diags), "fixable": any(run.is_fixable(d) for d in diags)}
            for code, diags in run.counts().items()
        ]
    else:
        data = [d.to_dict() for d in run.diagnostics]
    json.dump(data, out, indent=2, sort_keys=False)
    out.write("\n")
