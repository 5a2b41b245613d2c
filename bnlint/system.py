"""Codes for problems with the run itself rather than with the code checked.

They are always reported (select/ignore do not apply) and are documented in README.md.
"""

from __future__ import annotations

from bnlint.diagnostic import Diagnostic, Position, Severity

SYSTEM_CODES = {
    "BN900": ("unreadable-file", "The file could not be read or decoded (missing, unreadable, binary, not UTF-8, too large)."),
    "BN901": ("syntax-error", "The file is not valid Python 3 and was not checked (and is never rewritten)."),
    "BN902": ("internal-error", "A rule crashed on this file; the other rules and files were still checked."),
    "BN903": ("fix-failed", "A fix could not be applied: it broke the file, did not settle, or the file changed on disk."),
    "BN904": ("invalid-notebook", "A Jupyter notebook (.ipynb) that is not valid JSON or not nbformat 4; it was not checked."),
    "BN910": ("model-skipped", "The graph tier could not analyse a model (needs arguments, failed to build or trace, timed out)."),
}


def system_diagnostic(code: str, path: str, message: str, line: int = 1, column: int = 1,
                      severity: Severity = Severity.ERROR) -> Diagnostic:
    pos = Position(max(line or 1, 1), max(column or 1, 1))
    return Diagnostic(code, SYSTEM_CODES[code][0], message, path, pos, pos, severity)
