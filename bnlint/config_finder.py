"""Which configuration applies to a file: the nearest pyproject.toml with a [tool.bnlint] table in its folder or
above, found once per folder."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Dict, List, Optional

from bnlint.config import FileConfig, read_config


class ConfigFinder:
    """Finds and caches the config that applies to each folder."""

    def __init__(self, explicit: Optional[Path] = None):
        self._explicit = read_config(explicit) if explicit else None
        self._explicit_path = explicit
        self._by_dir: Dict[Path, Optional[FileConfig]] = {}
        self._real: Dict[Path, Path] = {}  # folder as given -> resolved

    def for_path(self, path: Path) -> Optional[FileConfig]:
        if self._explicit_path is not None:
            return self._explicit
        # path.resolve(): for a file that is no link, its folder's, resolved once per folder (resolving each of
        # torch's 2,285 files took 0.2 s of a run)
        plain = path.name not in ("", ".", "..") and not os.path.islink(path)
        folder = self._resolved(path.parent) / path.name if plain else path.resolve()
        if not folder.is_dir():
            folder = folder.parent
        chain: List[Path] = []
        found: Optional[FileConfig] = None
        for d in (folder, *folder.parents):
            if d in self._by_dir:
                found = self._by_dir[d]
                break
            chain.append(d)
            candidate = d / "pyproject.toml"
            try:
                present = candidate.is_file()
            except OSError:  # a folder we may not look into: no config of ours there (its files fail as BN900)
                present = False
            if present:
                cfg = read_config(candidate)
                if cfg is not None:
                    found = cfg
                    break
        for d in chain:
            self._by_dir[d] = found
        return found

    def _resolved(self, folder: Path) -> Path:
        return self._real.get(folder) or self._real.setdefault(folder, folder.resolve())
