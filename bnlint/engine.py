"""`bnlint check` from paths to findings: discover files, check each, fix if asked, collect.

The command line, the Python API and the pre-commit hooks all go through run_check.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional

from bnlint.config import ConfigFinder, FileConfig, Overrides, Settings, build_settings
from bnlint.diagnostic import Applicability, Diagnostic, Severity
from bnlint.files import discover
from bnlint.fix.apply import fix_until_stable
from bnlint.fix.write import ChangedOnDisk, atomic_write, digest
from bnlint.source.runner import INTERNAL_ERROR, check_file, check_text
from bnlint.system import system_diagnostic


@dataclass(frozen=True)
class CheckOptions:
    overrides: Overrides = Overrides()
    config: Optional[str] = None  # an explicit pyproject.toml / bnlint.toml instead of discovery
    rewrite: bool = False
    diff: bool = False
    unsafe_fixes: bool = False


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
        return self.for_config(self.finder.for_path(path))


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


def process_file(path: str, settings: Settings, options: CheckOptions) -> FileOutcome:
    """Check one file and, when asked, fix it (write or diff). Never raises for a bad file."""
    result = check_file(path, settings)
    out = FileOutcome(result.diagnostics, failed=result.failed, internal_error=result.internal_error)
    if not (options.rewrite or options.diff) or result.source is None or result.failed:
        return out
    source = result.source
    outcome = fix_until_stable(
        source.text, result.diagnostics, lambda t: check_text(path, t, settings).diagnostics, options.unsafe_fixes
    )
    problems = [system_diagnostic("BN903", path, outcome.problem)] if outcome.problem else []
    if not outcome.changed(source.text):
        out.remaining = list(outcome.remaining) + problems
        return out
    out.diff = unified_diff(path, source.text, outcome.text) if options.diff else None
    if options.rewrite:
        try:
            atomic_write(path, source.encode(outcome.text), digest(source.raw))
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
    else:  # --diff: nothing written, findings as they are now
        out.remaining = result.diagnostics + problems
        out.changed = True
    return out


def run_check(paths: List[str], options: CheckOptions) -> CheckRun:
    """Raises ConfigError for a bad configuration (exit 2 on the command line)."""
    resolve = SettingsResolver(options)
    run = CheckRun()
    for target in discover(paths or ["."], resolve):
        settings = resolve(Path(target.path))
        out = process_file(target.path, settings, options)
        run.files += 1
        run.diagnostics += out.remaining
        run.fixed += out.fixed
        if out.diff:
            run.diffs.append(out.diff)
        run.changed_files += out.changed
        run.failed |= out.failed
        run.internal_error |= out.internal_error or any(d.code == INTERNAL_ERROR for d in out.remaining)
    run.diagnostics.sort(key=Diagnostic.sort_key)
    return run


def unsafe_hidden(run: CheckRun, options: CheckOptions) -> int:
    if options.unsafe_fixes:
        return 0
    return sum(1 for d in run.diagnostics if d.fix and d.fix.applicability is Applicability.UNSAFE)
