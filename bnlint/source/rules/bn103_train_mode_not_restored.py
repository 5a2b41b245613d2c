"""BN103 train-mode-not-restored: a training loop switches the model to eval and never back.

A loop whose body trains (backward(), optimizer or scaler step, here or in a function of the file
it calls) and also switches a trained model to eval (directly or through a helper), where the
interpreter finds a path on which the model reaches a training step still in eval mode: the
eval() of one iteration survives into the next one's training. Only models the file shows being
trained count (an optimizer over their parameters, or a train() call), so a frozen teacher kept in
eval inside the loop is not flagged.
"""

from __future__ import annotations

import ast
from typing import Dict, Iterator, List, Optional, Set, Tuple

from bnlint.diagnostic import Applicability, Diagnostic, Fix
from bnlint.fix import ops, statements
from bnlint.source.analysis.file_analysis import FileAnalysis, analysis
from bnlint.source.analysis.modes import EVAL
from bnlint.source.analysis.references import ref_through
from bnlint.source.analysis.training import TRAINING_TEXT
from bnlint.source.context import FileContext, uses_torch
from bnlint.source.rule import Rule
from bnlint.textsearch import in_code
from bnlint.source.semantic.nodes import LOOP, walk, within
from bnlint.source.semantic.scopes import Scope

def loops_innermost_first(scope: Scope) -> List[ast.stmt]:
    """The scope's own loops, deepest first, so a finding goes to the loop that holds the switch."""
    own = [n for n in scope.own_nodes if isinstance(n, LOOP)]
    depth: Dict[ast.AST, int] = {}
    for loop in own:  # own_nodes is in source order: an outer loop comes before the loops inside it
        depth[loop] = 1 + max((depth[o] for o in own if o in depth and _inside(loop, o)), default=0)
    return sorted(own, key=lambda n: -depth[n])


def _inside(node: ast.AST, outer: ast.AST) -> bool:
    return node is not outer and outer.lineno <= node.lineno and node.end_lineno <= outer.end_lineno and (
        node.lineno, node.col_offset) > (outer.lineno, outer.col_offset)


def eval_switches(an: FileAnalysis, scope: Scope, loop: ast.stmt, own: Set[ast.AST]) -> Dict[str, List[ast.Call]]:
    """Model references of scope that calls in the loop put in eval mode: `m.eval()`, `m.train(False)`,
    or a function of the file whose exit leaves (part of) its model in eval."""
    found: Dict[str, List[ast.Call]] = {}
    for node in walk(loop):
        if not isinstance(node, ast.Call) or node not in own:
            continue
        f = node.func
        if isinstance(f, ast.Attribute) and f.attr in ("eval", "train"):
            args = list(node.args) + [k.value for k in node.keywords]
            to_eval = (f.attr == "eval" and not args) or (
                f.attr == "train" and len(args) == 1 and isinstance(args[0], ast.Constant) and args[0].value is False)
            recv = ref_through(f.value)
            if to_eval and recv and an.refs.is_model(scope, recv):
                found.setdefault(recv, []).append(node)
            continue
        site = an.calls.site_at(node)
        if site is None or site.caller is not scope:
            continue
        for q in an.flows.summary(site.callee) or ():
            for key, value in q.modes:
                if value != EVAL:
                    continue
                mapped = an.calls.to_caller(site, key[:-2] if key.endswith(".*") else key)
                if mapped and an.refs.is_model(scope, mapped):
                    calls = found.setdefault(mapped, [])
                    if node not in calls:
                        calls.append(node)
    return found


class TrainModeNotRestored(Rule):
    code = "BN103"
    tokens = ("eval(", "train(False", "train(mode=False")
    patterns = (TRAINING_TEXT,)

    @classmethod
    def may_apply(cls, text: str) -> bool:
        # The eval, or the training step, may be in a function another file of the project defines.
        return super().may_apply(text)

    @classmethod
    def may_apply_across(cls, text: str, project) -> bool:
        # the eval (`validate(model)`), or the training step (`train_one_epoch(model, ...)`), in another file
        # this file's own training step or eval is in its code
        trains = in_code(text, TRAINING_TEXT.search) or project.calls_function_that(text, "trains")
        evaluates = in_code(text, cls.names_a_token) or project.calls_function_that(text, "modes")
        return trains and evaluates

    def check(self, ctx: FileContext) -> Iterator[Diagnostic]:
        if not uses_torch(ctx):
            return
        an = analysis(ctx)
        for scope in an.tree.scopes:
            loops = [n for n in scope.own_nodes if isinstance(n, LOOP)]
            if not loops or not an.training.training_nodes(scope):
                continue
            own = set(scope.own_nodes)
            reported: Set[Tuple[str, ast.AST]] = set()
            for loop in loops_innermost_first(scope):
                if not an.training.part_trains(scope, loop):
                    continue
                for ref, switches in eval_switches(an, scope, loop, own).items():
                    diag = self._finding(an, scope, loop, ref, switches, own, reported)
                    if diag is not None:
                        yield diag

    def _finding(self, an: FileAnalysis, scope: Scope, loop: ast.stmt, ref: str, switches: List[ast.Call],
                 own: Set[ast.AST], reported: Set[Tuple[str, ast.AST]]) -> Optional[Diagnostic]:
        ctx = an.ctx
        if not an.training.trained(scope, ref) or not an.layers.mode_matters(scope, ref):
            return None
        by_validation = any(an.calls.site_at(s) is not None and an.inference.inference_named(an.calls.site_at(s).callee) for s in switches)
        calls = [n for n in walk(loop) if isinstance(n, ast.Call) and n in own]
        calls.sort(key=lambda n: (n.lineno, n.col_offset))
        # The call in this loop through which each training step is reached (the step itself if it is here).
        bad: List[ast.Call] = []
        for call in calls:
            if (ref, call) in reported:
                continue
            steps = an.inference.steps_modes(scope, ref, [call], brought=True)
            modes = set().union(*steps.values()) if steps else set()
            # Eval that only some paths bring (the back edge from a previous iteration's eval) is the bug;
            # eval on every path, the first iteration included, is a choice (a frozen feature extractor),
            # unless a validation helper caused it.
            if EVAL in modes and (modes - {EVAL} or by_validation):
                bad.append(call)
        if not bad:
            return None
        for call in bad:
            reported.add((ref, call))
        first = bad[0]
        kind = "while" if isinstance(loop, ast.While) else "for"
        related = [(ctx.path, ctx.start(s), f"`{ctx.segment(s)}` switches `{ref}` to eval inside the loop")
                   for s in switches]
        return self.report(
            ctx, first,
            f"`{ref}` can reach this training step in eval mode: the `{kind}` loop (line {loop.lineno}) switches it "
            f"to eval and no `{ref}.train()` runs before the next iteration trains, so every iteration after that "
            f"trains with BatchNorm statistics frozen and dropout off; call `{ref}.train()` at the top of the loop body",
            fix=self._fix(an, scope, loop, ref, first, switches),
            related=related,
        )

    def _fix(self, an: FileAnalysis, scope: Scope, loop: ast.stmt, ref: str, first: ast.Call,
             switches: List[ast.Call]) -> Optional[Fix]:
        """`ref.train()` at the top of the loop body, or just before the statement that starts training when
        the body evaluates first (putting it at the top would be undone by that evaluation)."""
        ctx = an.ctx
        body = loop.body
        holder = next((s for s in body if s.lineno <= first.lineno and first.end_lineno <= s.end_lineno), None)
        if holder is None:
            return None
        if any(within(s, holder) for s in switches):
            return None  # the statement that trains also switches to eval: no one line fixes it
        anchor = body[0]
        before = body[: body.index(holder)]
        switched = [i for i, s in enumerate(before) if an.inference.mode_calls(scope, ref, s)]
        if switched:
            # The body evaluates before it trains: train() must come after that, and before the forward of the
            # training step (just before `loss.backward()` it would come too late for that forward).
            anchor = next((s for s in body[switched[-1] + 1: body.index(holder) + 1] if runs(an, scope, ref, s)), None)
            if anchor is None:
                return None
        if not statements.owns_lines(ctx, anchor):
            return None
        return ctx.fix([ops.insert_before(ctx, anchor, f"{ref}.train()", bound=[ref.split(".")[0]])], Applicability.SAFE,
                       f"Call `{ref}.train()` at the start of each iteration")


def runs(an: FileAnalysis, scope: Scope, ref: str, stmt: ast.stmt) -> bool:
    """stmt runs the model: a forward of `ref`, or a call of a function of the file that is handed it."""
    if any(r == ref and within(node, stmt) for node, r in an.inference.forwards(scope)):
        return True
    return any(an.calls.to_callee(site, ref) is not None for site in an.calls.sites_in(scope, stmt))
