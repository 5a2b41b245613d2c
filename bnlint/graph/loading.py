"""User code for the graph tier and bnlint verify: importing a file or a `pkg.module:factory(...)` spec, the
nn.Module classes a file defines, and failures of user code as messages that say what to do."""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import os
import sys
from typing import Any, List

from bnlint.graph.frames import describe, failure_site
from bnlint.graph.locate import class_site
from bnlint.graph.spec import parse_spec


class UserCodeError(Exception):
    """User code failed; the message says how, for a BN910 diagnostic."""

    def __init__(self, message: str, location=None):
        super().__init__(message)
        self.location = location


def user_failure(exc: BaseException, what: str):
    if isinstance(exc, SystemExit):
        return UserCodeError(f"{what} called sys.exit({exc.code!r}); put script code under "
                             "`if __name__ == \"__main__\":`", failure_site(exc))
    if isinstance(exc, EOFError):
        return UserCodeError(f"{what} tried to read standard input ({describe(exc)}); bnlint gives user code "
                             "no input: put interactive code under `if __name__ == \"__main__\":`", failure_site(exc))
    if isinstance(exc, MemoryError) or "can't allocate memory" in str(exc):
        return UserCodeError(f"{what} ran out of memory ({describe(exc)}); the limit is --trace-memory "
                             "([tool.bnlint] trace-memory, in MB)", failure_site(exc))
    if isinstance(exc, ImportError):
        return UserCodeError(f"{what} failed: {describe(exc)}; the graph tier imports your code in this Python "
                             "environment: install what it needs here, or leave the file out (extend-exclude)",
                             failure_site(exc))
    return UserCodeError(f"{what} failed: {describe(exc)}", failure_site(exc))


# ------------------------------------------------------------------ importing
def import_path(path: str):
    """Import a .py file as its package would (so relative imports work), else under a private name."""
    path = os.path.abspath(path)
    folder, name = os.path.split(path)
    parts = [os.path.splitext(name)[0]]
    while os.path.isfile(os.path.join(folder, "__init__.py")):
        folder, pkg = os.path.split(folder)
        parts.insert(0, pkg)
    if parts[-1] == "__init__":
        parts.pop()
    if folder not in sys.path:
        sys.path.insert(0, folder)
    dotted = ".".join(parts)
    if dotted and all(p.isidentifier() for p in parts):
        try:
            module = importlib.import_module(dotted)
            if os.path.abspath(getattr(module, "__file__", "") or "") == path:
                return module
        except ImportError:
            pass  # e.g. a name clash with an installed package: fall back to loading the file itself
    unique = f"bnlint_user_{abs(hash(path))}"
    spec = importlib.util.spec_from_file_location(unique, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[unique] = module
    spec.loader.exec_module(module)
    return module


def load_factory(task: dict):
    """(the object named by the spec, a function that calls it with the spec's arguments)."""
    spec = parse_spec(task["spec"])
    where = f"importing `{spec.target}`"
    try:
        if spec.is_file:
            target = spec.target if os.path.isabs(spec.target) else os.path.join(task.get("base") or ".", spec.target)
            module = import_path(target)
        else:
            for folder in (task.get("base"), os.getcwd()):
                if folder and folder not in sys.path:
                    sys.path.insert(0, folder)
            module = importlib.import_module(spec.target)
    except BaseException as exc:  # noqa: BLE001 - user code, sys.exit included
        raise user_failure(exc, where) from None
    obj: Any = module
    for part in spec.factory.split("."):
        if not hasattr(obj, part):
            raise UserCodeError(f"`{spec.target}` has no attribute `{spec.factory}`")
        obj = getattr(obj, part)
    if not callable(obj):
        raise UserCodeError(f"`{spec.target}:{spec.factory}` is not callable")
    return obj, lambda: obj(*spec.args, **spec.kwargs)


def site_of(obj: Any):
    """The file and first line of a function or class, when Python can tell."""
    try:
        lines, start = inspect.getsourcelines(obj)
        return (inspect.getsourcefile(obj), start)
    except (TypeError, OSError):
        return None


def module_classes(module) -> List[type]:
    """The nn.Module classes a file defines with a forward of their own, in the order of the source."""
    from torch import nn

    return sorted(
        (c for c in vars(module).values()
         if inspect.isclass(c) and issubclass(c, nn.Module) and c.__module__ == module.__name__
         and c.forward is not nn.Module.forward),
        key=lambda c: (class_site(c) or ("", 0))[1],
    )


def contained_classes(models) -> set:
    """The classes of the modules inside these models: a block is analysed inside the network that uses it."""
    return {type(m) for model in models for m in list(model.modules())[1:]}


def required_arguments(cls: type) -> List[str]:
    try:
        sig = inspect.signature(cls)
    except (TypeError, ValueError):
        return []
    return [p.name for p in sig.parameters.values()
            if p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD,
                                                                    p.KEYWORD_ONLY)]
