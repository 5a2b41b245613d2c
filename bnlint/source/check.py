"""Check one file: run every enabled rule on its one parse, apply noqa.

Nothing here raises for a bad file: a file that cannot be read, decoded or parsed, and a
rule that crashes on it, become diagnostics with the system codes below.
"""

from __future__ import annotations

import os
import traceback
from dataclasses import dataclass, field
from typing import Dict, List, Optional

from bnlint.config import Settings
from bnlint.diagnostic import Diagnostic
from bnlint.project.index import view as project_view
from bnlint.source import noqa
from bnlint.source.context import FileContext
from bnlint.source.read import SYNTAX_ERROR, UNREADABLE, Source, SourceError, parse_source, read_source
from bnlint.source.rule import rules_for
from bnlint.system import system_diagnostic

INTERNAL_ERROR = "BN902"
__all__ = ["SYNTAX_ERROR", "UNREADABLE", "INTERNAL_ERROR", "FileResult", "check_text", "check_file"]


@dataclass
class FileResult:
    path: str
    diagnostics: List[Diagnostic] = field(default_factory=list)
    source: Optional[Source] = None
    failed: bool = False  # unreadable or unparsable: exit 1
    dependencies: Dict[str, str] = field(default_factory=dict)  # other project files read: path -> content hash
    internal_error: bool = False  # a rule crashed: exit 2


def wanted_rules(settings: Settings, path: str):
    return rules_for(settings.codes_for(path))


def check_text(path: str, text: str, settings: Settings, rules=None) -> FileResult:
    """Run the enabled source rules on already-decoded text.

    Prefilter: rules whose text tests fail (Rule.may_apply) have nothing to say and do not
    run. When no rule is left the file is not parsed either (the parse is more than half of a
    cold run's time on real code, and Python offers no cheaper syntax check): a syntax error
    (Python 2 code, a merge conflict) is reported in every file a rule analyses, and in every
    file with `syntax-check = "all"`.
    """
    result = FileResult(path)
    rules = wanted_rules(settings, path) if rules is None else rules
    if not rules or noqa.skips_file(text):
        return result
    project = project_view(path, settings)
    kept = [r for r in rules if r.may_apply(text)]
    # A rule the text alone does not call for may still find something through another file's function.
    rules = kept + [r for r in rules if r not in kept and r.may_apply_across(text, project)]
    if not rules and settings.syntax_check != "all":
        result.dependencies = project.all_dependencies()  # what the prefilter read: it decides again when they change
        return result
    try:
        tree = parse_source(text, path)
    except SourceError as err:
        result.failed = True
        result.diagnostics.append(system_diagnostic(err.kind, path, err.message, err.line, err.column))
        return result
    ctx = FileContext(path, text, tree, settings)
    ctx.project = project
    try:
        found = _run_rules(ctx, rules, result)
        # noqa comments only matter where something was found: most files tokenize nothing.
        kept = noqa.parse(text).filter(found) if found else found
        # A rule that judges the others' findings (BN800, unused noqa) runs once they are all in.
        for rule in rules:
            if hasattr(rule, "review"):
                kept += rule.review(ctx, found)
    finally:
        ctx.release()  # per-file memos refer back to ctx: break the cycle now, not at the next GC
    result.diagnostics = sorted(kept, key=Diagnostic.sort_key)
    result.dependencies = ctx.project.all_dependencies()
    return result


def _run_rules(ctx: FileContext, rules, result: FileResult) -> List[Diagnostic]:
    path = ctx.path
    found: List[Diagnostic] = []
    for rule in rules:
        try:
            found.extend(rule.check(ctx))
        except RecursionError:
            # Not a bug in the rule so much as a limit: the file nests deeper than the
            # analysis can follow. Reported per file; exit 1 like an unparsable file.
            result.failed = True
            found.append(system_diagnostic(
                INTERNAL_ERROR, path,
                f"rule {rule.code} skipped this file: it nests too deeply to analyse; the other rules still ran",
            ))
        except Exception as exc:  # one rule's bug must not stop the run
            frame = traceback.extract_tb(exc.__traceback__)[-1]
            result.internal_error = True
            found.append(
                system_diagnostic(
                    INTERNAL_ERROR,
                    path,
                    f"rule {rule.code} crashed on this file: {type(exc).__name__}: {exc} "
                    f"(at {os.path.basename(frame.filename)}:{frame.lineno}); please report it. "
                    f"Other rules still ran; `# noqa: {rule.code}` or --ignore {rule.code} skips it",
                )
            )
    return found


def check_file(path: str, settings: Settings) -> FileResult:
    try:
        source = read_source(path)
    except SourceError as err:
        return FileResult(path, [system_diagnostic(err.kind, path, err.message, err.line, err.column)], failed=True)
    result = check_text(path, source.text, settings)
    result.source = source
    return result
