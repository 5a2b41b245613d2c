"""Which files to check: walk the given paths, skip what is hidden, generated or excluded."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Iterator, Sequence

from bnlint.config import Settings

# Notebooks too, as ruff: `extend-exclude = ["*.ipynb"]` leaves them out.
SUFFIXES = (".py", ".pyi", ".ipynb")


@dataclass(frozen=True)
class Target:
    path: str
    explicit: bool  # named on the command line: checked even if excluded (unless force-exclude) or not .py


def _is_venv(folder: str) -> bool:
    return os.path.isfile(os.path.join(folder, "pyvenv.cfg"))


def force_excluded(path: str, settings: Settings) -> bool:
    """--force-exclude: a file or folder named on the command line that the exclusions cover, by its own name or
    by a folder above it (up to the config's folder, else the current one), is skipped as a walk would skip it."""
    if not settings.force_exclude:
        return False
    full = Path(os.path.abspath(path))
    top = Path(settings.root) if settings.root else Path.cwd()
    for candidate in [full, *full.parents]:
        if candidate == top or top not in candidate.parents:
            break
        if settings.is_excluded(str(candidate)):
            return True
    return False


def discover(paths: Sequence[str], settings_for: Callable[[Path], Settings]) -> Iterator[Target]:
    """Yield each file once, in a stable order. Missing paths are yielded too (they fail on read)."""
    seen = set()

    def emit(path: str, explicit: bool):
        key = os.path.normpath(path)
        if key not in seen:
            seen.add(key)
            return Target(path, explicit)
        return None

    for raw in paths:
        if force_excluded(raw, settings_for(Path(raw))):
            continue
        if not os.path.isdir(raw):
            t = emit(raw, True)
            if t:
                yield t
            continue
        # followlinks=False: a symlink loop cannot trap the walk. A folder that cannot be listed is yielded as a
        # target: reading it fails and says why (BN900), where a silent skip would say "All checks passed".
        unlisted: list = []
        for folder, dirs, files in os.walk(raw, followlinks=False, onerror=unlisted.append):
            settings = settings_for(Path(folder))
            dirs[:] = sorted(
                d
                for d in dirs
                if not settings.is_excluded(os.path.join(folder, d)) and not _is_venv(os.path.join(folder, d))
            )
            for name in sorted(files):
                if not name.endswith(SUFFIXES):
                    continue
                path = os.path.join(folder, name)
                if settings.is_excluded(path):
                    continue
                t = emit(path, False)
                if t:
                    yield t
        for error in unlisted:
            t = emit(error.filename, True)
            if t:
                yield t
