"""The values of one function as bnlint.source.analysis.perturbation follows them: which names hold data, the input
itself, pure randomness, a 0/1 mask, or data perturbed at random, statement by statement."""

from __future__ import annotations

import ast
from dataclasses import dataclass
from typing import Dict, List, Optional, Set

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
# What may follow a perturbation of the input and still leave the input when the perturbation is off.
IDENTITY_METHODS = {"clone", "contiguous"}
KEEPING_CALLS = {"torch.flatten", "torch.reshape", "torch.squeeze", "torch.unsqueeze", "torch.transpose",
                 "torch.permute"}

@dataclass(frozen=True)
class Perturbed:
    kind: str  # "mask" (masked or rescaled), "noise" (added), "branch" (a branch dropped at random)
    at: ast.AST  # the return that shows it
    # What is perturbed is the input itself (reshaped at most), not what layers computed from it: with the
    # random part off, forward would return its input.
    of_input: bool = False


# In-place fills that overwrite a tensor with random values: the tensor gives only its shape.
RANDOM_FILLS = {"normal_", "uniform_", "random_", "exponential_", "geometric_", "cauchy_", "log_normal_",
                "bernoulli_"}
# Reads of a tensor that use only its shape, type or device: a draw shaped like the data is still pure randomness.
SHAPE_READS = {"shape", "size", "dim", "ndim", "device", "dtype", "new_empty", "new_zeros", "new_ones", "new_full",
               "numel", "type"}


class Values:
    """One pass over one function: data, input, random and perturbed names."""

    def __init__(self, outer, func: ast.AST, owner: Optional[str], params: List[str]):  # outer: InputPerturbation
        self.outer, self.func, self.owner = outer, func, owner
        self.inputs: Set[str] = set(params)  # the inputs themselves, reshaped or scaled
        self.data: Set[str] = set(params)  # anything computed from the inputs
        self.perturbed: Dict[str, str] = {}  # name -> kind
        self.perturbed_inputs: Set[str] = set()  # perturbed names whose data is the input itself
        self.exact: Set[str] = set(params)  # names bound to the input itself (`x = x.contiguous()`)
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
                    self._mark(name, name in self.inputs or name in self.perturbed_inputs)
            elif isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Call):
                call = stmt.value
                f = call.func
                if (isinstance(f, ast.Attribute) and f.attr in COMBINING_METHODS and isinstance(f.value, ast.Name)
                        and f.value.id in self.data and any(self._pure_random(a) for a in call.args)):
                    self.perturbed[f.value.id] = COMBINING_METHODS[f.attr]
                    self._mark(f.value.id, f.value.id in self.inputs or f.value.id in self.perturbed_inputs)
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
        self._mark(name, kind is not None and self._perturbs_input(value))
        if self._exact_input(value):
            self.exact.add(name)
        else:
            self.exact.discard(name)
        if self._carries(value):
            self.inputs.add(name)
        else:
            self.inputs.discard(name)

    def _returned(self, stmt: ast.Return) -> Optional[Perturbed]:
        value = stmt.value
        kind = self._perturbed(value)
        if kind is not None:
            return Perturbed(kind, stmt, self._perturbs_input(value))
        if isinstance(value, ast.IfExp) and self._random(value.test) and (
                self._carries(value.body) or self._carries(value.orelse)):
            return Perturbed("branch", stmt)
        if self._carries(value) and self._under_random_test(stmt):
            return Perturbed("branch", stmt)
        return None

    def _mark(self, name: str, of_input: bool) -> None:
        if of_input:
            self.perturbed_inputs.add(name)
        else:
            self.perturbed_inputs.discard(name)

    def _perturbs_input(self, e: ast.AST) -> bool:
        """e is the input itself changed by pure randomness and elementwise steps only (`x * mask / keep`,
        `x + noise`, `x + x * r`), so that without the randomness it is the input: not `x + f(x) * mask`."""
        if isinstance(e, ast.Name):
            return e.id in self.perturbed_inputs
        if isinstance(e, ast.Attribute) and e.attr == "data":
            return self._perturbs_input(e.value)
        # Nothing but the perturbation may follow (no slice, sign, activation, reshape or cast): returning the
        # input in eval mode must give what forward gives with the random part off.
        if isinstance(e, ast.BinOp) and isinstance(e.op, ELEMENTWISE):
            left, right = e.left, e.right
            masking = isinstance(e.op, MASKING_OPS)
            for one, other in ((left, right), (right, left)):
                if self._perturbed(one) is not None and not self._reads_data(other):
                    # `(x * mask) / keep`: a rescale of a masked input; `(x + noise) * 2` is not the input
                    return self._perturbs_input(one) and (self._perturbed(one) == "mask" if masking else self._random(other))
                if self._pure_random(other) and (self._scaled_input(one) if masking else self._exact_input(one)):
                    return True
                if self._exact_input(other) and self._perturbed(one) is not None and self._scales(one, other):
                    return True  # Uout: `x + x * r`
            return False
        if isinstance(e, ast.Call):
            f = e.func
            qualname = self.outer.qualname(f)
            if isinstance(f, ast.Attribute) and qualname is None:
                if f.attr in IDENTITY_METHODS and not e.args and not e.keywords:
                    return self._perturbs_input(f.value)
                if f.attr in COMBINING_METHODS:
                    masking = COMBINING_METHODS[f.attr] == "mask"
                    base = self._scaled_input(f.value) if masking else self._exact_input(f.value)
                    return self._perturbs_input(f.value) or (base and any(self._pure_random(a) for a in e.args))
            if qualname == "torch.where" and len(e.args) == 3:
                return self._pure_random(e.args[0]) and all(self._exact_input(a) or not self._reads_data(a)
                                                            for a in e.args[1:])
            if self.outer.rescaling_op(e) and e.args:
                return self._exact_input(e.args[0])
        return False

    def _exact_input(self, e: ast.AST) -> bool:
        """The input itself, same values and shape: `x`, `x.data`, `x.clone()`, `x.contiguous()`."""
        if isinstance(e, ast.Name):
            return e.id in self.exact
        if isinstance(e, ast.Attribute) and e.attr == "data":
            return self._exact_input(e.value)
        if isinstance(e, ast.Call) and isinstance(e.func, ast.Attribute) and not e.args and not e.keywords:
            return e.func.attr in IDENTITY_METHODS | {"detach"} and self._exact_input(e.func.value)
        return False

    def _scaled_input(self, e: ast.AST) -> bool:
        """The input times or divided by something that is neither random nor data (`x / keep_prob`): with a
        random mask, inverted dropout, whose eval form is the input."""
        if self._exact_input(e):
            return True
        if isinstance(e, ast.BinOp) and isinstance(e.op, MASKING_OPS):
            return self._scaled_input(e.left) and not self._reads_data(e.right) and not self._random(e.right)
        if isinstance(e, ast.Call) and isinstance(e.func, ast.Attribute) and e.func.attr in ("div", "mul", "div_", "mul_"):
            return (self._scaled_input(e.func.value) and len(e.args) == 1
                    and not self._reads_data(e.args[0]) and not self._random(e.args[0]))
        return False

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
