"""One source file through the source tier: read it, check it, and when asked fix it (write it, or diff it).

Never raises for a bad file; the cache's stored result stands in for a file whose bytes and settings it
has seen, unless there are fixes to apply.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Dict, List, Optional, Tuple

from bnlint.cache import Cache, entry_key
from bnlint.config import Settings
from bnlint.diagnostic import Diagnostic
from bnlint.fix.apply import fix_until_stable, wanted
from bnlint.fix.write import NotRewritten, atomic_write, digest
from bnlint.source.check import check_text
from bnlint.source.documents import read_document
from bnlint.source.notebook import NOTEBOOK_ERROR
from bnlint.source.read import SYNTAX_ERROR, UNREADABLE, Source, SourceError
from bnlint.source.noqa import add_noqa
from bnlint.system import SYSTEM_CODES, system_diagnostic

@dataclass(frozen=True)
class Fixing:
    """What to do with fixes: write them (--rewrite), show them (--diff), and whether unsafe ones count."""

    rewrite: bool = False
    diff: bool = False
    unsafe_fixes: bool = False
    force_rewrite: bool = False  # rewrite read-only files too
    add_noqa: bool = False  # mark each finding's line with `# noqa: CODE` instead of fixing

    @property
    def wanted(self) -> bool:
        return self.rewrite or self.diff


@dataclass
class FileOutcome:
    remaining: List[Diagnostic]
    fixed: List[Diagnostic] = field(default_factory=list)
    diff: Optional[str] = None
    changed: bool = False
    failed: bool = False
    internal_error: bool = False
    noqa_added: int = 0
    # (cache key, results, the other project files they depend on: path -> content hash) for the main process to store
    remember: Optional[Tuple[str, List[Diagnostic], Dict[str, str]]] = None


def _failed(diags: List[Diagnostic]) -> bool:
    return any(d.code in (UNREADABLE, SYNTAX_ERROR, NOTEBOOK_ERROR) for d in diags)


def cached_outcome(path: str, settings: Settings, options: Fixing, cache: Optional[Cache]) -> Optional[FileOutcome]:
    """The stored result for this exact content and settings, unless there are fixes to apply."""
    if cache is None:
        return None
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError:
        return None
    diags = cache.get(path, entry_key(path, raw, settings))
    if diags is None or (options.wanted and any(wanted(d, options.unsafe_fixes) for d in diags)):
        return None
    if options.add_noqa and any(d.code not in SYSTEM_CODES for d in diags):
        return None
    return FileOutcome(diags, failed=_failed(diags))


def process_file(path: str, settings: Settings, options: Fixing, remember: bool = False) -> FileOutcome:
    """Check one file and, when asked, fix it (write or diff). Never raises for a bad file.
    With `remember`, the outcome carries what the cache should keep for the bytes read."""
    try:
        source = read_document(path)
    except SourceError as err:
        return FileOutcome([system_diagnostic(err.kind, path, err.message, err.line, err.column)], failed=True)
    return process_source(path, source, settings, options, remember)


# How fixed bytes reach their place: atomic_write(path, new_raw, old_digest, read_only) for a file; standard input
# passes one that keeps them for printing.
Writer = Callable[[str, bytes, str, bool], None]


def process_source(path: str, source: Source, settings: Settings, options: Fixing, remember: bool = False,
                   write: Writer = atomic_write) -> FileOutcome:
    """process_file on a Source already read (from a file or from standard input). Findings come back placed as
    the user sees the file (a notebook's by cell)."""
    out = _process(path, source, settings, options, remember, write)
    out.remaining, out.fixed = source.locate(out.remaining), source.locate(out.fixed)
    if out.remember is not None:
        out.remember = (out.remember[0], source.locate(out.remember[1]), out.remember[2])
    return out


def _process(path: str, source: Source, settings: Settings, options: Fixing, remember: bool,
             write: Writer) -> FileOutcome:
    result = check_text(path, source.text, settings)
    out = FileOutcome(result.diagnostics, failed=result.failed, internal_error=result.internal_error)
    if remember and not result.internal_error:
        out.remember = (entry_key(path, source.raw, settings), result.diagnostics, result.dependencies)
    if _failed(result.diagnostics):
        return out
    if options.add_noqa:
        return _add_noqa(path, source, out, write)
    if not options.wanted:
        return out  # a rule that crashed (BN902) does not stop the others' fixes
    outcome = fix_until_stable(
        source.text, result.diagnostics, lambda t: check_text(path, t, settings).diagnostics, options.unsafe_fixes
    )
    problems = [system_diagnostic("BN903", path, outcome.problem)] if outcome.problem else []
    if not outcome.changed(source.text):
        out.remaining = list(outcome.remaining) + problems
        return out
    try:
        # A notebook's cells are split back out of the fixed text here: CellsMoved (NotRewritten) when they cannot be.
        out.diff = source.diff(path, outcome.text) if options.diff else None
        new_raw = source.encode(outcome.text) if options.rewrite else b""
    except NotRewritten as exc:
        out.remaining = result.diagnostics + [system_diagnostic("BN903", path, str(exc))]
        out.failed = True
        return out
    if options.rewrite:
        try:
            write(path, new_raw, digest(source.raw), options.force_rewrite)
        except NotRewritten as exc:
            out.remaining = result.diagnostics + [system_diagnostic("BN903", path, str(exc))]
            out.failed = True
            return out
        except OSError as exc:
            msg = f"could not write the fixed file ({exc.strerror or exc}); it was left unchanged"
            out.remaining = result.diagnostics + [system_diagnostic("BN903", path, msg)]
            out.failed = True
            return out
        out.remaining, out.fixed, out.changed = list(outcome.remaining) + problems, outcome.fixed, True
        # The dependencies the first check found: fixing this file changes no other file's contents.
        out.remember = ((entry_key(path, new_raw, settings), out.remaining, result.dependencies)
                        if remember and not problems else None)
    else:  # --diff: nothing written, findings as they are now
        out.remaining = result.diagnostics + problems
        out.changed = True
    return out


def _add_noqa(path: str, source: Source, out: FileOutcome, write: Writer) -> FileOutcome:
    """--add-noqa: `# noqa: CODE` on each line with a finding, written as --rewrite writes."""
    new_text, marked = add_noqa(source.text, out.remaining, skip=frozenset(SYSTEM_CODES))
    if not marked:
        return out
    try:
        write(path, source.encode(new_text), digest(source.raw), False)  # encode: may raise NotRewritten
    except (NotRewritten, OSError) as exc:
        why = str(exc) if isinstance(exc, NotRewritten) else f"could not write the file ({exc.strerror or exc})"
        out.remaining = out.remaining + [system_diagnostic("BN903", path, f"--add-noqa: {why}")]
        out.failed = True
        return out
    out.remaining = [d for d in out.remaining if d.code in SYSTEM_CODES]
    out.noqa_added, out.changed, out.remember = marked, True, None
    return out
