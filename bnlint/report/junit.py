"""JUnit XML as CI systems read test reports (GitLab, Jenkins, Azure): a testsuite per file, a failing testcase
per finding (ruff's shape); a run with no finding is one passing testcase."""

from __future__ import annotations

from itertools import groupby
from typing import TextIO
from xml.etree import ElementTree as ET

from bnlint.report import Run, shown

PACKAGE = "bnlint"


def document(run: Run) -> ET.Element:
    failures = len(run.diagnostics)
    root = ET.Element("testsuites", name=PACKAGE, tests=str(max(failures, 1)), failures=str(failures), errors="0")
    if not run.diagnostics:
        suite = ET.SubElement(root, "testsuite", name=PACKAGE, tests="1", failures="0", errors="0", skipped="0")
        ET.SubElement(suite, "testcase", name="No findings", classname=PACKAGE)
        return root
    for path, diags in groupby(run.diagnostics, key=lambda d: d.path):
        diags = list(diags)
        suite = ET.SubElement(root, "testsuite", name=shown(path), tests=str(len(diags)), failures=str(len(diags)),
                              errors="0", skipped="0", package=PACKAGE)
        for d in diags:
            case = ET.SubElement(suite, "testcase", name=f"{PACKAGE}.{d.code}", classname=shown(path),
                                 file=shown(path), line=str(d.start.line), column=str(d.start.column))
            where = f"cell {d.cell}, " if d.cell is not None else ""
            failure = ET.SubElement(case, "failure", message=d.message, type=d.code)
            failure.text = f"{where}line {d.start.line}, col {d.start.column}, {d.code} {d.message}"
    return root


def report(run: Run, out: TextIO) -> None:
    tree = ET.ElementTree(document(run))
    ET.indent(tree)
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    tree.write(out, encoding="unicode")
    out.write("\n")
