"""Whether a function returns its input perturbed by a random draw: the shape of a regulariser (BN003).

A regulariser (dropout, DropBlock, drop path, additive noise, stochastic depth) returns what it got, changed
elementwise by a random draw: masked and rescaled (`x * mask / keep`), with noise added (`x + noise`), or a
branch dropped at random (`return x` under a random test, else `x + f(x)`). That is what must be switched off
in eval mode. Where the draw is the output or shapes it instead (a sample from a distribution the module
computes, a random index, a loss's random mask, a reparameterised latent `mu + eps * std` of a layer's output)
the randomness is the method, and this says nothing.

Values are followed through the function's statements in order: names computed from the input (its data, through
any layer), names that carry the input itself (reshapes and slices of it, elementwise arithmetic with non-random
values), names holding pure randomness (a draw that reads the data at most for its shape: `rand_like(x)`, masks
made from it, scaled by constants or attributes), and names holding data perturbed: data combined elementwise
with pure randomness, then reaching the return through elementwise steps and reshapes only. Noise whose scale is
computed from the data (`mu + eps * std`) is a sample, not a perturbation; data perturbed and then passed
through a layer (quantile features, a gumbel sample fed on) is the method. Calls of the class's methods and the
file's functions are followed into, with the input mapped to the parameter it is passed as.
"""

from __future__ import annotations

import ast
from typing import Callable, Dict, List, Optional, Set, Tuple

from bnlint.source.analysis.perturbation_values import Perturbed, Values
from bnlint.source.semantic.nodes import walk

__all__ = ["InputPerturbation", "Perturbed"]

Function = Tuple[ast.AST, Optional[str]]  # (function node, name of its self parameter or None)


class InputPerturbation:
    """random_call(call, owner): the call draws random numbers (itself or through what it calls);
    rescaling_op(call): a library dropout-family op that drops in train mode (F.dropout(..., training=...));
    callee(call, owner): the (function, self parameter) of the class or file the call runs, if any;
    qualname(node): the import-resolved name of a call's function."""

    def __init__(self, random_call: Callable[[ast.Call, Optional[str]], bool],
                 rescaling_op: Callable[[ast.Call], bool],
                 callee: Callable[[ast.Call, Optional[str]], Optional[Function]],
                 qualname: Callable[[ast.AST], Optional[str]]):
        self.random_call, self.rescaling_op, self.callee, self.qualname = random_call, rescaling_op, callee, qualname
        self._memo: Dict[Tuple[int, str], Optional[Perturbed]] = {}
        self._busy: Set[Tuple[int, str]] = set()

    def of(self, func: ast.AST, owner: Optional[str], params: List[str]) -> Optional[Perturbed]:
        """How func returns data from `params` perturbed at random, or None."""
        key = (id(func), ",".join(params))
        if key in self._memo:
            return self._memo[key]
        if key in self._busy:
            return None
        self._busy.add(key)
        try:
            found = Values(self, func, owner, params).run()
        finally:
            self._busy.discard(key)
        self._memo[key] = found
        return found

    def pure_random_result(self, func: ast.AST, owner: Optional[str], data: List[str]) -> bool:
        """func returns randomness that reads the parameters `data` (those passed data) for their shape only."""
        key = (id(func), "<pure>" + ",".join(sorted(data)))
        if key in self._memo:
            return self._memo[key] is not None
        if key in self._busy:
            return False
        self._busy.add(key)
        try:
            values = Values(self, func, owner, data)
            values._fixpoint()
            returns = [n.value for n in walk(func) if isinstance(n, ast.Return) and n.value is not None]
            pure = bool(returns) and all(values._pure_random(r) for r in returns)
        finally:
            self._busy.discard(key)
        self._memo[key] = Perturbed("random", func) if pure else None
        return pure


