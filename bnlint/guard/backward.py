"""BN103 at run time: a backward pass through a forward that ran with BatchNorm in eval mode, in a model that
trained in train mode before (so eval() was called and train() was not called again).

Only a backward that trains counts: gradients flowing into the model's parameters (`loss.backward()`), not
`torch.autograd.grad(loss, inputs)` for an adversarial example or a saliency map, which runs in eval mode
on purpose.
"""

from __future__ import annotations

from typing import Any, Optional, Tuple

from bnlint.guard import frames, messages
from bnlint.guard.state import Call, Tree

Location = Optional[Tuple[str, int]]


def finish(call: Call, output: Any) -> None:
    """At the end of an outermost guarded call: remember a training forward, or watch the backward of an
    eval-mode forward with gradients on."""
    if not call.grad:
        return
    tree = call.tree
    if call.training:
        tree.trained = True
        return
    if call.eval_bn is None or not tree.trained or output is None:
        return
    if tree.reporter.allowed("BN103", call.entry.name, call.module) or frames.driven_by_bnlint(call.frame):
        return
    forward = frames.location(call.frame)
    if forward in tree.reported_forwards:
        return
    from bnlint.graph.running import tensors_of

    outputs = [t for t in tensors_of(_plain(output)) if t.requires_grad]
    if not outputs:
        return
    hook = BackwardWatch(tree, forward, frames.called_as(call.frame, call.module),
                         _accumulator(call.eval_bn, call.module))
    for t in outputs:
        t.register_hook(hook)


def _plain(output: Any) -> Any:
    """Model outputs that are dataclasses or named tuples (Hugging Face's ModelOutput is a dict)."""
    if hasattr(output, "__dataclass_fields__") and not isinstance(output, dict):
        return [getattr(output, f) for f in output.__dataclass_fields__]
    return output


def _accumulator(bn: Any, model: Any) -> Any:
    """The node that accumulates the gradient of a trainable parameter the forward used: whether the backward
    reaches it tells a training step from a gradient taken with respect to the inputs."""
    import torch

    candidates = [bn.weight] if bn.weight is not None and bn.weight.requires_grad else []
    candidates += [p for p in model.parameters() if p.requires_grad][:1]
    for p in candidates:
        with torch.enable_grad():
            grad_fn = p.view_as(p).grad_fn
        if grad_fn is not None and grad_fn.next_functions:
            return grad_fn.next_functions[0][0]
    return None


class BackwardWatch:
    """A tensor hook on the eval-mode forward's outputs: it runs when a backward pass goes through them."""

    def __init__(self, tree: Tree, forward: Location, ref: str, accumulator: Any):
        self.tree, self.forward, self.ref, self.accumulator = tree, forward, ref, accumulator
        self.fired = False

    def __call__(self, grad: Any) -> None:
        if self.fired or self.forward in self.tree.reported_forwards:
            return None
        self.fired = True
        if self.accumulator is None or not _trains(self.accumulator):
            return None
        self.tree.reported_forwards.add(self.forward)
        here = frames.here()  # the backward() call, where the engine runs on the caller's thread (CPU)
        related = [(self.forward, f"the forward pass ran here with `{self.ref}` in eval mode")]
        self.tree.reporter.emit("BN103", messages.train_mode_not_restored(self.ref), here or self.forward,
                                related if here else ())
        return None


def _trains(accumulator: Any) -> bool:
    import torch

    will_execute = getattr(torch._C, "_will_engine_execute_node", None)
    if will_execute is None:
        return True
    try:
        return bool(will_execute(accumulator))
    except RuntimeError:
        return True
