"""The model in a training or inference script: which names hold one, what mode it is in, who calls whom.

Shared by BN101-BN103 (eval / no_grad / train misuse) and BN201-BN202 (BatchNorm statistics).
Everything is read from the one file; nothing is imported. One FileAnalysis per file (see
`analysis(ctx)`), built lazily: rules that never ask about modes never run the interpreter.

- Scopes: the module script and every function or method, nested ones included. Names are bound
  as Python binds them (locals, globals, closures), so `model` in a nested `evaluate()` is the
  `model` of the function that defines it.
- The model: a reference (`model`, `self.net`, `args.model`) built from a Module class or a known
  factory, or one that is both called and given Module methods (`.eval()`, `.parameters()`, ...),
  or a parameter that callers in the file pass a model to (and the reverse: an argument passed to
  a parameter that the callee treats as a model).
- Call graph: calls to functions, methods of `self` and of objects whose class is in the file,
  with each argument bound to its parameter, so that effects and states can be mapped between
  caller and callee names.
- Modes: flow.Interpreter follows each scope; a call to a function of the file applies that
  function's exit states (its summary), so a helper's `model.eval()` counts for the caller. What
  a function is entered with is the join over its call sites in the file ("mode on entry"), so
  a caller's `model.eval()` counts for the callee. A function nobody in the file calls, or one
  handed to other code as a callback, is entered in an unknown mode, and unknown never yields a
  finding: when the evidence is not in the file, the rules stay silent.
- Layers: whether a model's mode matters at all (BatchNorm, dropout and other mode-dependent
  layers) and whether it has BatchNorm buffers, judged from classes of the file; anything built
  by code we cannot see counts as having them.
"""

from __future__ import annotations

import ast
import builtins
import os
import re
from dataclasses import dataclass
from typing import Callable, Dict, Iterator, List, Optional, Set, Tuple

from bnlint.source.context import (
    CHILD_FIELDS, MODULE_BASES, NN_NON_MODULES, FileContext, dotted, library_module_class, walk,
)
from bnlint.source.flow import (
    EVAL, GRAD_ENTRY, OFF, ON, PRETRAINED, TRAIN, UNKNOWN, Interpreter, Path, Paths, ScopeFlow, entry, entry_ref,
)

# ----------------------------------------------------------------------------- vocabulary
# Calls on a name that show it is an nn.Module (and that change no mode).
MODULE_API = {
    "parameters", "named_parameters", "state_dict", "load_state_dict", "to", "cuda", "cpu", "zero_grad",
    "modules", "named_modules", "children", "named_children", "buffers", "named_buffers", "half", "float",
    "double", "bfloat16", "type", "requires_grad_", "register_forward_hook", "register_forward_pre_hook",
    "register_full_backward_hook", "register_buffer", "add_module", "get_submodule", "share_memory",
    "extra_repr", "forward", "apply",
}
MODULE_EVIDENCE = MODULE_API | {"eval", "train"}
# Module methods (and common Hugging Face ones) that return the module or change nothing.
CHAINABLE = {"to", "cuda", "cpu", "half", "float", "double", "bfloat16", "type", "requires_grad_", "share_memory"}
# Calls on a module that return that module: `model.to(device).eval()` is still `model`.
RETURNS_MODULE = CHAINABLE | {"eval", "train"}
HARMLESS_MODEL_METHODS = MODULE_API | {
    "generate", "save_pretrained", "push_to_hub", "resize_token_embeddings", "get_input_embeddings",
    "get_output_embeddings", "gradient_checkpointing_enable", "gradient_checkpointing_disable",
    "tie_weights", "num_parameters", "print_trainable_parameters", "register_parameter", "compile",
}
# Calls that take a model and leave its mode as it was.
HARMLESS_CALLS = {
    "print", "repr", "str", "len", "isinstance", "issubclass", "type", "id", "hasattr", "getattr", "vars", "dir",
    "hash", "format", "sum", "list", "tuple", "iter", "next", "enumerate", "zip", "copy.copy", "copy.deepcopy",
    "torch.save", "torch.onnx.export", "torch.jit.trace", "torch.jit.script", "torch.jit.trace_module",
    "torch.export.export", "torch.compile", "torch.nn.DataParallel", "torch.nn.parallel.DataParallel",
    "torch.nn.parallel.DistributedDataParallel", "wandb.watch", "pprint.pprint",
}
HARMLESS_PREFIXES = ("torch.nn.utils.", "torch.optim.", "logging.", "torch.nn.init.")
HARMLESS_METHODS = {"info", "debug", "warning", "warn", "error", "log", "write", "add_graph", "watch",
                    "append", "add", "update", "extend", "format"}
WRAPPERS = {
    "torch.nn.DataParallel", "torch.nn.parallel.DataParallel", "torch.nn.parallel.DistributedDataParallel",
    "torch.compile", "torch.jit.script", "torch.jit.trace", "copy.deepcopy",
}
# Wrappers whose mode is their module's (it is their child): switching one switches the other.
ALIASING_WRAPPERS = {"torch.nn.DataParallel", "torch.nn.parallel.DataParallel",
                     "torch.nn.parallel.DistributedDataParallel", "torch.compile"}
NN_NOT_MODULES = NN_NON_MODULES | {"ParameterList", "ParameterDict"}  # containers of parameters, not layers
NOT_MODEL_NAMES = {
    "args", "opt", "opts", "options", "cfg", "config", "conf", "hparams", "params", "flags", "settings",
    "optimizer", "optim", "scheduler", "lr_scheduler", "sched", "scaler", "criterion", "loss_fn", "writer",
    "logger", "loader", "dataloader", "dataset", "tokenizer", "processor", "trainer", "accelerator",
}
OPTIMIZER_NAMES = {"SGD", "Adam", "AdamW", "Adagrad", "Adadelta", "Adamax", "NAdam", "RAdam", "RMSprop", "Rprop",
                   "LBFGS", "SparseAdam", "ASGD", "Lion", "LAMB", "Lamb", "Adafactor", "AdamW8bit", "Adam8bit"}
PRETRAINED_NOT_MODELS = ("Tokenizer", "Processor", "Config", "FeatureExtractor", "ImageProcessor", "Scheduler")

NO_GRAD = {"torch.no_grad", "torch.autograd.no_grad", "torch.autograd.grad_mode.no_grad"}
INFERENCE_MODE = {"torch.inference_mode", "torch.autograd.inference_mode", "torch.autograd.grad_mode.inference_mode"}
ENABLE_GRAD = {"torch.enable_grad", "torch.autograd.enable_grad", "torch.autograd.grad_mode.enable_grad"}
SET_GRAD = {"torch.set_grad_enabled", "torch.autograd.set_grad_enabled", "torch.autograd.grad_mode.set_grad_enabled"}
EXPORTS = {"torch.jit.trace", "torch.jit.script", "torch.jit.trace_module", "torch.export.export"}
GRAD_FUNCTIONS = {"torch.autograd.grad", "torch.autograd.backward", "torch.func.grad", "torch.func.grad_and_value",
                  "torch.func.vjp", "torch.func.jvp", "torch.func.jacrev", "torch.func.jacfwd", "torch.func.hessian",
                  "functorch.grad", "functorch.vjp"}
GRAD_PREFIXES = ("torch.autograd.functional.",)
BACKWARD_METHODS = {"backward", "manual_backward"}
# Calls whose result carries no autograd graph: what a forward pass computed stops there.
DETACHING = {"item", "tolist", "numpy", "detach", "argmax", "argmin", "float_", "__len__"}
DETACHING_CALLS = {"float", "int", "bool", "len", "str", "round"}

# Lightning switches modes itself around these hooks: eval + no_grad for validation/test/predict.
LIGHTNING_EVAL_HOOKS = re.compile(r"^(validation|test|predict)_(step|step_end|epoch_end)$|^on_(validation|test|predict)_")
INFERENCE_NAME = re.compile(r"^_*(eval|valid|test|predict|infer)", re.I)
STANDARD_DECORATORS = {"staticmethod", "classmethod", "property", "functools.wraps", "functools.cache",
                       "functools.lru_cache", "abc.abstractmethod", "typing.overload", "torch.jit.export",
                       "torch.jit.ignore", "torch.jit.unused"}

_BUILTINS = set(dir(builtins))
_PURE_MODULES = ("math", "numpy", "random", "functools", "itertools", "collections", "typing", "einops",
                 "operator", "warnings", "logging", "copy", "dataclasses", "enum", "abc", "os", "sys", "re", "json")
# torch.nn layers whose forward reads the mode: BatchNorm and InstanceNorm (running stats),
# dropout, RReLU (random slope), RNNs and Transformers (dropout argument), spectral norm
# (power iteration only in training).
_MODE_LAYER = re.compile(r"batch_?norm|instance_?norm|dropout|rrelu|spectral_norm|drop_?path|drop_?block", re.I)
_MODE_CLASS = re.compile(r"RNN|LSTM|GRU|Transformer|MultiheadAttention")
_BN_LAYER = re.compile(r"batch_?norm", re.I)
_OPT_NAME = re.compile(r"optim|(^|_)opt(_|\d|$)|scaler", re.I)
_SCHED_NAME = re.compile(r"sched|lr_", re.I)
# Text every training step this analysis knows contains (`loss.backward()`, `optimizer.step()`): rules
# that need one use it as their prefilter.
TRAINING_TEXT = re.compile(r"backward|step\s*\(")


@dataclass(frozen=True)
class Traits:
    """What the layers of a model do with the mode. Unknown code counts as all True."""

    mode_dependent: bool
    batchnorm: bool  # BatchNorm-style running statistics (BN202)
    buffers: bool  # any buffer a parameters()-only copy loses (BN201)
    # A BatchNorm layer actually written in the file (not just possible in unseen code): what BN202,
    # which has no other evidence of BatchNorm, needs.
    batchnorm_seen: bool = False

    def __or__(self, other: "Traits") -> "Traits":
        return Traits(self.mode_dependent or other.mode_dependent, self.batchnorm or other.batchnorm,
                      self.buffers or other.buffers, self.batchnorm_seen or other.batchnorm_seen)


FREE = Traits(False, False, False)
ANYTHING = Traits(True, True, True)
ANYTHING_SEEN = Traits(True, True, True, True)


def ref_of(node: Optional[ast.AST]) -> Optional[str]:
    """`self.model.backbone` as text for a Name or a chain of attributes on one, else None."""
    return dotted(node)


def _unwrapped(value: Optional[ast.AST], wraps: Callable[[ast.Call], bool]) -> Optional[str]:
    """The reference under calls that hand the module on: `wraps(model)` and Module methods that return
    the module (`model.to(device)`, `model.eval()`); None for any other call."""
    while isinstance(value, ast.Call):
        if value.args and wraps(value):
            value = value.args[0]
        elif isinstance(value.func, ast.Attribute) and value.func.attr in RETURNS_MODULE:
            value = value.func.value
        else:
            return None
    return ref_of(value)


def mode_switch(node: ast.AST) -> Optional[ast.expr]:
    """The receiver of `x.eval(...)` / `x.train(...)` when node is such a call, else None."""
    if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr in ("eval", "train"):
        return node.func.value
    return None


def ref_through(node: Optional[ast.AST]) -> Optional[str]:
    """Like ref_of, seeing through calls that return the module itself: `model.to(device)` -> 'model'."""
    return _unwrapped(node, lambda call: False)


def _root(ref: str) -> str:
    return ref.split(".", 1)[0]


def _under(ref: str, base: str) -> Optional[str]:
    """The rest of `ref` below `base` ('' when equal), or None when ref is not base or below it."""
    if ref == base:
        return ""
    return ref[len(base):] if ref.startswith(base + ".") else None


def _pairs(targets: List[ast.AST], value: ast.AST) -> Iterator[Tuple[ast.AST, ast.AST]]:
    """(target, value) of an assignment, unpacking `a, b = A(), B()` element by element."""
    for t in targets:
        if isinstance(t, (ast.Tuple, ast.List)) and isinstance(value, (ast.Tuple, ast.List)) and len(t.elts) == len(value.elts):
            yield from zip(t.elts, value.elts)
        else:
            yield t, value


# ----------------------------------------------------------------------------- scopes
Function = (ast.FunctionDef, ast.AsyncFunctionDef)


_OPAQUE = (*Function, ast.Lambda, ast.ClassDef)
_DEFS = (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)


def walk_own(body: List[ast.AST]) -> List[ast.AST]:
    """Nodes of a scope in source order, not descending into nested functions, lambdas and classes
    (which are included themselves). Reads the child fields directly: this runs over every node of a file."""
    out: List[ast.AST] = []
    todo = list(reversed(body))
    node_type, opaque, fields = ast.AST, _OPAQUE, CHILD_FIELDS
    while todo:
        node = todo.pop()
        out.append(node)
        if type(node) in opaque:
            continue
        children: List[ast.AST] = []
        for name in fields[type(node)]:
            value = getattr(node, name, None)
            if type(value) is list:
                children.extend([v for v in value if isinstance(v, node_type)])
            elif isinstance(value, node_type):
                children.append(value)
        if children:
            children.reverse()
            todo.extend(children)
    return out


class Scope:
    """The module script or one function: its parameters, local names and nested functions."""

    def __init__(self, ctx: FileContext, node: ast.AST, parent: Optional["Scope"], cls: Optional[ast.ClassDef]):
        self.node, self.parent, self.cls = node, parent, cls
        self.is_module = isinstance(node, ast.Module)
        self.name = "<module>" if self.is_module else node.name
        self.body: List[ast.stmt] = node.body
        self.nested: Dict[str, "Scope"] = {}
        self.params: List[str] = []
        self.positional: List[str] = []
        self.self_name: Optional[str] = None
        self.decorators: List[str] = []
        if not self.is_module:
            a = node.args
            self.positional = [x.arg for x in a.posonlyargs + a.args]
            self.params = self.positional + [x.arg for x in a.kwonlyargs]
            self.params += [x.arg for x in (a.vararg, a.kwarg) if x is not None]
            self.decorators = [ctx.qualname(d.func if isinstance(d, ast.Call) else d) or "?" for d in node.decorator_list]
            if cls is not None and self.positional and not {"staticmethod", "classmethod"} & set(self.decorators):
                self.self_name = self.positional[0]
        self.own_nodes: List[ast.AST] = walk_own(self.body)
        self.globals: Set[str] = set()
        self.nonlocals: Set[str] = set()
        self.locals: Set[str] = set()
        # Filled by the same loop, so the analysis reads these short lists instead of every node again.
        self.calls: List[ast.Call] = []
        self.assignments: List[ast.AST] = []  # Assign and AnnAssign with a value
        self.definitions: List[ast.AST] = []  # nested functions and classes
        name_t, load_t, call_t, defs, imports = ast.Name, ast.Load, ast.Call, _DEFS, (ast.Import, ast.ImportFrom)
        assign_t = (ast.Assign, ast.AnnAssign)
        for n in self.own_nodes:  # by exact type: this loop sees every node of the file once
            t = type(n)
            if t is name_t:
                if type(n.ctx) is not load_t:
                    self.locals.add(n.id)
            elif t is call_t:
                self.calls.append(n)
            elif t in assign_t:
                if n.value is not None:
                    self.assignments.append(n)
            elif t in defs:
                self.locals.add(n.name)
                self.definitions.append(n)
            elif t in imports:
                self.locals.update((a.asname or a.name).split(".")[0] for a in n.names)
            elif t is ast.Global:
                self.globals.update(n.names)
            elif t is ast.Nonlocal:
                self.nonlocals.update(n.names)
            elif t is ast.ExceptHandler and n.name:
                self.locals.add(n.name)
        self.locals -= self.globals | self.nonlocals

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"<Scope {self.name}>"


@dataclass(frozen=True)
class Site:
    """One call in the file to one of its functions, with arguments bound to parameters."""

    caller: Scope
    call: ast.Call
    callee: Scope
    args: Tuple[Tuple[str, ast.expr], ...]  # parameter -> expression passed
    receiver: Optional[str]  # the caller's reference bound to the callee's `self`, if known

    def arg(self, param: str) -> Optional[ast.expr]:
        return dict(self.args).get(param)


def construction(ctx: FileContext, call: ast.AST) -> Optional[Tuple[str, Optional[str]]]:
    """What a call builds: ('module', its mode), ('wraps', None), ('object'|'optimizer', None), or None."""
    if not isinstance(call, ast.Call):
        return None
    qn = ctx.call_qualname(call)
    if not qn:
        return None
    last = qn.rsplit(".", 1)[-1]
    if qn in WRAPPERS:
        return ("wraps", None)
    if qn in ctx.module_classes:
        return ("module", TRAIN)  # a new Module is in train mode
    if qn in ctx.classes:
        return ("object", None)
    if is_optimizer_class(qn):
        return ("optimizer", None)
    library = library_module_class(qn, NN_NOT_MODULES)
    if library is not None:
        return ("module", TRAIN) if library else None
    if qn in ("timm.create_model", "timm.models.create_model"):
        return ("module", TRAIN)
    if last == "from_pretrained":
        owner = qn.rsplit(".", 2)[-2] if qn.count(".") else ""
        if not any(w in owner for w in PRETRAINED_NOT_MODELS):
            return ("module", PRETRAINED)  # Hugging Face returns models in eval mode
        return ("object", None)
    if qn in ("torch.hub.load", "torch.jit.load"):
        return ("module", UNKNOWN)
    return None


def is_optimizer_class(qn: str) -> bool:
    last = qn.rsplit(".", 1)[-1]
    if _SCHED_NAME.search(qn) or "Scaler" in last:
        return False
    return last in OPTIMIZER_NAMES or (qn.startswith("torch.optim.") and last[:1].isupper()) or "optimizer" in last.lower()


# The names a Module in train mode is built from (see construction), and what may_be_in_train_mode
# looks for as text: a `train(` call, or such a name: `nn` (any spelling of a torch.nn name has it),
# torchvision, timm, or a Module / Sequential base of a class of the file.
_TRAIN_MODE_BUILDERS = ("torch.nn.", "torchvision.models.", "timm.")
_TRAIN_MODE_WORDS = ("Module", "Sequential", "torchvision", "timm")
_TRAIN_MODE_TEXT = re.compile(r"\btrain[\s\\]*\(|\bnn\b")


def may_be_in_train_mode(ctx: FileContext) -> bool:
    """Whether any model of the file can be in train mode: train mode starts only at a Module built in
    the file or at a `.train()` call (a model of unknown origin is in an unknown mode). Checked on the
    calls alone, before the analysis is built."""
    local = ctx.module_classes
    for call in ctx.nodes_of(ast.Call):
        f = call.func
        if isinstance(f, ast.Attribute) and f.attr == "train":
            return True
        qn = ctx.call_qualname(call)
        # Only these names can build a Module in train mode (see construction): ask it about them alone.
        if qn and (qn in local or qn.startswith(_TRAIN_MODE_BUILDERS)):
            kind = construction(ctx, call)
            if kind is not None and kind[1] == TRAIN:
                return True
    return False


def may_be_in_train_mode_text(text: str) -> bool:
    """The text test of may_be_in_train_mode, for a rule's prefilter: False only when it would be False."""
    return any(w in text for w in _TRAIN_MODE_WORDS) or _TRAIN_MODE_TEXT.search(text) is not None


# ----------------------------------------------------------------------------- the analysis
class FileAnalysis:
    def __init__(self, ctx: FileContext):
        self.ctx = ctx
        self.scopes: List[Scope] = []
        self.module = self._build(ctx.tree, None, None)
        self.by_node: Dict[ast.AST, Scope] = {s.node: s for s in self.scopes}
        self._assigned: Dict[Tuple, List[Tuple[Scope, ast.AST]]] = {}
        for scope in self.scopes:
            for node in scope.assignments:
                for t, value in _pairs(node.targets if isinstance(node, ast.Assign) else [node.target], node.value):
                    ref = ref_of(t)
                    if ref:
                        self._assigned.setdefault(self.key(scope, ref), []).append((scope, value))
        self._relative = {(a.asname or a.name) for n in ctx.nodes_of(ast.ImportFrom) if n.level for a in n.names}
        self._sites: Dict[ast.Call, Optional[Site]] = {}
        self._sites_to: Dict[Scope, List[Site]] = {s: [] for s in self.scopes}
        for scope in self.scopes:
            for node in scope.calls:
                site = self.site(scope, node)
                if site is not None:
                    self._sites_to[site.callee].append(site)
        self._flows: Dict[Scope, Optional[ScopeFlow]] = {}
        self._busy: Set[object] = set()
        self._entry: Dict[Tuple[Scope, str], Set[str]] = {}
        self._entry_grad: Dict[Scope, Set[str]] = {}
        self._memo: Dict[Tuple, object] = {}
        self._identify()

    # ------------------------------------------------------------------ scopes and names
    def _build(self, node: ast.AST, parent: Optional[Scope], cls: Optional[ast.ClassDef]) -> Scope:
        scope = Scope(self.ctx, node, parent, cls)
        self.scopes.append(scope)
        for n in scope.definitions:
            if isinstance(n, ast.ClassDef):
                self._class_methods(n, scope)
            else:
                scope.nested[n.name] = self._build(n, scope, None)
        return scope

    def _class_methods(self, cls: ast.ClassDef, parent: Scope) -> None:
        for n in walk_own(cls.body):
            if isinstance(n, Function) and self.ctx.parents.get(n) is cls:
                self._build(n, parent, cls)  # a class body is not an enclosing scope for its methods
            elif isinstance(n, ast.ClassDef) and n is not cls:
                self._class_methods(n, parent)

    def binding(self, scope: Scope, name: str) -> Scope:
        """The scope whose variable `name` is, seen from `scope` (globals and builtins: the module)."""
        s: Optional[Scope] = scope
        while s is not None:
            if name in s.globals:
                return self.module
            if name not in s.nonlocals and (name in s.locals or name in s.params):
                return s
            s = s.parent
        return self.module

    def key(self, scope: Scope, ref: str) -> Tuple:
        """What `ref` names, independent of the scope it is written in (`self.x` across a class's methods)."""
        root = _root(ref)
        if scope.self_name and root == scope.self_name:
            return ("class", scope.cls.name, "self" + ref[len(root):])
        return (id(self.binding(scope, root).node), ref)

    def scope_of(self, node: ast.AST) -> Scope:
        """The scope whose own code contains node."""
        for anc in self.ctx.ancestors(node):
            if anc in self.by_node:
                return self.by_node[anc]
        return self.module

    # ------------------------------------------------------------------ call graph
    def function_named(self, scope: Scope, name: str) -> Optional[Scope]:
        s: Optional[Scope] = scope
        while s is not None:
            if name in s.nested:
                return s.nested[name]
            if name in s.locals or name in s.params:
                return None  # something else under that name
            s = s.parent
        return None

    def method(self, cls: Optional[ast.ClassDef], name: str, seen: Tuple = ()) -> Optional[Scope]:
        """A method of a class of the file, or of one of its bases in the file."""
        if cls is None or cls in seen:
            return None
        for n in cls.body:
            if isinstance(n, Function) and n.name == name:
                return self.by_node.get(n)
        for base in cls.bases:
            base_cls = self.ctx.classes.get(self.ctx.qualname(base) or "")
            found = self.method(base_cls, name, seen + (cls,))
            if found:
                return found
        return None

    def site(self, scope: Scope, call: ast.Call) -> Optional[Site]:
        if call in self._sites:
            return self._sites[call]
        self._sites[call] = None  # guard: class_of may ask for sites while resolving
        found = self._resolve(scope, call)
        self._sites[call] = found
        return found

    def _resolve(self, scope: Scope, call: ast.Call) -> Optional[Site]:
        f = call.func
        if isinstance(f, ast.Name):
            target = self.function_named(scope, f.id)
            if target is not None:
                return self._bind(scope, call, target, None)
            cls = self.ctx.classes.get(f.id)
            if cls is not None and f.id not in self.ctx.imports and self.binding(scope, f.id) is self.module:
                init = self.method(cls, "__init__")
                if init is not None:
                    return self._bind(scope, call, init, None)
            return None
        if not isinstance(f, ast.Attribute):
            return None
        value = f.value
        if isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "super":
            if scope.cls is None:
                return None
            for base in scope.cls.bases:
                target = self.method(self.ctx.classes.get(self.ctx.qualname(base) or ""), f.attr)
                if target is not None:
                    return self._bind(scope, call, target, scope.self_name)
            return None
        ref = ref_of(value)
        if ref is None:
            return None
        if scope.self_name and ref == scope.self_name:
            target = self.method(scope.cls, f.attr)
        else:
            target = self.method(self.class_of(scope, ref), f.attr)
        return self._bind(scope, call, target, ref) if target is not None else None

    def _bind(self, scope: Scope, call: ast.Call, callee: Scope, receiver: Optional[str]) -> Site:
        positional = list(callee.positional)
        if callee.self_name:
            positional = positional[1:]
        bound: Dict[str, ast.expr] = {}
        for param, arg in zip(positional, call.args):
            if isinstance(arg, ast.Starred):
                break
            bound[param] = arg
        for kw in call.keywords:
            if kw.arg in callee.params:
                bound[kw.arg] = kw.value
        return Site(scope, call, callee, tuple(bound.items()), receiver if callee.self_name else None)

    def site_at(self, call: ast.AST) -> Optional[Site]:
        """The call of a function of the file that `call` is, if it is one."""
        return self._sites.get(call)

    def assignments(self, scope: Scope, ref: str) -> List[ast.AST]:
        """Values assigned anywhere in the file to what `ref` names in scope."""
        return [value for _, value in self._assignments(self.key(scope, ref))]

    def unchain(self, value: ast.AST) -> ast.AST:
        """`Net().to(device).eval()` -> `Net()`."""
        return self._unchain(value)

    def sites_to(self, scope: Scope) -> List[Site]:
        return self._sites_to.get(scope, [])

    def sites_in(self, scope: Scope, within: Optional[ast.AST] = None) -> Iterator[Site]:
        nodes = walk(within) if within is not None else scope.calls
        for node in nodes:
            if isinstance(node, ast.Call):
                site = self._sites.get(node)
                if site is not None and site.caller is scope:
                    yield site

    def to_caller(self, site: Site, ref: str) -> Optional[str]:
        """The caller's name for the callee's `ref` at this call, or None when it has none."""
        callee, root = site.callee, _root(ref)
        rest = ref[len(root):]
        if callee.self_name and root == callee.self_name:
            return site.receiver + rest if site.receiver else None
        if root in callee.params:
            arg = site.arg(root)
            passed = ref_through(arg) if arg is not None else None
            return passed + rest if passed else None
        shared = self.binding(callee, root)
        return ref if shared is not callee and shared is self.binding(site.caller, root) else None

    def to_callee(self, site: Site, ref: str) -> Optional[str]:
        """The callee's name for the caller's `ref` at this call, or None."""
        for param, arg in site.args:
            passed = ref_through(arg)
            rest = _under(ref, passed) if passed else None
            if rest is not None:
                return param + rest
        if site.receiver and site.callee.self_name:
            rest = _under(ref, site.receiver)
            if rest is not None:
                return site.callee.self_name + rest
        root = _root(ref)
        shared = self.binding(site.caller, root)
        if shared is self.binding(site.callee, root) and shared is not site.callee:
            return ref
        return None

    def escapes(self, scope: Scope) -> bool:
        """The function may be called by code we cannot see: passed as a value, decorated by a framework."""
        if scope.is_module:
            return False
        if any(d not in STANDARD_DECORATORS and not self.grad_decorator_value(d) for d in scope.decorators):
            return True
        names, attrs = self._references()
        if scope.cls is None:
            return scope.name in names
        return scope.name in attrs

    def _references(self) -> Tuple[Set[str], Set[str]]:
        """Function names used other than by a direct call, and method names used other than by a
        call this analysis resolves (`callbacks=[evaluate]`, `obj.validate()` on an unknown obj)."""
        memo = ("references",)
        if memo not in self._memo:
            names, attrs = set(), set()
            for node in self.ctx.nodes:
                parent = self.ctx.parents.get(node)
                called = isinstance(parent, ast.Call) and parent.func is node
                if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Load) and not called:
                    names.add(node.id)
                elif isinstance(node, ast.Attribute) and (not called or self._sites.get(parent) is None):
                    attrs.add(node.attr)
            self._memo[memo] = (names, attrs)
        return self._memo[memo]

    # ------------------------------------------------------------------ what is a model
    def _identify(self) -> None:
        """Which references hold an nn.Module: built as one, used as one, or passed where one goes."""
        called, api, built, plain, links = set(), set(), set(), set(), []
        for scope in self.scopes:
            if scope.self_name and self.ctx.is_module_class(scope.cls):
                built.add(self.key(scope, scope.self_name))
            for node in scope.calls:
                ref = ref_of(node.func)
                if ref:
                    called.add(self.key(scope, ref))
                if isinstance(node.func, ast.Attribute) and node.func.attr in MODULE_EVIDENCE:
                    recv = ref_through(node.func.value)
                    if recv:
                        api.add(self.key(scope, recv))
        for k, assigned in self._assigned.items():  # every assignment, collected once in __init__
            for scope, value in assigned:
                kind = construction(self.ctx, self._unchain(value))  # `Net().to(device)` too
                if kind and kind[0] == "module":
                    built.add(k)
                elif kind and kind[0] in ("object", "optimizer"):
                    plain.add(k)
                source = self._source(value)
                if source:
                    links.append((k, self.key(scope, source)))
        models = (built | (called & api)) - plain
        for site in (s for ss in self._sites_to.values() for s in ss):
            for param, arg in site.args:
                passed = ref_through(arg)
                if passed:
                    links.append((self.key(site.callee, param), self.key(site.caller, passed)))
        changed = True
        while changed:
            changed = False
            for a, b in links:
                for x, y in ((a, b), (b, a)):
                    if y in models and x not in models and x not in plain:
                        models.add(x)
                        changed = True
        self._models = models
        self._plain = plain

    def _source(self, value: ast.AST) -> Optional[str]:
        """The model a value stands for: `net`, `net.to(device)`, `DDP(net)`, `copy.deepcopy(net)`."""
        return _unwrapped(value, lambda call: (construction(self.ctx, call) or ("",))[0] == "wraps")

    def is_model(self, scope: Scope, ref: Optional[str]) -> bool:
        if not ref or _root(ref) in self.ctx.imports and self.binding(scope, _root(ref)) is self.module:
            return False
        if ref.rsplit(".", 1)[-1] in NOT_MODEL_NAMES:
            return False
        return self.key(scope, ref) in self._models

    def class_of(self, scope: Scope, ref: str) -> Optional[ast.ClassDef]:
        """The class of the file that every assignment to `ref` builds, if there is one."""
        if scope.self_name and ref == scope.self_name:
            return scope.cls
        classes = {self.ctx.classes.get(self.ctx.call_qualname(self._unchain(value)) or "")
                   for _, value in self._assignments(self.key(scope, ref))}
        return classes.pop() if len(classes) == 1 else None

    def _assignments(self, k: Tuple) -> List[Tuple[Scope, ast.AST]]:
        """(scope, value) of every `ref = value` in the file for what key k names."""
        return self._assigned.get(k, [])

    def _unchain(self, value: ast.AST) -> ast.AST:
        while (isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute)
               and value.func.attr in RETURNS_MODULE and isinstance(value.func.value, ast.Call)):
            value = value.func.value
        return value

    # ------------------------------------------------------------------ layers
    def traits(self, scope: Scope, ref: str, depth: int = 0) -> Traits:
        """What the model under `ref` contains, as far as the file shows."""
        if depth > 4:
            return ANYTHING
        if scope.self_name and ref == scope.self_name:
            return self.class_traits(scope.cls)
        assigned = self._assignments(self.key(scope, ref))
        if assigned:
            result = FREE
            for where, value in assigned:
                result |= self.value_traits(where, value, depth + 1)
            return result
        root = _root(ref)
        if ref == root and root in scope.params and self.sites_to(scope) and not self.escapes(scope):
            result = FREE
            for site in self.sites_to(scope):
                arg = site.arg(root)
                passed = ref_through(arg) if arg is not None else None
                result |= self.traits(site.caller, passed, depth + 1) if passed else ANYTHING
            return result
        if "." in ref:
            parent, attr = ref.rsplit(".", 1)
            cls = self.class_of(scope, parent)
            if cls is not None:
                init = self.method(cls, "__init__")
                if init is not None:
                    return self.traits(init, f"{init.self_name}.{attr}", depth + 1) if init.self_name else ANYTHING
        return ANYTHING

    def value_traits(self, scope: Scope, value: ast.AST, depth: int = 0) -> Traits:
        value = self._unchain(value)
        kind = construction(self.ctx, value)
        if kind and kind[0] == "wraps" and value.args:
            inner = value.args[0]
            passed = ref_through(inner)
            return self.traits(scope, passed, depth + 1) if passed else self.value_traits(scope, inner, depth + 1)
        if not isinstance(value, ast.Call) or kind is None or kind[0] != "module":
            passed = ref_through(value)
            return self.traits(scope, passed, depth + 1) if passed and depth < 4 else ANYTHING
        result = FREE
        for node in walk(value):
            if isinstance(node, ast.Call):
                result |= self._call_traits(node, set())
        return result

    def class_traits(self, cls: Optional[ast.ClassDef], seen: Optional[Set[str]] = None) -> Traits:
        if cls is None:
            return ANYTHING
        memo = ("class", cls.name)
        if memo in self._memo:
            return self._memo[memo]
        seen = (seen or set()) | {cls.name}
        result = FREE
        for base in cls.bases:
            qn = self.ctx.qualname(base) or "?"
            if qn in self.ctx.classes:
                result |= ANYTHING if qn in seen else self.class_traits(self.ctx.classes[qn], seen)
            elif not (qn in MODULE_BASES or qn.endswith("LightningModule") or qn == "object"):
                result = ANYTHING  # the base may add anything
        result |= self._body_traits(cls, seen)
        if len(seen) == 1:
            self._memo[memo] = result
        return result

    def _body_traits(self, root: ast.AST, seen: Set[str]) -> Traits:
        result = FREE
        for node in walk(root):
            if isinstance(node, ast.Attribute) and node.attr == "training" and isinstance(node.ctx, ast.Load):
                result |= Traits(True, False, False)
            elif isinstance(node, ast.Call):
                result |= self._call_traits(node, seen)
            if result == ANYTHING_SEEN:
                break
        return result

    def _call_traits(self, call: ast.Call, seen: Set[str]) -> Traits:
        qn = self.ctx.call_qualname(call)
        if isinstance(call.func, ast.Attribute) and call.func.attr == "register_buffer":
            return Traits(False, False, True)
        if not qn:
            return FREE  # a call on a call's result, a subscript ...
        head, last = qn.split(".")[0], qn.rsplit(".", 1)[-1]
        if qn in self.ctx.classes and head not in self.ctx.imports:
            cls = self.ctx.classes[qn]
            if not self.ctx.is_module_class(cls):
                return FREE
            return ANYTHING if qn in seen else self.class_traits(cls, seen)
        if head == "torch":
            if qn in ("torch.hub.load", "torch.load", "torch.jit.load"):
                return ANYTHING
            bn = bool(_BN_LAYER.search(last)) or (
                "InstanceNorm" in last and any(k.arg == "track_running_stats" for k in call.keywords))
            mode = bool(_MODE_LAYER.search(last) or _MODE_CLASS.search(last))
            return Traits(mode or bn, bn, bn, bn)
        local = _root(ref_of(call.func) or qn)  # the name written: `models` for torchvision.models
        if local in self.ctx.imports or local in self._relative:
            if head in _PURE_MODULES:
                return FREE
            # Code from elsewhere that builds something (a class, or a factory whose result is kept,
            # e.g. `backbone = models.resnet18()`) may hold any layer; other calls are ops on tensors.
            parent = self.ctx.parents.get(call)
            kept = isinstance(parent, (ast.Assign, ast.AnnAssign, ast.List, ast.Tuple, ast.Call, ast.Starred))
            return ANYTHING if last[:1].isupper() or kept else FREE
        if qn in self.module.nested and qn not in seen:  # a builder function of this file
            return self._body_traits(self.module.nested[qn].node, seen | {qn})
        if "." in qn or head in _BUILTINS:
            return FREE  # methods of locals, self and tensors; builtins
        return ANYTHING  # a name from nowhere (star import)

    def mode_matters(self, scope: Scope, ref: str) -> bool:
        return self.traits(scope, ref).mode_dependent

    # ------------------------------------------------------------------ modes
    def flow(self, scope: Scope) -> Optional[ScopeFlow]:
        if scope in self._flows:
            return self._flows[scope]
        if scope in self._busy:
            return None  # recursion: the caller treats the call as unknown code
        self._busy.add(scope)
        try:
            result = Interpreter(self, scope).run()
        finally:
            self._busy.discard(scope)
        self._flows[scope] = result
        return result

    def summary(self, scope: Scope) -> Optional[Paths]:
        f = self.flow(scope)
        return None if f is None or f.failed else f.exits

    def paths_at(self, scope: Scope, node: ast.AST) -> Paths:
        f = self.flow(scope)
        return f.at.get(node, frozenset()) if f else frozenset()

    def concrete(self, scope: Scope, value: str) -> Set[str]:
        """A mode value with 'entry:' resolved from the callers of scope."""
        ref = entry_ref(value)
        return {value} if ref is None else self.entry_modes(scope, ref)

    def modes_at(self, scope: Scope, node: ast.AST, ref: str) -> Set[str]:
        """The modes `ref` may be in when the call `node` runs."""
        out: Set[str] = set()
        for p in self.paths_at(scope, node):
            out |= self.concrete(scope, p.mode(ref))
        return out

    def grads_at(self, scope: Scope, node: ast.AST) -> Set[str]:
        out: Set[str] = set()
        for p in self.paths_at(scope, node):
            out |= self.entry_grad(scope) if p.grad[-1] == GRAD_ENTRY else {p.grad[-1]}
        return out

    def entry_modes(self, scope: Scope, ref: str) -> Set[str]:
        """The modes `ref` may be in when scope starts: joined over its callers in the file."""
        memo = (scope, ref)
        if memo in self._entry:
            return self._entry[memo]
        if memo in self._busy:
            return {UNKNOWN}
        if self.framework_eval(scope):
            return {EVAL}
        self._busy.add(memo)
        try:
            values: Set[str] = set()
            sites = self.sites_to(scope)
            if scope.is_module or not sites or self.escapes(scope):
                values.add(UNKNOWN)
            for site in sites:
                src = self.to_caller(site, ref)
                for p in self.paths_at(site.caller, site.call):
                    values |= self.concrete(site.caller, p.mode(src)) if src else {UNKNOWN}
        finally:
            self._busy.discard(memo)
        self._entry[memo] = values or {UNKNOWN}
        return self._entry[memo]

    def entry_grad(self, scope: Scope) -> Set[str]:
        if scope in self._entry_grad:
            return self._entry_grad[scope]
        memo = ("grad", scope)
        if memo in self._busy:
            return {UNKNOWN}
        for d in scope.decorators:
            value = self.grad_decorator_value(d)
            if value:
                return {value}
        if self.framework_eval(scope):
            return {OFF}
        self._busy.add(memo)
        try:
            sites = self.sites_to(scope)
            values: Set[str] = set()
            if scope.is_module or not sites:
                values.add(ON)  # autograd records unless someone in the file turned it off
            if self.escapes(scope):
                values.add(UNKNOWN)
            for site in sites:
                for p in self.paths_at(site.caller, site.call):
                    top = p.grad[-1]
                    values |= self.entry_grad(site.caller) if top == GRAD_ENTRY else {top}
        finally:
            self._busy.discard(memo)
        self._entry_grad[scope] = values or {UNKNOWN}
        return self._entry_grad[scope]

    def framework_eval(self, scope: Scope) -> bool:
        """Lightning's validation/test/predict hooks run in eval mode under no_grad."""
        return scope.cls is not None and bool(LIGHTNING_EVAL_HOOKS.match(scope.name)) and self.is_lightning(scope.cls)

    def is_lightning(self, cls: ast.ClassDef, seen: Tuple = ()) -> bool:
        for base in cls.bases:
            qn = self.ctx.qualname(base) or ""
            if qn.endswith("LightningModule"):
                return True
            if qn in self.ctx.classes and self.ctx.classes[qn] not in seen:
                if self.is_lightning(self.ctx.classes[qn], seen + (cls,)):
                    return True
        return False

    # ------------------------------------------------------------------ transfer functions (used by flow)
    def ref_of(self, node: ast.AST) -> Optional[str]:
        return ref_of(node)

    def ref_through(self, node: ast.AST) -> Optional[str]:
        return ref_through(node)

    def train_value(self, call: ast.Call, p: Path) -> Optional[str]:
        """Mode after `x.train(...)`; None when the call cannot be Module.train (gensim's train(sentences))."""
        args = list(call.args) + [k.value for k in call.keywords]
        if not args:
            return TRAIN
        if len(args) > 1 or any(k.arg != "mode" for k in call.keywords):
            return None
        a = args[0]
        if isinstance(a, ast.Constant) and isinstance(a.value, bool):
            return TRAIN if a.value else EVAL
        if isinstance(a, ast.Name) and p.saved_value(a.id):
            return p.saved_value(a.id)  # model.train(was_training)
        return UNKNOWN

    def value_mode(self, scope: Scope, value: ast.AST, p: Path) -> str:
        """Mode of what an assignment stores: a new model, a copy or alias of one, or unknown."""
        if isinstance(value, ast.Call):
            f = value.func
            if isinstance(f, ast.Attribute) and f.attr == "eval" and not value.args:
                return EVAL
            if isinstance(f, ast.Attribute) and f.attr == "train":
                return self.train_value(value, p) or UNKNOWN
            if isinstance(f, ast.Attribute) and f.attr in CHAINABLE:
                return self.value_mode(scope, f.value, p)
            kind = construction(self.ctx, value)
            if kind and kind[0] == "module":
                return kind[1]
            if kind and kind[0] == "wraps" and value.args:
                return self.value_mode(scope, value.args[0], p)
            return UNKNOWN
        ref = ref_of(value)
        return p.mode(ref) if ref else UNKNOWN

    def grad_context(self, expr: ast.AST) -> Optional[str]:
        """Grad mode inside `with expr:`; None when expr does not touch it."""
        if not isinstance(expr, ast.Call):
            return None
        qn = self.ctx.call_qualname(expr)
        arg = expr.args[0] if expr.args else (expr.keywords[0].value if expr.keywords else None)
        if qn in NO_GRAD:
            return OFF
        if qn in INFERENCE_MODE:
            if arg is None or (isinstance(arg, ast.Constant) and arg.value is True):
                return OFF
            return None if isinstance(arg, ast.Constant) else UNKNOWN
        if qn in ENABLE_GRAD:
            return ON
        if qn in SET_GRAD:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, bool):
                return ON if arg.value else OFF
            return UNKNOWN
        return None

    def grad_switch(self, call: ast.Call) -> Optional[str]:
        """`torch.set_grad_enabled(False)` as a statement switches grad mode until switched back."""
        return self.grad_context(call) if self.ctx.call_qualname(call) in SET_GRAD else None

    def grad_decorator_value(self, qn: str) -> Optional[str]:
        if qn in NO_GRAD or qn in INFERENCE_MODE:
            return OFF
        if qn in ENABLE_GRAD:
            return ON
        return None

    def modules_loop_owner(self, loop: ast.For) -> Optional[str]:
        """`for m in model.modules(): ... m.eval()` -> 'model'."""
        it = loop.iter
        while isinstance(it, ast.Call) and isinstance(it.func, ast.Name) and it.func.id in ("list", "enumerate", "tuple", "reversed") and it.args:
            it = it.args[0]
        if not (isinstance(it, ast.Call) and isinstance(it.func, ast.Attribute)
                and it.func.attr in ("modules", "children", "named_modules", "named_children")):
            return None
        owner = ref_through(it.func.value)
        switches = any(mode_switch(n) is not None for stmt in loop.body for n in walk(stmt))
        return owner if switches else None

    def _switches_modes(self, scope: Scope, fn: ast.AST) -> bool:
        """A function or lambda handed to `model.apply(...)` that calls eval()/train() on something."""
        if isinstance(fn, ast.Name):
            target = self.function_named(scope, fn.id)
            fn = target.node if target else None
        if fn is None:
            return False
        return any(mode_switch(n) is not None for n in walk(fn))

    def changes_state(self, stmt: ast.AST) -> bool:
        """Whether a statement may change a mode (worth remembering a branch condition for)."""
        for n in walk(stmt):
            if isinstance(n, ast.Call):
                f = n.func
                if isinstance(f, ast.Attribute) and f.attr in ("eval", "train", "apply"):
                    return True
                if self._sites.get(n) is not None:
                    return True
                if self.grad_context(n) is not None:
                    return True
            elif isinstance(n, (ast.Assign, ast.AnnAssign)) and n.value is not None and construction(self.ctx, self._unchain(n.value)):
                return True
        return False

    def apply_call(self, scope: Scope, call: ast.Call, paths: Paths) -> Paths:
        """State after a call: mode switches, in-file functions through their summaries, unknown code."""
        f = call.func
        site = self.site(scope, call)
        if isinstance(f, ast.Attribute) and f.attr in ("eval", "train", "apply"):
            value = f.value
            is_super = isinstance(value, ast.Call) and isinstance(value.func, ast.Name) and value.func.id == "super"
            recv = scope.self_name if is_super else ref_through(value)
            module_like = site is None or self.ctx.is_module_class(site.callee.cls)
            if recv and f.attr == "apply":
                if call.args and self._switches_modes(scope, call.args[0]):
                    return frozenset(p.set_below(recv, UNKNOWN) for p in paths)
                return paths
            if f.attr != "apply" and not is_super and site is None and (recv is None or not self.is_model(scope, recv)):
                # `models["a"].eval()`, `for m in nets: m.eval()`: some module changes mode and we cannot
                # tell which; any model of this scope may be it.
                touched = self.scope_models(scope)
                return frozenset(self._all_unknown(p, touched) for p in paths) if touched else paths
            if recv and module_like:
                out = set()
                for p in paths:
                    mode = EVAL if f.attr == "eval" and not call.args else self.train_value(call, p) if f.attr == "train" else UNKNOWN
                    out.add(self.set_mode(scope, p, recv, mode or UNKNOWN))
                out = frozenset(out)
                if site is not None and not is_super:  # an override of train(): what it does to the children
                    out = self.apply_summary(site, out, skip_self=True)
                return out
        if site is not None:
            if self.summary(site.callee) is not None:
                return self.apply_summary(site, paths)
        return self.unknown_call(scope, call, paths)

    def scope_models(self, scope: Scope) -> List[str]:
        """Model references written in scope's own code."""
        memo = ("scope-models", scope)
        if memo not in self._memo:
            refs = {ref_of(n) for n in scope.own_nodes if isinstance(n, (ast.Name, ast.Attribute))}
            self._memo[memo] = sorted(r for r in refs if r and self.is_model(scope, r))
        return self._memo[memo]

    @staticmethod
    def _all_unknown(p: Path, refs: List[str]) -> Path:
        for ref in refs:
            p = p.set_mode(ref, UNKNOWN)
        return p

    def set_mode(self, scope: Scope, p: Path, ref: str, value: str) -> Path:
        """`ref.eval()`, and the same for other names of that module in scope (`net = model`,
        `backbone = model.backbone`, `ddp = DDP(model)`): one object, one mode."""
        p = p.set_mode(ref, value)
        for a, b in self.aliases(scope):
            for this, other in ((a, b), (b, a)):
                rest = _under(ref, this)
                if rest is not None:
                    p = p.set_mode(other + rest, value)
                elif _under(this, ref) is not None:
                    p = p.set_mode(other, value)  # `other` names a part of what was switched
        return p

    def aliases(self, scope: Scope) -> List[Tuple[str, str]]:
        """(name, name) pairs bound to the same module by a plain assignment in scope's own code."""
        memo = ("aliases", scope)
        if memo not in self._memo:
            pairs = []
            for node in scope.assignments:
                if isinstance(node, ast.Assign) and len(node.targets) == 1:
                    target, source = ref_of(node.targets[0]), self._alias_source(node.value)
                    if target and source and target != source and self.is_model(scope, target):
                        pairs.append((target, source))
            self._memo[memo] = pairs
        return self._memo[memo]

    def _alias_source(self, value: ast.AST) -> Optional[str]:
        """The module a value is (not a copy of): `model`, `model.to(device)`, `DDP(model)`, `torch.compile(model)`."""
        return _unwrapped(value, lambda call: (self.ctx.call_qualname(call) or "") in ALIASING_WRAPPERS)

    def apply_summary(self, site: Site, paths: Paths, skip_self: bool = False, exits: Optional[Paths] = None) -> Paths:
        """Paths after the call: the callee's exit states (or the given ones) mapped to the caller's names."""
        exits = self.summary(site.callee) if exits is None else exits
        if exits is None:
            return self.unknown_call(site.caller, site.call, paths)

        def order(item):
            key = item[0]
            star = key.endswith(".*")
            return (key.count(".") - (1 if star else 0) + (1 if star else 0), 0 if star else 1, key)

        effects = []
        for q in exits:
            changes = []
            for key, value in sorted(q.modes, key=order):
                star = key.endswith(".*")
                base = key[:-2] if star else key
                if skip_self and base == site.callee.self_name and not star:
                    continue
                mapped = self.to_caller(site, base)
                if mapped is None:
                    continue
                source = entry_ref(value)
                changes.append((mapped, star, source, value))
            effects.append(changes)
        out = set()
        for p in paths:
            for changes in effects:
                r = p
                for mapped, star, source, value in changes:
                    if source is not None:
                        src = self.to_caller(site, source)
                        value = p.mode(src) if src else UNKNOWN
                    r = r.set_below(mapped, value) if star else self.set_mode(site.caller, r, mapped, value)
                out.add(r)
        return frozenset(out)

    def context_manager_site(self, expr: ast.AST) -> Optional[Site]:
        """`helper(model)` in `with helper(model):` where helper is a generator of the file
        (a @contextlib.contextmanager): its code runs in two halves, around the with block."""
        site = self._sites.get(expr) if isinstance(expr, ast.Call) else None
        if site is None or not any(isinstance(n, (ast.Yield, ast.YieldFrom)) for n in site.callee.own_nodes):
            return None
        return site

    def enter_context(self, site: Site, paths: Paths) -> Paths:
        """State at the start of the with block: the helper's code up to its `yield`."""
        f = self.flow(site.callee)
        if f is None or f.failed:
            return self.unknown_call(site.caller, site.call, paths)
        at_yield = frozenset(q for n in site.callee.own_nodes if isinstance(n, (ast.Yield, ast.YieldFrom))
                             for q in f.at.get(n, ()))
        return self._context_effects(site, paths, at_yield)

    def exit_context(self, site: Site, paths: Paths) -> Paths:
        """State after the with block: the helper has run to its end (its code after `yield`)."""
        exits = self.summary(site.callee)
        if exits is None:
            return self.unknown_call(site.caller, site.call, paths)
        return self._context_effects(site, paths, exits)

    def _context_effects(self, site: Site, paths: Paths, states: Paths) -> Paths:
        if not states:
            return self.unknown_call(site.caller, site.call, paths)
        out = self.apply_summary(site, paths, exits=states)
        # A model handed over that the helper switches in ways its states cannot say
        # (`for m in models: m.eval()` over `*models`): its mode is unknown from here on.
        if not self._switches_modes(site.callee, site.callee.node):
            return out
        passed = []
        for arg in list(site.call.args) + [k.value for k in site.call.keywords]:
            ref = ref_through(arg.value if isinstance(arg, ast.Starred) else arg)
            if ref and self.is_model(site.caller, ref):
                inner = self.to_callee(site, ref)
                if inner is None or any(q.mode(inner) == entry(inner) for q in states):
                    passed.append(ref)
        return frozenset(self._all_unknown(p, passed) for p in out) if passed else out

    def unknown_call(self, scope: Scope, call: ast.Call, paths: Paths) -> Paths:
        """Code we cannot see may switch the mode of any model handed to it."""
        qn = self.ctx.call_qualname(call) or ""
        if qn in HARMLESS_CALLS or qn.startswith(HARMLESS_PREFIXES) or self.grad_context(call) is not None:
            return paths
        affected = set()
        f = call.func
        if isinstance(f, ast.Attribute):
            if f.attr in HARMLESS_METHODS:
                return paths
            recv = ref_through(f.value)
            if recv and recv != scope.self_name and f.attr not in HARMLESS_MODEL_METHODS and self.is_model(scope, recv):
                affected.add(recv)
        cls = self.ctx.classes.get(qn)
        if cls is not None and self.method(cls, "__init__") is None and self._plain_bases(cls):
            return paths  # a class of the file with nothing to run on construction
        for arg in list(call.args) + [k.value for k in call.keywords]:
            if isinstance(arg, ast.Starred):
                arg = arg.value
            passed = ref_through(arg)
            if passed and self.is_model(scope, passed):
                affected.add(passed)
        if not affected:
            return paths
        out = set()
        for p in paths:
            for ref in affected:
                p = p.set_mode(ref, UNKNOWN)
            out.add(p)
        return frozenset(out)

    def _plain_bases(self, cls: ast.ClassDef, seen: Tuple = ()) -> bool:
        for base in cls.bases:
            qn = self.ctx.qualname(base) or "?"
            if qn in self.ctx.classes and self.ctx.classes[qn] not in seen:
                inner = self.ctx.classes[qn]
                if self.method(inner, "__init__") is not None or not self._plain_bases(inner, seen + (cls,)):
                    return False
            elif qn not in ("object", "torch.nn.Module"):
                return False
        return True

    # ------------------------------------------------------------------ training and gradients
    def is_backward(self, call: ast.AST) -> bool:
        if not isinstance(call, ast.Call):
            return False
        f = call.func
        return (isinstance(f, ast.Attribute) and f.attr in BACKWARD_METHODS) or self.ctx.call_qualname(call) == "torch.autograd.backward"

    def is_step(self, scope: Scope, call: ast.Call) -> bool:
        """`optimizer.step()`, `scaler.step(optimizer)` (not `scheduler.step()`)."""
        if not isinstance(call, ast.Call):
            return False
        f = call.func
        if not (isinstance(f, ast.Attribute) and f.attr == "step"):
            return False
        text = ast.unparse(f.value)
        if _SCHED_NAME.search(text):
            return False
        ref = ref_of(f.value)
        if ref and self.key(scope, ref) in self._plain:
            built = [v for _, v in self._assignments(self.key(scope, ref))]
            if any((construction(self.ctx, v) or ("",))[0] == "optimizer" for v in built):
                return True
        return bool(_OPT_NAME.search(text.rsplit(".", 1)[-1]))

    def trains(self, scope: Scope) -> bool:
        """The function (its closures included) or a function of the file it calls runs a training step."""
        return self._transitive("trains", scope, self.is_training_step)

    def is_training_step(self, scope: Scope, node: ast.AST) -> bool:
        """`loss.backward()`, `optimizer.step()`, `scaler.step(optimizer)` in scope's own code."""
        return self.is_backward(node) or self.is_step(scope, node)

    def uses_gradients(self, scope: Scope) -> bool:
        """Training, or anything else that needs autograd: torch.autograd.grad, `.grad`, requires_grad_()."""
        return self._transitive("grads", scope, self._gradient_use)

    def _gradient_use(self, scope: Scope, node: ast.AST) -> bool:
        if isinstance(node, ast.Call):
            qn = self.ctx.call_qualname(node) or ""
            if self.is_training_step(scope, node) or qn in GRAD_FUNCTIONS or qn.startswith(GRAD_PREFIXES):
                return True
            if qn in ENABLE_GRAD or self.grad_context(node) == ON:
                return True
            f = node.func
            if isinstance(f, ast.Attribute) and f.attr in ("requires_grad_", "retain_grad", "register_hook"):
                return not (node.args and isinstance(node.args[0], ast.Constant) and node.args[0].value is False)
        elif isinstance(node, ast.Attribute) and node.attr == "grad" and isinstance(node.ctx, ast.Load):
            return True
        elif isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Attribute) and t.attr == "requires_grad":
                    return not (isinstance(node.value, ast.Constant) and node.value.value is False)
        return False

    def _transitive(self, what: str, scope: Scope, test, within: Optional[ast.AST] = None) -> bool:
        memo = (what, scope, within)
        if memo in self._memo:
            return self._memo[memo]
        if memo in self._busy:
            return False
        self._busy.add(memo)
        try:
            if within is not None:
                nodes = list(walk(within))
            else:
                nodes = scope.own_nodes if scope.is_module else list(walk(scope.node))
            found = any(test(scope, n) for n in nodes)
            if not found:
                for n in nodes:
                    site = self._sites.get(n) if isinstance(n, ast.Call) else None
                    if site is not None and self._transitive(what, site.callee, test):
                        found = True
                        break
        finally:
            self._busy.discard(memo)
        self._memo[memo] = found
        return found

    def training_nodes(self, scope: Scope) -> List[ast.Call]:
        """Training steps in scope's own code, and calls of functions of the file that train."""
        return [n for n in scope.calls if (
            self.is_training_step(scope, n)
            or (self._sites.get(n) is not None and self.trains(self._sites[n].callee)))]

    def gradient_nodes(self, scope: Scope) -> List[ast.AST]:
        """Uses of autograd in scope's own code, and calls of functions of the file that use it."""
        return [n for n in scope.own_nodes if self._gradient_use(scope, n) or (
            isinstance(n, ast.Call) and self._sites.get(n) is not None and self.uses_gradients(self._sites[n].callee))]

    def part_trains(self, scope: Scope, node: ast.AST) -> bool:
        """A statement (or expression) of scope runs a training step, itself or through a call."""
        return self._transitive("trains", scope, self.is_training_step, within=node)

    def part_uses_gradients(self, scope: Scope, node: ast.AST) -> bool:
        return self._transitive("grads", scope, self._gradient_use, within=node)

    def trained(self, scope: Scope, ref: str, depth: int = 0, up: bool = True) -> bool:
        """An optimizer is built over the model's parameters (or a part's), or someone calls its train().

        Followed into callees the model is passed to, and out to callers that pass it; but not back out
        of a callee (through its other call sites the name stands for other objects).
        """
        if depth > 4:
            return False
        memo = ("trained-keys",)
        if memo not in self._memo:
            self._memo[memo] = self._trained_keys()
        mine = self.key(scope, ref)
        for k in self._memo[memo]:
            if k[:-1] == mine[:-1] and (_under(k[-1], mine[-1]) is not None or _under(mine[-1], k[-1]) is not None):
                return True
        for site in self.sites_in(scope):
            inner = self.to_callee(site, ref)
            if inner and site.callee is not scope and self.trained(site.callee, inner, depth + 1, up=False):
                return True
        if up:
            for site in self.sites_to(scope):
                outer = self.to_caller(site, ref)
                if outer and self.trained(site.caller, outer, depth + 1):
                    return True
        return False

    def _trained_keys(self) -> Set[Tuple]:
        keys: Set[Tuple] = set()
        for scope in self.scopes:
            values: Dict[str, ast.AST] = {}
            for node in scope.assignments:
                if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
                    values[node.targets[0].id] = node.value
            for node in scope.calls:
                f = node.func
                if isinstance(f, ast.Attribute) and f.attr == "train" and not node.args and not node.keywords:
                    recv = ref_through(f.value)
                    if recv:
                        keys.add(self.key(scope, recv))
                qn = self.ctx.call_qualname(node) or (f.attr if isinstance(f, ast.Attribute) else "")
                if not is_optimizer_class(qn):
                    continue
                parts = list(node.args) + [k.value for k in node.keywords]
                parts += [values[a.id] for a in parts if isinstance(a, ast.Name) and a.id in values]
                for part in parts:
                    for n in walk(part):
                        if isinstance(n, ast.Call) and isinstance(n.func, ast.Attribute) and n.func.attr in ("parameters", "named_parameters"):
                            owner = ref_through(n.func.value)
                            if owner:
                                keys.add(self.key(scope, owner))
        return keys

    # ------------------------------------------------------------------ inference
    def inference_named(self, scope: Scope) -> bool:
        """evaluate/eval*/valid*/test*/predict*/infer* functions, but not pytest tests or Module.eval(),
        and not one whose result a caller trains with (PPO's `evaluate_actions`, a `test_loss` that is
        backpropagated): eval() or no_grad there would break training."""
        if scope.is_module or not INFERENCE_NAME.match(scope.name) or self.trains(scope):
            return False
        if scope.cls is not None and scope.name in ("eval", "train") and self.ctx.is_module_class(scope.cls):
            return False
        return not self.is_unit_test(scope) and not self.feeds_training(scope)

    def feeds_training(self, scope: Scope, depth: int = 0) -> bool:
        """A caller in the file, with autograd on, trains with what scope returns: the result reaches a
        backward / gradient call (or is returned to a caller that does), or scope hands out a forward
        pass's graph to a caller whose own code runs a training step."""
        memo = ("feeds-training", scope)
        if memo in self._memo:
            return self._memo[memo]
        if memo in self._busy or depth > 4:
            return False
        self._busy.add(memo)
        try:
            found = False
            for site in self.sites_to(scope):
                if self.grads_at(site.caller, site.call) == {OFF}:
                    continue
                caller = site.caller
                names = self.tainted_names(caller, {site.call})
                if self._reaches_gradients(caller, names, site.call):
                    found = True
                elif self._returns_taint(caller, names, {site.call}) and self.feeds_training(caller, depth + 1):
                    found = True
                elif self.returns_forward(scope) and any(
                        self.is_training_step(caller, n) for n in caller.calls):
                    found = True
                if found:
                    break
        finally:
            self._busy.discard(memo)
        self._memo[memo] = found
        return found

    def tainted_names(self, scope: Scope, sources: Set[ast.AST]) -> Set[str]:
        """Names of scope that may hold what the `sources` nodes computed (through assignments, loops,
        appends), stopping at calls that detach from autograd (`.item()`, `float(...)`)."""
        tainted: Set[str] = set()
        changed = True
        while changed:
            changed = False
            for node in scope.own_nodes:
                targets: List[ast.AST] = []
                if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)) and self.carries(node.value, sources, tainted):
                    targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                elif isinstance(node, (ast.For, ast.comprehension)) and self.carries(node.iter, sources, tainted):
                    targets = [node.target]
                elif (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                      and node.func.attr in ("append", "extend", "add") and isinstance(node.func.value, ast.Name)
                      and any(self.carries(a, sources, tainted) for a in node.args)):
                    targets = [node.func.value]
                for t in targets:
                    for n in walk(t):
                        if isinstance(n, ast.Name) and n.id not in tainted:
                            tainted.add(n.id)
                            changed = True
        return tainted

    @staticmethod
    def carries(expr: Optional[ast.AST], sources: Set[ast.AST], tainted: Set[str]) -> bool:
        """expr may evaluate to (something computed from) a source node or a tainted name."""
        if expr is None:
            return False
        todo = [expr]
        while todo:
            n = todo.pop()
            if n in sources or (isinstance(n, ast.Name) and n.id in tainted):
                return True
            if isinstance(n, ast.Call):
                f = n.func
                if (isinstance(f, ast.Attribute) and f.attr in DETACHING) or (isinstance(f, ast.Name) and f.id in DETACHING_CALLS):
                    continue
            if isinstance(n, ast.Lambda):
                continue
            todo.extend(ast.iter_child_nodes(n))
        return False

    def _reaches_gradients(self, scope: Scope, tainted: Set[str], source: ast.AST) -> bool:
        """A tainted value is differentiated in scope: `loss.backward()`, `scaler.scale(loss).backward()`,
        `accelerator.backward(loss)`, `torch.autograd.grad(loss, ...)`, or handed to a function of the
        file that uses gradients."""
        for n in scope.calls:
            qn = self.ctx.call_qualname(n) or ""
            parts = list(n.args) + [k.value for k in n.keywords]
            if self.is_backward(n):
                parts.append(n.func.value if isinstance(n.func, ast.Attribute) else n.func)
            elif not (qn in GRAD_FUNCTIONS or qn.startswith(GRAD_PREFIXES)):
                site = self._sites.get(n)
                if site is None or not self.uses_gradients(site.callee):
                    continue
            if any(self.carries(p, {source}, tainted) for p in parts):
                return True
        return False

    def _returns_taint(self, scope: Scope, tainted: Set[str], sources: Set[ast.AST]) -> bool:
        return any(isinstance(n, (ast.Return, ast.Yield, ast.YieldFrom)) and self.carries(n.value, sources, tainted)
                   for n in scope.own_nodes)

    def returns_forward(self, scope: Scope) -> bool:
        """A return/yield hands out something computed by a forward pass of a model (names followed
        through assignments): a caller may differentiate through it."""
        forwards = {node for node, _ in self.forwards(scope)}
        return self._returns_taint(scope, self.tainted_names(scope, forwards), forwards)

    def is_unit_test(self, scope: Scope) -> bool:
        """A pytest / unittest test function: checks shapes and values, whatever the mode (not inference)."""
        if scope.is_module or not scope.name.startswith("test"):
            return False
        if scope.cls is not None and any((self.ctx.qualname(b) or "").endswith("TestCase") for b in scope.cls.bases):
            return True  # unittest.TestCase, torch.testing's TestCase ...
        return self.is_test_file()

    def is_test_file(self) -> bool:
        base = os.path.basename(self.ctx.path)
        return (base.startswith("test_") or base.endswith("_test.py") or base == "conftest.py"
                or any(v.split(".")[0] in ("pytest", "unittest") for v in self.ctx.imports.values()))

    def forwards(self, scope: Scope) -> Iterator[Tuple[ast.Call, str]]:
        """Calls running a model: `model(x)`, `model.forward(x)`."""
        for node in scope.calls:
            ref = ref_of(node.func)
            if isinstance(node.func, ast.Attribute) and node.func.attr == "forward":
                ref = ref_of(node.func.value)
            if ref and self.is_model(scope, ref):
                yield node, ref

    def exports(self, scope: Scope) -> Iterator[Tuple[ast.Call, str, str]]:
        """torch.jit.trace / script and torch.export.export of a model (they keep its current mode)."""
        for node in scope.calls:
            if node.args:
                qn = self.ctx.call_qualname(node)
                ref = ref_through(node.args[0])
                if qn in EXPORTS and ref and self.is_model(scope, ref):
                    yield node, ref, qn

    def mode_calls(self, scope: Scope, ref: str, within: ast.AST) -> List[ast.Call]:
        """Calls in `within` that switch `ref` (or a model above or below it), directly or through the file."""
        found = []
        for n in walk(within):
            if not isinstance(n, ast.Call):
                continue
            f = n.func
            if isinstance(f, ast.Attribute) and f.attr in ("eval", "train", "apply"):
                recv = ref_through(f.value)
                if recv and (_under(recv, ref) is not None or _under(ref, recv) is not None):
                    found.append(n)
                    continue
            site = self._sites.get(n)
            if site is not None and site.caller is scope:
                inner = self.to_callee(site, ref)
                exits = self.summary(site.callee)
                if inner and exits and any(k.split(".")[0] == _root(inner) for q in exits for k, _ in q.modes):
                    found.append(n)
        return found

    def steps_modes(self, scope: Scope, ref: str, nodes: List[ast.AST], given: Optional[Dict[str, Set[str]]] = None,
                    depth: int = 0) -> Dict[ast.AST, Set[str]]:
        """Modes of `ref` at each training step reached from `nodes` (steps, or calls into functions that train).

        `given` pins what `entry:` means for this scope (the caller's state at the one call being
        followed) instead of joining all callers.
        """
        out: Dict[ast.AST, Set[str]] = {}

        def resolve(value: str) -> Set[str]:
            src = entry_ref(value)
            if src is not None and given is not None and src in given:
                return given[src]
            return self.concrete(scope, value)

        for node in nodes:
            if not isinstance(node, ast.Call):
                continue
            if self.is_training_step(scope, node):
                values: Set[str] = set()
                for p in self.paths_at(scope, node):
                    values |= resolve(p.mode(ref))
                out[node] = values
                continue
            site = self._sites.get(node)
            if site is None or depth > 3 or not self.trains(site.callee):
                continue
            inner = self.to_callee(site, ref)
            if inner is None:
                continue
            at_call: Set[str] = set()
            for p in self.paths_at(scope, node):
                at_call |= resolve(p.mode(ref))
            callee = site.callee
            for step, values in self.steps_modes(callee, inner, callee.calls, {inner: at_call}, depth + 1).items():
                out[step] = out.get(step, set()) | values
        return out


def analysis(ctx: FileContext) -> FileAnalysis:
    """One FileAnalysis per file, shared by the rules that need it."""
    return ctx.shared(FileAnalysis, FileAnalysis)
