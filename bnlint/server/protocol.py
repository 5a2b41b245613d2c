"""bnlint's findings and fixes as LSP objects (lsprotocol types): positions in the client's code units, a fix as
one text edit that replaces what changed."""

from __future__ import annotations

import bisect
import os
from pathlib import Path
from typing import List, Sequence

from lsprotocol import types
from pygls.uris import from_fs_path, to_fs_path

from bnlint.diagnostic import Applicability, Diagnostic, Severity
from bnlint.source.lines import line_starts, split_lines

HOME = "https://github.com/bnlint/bnlint"
SOURCE = "bnlint"
_SEVERITY = {Severity.ERROR: types.DiagnosticSeverity.Error, Severity.WARNING: types.DiagnosticSeverity.Warning,
             Severity.INFO: types.DiagnosticSeverity.Information}


class Positions:
    """1-based lines and character columns (bnlint's) to the client's 0-based positions in its code units."""

    def __init__(self, text: str, codec):
        lines = split_lines(text)
        self.starts = line_starts(text)
        # the empty line after a final line end is a place too (an edit at the very end)
        self.lines = [line.rstrip("\r\n") for line in lines] + ([""] if not lines or lines[-1] != lines[-1].rstrip("\r\n") else [])
        self.codec = codec

    def position(self, line: int, column: int) -> types.Position:
        row = min(max(line - 1, 0), len(self.lines) - 1)
        return self.codec.position_to_client_units(self.lines, types.Position(row, max(column - 1, 0)))

    def range(self, d: Diagnostic) -> types.Range:
        start = self.position(d.start.line, d.start.column)
        end = self.position(d.end.line, d.end.column)
        return types.Range(start, end if (end.line, end.character) > (start.line, start.character) else
                           types.Position(start.line, start.character + 1))

    def offset(self, index: int) -> types.Position:
        """The position of character `index` of the document's text."""
        row = bisect.bisect_right(self.starts, index) - 1
        row = min(row, len(self.lines) - 1)
        return self.position(row + 1, index - self.starts[row] + 1)


def _location(path: str, pos, d: Diagnostic, uri: str, positions: Positions, others: dict) -> types.Location:
    """A related place: in the open document, or in another file (its path as messages show it, relative to the
    current folder as bnlint.project.layout.display_path made it), with that file's URI and its own code units."""
    here = to_fs_path(uri) or d.path
    target = os.path.abspath(path)
    if path == d.path or target == os.path.abspath(here):
        at = positions.position(pos.line, pos.column)
        return types.Location(uri, types.Range(at, at))
    if target not in others:
        try:
            with open(target, encoding="utf-8", errors="replace", newline="") as f:
                others[target] = Positions(f.read(), positions.codec)
        except OSError:
            others[target] = None
    theirs = others[target]
    at = theirs.position(pos.line, pos.column) if theirs else types.Position(max(pos.line - 1, 0),
                                                                              max(pos.column - 1, 0))
    return types.Location(from_fs_path(target) or Path(target).as_uri(), types.Range(at, at))


def diagnostic(d: Diagnostic, uri: str, positions: Positions) -> types.Diagnostic:
    others: dict = {}
    related = [types.DiagnosticRelatedInformation(_location(path, pos, d, uri, positions, others), note)
               for path, pos, note in d.related]
    fixable = "" if d.fix is None else f" [{d.fix.applicability.value} fix]"
    return types.Diagnostic(
        range=positions.range(d), message=d.message + fixable, severity=_SEVERITY[d.severity], code=d.code,
        code_description=types.CodeDescription(f"{HOME}/blob/main/rules/{d.code}.md") if not d.code.startswith("BN9")
        else None,
        source=SOURCE, related_information=related or None)


def text_edit(old: str, new: str, positions: Positions) -> types.TextEdit:
    """One edit that turns old into new: the span between their common prefix and suffix."""
    start = 0
    limit = min(len(old), len(new))
    while start < limit and old[start] == new[start]:
        start += 1
    end_old, end_new = len(old), len(new)
    while end_old > start and end_new > start and old[end_old - 1] == new[end_new - 1]:
        end_old, end_new = end_old - 1, end_new - 1
    return types.TextEdit(types.Range(positions.offset(start), positions.offset(end_old)),
                          new[start:end_new])


def fix_action(d: Diagnostic, lsp_diagnostic: types.Diagnostic, uri: str, old: str, new: str,
               positions: Positions) -> types.CodeAction:
    safe = d.fix.applicability is Applicability.SAFE
    title = f"bnlint: {d.fix.message or 'fix ' + d.code}"
    if not safe:
        title += " (unsafe: changes how the model trains)"
    return types.CodeAction(title=title, kind=types.CodeActionKind.QuickFix, diagnostics=[lsp_diagnostic],
                            is_preferred=safe,
                            edit=types.WorkspaceEdit(changes={uri: [text_edit(old, new, positions)]}))


def fix_all_action(uri: str, old: str, new: str, positions: Positions) -> types.CodeAction:
    return types.CodeAction(title="bnlint: apply every safe fix", kind=types.CodeActionKind.SourceFixAll + ".bnlint",
                            edit=types.WorkspaceEdit(changes={uri: [text_edit(old, new, positions)]}))


def overlaps(a: types.Range, b: types.Range) -> bool:
    return (a.start.line, a.start.character) <= (b.end.line, b.end.character) and \
        (b.start.line, b.start.character) <= (a.end.line, a.end.character)


def by_range(items: Sequence, wanted: types.Range) -> List:
    return [item for item in items if overlaps(item[1].range, wanted)]
