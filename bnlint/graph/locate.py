"""Source locations for graph findings: where a layer was created, so that `# noqa` on that line works.

While bnlint builds a model it records, for every module, the line that created it (`nn.Dropout(0.5)` inside
an `nn.Sequential(...)` call included). For a model built elsewhere (the Python API), the line that assigns
`self.<name> = ...` in the parent's class is used, then the parent's own, up to the model's class. No line in
torch is ever used: a layer made inside an `nn.Sequential(...)` literal outside bnlint's build has no line of
its own (check_model then points at its caller's line and reports each such layer on its own).
"""

from __future__ import annotations

import ast
import inspect
import sys
import textwrap
import weakref
from contextlib import contextmanager
from functools import lru_cache
from typing import Dict, Iterator, Optional, Tuple

from torch import nn

from bnlint.graph.frames import Location, in_library


class Sites:
    def __init__(self) -> None:
        self._created: Dict[int, Tuple[weakref.ref, Location]] = {}

    @contextmanager
    def recording(self) -> Iterator["Sites"]:
        """Record the creation line of every module built inside the block."""
        original = nn.Module.__init__
        created = self._created

        def __init__(module, *args, **kwargs):
            original(module, *args, **kwargs)
            entry = created.get(id(module))
            # a second nn.Module.__init__ of the same module keeps the first site; an id left by a module of a
            # failed build (freed, its id reused) does not count
            if entry is None or entry[0]() is not module:
                try:
                    created[id(module)] = (weakref.ref(module), _creation_site(module))
                except TypeError:  # a module that cannot be weakly referenced: no site
                    pass

        nn.Module.__init__ = __init__
        try:
            yield self
        finally:
            nn.Module.__init__ = original

    def created(self, module: nn.Module) -> Location:
        entry = self._created.get(id(module))
        if entry and entry[0]() is module:
            return entry[1]
        return None

    def module_site(self, model: nn.Module, path: str) -> Location:
        """Where the module at `path` in `model` is defined."""
        return self.site_of(model, path)[0]

    def site_of(self, model: nn.Module, path: str) -> Tuple[Location, bool]:
        """(where the module at `path` in `model` is defined, whether that line is the module's own: the line
        that created it or assigned it). Never a line in torch: a module built outside `recording` (the Python
        API) inside an nn.Sequential(...) literal has no line of its own, and gets the nearest one known."""
        try:
            module = model.get_submodule(path) if path else model
        except AttributeError:
            return user_class_site(type(model)), False
        site = self.created(module)
        if site:
            return site, True
        parts = path.split(".") if path else []
        own = True
        while parts:
            parent = model.get_submodule(".".join(parts[:-1])) if len(parts) > 1 else model
            site = self.created(parent) if parts[-1].isdigit() else None
            if site:  # made inside the parent's literal: the parent's line is not its own
                return site, False
            site = assignment_site(type(parent), parts[-1])
            if site:
                return site, own
            own = False
            parts.pop()
        return user_class_site(type(module)) or user_class_site(type(model)), False


def _creation_site(module: nn.Module) -> Location:
    f = sys._getframe(2)
    while f is not None:
        # skip the __init__ methods of the module being built (its class and its bases)
        if f.f_code.co_name == "__init__" and f.f_locals.get("self") is module:
            f = f.f_back
            continue
        if not in_library(f.f_code.co_filename):
            return (f.f_code.co_filename, f.f_lineno)
        f = f.f_back
    return None


def _file(cls: type) -> Optional[str]:
    try:
        return inspect.getsourcefile(cls)
    except (TypeError, OSError):
        return None


@lru_cache(maxsize=512)
def class_site(cls: type) -> Location:
    try:
        lines, start = inspect.getsourcelines(cls)
        path = inspect.getsourcefile(cls)
    except (TypeError, OSError):
        return None
    return (path, start) if path else None


def user_class_site(cls: type) -> Location:
    """class_site, unless the class is torch's (nn.Sequential) or another library's bnlint skips."""
    site = class_site(cls)
    return site if site and not in_library(site[0]) else None


@lru_cache(maxsize=2048)
def assignment_site(cls: type, attr: str) -> Location:
    """The line of `self.<attr> = ...` (or add_module/register_module/setattr with that name) in cls or a base."""
    for klass in cls.__mro__:
        if klass.__module__.startswith("torch.") or klass is object:
            continue
        found = _assignments(klass).get(attr)
        if found:
            return found
    return None


@lru_cache(maxsize=512)
def _assignments(cls: type) -> Dict[str, Tuple[str, int]]:
    try:
        lines, start = inspect.getsourcelines(cls)
        path = inspect.getsourcefile(cls)
        tree = ast.parse(textwrap.dedent("".join(lines)))
    except (TypeError, OSError, SyntaxError, IndentationError):
        return {}
    found: Dict[str, Tuple[str, int]] = {}
    for node in ast.walk(tree):
        names = []
        if isinstance(node, (ast.Assign, ast.AnnAssign)):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.attr for t in targets if isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name)
                     and t.value.id == "self"]
        elif isinstance(node, ast.Call) and isinstance(node.func, (ast.Attribute, ast.Name)):
            fname = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            if fname in ("add_module", "register_module", "setattr") and len(node.args) >= 2:
                key = node.args[1] if fname == "setattr" else node.args[0]
                if isinstance(key, ast.Constant) and isinstance(key.value, str):
                    names = [key.value]
        for name in names:
            found.setdefault(name, (path, start + node.lineno - 1))
    return found
