"""The guard's messages: the static rules' wording (bnlint.source.rules), said of what happened at run time."""

from __future__ import annotations

from typing import List, Optional


def layers(names: List[str], labels: List[str]) -> str:
    """`bn1` (BatchNorm2d) and 52 more layers."""
    if not names:
        return "its layers"
    first = f"`{names[0]}` ({labels[0]})" if names[0] else f"the model itself ({labels[0]})"
    more = len(names) - 1
    return first + (f" and {more} more layer{'s' if more != 1 else ''}" if more else "")


def inference_without_eval(ref: str, why: str, training: str, root_training: bool) -> str:
    """BN101, as bnlint.source.rules.bn101 words it."""
    if root_training:
        return (f"`{ref}` runs for inference ({why}) without `{ref}.eval()` before it: it is still in train mode "
                f"({training} training), so BatchNorm normalises with batch statistics and dropout stays on; "
                f"call `{ref}.eval()` first")
    return (f"`{ref}` runs for inference ({why}) with {training} still in train mode (`{ref}.training = False` "
            f"and the eval() of another part do not reach it), so BatchNorm normalises with batch statistics and "
            f"updates its running statistics; call `{ref}.eval()` first")


def train_mode_not_restored(ref: str) -> str:
    """BN103."""
    return (f"`{ref}` reaches this training step in eval mode: it trained in train mode before, was switched to "
            f"eval, and no `{ref}.train()` ran before this backward pass, so it trains with BatchNorm statistics "
            f"frozen and dropout off; call `{ref}.train()` at the top of the loop body")


def frozen_batchnorm(part: str, bn: str, count: int) -> str:
    """BN202."""
    where = f"this forward pass updates the running statistics of `{bn}`" + (
        f" and {count - 1} more BatchNorm layer{'s' if count > 2 else ''}" if count > 1 else "")
    if part.count(".") >= 1:
        remedy = f"call `{part}.eval()` after each `{part.split('.')[0]}.train()`, or override `train()` to do it"
    else:
        remedy = (f"after each `{part}.train()`, put its BatchNorm layers back in eval mode (`for m in {part}.modules(): "
                  f"if isinstance(m, nn.modules.batchnorm._BatchNorm): m.eval()`), or override `train()` to do it")
    return (f"`{part}` is frozen (requires_grad=False) but still in train mode when the model trains ({where}): "
            f"freezing stops gradients, not BatchNorm, whose running_mean/running_var keep moving with every batch "
            f"and which normalises with batch statistics; {remedy}")


def functional_dropout(shown: str, param: str, owner: Optional[str], module: Optional[str]) -> str:
    """BN002."""
    hint = (f"pass `{param}={owner}.training`" if owner else
            f"pass `{param}=` the model's training flag (or `{param}=True` if dropout at inference is intended)")
    where = f" (`{module}` is in eval mode here)" if module else ""
    return f"`{shown}` without `{param}=` defaults to {param}=True: dropout stays on after model.eval(){where}; {hint}"


def attention_dropout(value: float, owner: Optional[str], module: Optional[str]) -> str:
    """BN004."""
    where = f" (`{module}` is in eval mode here)" if module else ""
    head = (f"`F.scaled_dot_product_attention` applies `dropout_p={value:g}` in eval mode too: unlike nn.Dropout it "
            f"does not follow model.eval(), so attention weights stay random at inference{where}")
    if owner:
        return f"{head}; pass `dropout_p=(p if {owner}.training else 0.0)`"
    return f"{head}; pass 0.0 when not training"


def stochastic_op(cls: str, draw: str, line: int, owner: str, function: str) -> str:
    """BN003."""
    inside = f" in `{function}`" if function not in ("forward", "<module>") else ""
    return (f"`{cls}.forward` draws random numbers ({draw}{inside} at line {line}) but never reads "
            f"`{owner}.training`: it stays random after model.eval() (it drew in eval mode here, so two eval "
            f"passes differ); return the input when not training, or state the intent with "
            f"`bnlint.mc_dropout()`")


def built_in_forward(built: str, layer: str) -> str:
    """BN005, as bnlint.source.rules.bn005 words it."""
    if "Drop" in layer:
        effect = "dropout stays on at inference"
    elif "Norm" in layer:
        effect = "it normalises with the batch's statistics at inference"
    else:
        effect = "it behaves as in training at inference"
    return (f"`{built}` is built while the model runs, so it is a new module in training mode at every call: it "
            f"never follows model.eval() ({effect}); build it once in `__init__` (`self.layer = {layer}(...)`) and "
            f"call that")
