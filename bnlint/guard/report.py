"""How the guard reports: bnlint's Diagnostic, once per site, through the chosen action.

Actions: "warn" (a GuardWarning at the user's file and line, shown as Python shows warnings), "raise" (a
GuardError, raised where the problem happens: in the forward call or the backward), "log" (the `bnlint.guard`
logger, level WARNING), or any callable, which receives each Diagnostic. Every finding is also kept in the
guard's `diagnostics` list, whatever the action.

No torch here: bnlint.guard is importable (and its pytest plugin loadable) without it.
"""

from __future__ import annotations

import logging
import re
import warnings
from typing import Any, Callable, Iterable, List, Optional, Set, Tuple, Union

from bnlint.diagnostic import Diagnostic
from bnlint.graph.findings import NoqaFilter, display_path, make

Location = Optional[Tuple[str, int]]
ACTIONS = ("warn", "raise", "log")
CODES = ("BN002", "BN003", "BN004", "BN005", "BN101", "BN103", "BN202")  # what the guard reports
_CODE = re.compile(r"^BN\d{0,3}$", re.I)

logger = logging.getLogger("bnlint.guard")


class GuardWarning(UserWarning):
    """What the guard warns with (action="warn"); filter it as any warning category."""


class GuardError(RuntimeError):
    """What the guard raises (action="raise"); `.diagnostic` is the finding."""

    def __init__(self, diagnostic: Diagnostic):
        super().__init__(format_diagnostic(diagnostic))
        self.diagnostic = diagnostic


def format_diagnostic(d: Diagnostic) -> str:
    """`path:line:col: CODE message`, then one indented line per related location (as `bnlint check` prints;
    paths relative to the current folder when below it)."""
    lines = [f"{display_path(d.path)}:{d.line}:{d.column}: {d.code} {d.message}"]
    lines += [f"    {display_path(path)}:{pos.line}:{pos.column}: {note}" for path, pos, note in d.related]
    return "\n".join(lines)


Allowed = Union[str, type, Any]


class Allow:
    """What `allow=` states is intended: rule codes or prefixes ("BN003", "BN0"), qualified module names
    ("head.drop", covering its submodules too), module classes, or module instances."""

    def __init__(self, items: Iterable[Allowed] = ()):
        if isinstance(items, (str, type)):
            items = [items]
        self.codes: List[str] = []
        self.names: List[str] = []
        self.types: List[type] = []
        self.objects: List[Any] = []
        for item in items:
            if isinstance(item, str):
                (self.codes if _CODE.match(item) else self.names).append(item.upper() if _CODE.match(item) else item)
            elif isinstance(item, type):
                self.types.append(item)
            else:
                self.objects.append(item)

    def covers(self, code: str, name: Optional[str] = None, module: Any = None) -> bool:
        if any(code.startswith(c) for c in self.codes):
            return True
        if name is not None and any(name == n or name.startswith(n + ".") for n in self.names):
            return True
        if module is not None:
            return any(module is o for o in self.objects) or (bool(self.types) and isinstance(module, tuple(self.types)))
        return False


class Reporter:
    """Turns findings into Diagnostics, drops repeats of a site and what `# noqa` or `allow=` silences, and
    hands the rest to the action."""

    def __init__(self, action: Union[str, Callable[[Diagnostic], Any]] = "warn", allow: Iterable[Allowed] = ()):
        if not callable(action) and action not in ACTIONS:
            raise ValueError(f"action must be one of {', '.join(ACTIONS)} or a callable, not {action!r}")
        self.action = action
        self.allow = Allow(allow)
        self.diagnostics: List[Diagnostic] = []
        self._seen: Set[Tuple[str, str, int]] = set()
        self._noqa = NoqaFilter()

    def seen(self, code: str, location: Location) -> bool:
        return location is not None and (code, location[0], location[1]) in self._seen

    def allowed(self, code: str, name: Optional[str] = None, module: Any = None) -> bool:
        return self.allow.covers(code, name, module)

    def emit(self, code: str, message: str, location: Location, related: Iterable[Tuple[Location, str]] = ()
             ) -> Optional[Diagnostic]:
        """Report once per (code, file, line); returns the Diagnostic, or None for a repeat or a `# noqa`."""
        key = (code, location[0], location[1]) if location else (code, message, 0)
        if key in self._seen:
            return None
        self._seen.add(key)
        diag = make(code, message, location, related)
        if location and self._noqa.suppressed(diag):
            return None
        self.diagnostics.append(diag)
        self._act(diag)
        return diag

    def _act(self, diag: Diagnostic) -> None:
        if callable(self.action):
            self.action(diag)
        elif self.action == "raise":
            raise GuardError(diag)
        elif self.action == "log":
            logger.warning("%s", format_diagnostic(diag))
        else:
            text = f"{diag.code} {diag.message}"
            if diag.related:
                text += "".join(f"\n    {p}:{pos.line}: {note}" for p, pos, note in diag.related)
            warnings.warn_explicit(GuardWarning(text), GuardWarning, diag.path, diag.line, module="bnlint.guard")
