"""Content-hash cache of source-tier results: a warm run re-reads files but parses none.

An entry's key hashes the file's bytes, its path, the settings that apply to it and a
fingerprint of bnlint itself (version plus its code and rule documents), so a change to any
of them is a miss. Entries are kept per file path (a changed file replaces its entry, so the
cache does not grow with every edit) in a few shard files chosen by a hash of the path: a run
over thousands of files writes a handful of files, not one per source file (file creation
costs more than the analysis of a small file on some file systems), and a pre-commit run over
a few files reads and writes a few shards, not the whole cache.

Safe under concurrent runs without locks: results are only written at the end of a run, each
shard as a temporary file renamed into place after the shard on disk is read again and merged,
so a shard is always whole; two runs racing may drop each other's new entries (a later miss),
never corrupt one. A run killed midway writes nothing. A damaged shard is a miss, never an error.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from bnlint import __version__
from bnlint.config import Settings
from bnlint.diagnostic import Diagnostic
from bnlint.project.index import content_hash

CACHE_DIR_NAME = ".bnlint_cache"
FORMAT = "3"
SHARDS = 16

Entry = Tuple[str, list, Dict[str, str]]  # (key, diagnostics as dicts, other project files read: path -> hash)


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
        parts[f.name] = _stable_repr(getattr(settings, f.name))
    return json.dumps(parts, sort_keys=True)


def _stable_repr(value: object) -> str:
    """repr, with sets sorted: a set's order follows the string hashes, which differ from process to process,
    so its plain repr would make every warm run a miss."""
    if isinstance(value, (set, frozenset)):
        return repr(sorted(value, key=repr))
    return repr(value)


def entry_key(path: str, raw: bytes, settings: Settings) -> str:
    """The key of a file's results: its bytes, path and settings, and bnlint's own code."""
    h = hashlib.sha256()
    for part in (code_fingerprint(), os.path.abspath(path), settings_fingerprint(settings, path)):
        h.update(part.encode("utf-8", "surrogateescape"))
        h.update(b"\0")
    h.update(raw)
    return h.hexdigest()


def _shard_of(abspath: str) -> int:
    digest = hashlib.blake2b(abspath.encode("utf-8", "surrogateescape"), digest_size=2).digest()
    return int.from_bytes(digest, "big") % SHARDS


class Cache:
    def __init__(self, folder: Path):
        self.folder = Path(folder)
        self._shards: Dict[int, Dict[str, Entry]] = {}  # as read at first use
        self._updates: Dict[int, Dict[str, Entry]] = {}  # written by save()

    def _file(self, shard: int) -> Path:
        return self.folder / f"v{FORMAT}" / f"shard-{shard:02d}.json"

    def _read(self, shard: int) -> Dict[str, Entry]:
        try:
            with open(self._file(shard), "r", encoding="utf-8") as f:
                data = json.load(f)
            if isinstance(data, dict):
                return data
        except (OSError, ValueError, RecursionError, MemoryError):
            pass  # missing or damaged (garbage, cut short, nested deeper than json reads): every entry is a miss
        return {}

    def get(self, path: str, key: str) -> Optional[List[Diagnostic]]:
        abspath = os.path.abspath(path)
        shard = _shard_of(abspath)
        if shard not in self._shards:
            self._shards[shard] = self._read(shard)
        entry = self._shards[shard].get(abspath)
        try:
            if entry is None or entry[0] != key or not _unchanged(entry[2]):
                return None  # new bytes, or another file of the project it read has changed
            diags = [Diagnostic.from_dict(d) for d in entry[1]]
        except (ValueError, KeyError, TypeError, IndexError, AttributeError, RecursionError):
            return None  # a damaged entry: a miss
        return diags if all(map(_well_formed, diags)) else None

    def put(self, path: str, key: str, diagnostics: List[Diagnostic], dependencies: Optional[Dict[str, str]] = None) -> None:
        abspath = os.path.abspath(path)
        entry = (key, [d.to_dict() for d in diagnostics], dict(dependencies or {}))
        self._updates.setdefault(_shard_of(abspath), {})[abspath] = entry

    def save(self) -> None:
        """Write the shards this run changed: each merged with what is on disk now, then renamed into place."""
        if not self._updates:
            return
        try:
            self._init_folder()
        except OSError:
            return  # a read-only or full disk costs speed, not correctness
        for shard, updates in sorted(self._updates.items()):
            merged = self._read(shard)
            # Entries of files deleted since they were cached would otherwise stay forever.
            merged = {p: e for p, e in merged.items() if _entry_shape(e) and (p in updates or os.path.exists(p))}
            merged.update(updates)
            target = self._file(shard)
            try:
                fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-", suffix=".json")
                try:
                    with os.fdopen(fd, "w", encoding="utf-8") as f:
                        try:
                            json.dump(merged, f, separators=(",", ":"))
                        except (ValueError, TypeError, RecursionError):  # something odd read back: ours only
                            f.seek(0)
                            f.truncate()
                            json.dump(updates, f, separators=(",", ":"))
                    os.replace(tmp, target)
                except BaseException:
                    os.unlink(tmp)
                    raise
            except OSError:
                pass
        self._updates.clear()

    def _init_folder(self) -> None:
        (self.folder / f"v{FORMAT}").mkdir(parents=True, exist_ok=True)
        ignore = self.folder / ".gitignore"
        if not ignore.exists():
            ignore.write_text("# created by bnlint\n*\n")


def _entry_shape(entry: object) -> bool:
    return (isinstance(entry, list) and len(entry) == 3 and isinstance(entry[0], str) and isinstance(entry[1], list)
            and isinstance(entry[2], dict))


def _unchanged(dependencies: object) -> bool:
    """Every other project file a result read still has the bytes it had (a damaged record: changed)."""
    if not isinstance(dependencies, dict):
        return False
    return all(isinstance(path, str) and _current_hash(path) == digest for path, digest in dependencies.items())


_HASHES: Dict[Tuple[str, int, int], str] = {}  # (path, mtime, size) -> hash: one read per file and run


def _current_hash(path: str) -> Optional[str]:
    try:
        st = os.stat(path)
        seen = (path, st.st_mtime_ns, st.st_size)
        if seen not in _HASHES:
            with open(path, "rb") as f:
                _HASHES[seen] = content_hash(f.read())
        return _HASHES[seen]
    except OSError:
        return None


def _well_formed(d: Diagnostic) -> bool:
    """Every field of a diagnostic read back has the type the reporters and fixes expect."""
    texts = (d.code, d.name, d.message, d.path) + tuple(x for p, _, note in d.related for x in (p, note))
    positions = (d.start, d.end) + tuple(pos for _, pos, _ in d.related)
    if d.fix is not None:
        texts += (d.fix.message,) + tuple(e.content for e in d.fix.edits)
        positions += tuple(p for e in d.fix.edits for p in (e.start, e.end))
    return (all(type(t) is str for t in texts)
            and all(type(p.line) is int and type(p.column) is int for p in positions))


def default_folder(settings: Settings) -> Path:
    """BNLINT_CACHE_DIR, else .bnlint_cache beside the config file, else in the current folder."""
    env = os.environ.get("BNLINT_CACHE_DIR")
    if env:
        return Path(env)
    return Path(settings.root or os.getcwd()) / CACHE_DIR_NAME
