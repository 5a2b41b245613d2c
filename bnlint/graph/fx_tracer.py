"""The torch.fx tracer bnlint traces with: it records where each node comes from, can be told to treat
submodules as leaves and to take data-dependent branches one fixed way, and remembers which submodule's
forward failed."""

from __future__ import annotations

from typing import List, Optional

import torch
from torch import fx, nn

from bnlint.graph.frames import Location, user_frame

MAX_DECISIONS = 256


def join(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix and name else prefix or name


class ControlFlow(fx.proxy.TraceError):
    """A traced value decided an `if` or `while`."""


# Tensor factories called with traced sizes (`torch.rand(x.shape[0], 1, 1, 1)`, `torch.zeros(x.size(0), h)`)
# become graph nodes instead of failing.
FACTORIES = tuple(getattr(torch, n) for n in ("rand", "randn", "randint", "randperm", "empty", "zeros", "ones",
                                               "full", "arange") if hasattr(torch, n))


class GraphTracer(fx.Tracer):
    """fx.Tracer that records where each node comes from, can be told to treat submodules as leaves and to
    take data-dependent branches one fixed way, and remembers which submodule's forward failed."""

    def __init__(self, leaves=(), branch: Optional[bool] = None):
        super().__init__(autowrap_functions=FACTORIES)
        self._autowrap_search.append(torch)  # patches only FACTORIES in torch's namespace, while tracing
        self.leaves = frozenset(leaves)
        self.branch = branch
        self.branch_sites: List[Location] = []
        self.failed_path: Optional[str] = None

    def is_leaf_module(self, m: nn.Module, module_qualified_name: str) -> bool:
        return (module_qualified_name in self.leaves or super().is_leaf_module(m, module_qualified_name)
                or type(m).__module__ == "bnlint.nn")  # Uout: follows the mode, no variance shift

    def call_module(self, m, forward, args, kwargs):
        try:
            return super().call_module(m, forward, args, kwargs)
        except Exception:
            if self.failed_path is None:  # the innermost module sees the exception first
                try:
                    self.failed_path = self.path_of_module(m)
                except NameError:
                    self.failed_path = ""
            raise

    def create_node(self, *args, **kwargs):
        node = super().create_node(*args, **kwargs)
        node.meta["bnlint_loc"] = user_frame(2)
        return node

    def to_bool(self, obj) -> bool:
        if self.branch is None:
            raise ControlFlow("a traced value decides control flow (if/while on tensor values)")
        if len(self.branch_sites) >= MAX_DECISIONS:
            raise ControlFlow("a loop on traced values does not end when every branch is taken one way")
        self.branch_sites.append(user_frame(2))
        return self.branch
