"""Build a model as cheaply as possible: on the meta device (no memory, no init cost), else with only its
parameters on meta (for code that computes with tensors while building, such as torchvision's RegNet),
else on the CPU. The line that created each module is recorded on the way (bnlint.graph.locate.Sites)."""

from __future__ import annotations

import contextlib
from typing import Callable, Iterator, List, Tuple

import torch
from torch import nn

from bnlint.graph.locate import Sites
from bnlint.graph.frames import describe


class BuildError(Exception):
    pass


@contextlib.contextmanager
def parameters_on_meta() -> Iterator[None]:
    original = nn.Module.register_parameter

    def register_parameter(module, name, param):
        original(module, name, param)
        if param is not None and param.device.type != "meta":
            module._parameters[name] = nn.Parameter(param.to("meta"), requires_grad=param.requires_grad)

    nn.Module.register_parameter = register_parameter
    try:
        yield
    finally:
        nn.Module.register_parameter = original


@contextlib.contextmanager
def on_meta_without_init() -> Iterator[None]:
    """The meta device, with torch.nn.init's functions made no-ops: initialising values that do not exist
    only costs time (decompositions run in Python on meta)."""
    names = [n for n in dir(nn.init) if n.endswith("_") and not n.startswith("_") and callable(getattr(nn.init, n))]
    saved = {n: getattr(nn.init, n) for n in names}
    for n in names:
        setattr(nn.init, n, _keep)
    try:
        with torch.device("meta"):
            yield
    finally:
        for n, fn in saved.items():
            setattr(nn.init, n, fn)


def _keep(tensor, *args, **kwargs):
    return tensor


WAYS = {
    "meta": on_meta_without_init,
    "meta parameters": parameters_on_meta,
    "cpu": contextlib.nullcontext,
}


def build(factory: Callable[[], nn.Module], sites: Sites, ways=("meta", "meta parameters", "cpu")
          ) -> Tuple[nn.Module, str]:
    """(model, how it was built). Raises BuildError naming the last failure."""
    failures: List[str] = []
    for way in ways:
        try:
            with sites.recording(), WAYS[way]():
                model = factory()
        except (MemoryError, EOFError):
            raise  # no other device helps: out of memory, or reading a stdin there is none of
        except Exception as exc:  # noqa: BLE001 - user code
            if out_of_memory(exc):
                raise  # torch's allocator says it as a RuntimeError: not a model that needs arguments
            failures.append(f"{way}: {describe(exc)}")
            continue
        if not isinstance(model, nn.Module):
            raise BuildError(f"returned {type(model).__name__}, not a torch.nn.Module")
        return model, way
    raise BuildError(failures[-1].split(": ", 1)[1] if failures else "could not be built")


def out_of_memory(exc: BaseException) -> bool:
    """torch's ways of saying it could not allocate (CPU: a RuntimeError from its allocator; CUDA: OutOfMemoryError)."""
    oom = getattr(torch, "OutOfMemoryError", None)
    if isinstance(exc, MemoryError) or (oom is not None and isinstance(exc, oom)):
        return True
    text = str(exc)
    return isinstance(exc, RuntimeError) and ("can't allocate memory" in text or "out of memory" in text.lower())


def on_meta(model: nn.Module) -> bool:
    return any(t.device.type == "meta" for t in list(model.parameters()) + list(model.buffers()))
