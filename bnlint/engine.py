"""`bnlint check` from paths to findings: both tiers, composed here.

Discover the files once and settle each file's settings once; run the source tier (bnlint.source.process,
per file, in a process pool for many files, from the cache where it can); run the graph tier when asked
(bnlint.graph.tier: a child process builds and traces the models); merge the findings. The command line,
the Python API (bnlint.check_paths) and the pre-commit hooks all go through run_check.
"""

from __future__ import annotations

import gc
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

from bnlint.cache import Cache, code_fingerprint, default_folder
from bnlint.config import FileConfig, Overrides, Settings, build_settings
from bnlint.config_finder import ConfigFinder
from bnlint.diagnostic import Applicability, Diagnostic, Severity
from bnlint.files import Target, discover
from bnlint.lifeline import die_with_parent
from bnlint.project.index import forget_layout
from bnlint.source.process import FileOutcome, Fixing, cached_outcome, process_file


@dataclass(frozen=True)
class CheckOptions:
    overrides: Overrides = Overrides()
    config: Optional[str] = None  # an explicit pyproject.toml / bnlint.toml instead of discovery
    rewrite: bool = False
    diff: bool = False
    unsafe_fixes: bool = False
    force_rewrite: bool = False  # with rewrite: read-only files too
    jobs: Optional[int] = None  # worker processes; None = one per core
    cache: bool = True
    cache_dir: Optional[str] = None
    trace: bool = False  # also run the graph tier (imports and runs the user's code, in a child process)
    model_specs: Tuple[str, ...] = ()  # models to analyse (`path.py:factory`, `pkg.mod:factory(...)`); implies trace
    add_noqa: bool = False  # write `# noqa: CODE` on every line with a finding

    @property
    def fixing(self) -> Fixing:
        return Fixing(self.rewrite, self.diff, self.unsafe_fixes, self.force_rewrite, self.add_noqa)


@dataclass
class CheckRun:
    diagnostics: List[Diagnostic] = field(default_factory=list)
    fixed: List[Diagnostic] = field(default_factory=list)
    diffs: List[str] = field(default_factory=list)
    files: int = 0
    changed_files: int = 0
    noqa_added: int = 0  # lines given a `# noqa` by --add-noqa
    failed: bool = False
    internal_error: bool = False
    models: Optional[int] = None  # models the graph tier analysed; None when it did not run
    notes: List[str] = field(default_factory=list)  # what the user should know about how the run went

    def exit_code(self, exit_zero: bool = False, diff: bool = False) -> int:
        if self.internal_error:
            return 2
        if diff:  # 1: something to fix, or a file that could not be read, parsed or fixed (BN900-BN903)
            return 1 if self.diffs or self.failed or any(d.code in SYSTEM_FAILURES for d in self.diagnostics) else 0
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


SYSTEM_FAILURES = ("BN900", "BN901", "BN902", "BN903", "BN904")

# Below this many files a process pool costs more than it saves (pre-commit passes a few files).
PARALLEL_MIN_FILES = 48


def _process_batch(batch, options: Fixing) -> List[Tuple[int, FileOutcome]]:
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
    # Workers die with this process (SIGKILL from the kernel on Linux, a watching thread elsewhere), and never
    # write a file once it is gone: a killed run leaves neither processes nor late writes behind.
    return ProcessPoolExecutor(max_workers=jobs, mp_context=ctx, initializer=die_with_parent, initargs=(os.getpid(),))


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


def run_check(paths: Sequence[str], options: CheckOptions) -> CheckRun:
    """Raises ConfigError for a bad configuration or model spec, TraceUnavailable when the graph tier is asked
    for without torch (both exit 2 on the command line)."""
    forget_layout()  # a long-lived process (Jupyter, the Python API): modules written since the last run count
    with _few_collections():
        resolve = SettingsResolver(options)
        graph = options.trace or bool(options.model_specs)
        if options.model_specs:
            from bnlint.graph.tier import check_specs  # the graph tier's parent side never imports torch

            check_specs(options.model_specs)
        if options.model_specs and not paths:
            # Only the models named, not the current folder; a bad config still stops the run.
            resolve(Path.cwd())
            targets: List[Target] = []
            run = CheckRun()
        else:
            targets = list(discover(list(paths) or ["."], resolve))
            run = _source_tier(targets, resolve, options)
        if graph:
            _graph_tier(run, paths, [t.path for t in targets], resolve, options)
        return run


def _source_tier(targets: List[Target], resolve: SettingsResolver, options: CheckOptions) -> CheckRun:
    caches: Dict[str, Cache] = {}
    todo = []
    outcomes: Dict[int, FileOutcome] = {}
    if options.cache:
        code_fingerprint()  # once here, not in every worker
    for index, target in enumerate(targets):
        settings = resolve(Path(target.path))
        cache_dir = None
        if options.cache:
            cache_dir = str(Path(options.cache_dir) if options.cache_dir else default_folder(settings))
        cache = caches.setdefault(cache_dir, Cache(Path(cache_dir))) if cache_dir else None
        hit = cached_outcome(target.path, settings, options.fixing, cache)
        if hit is not None:
            outcomes[index] = hit
        else:
            todo.append((index, target.path, settings, cache_dir))
    jobs = options.jobs or os.cpu_count() or 1
    if jobs > 1 and len(todo) >= PARALLEL_MIN_FILES:
        batches = _batches(todo, jobs)
        with _pool(jobs) as pool:
            try:
                for done in pool.map(_process_batch, batches, [options.fixing] * len(batches)):
                    outcomes.update(done)
            except BaseException:  # Ctrl-C (or an error): the batches not started yet are not started at all
                pool.shutdown(wait=True, cancel_futures=True)
                raise
    else:
        outcomes.update(_process_batch(todo, options.fixing))
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
        run.noqa_added += out.noqa_added
        run.failed |= out.failed
        run.internal_error |= out.internal_error
    run.diagnostics.sort(key=Diagnostic.sort_key)
    return run


def _graph_tier(run: CheckRun, paths: Sequence[str], checked: List[str], resolve: SettingsResolver,
                options: CheckOptions) -> None:
    """Run the graph tier on the files the source tier checked (or the configured models) and merge its
    findings into run."""
    if options.diff:
        run.notes.append("--diff shows source fixes only; the graph tier (--trace/--model) was not run: its "
                         "findings have no source fix (use bnlint.fix_model for a fixed model)")
        return
    from bnlint.graph.tier import merge, run_graph_tier

    # No PATHS: the configured models if there are any, else every file here that defines a model.
    # Notebooks are read, never imported: the graph tier runs .py files only.
    checked = [path for path in checked if not path.endswith(".ipynb")]
    targets = checked if paths or not resolve(Path.cwd()).models else []
    graph, _ = run_graph_tier(targets, resolve, options.model_specs, use_configured=not options.model_specs,
                              shown=checked)
    run.diagnostics = merge(run.diagnostics, graph.diagnostics)
    run.internal_error |= graph.internal_error
    run.models = graph.models
    if options.rewrite and (options.model_specs or graph.diagnostics):
        run.notes.append("--rewrite edits source files only; it cannot edit the source of models named with "
                         "--model (often library code) nor fix what only the graph tier sees. Get a fixed copy "
                         "of a model in Python: bnlint.fix_model(model, strategy='move' or 'uout').")


def unsafe_hidden(run: CheckRun, options: CheckOptions) -> int:
    if options.unsafe_fixes:
        return 0
    return sum(1 for d in run.diagnostics if d.fix and d.fix.applicability is Applicability.UNSAFE)
