"""The source-tier rule: one small class per rule, registered by its code.

A rule knows its code and how to find the problem in one parsed file; its name, default,
fix safety and help text come from its document in rules/ (bnlint.catalogue), and so do
its examples, which the test suite runs.
"""

from __future__ import annotations

import importlib
import pkgutil
from typing import ClassVar, Dict, Iterable, Optional, Tuple, Type

from bnlint import catalogue
from bnlint.diagnostic import Applicability, Diagnostic, Severity
from bnlint.source.context import FileContext

_REGISTRY: Dict[str, Type["Rule"]] = {}


class Rule:
    code: ClassVar[str]
    # Substrings of which a file must contain at least one for the rule to have anything
    # to say: files with none are never parsed (a cheap prefilter). Empty = always run.
    tokens: ClassVar[Tuple[str, ...]] = ()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        if getattr(cls, "code", None):
            _REGISTRY[cls.code] = cls

    @property
    def doc(self) -> catalogue.RuleDoc:
        doc = catalogue.get(self.code)
        if doc is None:
            raise catalogue.CatalogueError(f"rule {self.code} has no document in rules/")
        return doc

    @property
    def name(self) -> str:
        return self.doc.name

    @property
    def severity(self) -> Severity:
        return Severity(self.doc.severity)

    @property
    def fix_safety(self) -> Optional[Applicability]:
        return Applicability(self.doc.fix) if self.doc.fix else None

    def check(self, ctx: FileContext) -> Iterable[Diagnostic]:  # pragma: no cover - abstract
        raise NotImplementedError


def source_rules() -> Dict[str, Type[Rule]]:
    """Every source rule, importing each module of bnlint.source.rules once."""
    from bnlint.source import rules as pkg

    for info in pkgutil.iter_modules(pkg.__path__):
        importlib.import_module(f"{pkg.__name__}.{info.name}")
    return dict(sorted(_REGISTRY.items()))
