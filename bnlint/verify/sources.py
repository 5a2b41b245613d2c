"""Which models to verify: a model spec (`--model pkg.mod:factory(depth=18)`, parsed by bnlint.graph.spec),
or the nn.Module classes of a file that can be built with no arguments (as `bnlint check --trace` picks them:
a class used inside another one is verified as part of it).

User code runs in this process (verify is an explicit command); whatever it raises becomes a message.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Callable, List, Optional, Tuple

from torch import nn


@dataclass
class Candidate:
    name: str
    origin: str  # what the user named: `file.py:Class` or the spec
    factory: Optional[Callable[[], nn.Module]]
    error: Optional[str] = None  # could not even get a factory (import failed)


def from_spec(text: str, base: Optional[str] = None) -> Candidate:
    """Raises bnlint.graph.spec.SpecError for a spec that does not parse (a usage error)."""
    from bnlint.graph.spec import parse_spec
    from bnlint.graph.loading import UserCodeError, load_factory

    spec = parse_spec(text)
    name = spec.factory.split(".")[-1]
    try:
        _, factory = load_factory({"spec": text, "base": base or os.getcwd()})
    except UserCodeError as exc:
        return Candidate(name, text, None, str(exc))
    return Candidate(name, text, factory)


def from_file(path: str) -> Tuple[List[Candidate], List[str]]:
    """(models to verify, notes on classes skipped because they need arguments)."""
    from bnlint.graph.build import build
    from bnlint.graph.locate import Sites
    from bnlint.graph.findings import display_path
    from bnlint.graph.loading import contained_classes, import_path, module_classes, required_arguments, user_failure

    shown = display_path(path)
    try:
        module = import_path(path)
    except BaseException as exc:  # noqa: BLE001 - user code, sys.exit included
        if isinstance(exc, KeyboardInterrupt):
            raise
        return [Candidate(os.path.basename(path), shown, None, str(user_failure(exc, f"importing `{shown}`")))], []
    classes = module_classes(module)
    notes: List[str] = []
    buildable = []
    for cls in classes:
        required = required_arguments(cls)
        if required:
            notes.append(f"{shown}: `{cls.__qualname__}` needs arguments ({', '.join(required)}); name it as a model "
                         f"spec, e.g. --model '{shown}:{cls.__qualname__}({required[0]}=...)'")
        else:
            buildable.append(cls)
    # Built on the meta device (no memory) only to see which class contains which.
    models = []
    for cls in buildable:
        try:
            models.append(build(cls, Sites())[0])
        except (Exception, SystemExit):  # noqa: BLE001 - reported when built for real
            continue
    inside = contained_classes(models)
    candidates = [Candidate(c.__qualname__, f"{shown}:{c.__qualname__}", c) for c in buildable if c not in inside]
    return candidates, notes
