"""`bnlint clean`: remove the result caches (ruff's `clean`).

Every `.bnlint_cache` folder below the current folder goes, and the folder of --cache-dir / BNLINT_CACHE_DIR. Only
what bnlint wrote is removed there: a folder of another name keeps any file that is not a cache shard of ours.
"""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import List, Optional

from bnlint.cache import CACHE_DIR_NAME

_OURS = re.compile(r"(shard-\d+|\.tmp-.*)\.json")
_SKIP = {".git", ".hg", ".svn", "node_modules"}


def _ours(folder: Path) -> bool:
    """The layout bnlint writes: a .gitignore it made and v<N>/ folders of shard files."""
    for entry in folder.iterdir():
        if entry.name == ".gitignore":
            if not entry.read_text(encoding="utf-8", errors="replace").startswith("# created by bnlint"):
                return False
        elif not (entry.is_dir() and re.fullmatch(r"v\d+", entry.name)
                  and all(_OURS.fullmatch(f.name) for f in entry.iterdir())):
            return False
    return True


def caches_below(root: Path) -> List[Path]:
    found = []
    for folder, dirs, _ in os.walk(root):
        if CACHE_DIR_NAME in dirs:
            found.append(Path(folder) / CACHE_DIR_NAME)
        dirs[:] = [d for d in dirs if d != CACHE_DIR_NAME and d not in _SKIP]
    return found


def clean(root: Path, cache_dir: Optional[str]) -> List[Path]:
    """Remove the caches; returns the folders removed. A named folder that holds anything else is left alone."""
    removed = []
    targets = caches_below(root)
    if cache_dir and Path(cache_dir).is_dir() and Path(cache_dir).resolve() not in {t.resolve() for t in targets}:
        named = Path(cache_dir)
        if named.name == CACHE_DIR_NAME or _ours(named):
            targets.append(named)
    for folder in targets:
        shutil.rmtree(folder, ignore_errors=True)
        if not folder.exists():
            removed.append(folder)
    return removed
