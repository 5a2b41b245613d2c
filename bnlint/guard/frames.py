"""Where the user is: the first frame outside torch and bnlint, the name the user gave a model there, the module
whose code is running, and whether bnlint itself is driving a forward pass (verify, the testing helpers, the
graph tier), which the guard leaves alone.

No torch import: torch's folder is read from the torch module already loaded.
"""

from __future__ import annotations

import os
import sys
from types import FrameType
from typing import Any, Optional, Tuple

from bnlint.graph.findings import in_stdlib

BNLINT_DIR = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep
# bnlint code that runs models for its own measurements: a guard stays silent about what they do.
DRIVERS = tuple(BNLINT_DIR + p for p in ("graph" + os.sep, "verify" + os.sep, "testing.py"))
GENERATED = ("<frozen", "<eval_with_key")  # import machinery, torch.fx's generated forward code

_torch_dir: Optional[str] = None


def torch_dir() -> str:
    global _torch_dir
    if _torch_dir is None:
        torch = sys.modules.get("torch")
        if torch is None:
            return "\0"  # no torch loaded yet: no frame can be in it
        _torch_dir = os.path.dirname(torch.__file__) + os.sep
    return _torch_dir


def in_library(filename: str) -> bool:
    """torch, bnlint, the standard library or generated code: never the user's line."""
    return filename.startswith((torch_dir(), BNLINT_DIR) + GENERATED) or in_stdlib(filename)


def user_frame(frame: Optional[FrameType]) -> Optional[FrameType]:
    """The first frame at or above `frame` outside torch and bnlint."""
    while frame is not None and in_library(frame.f_code.co_filename):
        frame = frame.f_back
    return frame


def location(frame: Optional[FrameType]) -> Optional[Tuple[str, int]]:
    found = user_frame(frame)
    return (found.f_code.co_filename, found.f_lineno) if found is not None else None


def here(depth: int = 1) -> Optional[Tuple[str, int]]:
    """The user's file and line behind the current call."""
    return location(sys._getframe(depth + 1))


DISPATCH = (os.sep + "overrides.py", os.sep + "functional.py")


def dispatched_from(frame: FrameType) -> FrameType:
    """Above torch's dispatch to a mode (overrides.handle_torch_function) and the Python function being
    dispatched (F.dropout): the frame that called the function."""
    while frame.f_back is not None and frame.f_code.co_filename.startswith(torch_dir()) and \
            frame.f_code.co_filename.endswith(DISPATCH):
        frame = frame.f_back
    return frame


def driven_by_bnlint(frame: Optional[FrameType]) -> bool:
    """A bnlint measurement (verify, bnlint.testing, the graph tier) is on the stack."""
    while frame is not None:
        if frame.f_code.co_filename.startswith(DRIVERS):
            return True
        frame = frame.f_back
    return False


def owner(frame: Optional[FrameType], module_type: type) -> Optional[Tuple[Any, FrameType]]:
    """The nearest `self` at or above `frame` that is a module: the module whose code is running, and its frame."""
    while frame is not None:
        candidate = frame.f_locals.get("self") if "self" in frame.f_code.co_varnames else None
        if isinstance(candidate, module_type):
            return candidate, frame
        frame = frame.f_back
    return None


def name_in(frame: Optional[FrameType], obj: Any) -> Optional[str]:
    """The name the code at `frame` gives obj: a local, an attribute of `self`, or a wrapper around it
    (`ddp` for a DistributedDataParallel whose `.module` is obj)."""
    frame = user_frame(frame)
    if frame is None:
        return None
    scopes = [frame.f_locals, frame.f_globals]
    for scope in scopes:
        for name, value in list(scope.items()):
            if value is obj or _unwraps_to(value, obj):
                return name
    me = frame.f_locals.get("self")
    for name, value in list(getattr(me, "__dict__", {}).items()) + list(getattr(me, "_modules", {}).items()):
        if value is obj or _unwraps_to(value, obj):
            return f"self.{name}"
    return None


def called_as(frame: Optional[FrameType], obj: Any) -> str:
    """How the user's code names the model it called: the called expression (`model`, `self.backbone`, `ddp`)
    where the source shows it (Python 3.11+), else a name bound to it, else `model`."""
    import ast

    site = user_frame(frame)
    call = call_at(site) if site is not None and hasattr(site.f_code, "co_positions") else None
    if call is not None and isinstance(call.func, (ast.Name, ast.Attribute)):
        return ast.unparse(call.func)
    return name_in(frame, obj) or "model"


def _unwraps_to(value: Any, obj: Any) -> bool:
    for attr in ("module", "_orig_mod"):
        inner = getattr(value, attr, None) if hasattr(type(value), "forward") else None
        if inner is obj:
            return True
    return False


def reachable(holder: Any, obj: Any) -> bool:
    """obj is kept on holder: an attribute, or an item of a list, tuple, set or dict attribute."""
    for value in list(getattr(holder, "__dict__", {}).values()) + list(getattr(holder, "_modules", {}).values()):
        if value is obj:
            return True
        if isinstance(value, (list, tuple, set, frozenset)) and any(v is obj for v in value):
            return True
        if isinstance(value, dict) and any(v is obj for v in value.values()):
            return True
    return False


_calls: dict = {}


def call_at(frame: Optional[FrameType], name: Optional[str] = None) -> Optional[Any]:
    """The ast.Call the frame is executing: on Python 3.11+ the exact span of the current instruction; before,
    the first call on its line to a function called `name` (or the first call). None without source."""
    if frame is None:
        return None
    key = (frame.f_code, frame.f_lasti, name)
    if key not in _calls:
        _calls[key] = _parse_call(frame, name)
    return _calls[key]


def _parse_call(frame: FrameType, name: Optional[str]) -> Optional[Any]:
    import ast
    import linecache

    code = frame.f_code
    line, end, col, end_col = frame.f_lineno, frame.f_lineno, None, None
    positions = getattr(code, "co_positions", None)
    if positions is not None and frame.f_lasti >= 0:
        found = list(positions())[frame.f_lasti // 2]
        if None not in found:
            line, end, col, end_col = found
    lines = [linecache.getline(code.co_filename, n) for n in range(line, end + 1)]
    if not any(lines):
        return None
    if col is not None:
        lines[-1] = lines[-1][:end_col]
        lines[0] = lines[0][col:]
    text = "".join(lines).strip()
    try:
        tree = ast.parse(text if col is not None else text.rstrip(":"))
    except SyntaxError:
        return None
    calls = [node for node in ast.walk(tree) if isinstance(node, ast.Call)]
    if col is None and name is not None:
        named = [c for c in calls if getattr(c.func, "attr", getattr(c.func, "id", None)) == name]
        calls = named or calls
    return calls[0] if calls else None


def passes_argument(call: Any, name: str, index: int) -> bool:
    """The call gives `name` (keyword, or positional at `index`), or may through *args / **kwargs."""
    import ast

    if call is None:
        return True  # no source: do not guess
    if any(isinstance(a, ast.Starred) for a in call.args) or any(k.arg is None for k in call.keywords):
        return True
    return len(call.args) > index or any(k.arg == name for k in call.keywords)
