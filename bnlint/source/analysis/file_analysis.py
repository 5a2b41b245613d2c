"""The analysis of one file that the mode rules (BN101-BN103, BN201-BN202) share, built once per file.

Everything is read from the one file; nothing is imported. The parts, each answering one question:
- tree (semantic.scopes): scopes and how names bind;
- calls (semantic.calls): which calls run which function of the file, arguments bound to parameters;
- refs (references): which references hold an nn.Module;
- layers (traits): whether a model's mode matters, whether it has BatchNorm buffers;
- training (training): training steps, gradients, trained models;
- flows (flows, with interpreter and transfer): the mode and grad mode at every call;
- inference (inference): forward passes, inference by name, what feeds training.
The mode flow runs lazily: rules that never ask about modes never run the interpreter.
"""

from __future__ import annotations

import ast
from typing import Union

from bnlint.source.analysis.flows import ModeFlows
from bnlint.source.analysis.inference import Inference
from bnlint.source.analysis.instances import imported_instances
from bnlint.source.analysis.references import ModuleReferences, class_of, ref_through
from bnlint.source.analysis.traits import LayerTraits
from bnlint.source.analysis.training import Training, grad_decorator_value
from bnlint.source.context import FileContext
from bnlint.source.semantic.calls import CallGraph
from bnlint.source.semantic.scopes import Scope, scopes_of


class FileAnalysis:
    def __init__(self, ctx: FileContext):
        self.ctx = ctx
        self.tree = tree = scopes_of(ctx)  # the same scopes another file's call sites were given
        self.calls = CallGraph(tree, lambda scope, ref: class_of(tree, scope, ref), ref_through,
                               lambda decorator: grad_decorator_value(decorator) is not None)
        self.refs = ModuleReferences(tree, self.calls, imported_instances(ctx))
        self.calls.hands_model = self._hands_model  # calls into other project files are followed from here on
        self.layers = LayerTraits(tree, self.calls, self.refs)
        self.training = Training(tree, self.calls, self.refs)
        self.flows = ModeFlows(tree, self.calls, self.refs)
        self.inference = Inference(tree, self.calls, self.refs, self.training, self.flows)
        for part in (self.training, self.flows, self.inference, self.layers):
            part.other = other_file  # a call into another file of the project is followed in that file's analysis


    def _hands_model(self, scope: Scope, call: ast.Call) -> bool:
        for arg in list(call.args) + [k.value for k in call.keywords]:
            ref = ref_through(arg.value if isinstance(arg, ast.Starred) else arg)
            if ref and self.refs.is_model(scope, ref):
                return True
        return False


def other_file(where: Union[Scope, FileContext]) -> "FileAnalysis":
    """The analysis of another file of the project: the one a scope is in, or the one of a context."""
    return analysis(where if isinstance(where, FileContext) else where.ctx)


def analysis(ctx: FileContext) -> FileAnalysis:
    """One FileAnalysis per file, shared by the rules that need it."""
    return ctx.shared(FileAnalysis, FileAnalysis)
