"""Model specs: `path/to/file.py:factory` or `package.module:factory`, optionally with literal arguments,
e.g. `torchvision.models:densenet121(drop_rate=0.2)` or `timm:create_model("resnet18", drop_block_rate=0.2)`.

Arguments are parsed with ast.literal_eval, never evaluated as code. No torch here: the parent process
parses specs, the worker process imports and calls them.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass, field
from typing import Any, Dict, Tuple

_SPEC = re.compile(r"^(?P<target>.+?):(?P<factory>[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s*(?P<call>\(.*\))?\s*$", re.S)


class SpecError(ValueError):
    pass


@dataclass(frozen=True)
class ParsedSpec:
    target: str  # a file path (ends with .py) or a dotted module name
    factory: str  # attribute path inside it: `densenet121`, `Net.from_config`
    args: Tuple[Any, ...] = ()
    kwargs: Dict[str, Any] = field(default_factory=dict)

    @property
    def is_file(self) -> bool:
        return self.target.endswith(".py") or "/" in self.target or "\\" in self.target


def parse_spec(text: str) -> ParsedSpec:
    m = _SPEC.match(text.strip())
    if not m:
        raise SpecError(
            f"model spec {text!r}: expected 'path/to/file.py:factory' or 'package.module:factory', optionally "
            "with literal arguments: 'pkg.mod:factory(depth=18)'"
        )
    target = m.group("target").strip()
    if not target:
        raise SpecError(f"model spec {text!r}: nothing before ':'")
    if not (target.endswith(".py") or "/" in target or "\\" in target) and not re.fullmatch(
        r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)*", target
    ):
        raise SpecError(f"model spec {text!r}: {target!r} is neither a .py file nor a dotted module name")
    args: Tuple[Any, ...] = ()
    kwargs: Dict[str, Any] = {}
    if m.group("call"):
        try:
            call = ast.parse(f"f{m.group('call')}", mode="eval").body
        except SyntaxError as exc:
            raise SpecError(f"model spec {text!r}: arguments do not parse: {exc.msg}") from None
        if not isinstance(call, ast.Call):
            raise SpecError(f"model spec {text!r}: expected one call like factory(a=1)")
        if any(kw.arg is None for kw in call.keywords):
            raise SpecError(f"model spec {text!r}: **kwargs are not supported; name each argument")
        try:
            args = tuple(ast.literal_eval(a) for a in call.args)
            for kw in call.keywords:
                kwargs[kw.arg] = ast.literal_eval(kw.value)
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            raise SpecError(
                f"model spec {text!r}: arguments must be literals (numbers, strings, tuples, lists, dicts, "
                "True/False/None); code is never evaluated"
            ) from None
    return ParsedSpec(target, m.group("factory"), args, kwargs)
