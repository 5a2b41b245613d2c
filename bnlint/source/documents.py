"""What the source tier reads: a Python file, or a Jupyter notebook (.ipynb) as the Python of its code cells."""

from __future__ import annotations

from bnlint.source.notebook import read_notebook
from bnlint.source.read import Source, decode_source, read_bytes

NOTEBOOK_SUFFIX = ".ipynb"


def is_notebook(path: str) -> bool:
    return path.endswith(NOTEBOOK_SUFFIX)


def decode_document(raw: bytes, path: str) -> Source:
    """The Source of a file's bytes (or of standard input, checked as `path`); SourceError when it cannot be."""
    return read_notebook(raw) if is_notebook(path) else decode_source(raw, path)


def read_document(path: str) -> Source:
    return decode_document(read_bytes(path), path)
