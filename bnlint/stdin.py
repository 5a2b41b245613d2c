"""`bnlint check -`: one source read from standard input, checked (and fixed) as the file it names.

`--stdin-filename PATH` says which file the text is: the configuration found for PATH applies (per-file-ignores
included), findings are reported at PATH, and `.ipynb` reads it as a notebook. The text goes through the source
tier's own pipeline (bnlint.source.process); only where the fixed bytes go differs: to the caller, who prints them
(as ruff does), never to a file.
"""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional, Tuple

from bnlint.engine import CheckOptions, CheckRun, SettingsResolver
from bnlint.files import force_excluded
from bnlint.source.process import process_source
from bnlint.source.documents import decode_document
from bnlint.source.read import SourceError
from bnlint.system import system_diagnostic

STDIN = "-"


def check_stdin(raw: bytes, filename: Optional[str], options: CheckOptions) -> Tuple[CheckRun, bytes]:
    """Check (and with options.rewrite, fix) `raw` as the file `filename` (None: `-`, with the settings of the
    current folder). Returns the run and the source to print for --rewrite: fixed, or as it came."""
    path = filename or STDIN
    settings = SettingsResolver(options)(Path(filename) if filename else Path.cwd())
    if filename and force_excluded(filename, settings):
        return CheckRun(), raw  # --force-exclude: an excluded file is passed through unchecked (as ruff)
    run = CheckRun(files=1)
    try:
        source = decode_document(raw, path)
    except SourceError as err:
        run.diagnostics.append(system_diagnostic(err.kind, path, err.message, err.line, err.column))
        run.failed = True
        return run, raw
    written: List[bytes] = []
    outcome = process_source(path, source, settings, options.fixing,
                             write=lambda _path, data, _digest, _read_only: written.append(data))
    run.diagnostics = sorted(outcome.remaining, key=lambda d: d.sort_key())
    run.fixed = outcome.fixed
    run.diffs = [outcome.diff] if outcome.diff else []
    run.changed_files = int(outcome.changed)
    run.noqa_added = outcome.noqa_added
    run.failed, run.internal_error = outcome.failed, outcome.internal_error
    return run, written[-1] if written else raw
