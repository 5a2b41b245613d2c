"""Edits of items in a literal container (an `nn.Sequential(...)` call's arguments, a list): remove one,
or move it after another item of the same container, keeping each item's own line and comment where
it has one, and the separating commas right."""

from __future__ import annotations

import re
from typing import List, Optional, Tuple

from bnlint.diagnostic import Edit, Position
from bnlint.source.analysis.sequential import Item
from bnlint.source.context import FileContext

_TAIL = re.compile(r"[ \t]*,?[ \t]*(#[^\r\n]*)?(\r\n|\n|\r)?$")



def _text(ctx: FileContext, start: Position, end: Position) -> str:
    return ctx.text[ctx.offset(start): ctx.offset(end)]


def texts(ctx: FileContext, container) -> List[str]:
    """The source of each element of the container, in order."""
    return [_text(ctx, item.start, item.end) for item in container.items]


def owns_lines(ctx: FileContext, item: Item) -> bool:
    """Nothing but whitespace before it on its first line, nothing but `,` and a comment after it."""
    before = ctx.lines[item.start.line - 1][: item.start.column - 1]
    after = ctx.lines[item.end.line - 1][item.end.column - 1:]
    return not before.strip() and _TAIL.fullmatch(after) is not None


def _neighbours(item: Item) -> Tuple[Optional[Item], Optional[Item]]:
    items = item.container.items if item.container else []
    i = item.index
    return (items[i - 1] if i > 0 else None, items[i + 1] if i + 1 < len(items) else None)


def _line_span(ctx: FileContext, item: Item) -> Tuple[Position, Position]:
    return Position(item.start.line, 1), Position(item.end.line + 1, 1)


def remove(ctx: FileContext, item: Item) -> Optional[List[Edit]]:
    if owns_lines(ctx, item):
        start, end = _line_span(ctx, item)
        return [Edit(start, end, "")]
    prev, nxt = _neighbours(item)
    if nxt is not None:
        gap = _text(ctx, item.end, nxt.start)
        if "#" not in gap and gap.strip() == ",":
            return [Edit(item.start, nxt.start, "")]
    if prev is not None:
        gap = _text(ctx, prev.end, item.start)
        if "#" not in gap and gap.strip() == ",":
            return [Edit(prev.end, item.end, "")]
    return None


def relocate(ctx: FileContext, item: Item, after: Item) -> Optional[List[Edit]]:
    """Edits moving `item` to just after `after` (later in the same container)."""
    following = _neighbours(after)[1]
    tail = ctx.lines[after.end.line - 1][after.end.column - 1:]
    has_comma = tail.lstrip().startswith(",") or (following is not None and "," in _text(ctx, after.end, following.start))
    after_line = _text(ctx, Position(after.end.line, 1), Position(after.end.line + 1, 1))
    if (owns_lines(ctx, item) and _TAIL.fullmatch(tail) and item.end.line < after.start.line
            and after_line.endswith(("\n", "\r"))):
        start, end = _line_span(ctx, item)
        block = _text(ctx, start, end)
        indent = ctx.line_indent(after.start.line)
        block = indent + block.lstrip(" \t")
        if not block.endswith(("\n", "\r")):
            block += ctx.newline
        edits = [Edit(start, end, ""), Edit(Position(after.end.line + 1, 1), Position(after.end.line + 1, 1), block)]
        if not has_comma:
            edits.append(Edit(after.end, after.end, ","))
        return edits
    removal = remove(ctx, item)
    if removal is None or (owns_lines(ctx, item) and "#" in ctx.lines[item.end.line - 1][item.end.column - 1:]):
        return None  # a comment on its line would be lost
    segment = _text(ctx, item.start, item.end)
    return removal + [Edit(after.end, after.end, ", " + segment)]


def insert_after(ctx: FileContext, after: Item, text: str) -> Optional[List[Edit]]:
    """Edits adding `text` as a new element just after `after`: on a line of its own when `after` has one."""
    following = _neighbours(after)[1]
    tail = ctx.lines[after.end.line - 1][after.end.column - 1:]
    has_comma = tail.lstrip().startswith(",") or (following is not None and "," in _text(ctx, after.end, following.start))
    after_line = _text(ctx, Position(after.end.line, 1), Position(after.end.line + 1, 1))
    if owns_lines(ctx, after) and after_line.endswith(("\n", "\r")):
        line = Position(after.end.line + 1, 1)
        edits = [Edit(line, line, f"{ctx.line_indent(after.start.line)}{text},{ctx.newline}")]
        return edits if has_comma else [Edit(after.end, after.end, ",")] + edits
    if "#" in tail:
        return None  # a comment right after it would end up inside the new element's line
    return [Edit(after.end, after.end, f", {text}")]
