"""What the guard keeps while a model runs: the guarded trees, one entry per module, and one record per
outermost guarded forward call on a thread."""

from __future__ import annotations

import weakref
from types import FrameType
from typing import Any, Dict, Optional, Set, Tuple

OTHER, BATCHNORM, DROPOUT = 0, 1, 2

# Modules put in train mode by an explicit train() call with no training step since (while a guard is active):
# train mode on purpose, as for recomputing BatchNorm statistics under no_grad (torch.optim.swa_utils.update_bn).
explicit_train: "weakref.WeakKeyDictionary[Any, bool]" = weakref.WeakKeyDictionary()


class Tree:
    """A guarded model. The root is held weakly: the index's keys are the modules themselves."""

    __slots__ = ("guard", "_root", "trained", "reported_forwards", "__weakref__")

    def __init__(self, guard: Any, root: Any):
        self.guard = guard
        self._root = weakref.ref(root)
        self.trained = False  # a forward ran in train mode with gradients on: the model is meant to train
        self.reported_forwards: Set[Tuple[str, int]] = set()  # BN103 already reported for these forward sites

    @property
    def root(self) -> Any:
        return self._root()

    @property
    def reporter(self) -> Any:
        return self.guard.reporter


class Entry:
    """One module of a guarded tree: its qualified name there and what kind of layer it is."""

    __slots__ = ("tree", "name", "kind")

    def __init__(self, tree: Tree, name: str, kind: int):
        self.tree, self.name, self.kind = tree, name, kind


class Call:
    """The outermost guarded forward call on this thread, from its pre-hook to its forward hook."""

    __slots__ = ("entry", "module", "grad", "training", "frame", "depth", "mode", "done", "eval_bn", "frozen")

    def __init__(self, entry: Entry, module: Any, grad: bool, frame: Optional[FrameType]):
        self.entry = entry
        self.module = module
        self.grad = grad  # gradients on when the call began: a training step rather than inference
        self.training = module.training
        self.frame = frame  # torch's frame that called the module: the user's is above it
        self.depth = 0  # the same module called again inside its own forward
        self.mode: Any = None  # the TorchFunctionMode watching functional calls (eval-mode calls only)
        self.done: Set[Any] = set()  # findings already made in this call
        self.eval_bn: Any = None  # a BatchNorm that ran in eval mode with gradients on (BN103)
        self.frozen: Dict[str, bool] = {}  # sub-module name -> all its parameters frozen (BN202)

    @property
    def tree(self) -> Tree:
        return self.entry.tree

    def relative(self, name: str) -> str:
        """A name of the tree, relative to the module this call runs (a sub-module called on its own)."""
        base = self.entry.name
        if not base:
            return name
        return name[len(base) + 1:] if name.startswith(base + ".") else ("" if name == base else name)
