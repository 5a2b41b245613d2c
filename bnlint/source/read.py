"""Reading a source file: bytes to text (with its encoding kept for writing back) and text to an `ast`, with
every way that can fail as a SourceError that names the problem and what to do."""

from __future__ import annotations

import ast
import codecs
import difflib
import errno
import io
import os
import re
import stat
import sys
import tokenize
from dataclasses import dataclass
from typing import List, Optional

from bnlint.diagnostic import Diagnostic
from bnlint.source.lines import split_lines

UNREADABLE, SYNTAX_ERROR = "BN900", "BN901"
MAX_FILE_BYTES = 50 * 1024 * 1024


class SourceError(Exception):
    def __init__(self, kind: str, message: str, line: int = 1, column: int = 1):
        super().__init__(message)
        self.kind, self.message, self.line, self.column = kind, message, line, column


@dataclass
class Source:
    """A decoded file and what is needed to write it back byte for byte."""

    text: str
    encoding: str  # 'utf-8-sig' keeps a BOM on the way back
    raw: bytes

    def encode(self, text: str) -> bytes:
        return text.encode(self.encoding)

    # A notebook's Source (bnlint.source.notebook) maps positions to cells and diffs cell by cell; a file's text is
    # the file itself.
    def locate(self, diagnostics: List[Diagnostic]) -> List[Diagnostic]:
        """The findings on .text placed in the file as the user sees it."""
        return diagnostics

    def lines(self, cell: Optional[int] = None) -> List[str]:
        """The lines a finding's line numbers count (a notebook's: of one cell)."""
        return split_lines(self.text)

    def diff(self, path: str, new_text: str) -> str:
        """A unified diff of what a rewrite to new_text changes."""
        return "".join(difflib.unified_diff(split_lines(self.text), split_lines(new_text), fromfile=path,
                                            tofile=path))


def read_source(path: str) -> Source:
    return decode_source(read_bytes(path), path)


def read_bytes(path: str) -> bytes:
    """The bytes of a file, or a SourceError (BN900) saying why they cannot be read and what to do."""
    try:
        if os.path.islink(path) and not os.path.exists(path):
            try:
                os.stat(path)
            except OSError as exc:
                if exc.errno == errno.ELOOP:
                    raise SourceError(
                        UNREADABLE, "symbolic link loop (the link leads back to itself); remove it"
                    ) from None
            raise SourceError(UNREADABLE, f"broken symbolic link to {os.readlink(path)!r}; remove it or fix its target")
        if os.path.isdir(path):
            try:
                os.listdir(path)
            except OSError as err:  # a folder the walk could not list: its files were not checked
                raise SourceError(UNREADABLE, f"folder cannot be listed ({err.strerror}): the files in it were not "
                                              "checked; give read and execute permission, or exclude it") from None
            raise SourceError(UNREADABLE, "is a directory")
        raw = _read_regular(path)
    except SourceError:
        raise
    except FileNotFoundError:
        raise SourceError(UNREADABLE, "no such file (was it deleted during the run?)") from None
    except PermissionError:
        raise SourceError(UNREADABLE, "permission denied; make the file readable or exclude it") from None
    except OSError as exc:
        raise SourceError(UNREADABLE, f"cannot be read: {exc.strerror or exc}") from None
    return raw


def decode_source(raw: bytes, path: str) -> Source:
    """The bytes of a Python file (or of standard input, checked as `path`) as a Source. Notebooks are read by
    bnlint.source.documents."""
    if b"\0" in raw:
        raise SourceError(UNREADABLE, "binary file (contains NUL bytes), not Python source; exclude it")
    try:
        try:
            encoding, _ = tokenize.detect_encoding(io.BytesIO(raw).readline)
            codecs.lookup(encoding)
        except SyntaxError:
            # No usable coding comment and the first lines are not UTF-8: let the decode
            # below point at the offending byte.
            encoding = "utf-8"
        text = raw.decode(encoding)
    except LookupError as exc:
        raise SourceError(UNREADABLE, f"bad encoding declaration: {exc}") from None
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise SourceError(
            UNREADABLE,
            f"not valid {encoding.upper()} (byte 0x{raw[exc.start]:02x} at line {line}); "
            "save the file as UTF-8 or declare its encoding in a coding comment",
            line,
        ) from None
    return Source(text, encoding, raw)


def _read_regular(path: str) -> bytes:
    """The bytes of a regular file. Opened without blocking and checked before reading: a named pipe
    or a device that happens to end in .py would otherwise hang the run."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    with open(fd, "rb") as f:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise SourceError(UNREADABLE, "not a regular file (a named pipe, socket or device); exclude it")
        if st.st_size > MAX_FILE_BYTES:
            raise SourceError(
                UNREADABLE, f"file is {st.st_size // 2**20} MiB, over the {MAX_FILE_BYTES // 2**20} MiB limit; exclude it"
            )
        return f.read()


def parse_source(text: str, path: str) -> ast.Module:
    try:
        return ast.parse(text, filename=path)
    except SyntaxError as exc:
        hint = _syntax_hint(exc)
        raise SourceError(
            SYNTAX_ERROR, f"cannot parse: {exc.msg}{hint}; fix the syntax or exclude the file", exc.lineno or 1, exc.offset or 1
        ) from None
    except (ValueError, TypeError) as exc:
        raise SourceError(SYNTAX_ERROR, f"cannot parse: {exc}") from None
    except RecursionError:
        raise SourceError(SYNTAX_ERROR, "cannot parse: expressions nested too deeply for Python's parser") from None
    except MemoryError:
        raise SourceError(SYNTAX_ERROR, "cannot parse: out of memory") from None


# Syntax this Python may be too old for: PEP 695 generics and type aliases (3.12).
_NEWER_SYNTAX = re.compile(r"^\s*(?:(?:async\s+)?def|class)\s+\w+\s*\[|^\s*type\s+\w+\s*(?:\[.*\])?\s*=")


def _syntax_hint(exc: SyntaxError) -> str:
    msg = exc.msg or ""
    if "print" in msg or "Missing parentheses" in msg:
        return " (Python 2 code?)"
    if sys.version_info < (3, 12) and _NEWER_SYNTAX.match(exc.text or ""):
        return (f" (Python 3.12+ syntax? bnlint parses with the Python it runs on, "
                f"{sys.version_info.major}.{sys.version_info.minor} here: run bnlint with a newer Python)")
    return ""
