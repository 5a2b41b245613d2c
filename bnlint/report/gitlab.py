"""GitLab Code Quality (a CodeClimate subset): a JSON list of issues with description, check_name, fingerprint,
severity and location (path relative to the repository, lines begin/end)."""

from __future__ import annotations

import hashlib
import json
from typing import Dict, TextIO

from bnlint.report import Run
from bnlint.report.sarif import relative_uri

# GitLab's severities: info, minor, major, critical, blocker.
_SEVERITY = {"error": "major", "warning": "minor", "info": "info"}


def issues(run: Run) -> list:
    seen: Dict[str, int] = {}
    out = []
    for d in run.diagnostics:
        path = relative_uri(d.path, percent_encoded=False)
        # Stable while lines move (no line in it); repeats of one finding in a file told apart by their order.
        base = hashlib.md5(f"{d.code}\0{path}\0{d.cell}\0{d.message}".encode("utf-8", "surrogateescape"),
                           usedforsecurity=False).hexdigest()
        seen[base] = seen.get(base, -1) + 1
        fingerprint = base if not seen[base] else hashlib.md5(f"{base}{seen[base]}".encode(),
                                                               usedforsecurity=False).hexdigest()
        where = f"cell {d.cell}: " if d.cell is not None else ""
        out.append({
            "description": f"{where}{d.code} {d.message}",
            "check_name": f"{d.code} {d.name}",
            "fingerprint": fingerprint,
            "severity": _SEVERITY[d.severity.value],
            "location": {"path": path, "lines": {"begin": d.start.line, "end": d.end.line}},
        })
    return out


def report(run: Run, out: TextIO) -> None:
    json.dump(issues(run), out, indent=2)
    out.write("\n")
