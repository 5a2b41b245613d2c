"""The list of graph passes and the decorator that adds one, with the codes it can report."""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable, FrozenSet, Iterable, List, Tuple

if TYPE_CHECKING:  # pragma: no cover
    from bnlint.graph.context import Context, GraphFinding

PASSES: List[Tuple[FrozenSet[str], Callable[["Context"], Iterable["GraphFinding"]]]] = []


def graph_pass(*codes: str):
    def register(fn):
        PASSES.append((frozenset(codes), fn))
        return fn

    return register
