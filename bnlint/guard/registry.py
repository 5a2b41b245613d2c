"""The guard's hooks: one global forward pre-hook and one forward hook on every nn.Module call, installed while
at least one guard is active and removed with the last one (no guard, no hook: zero cost).

Global hooks rather than hooks on each module: nothing of the guard is stored in the model, so a guarded model
still pickles (torch.save(model)) and deep-copies (EMA copies) as it would, and a module built after the guard
started (a model adopted by the pytest plugin, a layer added by surgery) is seen too. The index from module to
guard is weak: the guard keeps no model alive.

When torch is not imported yet (the pytest plugin, `python -m bnlint.run`), the hooks are installed by an
import hook right after torch's own import finishes.
"""

from __future__ import annotations

import importlib.abc
import sys
import threading
import weakref
from typing import Any, List, Optional

from bnlint.guard import backward, checks, functions
from bnlint.guard.state import BATCHNORM, DROPOUT, OTHER, Call, Entry, Tree, explicit_train

_index: "weakref.WeakKeyDictionary[Any, Entry]" = weakref.WeakKeyDictionary()
_guards: List[Any] = []
_local = threading.local()
_handles: Optional[tuple] = None
_finder: Optional["_TorchFinder"] = None
_lock = threading.RLock()
_mode_types: tuple = ()  # BatchNorm, dropout: the layers checked when they run
_built_types: tuple = ()  # layers whose behaviour follows the mode: BN005 when forward builds one


def kind_of(module: Any) -> int:
    if isinstance(module, _mode_types[0]):
        return BATCHNORM
    if isinstance(module, _mode_types[1]):
        return DROPOUT
    return OTHER


def register(tree: Tree) -> Optional[Entry]:
    """Index every module of the tree's root that no other tree holds; returns the root's entry."""
    root = tree.root
    if root is None:
        return None
    with _lock:
        for name, module in root.named_modules(remove_duplicate=True):
            entry = _index.get(module)
            # A model adopted by the pytest plugin or BNLINT_GUARD goes to a guard the user names for it.
            if entry is None or entry.tree.guard not in _guards or (entry.tree.guard.adopting and not tree.guard.adopting):
                _index[module] = Entry(tree, name, kind_of(module))
        return _index.get(root)


def unregister(guard: Any) -> None:
    with _lock:
        for module, entry in list(_index.items()):
            if entry.tree.guard is guard:
                del _index[module]


def is_known(module: Any) -> bool:
    return module in _index


def add(guard: Any) -> None:
    with _lock:
        _guards.append(guard)
        if len(_guards) == 1:
            _arm()


def remove(guard: Any) -> None:
    with _lock:
        if guard in _guards:
            _guards.remove(guard)
        unregister(guard)
        if not _guards:
            _disarm()


def installed() -> bool:
    """The global hooks are in place (or waiting for torch's import)."""
    return _handles is not None or _finder is not None


def _adopter() -> Any:
    for guard in _guards:
        if guard.adopting:
            return guard
    return None


# ------------------------------------------------------------------ the hooks
def _pre(module: Any, args: Any) -> None:
    entry = _index.get(module)
    stack = getattr(_local, "stack", None)
    if entry is None:
        if stack:
            if not isinstance(module, _built_types):
                return None
            entry = _unknown_inside(module, stack[-1])
        else:
            adopter = _adopter()
            entry = adopter.adopt(module) if adopter is not None else None
        if entry is None:
            return None
    if not stack:
        call = Call(entry, module, _torch_is_grad_enabled(), sys._getframe(1))
        if stack is None:
            stack = _local.stack = []
        stack.append(call)
        if not module.training:
            functions.enter(call)
    else:
        call = stack[-1]
        if call.module is module:
            call.depth += 1
    if entry.kind:
        checks.KINDS[entry.kind](module, entry, call)
    return None


def _post(module: Any, args: Any, output: Any) -> None:
    stack = getattr(_local, "stack", None)
    if not stack:
        return None
    call = stack[-1]
    if call.module is not module:
        return None
    if call.depth:
        call.depth -= 1
        return None
    stack.pop()
    if call.mode is not None:
        functions.leave(call)
    if call.grad and call.training:
        trained(call.tree)
    backward.finish(call, output)
    return None


def _unknown_inside(module: Any, call: Call) -> Optional[Entry]:
    """A BatchNorm or dropout that no guarded tree holds runs inside a guarded call: added to the model since
    it was indexed (index it again), or built in forward (BN005)."""
    tree = call.tree
    if tree.root is not None and "indexed again" not in call.done:
        call.done.add("indexed again")  # once a call: another model's layers (a teacher) would ask every time
        register(tree)
        entry = _index.get(module)
        if entry is not None:
            return entry
    checks.built_in_forward(module, call, is_known)
    return None


_torch_is_grad_enabled: Any = None  # torch.is_grad_enabled, once torch is there
_module_train: Any = None  # nn.Module.train as torch defines it, while ours stands in for it


def _train(self: Any, mode: bool = True) -> Any:
    """nn.Module.train while a guard is active: also notes on which module the user set train mode (not the
    children train() recurses into)."""
    outer = not getattr(_local, "in_train", False)
    _local.in_train = True
    try:
        result = _module_train(self, mode)
    finally:
        if outer:
            _local.in_train = False
    if outer:
        if mode:
            explicit_train[self] = True
        else:
            explicit_train.pop(self, None)
    return result


def trained(tree: Tree) -> None:
    """A training step of the tree: train mode is no longer a choice made for one forward pass."""
    for module in list(explicit_train.keys()):
        entry = _index.get(module)
        if entry is not None and entry.tree is tree:
            explicit_train.pop(module, None)


# ------------------------------------------------------------------ installing
def _arm() -> None:
    global _finder
    torch = sys.modules.get("torch")
    if torch is None or not hasattr(torch, "nn") or not hasattr(torch.nn, "Module"):
        if _finder is None:
            _finder = _TorchFinder()
            sys.meta_path.insert(0, _finder)
        return
    _install()


def _install() -> None:
    global _handles, _mode_types, _built_types, _torch_is_grad_enabled, _module_train
    if _handles is not None:
        return
    import torch
    from torch.nn.modules import module as torch_module
    from torch.nn.modules.batchnorm import _BatchNorm
    from torch.nn.modules.dropout import _DropoutNd

    _mode_types = (_BatchNorm, _DropoutNd)
    nn = torch.nn
    _built_types = _mode_types + (nn.modules.instancenorm._InstanceNorm, nn.RReLU, nn.modules.rnn.RNNBase,
                                  nn.MultiheadAttention)
    _torch_is_grad_enabled = torch.is_grad_enabled
    import warnings

    # The guard's hooks are meant to run on the compiled module and its original alike.
    warnings.filterwarnings("ignore", message=r"Using `torch.compile\(module\)` when there are global hooks")
    # torch.compile: dynamo runs the hooks as they are (a graph break) instead of tracing them into its graphs.
    disable = getattr(getattr(torch, "compiler", None), "disable", lambda fn, **kw: fn)
    _handles = (torch_module.register_module_forward_pre_hook(disable(_pre)),
                torch_module.register_module_forward_hook(disable(_post), always_call=True))
    _module_train = nn.Module.train
    _train.__doc__, _train.__wrapped__ = _module_train.__doc__, _module_train
    nn.Module.train = _train


def _disarm() -> None:
    global _handles, _finder
    if _finder is not None:
        if _finder in sys.meta_path:
            sys.meta_path.remove(_finder)
        _finder = None
    if _handles is not None:
        for handle in _handles:
            handle.remove()
        _handles = None
        nn = sys.modules["torch"].nn
        if nn.Module.train is _train:
            nn.Module.train = _module_train
        explicit_train.clear()
    _local.__dict__.pop("stack", None)


class _TorchFinder(importlib.abc.MetaPathFinder):
    """Installs the hooks as soon as `import torch` finishes (no sitecustomize, no .pth file)."""

    def find_spec(self, name, path=None, target=None):
        if name != "torch":
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                break
        else:
            return None
        if spec.loader is None:
            return None
        spec.loader = _ArmAfter(spec.loader)
        return spec


class _ArmAfter(importlib.abc.Loader):
    def __init__(self, loader):
        self.loader = loader

    def __getattr__(self, name):  # everything else (resources, is_package, ...) is the real loader's
        return getattr(self.loader, name)

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        self.loader.exec_module(module)
        global _finder
        with _lock:
            if _finder is not None and _finder in sys.meta_path:
                sys.meta_path.remove(_finder)
            _finder = None
            if _guards:
                _install()
