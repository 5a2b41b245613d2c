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
from dataclasses import dataclass
from typing import Callable, Dict, List, Optional, Set, Tuple

from bnlint.source.semantic.nodes import walk
from bnlint.torch_api import PASS_THROUGH_METHODS

ELEMENTWISE = (ast.Mult, ast.Div, ast.Add, ast.Sub, ast.FloorDiv)
# Calls that turn a draw into a 0/1 mask.
MASK_MAKERS = {"bernoulli", "bernoulli_", "floor", "floor_", "round", "round_", "lt", "le", "gt", "ge"}
MASKING_OPS = (ast.Mult, ast.Div, ast.FloorDiv)
# Tensor methods that combine the receiver elementwise with their argument, in place or not.
COMBINING_METHODS = {"mul": "mask", "mul_": "mask", "div": "mask", "div_": "mask", "masked_fill": "mask",
                     "masked_fill_": "mask", "add": "noise", "add_": "noise", "sub": "noise", "sub_": "noise",
                     "addcmul": "noise", "addcmul_": "noise"}
KEEPING_CALLS = {"torch.flatten", "torch.reshape", "torch.squeeze", "torch.unsqueeze", "torch.transpose",
                 "torch.permute"}

Function = Tuple[ast.AST, Optional[str]]  # (function node, name of its self parameter or None)


@dataclass(frozen=True)
class Perturbed:
    kind: str  # "mask" (masked or rescaled), "noise" (added), "branch" (a branch dropped at random)
    at: ast.AST  # the return that shows it


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
            found = _Values(self, func, owner, params).run()
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
            values = _Values(self, func, owner, data)
            values._fixpoint()
            returns = [n.value for n in walk(func) if isinstance(n, ast.Return) and n.value is not None]
            pure = bool(returns) and all(values._pure_random(r) for r in returns)
        finally:
            self._busy.discard(key)
        self._memo[key] = Perturbed("random", func) if pure else None
        return pure


# In-place fills that overwrite a tensor with random values: the tensor gives only its shape.
RANDOM_FILLS = {"normal_", "uniform_", "random_", "exponential_", "geometric_", "cauchy_", "log_normal_",
                "bernoulli_"}
# Reads of a tensor that use only its shape, type or device: a draw shaped like the data is still pure randomness.
SHAPE_READS = {"shape", "size", "dim", "ndim", "device", "dtype", "new_empty", "new_zeros", "new_ones", "new_full",
               "numel", "type"}


class _Values:
    """One pass over one function: data, input, random and perturbed names."""

    def __init__(self, outer: InputPerturbation, func: ast.AST, owner: Optional[str], params: List[str]):
        self.outer, self.func, self.owner = outer, func, owner
        self.inputs: Set[str] = set(params)  # the inputs themselves, reshaped or scaled
        self.data: Set[str] = set(params)  # anything computed from the inputs
        self.perturbed: Dict[str, str] = {}  # name -> kind
        self.randoms: Set[str] = set()  # names holding pure randomness
        self.masks: Set[str] = set()  # names holding a 0/1 mask made from a draw
        self.statements = sorted((n for n in walk(func) if isinstance(n, ast.stmt) and n is not func),
                                 key=lambda n: (n.lineno, n.col_offset))
        self.parents = {c: p for p in walk(func) for c in ast.iter_child_nodes(p)}

    def run(self) -> Optional[Perturbed]:
        self._fixpoint()
        found: Optional[Perturbed] = None
        for stmt in self.statements:
            if isinstance(stmt, (ast.Assign, ast.AnnAssign)) and stmt.value is not None:
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                if len(targets) == 1 and isinstance(targets[0], ast.Name):
                    self._bind(targets[0].id, stmt.value)
            elif isinstance(stmt, ast.AugAssign) and isinstance(stmt.target, ast.Name):
                name = stmt.target.id
                if name in self.data and isinstance(stmt.op, ELEMENTWISE) and self._pure_random(stmt.value):
                    self.perturbed[name] = "mask" if isinstance(stmt.op, MASKING_OPS) else "noise"
            elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
                call = stmt.value
                f = call.func
                if (isinstance(f, ast.Attribute) and f.attr in COMBINING_METHODS and isinstance(f.value, ast.Name)
                        and f.value.id in self.data and any(self._pure_random(a) for a in call.args)):
                    self.perturbed[f.value.id] = COMBINING_METHODS[f.attr]
            elif isinstance(stmt, ast.Return) and stmt.value is not None and found is None:
                found = self._returned(stmt)
        return found

    def _fixpoint(self) -> None:
        """Data names and pure random names, to a fixed point over every assignment of the function."""
        changed = True
        while changed:
            changed = False
            for stmt in self.statements:
                if not (isinstance(stmt, (ast.Assign, ast.AnnAssign, ast.AugAssign)) and stmt.value is not None):
                    continue
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                names = {n.id for t in targets for n in walk(t) if isinstance(n, ast.Name)}
                if self._reads_data(stmt.value) and names - self.data:
                    self.data |= names
                    changed = True
                if self._pure_random(stmt.value) and names - self.randoms - self.data:
                    self.randoms |= names - self.data
                    changed = True
                if self._pure_random(stmt.value) and self._masked(stmt.value) and names - self.masks - self.data:
                    self.masks |= names - self.data
                    changed = True

    def _bind(self, name: str, value: ast.AST) -> None:
        kind = self._perturbed(value)
        if kind is not None:
            self.perturbed[name] = kind
        else:
            self.perturbed.pop(name, None)
        if self._carries(value):
            self.inputs.add(name)
        else:
            self.inputs.discard(name)

    def _returned(self, stmt: ast.Return) -> Optional[Perturbed]:
        value = stmt.value
        kind = self._perturbed(value)
        if kind is not None:
            return Perturbed(kind, stmt)
        if isinstance(value, ast.IfExp) and self._random(value.test) and (
                self._carries(value.body) or self._carries(value.orelse)):
            return Perturbed("branch", stmt)
        if self._carries(value) and self._under_random_test(stmt):
            return Perturbed("branch", stmt)
        return None

    def _under_random_test(self, node: ast.AST) -> bool:
        parent = self.parents.get(node)
        while parent is not None and parent is not self.func:
            if isinstance(parent, (ast.If, ast.While)) and self._random(parent.test):
                return True
            parent = self.parents.get(parent)
        return False

    # ------------------------------------------------------------------ values
    def _random(self, node: ast.AST) -> bool:
        for n in walk(node):
            if isinstance(n, ast.Name) and n.id in self.randoms:
                return True
            if isinstance(n, ast.Call) and self.outer.random_call(n, self.owner):
                return True
        return False

    def _reads_data(self, node: ast.AST) -> bool:
        """node reads the data's values (not only its shape, type or device)."""
        todo = [node]
        while todo:
            n = todo.pop()
            if isinstance(n, ast.Name) and n.id in self.data and not self._shape_read(n):
                return True
            if isinstance(n, ast.Call) and self._random_helper(n):
                continue  # a helper that draws shaped like its arguments
            todo.extend(ast.iter_child_nodes(n))
        return False

    def _shape_read(self, name: ast.Name) -> bool:
        """The name is read for its shape only: `x.shape`, `torch.rand_like(x)`, `len(x)`, or as the tensor an
        in-place random fill overwrites (`x.clone().normal_()`)."""
        node, parent = name, self.parents.get(name)
        if isinstance(parent, ast.Attribute) and parent.value is node and parent.attr in SHAPE_READS:
            return True
        if isinstance(parent, ast.Call) and node in parent.args:
            qualname = self.outer.qualname(parent.func) or ""
            return qualname.endswith("_like") or (isinstance(parent.func, ast.Name) and parent.func.id == "len")
        while (isinstance(parent, ast.Attribute) and parent.value is node and isinstance(self.parents.get(parent), ast.Call)
               and self.parents[parent].func is parent):
            if parent.attr in RANDOM_FILLS:
                return True
            if parent.attr not in PASS_THROUGH_METHODS:
                return False
            node = self.parents[parent]
            parent = self.parents.get(node)
        return False

    def _random_helper(self, call: ast.Call) -> bool:
        """A call of a method of the class or a function of the file that returns randomness, reading what it is
        passed for its shape only (`self._mask(x)` that returns `torch.rand_like(x) > p`)."""
        found = self.outer.callee(call, self.owner)
        if found is None:
            return False
        func, owner = found
        return self.outer.pure_random_result(func, owner, self._data_parameters(call, func, owner))

    def _pure_random(self, node: ast.AST) -> bool:
        """Random, and reading the data at most for its shape: a mask or noise independent of the values."""
        return self._random(node) and not self._reads_data(node)

    def _carries(self, e: ast.AST) -> bool:
        """e is the input, or made from it elementwise without randomness (reshapes, slices, `x * 2`)."""
        if isinstance(e, ast.Name):
            return e.id in self.inputs
        if isinstance(e, ast.Attribute) and e.attr == "data":
            return self._carries(e.value)
        if isinstance(e, ast.Subscript):
            return self._carries(e.value)
        if isinstance(e, ast.UnaryOp):
            return self._carries(e.operand)
        if isinstance(e, ast.BinOp) and isinstance(e.op, ELEMENTWISE):
            return ((self._carries(e.left) and not self._random(e.right))
                    or (self._carries(e.right) and not self._random(e.left)))
        if isinstance(e, ast.Call):
            f = e.func
            if isinstance(f, ast.Attribute) and f.attr in PASS_THROUGH_METHODS and self.outer.qualname(f) is None:
                return self._carries(f.value)
            if self.outer.qualname(f) in KEEPING_CALLS and e.args:
                return self._carries(e.args[0])
        return False

    def _perturbed(self, e: ast.AST) -> Optional[str]:
        """The kind of random change when e is data changed elementwise by pure randomness, else None."""
        if isinstance(e, ast.Name):
            return self.perturbed.get(e.id)
        if isinstance(e, (ast.Subscript, ast.UnaryOp)) or (isinstance(e, ast.Attribute) and e.attr == "data"):
            return self._perturbed(e.value if not isinstance(e, ast.UnaryOp) else e.operand)
        if isinstance(e, ast.BinOp) and isinstance(e.op, ELEMENTWISE):
            return self._perturbed_arithmetic(e)
        if isinstance(e, ast.Call):
            return self._perturbed_call(e)
        return None

    def _perturbed_arithmetic(self, e: ast.BinOp) -> Optional[str]:
        left, right = e.left, e.right
        pl, pr = self._perturbed(left), self._perturbed(right)
        if pl is not None and not self._reads_data(right):
            return pl  # `(x * mask) / keep`, `(x + noise) * 2`
        if pr is not None and not self._reads_data(left):
            return pr
        if ((self._reads_data(left) and self._pure_random(right))
                or (self._pure_random(left) and self._reads_data(right))):
            return "mask" if isinstance(e.op, MASKING_OPS) else "noise"
        if isinstance(e.op, MASKING_OPS):
            return None
        # data + (data perturbed): drop path on a residual branch (`x + f(x) * mask`) and Uout (`x + x * r`) are
        # regularisers; a location plus scaled Gaussian noise (`mu + std * eps`) is a sample.
        for side, other, perturbed in ((right, left, pr), (left, right, pl)):
            if perturbed is not None and (self._masked(side) or self._scales(side, other)):
                return "noise" if not self._masked(side) else "mask"
        return None

    def _masked(self, e: ast.AST) -> bool:
        """e involves a 0/1 mask made from a draw (a comparison, `bernoulli`, a floor), or a library dropout."""
        for n in walk(e):
            if isinstance(n, ast.Compare) and self._random(n):
                return True
            if isinstance(n, ast.Name) and n.id in self.masks:
                return True
            if isinstance(n, ast.Call):
                f = n.func
                name = f.attr if isinstance(f, ast.Attribute) else (self.outer.qualname(f) or "").rsplit(".", 1)[-1]
                if name in MASK_MAKERS and self._random(n):
                    return True
                if self.outer.rescaling_op(n):
                    return True
        return False

    @staticmethod
    def _scales(perturbed: ast.AST, base: ast.AST) -> bool:
        """`x * r` beside `x`: the same data scaled by randomness (Uout's `x + x * r`)."""
        text = ast.dump(base)
        return isinstance(perturbed, ast.BinOp) and isinstance(perturbed.op, ast.Mult) and text in (
            ast.dump(perturbed.left), ast.dump(perturbed.right))

    def _perturbed_call(self, call: ast.Call) -> Optional[str]:
        f = call.func
        qualname = self.outer.qualname(f)
        if isinstance(f, ast.Attribute) and qualname is None:
            if f.attr in PASS_THROUGH_METHODS:
                return self._perturbed(f.value)
            if f.attr in COMBINING_METHODS:
                inner = self._perturbed(f.value)
                if inner is not None:
                    return inner
                if self._reads_data(f.value) and any(self._pure_random(a) for a in call.args):
                    return COMBINING_METHODS[f.attr]
        if qualname in KEEPING_CALLS and call.args:
            return self._perturbed(call.args[0])
        if qualname == "torch.where" and len(call.args) == 3:
            if self._pure_random(call.args[0]) and any(self._reads_data(a) for a in call.args[1:]):
                return "mask"
        if self.outer.rescaling_op(call) and call.args and self._reads_data(call.args[0]):
            return "mask"  # a library dropout-family op applied to the data
        return self._through_call(call)

    def _through_call(self, call: ast.Call) -> Optional[str]:
        found = self.outer.callee(call, self.owner)
        if found is None:
            return None
        func, owner = found
        params = self._data_parameters(call, func, owner)
        result = self.outer.of(func, owner, params) if params else None
        return result.kind if result is not None else None

    def _data_parameters(self, call: ast.Call, func: ast.AST, owner: Optional[str]) -> List[str]:
        """The parameters of func that this call passes data to."""
        positional = [a.arg for a in func.args.posonlyargs + func.args.args][1 if owner else 0:]
        params = [p for p, a in zip(positional, call.args)
                  if not isinstance(a, ast.Starred) and any(isinstance(n, ast.Name) and n.id in self.data
                                                              for n in walk(a))]
        params += [k.arg for k in call.keywords
                   if k.arg and any(isinstance(n, ast.Name) and n.id in self.data for n in walk(k.value))]
        return params
