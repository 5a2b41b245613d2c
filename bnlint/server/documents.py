"""An open document through the source tier: its settings from the project's pyproject.toml (found again for each
check, so an edited configuration applies at once), its findings, and its text with fixes applied by the same
pipeline as `bnlint check --rewrite` (bnlint.fix.apply)."""

from __future__ import annotations

from pathlib import Path
from typing import List, Optional

from bnlint.config import Settings
from bnlint.diagnostic import Diagnostic
from bnlint.engine import CheckOptions, SettingsResolver
from bnlint.errors import ConfigError
from bnlint.fix.apply import apply_operations, compile_error, fix_until_stable
from bnlint.project.index import forget_layout
from bnlint.source.check import check_text


def settings_for(path: str) -> Settings:
    """The settings of `path`'s project; ConfigError (a bad pyproject.toml) names the file and the key."""
    return SettingsResolver(CheckOptions())(Path(path))


def check(path: str, text: str, settings: Optional[Settings] = None) -> List[Diagnostic]:
    settings = settings or settings_for(path)
    forget_layout()  # a module created or removed since the last check resolves as it is now
    return check_text(path, text, settings).diagnostics


def with_fix(text: str, diagnostic: Diagnostic) -> Optional[str]:
    """text with this one finding's fix applied; None when the fix cannot be applied or would not compile."""
    if diagnostic.fix is None:
        return None
    new, applied, _ = apply_operations(text, [diagnostic.fix])
    if not applied or new == text or compile_error(new) is not None:
        return None
    return new


def with_all_fixes(path: str, text: str, unsafe: bool = False) -> str:
    """text with every safe fix (and with `unsafe`, every fix) applied until they settle, as --rewrite does."""
    settings = settings_for(path)
    outcome = fix_until_stable(text, check(path, text, settings), lambda t: check(path, t, settings), unsafe)
    return outcome.text


__all__ = ["ConfigError", "check", "settings_for", "with_all_fixes", "with_fix"]
