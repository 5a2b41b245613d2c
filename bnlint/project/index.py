"""The project index: the modules a checked file imports from within the project, each parsed once per process
and analysed only as far as a rule asks (its scopes first; its mode flow, training steps and layers when a
call into it is followed), and what each checked file used, for the cache.

`view(path, settings)` is what a FileContext holds (`ctx.project`): it resolves the names the file imports
(absolute and relative) to the function or class of another file of the project. A name it cannot resolve is
unknown, never guessed. Every file whose contents a result depends on is recorded with a hash of its bytes
(`dependencies`), so a cached result is only reused while those files are unchanged.
"""

from __future__ import annotations

import ast
import hashlib
import os
from collections import OrderedDict
from typing import TYPE_CHECKING, Dict, List, Optional, Tuple

from bnlint.project.layout import resolve_module, roots_for

if TYPE_CHECKING:  # pragma: no cover
    from bnlint.config import Settings
    from bnlint.source.context import FileContext

# How many other modules' parses and analyses one process keeps (each is a parse tree and its scopes).
KEPT = 128
# How many re-exports (`from .model import Net` in a package's __init__) are followed for one name.
REEXPORTS = 4


def content_hash(raw: bytes) -> str:
    return hashlib.blake2b(raw, digest_size=16).hexdigest()


class _Modules:
    """The other modules this process has read: path -> (hash, FileContext), least recently used dropped."""

    def __init__(self):
        # path -> ((mtime, size), hash, context)
        self._kept: "OrderedDict[str, Tuple[Tuple[int, int], str, Optional[FileContext]]]" = OrderedDict()

    def get(self, path: str, settings: "Settings") -> Tuple[Optional[str], Optional["FileContext"]]:
        try:
            st = os.stat(path)
        except OSError:
            return None, None
        stamp = (st.st_mtime_ns, st.st_size)
        kept = self._kept.get(path)
        if kept is not None and kept[0] == stamp:  # unchanged since read: no second read or hash
            self._kept.move_to_end(path)
            return kept[1], kept[2]
        try:
            with open(path, "rb") as f:
                raw = f.read()
        except OSError:
            return None, None
        digest = content_hash(raw)
        ctx = kept[2] if kept is not None and kept[1] == digest else _context(path, raw, settings)
        self._kept[path] = (stamp, digest, ctx)
        if len(self._kept) > KEPT:
            self._kept.popitem(last=False)
        return digest, ctx

    def peek(self, path: str) -> Optional["FileContext"]:
        kept = self._kept.get(path)
        return kept[2] if kept is not None else None


def _context(path: str, raw: bytes, settings: "Settings") -> Optional["FileContext"]:
    from bnlint.source.context import FileContext
    from bnlint.source.read import SourceError, decode_source

    try:
        text = decode_source(raw, path).text
        tree = ast.parse(text, filename=path)
    except (SourceError, SyntaxError, ValueError, RecursionError, MemoryError):
        return None  # a module that does not parse is unknown code
    ctx = FileContext(path, text, tree, settings)
    ctx.project = View(path, settings)
    return ctx


MODULES = _Modules()


class View:
    """The project as one file sees it."""

    def __init__(self, path: str, settings: "Settings"):
        self.path, self.settings = path, settings
        self.roots = roots_for(path, settings.root, getattr(settings, "src", ()))
        self.dependencies: Dict[str, str] = {}  # path -> hash of the bytes a result depends on
        self._found: Dict[Tuple[str, ...], Optional[Tuple["FileContext", str]]] = {}

    # ------------------------------------------------------------------ names
    def definition(self, ctx: "FileContext", node: ast.AST) -> Optional[Tuple["FileContext", ast.AST]]:
        """The module-level function or class of another project file that the name `node` (`evaluate`,
        `utils.evaluate`, `Net`) stands for in ctx's file, with that file's context; None when unknown."""
        parts = _dotted(node)
        if not parts or parts[0] not in ctx.imports and parts[0] not in ctx.relative_imports:
            return None
        found = self._lookup(ctx, tuple(parts))
        if found is None:
            return None
        other, name = found
        definition = _top_level(other.tree, name)
        return (other, definition) if definition is not None else None

    def _lookup(self, ctx: "FileContext", parts: Tuple[str, ...]) -> Optional[Tuple["FileContext", str]]:
        if parts in self._found:
            return self._found[parts]
        self._found[parts] = None
        found = self._resolve(ctx.path, self._absolute(ctx, parts), REEXPORTS)
        self._found[parts] = found
        return found

    @staticmethod
    def _absolute(ctx: "FileContext", parts: Tuple[str, ...]) -> Tuple[int, List[str]]:
        """(level, the dotted parts from the module's root) of a name written in ctx's file."""
        head, rest = parts[0], list(parts[1:])
        if head in ctx.imports:
            return 0, ctx.imports[head].split(".") + rest
        level, module, name = ctx.relative_imports[head]
        return level, (module.split(".") if module else []) + [name] + rest

    def _resolve(self, importer: str, target: Tuple[int, List[str]], hops: int) -> Optional[Tuple["FileContext", str]]:
        level, parts = target
        # The longest prefix that is a module of the project; what follows must be one name in it.
        for cut in range(len(parts) - 1, 0 if not level else -1, -1):
            path = resolve_module(importer, ".".join(parts[:cut]), level, self.roots)
            if path is None:
                continue
            if len(parts) - cut != 1:
                return None  # a method or nested attribute: not followed
            other = self._read(path)
            if other is None:
                return None
            name = parts[cut]
            if _top_level(other.tree, name) is not None:
                return other, name
            if hops and name in other.imports:  # re-exported: `from .model import Net` in __init__.py
                return self._resolve(path, (0, other.imports[name].split(".")), hops - 1)
            if hops and name in other.relative_imports:
                lvl, module, attr = other.relative_imports[name]
                return self._resolve(path, (lvl, (module.split(".") if module else []) + [attr]), hops - 1)
            return None
        return None

    def _read(self, path: str) -> Optional["FileContext"]:
        digest, other = MODULES.get(path, self.settings)
        if digest is not None:
            self.dependencies[path] = digest
        return other


    def all_dependencies(self) -> Dict[str, str]:
        """The files this file's result depends on, through the modules it read and theirs."""
        found: Dict[str, str] = {}
        todo, seen = [self], set()
        while todo:
            current = todo.pop()
            if id(current) in seen:
                continue
            seen.add(id(current))
            for path, digest in current.dependencies.items():
                found.setdefault(path, digest)
                other = MODULES.peek(path)
                if other is not None and other.project is not None:
                    todo.append(other.project)
        found.pop(os.path.abspath(self.path), None)
        return found


def _dotted(node: ast.AST) -> Optional[List[str]]:
    parts: List[str] = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if not isinstance(node, ast.Name):
        return None
    parts.append(node.id)
    return parts[::-1]


def _top_level(tree: ast.Module, name: str) -> Optional[ast.AST]:
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name == name:
            return node
    return None


def view(path: str, settings: "Settings") -> View:
    return View(path, settings)
