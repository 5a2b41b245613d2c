"""BN104 mode-method-not-called: `model.eval` with no call, `if self.train:` (the method, always true).

Also the home of the model evidence BN104 and BN105 share: whether a name in the file is an
nn.Module (`ModelEvidence`) and who `self` is (`method_owner`).
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from typing import Dict, Iterator, List, Optional, Set

from bnlint.diagnostic import Applicability, Diagnostic
from bnlint.source.context import MODULE_BASES, FileContext, dotted, library_module_class, uses_torch, walk
from bnlint.source.rule import Rule

MODE_METHODS = ("train", "eval")

# Methods whose call on a name says it is an nn.Module. Optimizers share a few (zero_grad,
# state_dict); they are ruled out by how they are built (NON_MODEL_CALLS) or named.
MODULE_METHODS = {
    "parameters", "named_parameters", "state_dict", "load_state_dict", "to", "cuda", "zero_grad",
    "named_modules", "modules", "children", "named_children", "buffers", "named_buffers",
    "register_forward_hook", "register_forward_pre_hook", "register_buffer", "add_module", "requires_grad_",
}
# Calls on a Module that return the Module itself: `Net().to(device).eval()` is still `Net()`.
CHAINABLE = {"to", "cuda", "cpu", "eval", "train", "half", "float", "double", "requires_grad_"}
FACTORIES = {"timm.create_model", "torch.hub.load", "torch.jit.load", "torch.jit.script", "torch.compile"}
# What configuration objects, data and optimizers are built from.
NON_MODEL_PREFIXES = (
    "argparse.", "types.", "omegaconf.", "easydict.", "ml_collections.", "hydra.", "json.", "yaml.",
    "collections.", "dataclasses.", "pandas.", "numpy.", "torch.optim.", "torch.utils.data.", "sklearn.",
)
NON_MODEL_CALLS = {"dict", "vars", "SimpleNamespace", "EasyDict", "edict", "parse_args", "parse_known_args"}
# Names that hold settings or optimizers, never a model whose mode matters.
NON_MODEL_NAMES = {
    "args", "arguments", "opt", "opts", "options", "cfg", "config", "conf", "configs", "hparams", "hp", "hps",
    "params", "flags", "FLAGS", "settings", "hyperparams", "hyper_params", "optimizer", "optim", "scheduler",
    "lr_scheduler", "sched",
}
PLAIN_BASES = ("object", "typing.", "enum.", "abc.", "collections.", "dataclasses.", "torch.utils.data.")


@dataclass(frozen=True)
class Owner:
    """`name` is the first parameter of `method`, a plain method of class `cls`."""

    name: str
    cls: ast.ClassDef
    method: ast.AST


def method_owner(ctx: FileContext, node: ast.AST) -> Optional[Owner]:
    func = None
    for anc in ctx.ancestors(node):
        if isinstance(anc, (ast.FunctionDef, ast.AsyncFunctionDef)):
            func = anc  # the outermost function below the class: closures see its `self`
        elif isinstance(anc, ast.ClassDef):
            if func is None or not func.args.args:
                return None
            if any(ctx.qualname(d) in ("staticmethod", "classmethod") for d in func.decorator_list):
                return None
            return Owner(func.args.args[0].arg, anc, func)
    return None


def class_chain(ctx: FileContext, cls: ast.ClassDef) -> List[ast.ClassDef]:
    """The class and its base classes defined in this file."""
    chain, todo = [], [cls]
    while todo:
        c = todo.pop()
        if c in chain:
            continue
        chain.append(c)
        todo += [ctx.classes[b.id] for b in c.bases if isinstance(b, ast.Name) and b.id in ctx.classes]
    return chain


def defines_data(ctx: FileContext, cls: ast.ClassDef, attr: str) -> bool:
    """The class (or a base in the file) makes `attr` something other than a plain method:
    `self.train = True`, a class attribute, a property, `setattr(self, "train", ...)`."""
    for c in class_chain(ctx, cls):
        selves = {m.args.args[0].arg for m in ctx.methods(c).values() if m.args.args} | {"self"}
        for n in walk(c):
            if (isinstance(n, ast.Attribute) and n.attr == attr and isinstance(n.ctx, (ast.Store, ast.Del))
                    and isinstance(n.value, ast.Name) and n.value.id in selves):
                return True
            if isinstance(n, ast.Call) and isinstance(n.func, ast.Name) and n.func.id == "setattr" and len(n.args) > 1:
                if isinstance(n.args[1], ast.Constant) and n.args[1].value == attr:
                    return True
        for stmt in c.body:
            if isinstance(stmt, (ast.Assign, ast.AnnAssign)):
                targets = stmt.targets if isinstance(stmt, ast.Assign) else [stmt.target]
                if any(isinstance(t, ast.Name) and t.id == attr for t in targets):
                    return True
            elif isinstance(stmt, (ast.FunctionDef, ast.AsyncFunctionDef)) and stmt.name == attr:
                if any(not isinstance(d, ast.Name) or d.id != "staticmethod" for d in stmt.decorator_list):
                    return True  # property, cached_property, a setter ...
    return False


def needs_arguments(ctx: FileContext, cls: ast.ClassDef, attr: str) -> bool:
    """The class overrides `attr` with a method that cannot be called with no arguments."""
    for c in class_chain(ctx, cls):
        method = ctx.methods(c).get(attr)
        if method is not None:
            a = method.args
            positional = len(a.posonlyargs) + len(a.args) - 1 - len(a.defaults)
            return positional > 0 or any(d is None for d in a.kw_defaults)
    return False


def is_plain_class(ctx: FileContext, cls: ast.ClassDef, seen: tuple = ()) -> bool:
    """A class of the file that is certainly not an nn.Module (no bases, object, dataclass ...)."""
    if ctx.is_module_class(cls) or cls in seen:
        return False
    if any("dataclass" in (ctx.qualname(d.func if isinstance(d, ast.Call) else d) or "") for d in cls.decorator_list):
        return True
    for base in cls.bases:
        qn = ctx.qualname(base) or ""
        if qn in ctx.classes:
            if not is_plain_class(ctx, ctx.classes[qn], seen + (cls,)):
                return False
        elif not (qn == "object" or qn.startswith(PLAIN_BASES) or qn in ("NamedTuple", "TypedDict", "Enum")):
            return False
    return True


class ModelEvidence:
    """Which names of a file hold an nn.Module, judged by the whole file.

    A name is a model when it is built by a Module class of the file, an `nn.*` class, a
    torchvision/timm/hub factory, or a copy of another model; when it is annotated as one; or
    when Module-only methods are called on it (`.parameters()`, `.state_dict()`, `.eval()` ...).
    Names built as configurations, data or optimizers, or named like them (`args`, `cfg`), are not.
    Names are compared as text (`model`, `self.backbone`), file-wide; `self` itself is left to
    the class it belongs to (see method_owner).
    """

    def __init__(self, ctx: FileContext):
        self.ctx = ctx
        self.why: Dict[str, ast.AST] = {}  # name -> the node that shows it is a Module
        self.ctor: Dict[str, str] = {}  # name -> qualified name of what built it
        self.not_model: Set[str] = set()
        self._collect()

    def is_model(self, name: Optional[str]) -> bool:
        return bool(name) and name in self.why and self.may_be_model(name)

    def may_be_model(self, name: str) -> bool:
        """Nothing says `name` is not a model (it may still be unknown)."""
        return (name not in self.not_model and name not in ("self", "cls")
                and name.rsplit(".", 1)[-1] not in NON_MODEL_NAMES and name.split(".")[0] not in self.ctx.imports)

    def _note(self, name: Optional[str], node: ast.AST) -> None:
        if name and name not in ("self", "cls") and name.split(".")[0] not in self.ctx.imports:
            self.why.setdefault(name, node)

    def module_ctor(self, value: ast.AST) -> Optional[str]:
        """Qualified name of the Module-building call `value` (`Net().to(device)` -> 'Net'), else None."""
        while isinstance(value, ast.Call):
            func = value.func
            if isinstance(func, ast.Attribute) and func.attr in CHAINABLE and isinstance(func.value, ast.Call):
                value = func.value
            elif self.ctx.call_qualname(value) == "copy.deepcopy" and value.args:
                value = value.args[0]
            else:
                break
        qn = self.ctx.call_qualname(value)
        if not qn:
            return None
        last = qn.rsplit(".", 1)[-1]
        if qn in self.ctx.module_classes or qn in FACTORIES:
            return qn
        library = library_module_class(qn)
        if library is not None:
            return qn if library else None
        if qn.startswith("transformers.") and last == "from_pretrained":
            return qn
        return None

    def _non_model_value(self, value: ast.AST) -> bool:
        if not isinstance(value, ast.Call):
            return isinstance(value, (ast.Dict, ast.Constant, ast.List, ast.Tuple, ast.JoinedStr))
        qn = self.ctx.call_qualname(value) or ""
        last = qn.rsplit(".", 1)[-1] or (value.func.attr if isinstance(value.func, ast.Attribute) else "")
        if qn.startswith(NON_MODEL_PREFIXES) or last in NON_MODEL_CALLS:
            return True
        cls = self.ctx.classes.get(qn)
        return cls is not None and is_plain_class(self.ctx, cls)

    def _source(self, value: ast.AST) -> Optional[str]:
        """The model a value copies: `net`, `copy.deepcopy(net)`, `net.to(device)`, `net.module`."""
        while True:
            if isinstance(value, ast.Call) and self.ctx.call_qualname(value) == "copy.deepcopy" and value.args:
                value = value.args[0]
            elif isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute) and value.func.attr in CHAINABLE:
                value = value.func.value
            elif isinstance(value, ast.Attribute) and value.attr == "module":
                value = value.value
            else:
                return dotted(value)

    def _collect(self) -> None:
        ctx = self.ctx
        assigns, calls = [], []
        for node in ctx.nodes:
            if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
                meth, n_args = node.func.attr, len(node.args) + len(node.keywords)
                if (meth in MODULE_METHODS or (meth == "eval" and n_args == 0)
                        or (meth == "train" and n_args <= 1 and all(k.arg == "mode" for k in node.keywords))):
                    calls.append((dotted(node.func.value), node))
            elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
                targets = node.targets if isinstance(node, ast.Assign) else [node.target]
                for t in targets:
                    name = dotted(t)
                    if name:
                        assigns.append((name, node.value, node))
                        if isinstance(node, ast.AnnAssign):
                            self._annotation(name, node.annotation, node)
            elif isinstance(node, ast.arg) and node.annotation is not None:
                self._annotation(node.arg, node.annotation, node)
        # The strongest evidence first, so that messages point at it: what built the name, then
        # the first Module-only call on it.
        for name, value, node in sorted(assigns, key=lambda a: (a[2].lineno, a[2].col_offset)):
            ctor = self.module_ctor(value)
            if ctor:
                self.ctor.setdefault(name, ctor)
                self._note(name, node)
            elif self._non_model_value(value):
                self.not_model.add(name)
        for name, node in sorted(calls, key=lambda c: (c[1].lineno, c[1].col_offset)):
            self._note(name, node)
        changed = True
        while changed:  # copies of models: `ema = copy.deepcopy(model)`, `net = model.to(device)`
            changed = False
            for name, value, node in assigns:
                source = self._source(value)
                if name not in self.why and self.is_model(source) and self.may_be_model(name):
                    self._note(name, node)
                    if source in self.ctor:
                        self.ctor.setdefault(name, self.ctor[source])
                    changed = True

    def _annotation(self, name: str, annotation: ast.AST, node: ast.AST) -> None:
        qn = self.ctx.qualname(annotation) or ""
        if qn in MODULE_BASES or qn in self.ctx.module_classes:
            self._note(name, node)
        elif qn.startswith(NON_MODEL_PREFIXES) or qn in ("dict", "Namespace", "DictConfig") or (
            qn in self.ctx.classes and is_plain_class(self.ctx, self.ctx.classes[qn])
        ):
            self.not_model.add(name)

    def ctor_class(self, name: str) -> Optional[ast.ClassDef]:
        """The class of this file that built `name`, if any."""
        return self.ctx.classes.get(self.ctor.get(name, ""))


def model_evidence(ctx: FileContext) -> ModelEvidence:
    """One ModelEvidence per file, shared by the rules that need it."""
    return ctx.shared(ModelEvidence, ModelEvidence)


# Where the bound method stands for a boolean: (qualified callee, positional index of its flag).
FLAG_POSITIONS = {
    "torch.nn.functional.dropout": 2,
    "torch.nn.functional.dropout1d": 2,
    "torch.nn.functional.dropout2d": 2,
    "torch.nn.functional.dropout3d": 2,
    "torch.nn.functional.alpha_dropout": 2,
    "torch.nn.functional.feature_alpha_dropout": 2,
    "torch.dropout": 2,
    "torch.nn.functional.batch_norm": 5,
    "torch.nn.functional.rrelu": 3,
}
FLAG_KEYWORDS = ("training", "train", "is_training")
TRUE_MEANS = {
    "test": "the condition holds in either mode",
    "not": "`not` of it is always false",
    "boolop": "it counts as true in either mode",
    "compare": "the comparison gives the same answer in either mode",
    "argument": "the callee gets a method, which counts as true in either mode (training behaviour after eval())",
    "torch": "torch rejects it (TypeError: must be bool, not method)",
}


def truth_use(ctx: FileContext, node: ast.AST) -> Optional[str]:
    """How `node` is used as a boolean, one of TRUE_MEANS' keys, or None."""
    parent = ctx.parents.get(node)
    if isinstance(parent, (ast.If, ast.While, ast.IfExp, ast.Assert)) and parent.test is node:
        return "test"
    if isinstance(parent, ast.comprehension) and node in parent.ifs:
        return "test"
    if isinstance(parent, ast.UnaryOp) and isinstance(parent.op, ast.Not):
        return "not"
    if isinstance(parent, ast.BoolOp):
        return "boolop"
    if isinstance(parent, ast.Compare) and len(parent.ops) == 1:
        other = parent.comparators[0] if parent.left is node else parent.left
        if isinstance(other, ast.Constant) and isinstance(other.value, bool):
            return "compare" if isinstance(parent.ops[0], (ast.Eq, ast.NotEq, ast.Is, ast.IsNot)) else None
    if isinstance(parent, ast.Call) and node in parent.args:
        index = FLAG_POSITIONS.get(ctx.call_qualname(parent) or "")
        if index is not None and parent.args.index(node) == index:
            return "torch"
    if isinstance(parent, ast.keyword) and parent.arg in FLAG_KEYWORDS:
        call = ctx.parents.get(parent)
        return "torch" if (ctx.call_qualname(call) or "").startswith("torch.") else "argument"
    return None


class ModeMethodNotCalled(Rule):
    code = "BN104"
    tokens = ("train", "eval")
    patterns = (re.compile(r"\.[\s\\]*(?:train|eval)\b(?![ \t]*\()"),)  # not called on the same line

    def check(self, ctx: FileContext) -> Iterator[Diagnostic]:
        found = [
            n for n in ctx.nodes_of(ast.Attribute)
            if n.attr in MODE_METHODS and isinstance(n.ctx, ast.Load) and not _called(ctx, n)
        ]
        if not found:
            return
        evidence = model_evidence(ctx)
        # `x.train = ...` anywhere makes `x.train` a data attribute.
        stored = {(dotted(n.value), n.attr) for n in ctx.nodes_of(ast.Attribute)
                  if n.attr in MODE_METHODS and isinstance(n.ctx, (ast.Store, ast.Del))}
        for node in found:
            subject = self._subject(ctx, evidence, node, stored)
            if subject is None:
                continue
            if isinstance(ctx.parents.get(node), ast.Expr):
                diag = self._bare(ctx, evidence, node, subject, found)
            else:
                use = truth_use(ctx, node)
                diag = self._truth(ctx, evidence, node, subject, use) if use else None
            if diag is not None:
                yield diag

    def _subject(self, ctx: FileContext, evidence: ModelEvidence, node: ast.Attribute, stored: set):
        """('self', owner) for a Module's own method; ('model', name) for a name known to be a Module;
        ('unknown', name) for a name nothing rules out; None when this is not Module.train/eval."""
        owner = method_owner(ctx, node)
        if owner and isinstance(node.value, ast.Name) and node.value.id == owner.name:
            if not ctx.is_module_class(owner.cls) or defines_data(ctx, owner.cls, node.attr):
                return None  # a Dataset's `self.train = True` flag, a property ...
            if needs_arguments(ctx, owner.cls, node.attr):
                return None  # `def train(self, loader)`: the class's own method, not Module.train
            return "self", owner
        name = dotted(node.value)
        if not name or not evidence.may_be_model(name) or (name, node.attr) in stored:
            return None
        cls = evidence.ctor_class(name)
        if cls is not None and (defines_data(ctx, cls, node.attr) or needs_arguments(ctx, cls, node.attr)):
            return None
        return ("model" if evidence.is_model(name) else "unknown"), name

    def _bare(self, ctx, evidence, node, subject, found) -> Optional[Diagnostic]:
        kind, who = subject
        if kind == "unknown":
            # No evidence either way: flag only in files that use PyTorch, and only if `x.eval` is
            # never used as a value elsewhere, so it can only be a method someone forgot to call.
            as_value = any(
                dotted(n.value) == who and n.attr == node.attr and not isinstance(ctx.parents.get(n), ast.Expr)
                for n in found
            )
            if as_value or not uses_torch(ctx):
                return None
        shown = ctx.segment(node)
        subject_text = "the module" if kind == "self" else f"`{ctx.segment(node.value)}`"
        effect = (
            "stays in training mode (BatchNorm keeps using batch statistics, Dropout stays on)"
            if node.attr == "eval"
            else "does not go back to training mode (BatchNorm stops learning running statistics, Dropout stays off)"
        )
        fix = ctx.fix([ctx.insert(ctx.end(node), "()")], Applicability.SAFE, f"Call `{shown}()`")
        return ctx.diagnostic(
            self,
            node,
            f"`{shown}` without `()` does nothing: the method is looked up but never called, so {subject_text} "
            f"{effect}; call `{shown}()`",
            fix=fix,
            related=self._related(ctx, evidence, kind, who),
        )

    def _truth(self, ctx, evidence, node, subject, use) -> Optional[Diagnostic]:
        if subject[0] == "unknown":
            return None  # `if args.train:` is a flag until the file says otherwise
        kind, who = subject
        shown, obj = ctx.segment(node), ctx.segment(node.value)
        fix = None
        if node.attr == "train":
            advice = f"use `{obj}.training`"
            if kind == "self":
                fix = ctx.fix([ctx.replace(node, f"{obj}.training")], Applicability.SAFE, f"Use `{obj}.training`")
            else:
                advice += f" to read the mode (or call `{shown}()` to set it)"
        else:
            advice = f"use `not {obj}.training` to test for eval mode (`{obj}.training` means the opposite)"
            if kind == "self":
                fix = self._eval_fix(ctx, node, obj, use)
                if use in ("argument", "torch"):
                    advice = f"pass `{obj}.training`, or `not {obj}.training` if eval mode was meant"
                elif use == "not":
                    advice = f"`not {shown}` stands for `{obj}.training`"
            else:
                advice += f", or call `{shown}()` to switch to it"
        method = f"Module.{node.attr}"
        return ctx.diagnostic(
            self,
            node,
            f"`{shown}` is the bound method `{method}`, always true, not the mode flag: {TRUE_MEANS[use]}; {advice}",
            fix=fix,
            related=self._related(ctx, evidence, kind, who),
        )

    @staticmethod
    def _eval_fix(ctx: FileContext, node: ast.Attribute, obj: str, use: str):
        """`self.eval` meant "in eval mode": `not self.training`, written to fit where it stands."""
        flag = f"{obj}.training"
        if use in ("test", "boolop"):
            edit = ctx.replace(node, f"not {flag}")
        elif use == "not":
            edit = ctx.replace(ctx.parents[node], flag)
        elif use == "compare":
            edit = ctx.replace(node, f"(not {flag})")
        else:
            return None  # `training=self.eval` (argument, torch): which mode was meant is anyone's guess
        return ctx.fix([edit], Applicability.SAFE, f"Use `{edit.content}`")

    @staticmethod
    def _related(ctx: FileContext, evidence: ModelEvidence, kind: str, who) -> list:
        if kind != "model":
            return []
        node = evidence.why[who]
        return [(ctx.path, ctx.start(node), f"`{who}` is an nn.Module: {_one_line(ctx.segment(node))}")]


def _called(ctx: FileContext, node: ast.AST) -> bool:
    parent = ctx.parents.get(node)
    return isinstance(parent, ast.Call) and parent.func is node


def _one_line(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."
