"""Lines as Python counts them: a line ends only at "\\n", "\\r\\n" or "\\r".

`str.splitlines()` also breaks at a form feed, \\x0b, \\x1c-\\x1e, \\x85, U+2028 and U+2029, which Python
source may hold in comments and strings (a form feed even starts lines in some styles): every line number
`ast` gives after one of them would then point one line too far down. Every place that maps an `ast` line
number (or a tokenize one) to text goes through this module.
"""

from __future__ import annotations

import io
from typing import Callable, List


def split_lines(text: str) -> List[str]:
    """The lines of text with their line ends kept, split where Python's tokenizer splits them."""
    # A StringIO with newline="" splits at \n, \r\n and \r only and leaves the ends as they are (in C).
    return io.StringIO(text, newline="").readlines()


def line_starts(text: str) -> List[int]:
    """The offset in text where each line starts, and len(text) last."""
    starts, total = [0], 0
    for line in split_lines(text):
        total += len(line)
        starts.append(total)
    return starts


def readline(text: str) -> Callable[[], str]:
    """A readline for tokenize that agrees with `ast` on line numbers: lines split as Python splits them,
    each ending in "\\n" (as compile() sees them after newline translation), columns unchanged."""
    lines = iter([_with_newline(line) for line in split_lines(text)])
    return lambda: next(lines, "")


def _with_newline(line: str) -> str:
    if line.endswith("\r\n"):
        return line[:-2] + "\n"
    if line.endswith("\r"):
        return line[:-1] + "\n"
    return line
