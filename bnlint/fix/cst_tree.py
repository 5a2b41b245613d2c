"""The file's libcst tree as bnlint.fix.cst plans on it: nodes by position, parsing code as the node it replaces,
the scopes that say whether a name is bound, and why an operation cannot apply (Rejected)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Dict, List, Tuple

import libcst as cst
from libcst.metadata import MetadataWrapper, ParentNodeProvider, PositionProvider, ScopeProvider

from bnlint.diagnostic import Operation, Position
from bnlint.source.lines import line_starts


class Rejected(Exception):
    """An operation that cannot be applied to this tree: the message says why."""


@dataclass
class Plan:
    """What the transformer does: nodes replaced (by a node, or a list of statements), statements added before a
    node, lines added at the top of the module."""

    replace: Dict[int, object] = field(default_factory=dict)  # id(node) -> new node or list of statements
    before: Dict[int, Tuple[List[cst.BaseStatement], bool]] = field(default_factory=dict)  # (statements, keep comments)
    top: List[cst.BaseStatement] = field(default_factory=list)


class Tree:
    def __init__(self, text: str):
        self.text = text
        self.line_starts = line_starts(text)
        self.module = cst.parse_module(text)
        self.wrapper = MetadataWrapper(self.module)
        self.module = self.wrapper.module
        self.positions = self.wrapper.resolve(PositionProvider)
        self.parents = self.wrapper.resolve(ParentNodeProvider)
        self._scopes = None
        self.by_span: Dict[Tuple[int, int, int, int], List[cst.CSTNode]] = {}
        for node, r in self.positions.items():
            key = (r.start.line, r.start.column, r.end.line, r.end.column)
            self.by_span.setdefault(key, []).append(node)

    def offset(self, position) -> int:
        """Offset in the text of a libcst CodePosition (1-based line, 0-based column)."""
        return self.line_starts[position.line - 1] + position.column

    def offset_of(self, position: Position) -> int:
        return self.line_starts[position.line - 1] + position.column - 1

    @property
    def scopes(self):
        if self._scopes is None:
            self._scopes = self.wrapper.resolve(ScopeProvider)
        return self._scopes

    def nodes_at(self, start: Position, end: Position) -> List[cst.CSTNode]:
        return self.by_span.get((start.line, start.column - 1, end.line, end.column - 1), [])

    def node(self, op: Operation, kinds) -> cst.CSTNode:
        for n in self.nodes_at(op.start, op.end):
            if isinstance(n, kinds):
                return n
        raise Rejected(f"the code at line {op.start.line} is not where the fix expects it")

    def statement(self, start: Position) -> cst.CSTNode:
        """The statement (simple line or compound) that begins at start."""
        for key, nodes in self.by_span.items():
            if key[0] == start.line and key[1] == start.column - 1:
                for n in nodes:
                    if isinstance(n, (cst.SimpleStatementLine, cst.BaseCompoundStatement)):
                        return n
        raise Rejected(f"no statement starts at line {start.line}")

    def parse_statements(self, code: str) -> List[cst.BaseStatement]:
        try:
            return list(cst.parse_module(code.rstrip("\n") + "\n", config=self.module.config_for_parsing).body)
        except cst.ParserSyntaxError as exc:
            raise Rejected(f"the fix's code does not parse: {exc.message}") from None

    def parse_expression(self, code: str) -> cst.BaseExpression:
        try:
            return cst.parse_expression(code, config=self.module.config_for_parsing)
        except cst.ParserSyntaxError as exc:
            raise Rejected(f"the fix's code does not parse: {exc.message}") from None

    def block_indent(self, node: cst.CSTNode) -> str:
        """The indentation libcst adds to the continuation lines of code inside node's blocks."""
        parts = []
        while node is not None:
            if isinstance(node, cst.IndentedBlock):
                parts.append(node.indent if node.indent is not None else self.module.default_indent)
            node = self.parents.get(node)
        return "".join(reversed(parts))

    def bound_before(self, name: str, node: cst.CSTNode) -> bool:
        """`name` is bound where node is: a parameter, an import, a builtin, a global or closure variable, or an
        assignment in the same scope that comes before node."""
        scope = self._scope_of(node)
        if scope is None:
            return False
        line = self.positions[node].start.line
        for assignment in scope[name]:
            target = getattr(assignment, "node", None)
            if target is None or target not in self.positions or getattr(assignment, "scope", scope) is not scope:
                return True  # a builtin, or bound in an enclosing scope before this code runs
            if isinstance(target, (cst.Param, cst.Import, cst.ImportFrom)) or self.positions[target].start.line < line:
                return True
        return False

    def _scope_of(self, node: cst.CSTNode):
        todo = [node]
        while todo:
            n = todo.pop(0)
            scope = self.scopes.get(n)
            if scope is not None:
                return scope
            todo.extend(n.children)
        return None


class Dedent(cst.CSTTransformer):
    """An expression parsed on its own counts the whole indentation of its continuation lines as its own; inside
    the file the enclosing blocks' indentation is added to them, so it comes off here."""

    def __init__(self, indent: str):
        super().__init__()
        self.indent = indent

    def leave_ParenthesizedWhitespace(self, original_node, updated_node):
        line = updated_node.last_line.value
        if updated_node.indent and line.startswith(self.indent):
            return updated_node.with_changes(last_line=cst.SimpleWhitespace(line[len(self.indent):]))
        return updated_node.with_changes(indent=False) if updated_node.indent else updated_node

    def leave_EmptyLine(self, original_node, updated_node):  # a comment line between the elements
        line = updated_node.whitespace.value
        if updated_node.indent and line.startswith(self.indent):
            return updated_node.with_changes(whitespace=cst.SimpleWhitespace(line[len(self.indent):]))
        return updated_node.with_changes(indent=False) if updated_node.indent else updated_node


def reindented(node: cst.BaseExpression, indent: str) -> cst.BaseExpression:
    return node.visit(Dedent(indent)) if indent else node
