"""A notebook's JSON, read so that it can be written back byte for byte with only some cell sources changed.

The standard library parses it (json.loads for validation and its error positions); a small walker over the same
text records where each cell's "source" value lies, so a rewrite replaces exactly those characters and keeps
everything else (outputs, metadata, execution counts, indentation, key order, escapes) as it was.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from json.decoder import scanstring
from typing import Dict, List, Tuple

_WS = re.compile(r"[ \t\n\r]*")
_DECODER = json.JSONDecoder()


class NotebookFormatError(ValueError):
    """Not JSON, or not an nbformat 4 notebook; the message says what is wrong, line and column where it is."""

    def __init__(self, message: str, line: int = 1, column: int = 1):
        super().__init__(message)
        self.line, self.column = line, column


@dataclass
class Cell:
    number: int  # 1-based, counting every cell (markdown and raw too), as ruff and Jupyter count them
    kind: str  # "code", "markdown", "raw"
    source: str  # the lines joined
    span: Tuple[int, int]  # where the "source" value is in the text
    as_list: bool  # written as a list of lines (nbformat's way) or one string
    indent: str  # the indentation of the "source" key's line


def _skip(text: str, i: int) -> int:
    return _WS.match(text, i).end()


def _object(text: str, i: int, cells: bool = False) -> Tuple[dict, Dict[str, Tuple[int, int]], int]:
    """The JSON object at text[i] (text is known to be valid JSON): its value, where each member's value lies,
    and the end. With `cells`, the "cells" member's elements are walked as objects too (value: their spans)."""
    i = _skip(text, i) + 1  # past "{"
    value, spans = {}, {}
    i = _skip(text, i)
    while text[i] != "}":
        key, i = scanstring(text, i + 1)
        i = _skip(text, _skip(text, i) + 1)  # past ":"
        if cells and key == "cells" and text[i] == "[":
            member, end = _array_of_objects(text, i)
        else:
            member, end = _DECODER.raw_decode(text, i)
        value[key], spans[key] = member, (i, end)
        i = _skip(text, end)
        if text[i] == ",":
            i = _skip(text, i + 1)
    return value, spans, i + 1


def _array_of_objects(text: str, i: int):
    items = []
    i = _skip(text, i + 1)
    while text[i] != "]":
        if text[i] == "{":
            value, spans, i = _object(text, i)
            items.append((value, spans))
        else:
            value, i = _DECODER.raw_decode(text, i)
            items.append((value, None))
        i = _skip(text, i)
        if text[i] == ",":
            i = _skip(text, i + 1)
    return items, i + 1


def _position(text: str, offset: int) -> Tuple[int, int]:
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def parse(text: str) -> Tuple[dict, List[Cell]]:
    """The notebook's metadata and its cells; NotebookFormatError when it is not an nbformat 4 notebook."""
    try:
        json.loads(text)
    except json.JSONDecodeError as exc:
        raise NotebookFormatError(f"not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})",
                                  exc.lineno, exc.colno) from None
    except RecursionError:
        raise NotebookFormatError("not a notebook: JSON nested too deeply") from None
    if not text.lstrip().startswith("{"):
        raise NotebookFormatError("not a notebook: the JSON is not an object with \"cells\"")
    top, spans, _ = _object(text, _skip(text, 0), cells=True)
    if "worksheets" in top and "cells" not in top:
        raise NotebookFormatError("an nbformat 3 notebook; convert it to nbformat 4: "
                                  "jupyter nbconvert --to notebook --nbformat 4 --inplace FILE")
    if not isinstance(top.get("cells"), list):
        raise NotebookFormatError("not a notebook: no \"cells\" list at the top level")
    cells = []
    for number, (cell, cell_spans) in enumerate(top["cells"], start=1):
        where = _position(text, spans["cells"][0])
        if cell_spans is None or not isinstance(cell.get("cell_type"), str):
            raise NotebookFormatError(f"cell {number} is not a cell (an object with \"cell_type\")", *where)
        source = cell.get("source")
        if "source" not in cell or not (isinstance(source, str) or
                                        (isinstance(source, list) and all(isinstance(s, str) for s in source))):
            at = _position(text, cell_spans["source"][0]) if "source" in cell_spans else where
            raise NotebookFormatError(f"cell {number} has no \"source\" string or list of strings", *at)
        start = cell_spans["source"][0]
        before = text[text.rfind("\n", 0, start) + 1:start]  # `   "source": `
        indent = before[:len(before) - len(before.lstrip())]
        cells.append(Cell(number, cell["cell_type"], source if isinstance(source, str) else "".join(source),
                          cell_spans["source"], isinstance(source, list), indent))
    return top.get("metadata") if isinstance(top.get("metadata"), dict) else {}, cells


def _list_indent(text: str, cell: Cell) -> str:
    """How the lines of a source list are indented: as in this list, else as in another cell's, else nbformat's
    (one space more than the key)."""
    start, end = cell.span
    m = re.match(r"\[\r?\n([ \t]*)\"", text[start:end])
    if m:
        return m.group(1)
    m = re.search(r"\"source\": \[\r?\n([ \t]*)\"", text)
    if m:
        return m.group(1)
    return cell.indent + " "


def dump_source(text: str, cell: Cell, source: str) -> str:
    """The JSON of a new source for `cell`, written as the notebook writes its sources."""
    ascii_only = text.isascii() and "\\u" in text  # written with ensure_ascii (non-ASCII escaped)
    if not cell.as_list:
        return json.dumps(source, ensure_ascii=ascii_only)
    lines = source.splitlines(keepends=True)
    if not lines:
        return "[]"
    newline = "\r\n" if "\r\n" in text[cell.span[0]:cell.span[1]] or text.count("\r\n") > text.count("\n") // 2 \
        else "\n"
    inner = _list_indent(text, cell)
    items = f",{newline}".join(inner + json.dumps(line, ensure_ascii=ascii_only) for line in lines)
    return f"[{newline}{items}{newline}{cell.indent}]"


def replace_sources(text: str, cells: List[Cell], new_sources: Dict[int, str]) -> str:
    """text with the sources of some cells (by number) replaced; every other character kept."""
    out, last = [], 0
    for cell in cells:
        if cell.number in new_sources and new_sources[cell.number] != cell.source:
            out.append(text[last:cell.span[0]])
            out.append(dump_source(text, cell, new_sources[cell.number]))
            last = cell.span[1]
    out.append(text[last:])
    return "".join(out)
