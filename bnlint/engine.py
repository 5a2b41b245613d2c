"""`bnlint check` from paths to findings: discover files, check each, fix if asked, collect.

The command line, the Python API and the pre-commit hooks all go through run_check.
"""

from __future__ import annotations

import difflib
import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Tuple

from bnlint.config import ConfigFinder, FileConfig, Overrides, Settings, build_settings
from bnlint.diagnostic import Applicability, Diagnostic, Severity
from bnlint.files import discover
from bnlint.cache import Cache, code_fingerprint, default_folder, entry_key
from bnlint.fix.apply import fix_until_stable, wanted
from bnlint.fix.write import ChangedOnDisk, atomic_write, digest
from bnlint.source.runner import (
    SYNTAX_ERROR,
    UNREADABLE,
    SourceError,
    check_text,
    read_source,
)
from bnlint.system import system_diagnostic


@dataclass(frozen=True)
class CheckOptions:
    overrides: Overrides = Overrides()
    config: Optional[str] = None  # an explicit pyproject.toml / bnlint.toml instead of discovery
    rewrite: bool = False
    diff: bool = False
    unsafe_fixes: bool = False
    jobs: Optional[int] = None  # worker processes; None = one per core
    cache: bool = True
    cache_dir: Optional[str] = None


@dataclass
class CheckRun:
    diagnostics: List[Diagnostic] = field(default_factory=list)
    fixed: List[Diagnostic] = field(default_factory=list)
    diffs: List[str] = field(default_factory=list)
    files: int = 0
    changed_files: int = 0
    failed: bool = False
    internal_error: bool = False

    def exit_code(self, exit_zero: bool = False, diff: bool = False) -> int:
        if self.internal_error:
            return 2
        if diff:
            return 1 if self.diffs else 0
        if exit_zero:
            return 0
        serious = any(d.severity is not Severity.INFO for d in self.diagnostics)
        return 1 if serious or self.failed else 0


class SettingsResolver:
    """Settings per file: the nearest config, with the command line applied on top (cached)."""

    def __init__(self, options: CheckOptions):
        self.finder = ConfigFinder(Path(options.config) if options.config else None)
        self.overrides = options.overrides
        self._cache: Dict[Optional[str], Settings] = {}

    def for_config(self, cfg: Optional[FileConfig]) -> Settings:
        key = cfg.path if cfg else None
        if key not in self._cache:
            self._cache[key] = build_settings(cfg, self.overrides)
        return self._cache[key]

    def __call__(self, path: Path) -> Settings:
        try:
            return self.for_config(self.finder.for_path(path))
        except (RuntimeError, OSError):
            # A symlink that loops (or a path that vanished) cannot be resolved: use the settings of
            # the folder it is listed in; reading it then reports the problem as BN900.
            return self.for_config(self.finder.for_path(path.parent))


def unified_diff(path: str, old: str, new: str) -> str:
    return "".join(
        difflib.unified_diff(
            old.splitlines(keepends=True), new.splitlines(keepends=True), fromfile=path, tofile=path
        )
    )


@dataclass
class FileOutcome:
    remaining: List[Diagnostic]
    fixed: List[Diagnostic] = field(default_factory=list)
    diff: Optional[str] = None
    changed: bool = False
    failed: bool = False
    internal_error: bool = False
    remember: Optional[Tuple[str, List[Diagnostic]]] = None  # (cache key, results) for the main process to store


def _failed(diags: List[Diagnostic]) -> bool:
    return any(d.code in (UNREADABLE, SYNTAX_ERROR) for d in diags)


def cached_outcome(path: str, settings: Settings, options: CheckOptions, cache: Optional[Cache]) -> Optional[FileOutcome]:
    """The stored result for this exact content and settings, unless there are fixes to apply."""
    if cache is None:
        return None
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError:
        return None
    diags = cache.get(path, entry_key(path, raw, settings))
    if diags is None or ((options.rewrite or options.diff) and any(wanted(d, options.unsafe_fixes) for d in diags)):
        return None
    return FileOutcome(diags, failed=_failed(diags))


def process_file(path: str, settings: Settings, options: CheckOptions, remember: bool = False) -> FileOutcome:
    """Check one file and, when asked, fix it (write or diff). Never raises for a bad file.
    With `remember`, the outcome carries what the cache should keep for the bytes read."""
    try:
        source = read_source(path)
    except SourceError as err:
        return FileOutcome([system_diagnostic(err.kind, path, err.message, err.line, err.column)], failed=True)
    result = check_text(path, source.text, settings)
    out = FileOutcome(result.diagnostics, failed=result.failed, internal_error=result.internal_error)
    if remember and not result.internal_error:
        out.remember = (entry_key(path, source.raw, settings), result.diagnostics)
    if not (options.rewrite or options.diff) or result.failed:
        return out
    outcome = fix_until_stable(
        source.text, result.diagnostics, lambda t: check_text(path, t, settings).diagnostics, options.unsafe_fixes
    )
    problems = [system_diagnostic("BN903", path, outcome.problem)] if outcome.problem else []
    if not outcome.changed(source.text):
        out.remaining = list(outcome.remaining) + problems
        return out
    out.diff = unified_diff(path, source.text, outcome.text) if options.diff else None
    if options.rewrite:
        new_raw = source.encode(outcome.text)
        try:
            atomic_write(path, new_raw, digest(source.raw))
        except ChangedOnDisk as exc:
            out.remaining = result.diagnostics + [system_diagnostic("BN903", path, str(exc))]
            out.failed = True
            return out
        except OSError as exc:
            msg = f"could not write the fixed file ({exc.strerror or exc}); it was left unchanged"
            out.remaining = result.diagnostics + [system_diagnostic("BN903", path, msg)]
            out.failed = True
            return out
        out.remaining, out.fixed, out.changed = list(outcome.remaining) + problems, outcome.fixed, True
        out.remember = (entry_key(path, new_raw, settings), out.remaining) if remember and not problems else None
    else:  # --diff: nothing written, findings as they are now
        out.remaining = result.diagnostics + problems
        out.changed = True
    return out


# Below this many files a process pool costs more than it saves (pre-commit passes a few files).
PARALLEL_MIN_FILES = 48


def _process_batch(batch, options: CheckOptions) -> List[Tuple[int, FileOutcome]]:
    return [(index, process_file(path, settings, options, cache_dir is not None))
            for index, path, settings, cache_dir in batch]


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # it fails again, with its reason, when a worker reads it


def _batches(todo: list, jobs: int) -> List[list]:
    """Work for the pool, biggest files first, in batches of about equal bytes: workers take the next
    batch as they finish one, so the large files start early and small batches even out the end
    (files in order of discovery left one worker parsing a 24k-line file alone at the end)."""
    sized = sorted(((_size(item[1]), item) for item in todo), key=lambda s: -s[0])
    target = max(1, sum(size for size, _ in sized) // (jobs * 32))
    batches: List[list] = []
    batch: list = []
    held = 0
    for size, item in sized:
        batch.append(item)
        held += size
        if held >= target or len(batch) >= 64:
            batches.append(batch)
            batch, held = [], 0
    if batch:
        batches.append(batch)
    return batches


def _pool(jobs: int):
    import multiprocessing  # here, not at the top: a pre-commit run of a few files never needs them
    from concurrent.futures import ProcessPoolExecutor

    try:
        ctx = multiprocessing.get_context("fork")  # workers inherit the loaded rules: no re-import
    except ValueError:  # pragma: no cover - platforms without fork
        ctx = None
    return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx)


@contextmanager
def _few_collections():
    """Fewer garbage collections while checking: a parse makes a million small objects and no cycles,
    and with the default thresholds the collector walks them over and over (about 15% of a cold run).
    Freezing what is loaded also keeps forked workers from copying those pages. Restored afterwards."""
    threshold = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(100_000, 50, 100)
    try:
        yield
    finally:
        gc.set_threshold(*threshold)
        gc.unfreeze()


def run_check(paths: List[str], options: CheckOptions) -> CheckRun:
    """Raises ConfigError for a bad configuration (exit 2 on the command line)."""
    with _few_collections():
        return _run_check(paths, options)


def _run_check(paths: List[str], options: CheckOptions) -> CheckRun:
    resolve = SettingsResolver(options)
    caches: Dict[str, Cache] = {}
    todo = []
    outcomes: Dict[int, FileOutcome] = {}
    if options.cache:
        code_fingerprint()  # once here, not in every worker
    for index, target in enumerate(discover(paths or ["."], resolve)):
        settings = resolve(Path(target.path))
        cache_dir = None
        if options.cache:
            cache_dir = str(Path(options.cache_dir) if options.cache_dir else default_folder(settings))
        cache = caches.setdefault(cache_dir, Cache(Path(cache_dir))) if cache_dir else None
        hit = cached_outcome(target.path, settings, options, cache)
        if hit is not None:
            outcomes[index] = hit
        else:
            todo.append((index, target.path, settings, cache_dir))
    jobs = options.jobs or os.cpu_count() or 1
    if jobs > 1 and len(todo) >= PARALLEL_MIN_FILES:
        batches = _batches(todo, jobs)
        with _pool(jobs) as pool:
            for done in pool.map(_process_batch, batches, [options] * len(batches)):
                outcomes.update(done)
    else:
        outcomes.update(_process_batch(todo, options))
    for index, path, _, cache_dir in todo:
        remember = outcomes[index].remember
        if cache_dir is not None and remember is not None:
            caches[cache_dir].put(path, *remember)
    for cache in caches.values():
        cache.save()
    run = CheckRun()
    for index in sorted(outcomes):
        out = outcomes[index]
        run.files += 1
        run.diagnostics += out.remaining
        run.fixed += out.fixed
        if out.diff:
            run.diffs.append(out.diff)
        run.changed_files += out.changed
        run.failed |= out.failed
        run.internal_error |= out.internal_error
    run.diagnostics.sort(key=Diagnostic.sort_key)
    return run


def unsafe_hidden(run: CheckRun, options: CheckOptions) -> int:
    if options.unsafe_fixes:
        return 0
    return sum(1 for d in run.diagnostics if d.fix and d.fix.applicability is Applicability.UNSAFE)
