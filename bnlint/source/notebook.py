"""Jupyter notebooks (.ipynb) in the source tier, as ruff reads them: the code cells, in order, are one module.

The module text is what every rule sees and every fix edits: each code cell's lines, a marker comment line between
cells, and IPython syntax (`%magic`, `%%cell magic`, `!shell`, `x = !cmd`, `obj?`) replaced line for line by a
placeholder that keeps the indentation and says which line it stands for. Positions map back to (cell, line),
counting every cell from 1 as ruff and Jupyter do; a rewrite restores the IPython lines, splits the text at the
markers and writes back only the cell sources that changed (bnlint.source.notebook_json keeps every other byte).
"""

from __future__ import annotations

import bisect
import difflib
import re
from dataclasses import dataclass, field, replace
from typing import Dict, List, Optional, Tuple

from bnlint.diagnostic import Diagnostic, Edit, Fix, Position, cell_note
from bnlint.fix.write import NotRewritten
from bnlint.source.lines import split_lines
from bnlint.source.notebook_json import Cell, NotebookFormatError, parse, replace_sources
from bnlint.source.read import Source, SourceError

NOTEBOOK_ERROR = "BN904"
CELL_MARK = "#bnlint-cell:"  # the line between two code cells in the module text
MAGIC_MARK = "#bnlint-magic:"  # ends the placeholder of an IPython line
# Cell magics whose body is Python (the rest, %%bash, %%html, %%writefile ..., are not checked).
PYTHON_CELL_MAGICS = frozenset({"time", "timeit", "capture", "prun", "debug", "python", "python3", "pypy"})

_LINE_MAGIC = re.compile(r"[ \t]*(?:%|!|\?)")
_HELP = re.compile(r"[ \t]*\??[\w.\[\]]+\?{1,2}[ \t]*")  # `model?`, `model.eval??`
_ASSIGNED_MAGIC = re.compile(r"([ \t]*[\w.,\[\] \t]+=[ \t]*)[!%]")  # `files = !ls`, `t = %timeit -o f()`
_CELL_LINE = re.compile(re.escape(CELL_MARK) + r"(\d+)\r?\n?")
_LINE_REF = re.compile(r"\bline (\d+)\b")
_MAGIC_PLACEHOLDER = re.compile(re.escape(MAGIC_MARK) + r"(\d+)")


class CellsMoved(NotRewritten):
    """The fixed text no longer splits into the notebook's cells (a fix reached across a cell boundary)."""


def _ending(line: str) -> str:
    return line[len(line.rstrip("\r\n")):]


@dataclass
class NotebookSource(Source):
    """A notebook as the source tier reads it: .text is the module text of its code cells."""

    json_text: str = ""
    cells: List[Cell] = field(default_factory=list)
    code_cells: List[Cell] = field(default_factory=list)
    starts: List[int] = field(default_factory=list)  # module line of each code cell's first line
    magic: List[str] = field(default_factory=list)  # the IPython lines the placeholders stand for
    added_newline: Dict[int, bool] = field(default_factory=dict)  # cell number -> "\n" added to end its last line

    # ------------------------------------------------------------------ positions
    def _cell_of(self, line: int) -> Tuple[Cell, int]:
        index = max(0, bisect.bisect_right(self.starts, line) - 1)
        cell = self.code_cells[index]
        count = max(1, len(split_lines(cell.source)))
        return cell, min(max(line - self.starts[index] + 1, 1), count)

    def _place(self, pos: Position) -> Tuple[int, Position]:
        cell, line = self._cell_of(pos.line)
        return cell.number, Position(line, pos.column)

    def locate(self, diagnostics: List[Diagnostic]) -> List[Diagnostic]:
        if not self.code_cells:
            return diagnostics
        return [self._located(d) for d in diagnostics]

    def _located(self, d: Diagnostic) -> Diagnostic:
        if d.cell is not None:
            return d
        cell, start = self._place(d.start)
        end_cell, end = self._place(d.end)
        if end_cell != cell:  # a span that runs into the next cell ends with this one
            end = Position(len(split_lines(self.code_cells[self._index(cell)].source)) or 1, 1)
        related = tuple((p, *self._related(pos, note)) for p, pos, note in d.related)
        return replace(d, start=start, end=end, cell=cell, related=related, message=self._lines_named(d.message, cell),
                       fix=self._fix(d.fix, cell))

    def _lines_named(self, message: str, cell: int) -> str:
        """Messages name other lines (`feeds BatchNorm ... (line 13)`) in the module text: name them in cells."""
        def name(m):
            other, line = self._cell_of(int(m.group(1)))
            return f"line {line}" if other.number == cell else f"cell {other.number}, line {line}"

        return _LINE_REF.sub(name, message)

    def _index(self, number: int) -> int:
        return next(i for i, c in enumerate(self.code_cells) if c.number == number)

    def _related(self, pos: Position, note: str) -> Tuple[Position, str]:
        cell, where = self._place(pos)
        return where, cell_note(cell, note)

    def _fix(self, fix: Optional[Fix], cell: int) -> Optional[Fix]:
        """The fix's edits in the cell's lines (what --rewrite applies is the module text's; this is for show)."""
        if fix is None:
            return None
        edits = []
        for e in fix.edits:
            (c1, start), (c2, end) = self._place(e.start), self._place(e.end)
            if c1 == c2 == cell:
                edits.append(Edit(start, end, e.content))
        return replace(fix, edits=tuple(edits), operations=(), message=self._lines_named(fix.message, cell))

    # ------------------------------------------------------------------ writing back
    def split(self, new_text: str) -> Dict[int, str]:
        """New module text -> the source of each code cell (IPython lines restored); CellsMoved if it cannot."""
        sources: Dict[int, List[str]] = {c.number: [] for c in self.code_cells}
        order = [c.number for c in self.code_cells]
        current = 0
        for line in split_lines(new_text):
            m = _CELL_LINE.fullmatch(line)
            if m:
                current += 1
                if current >= len(order) or int(m.group(1)) != order[current]:
                    raise CellsMoved("the fixes would move code across the notebook's cells; fix it by hand")
                continue
            p = _MAGIC_PLACEHOLDER.search(line)
            if p and int(p.group(1)) < len(self.magic):
                line = self.magic[int(p.group(1))] + _ending(line)
            sources[order[current]].append(line)
        if current != len(order) - 1:
            raise CellsMoved("the fixes would merge the notebook's cells; fix it by hand")
        out = {}
        for number, lines in sources.items():
            text = "".join(lines)
            if self.added_newline.get(number) and text.endswith("\n"):
                text = text[:-1]
            out[number] = text
        return out

    def encode(self, text: str) -> bytes:
        return replace_sources(self.json_text, self.cells, self.split(text)).encode(self.encoding)

    def diff(self, path: str, new_text: str) -> str:
        new = self.split(new_text)
        out = []
        for cell in self.code_cells:
            if new[cell.number] != cell.source:
                name = f"{path}:cell {cell.number}"
                out += difflib.unified_diff(_lines_ended(cell.source), _lines_ended(new[cell.number]),
                                            fromfile=name, tofile=name)
        return "".join(out)

    def lines(self, cell: Optional[int] = None) -> List[str]:
        for c in self.cells:
            if c.number == cell:
                return split_lines(c.source)
        return []


def _lines_ended(text: str) -> List[str]:
    lines = split_lines(text)
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += "\n\\ No newline at end of cell\n"
    return lines


def _masked(cell: Cell, magic: List[str]) -> List[str]:
    """The cell's lines as Python, each IPython line replaced by a placeholder of the same indentation."""
    lines = split_lines(cell.source)
    out: List[str] = []
    if lines and lines[0].startswith("%%"):
        words = lines[0][2:].split()
        if not words or words[0] not in PYTHON_CELL_MAGICS:  # %%bash, %%html ...: not Python at all
            return [_placeholder(line, "", magic, comment_only=True) for line in lines]
        out.append(_placeholder(lines[0], "", magic, comment_only=True))
        lines = lines[1:]
    continued = False
    inside = _Nesting()
    for line in lines:
        body = line.rstrip("\r\n")
        if inside.open:  # `% args` or `!= b` continuing an expression in brackets or a string: Python
            out.append(line)
            inside.feed(body)
            continue
        if continued or _LINE_MAGIC.match(body) or _HELP.fullmatch(body):
            indent = body[:len(body) - len(body.lstrip())]
            out.append(_placeholder(line, indent, magic, comment_only=continued))
        elif _ASSIGNED_MAGIC.match(body):
            prefix = _ASSIGNED_MAGIC.match(body).group(1)
            out.append(_placeholder(line, prefix, magic, value="None"))
        else:
            out.append(line)
            inside.feed(body)
            continued = False
            continue
        continued = body.endswith("\\")
    return out


class _Nesting:
    """Whether the Python read so far leaves a bracket or a triple-quoted string open (IPython only reads a magic at
    the start of a statement). A light scan: strings, comments and backslash escapes are skipped."""

    def __init__(self):
        self.depth = 0
        self.quote = ""  # the triple quote left open

    @property
    def open(self) -> bool:
        return self.depth > 0 or bool(self.quote)

    def feed(self, line: str) -> None:
        i, n = 0, len(line)
        while i < n:
            if self.quote:
                end = line.find(self.quote, i)
                if end < 0:
                    return
                self.quote, i = "", end + 3
                continue
            c = line[i]
            if c == "#":
                return
            if c in "\"'":
                if line.startswith(c * 3, i):
                    self.quote, i = c * 3, i + 3
                    continue
                i += 1
                while i < n and line[i] != c:
                    i += 2 if line[i] == "\\" else 1
            elif c in "([{":
                self.depth += 1
            elif c in ")]}":
                self.depth = max(0, self.depth - 1)
            i += 1


def _placeholder(line: str, prefix: str, magic: List[str], comment_only: bool = False, value: str = "pass") -> str:
    magic.append(line.rstrip("\r\n"))
    code = "" if comment_only else f"{value}  "
    return f"{'' if comment_only else prefix}{code}{MAGIC_MARK}{len(magic) - 1}{_ending(line)}"


def _language(metadata: dict) -> Optional[str]:
    for key, name in (("language_info", "name"), ("kernelspec", "language")):
        value = metadata.get(key)
        if isinstance(value, dict) and isinstance(value.get(name), str):
            return value[name].lower()
    return None


def read_notebook(raw: bytes) -> NotebookSource:
    """The Source of a notebook's bytes; SourceError (BN904) when it is not a valid nbformat 4 notebook."""
    encoding = "utf-8-sig" if raw.startswith(b"\xef\xbb\xbf") else "utf-8"
    try:
        json_text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        line = raw[:exc.start].count(b"\n") + 1
        raise SourceError(NOTEBOOK_ERROR, f"not a valid notebook: not UTF-8 (byte 0x{raw[exc.start]:02x} at line "
                                          f"{line}); re-save it from Jupyter", line) from None
    try:
        metadata, cells = parse(json_text)
    except NotebookFormatError as exc:
        raise SourceError(NOTEBOOK_ERROR, f"not a valid notebook: {exc}; fix it or re-save it from Jupyter",
                          exc.line, exc.column) from None
    language = _language(metadata)
    code = [c for c in cells if c.kind == "code"] if language in (None, "python") else []
    parts, starts, magic, added = [], [], [], {}
    line = 1
    for index, cell in enumerate(code):
        if index:
            parts.append(f"{CELL_MARK}{cell.number}\n")
            line += 1
        starts.append(line)
        lines = _masked(cell, magic)
        if lines and not lines[-1].endswith(("\n", "\r")):
            lines[-1] += "\n"
            added[cell.number] = True
        parts += lines
        line += len(lines)
    return NotebookSource("".join(parts), encoding, raw, json_text=json_text, cells=cells, code_cells=code,
                          starts=starts, magic=magic, added_newline=added)
