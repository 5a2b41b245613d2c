"""What a source rule sees of one file: text, one shared `ast` parse, import-resolved names, positions.

A file is parsed once and the tree is shared by every rule. libcst is loaded only where fixes are
applied or shown.
"""

from __future__ import annotations

import ast
import heapq
from functools import cached_property
from typing import TYPE_CHECKING, Callable, Dict, Iterable, Iterator, List, Optional, Tuple, TypeVar

from bnlint.diagnostic import Applicability, Fix, Operation, Position
from bnlint.source.lines import split_lines
from bnlint.source.semantic.nodes import CHILD_FIELDS, CONCRETE, FUNCTION, dotted
from bnlint.torch_api import MODULE_BASES, TORCH_PACKAGES, library_module_class

T = TypeVar("T")

if TYPE_CHECKING:  # pragma: no cover
    from bnlint.config import Settings


class FileContext:
    def __init__(self, path: str, text: str, tree: ast.Module, settings: "Settings"):
        self.path = path
        self.text = text
        self.tree = tree
        self.settings = settings
        self.project = None  # bnlint.project.index.View: the other files of the project, when set
        self._memo: Dict[object, object] = {}

    def shared(self, key: object, build: Callable[["FileContext"], T]) -> T:
        """One `build(ctx)` per file and key, shared by the rules that need it and dropped with the file.

        Use this rather than a module-level table keyed by the context: a WeakKeyDictionary whose
        values refer back to the context keeps every file checked alive.
        """
        if key not in self._memo:
            self._memo[key] = build(self)
        return self._memo[key]  # type: ignore[return-value]

    def derived(self, text: str) -> "FileContext":
        """The same file with other text (what a fix would make of it), for a rule to check its own result.
        Raises SyntaxError when the text does not parse."""
        return FileContext(self.path, text, ast.parse(text), self.settings)

    def release(self) -> None:
        """Drop what `shared` built, once every rule has run on the file."""
        self._memo.clear()

    @cached_property
    def lines(self) -> List[str]:
        """The lines as Python counts them (not str.splitlines(), which also breaks at a form feed ...)."""
        return split_lines(self.text)

    # ----------------------------------------------------------------- positions
    def position(self, lineno: int, col_offset: int) -> Position:
        """ast gives UTF-8 byte columns; reporters and edits want characters."""
        if 1 <= lineno <= len(self.lines):
            line = self.lines[lineno - 1]
            if not line.isascii():
                col_offset = len(line.encode("utf-8")[:col_offset].decode("utf-8", "replace"))
        return Position(lineno, col_offset + 1)

    def start(self, node: ast.AST) -> Position:
        return self.position(node.lineno, node.col_offset)

    def end(self, node: ast.AST) -> Position:
        return self.position(node.end_lineno, node.end_col_offset)

    @cached_property
    def _line_starts(self) -> List[int]:
        starts, total = [], 0
        for line in self.lines:
            starts.append(total)
            total += len(line)
        starts.append(total)
        return starts

    def offset(self, pos: Position) -> int:
        return self._line_starts[pos.line - 1] + pos.column - 1

    def segment(self, node: ast.AST) -> str:
        return self.text[self.offset(self.start(node)) : self.offset(self.end(node))]

    def label(self, node: ast.AST, limit: int = 60) -> str:
        """The node's source on one line, shortened, in backticks: how messages name code."""
        text = " ".join(self.segment(node).split())
        return f"`{text if len(text) <= limit else text[: limit - 3] + '...'}`"

    def line_indent(self, lineno: int) -> str:
        line = self.lines[lineno - 1]
        return line[: len(line) - len(line.lstrip(" \t"))]

    @cached_property
    def newline(self) -> str:
        first = self.lines[0] if self.lines else "\n"
        return "\r\n" if first.endswith("\r\n") else "\r" if first.endswith("\r") else "\n"

    # ----------------------------------------------------------------- edits
    def fix(self, operations: Iterable[Operation], applicability: Applicability, message: str = "") -> Fix:
        """A fix made of operations on the syntax tree (bnlint.fix.ops), their previews as its edits."""
        return Fix.of(operations, applicability, message)

    # ----------------------------------------------------------------- tree
    @cached_property
    def parents(self) -> Dict[ast.AST, ast.AST]:
        """Child node -> parent node (filled by the same walk as `nodes`)."""
        self._walk()
        return self.__dict__["parents"]

    def ancestors(self, node: ast.AST) -> Iterator[ast.AST]:
        parents = self.parents
        while node in parents:
            node = parents[node]
            yield node

    def enclosing_function(self, node: ast.AST) -> Optional[ast.AST]:
        for anc in self.ancestors(node):
            if isinstance(anc, FUNCTION):
                return anc
        return None

    def enclosing_class(self, node: ast.AST) -> Optional[ast.ClassDef]:
        for anc in self.ancestors(node):
            if isinstance(anc, ast.ClassDef):
                return anc
        return None

    @cached_property
    def nodes(self) -> List[ast.AST]:
        """Every node once, breadth first like `ast.walk` (less the `ctx` / `op` type tags): rules filter
        this instead of walking again."""
        self._walk()
        return self.__dict__["nodes"]

    def _walk(self) -> None:
        """One pass over the tree for `nodes`, `parents` and the by-type index of `nodes_of`.

        Reads the child fields directly (CHILD_FIELDS): about twice as fast as ast.walk, which
        matters on big trees. The `ctx` / `op` singletons are not nodes here (see _NOT_CHILDREN).
        """
        out: List[ast.AST] = [self.tree]
        parents: Dict[ast.AST, ast.AST] = {}
        by_type: Dict[type, Tuple[List[int], List[ast.AST]]] = {}
        node_type, fields = ast.AST, CHILD_FIELDS
        for i, node in enumerate(out):  # out grows while it is read: breadth first
            t = type(node)
            entry = by_type.get(t)
            if entry is None:
                entry = by_type[t] = ([], [])
            entry[0].append(i)
            entry[1].append(node)
            for name in fields[t]:
                value = getattr(node, name, None)
                if type(value) is list:
                    for v in value:
                        if isinstance(v, node_type):
                            out.append(v)
                            parents[v] = node
                elif isinstance(value, node_type):
                    out.append(value)
                    parents[value] = node
        self.__dict__.update(nodes=out, parents=parents, _by_type=by_type)

    def nodes_of(self, *types: type) -> Iterator[ast.AST]:
        """The nodes of these types, in `nodes` order. Concrete node types (ast.Call, ...) come from an
        index built once per file, so a rule asking for calls does not scan every node again."""
        if not all(t in CONCRETE for t in types):
            return (n for n in self.nodes if isinstance(n, types))
        index = self._by_type
        if len(types) == 1:
            return iter(index[types[0]][1] if types[0] in index else ())
        found = [list(zip(*index[t])) for t in types if t in index]
        return (n for _, n in heapq.merge(*found, key=lambda pair: pair[0]))

    @cached_property
    def _by_type(self) -> Dict[type, Tuple[List[int], List[ast.AST]]]:
        """Concrete node type -> (positions in `nodes`, nodes), filled by the same walk."""
        self._walk()
        return self.__dict__["_by_type"]

    # ----------------------------------------------------------------- names
    @cached_property
    def imports(self) -> Dict[str, str]:
        """Local name -> fully qualified name, from every import in the file."""
        table: Dict[str, str] = {}
        for node in self.nodes_of(ast.Import, ast.ImportFrom):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    if alias.asname:
                        table[alias.asname] = alias.name
                    else:
                        top = alias.name.split(".")[0]
                        table.setdefault(top, top)
            elif node.module and not node.level:
                for alias in node.names:
                    if alias.name != "*":
                        table[alias.asname or alias.name] = f"{node.module}.{alias.name}"
        return table

    @cached_property
    def relative_imports(self) -> Dict[str, Tuple[int, Optional[str], str]]:
        """Local name -> (level, module, name) of `from .model import Net` (1, "model", "Net") and `from . import
        utils` (1, None, "utils"): names of the project, which only the project index (`project`) resolves."""
        table: Dict[str, Tuple[int, Optional[str], str]] = {}
        for node in self.nodes_of(ast.ImportFrom):
            if node.level:
                for alias in node.names:
                    if alias.name != "*":
                        table[alias.asname or alias.name] = (node.level, node.module, alias.name)
        return table

    def qualname(self, node: ast.AST) -> Optional[str]:
        """`F.dropout` -> 'torch.nn.functional.dropout' given `import torch.nn.functional as F`.

        Names that are not imported resolve to themselves (a class defined in the file).
        """
        return dotted(node, lambda name: self.imports.get(name, name))

    def call_qualname(self, call: ast.AST) -> Optional[str]:
        return self.qualname(call.func) if isinstance(call, ast.Call) else None

    # ----------------------------------------------------------------- modules
    @cached_property
    def classes(self) -> Dict[str, ast.ClassDef]:
        return {n.name: n for n in self.nodes_of(ast.ClassDef)}

    @cached_property
    def module_classes(self) -> Dict[str, ast.ClassDef]:
        """Classes in this file that are nn.Module subclasses: of nn.Module, of any torch.nn layer
        (`class LayerNorm(nn.LayerNorm)`), of a LightningModule, or of such a class of the file."""
        found: Dict[str, ast.ClassDef] = {}
        changed = True
        while changed:
            changed = False
            for name, cls in self.classes.items():
                if name in found:
                    continue
                for base in cls.bases:
                    qn = self.qualname(base)
                    if qn and (qn in MODULE_BASES or qn in found or qn.endswith("LightningModule")
                               or (qn.startswith("torch.nn.") and library_module_class(qn))
                               or self.project_module(base)):
                        found[name] = cls
                        changed = True
                        break
        return found

    def project_module(self, node: ast.AST) -> Optional[bool]:
        """Whether the name `node` is an nn.Module class another file of the project defines (True), another class
        of the project (False), or neither / unknown (None). Read from outlines: nothing is parsed."""
        return self.project.module_class(self, node) if self.project is not None else None

    def project_class(self, node: ast.AST, module: bool = False) -> Optional[Tuple["FileContext", ast.ClassDef]]:
        """The class another file of the project defines under the name `node` (with `module`, only an nn.Module
        subclass), with that file's context; None when the name is not one, or unknown."""
        if self.project is None or _resolving.get(id(self), 0) > 0:
            return None  # a circle of imports: unknown
        _resolving[id(self)] = 1
        try:
            found = self.project.definition(self, node)
            if found is None or not isinstance(found[1], ast.ClassDef):
                return None
            other, cls = found
            return (other, cls) if not module or other.is_module_class(cls) else None
        finally:
            _resolving.pop(id(self), None)

    def is_module_class(self, cls: Optional[ast.ClassDef]) -> bool:
        return cls is not None and cls.name in self.module_classes



_resolving: Dict[int, int] = {}  # contexts resolving a project class now (a guard against circles of imports)


def uses_torch(ctx: FileContext) -> bool:
    return any(qn.split(".")[0] in TORCH_PACKAGES for qn in ctx.imports.values())
