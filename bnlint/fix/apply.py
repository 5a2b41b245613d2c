"""Apply fixes to text: non-overlapping edits per pass, re-check, repeat until nothing changes."""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field, replace
from typing import Callable, Dict, List, Optional, Sequence, Tuple

from bnlint.diagnostic import Applicability, Diagnostic, Fix, Position
from bnlint.source.lines import line_starts

MAX_PASSES = 8


def _offset(starts: List[int], pos: Position) -> int:
    line = min(pos.line, len(starts)) - 1
    return starts[line] + pos.column - 1


def apply_fixes(text: str, fixes: Sequence[Fix]) -> Tuple[str, List[Fix]]:
    """Apply every fix whose edits do not overlap an earlier one; return the text and those applied."""
    starts = line_starts(text)
    ranged = []
    for fix in fixes:
        spans = sorted((_offset(starts, e.start), _offset(starts, e.end), e.content) for e in fix.edits)
        if spans:
            ranged.append((spans[0][0], spans, fix))
    ranged.sort(key=lambda r: r[0])
    taken: List[Tuple[int, int]] = []
    applied: List[Fix] = []
    edits: List[Tuple[int, int, str]] = []
    for _, spans, fix in ranged:
        # Overlapping ranges conflict; so do two edits starting at one point (order would be arbitrary).
        if any((s < te and ts < e) or s == ts for s, e, _ in spans for ts, te in taken):
            continue
        taken += [(s, e) for s, e, _ in spans]
        edits += spans
        applied.append(fix)
    out, last = [], 0
    for s, e, content in sorted(edits):
        out.append(text[last:s])
        out.append(content)
        last = e
    out.append(text[last:])
    return "".join(out), applied


def apply_operations(text: str, fixes: Sequence[Fix]) -> Tuple[str, List[Fix], Dict[int, str]]:
    """Apply fixes to the file's syntax tree (libcst, bnlint.fix.cst) when every one is made of operations, else
    as text edits (a fix from elsewhere). Returns the text, the fixes applied, and why others were refused."""
    if fixes and all(f.operations for f in fixes):
        from bnlint.fix.cst import apply_fixes_cst  # libcst only when fixes are applied or shown

        return apply_fixes_cst(text, fixes)
    new, applied = apply_fixes(text, fixes)
    return new, applied, {}


def wanted(diag: Diagnostic, unsafe: bool) -> bool:
    return diag.fix is not None and (unsafe or diag.fix.applicability is Applicability.SAFE)


@dataclass
class FixOutcome:
    text: str
    remaining: List[Diagnostic]
    fixed: List[Diagnostic] = field(default_factory=list)
    problem: Optional[str] = None  # why the file was left as it was, or did not converge

    def changed(self, original: str) -> bool:
        return self.text != original


def fix_until_stable(
    text: str, diagnostics: List[Diagnostic], recheck: Callable[[str], List[Diagnostic]], unsafe: bool
) -> FixOutcome:
    """Apply fixes, re-run the rules on the result, repeat. The result compiles, or it is the text as it was:
    a fix whose result does not compile, and fixes that do not settle within MAX_PASSES, change nothing
    (with the reason in `problem`), so that a second run never adds to a half-fixed file."""
    current, fixed = text, []
    diags = diagnostics
    for _ in range(MAX_PASSES):
        todo = [d for d in diags if wanted(d, unsafe)]
        if not todo:
            return FixOutcome(current, diags, fixed)
        new, applied, refused = apply_operations(current, [d.fix for d in todo])
        diags = [_refused(d, refused[id(d.fix)]) if d.fix is not None and id(d.fix) in refused else d for d in diags]
        if new == current:
            return FixOutcome(current, diags, fixed)
        error = compile_error(new)
        if error is not None:
            return FixOutcome(text, diagnostics, [], _rejected(text, current, todo, error))
        applied_ids = {id(f) for f in applied}
        fixed += [d for d in todo if id(d.fix) in applied_ids]
        current = new
        diags = recheck(current)
    return FixOutcome(text, diagnostics, [], f"fixes did not settle after {MAX_PASSES} passes, so the file was left "
                                             "unchanged; please report it")


def _refused(diag: Diagnostic, why: str) -> Diagnostic:
    """The finding as it stays: its fix could not be applied to this file, and the message says why."""
    return replace(diag, message=f"{diag.message} (not fixed: {why})", fix=None)


def _rejected(original: str, current: str, todo: List[Diagnostic], error: str) -> str:
    before = compile_error(original)
    if before is not None:
        return f"the file does not compile as it is ({before}), so no fix was applied"
    culprits = sorted({d.code for d in todo if compile_error(apply_fixes(current, [d.fix])[0]) is not None})
    who = ", ".join(culprits) or ", ".join(sorted({d.code for d in todo}))
    return f"the fix of {who} produced invalid Python ({error}), so the file was left unchanged; please report it"


def compile_error(text: str) -> Optional[str]:
    """Why Python would refuse to run text (None when it compiles): a syntax error, and also what only the
    compiler sees (a repeated keyword argument, `return` or `nonlocal` outside a function). Compiling runs
    nothing; its warnings (an invalid escape, `is` with a literal) belong to the file, not to us."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            compile(text, "<fixed>", "exec", dont_inherit=True)
        return None
    except SyntaxError as exc:
        return f"{exc.msg} at line {exc.lineno}"
    except (ValueError, RecursionError, MemoryError, OverflowError) as exc:
        return f"{type(exc).__name__}: {exc}"
