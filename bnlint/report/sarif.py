"""SARIF 2.1.0 for GitHub code scanning: rules with help from the catalogue, results, fixes."""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote
from typing import TextIO

from bnlint import __version__, catalogue
from bnlint.diagnostic import Diagnostic, Edit
from bnlint.report import Run
from bnlint.system import SYSTEM_CODES

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
HOME = "https://github.com/bnlint/bnlint"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def relative_uri(path: str, percent_encoded: bool = True) -> str:
    """Relative to the current folder when below it, else a file: URI (an absolute path unencoded). Symlinks are
    not followed (a symlink loop is a reported file like any other)."""
    absolute = Path(os.path.abspath(path))
    try:
        rel = absolute.relative_to(Path(os.path.abspath(os.getcwd())))
    except ValueError:
        if not percent_encoded:
            return absolute.as_posix()
        return "file://" + quote(absolute.as_posix().encode("utf-8", "surrogateescape"))
    return quote(rel.as_posix().encode("utf-8", "surrogateescape")) if percent_encoded else rel.as_posix()


_uri = relative_uri


def _artifact(path: str) -> dict:
    """An artifactLocation: a path below the current folder is relative to %SRCROOT%; one outside it is an absolute
    file: URI, which must not have a uriBaseId (the SARIF spec; the SARIF Multitool reports it as SARIF1004)."""
    uri = _uri(path)
    return {"uri": uri} if uri.startswith("file:") else {"uri": uri, "uriBaseId": "%SRCROOT%"}


def _region(start, end) -> dict:
    return {"startLine": start.line, "startColumn": start.column, "endLine": end.line, "endColumn": end.column}


def _rule_entries():
    rules = []
    for doc in catalogue.load().values():
        rules.append({
            "id": doc.code,
            "name": doc.name,
            "shortDescription": {"text": doc.summary or doc.name},
            "fullDescription": {"text": (doc.section("Why is this bad?") or doc.summary or doc.name)},
            "help": {"text": doc.text, "markdown": doc.text},
            "helpUri": f"{HOME}/blob/main/rules/{doc.code}.md",
            "defaultConfiguration": {"level": _LEVEL.get(doc.severity, "warning"), "enabled": doc.default},
            "properties": {"fix": doc.fix or "none", "tiers": list(doc.tiers)},
        })
    for code, (name, text) in SYSTEM_CODES.items():
        rules.append({
            "id": code, "name": name,
            "shortDescription": {"text": text}, "fullDescription": {"text": text},
            "help": {"text": text}, "defaultConfiguration": {"level": "error"},
        })
    return rules


def _replacement(e: Edit) -> dict:
    return {"deletedRegion": _region(e.start, e.end), "insertedContent": {"text": e.content}}


def _result(d: Diagnostic, index: dict) -> dict:
    res = {
        "ruleId": d.code,
        "ruleIndex": index[d.code],
        "level": _LEVEL[d.severity.value],
        # A notebook's lines count in a cell, which SARIF cannot name in a region: the message says it.
        "message": {"text": d.message if d.cell is None else f"cell {d.cell}: {d.message}"},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": _artifact(d.path),
                "region": _region(d.start, d.end),
            }
        }],
    }
    if d.related:
        res["relatedLocations"] = [
            {"id": i, "message": {"text": note},
             "physicalLocation": {"artifactLocation": _artifact(p),
                                  "region": {"startLine": pos.line, "startColumn": pos.column}}}
            for i, (p, pos, note) in enumerate(d.related)
        ]
    # A notebook's edits are in cell coordinates, which a SARIF consumer would apply to the JSON text: none given
    # (`bnlint check --fix nb.ipynb` applies them).
    if d.fix and d.cell is None:
        res["fixes"] = [{
            "description": {"text": f"{d.fix.message or 'fix'} ({d.fix.applicability.value})"},
            "artifactChanges": [{
                "artifactLocation": _artifact(d.path),
                "replacements": [_replacement(e) for e in d.fix.edits],
            }],
        }]
    if d.fix:
        res["properties"] = {"fixApplicability": d.fix.applicability.value}
    if d.cell is not None:
        res.setdefault("properties", {})["cell"] = d.cell
    return res


def document(run: Run) -> dict:
    rules = _rule_entries()
    index = {r["id"]: i for i, r in enumerate(rules)}
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "bnlint", "version": __version__, "semanticVersion": __version__,
                "informationUri": HOME, "rules": rules,
            }},
            "originalUriBaseIds": {"%SRCROOT%": {"uri": Path.cwd().resolve().as_uri() + "/"}},
            "columnKind": "unicodeCodePoints",
            "results": [_result(d, index) for d in run.diagnostics],
        }],
    }


def report(run: Run, out: TextIO) -> None:
    json.dump(document(run), out, indent=2)
    out.write("\n")
