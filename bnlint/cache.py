"""Content-hash cache of source-tier results: a warm run re-reads files but parses none.

An entry's key hashes the file's bytes, its path, the settings that apply to it and a
fingerprint of bnlint itself (version plus its code and rule documents), so a change to any
of them is a miss. Entries are one small JSON file each, written to a temporary file and
renamed into place: concurrent runs can share the folder without locks, and a run killed
midway leaves whole entries or none.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import List, Optional

from bnlint import __version__
from bnlint.config import Settings
from bnlint.diagnostic import Diagnostic

CACHE_DIR_NAME = ".bnlint_cache"
FORMAT = "1"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """bnlint's version and the size/mtime of its sources and rule documents."""
    from bnlint import catalogue

    h = hashlib.sha256(f"{__version__}:{FORMAT}".encode())
    roots = [Path(__file__).resolve().parent, catalogue.catalogue_dir()]
    for root in roots:
        for p in sorted(root.rglob("*")):
            if p.suffix in (".py", ".md"):
                st = p.stat()
                h.update(f"{p}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()


def settings_fingerprint(settings: Settings, path: str) -> str:
    """What in the settings can change this file's findings, in a stable form."""
    parts = {"codes": sorted(settings.codes_for(path))}
    for f in fields(settings):
        if f.name in ("enabled", "per_file_ignores", "exclude", "root", "config_path", "models"):
            continue
        parts[f.name] = repr(getattr(settings, f.name))
    return json.dumps(parts, sort_keys=True)


class Cache:
    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._ready = False
        self._made: set = set()  # subfolders known to exist: one mkdir each, not one per entry

    def key(self, path: str, raw: bytes, settings: Settings) -> str:
        h = hashlib.sha256()
        for part in (code_fingerprint(), os.path.abspath(path), settings_fingerprint(settings, path)):
            h.update(part.encode("utf-8", "surrogateescape"))
            h.update(b"\0")
        h.update(raw)
        return h.hexdigest()

    def _entry(self, key: str) -> Path:
        return self.folder / f"v{FORMAT}" / key[:2] / f"{key}.json"

    def get(self, key: str) -> Optional[List[Diagnostic]]:
        try:
            with open(self._entry(key), "r", encoding="utf-8") as f:
                return [Diagnostic.from_dict(d) for d in json.load(f)]
        except (OSError, ValueError, KeyError, TypeError):
            return None  # missing or damaged: a miss, never an error

    def put(self, key: str, diagnostics: List[Diagnostic]) -> None:
        entry = self._entry(key)
        try:
            if not self._ready:
                self._init_folder()
            if entry.parent not in self._made:
                entry.parent.mkdir(parents=True, exist_ok=True)
                self._made.add(entry.parent)
            fd, tmp = tempfile.mkstemp(dir=entry.parent, prefix=".tmp-", suffix=".json")
            with os.fdopen(fd, "w", encoding="utf-8") as f:
                json.dump([d.to_dict() for d in diagnostics], f, separators=(",", ":"))
            os.replace(tmp, entry)
        except OSError:
            pass  # a read-only or full disk costs speed, not correctness

    def _init_folder(self) -> None:
        self.folder.mkdir(parents=True, exist_ok=True)
        ignore = self.folder / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# created by bnlint\n*\n")
        self._ready = True


def default_folder(settings: Settings) -> Path:
    """BNLINT_CACHE_DIR, else .bnlint_cache beside the config file, else in the current folder."""
    env = os.environ.get("BNLINT_CACHE_DIR")
    if env:
        return Path(env)
    return Path(settings.root or os.getcwd()) / CACHE_DIR_NAME
