"""BN800 unused-noqa: a `# noqa: BNxxx` that silences nothing (opt-in, as ruff's RUF100)."""

from __future__ import annotations

from typing import Iterable, List

from bnlint import catalogue
from bnlint.diagnostic import Diagnostic, Position
from bnlint.source import noqa
from bnlint.source.context import FileContext
from bnlint.source.rule import Rule


class UnusedNoqa(Rule):
    code = "BN800"
    tokens = ("noqa", "NOQA", "Noqa")
    reads_code = False  # a noqa is a comment

    def check(self, ctx: FileContext) -> Iterable[Diagnostic]:
        return ()  # it needs the other rules' findings: see review

    def review(self, ctx: FileContext, found: List[Diagnostic]) -> List[Diagnostic]:
        """Called by the source tier with every finding of the file before noqa applied."""
        def report(line, start, end, message, fix):
            return Diagnostic(self.code, self.name, message, ctx.path, Position(line, start), Position(line, end),
                              self.severity, fix)

        source = ctx.settings.codes_for(ctx.path)
        graph = ctx.settings.codes_for(ctx.path, "graph")
        docs = catalogue.load()
        # Only findings this tier makes can be missed here: a code on in the graph tier alone is not judged.
        judged = frozenset(c for c in source if "source" in docs[c].tiers)
        return noqa.unused(ctx.text, found, judged, source | graph, frozenset(docs), report)
