"""The source-tier rule: one small class per rule, registered by its code.

A rule knows its code and how to find the problem in one parsed file, and reports it with
`self.report(ctx, node, message, fix=...)`; its name, default, fix safety and help text come
from its document in rules/ (bnlint.catalogue), and so do its examples, which the test suite runs.
"""

from __future__ import annotations

import ast
import functools
import importlib
import pkgutil
from typing import ClassVar, Dict, FrozenSet, Iterable, Optional, Pattern, Sequence, Tuple, Type

from bnlint import catalogue
from bnlint.diagnostic import Applicability, Diagnostic, Fix, Severity
from bnlint.source.context import FileContext
from bnlint.textsearch import in_code

_REGISTRY: Dict[str, Type["Rule"]] = {}


class Rule:
    code: ClassVar[str]
    # The prefilter, cheap tests on the text that every file the rule can report on passes (a file
    # no rule passes is not parsed, unless syntax-check = "all"): at least one of `tokens` as a
    # substring (empty = any file), then a match for each of `patterns`. The substring test is
    # about ten times cheaper than a regex search, so put what is rare in `tokens`.
    tokens: ClassVar[Tuple[str, ...]] = ()
    patterns: ClassVar[Tuple[Pattern[str], ...]] = ()
    # The tests are asked of the code alone as well (comments removed, strings emptied: textsearch.code_only), as a
    # rule that reads the syntax tree finds nothing in a docstring's examples. False for a rule that reads comments.
    reads_code: ClassVar[bool] = True

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

    @classmethod
    def may_apply(cls, text: str) -> bool:
        """The prefilter: False only when the rule cannot find anything in this text. A rule overrides it
        for a test that `tokens` and `patterns` cannot state cheaply (one of several texts, or a regex)."""
        return in_code(text, cls._shows) if cls.reads_code else cls._shows(text)

    @classmethod
    def _shows(cls, text: str) -> bool:
        return cls.names_a_token(text) and all(p.search(text) is not None for p in cls.patterns)

    @classmethod
    def names_a_token(cls, text: str) -> bool:
        """The first of the text tests: one of `tokens` in the text (any text when there are none)."""
        return not cls.tokens or any(t in text for t in cls.tokens)

    @classmethod
    def may_apply_across(cls, text: str, project) -> bool:
        """The prefilter's second chance, for a file whose text alone fails it: what the file imports from other
        files of the project (`project`: bnlint.project.index.View) may give the rule something to find (a
        function of another file that evaluates, switches modes, trains or freezes). Read from outlines."""
        return False

    def check(self, ctx: FileContext) -> Iterable[Diagnostic]:  # pragma: no cover - abstract
        raise NotImplementedError

    def report(self, ctx: FileContext, node: ast.AST, message: str, *, fix: Optional[Fix] = None,
               related: Sequence = (), severity: Optional[Severity] = None) -> Diagnostic:
        """The finding at node (its whole span), as the diagnostic every reporter knows."""
        return Diagnostic(
            code=self.code,
            name=self.name,
            message=message,
            path=ctx.path,
            start=ctx.start(node),
            end=ctx.end(node),
            severity=severity or self.severity,
            fix=fix,
            related=tuple(related),
        )


@functools.lru_cache(maxsize=None)
def _import_rules() -> None:
    from bnlint.source import rules as pkg

    for info in pkgutil.iter_modules(pkg.__path__):
        importlib.import_module(f"{pkg.__name__}.{info.name}")


def source_rules() -> Dict[str, Type[Rule]]:
    """Every source rule, importing each module of bnlint.source.rules once."""
    _import_rules()
    return dict(sorted(_REGISTRY.items()))


@functools.lru_cache(maxsize=None)
def rules_for(codes: FrozenSet[str]) -> Tuple[Rule, ...]:
    """One instance of each enabled rule (rules keep no state between files), made once per selection."""
    return tuple(cls() for code, cls in source_rules().items() if code in codes)
