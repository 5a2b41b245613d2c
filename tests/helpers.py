"""Shared test helpers: run the source rules and fixes the way the CLI does."""

from __future__ import annotations

import textwrap
from dataclasses import replace
from typing import Dict, List, Optional, Sequence

from bnlint.config import Overrides, Selection, build_settings
from bnlint.diagnostic import Diagnostic
from bnlint.fix.apply import fix_until_stable
from bnlint.source.check import check_text

# Example options in rules/*.md (```python fixed strategy=uout) -> Settings fields.
OPTION_FIELDS = {"strategy": "dropout_fix", "dropout-fix": "dropout_fix", "beta": "uout_beta",
                 "uout-beta": "uout_beta", "uout-class": "uout_class"}


def settings_for(select: Optional[Sequence[str]] = None, options: Optional[Dict[str, str]] = None):
    s = build_settings(None, Overrides(selection=Selection(select=tuple(select) if select else None)))
    updates = {}
    for key, value in (options or {}).items():
        field = OPTION_FIELDS.get(key, key.replace("-", "_"))
        updates[field] = float(value) if field == "uout_beta" else value
    return replace(s, **updates) if updates else s


def lint(code: str, select: Optional[Sequence[str]] = None, path: str = "example.py", **options) -> List[Diagnostic]:
    settings = settings_for(select, options)
    return check_text(path, textwrap.dedent(code), settings).diagnostics


def codes_at(code: str, select: Optional[Sequence[str]] = None, **options) -> List[tuple]:
    """[(line, code)] of every finding."""
    return [(d.line, d.code) for d in lint(code, select, **options)]


def fix(code: str, select: Optional[Sequence[str]] = None, unsafe: bool = True, path: str = "example.py", **options) -> str:
    """Apply fixes until stable, as `bnlint check --rewrite [--unsafe-fixes]` would."""
    settings = settings_for(select, options)
    text = textwrap.dedent(code)
    first = check_text(path, text, settings).diagnostics
    outcome = fix_until_stable(text, first, lambda t: check_text(path, t, settings).diagnostics, unsafe)
    assert outcome.problem is None, outcome.problem
    return outcome.text
