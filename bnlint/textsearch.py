"""Whether a text matches any of several patterns, as fast as Python's regular expression engine allows.

The engine skips ahead to the literal a pattern starts with, but tries an alternation (`backward|step\\s*\\(`) at
every character of the text: one search per alternative is five to ten times faster on big files. A prefilter
asks of every file, so it asks this way. AnyOf answers whether, not where: its match is the first alternative's
that matches, not the leftmost in the text.
"""

from __future__ import annotations

import functools
import re
from typing import Callable, Iterable, Optional, Tuple


class AnyOf:
    """Alternatives searched one by one; `.search(text)` is not None exactly when `re.search("|".join(...))` is
    (each alternative compiled with the same flags)."""

    def __init__(self, *patterns: str, flags: int = 0):
        self.patterns: Tuple[re.Pattern, ...] = tuple(re.compile(p, flags) for p in patterns)

    @classmethod
    def literals(cls, words: Iterable[str]) -> "AnyOf":
        """Any of these words, as plain text."""
        return cls(*(re.escape(w) for w in words))

    def search(self, text: str) -> Optional[re.Match]:
        for pattern in self.patterns:
            found = pattern.search(text)
            if found is not None:
                return found
        return None


# A comment, or a string literal from its opening quotes to its closing ones, as Python's tokenizer reads them: a
# backslash escapes the next character (in raw strings too), a one-quote string ends at its line's end, a triple-quoted
# one at the first three quotes. The leftmost wins, so a quote in a comment and a `#` in a string are theirs. Each
# string is written "unrolled" (plain characters in runs, then one escape or lone quote, then a run...): twice as fast
# as one character at a time, and no backtracking on a string left open. No capturing group: one in front of the
# alternatives keeps the engine from skipping ahead to `#` and quotes (five times slower).
_COMMENT_OR_STRING = re.compile("|".join([
    r"\#[^\r\n]*",
    r'"""[^"\\]*(?:(?:\\.|"(?!""))[^"\\]*)*"""',
    r"'''[^'\\]*(?:(?:\\.|'(?!''))[^'\\]*)*'''",
    r'"[^"\\\r\n]*(?:\\.[^"\\\r\n]*)*"',
    r"'[^'\\\r\n]*(?:\\.[^'\\\r\n]*)*'",
]), re.S)


def _emptied(match: re.Match) -> str:
    found = match.group()
    if found[0] == "#":
        return ""
    if "f" in match.string[max(0, match.start() - 2):match.start()].lower():
        return found  # an f-string (or what may be one): its replacement fields are code
    quotes = found[:3] if found[:3] in ('"""', "'''") else found[0]
    return quotes + " " + quotes  # not empty: two strings side by side must not become three quotes


@functools.lru_cache(maxsize=2)  # a rule's prefilter and its second chance read the same file
def code_only(text: str) -> str:
    """The text with its comments removed and its string literals emptied (`"xyz"` -> `" "`; the quotes stay, so a call
    keeps its arguments), f-strings kept whole: for a text test of what the syntax tree shows, which never looks into
    a docstring, a comment or a string (the examples in a library's docstrings would otherwise pass it). A text
    Python cannot tokenize may come out garbled; it does not parse either."""
    return _COMMENT_OR_STRING.sub(_emptied, text)


def in_code(text: str, test: Callable[[str], object]) -> bool:
    """test(text) holds, and holds of the code alone (code_only): asked of the text first, which is cheaper and most
    often enough to say no. Only for a test that holds of a text wherever it holds of the text's code, as a search
    for words does (code_only adds no word); not for a pattern a comment may interrupt (`@torch.no_grad  # why`
    then `def`: ask the words of the text, the pattern of the code)."""
    return bool(test(text)) and bool(test(code_only(text)))


class AnyWord(AnyOf):
    """AnyOf whose match starts a word (`trace(` found in `jit.trace(`, not in `symbolic_trace(`): checked on each match
    found, as a `\\b` in front of a pattern keeps the engine from skipping ahead to its literal (twenty times slower)."""

    def search(self, text: str) -> Optional[re.Match]:
        for pattern in self.patterns:
            for found in pattern.finditer(text):
                before = text[found.start() - 1] if found.start() else " "
                if not (before.isalnum() or before == "_"):
                    return found
        return None
