"""The project index: the modules a checked file imports from within the project, each read once per process,
outlined (bnlint.project.outline), parsed and analysed only as far as a rule asks; and what each file used, for the
cache.

`View(path, settings)` is what a FileContext holds (`ctx.project`): it resolves the names the file imports
(absolute and relative, through re-exports) to the function or class of another file of the project. A name it
cannot resolve is unknown, never guessed. Every file whose contents a result depends on is recorded with a hash
of its bytes (`dependencies`), so a cached result is only reused while those files are unchanged.
"""

from __future__ import annotations

import ast
import hashlib
import os
from collections import OrderedDict
from typing import TYPE_CHECKING, Dict, List, Optional, Tuple

from bnlint.project import layout
from bnlint.project.classes import Classes
from bnlint.project.functions import Functions
from bnlint.project.instances import Instances
from bnlint.project.layout import module_candidates, outside_project, resolve_module, roots_for
from bnlint.project.outline import Outline, calls_in, outline
from bnlint.source.semantic.nodes import dotted
from bnlint.torch_api import MODULE_BASES, library_module_class

if TYPE_CHECKING:  # pragma: no cover
    from bnlint.config import Settings
    from bnlint.source.context import FileContext

# How many other modules one process keeps parsed (a parse tree, its scopes and what was analysed of it).
KEPT = 64
# How many re-exports (`from .model import Net` in a package's __init__) and base classes are followed.
HOPS = 4

Found = Tuple[str, str]  # (path of the module, top-level name)


def forget_layout() -> None:
    """Forget which files exist and what names resolved to (a long-lived process: the language server)."""
    layout.clear()
    _RESOLVED.clear()
    _KINDS.clear()


def content_hash(raw: bytes) -> str:
    return hashlib.blake2b(raw, digest_size=16).hexdigest()


class _Modules:
    """The other modules this process has read: outlines of all (small), parses of the most recently used."""

    def __init__(self):
        self._outlines: Dict[str, Tuple[Tuple[int, int], str, str, Outline]] = {}  # path -> (stamp, hash, text, outline)
        self._parsed: "OrderedDict[str, Tuple[str, Optional[FileContext]]]" = OrderedDict()  # path -> (hash, context)

    def outline(self, path: str) -> Optional[Tuple[str, Outline]]:
        """(hash of the bytes, outline), read again only when the file's stat changes; None when unreadable."""
        try:
            st = os.stat(path)
        except OSError:
            return None
        stamp = (st.st_mtime_ns, st.st_size)
        kept = self._outlines.get(path)
        if kept is None or kept[0] != stamp:
            try:
                with open(path, "rb") as f:
                    raw = f.read()
            except OSError:
                return None
            text = _decode(raw, path)
            kept = (stamp, content_hash(raw), text or "", outline(text or ""))
            self._outlines[path] = kept
        return kept[1], kept[3]

    def context(self, path: str, settings: "Settings") -> Optional["FileContext"]:
        found = self.outline(path)
        if found is None:
            return None
        digest = found[0]
        parsed = self._parsed.get(path)
        if parsed is not None and parsed[0] == digest:
            self._parsed.move_to_end(path)
            return parsed[1]
        ctx = _context(path, self._outlines[path][2], settings)
        self._parsed[path] = (digest, ctx)
        if len(self._parsed) > KEPT:
            self._parsed.popitem(last=False)
        return ctx

    def peek(self, path: str) -> Optional["FileContext"]:
        parsed = self._parsed.get(path)
        return parsed[1] if parsed is not None else None


def _decode(raw: bytes, path: str) -> Optional[str]:
    from bnlint.source.read import SourceError, decode_source

    try:
        return decode_source(raw, path).text
    except SourceError:
        return None


def _context(path: str, text: str, settings: "Settings") -> Optional["FileContext"]:
    from bnlint.source.context import FileContext

    try:
        tree = ast.parse(text, filename=path)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return None  # a module that does not parse is unknown code
    ctx = FileContext(path, text, tree, settings)
    ctx.project = View(path, settings)
    return ctx


MODULES = _Modules()
# (roots, level, importing folder for a relative import, dotted parts) -> (found, the modules read, with digests)
_RESOLVED: Dict[tuple, Tuple[Optional[Found], Tuple[Tuple[str, Optional[str]], ...]]] = {}
# (roots, (path, class name)) -> (whether it is an nn.Module class, the modules read, with digests)
_KINDS: Dict[tuple, Tuple[Optional[bool], Tuple[Tuple[str, Optional[str]], ...]]] = {}


class View(Functions, Instances, Classes):
    """The project as one file sees it."""

    def __init__(self, path: str, settings: "Settings"):
        self.path, self.settings = path, settings
        self.roots = roots_for(path, settings.root, getattr(settings, "src", ()))
        self.dependencies: Dict[str, str] = {}  # path -> hash of the bytes a result depends on
        self._found: Dict[tuple, Optional[Found]] = {}
        self._modules: Dict[Found, Optional[bool]] = {}
        self._outlines: Dict[str, Optional[Outline]] = {}
        # What the checked file's text shows, read once per text: (text, {what was asked: its answer})
        self._read: Tuple[Optional[str], dict] = (None, {})
        self._touched: Optional[List[str]] = None  # the modules read while a name is resolved
        self._missing: List[str] = []  # files that would be project modules the file imports, not there (yet)

    # ------------------------------------------------------------------ what a name is
    def definition(self, ctx: "FileContext", node: ast.AST) -> Optional[Tuple["FileContext", ast.AST]]:
        """The module-level function, class or assignment of another project file that the name `node` (`evaluate`,
        `utils.evaluate`, `Net`, `net`) stands for in ctx's file, with that file's (parsed) context; None when unknown."""
        found = self._name(ctx, node)
        return self.defined(found) if found is not None else None

    def defined(self, found: Found) -> Optional[Tuple["FileContext", ast.AST]]:
        """The module-level function, class or assignment `found` names (path, name), with its file's context."""
        other = MODULES.context(found[0], self.settings)
        definition = _top_level(other.tree, found[1]) if other is not None else None
        return (other, definition) if definition is not None else None

    def module_class(self, ctx: "FileContext", node: ast.AST) -> Optional[bool]:
        """Whether the name `node` is an nn.Module class of another project file (True), another class (False);
        None when it is no class of the project or unknown. From the outlines alone: nothing is parsed."""
        found = self._name(ctx, node)
        return self._is_module_kept(found) if found is not None else None

    def function_shows(self, ctx: "FileContext", node: ast.AST, trait: str) -> bool:
        """Whether the name `node` is a function of another project file whose text shows `trait` (outlines alone:
        nothing is parsed)."""
        found = self._name(ctx, node)
        other = self._outline(found[0]) if found is not None else None
        return other is not None and other.function_may(found[1], trait)

    def _absent(self, importer: str, dotted: str, level: int) -> None:
        """Record that the module `dotted` is not in the project, as a dependency on each file that would be it
        (digest None): a cached result is redone once it is written. Not for the standard library and installed
        packages (`torch.nn`, `os.path`), unless the project itself holds that top-level package."""
        top = dotted.split(".")[0]
        if not level and (not top or outside_project(top) and resolve_module(importer, top, 0, self.roots) is None):
            return
        for path in module_candidates(importer, dotted, level, self.roots):
            if path not in self.dependencies:
                self.dependencies[path] = None
                self._missing.append(path)

    def builds_module_class(self, text: str, showing: Tuple[str, ...] = ()) -> bool:
        """The file (its text) calls a name written like a class (`Net(...)`, `models.Net(...)`) that is an nn.Module
        class of another project file (whose text shows one of `showing`, when given): from outlines."""
        return any(not showing or any(t in self._outline(path).text for t in showing)
                   for path in self._built_classes(text))

    def _built_classes(self, text: str) -> List[str]:
        """The files of the project Module classes the text builds."""
        def built() -> List[str]:
            mine, found = self._mine(text), []
            for written in self.calls(text):
                parts = written.split(".")
                if not ("A" <= parts[-1][:1] <= "Z") or parts[0] not in mine.imports and parts[0] not in mine.relative:
                    continue
                target = self._lookup_parts(mine.imports, mine.relative, parts)
                if target is not None and self._is_module_kept(target):
                    found.append(target[0])
            return found

        return self._of_text(text, "built", built)

    def _mine(self, text: str) -> Outline:
        """The checked file's own imports."""
        return self._of_text(text, "imports", lambda: outline(text, definitions=False))

    def calls(self, text: str) -> Dict[str, bool]:
        """What the checked file calls (outline.calls_in)."""
        return self._of_text(text, "calls", lambda: calls_in(text))

    def _of_text(self, text: str, question, compute):
        """compute(), once per text and question (the rules' prefilters and analyses ask the same of one text)."""
        if self._read[0] is not text:
            self._read = (text, {})
        if question not in self._read[1]:
            self._read[1][question] = compute()
        return self._read[1][question]

    def _lookup_parts(self, imports, relative, parts: List[str]) -> Optional[Found]:
        # kept per name and the import that binds it: a name two imports bind is asked of each (bnlint.project.instances)
        key = (tuple(parts), imports.get(parts[0]) or relative.get(parts[0]))
        if key not in self._found:
            self._found[key] = None
            self._found[key] = self._resolve_kept(_absolute(imports, relative, parts))
        return self._found[key]

    def _resolve_kept(self, target: Tuple[int, List[str]]) -> Optional[Found]:
        """_resolve, kept for the process: the files of one folder import the same names."""
        level, parts = target
        key = (self.roots, level, os.path.dirname(os.path.abspath(self.path)) if level else "", tuple(parts))
        return self._kept(_RESOLVED, key, lambda: self._resolve(self.path, target, HOPS))

    def _is_module_kept(self, found: Found) -> Optional[bool]:
        """_is_module, kept for the process: the files of one folder build the same classes."""
        return self._kept(_KINDS, (self.roots, found), lambda: self._is_module(found, HOPS))

    def _kept(self, table: dict, key: tuple, compute):
        """compute(), kept in `table` for the process while every module read to reach it has the bytes it had and
        every one found missing is still missing (all of them this file's dependencies too)."""
        kept = table.get(key)
        if kept is not None and all(self._outline_digest(path) == digest for path, digest in kept[1]):
            for path, digest in kept[1]:
                if digest is None:  # a module not there: the answer changes when it appears
                    self.dependencies.setdefault(path, None)
            return kept[0]
        outer, self._touched, missing = self._touched, [], len(self._missing)
        try:
            answer = compute()
        finally:
            touched, self._touched = self._touched, outer
        if outer is not None:
            outer.extend(touched)
        if len(table) > 100_000: table.clear()  # noqa: E701 - a bound on a cache
        read = [(path, self._outline_digest(path)) for path in dict.fromkeys(touched)]
        table[key] = (answer, tuple(read + [(path, None) for path in self._missing[missing:]]))
        return answer

    def _outline_digest(self, path: str) -> Optional[str]:
        self._outline(path)
        return self.dependencies.get(path)

    def _name(self, ctx: "FileContext", node: ast.AST) -> Optional[Found]:
        written = dotted(node)
        parts = written.split(".") if written else None
        if not parts or parts[0] not in ctx.imports and parts[0] not in ctx.relative_imports:
            return None
        return self._lookup_parts(ctx.imports, ctx.relative_imports, parts)

    def _resolve(self, importer: str, target: Tuple[int, List[str]], hops: int) -> Optional[Found]:
        level, parts = target
        # The longest prefix that is a module of the project; what follows must be one name in it.
        for cut in range(len(parts) - 1, 0 if not level else -1, -1):
            path = resolve_module(importer, ".".join(parts[:cut]), level, self.roots)
            if path is None:
                self._absent(importer, ".".join(parts[:cut]), level)
                continue
            if len(parts) - cut != 1:
                return None  # a method or nested attribute: not followed
            found = self._outline(path)
            if found is None:
                return None
            name = parts[cut]
            if name in found.classes or name in found.functions or name in found.assigned:
                return path, name
            if hops and (name in found.imports or name in found.relative):  # re-exported by a package
                return self._resolve(path, _absolute(found.imports, found.relative, [name]), hops - 1)
            return None
        return None

    def _is_module(self, found: Found, hops: int) -> Optional[bool]:
        if found in self._modules:
            return self._modules[found]
        self._modules[found] = None  # a circle of bases: unknown
        path, name = found
        outlined = self._outline(path)
        if outlined is None or name not in outlined.classes:
            return None
        result = False
        for base in outlined.classes[name]:
            qn = outlined.qualname(base)
            head = base.split(".")[0]
            if qn in MODULE_BASES or qn.endswith("LightningModule") or (
                    qn.startswith("torch.nn.") and library_module_class(qn)):
                result = True
            elif base in outlined.classes and hops:
                result = bool(self._is_module((path, base), hops - 1))
            elif hops and (head in outlined.imports or head in outlined.relative):
                inner = self._resolve(path, _absolute(outlined.imports, outlined.relative, base.split(".")), hops - 1)
                result = bool(self._is_module(inner, hops - 1)) if inner is not None else False
            if result:
                break
        self._modules[found] = result
        return result

    def _outline(self, path: str) -> Optional[Outline]:
        if self._touched is not None:
            self._touched.append(path)
        if path in self._outlines:
            return self._outlines[path]  # one look at the file per checked file
        found = MODULES.outline(path)
        self._outlines[path] = found[1] if found is not None else None
        if found is not None:
            self.dependencies[path] = found[0]
        return self._outlines[path]

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


def _absolute(imports: Dict[str, str], relative: Dict[str, Tuple[int, Optional[str], str]],
              parts: List[str]) -> Tuple[int, List[str]]:
    """(level, the dotted parts from the module's root) of a name written in a file with these imports."""
    head, rest = parts[0], list(parts[1:])
    if head in imports:
        return 0, imports[head].split(".") + rest
    level, module, name = relative[head]
    return level, (module.split(".") if module else []) + [name] + rest


def _top_level(tree: ast.Module, name: str) -> Optional[ast.AST]:
    """The last top-level definition or assignment of `name`: the one in force once the module has run."""
    for node in reversed(tree.body):
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name == name or (
                isinstance(node, ast.Assign) and any(isinstance(t, ast.Name) and t.id == name for t in node.targets)):
            return node
    return None


view = View  # what a FileContext's `project` is made with
