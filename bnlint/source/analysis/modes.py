"""Mode states: what the mode interpreter (bnlint.source.analysis.interpreter) knows at one point of a scope.

A ModeState is one consistent guess of
- the mode of each model reference (`model`, `self.net`, `args.model.backbone`) that was changed
  in this scope: eval, train, pretrained (eval because `from_pretrained` returns it so), unknown,
  or `entry:<ref>`, "whatever the caller left it in";
- the grad mode stack (`with torch.no_grad():` pushes off, leaving the block pops);
- flags saved from a model (`was_training = model.training`), so `model.train(was_training)`
  restores the mode instead of guessing;
- branch conditions taken on the way (`phase == 'train'`), so that a later `if phase == 'train':`
  follows only the branch consistent with the earlier one (the classic train/val phase loop).

The interpreter keeps a set of them (States) rather than one merged state: "eval() on every path
before it" needs to know that some path reaches a forward in train mode, and the phase loop needs
correlated branches. Sets are capped (MAX_STATES); beyond that they are merged, with disagreeing
values becoming unknown, and unknown never produces a finding.
"""

from __future__ import annotations

import ast
import functools
from dataclasses import dataclass, field, replace
from typing import Dict, FrozenSet, Iterable, Optional, Set, Tuple

from bnlint.source.semantic.nodes import walk

EVAL, TRAIN, UNKNOWN, PRETRAINED = "eval", "train", "unknown", "pretrained"
ON, OFF = "on", "off"  # grad mode (also UNKNOWN and GRAD_ENTRY)
GRAD_ENTRY = "entry:"  # the grad mode the scope was entered with
MAX_STATES = 48


def entry(ref: str) -> str:
    return "entry:" + ref


def entry_ref(value: str) -> Optional[str]:
    """`model` for 'entry:model', None for a concrete value."""
    return value[6:] if value.startswith("entry:") else None


@dataclass(frozen=True)
class ModeState:
    """One consistent guess of modes, grad mode, saved flags and branch facts (see the module docstring)."""

    modes: Tuple[Tuple[str, str], ...] = ()  # sorted (ref, value); `ref.*` = every sub-module of ref
    grad: Tuple[str, ...] = (GRAD_ENTRY,)
    saved: Tuple[Tuple[str, str], ...] = ()  # variable holding a model's `.training` -> that mode
    facts: FrozenSet[Tuple[str, bool]] = frozenset()

    def mode(self, ref: str) -> str:
        """Mode of `ref`: its own entry, else the nearest changed parent's (eval() is recursive)."""
        table = dict(self.modes)
        parts = ref.split(".")
        for i in range(len(parts), 0, -1):
            key = ".".join(parts[:i])
            if i < len(parts) and key + ".*" in table:
                return table[key + ".*"]
            if key in table:
                return table[key]
        return entry(ref)

    def set_mode(self, ref: str, value: str) -> "ModeState":
        """`ref.eval()`: ref and everything below it take the value."""
        kept = [(k, v) for k, v in self.modes if k != ref and not k.startswith(ref + ".")]
        return replace(self, modes=tuple(sorted(kept + [(ref, value)])))

    def set_below(self, ref: str, value: str) -> "ModeState":
        """Every sub-module of ref (not ref itself) takes the value: `ref.apply(set_bn_eval)`."""
        kept = [(k, v) for k, v in self.modes if not k.startswith(ref + ".")]
        return replace(self, modes=tuple(sorted(kept + [(ref + ".*", value)])))

    def push_grad(self, value: Optional[str]) -> "ModeState":
        return replace(self, grad=self.grad + (value or self.grad[-1],))

    def pop_grad(self, n: int) -> "ModeState":
        return replace(self, grad=self.grad[: max(1, len(self.grad) - n)])

    def set_grad(self, value: str) -> "ModeState":
        return replace(self, grad=self.grad[:-1] + (value,))

    def save(self, var: str, value: Optional[str]) -> "ModeState":
        kept = [(k, v) for k, v in self.saved if k != var]
        return replace(self, saved=tuple(sorted(kept + ([(var, value)] if value else []))))

    def saved_value(self, var: str) -> Optional[str]:
        return dict(self.saved).get(var)

    def forget(self, names: Set[str]) -> "ModeState":
        """Assigning a name invalidates facts that mention it and a flag saved in it."""
        facts = frozenset(f for f in self.facts if not (_names_in(f[0]) & names))
        saved = tuple((k, v) for k, v in self.saved if k not in names)
        if facts == self.facts and saved == self.saved:
            return self
        return replace(self, facts=facts, saved=saved)


States = FrozenSet[ModeState]


@functools.lru_cache(maxsize=4096)  # asked for every fact of every path at each assignment
def _names_in(text: str) -> FrozenSet[str]:
    try:
        return frozenset(n.id for n in walk(ast.parse(text, mode="eval")) if isinstance(n, ast.Name))
    except SyntaxError:  # pragma: no cover - facts are unparsed expressions
        return frozenset()


def cap(states: Iterable[ModeState]) -> States:
    """At most MAX_STATES states: first forget branch facts, then merge (disagreements -> unknown)."""
    states = frozenset(states)
    if len(states) <= MAX_STATES:
        return states
    states = frozenset(replace(p, facts=frozenset()) for p in states)
    if len(states) <= MAX_STATES:
        return states
    return frozenset([merge(states)])


def merge(states: Iterable[ModeState]) -> ModeState:
    states = list(states)
    keys = sorted({k for p in states for k, _ in p.modes})
    tables = [dict(p.modes) for p in states]
    modes = []
    for k in keys:
        values = {t.get(k) for t in tables}
        modes.append((k, values.pop() if len(values) == 1 and None not in values else UNKNOWN))
    depth = max(len(p.grad) for p in states)
    grads = {p.grad for p in states}
    grad = grads.pop() if len(grads) == 1 else (UNKNOWN,) * depth
    saved = set.intersection(*(set(p.saved) for p in states))
    return ModeState(tuple(modes), grad, tuple(sorted(saved)), frozenset())


@dataclass
class ScopeFlow:
    """What the interpreter learnt about one scope."""

    at: Dict[ast.AST, States] = field(default_factory=dict)  # state just before each call (and yield)
    exits: States = frozenset()  # state when the scope returns (normally)
    failed: bool = False  # too deep to follow: no findings inside, effects unknown


def train_call_mode(call: ast.Call) -> Optional[str]:
    """Mode after `x.train(...)`: TRAIN or EVAL for no argument or a literal flag, UNKNOWN for another flag; None when
    the call cannot be Module.train (gensim's train(sentences))."""
    args = list(call.args) + [k.value for k in call.keywords]
    if not args:
        return TRAIN
    if len(args) > 1 or any(k.arg != "mode" for k in call.keywords):
        return None
    flag = args[0]
    if isinstance(flag, ast.Constant) and isinstance(flag.value, bool):
        return TRAIN if flag.value else EVAL
    return UNKNOWN
