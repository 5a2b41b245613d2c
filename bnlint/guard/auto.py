"""Guarding a whole program or test: an adopting guard watches every model the code runs (the outermost module
of each forward call), for `python -m bnlint.run` (settings from the environment) and the pytest plugin.

Torch need not be imported yet: the hooks go in when it is.
"""

from __future__ import annotations

import os
from typing import Any, Callable, Iterable, Mapping, Optional, Union

from bnlint.diagnostic import Diagnostic
from bnlint.guard.core import Guard
from bnlint.guard.report import ACTIONS, format_diagnostic

ENV = "BNLINT_GUARD"  # warn | raise | log | off
ENV_ALLOW = "BNLINT_GUARD_ALLOW"  # comma-separated codes or module names, as allow=
OFF = ("", "0", "off", "false", "no", "none")


class SettingError(ValueError):
    """A bad BNLINT_GUARD value; the message says which values work."""


def start(action: Union[str, Callable[[Diagnostic], Any]] = "warn", allow: Iterable[Any] = ()) -> Guard:
    """Guard every model run from now until `.remove()`."""
    return Guard(None, action, allow, adopt=True)


def settings(environ: Mapping[str, str] = os.environ, default: str = "warn"):
    """(action, allow) from BNLINT_GUARD and BNLINT_GUARD_ALLOW; action None when the guard is off."""
    raw = environ.get(ENV)
    value = default if raw is None else raw.strip().lower()
    if value in ("1", "on", "true", "yes"):
        value = "warn"
    if value in OFF:
        return None, ()
    if value not in ACTIONS:
        raise SettingError(f"{ENV}={raw!r}: expected one of {', '.join(ACTIONS)} or off")
    allow = [a.strip() for a in environ.get(ENV_ALLOW, "").split(",") if a.strip()]
    return value, allow


def from_environment(environ: Mapping[str, str] = os.environ, default: str = "warn") -> Optional[Guard]:
    action, allow = settings(environ, default)
    return start(action, allow) if action else None


def summary(guard: Guard) -> str:
    found = guard.diagnostics
    if not found:
        return "bnlint guard: no train/eval-mode problem seen at run time"
    head = f"bnlint guard: {len(found)} train/eval-mode problem{'s' if len(found) != 1 else ''} seen at run time"
    return "\n".join([head] + [format_diagnostic(d) for d in found])
