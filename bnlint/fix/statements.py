"""Text edits that add lines around whole statements, in the file's own style.

Fixes of BN101-BN103 insert a line before a statement, wrap statements in `with ...:` or in
`try:`/`finally:`, or add a decorator. They work on whole lines so that comments inside the
wrapped code move with it, and they re-indent with the file's own unit (tabs stay tabs) and
newline (CRLF stays CRLF). Lines that continue a multi-line string are left alone: adding
indentation there would change the string.
"""

from __future__ import annotations

import ast
import tokenize
from typing import List, Optional, Sequence, Set, Tuple

from bnlint.diagnostic import Edit, Position
from bnlint.source.context import FileContext
from bnlint.source.lines import readline
from bnlint.source.semantic.nodes import first_line, walk

def string_interior_lines(ctx: FileContext) -> Set[int]:
    """Lines that begin inside a string literal (the 2nd.. lines of a multi-line string)."""
    return ctx.shared(string_interior_lines, _string_interior_lines)


def _string_interior_lines(ctx: FileContext) -> Set[int]:
    found: Set[int] = set()
    try:
        for tok in tokenize.generate_tokens(readline(ctx.text)):
            if tok.type == tokenize.STRING or tok.type == getattr(tokenize, "FSTRING_MIDDLE", -1):
                found.update(range(tok.start[0] + 1, tok.end[0] + 1))
    except (tokenize.TokenError, SyntaxError, IndentationError):
        pass
    return found


def owns_lines(ctx: FileContext, first: ast.stmt, last: Optional[ast.stmt] = None) -> bool:
    """The statements start their first line and end their last one (comments aside): no `a; b`."""
    last = last or first
    head = ctx.lines[first.lineno - 1].encode("utf-8")[: first.col_offset]
    if head.strip():
        return False
    tail = ctx.lines[last.end_lineno - 1].encode("utf-8")[last.end_col_offset :].decode("utf-8", "replace")
    tail = tail.strip()
    return not tail or tail.startswith("#")


def indent_unit(ctx: FileContext, near: Optional[ast.stmt] = None) -> str:
    """One level of indentation as this file writes it: a tab, or N spaces."""
    if near is not None:
        for block in ("body", "orelse", "finalbody", "handlers"):
            inner = getattr(near, block, None)
            if inner:
                outer, deeper = ctx.line_indent(near.lineno), ctx.line_indent(inner[0].lineno)
                if deeper.startswith(outer) and len(deeper) > len(outer):
                    return deeper[len(outer) :]
        own = ctx.line_indent(near.lineno)
        if "\t" in own:
            return "\t"
    skip = string_interior_lines(ctx)
    for lineno, line in enumerate(ctx.lines, start=1):
        stripped = line.lstrip(" \t")
        if lineno in skip or not stripped.strip() or stripped.startswith("#"):
            continue
        lead = line[: len(line) - len(stripped)]
        if lead:
            return "\t" if lead.startswith("\t") else lead
    return "    "


def _line_end(ctx: FileContext, lineno: int) -> str:
    """The newline a line ends with ('' for a last line without one)."""
    line = ctx.lines[lineno - 1]
    stripped = line.rstrip("\r\n")
    return line[len(stripped) :]


def reindented(ctx: FileContext, first: int, last: int, unit: str) -> str:
    """Lines first..last with one more level of indentation (blank and in-string lines as they are)."""
    skip = string_interior_lines(ctx)
    out = []
    for lineno in range(first, last + 1):
        line = ctx.lines[lineno - 1]
        if lineno in skip or not line.strip():
            out.append(line)
        else:
            out.append(unit + line)
    text = "".join(out)
    if not _line_end(ctx, last):
        text += ctx.newline
    return text


def _span(ctx: FileContext, stmts: Sequence[ast.stmt]) -> Tuple[Position, Position]:
    start = Position(first_line(stmts[0]), 1)
    last = stmts[-1].end_lineno
    if _line_end(ctx, last):
        return start, Position(last + 1, 1)
    return start, Position(last, len(ctx.lines[last - 1]) + 1)


def insert_before(ctx: FileContext, stmt: ast.stmt, code: str) -> Edit:
    """`code` on its own line just above `stmt`, at its indentation."""
    line = first_line(stmt)
    return Edit(Position(line, 1), Position(line, 1), ctx.line_indent(line) + code + ctx.newline)


def wrap(ctx: FileContext, stmts: Sequence[ast.stmt], header: str) -> Edit:
    """Put consecutive statements of one block under `header:` (e.g. `with torch.no_grad()`)."""
    indent, unit = ctx.line_indent(first_line(stmts[0])), indent_unit(ctx, stmts[0])
    body = reindented(ctx, first_line(stmts[0]), stmts[-1].end_lineno, unit)
    start, end = _span(ctx, stmts)
    return Edit(start, end, f"{indent}{header}:{ctx.newline}{body}")


def wrap_try_finally(ctx: FileContext, stmts: Sequence[ast.stmt], before: Sequence[str], finally_: Sequence[str]) -> Edit:
    """`before` lines, then the statements inside `try:`, then `finally:` with `finally_` lines."""
    nl = ctx.newline
    indent, unit = ctx.line_indent(first_line(stmts[0])), indent_unit(ctx, stmts[0])
    body = reindented(ctx, first_line(stmts[0]), stmts[-1].end_lineno, unit)
    head = "".join(f"{indent}{line}{nl}" for line in before)
    tail = "".join(f"{indent}{unit}{line}{nl}" for line in finally_)
    start, end = _span(ctx, stmts)
    return Edit(start, end, f"{head}{indent}try:{nl}{body}{indent}finally:{nl}{tail}")


def torch_name(ctx: FileContext) -> Tuple[str, List[Edit]]:
    """How to write `torch` at module level in this file, and the edit adding `import torch` if needed."""
    bound = [local for local, full in ctx.imports.items() if full == "torch"]
    if bound:
        return ("torch" if "torch" in bound else sorted(bound)[0]), []
    return "torch", [import_edit(ctx, "import torch")]


def import_edit(ctx: FileContext, line: str) -> Edit:
    """`line` after the module docstring, `from __future__` imports and other top imports."""
    body = ctx.tree.body
    anchor = None
    for i, node in enumerate(body):
        is_doc = i == 0 and isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant) and isinstance(node.value.value, str)
        if is_doc or isinstance(node, (ast.Import, ast.ImportFrom)):
            anchor = node
        else:
            break
    if anchor is None:
        at = first_line(body[0]) if body else 1
        return Edit(Position(at, 1), Position(at, 1), line + ctx.newline)
    after = anchor.end_lineno
    if not _line_end(ctx, after):
        end = Position(after, len(ctx.lines[after - 1]) + 1)
        return Edit(end, end, ctx.newline + line)
    return Edit(Position(after + 1, 1), Position(after + 1, 1), line + ctx.newline)


def unused_name(ctx: FileContext, scope_node: ast.AST, base: str) -> str:
    """`base`, or `base_2`, ... whichever no name in the scope (or the module) uses."""
    taken = {n.id for n in walk(scope_node) if isinstance(n, ast.Name)}
    taken |= {n.arg for n in walk(scope_node) if isinstance(n, ast.arg)}
    taken |= set(ctx.imports)
    name, i = base, 2
    while name in taken:
        name, i = f"{base}_{i}", i + 1
    return name
