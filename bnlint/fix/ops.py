"""The operations a fix is made of, planned from the `ast` a rule analysed: what to do to which node.

Each is applied to the file's concrete syntax tree by bnlint.fix.cst (libcst), which checks their
preconditions first; each also carries its preview, the same change as text edits, for reports and editors.

Kinds (the node is the one whose span start..end the operation names):
- replace: the expression or statement becomes `code` (extra `statement` when it is a statement);
- add-argument: `code` (`training=self.training`) is appended to the call's arguments;
- call: the attribute `model.eval` becomes the call `model.eval()`;
- insert-before: the statements of `code` go before the statement;
- wrap-with: the statements from start to end go under `with <code>:`;
- wrap-try: the lines of `code` go before the statements, which go under `try:`, and the lines of `extra`
  under `finally:`;
- decorate: the function gets the decorator `@<code>` first;
- rewrite-elements: edits inside a call's arguments or a list, after which it holds the elements `extra` in
  order (an element removed, moved, replaced or added; the others keep their lines and comments);
- import: the line `code` goes after the module's docstring and top imports, unless the file has it;
- define: the statements of `code` go after the module's top imports (a local class the fix uses).
Preconditions travel in `extra` for insert-before (`bound:<name>`: the name is bound where the statement goes).
"""

from __future__ import annotations

import ast
from typing import Dict, List, Optional, Sequence, Tuple

from bnlint.diagnostic import Edit, Operation, Position
from bnlint.fix import items, statements
from bnlint.source.analysis.sequential import Container, Item
from bnlint.source.context import FileContext
from bnlint.source.semantic.nodes import first_line


def _span(ctx: FileContext, node: ast.AST) -> Tuple[Position, Position]:
    return ctx.start(node), ctx.end(node)


def replace(ctx: FileContext, node: ast.AST, code: str) -> Operation:
    start, end = _span(ctx, node)
    extra = ("statement",) if isinstance(node, ast.stmt) else ()
    return Operation("replace", start, end, code, extra, (Edit(start, end, code),))


def add_argument(ctx: FileContext, call: ast.Call, code: str) -> Optional[Operation]:
    """`f(a, b)` -> `f(a, b, code)`; None for a call with no arguments (nothing to write after)."""
    args = list(call.args) + list(call.keywords)
    if not args:
        return None
    last = max(args, key=lambda n: (n.end_lineno, n.end_col_offset))
    start, end = _span(ctx, call)
    after = ctx.end(last)
    return Operation("add-argument", start, end, code, (), (Edit(after, after, f", {code}"),))


def call(ctx: FileContext, attribute: ast.Attribute) -> Operation:
    start, end = _span(ctx, attribute)
    return Operation("call", start, end, "", (), (Edit(end, end, "()"),))


def insert_before(ctx: FileContext, stmt: ast.stmt, code: str, bound: Sequence[str] = ()) -> Operation:
    """The lines of `code` (nested lines indented with the file's unit) just above stmt, at its indentation.
    `bound`: names the new lines read, which must be bound there (checked on the syntax tree)."""
    start, end = _span(ctx, stmt)
    line = first_line(stmt)
    indent = ctx.line_indent(line)
    text = "".join(indent + part + ctx.newline for part in code.split("\n"))
    preview = Edit(Position(line, 1), Position(line, 1), text)
    return Operation("insert-before", start, end, code, tuple(f"bound:{n}" for n in bound), (preview,))


def at_function_start(ctx: FileContext, first: ast.stmt, code: str, edit: Edit) -> Operation:
    """The statements of `code` before `first`, the function's first statement after its docstring, above the
    comments that lead to it (they stay with it); the preview edit is given."""
    start, end = _span(ctx, first)
    return Operation("insert-before", start, end, code, ("keep-comments",), (edit,))


def wrap_with(ctx: FileContext, stmts: Sequence[ast.stmt], header: str) -> Operation:
    start, end = ctx.start(stmts[0]), ctx.end(stmts[-1])
    return Operation("wrap-with", start, end, header, (), (statements.wrap(ctx, stmts, f"with {header}"),))


def wrap_try_finally(ctx: FileContext, stmts: Sequence[ast.stmt], before: Sequence[str],
                     finally_: Sequence[str]) -> Operation:
    start, end = ctx.start(stmts[0]), ctx.end(stmts[-1])
    preview = statements.wrap_try_finally(ctx, stmts, before, finally_)
    return Operation("wrap-try", start, end, "\n".join(before), tuple(finally_), (preview,))


def decorate(ctx: FileContext, func: ast.AST, decorator: str) -> Operation:
    """`@decorator` closest to the `def` (innermost: `@staticmethod` and the like keep wrapping the result)."""
    start, end = _span(ctx, func)
    line = func.lineno
    preview = Edit(Position(line, 1), Position(line, 1), f"{ctx.line_indent(line)}@{decorator}{ctx.newline}")
    return Operation("decorate", start, end, decorator, (), (preview,))


def rewrite_elements(ctx: FileContext, container: Container, edits: Sequence[Edit], expected: Sequence[str]) -> Operation:
    """Edits inside a literal container, after which it holds exactly the `expected` elements in order (checked
    on the tree before anything is written)."""
    start, end = _span(ctx, container.node)
    return Operation("rewrite-elements", start, end, "", tuple(expected), tuple(edits))


def edit_elements(ctx: FileContext, container: Container, *, remove: Sequence[int] = (),
                  replace: Optional[Dict[int, str]] = None, move: Optional[Tuple[int, int]] = None,
                  insert: Optional[Tuple[int, str]] = None) -> Optional[Operation]:
    """One rewrite of a container's elements (by index): some removed, some replaced by new code, one moved just
    after another, new code inserted just after one. None where the edits would touch each other (elements
    sharing a line with a comment) or an element's layout is too unusual to edit."""
    replace = replace or {}
    texts = items.texts(ctx, container)
    order: List[object] = list(range(len(texts)))  # original indices, and inserted code as text
    edits: List[Edit] = []
    for i in remove:
        removal = items.remove(ctx, container.items[i])
        if removal is None:
            return None
        edits += removal
        order.remove(i)
    edits += [Edit(container.items[i].start, container.items[i].end, code) for i, code in replace.items()]
    if move is not None:
        i, after = move
        relocation = items.relocate(ctx, container.items[i], container.items[after])
        if relocation is None:
            return None
        edits += relocation
        order.remove(i)
        order.insert(order.index(after) + 1, i)
    if insert is not None:
        after, code = insert
        added = items.insert_after(ctx, container.items[after], code)
        if added is None:
            return None
        edits += added
        order.insert(order.index(after) + 1, code)
    spans = sorted((ctx.offset(e.start), ctx.offset(e.end)) for e in edits)
    if any(a[1] > b[0] or (a[0] == b[0] and a != b) for a, b in zip(spans, spans[1:])):
        return None
    expected = [replace.get(x, texts[x]) if isinstance(x, int) else x for x in order]
    start, end = _span(ctx, container.node)
    return Operation("rewrite-elements", start, end, "", tuple(expected), tuple(edits))


def add_import(ctx: FileContext, line: str) -> Operation:
    edit = statements.import_edit(ctx, line)
    return Operation("import", edit.start, edit.end, line, (), (edit,))


def define(ctx: FileContext, code: str) -> Operation:
    """Module-level statements (a small class the fix uses), after the top imports."""
    edit = statements.import_edit(ctx, code.rstrip("\n").replace("\n", ctx.newline) + ctx.newline)
    return Operation("define", edit.start, edit.end, code, (), (edit,))


def torch_module(ctx: FileContext) -> Tuple[str, List[Operation]]:
    """How to write `torch` in this file, and the import to add when it is not bound."""
    name, edits = statements.torch_name(ctx)
    return name, [add_import(ctx, "import torch")] if edits else []


def functional_module(ctx: FileContext) -> Tuple[str, List[Operation]]:
    """How to write `torch.nn.functional` in this file (`F` when imported so), and any import to add."""
    bound = sorted(local for local, full in ctx.imports.items() if full == "torch.nn.functional")
    if bound:
        return ("F" if "F" in bound else bound[0]), []
    torch, imports = torch_module(ctx)
    return f"{torch}.nn.functional", imports
