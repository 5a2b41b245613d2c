"""Where a file's imports live in the project: the roots an import is resolved against and the file it names.

Roots, for a file: its own folder (Python puts a script's folder first on sys.path), the folder above its
top-level package (the folders up to the last one with an `__init__.py`), every `src/` folder beside the
config file or an ancestor of the file up to it, the config file's folder, and the extra roots the config
names (`src = ["lib"]`, as ruff's setting). A module is `<root>/a/b.py` or `<root>/a/b/__init__.py`; a
relative import counts from the file's own package. What no root holds (the standard library, third-party
packages, dynamic imports) is not resolved: unknown, never guessed.
"""

from __future__ import annotations

import os
import site
import sys
from importlib.machinery import PathFinder
from functools import lru_cache
from typing import List, Optional, Sequence, Tuple

# Unbounded: one entry per path an import could name, and a run asks about the same ones for file after file (a
# bounded cache of torch's sources missed three times in four); clear() empties it between runs of a long-lived process.
@lru_cache(maxsize=None)
def _is_file(path: str) -> bool:
    return os.path.isfile(path)


@lru_cache(maxsize=None)
def _is_dir(path: str) -> bool:
    return os.path.isdir(path)


def package_root(folder: str) -> str:
    """The folder above the outermost package that holds `folder` (itself when it is no package)."""
    while _is_file(os.path.join(folder, "__init__.py")):
        parent = os.path.dirname(folder)
        if parent == folder:
            break
        folder = parent
    return folder


def roots_for(path: str, config_root: Optional[str], extra: Sequence[str] = ()) -> Tuple[str, ...]:
    """The folders absolute imports of the file at `path` are resolved against, most specific first."""
    here = os.path.dirname(os.path.abspath(path))
    found = [here, package_root(here)]
    top = os.path.abspath(config_root) if config_root else None
    folder = here
    while True:
        if _is_dir(os.path.join(folder, "src")):
            found.append(os.path.join(folder, "src"))
        parent = os.path.dirname(folder)
        if folder == top or parent == folder or (top is not None and not folder.startswith(top)):
            break
        folder = parent
    if top is not None:
        found.append(top)
        found += [os.path.join(top, e) for e in extra]
    return tuple(dict.fromkeys(found))


def _module_paths(root: str, dotted: str) -> List[str]:
    """`<root>/a/b.py` and `<root>/a/b/__init__.py` for "a.b", in the order Python looks."""
    base = os.path.join(root, *dotted.split(".")) if dotted else root
    return ([base + ".py"] if dotted else []) + [os.path.join(base, "__init__.py")]


@lru_cache(maxsize=None)  # asked for the same modules file after file (emptied with the file-exists cache: clear())
def module_file(root: str, dotted: str) -> Optional[str]:
    """`<root>/a/b.py` or `<root>/a/b/__init__.py` for "a.b", if it is there."""
    return next((path for path in _module_paths(root, dotted) if _is_file(path)), None)


def module_candidates(importer: str, dotted: str, level: int, roots: Sequence[str]) -> List[str]:
    """Every file that would be module `dotted` imported from `importer`, were it there (what resolve_module
    looks for): a result that found none of them is redone when one of them appears."""
    bases = [_relative_base(importer, level)] if level else list(roots)
    return [path for root in bases for path in _module_paths(root, dotted)]


@lru_cache(maxsize=1024)
def outside_project(top: str) -> bool:
    """A top-level name the standard library or an installed distribution provides (`os`, `torch`): a module of
    it that is missing from the project is not a project module yet to be written. Looked for in the
    site-packages folders only (not the current folder, nor a project installed in editable mode, whose modules
    are the project's); nothing is imported."""
    if top in sys.stdlib_module_names or top in sys.builtin_module_names:
        return True
    try:
        return PathFinder.find_spec(top, _site_folders()) is not None
    except (ImportError, ValueError):
        return False


@lru_cache(maxsize=1)
def _site_folders() -> List[str]:
    folders = list(getattr(site, "getsitepackages", lambda: [])())
    if site.ENABLE_USER_SITE:
        folders.append(site.getusersitepackages())
    return folders


def _relative_base(importer: str, level: int) -> str:
    base = os.path.dirname(os.path.abspath(importer))
    for _ in range(level - 1):
        base = os.path.dirname(base)
    return base


def resolve_module(importer: str, dotted: str, level: int, roots: Sequence[str]) -> Optional[str]:
    """The file of module `dotted` imported from the file `importer` (`level` dots for a relative import)."""
    if level:
        return module_file(_relative_base(importer, level), dotted)
    for root in roots:
        found = module_file(root, dotted)
        if found is not None:
            return found
    return None


def clear() -> None:
    """Forget what the file system looked like (a long-lived process, such as the language server)."""
    _is_file.cache_clear()
    _is_dir.cache_clear()
    module_file.cache_clear()
    outside_project.cache_clear()


def display_path(path: str) -> str:
    """A path as messages show it: relative to the current folder when it is below it."""
    relative = os.path.relpath(path)
    return path if relative.startswith("..") else relative
