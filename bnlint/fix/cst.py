"""Apply fixes to a file's concrete syntax tree with libcst: formatting and comments outside the changed nodes are
kept by construction, and what is written is parsed as the node it replaces.

Each operation (bnlint.fix.ops) names its node by span; the node is found by position (libcst's
PositionProvider), its preconditions are checked on the tree (ScopeProvider: a name read by an inserted
statement must be bound there), and the change is made by one transformer pass. A fix whose node cannot be
found, whose code does not parse as that kind of node, or whose precondition fails is not applied: the reason
comes back with it. Loaded only when fixes are applied or shown (--rewrite, --diff).
"""

from __future__ import annotations

from typing import Dict, List, Sequence, Tuple

import libcst as cst

from bnlint.diagnostic import Fix, Operation
from bnlint.fix.cst_tree import Plan, Rejected, Tree, reindented


def _sorted_ops(fixes: Sequence[Fix]) -> List[Tuple[Fix, List[Operation]]]:
    return [(fix, list(fix.operations)) for fix in fixes if fix.operations]


def apply_fixes_cst(text: str, fixes: Sequence[Fix]) -> Tuple[str, List[Fix], Dict[int, str]]:
    """Apply the fixes whose operations do not touch a node another one already changes. Returns the new text,
    the fixes applied, and for the others rejected on this tree why (by id of the fix)."""
    if "\r" in text and "\n" not in text:
        # Old Mac line ends, which libcst does not keep: the same lines with "\n", put back after.
        new, applied, rejected = apply_fixes_cst(text.replace("\r", "\n"), fixes)
        return new.replace("\n", "\r"), applied, rejected
    tree = Tree(text)
    plan = Plan()
    applied: List[Fix] = []
    rejected: Dict[int, str] = {}
    taken: List[Tuple[Tuple[int, int], Tuple[int, int]]] = []
    for fix, ops in _sorted_ops(fixes):
        spans = [((o.start.line, o.start.column), (o.end.line, o.end.column)) for o in ops if o.kind not in ("import", "define")]
        if any(s < te and ts < e or s == ts for s, e in spans for ts, te in taken):
            continue  # another fix changes the same code this pass: the next pass re-plans it
        trial = Plan(dict(plan.replace), {k: (list(v), keep) for k, (v, keep) in plan.before.items()}, list(plan.top))
        try:
            for op in ops:
                _plan(tree, op, trial)
        except Rejected as exc:
            rejected[id(fix)] = str(exc)
            continue
        plan = trial
        taken += spans
        applied.append(fix)
    if not applied:
        return text, [], rejected
    return tree.module.visit(_Apply(plan)).code, applied, rejected


# ----------------------------------------------------------------------------- planning one operation
def _plan(tree: Tree, op: Operation, plan: Plan) -> None:
    handler = _HANDLERS.get(op.kind)
    if handler is None:
        raise Rejected(f"unknown fix operation {op.kind!r}")
    handler(tree, op, plan)


def _claim(plan: Plan, node: cst.CSTNode, new) -> None:
    if id(node) in plan.replace:
        raise Rejected("two changes to the same code")
    plan.replace[id(node)] = new


def _replace(tree: Tree, op: Operation, plan: Plan) -> None:
    if "statement" in op.extra:
        node = tree.node(op, (cst.BaseSmallStatement, cst.BaseCompoundStatement))
        new = tree.parse_statements(op.code)
        if isinstance(node, cst.BaseSmallStatement):
            if len(new) != 1 or not isinstance(new[0], cst.SimpleStatementLine) or len(new[0].body) != 1:
                raise Rejected("the fix's code is not one simple statement")
            _claim(plan, node, new[0].body[0].with_changes(semicolon=node.semicolon))
        else:
            _claim(plan, node, new)
        return
    node = tree.node(op, cst.BaseExpression)
    new = tree.parse_expression(op.code)
    if node.lpar and not new.lpar:
        new = new.with_changes(lpar=node.lpar, rpar=node.rpar)
    _claim(plan, node, new)


def _add_argument(tree: Tree, op: Operation, plan: Plan) -> None:
    node = tree.node(op, cst.Call)
    arg = tree.parse_expression(f"f({op.code})").args[0]
    args = list(node.args)
    if args:
        last = args[-1]
        # A call laid out one argument per line (black's style): the new argument gets a line of its own, with
        # the trailing comma and the closing line the last argument had.
        lead = args[-2].comma.whitespace_after if len(args) > 1 and isinstance(args[-2].comma, cst.Comma) \
            else node.whitespace_before_args
        if isinstance(lead, cst.ParenthesizedWhitespace) and isinstance(last.comma, cst.Comma):
            arg = arg.with_changes(comma=last.comma)
            args[-1] = last.with_changes(comma=cst.Comma(whitespace_after=lead))
        elif isinstance(lead, cst.ParenthesizedWhitespace):
            arg = arg.with_changes(whitespace_after_arg=last.whitespace_after_arg)
            args[-1] = last.with_changes(comma=cst.Comma(whitespace_after=lead),
                                         whitespace_after_arg=cst.SimpleWhitespace(""))
        elif last.comma is cst.MaybeSentinel.DEFAULT:
            args[-1] = last.with_changes(comma=cst.Comma(whitespace_after=cst.SimpleWhitespace(" ")))
    _claim(plan, node, node.with_changes(args=args + [arg]))


def _call(tree: Tree, op: Operation, plan: Plan) -> None:
    node = tree.node(op, cst.Attribute)
    # `(net.train)` becomes `(net.train())`: the call goes inside the parentheses, as the preview shows
    _claim(plan, node, cst.Call(func=node.with_changes(lpar=[], rpar=[]), lpar=node.lpar, rpar=node.rpar))


def _insert_before(tree: Tree, op: Operation, plan: Plan) -> None:
    node = tree.statement(op.start)
    for need in op.extra:
        if need.startswith("bound:") and not tree.bound_before(need[6:], node):
            raise Rejected(f"`{need[6:]}` is not bound yet where the fix would use it")
    stmts, keep = plan.before.get(id(node), ([], "keep-comments" in op.extra))
    plan.before[id(node)] = (stmts + tree.parse_statements(op.code), keep)


def _block(tree: Tree, op: Operation) -> Tuple[cst.CSTNode, List[cst.BaseStatement]]:
    """The consecutive statements from op.start to op.end, and the block (body list) they stand in."""
    first = tree.statement(op.start)
    parent = tree.parents.get(first)
    body = list(getattr(parent, "body", []))
    if first not in body:
        raise Rejected("the statements are not in one block")
    i = body.index(first)
    for j in range(i, len(body)):
        r = tree.positions[body[j]]
        if (r.end.line, r.end.column) == (op.end.line, op.end.column - 1):
            return first, body[i:j + 1]
    raise Rejected("the statements to wrap are not whole statements of one block")


def _indented(statements: List[cst.BaseStatement]) -> cst.IndentedBlock:
    return cst.IndentedBlock(body=statements)


def _wrap_with(tree: Tree, op: Operation, plan: Plan) -> None:
    first, stmts = _block(tree, op)
    header = tree.parse_statements(f"with {op.code}:\n    pass")[0]
    _claim_block(plan, stmts, [header.with_changes(body=_indented(stmts), leading_lines=first.leading_lines)])


def _wrap_try(tree: Tree, op: Operation, plan: Plan) -> None:
    first, stmts = _block(tree, op)
    before = tree.parse_statements(op.code) if op.code else []
    finally_ = tree.parse_statements("\n".join(op.extra))
    wrapper = tree.parse_statements("try:\n    pass\nfinally:\n    pass")[0]
    wrapper = wrapper.with_changes(body=_indented(stmts), finalbody=wrapper.finalbody.with_changes(body=_indented(finally_)))
    if before:
        before[0] = before[0].with_changes(leading_lines=first.leading_lines)
    else:
        wrapper = wrapper.with_changes(leading_lines=first.leading_lines)
    _claim_block(plan, stmts, before + [wrapper])


def _claim_block(plan: Plan, stmts: List[cst.BaseStatement], new: List[cst.BaseStatement]) -> None:
    """The statements are replaced by `new` (the first one by all of it, the others by nothing)."""
    _claim(plan, stmts[0], new)
    for s in stmts[1:]:
        _claim(plan, s, cst.RemovalSentinel.REMOVE)


def _decorate(tree: Tree, op: Operation, plan: Plan) -> None:
    node = tree.node(op, (cst.FunctionDef, cst.ClassDef))
    decorator = cst.Decorator(decorator=tree.parse_expression(op.code))
    _claim(plan, node, node.with_changes(decorators=list(node.decorators) + [decorator]))


def _elements(node: cst.CSTNode) -> List[cst.CSTNode]:
    if isinstance(node, cst.Call):
        return list(node.args)
    if isinstance(node, (cst.List, cst.Tuple)):
        return list(node.elements)
    raise Rejected("not a call or a list")


def _element_text(tree: Tree, element: cst.CSTNode) -> str:
    """An element as the operation names it, whitespace aside: `*x`, `name=value`, `value`."""
    star = element.star if isinstance(element, cst.Arg) else "*" if isinstance(element, cst.StarredElement) else ""
    keyword = f"{element.keyword.value}=" if isinstance(element, cst.Arg) and element.keyword else ""
    return "".join(f"{star}{keyword}{tree.module.code_for_node(element.value)}".split())


def _rewrite_elements(tree: Tree, op: Operation, plan: Plan) -> None:
    """The container's own source with the preview edits applied, parsed as the expression it replaces, and
    checked to hold exactly the elements the operation expects (`extra`, in order): edits that move, remove,
    replace or add elements keep each element's line and comment, which libcst keeps in the commas around it."""
    node = tree.node(op, (cst.Call, cst.List, cst.Tuple))
    start, end = tree.offset(tree.positions[node].start), tree.offset(tree.positions[node].end)
    code = tree.text[start:end]
    for edit in sorted(op.preview, key=lambda e: (e.start.line, e.start.column), reverse=True):
        s, e = tree.offset_of(edit.start) - start, tree.offset_of(edit.end) - start
        if s < 0 or e > len(code):
            raise Rejected("the edit leaves the container")
        code = code[:s] + edit.content + code[e:]
    new = reindented(tree.parse_expression(code), tree.block_indent(node))
    if [_element_text(tree, x) for x in _elements(new)] != ["".join(x.split()) for x in op.extra]:
        raise Rejected("the elements would not end up where the fix expects them")
    if node.lpar:
        new = new.with_changes(lpar=node.lpar, rpar=node.rpar)
    _claim(plan, node, new)


def _top(tree: Tree, op: Operation, plan: Plan) -> None:
    code = tree.module.code
    if op.kind == "import" and any(line.strip() == op.code.strip() for line in code.splitlines()):
        return  # already imported (by an earlier fix of this pass, or before)
    new = tree.parse_statements(op.code)
    plan.top.extend(s for s in new if tree.module.code_for_node(s).strip() not in
                    {tree.module.code_for_node(t).strip() for t in plan.top})


_HANDLERS = {
    "replace": _replace, "add-argument": _add_argument, "call": _call, "insert-before": _insert_before,
    "wrap-with": _wrap_with, "wrap-try": _wrap_try, "decorate": _decorate, "rewrite-elements": _rewrite_elements,
    "import": _top, "define": _top,
}


# ----------------------------------------------------------------------------- the transformer
class _Apply(cst.CSTTransformer):
    def __init__(self, plan: Plan):
        super().__init__()
        self.plan = plan

    def on_leave(self, original_node, updated_node):
        if isinstance(original_node, cst.Module):
            return self._module(updated_node)
        new = self.plan.replace.get(id(original_node), updated_node)
        before, keep = self.plan.before.get(id(original_node), ([], False))
        if new is cst.RemovalSentinel.REMOVE:
            return new
        if isinstance(new, list) or before:
            stmts = list(before) + (new if isinstance(new, list) else [new])
            if before and not keep and not isinstance(new, list):
                # Inserted just above the statement: the comments and blank lines that lead to it lead to the
                # inserted lines first.
                stmts[0] = stmts[0].with_changes(leading_lines=original_node.leading_lines)
                stmts[len(before)] = stmts[len(before)].with_changes(leading_lines=[])
            return cst.FlattenSentinel(stmts)
        return new

    def _module(self, updated_node):
        if not self.plan.top:
            return updated_node
        body = list(updated_node.body)
        at = 0
        for i, stmt in enumerate(body):
            if _is_docstring(stmt, i) or _is_import(stmt):
                at = i + 1
            else:
                break
        return updated_node.with_changes(body=body[:at] + self.plan.top + body[at:])


def _is_import(stmt: cst.CSTNode) -> bool:
    return isinstance(stmt, cst.SimpleStatementLine) and all(isinstance(s, (cst.Import, cst.ImportFrom)) for s in stmt.body)


def _is_docstring(stmt: cst.CSTNode, index: int) -> bool:
    return (index == 0 and isinstance(stmt, cst.SimpleStatementLine) and len(stmt.body) == 1
            and isinstance(stmt.body[0], cst.Expr) and isinstance(stmt.body[0].value, (cst.SimpleString, cst.ConcatenatedString)))
