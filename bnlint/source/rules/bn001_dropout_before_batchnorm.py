"""BN001 dropout-before-batchnorm: a dropout whose output reaches a BatchNorm before any normalisation."""

from __future__ import annotations

import ast
import os
import re
from bisect import bisect_right
from dataclasses import replace
from typing import Dict, Iterator, List, Optional, Tuple, Union

from bnlint import torch_api
from bnlint.diagnostic import Applicability, Diagnostic, Fix
from bnlint.fix import ops, uout
from bnlint.fix.apply import apply_fixes
from bnlint.project.layout import display_path
from bnlint.source.lines import line_starts
from bnlint.fix.imports import ensure_import
from bnlint.source.analysis.containers import ORDERED_DICT, placement
from bnlint.source.analysis.layer_flow import Flows, collect
from bnlint.source.analysis.sequential import Choice, Leaf, Loop, Seq, contains_batchnorm, is_activation
from bnlint.source.analysis.variance import Feed, Source, ratio
from bnlint.source.context import FileContext
from bnlint.source.rule import Rule
from bnlint.source.semantic.classes import class_info
from bnlint.textsearch import AnyOf, in_code
from bnlint.source.semantic.nodes import walk
from bnlint.torch_api import BATCHNORM_TEXT, DROPOUT_TEXT

LAYOUT = "the Sequential's layout is too unusual to edit safely"
HELPER = ("the Sequential is returned or stored where the file does not show what follows it (a block a helper "
          "builds may be stacked before another block's BatchNorm)")
OUTSIDE = "the BatchNorm it feeds is outside the Sequential that holds it"
WHY = ("in train mode dropout rescales what it keeps by 1/(1-p), so the BatchNorm's running variance "
       "does not match what it sees in eval mode (variance shift)")


# A dropout of another file's block reported at the call here (Source.origin's kind): its related note, the advice.
ELSEWHERE = {
    "output": ("the dropout, live at the block's output",
               "{there}, or for this model a variant of the block without a dropout at its output"),
    "inside": ("the dropout, inside the block", "pass a norm layer that keeps no running statistics here (GroupNorm, "
               "LayerNorm), or {there}, or the dropout after the BatchNorm"),
    "listed": ("the dropout, in the list of layers built there",
               "{there}, or the dropout after the BatchNorm in the list it builds"),
}

# `nn.Sequential(*make_layers(cfg))`: a list of layers spliced from a call (maybe a helper of another file)
SPLICED_CALL = re.compile(r"\*[ \t]*[\w.]+[ \t]*\(")  # starts with a literal: the engine skips to each `*`


def _spliced(text: str) -> bool:
    """A call spliced into an argument list or a list (`(*f(`, `, *f(`, `[*f(`), not the product `a * f(x)`."""
    for m in SPLICED_CALL.finditer(text):
        i = m.start() - 1
        while i >= 0 and text[i] in " \t\r\n":
            i -= 1
        if i >= 0 and text[i] in "(,[":
            return True
    return False


class DropoutBeforeBatchNorm(Rule):
    code = "BN001"
    # A BatchNorm (class or function) and a dropout must both be named in the file.
    tokens = BATCHNORM_TEXT
    patterns = (AnyOf.literals(DROPOUT_TEXT),)

    @classmethod
    def may_apply_across(cls, text: str, project) -> bool:
        # the BatchNorm, or the dropout, in a block another file of the project defines (`ConvBN(16, 32)` after a
        # dropout here; a `Stem()` whose output ends in a dropout before a BatchNorm here)
        # this file's own dropout or BatchNorm is in its code
        drops = (in_code(text, cls.patterns[0].search) or project.builds_module_class(text, DROPOUT_TEXT)
                 or _spliced(text) and project.calls_function_that(text, "dropout", with_arguments=False))
        return drops and (in_code(text, cls.names_a_token) or project.builds_module_class(text, cls.tokens)
                          or _spliced(text) and project.calls_function_that(text, "batchnorm", with_arguments=False))

    def check(self, ctx: FileContext) -> Iterator[Diagnostic]:
        found = collect(ctx)
        diags = [self.diagnostic(ctx, group, found) for group in found.by_node.values()]
        refused = recheck(ctx, [d.fix for d in diags if d.fix is not None and id(d.fix) in _moves(ctx)], found)
        for d in diags:
            if d.fix is not None and id(d.fix) in refused:
                advice = f"move it after the last BatchNorm by hand or use `--strategy uout` ({refused[id(d.fix)]})"
                d = replace(d, fix=None, message=d.message.replace("move it after the last BatchNorm", advice, 1))
            yield d

    def diagnostic(self, ctx: FileContext, group: List[Feed], found: Flows) -> Diagnostic:
        first = group[0]
        src = first.source
        bns = list(dict.fromkeys((f.batchnorm, f.bn_node.lineno, f.home and f.home.path) for f in group))
        more = f" (and {len(bns) - 1} more)" if len(bns) > 1 else ""
        head = (f"Dropout {src.label} feeds BatchNorm {first.batchnorm} ({_line(ctx, first)})"
                f"{path(ctx, first, found)}{more}: {WHY}")
        if src.origin is not None:  # the dropout is in another file: no edit here is a fix
            other, node, kind = src.origin
            there = f"fix it in {display_path(other.path)} (line {node.lineno}): a Uout there"
            fix, advice = None, ELSEWHERE[kind][1].format(there=there)
        elif ctx.settings.dropout_fix == "uout":
            fix, reason = uout_fix(ctx, src, found.by_definition.get(id(src.definition), group))
            advice = ("replace it with Uout, a variance-stable dropout" if fix else
                      f"replace it with a variance-stable Uout layer or move it after the last BatchNorm ({reason})")
        else:
            internal = next((f for f in group if f.internal), None)
            fix, reason = move_fix(ctx, internal.source, found) if internal else (None, no_move_reason(src))
            advice = ("move it after the last BatchNorm" if fix else
                      f"move it after the last BatchNorm by hand or use `--strategy uout` ({reason})")
        home = first.home or ctx
        where = home.path if home is ctx else display_path(home.path)  # another file: as messages show paths
        related = [(where, home.start(first.bn_node), f"the BatchNorm it feeds: {first.batchnorm}")]
        if src.origin is not None:
            other, node, kind = src.origin
            related.append((display_path(other.path), other.start(node), ELSEWHERE[kind][0]))
        if src.definition is not None and src.definition.lineno != src.node.lineno:
            related.append((ctx.path, ctx.start(src.definition), "the dropout layer is defined here"))
        for call in src.via:
            related.append((ctx.path, ctx.start(call), f"its output leaves {ctx.label(_called(call))} here"))
        if first.into:
            related.append((ctx.path, ctx.start(first.into[0]),
                            f"{ctx.label(_called(first.into[0]))} holds the BatchNorm in its first layers"))
        return self.report(ctx, src.node, f"{head}; {advice}", fix=fix, related=related)


def path(ctx: FileContext, feed: Feed, found: Flows) -> str:
    """How the shift gets there when the path leaves the dropout's class or is diluted on the way."""
    src, out = feed.source, ""
    if src.via:
        out += " through " + " and ".join(f"{ctx.label(_called(c))} (line {c.lineno})" for c in src.via)
    if feed.into:
        out += f" inside {ctx.label(_called(feed.into[0]))} (line {feed.into[0].lineno})"
    if src.share < 1.0:
        r = ratio(ctx, src)
        out += (f", diluted by residual sums or concatenation to about {src.share:.2g} of the variance "
                f"(estimated train/eval variance ratio {r:.2f})") if r is not None else ""
    return out


def _line(ctx: FileContext, feed: Feed) -> str:
    """Where the BatchNorm is: `line N` in this file, `other.py line N` in another file of the project."""
    if feed.home is None or feed.home.path == ctx.path:
        return f"line {feed.bn_node.lineno}"
    return f"{os.path.relpath(feed.home.path, os.path.dirname(ctx.path) or '.')} line {feed.bn_node.lineno}"


def _called(node: ast.AST) -> ast.AST:
    return node.func if isinstance(node, ast.Call) else node


def no_move_reason(src: Source) -> str:
    if src.element:
        return ("it is an element of a ModuleList, and what one iteration's dropout feeds is the next "
                "iteration's layers; no local move is provably equivalent")
    if src.via:
        return "the BatchNorm it feeds is in another block; no local move is provably equivalent"
    if src.seq is not None:
        return OUTSIDE
    if src.definition is None:
        return "a functional dropout in method code; no local edit is provably equivalent"
    return ("the BatchNorm is reached through method code, where no local move is provably equivalent; "
            "`bnlint.fix_model(model)` moves it in the built model")


# --------------------------------------------------------------------------- uout
def uout_fix(ctx: FileContext, src: Source, same_definition: List[Feed]) -> Tuple[Optional[Fix], str]:
    if src.definition is None:
        return None, ("a functional call has no layer to swap: define a Uout layer in `__init__` and call it here "
                      "instead")
    if src.element:
        return None, ("one constructor makes every element of its ModuleList, and the last one feeds no "
                      "BatchNorm: give the last layer a dropout of its own first")
    if not any(f.internal for f in same_definition):
        unflagged = unflagged_use(ctx, src, same_definition)
        if unflagged is not None:
            attr, line = unflagged
            return None, (f"`{attr}` is also used at line {line}, where it feeds no BatchNorm, and a fix at its "
                          "definition would change that use too: give that use a layer of its own first")
    new, operations, problem = uout.replacement(ctx, src.definition)
    if new is None:
        return None, problem
    old = ctx.label(src.definition)
    operations = [ops.replace(ctx, src.definition, new)] + operations
    return ctx.fix(operations, Applicability.UNSAFE, f"Replace {old} (line {src.definition.lineno}) with `{new}`"), ""


def unflagged_use(ctx: FileContext, src: Source, findings: List[Feed]) -> Optional[Tuple[str, int]]:
    """A use of the layer's attribute that no finding went through: (`self.attr`, line), else None."""
    flagged = {id(f.source.use) for f in findings if f.source.use is not None}
    attrs = {f.source.attr for f in findings if f.source.attr}
    for cls in ctx.module_classes.values():
        info = class_info(ctx, cls)
        for attr in attrs:
            if not any(id(a.value) == id(src.definition) or _holds(a.value, src.definition)
                       for a in info.assigns.get(attr, [])):
                continue
            for use in info.uses.get(attr, []):
                if id(use) not in flagged:
                    return f"{ctx.segment(use)}", use.lineno
    return None


def _holds(value: Optional[ast.AST], node: ast.AST) -> bool:
    return value is not None and any(n is node for n in walk(value))


# --------------------------------------------------------------------------- move
def move_fix(ctx: FileContext, src: Source, found: Flows) -> Tuple[Optional[Fix], str]:
    seq, leaf = src.seq, src.part
    if seq is not None and any(isinstance(p, (Loop, Choice)) for p in seq.parts):
        return None, ("the Sequential's layers come from branches or loops of the code that builds its list; "
                      "no local move is provably equivalent")
    if seq is None or leaf is None or leaf.item is None or leaf.item.container is None or leaf not in seq.parts:
        return None, OUTSIDE
    last_bn = max((j for j, p in enumerate(seq.parts) if contains_batchnorm(p)), default=-1)
    if last_bn < seq.parts.index(leaf):
        return None, OUTSIDE
    where = placement(ctx, seq.call)
    if where.ref is None:
        return None, HELPER
    if where.layout_use is not None:
        use = where.layout_use
        shown = ctx.parents.get(use, use)
        shown = shown if hasattr(shown, "lineno") else use
        return None, (f"`{where.ref}` is used by position at line {use.lineno} "
                      f"(`{ctx.segment(shown)}`): moving a layer changes what that code gets")
    t = last_bn
    while t + 1 < len(seq.parts) and is_activation(seq.parts[t + 1]):
        t += 1
    after, rest = seq.parts[t], seq.parts[t + 1:]
    downstream = found.feeds_batchnorm.get(id(seq.call))
    if downstream is not None and all(_transparent(p) for p in rest):
        return None, (f"after its last BatchNorm the Sequential's output still reaches BatchNorm "
                      f"{downstream.batchnorm} ({_line(ctx, downstream)})")
    nxt = rest[0] if rest else None
    # Several dropouts before the last BatchNorm all go to one place: the last of them moves, the others are
    # duplicates; so is one that would land next to a dropout already there (which must not be flagged itself).
    movers = found.movers.get(id(seq.call), set())
    last = [p for p in seq.parts[:last_bn] if isinstance(p, Leaf) and id(p.node) in movers][-1]
    placed = (isinstance(nxt, Leaf) and nxt.kind == torch_api.DROPOUT and id(nxt.node) not in found.by_node)
    mover = None if placed else last
    plan = _plan(ctx, seq, leaf, mover, after, rest)
    if isinstance(plan, str):
        return None, plan
    operations, message = plan
    fix = ctx.fix(operations, Applicability.UNSAFE, message)
    _moves(ctx)[id(fix)] = (fix, mover)  # checked with the others on the result (recheck)
    return fix, ""


def _plan(ctx: FileContext, seq: Seq, leaf: Leaf, mover: Optional[Leaf], after, rest) -> Union[str, Tuple[list, str]]:
    """The operations: `leaf` leaves its place (removed, or an Identity where positions are state_dict keys),
    and `mover` (leaf itself, another dropout, or none when one already sits after the last BatchNorm) goes
    just after `after`."""
    box = leaf.item.container
    parts = [p for p in seq.parts if p.item is not None and p.item.container is box]
    index = {id(p): p.item.index for p in parts}
    if any(id(p) not in index for p in [leaf, after] + ([mover] if mover is not None else [])):
        return LAYOUT if mover is None else (f"it would go after {ctx.label(_node(after))} (line {_node(after).lineno}), "
                                             "which the Sequential gets from another statement than the dropout")
    named = len(seq.call.args) == 1 and ctx.call_qualname(seq.call.args[0]) in ORDERED_DICT
    label = ctx.label(leaf.node)
    if named:  # keys are names: the layers after it keep their state_dict keys when it moves
        gone = [index[id(leaf)]] if mover is not leaf else []
        op = ops.edit_elements(ctx, box, remove=gone,
                               move=(index[id(mover)], index[id(after)]) if mover is not None else None)
        operations = [op] if op is not None else None
    else:
        operations = _positional(ctx, seq, box, index, leaf, mover, after, rest)
        if isinstance(operations, str):
            return operations
    if operations is None:
        return LAYOUT
    where = f"after {ctx.label(_node(after))} (line {_node(after).lineno})"
    kept = "" if named else ", leaving `Identity()` in its place so every other layer keeps its index (state_dict key)"
    if mover is None:
        return operations, f"Remove {label}: a dropout already follows the last BatchNorm{kept}"
    if mover is not leaf:
        return operations, (f"Remove {label} and move {ctx.label(mover.node)} (line {mover.node.lineno}) "
                            f"{where}{kept}")
    return operations, f"Move {label} {where}{kept}"


def _positional(ctx, seq, box, index, leaf, mover, after, rest) -> Union[None, str, list]:
    """In a positional Sequential the indices are the state_dict keys: the dropouts leave an `nn.Identity()`,
    and the mover lands where no layer with weights or buffers changes index (after the activation it wraps,
    or before layers without state only)."""
    identity, imports = _layer_name(ctx, leaf.node, "Identity")
    if identity is None:
        return "no `Identity` layer can be named in this file"
    replace = {index[id(leaf)]: f"{identity}()"}
    insert = None
    if mover is not None:
        replace[index[id(mover)]] = f"{identity}()"
        code = ctx.segment(mover.node)
        if all(_stateless(p) for p in rest):
            insert = (index[id(after)], code)
        elif is_activation(after) and index[id(after)] not in replace:
            replace[index[id(after)]] = f"{ctx.segment(seq.call.func)}({ctx.segment(after.node)}, {code})"
        else:
            return ("layers with weights follow the last BatchNorm directly, so no place for the dropout keeps their "
                    "indices (the state_dict keys of checkpoints saved before)")
    op = ops.edit_elements(ctx, box, replace=replace, insert=insert)
    return [op] + imports if op is not None else None


def _layer_name(ctx: FileContext, like: ast.AST, layer: str) -> Tuple[Optional[str], list]:
    """How to write torch.nn's `layer` here: next to the dropout's own `nn.`, else by an import."""
    if isinstance(like, ast.Call) and isinstance(like.func, ast.Attribute):
        return f"{ctx.segment(like.func.value)}.{layer}", []
    plan = ensure_import(ctx, f"torch.nn:{layer}")
    if plan.name is None:
        return None, []
    return plan.name, [ops.add_import(ctx, plan.line)] if plan.line else []


def _moves(ctx: FileContext) -> Dict[int, Tuple[Fix, Optional[Leaf]]]:
    """The move fixes planned for this file: id -> (the fix, the dropout it puts after the last BatchNorm)."""
    return ctx.shared("bn001-moves", lambda _: {})


def recheck(ctx: FileContext, fixes: List[Fix], found: Flows) -> Dict[int, str]:
    """The rule's own analysis of the file as the moves leave it, all at once (one analysis however many there
    are): a move whose dropout still feeds a BatchNorm there (a block's end feeding the next block) is refused.
    Returns why, by id of the refused fix. A move that cannot go with the others is left for the next pass."""
    if not fixes:
        return {}
    text, applied = apply_fixes(ctx.text, fixes)
    try:
        after = collect(ctx.derived(text))
    except SyntaxError:
        return {id(f): LAYOUT for f in fixes}
    flagged = {(g[0].source.node.lineno, g[0].source.node.col_offset): g[0] for g in after.by_node.values()}
    starts = line_starts(text)
    moved_to = _landings(ctx, applied)
    refused: Dict[int, str] = {}
    for fix in applied:
        offset = moved_to.get(id(fix))
        if offset is None:
            continue  # a removal only: the dropout is gone
        line = bisect_right(starts, offset)
        column = len(text[starts[line - 1]:offset].encode("utf-8"))
        still = flagged.get((line, column))
        if still is not None:
            refused[id(fix)] = (f"after the move it would still feed BatchNorm {still.batchnorm}, so no move within "
                                "this Sequential fixes it")
    return refused


def _landings(ctx: FileContext, applied: List[Fix]) -> Dict[int, int]:
    """Where each applied fix's moved dropout starts in the text all of them make (offsets), found by replaying
    the edits in the order apply_fixes applies them."""
    edits = sorted((ctx.offset(e.start), ctx.offset(e.end), e.content, id(f)) for f in applied for e in f.edits)
    moves = _moves(ctx)
    found: Dict[int, int] = {}
    shift = 0
    for start, end, content, owner in edits:
        mover = moves[owner][1] if owner in moves else None
        if mover is not None and owner not in found:
            code = ctx.segment(mover.node)
            at = content.rfind(code)
            if at >= 0:
                found[owner] = start + shift + at
        shift += len(content) - (end - start)
    return found


def _node(part) -> ast.AST:
    return part.node if isinstance(part, Leaf) else part.call


def _stateless(part) -> bool:
    """No weights or buffers: moving it changes no state_dict key."""
    if isinstance(part, Seq):
        return all(_stateless(p) for p in part.parts)
    return torch_api.canonical(part.qualname) in torch_api.STATELESS_LAYERS


def _transparent(part) -> bool:
    """A dropout placed before it would still be seen at the Sequential's output."""
    if isinstance(part, Seq):
        return all(_transparent(p) for p in part.parts)
    return part.kind in (torch_api.PASS, torch_api.DROPOUT)
