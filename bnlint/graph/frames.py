"""Where code is: the user's frame behind a call, the user's line behind a failure, an exception in one line.

torch, bnlint.graph and the standard library are never where a user's layer or failure is.
"""

from __future__ import annotations

import os
import sys
import traceback
from typing import Optional, Tuple

import torch

from bnlint.graph.findings import in_stdlib

TORCH_DIR = os.path.dirname(torch.__file__) + os.sep
HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep

Location = Optional[Tuple[str, int]]


def in_library(filename: str) -> bool:
    """torch, bnlint.graph and the standard library: never where a user's layer or failure is."""
    return filename.startswith((TORCH_DIR, HERE, "<frozen")) or in_stdlib(filename)


def user_frame(depth: int = 2) -> Location:
    """file and line of the innermost frame outside torch and bnlint.graph: where a call was made."""
    f = sys._getframe(depth)
    while f is not None:
        if not in_library(f.f_code.co_filename):
            return (f.f_code.co_filename, f.f_lineno)
        f = f.f_back
    return None


def failure_site(exc: BaseException) -> Location:
    site = None
    for frame in traceback.extract_tb(exc.__traceback__):
        if not in_library(frame.filename):
            site = (frame.filename, frame.lineno or 1)
    return site


def describe(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    if len(text) > 160:
        text = text[:157] + "..."
    site = failure_site(exc)
    where = f" at {os.path.basename(site[0])}:{site[1]}" if site else ""
    return f"{type(exc).__name__}: {text}{where}" if text else f"{type(exc).__name__}{where}"
