"""What a module defines and imports at its top level, read from its text with a few regular expressions, without
parsing it: enough to tell whether a name another file imports is a class (and which bases it names) or a
function, ten to twenty times faster than a parse. A file is parsed only when a call into it is followed.

Only top-level statements at column 0 are read; a definition under `if`/`try` is not seen (unknown, which never
makes a finding). A base list is read up to its first closing parenthesis.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import Dict, Iterator, List, Optional, Set, Tuple, Union

from bnlint.textsearch import AnyOf
from bnlint.torch_api import BATCHNORM_TEXT, DROPOUT_TEXT, FREEZE_PATTERN

# Each pattern starts with the newline before a top-level statement (the text is read with one newline put in
# front): a literal first character lets the regular expression engine skip ahead, where `^` with re.M tries
# every position (five times faster on torch's sources).
_CLASS = re.compile(r"\nclass[ \t]+(\w+)[ \t]*(?:\(([^)]*)\))?[ \t]*:")
_DEFS = (re.compile(r"\ndef[ \t]+(\w+)"), re.compile(r"\nasync[ \t]+def[ \t]+(\w+)"))  # decorators read back from it
_FROM_TEXT = r"from[ \t]+(\.*)([\w.]*)[ \t]+import[ \t]+(\([^)]*\)|[^\n#;]*)"
_IMPORT_TEXT = r"import[ \t]+([^\n#;]+)"
_FROM = re.compile(r"\n" + _FROM_TEXT)
_IMPORT = re.compile(r"\n" + _IMPORT_TEXT)
# The checked file's own imports at any indentation (`if __name__ == "__main__":`, inside `def main():`): its
# analysis reads every import of the file, so its prefilter must too. Searched for from their keyword (see indented).
_FROM_ANY = re.compile(_FROM_TEXT)
_IMPORT_ANY = re.compile(_IMPORT_TEXT)
_ALIAS = re.compile(r"([\w.]+)(?:[ \t]+as[ \t]+(\w+))?")
_TOP = re.compile(r"\n[^\s#]")  # where a top-level statement starts

# A call that builds something: `Net(`, `models.Net(`, torchvision's `models.resnet18(`, timm's `create_model(`.
_BUILD = r"(?:\w+\.)*(?:([A-Z]\w*)|models\.\w+|create_model)[ \t]*\("
_NOT_MODELS = ("Error", "Exception", "Warning")
# A top-level name bound to something built: `net = Net()`, `net: nn.Module = models.resnet18(...).eval()`.
_ASSIGN = re.compile(rf"\n([A-Za-z_]\w*)[ \t]*(?::[^=\n]*)?=[ \t]*{_BUILD}")


class _Builds:
    """A function that returns what it builds: `return Net(...)`, `return models.resnet18(...)`, or
    `net = Net(...)` ... `return net` (not an exception: `raise ValueError(...)` builds nothing to return)."""

    _RETURN = re.compile(rf"\breturn[ \t]+{_BUILD}|\breturn[ \t]+(\w+)[ \t]*$", re.M)

    def search(self, body: str) -> bool:
        for match in self._RETURN.finditer(body):
            built, name = match.group(1), match.group(2)
            if name is None and not (built or "").endswith(_NOT_MODELS):
                return True
            if name is not None and re.search(rf"\b{name}[ \t]*=[ \t]*{_BUILD}", body):
                return True
        return False

# What a function's text must contain for a rule to follow a call into it (tested before anything is parsed):
# running a model for inference, switching modes, freezing parameters, naming dropout or BatchNorm layers.
# (`^` of a multi-line pattern is `\A` or `\n`: a literal to skip ahead to)
_NAMED_FOR_INFERENCE = r"(?:async[ \t]+)?def[ \t]+_*(?i:eval|valid|test|predict|infer)"
TRAITS = {
    "inference": AnyOf("no_grad", "inference_mode", "set_grad_enabled", r"\n" + _NAMED_FOR_INFERENCE,
                       r"\A" + _NAMED_FOR_INFERENCE),
    "modes": AnyOf(r"\.eval\s*\(", r"\.train\s*\("),
    "freezes": re.compile(FREEZE_PATTERN),
    "trains": AnyOf("backward", r"step\s*\("),
    "builds": _Builds(),
    "dropout": AnyOf.literals(DROPOUT_TEXT),  # a helper that lists layers (BN001)
    "batchnorm": AnyOf.literals(BATCHNORM_TEXT),
}

@dataclass
class Outline:
    classes: Dict[str, List[str]] = field(default_factory=dict)  # name -> its bases as written
    functions: Dict[str, Tuple[int, int]] = field(default_factory=dict)  # name -> its text's span, decorators in
    imports: Dict[str, str] = field(default_factory=dict)  # local name -> absolute dotted name
    relative: Dict[str, Tuple[int, Optional[str], str]] = field(default_factory=dict)  # name -> (level, module, name)
    assigned: Set[str] = field(default_factory=set)  # names a top-level assignment binds to a build (`net = Net()`)
    text: str = ""
    _traits: Dict[Tuple[str, str], bool] = field(default_factory=dict, repr=False)

    def traits_of(self, name: str) -> Set[str]:
        """The TRAITS the text of the function `name` shows (empty for no function)."""
        return {trait for trait in TRAITS if self.function_may(name, trait)}

    @property
    def traits(self) -> Dict[str, Set[str]]:
        """Every function's traits, those with none left out."""
        return {name: self.traits_of(name) for name in self.functions if self.traits_of(name)}

    def function_may(self, name: str, trait: str) -> bool:
        """Whether the text of the function `name` shows the trait: read when first asked, as most functions of
        most modules are never asked about, and those that are, about one trait or two."""
        key = (name, trait)
        if key not in self._traits:
            span = self.functions.get(name)
            self._traits[key] = span is not None and bool(TRAITS[trait].search(self.text[span[0]:span[1]]))
        return self._traits[key]

    def qualname(self, written: str) -> str:
        """`nn.Module` -> 'torch.nn.Module' with `import torch.nn as nn`; names not imported stay as written."""
        head, _, rest = written.partition(".")
        full = self.imports.get(head)
        return (full + ("." + rest if rest else "")) if full else written


def outline(text: str, definitions: bool = True) -> Outline:
    """What the text defines and imports at top level; with `definitions` False, the imports alone, at any
    indentation (for the file being checked)."""
    found = Outline()
    padded = "\n" + text  # a match's start in it is where its statement starts in text
    if definitions:
        _definitions(text, padded, found)
    for local, binding, plain in _bindings(padded, definitions):
        if isinstance(binding, tuple):
            found.relative[local] = binding
        elif plain:  # `import torch.nn` binds `torch`, unless bound already
            found.imports.setdefault(local, binding)
        else:
            found.imports[local] = binding
    return found


def _bindings(padded: str, top_level: bool) -> Iterator[Tuple[str, Union[str, Tuple[int, Optional[str], str]], bool]]:
    """(local name, what it is bound to, whether by `import a.b` with no `as`) for each name the imports bind,
    `import` statements first: the absolute dotted name, or (level, module, name) for a relative import."""
    for match in _IMPORT.finditer(padded) if top_level else indented(_IMPORT_ANY, padded):
        for alias in _ALIAS.finditer(match.group(1)):
            name, local = alias.group(1), alias.group(2)
            yield (local, name, False) if local else (name.split(".")[0], name.split(".")[0], True)
    for match in _FROM.finditer(padded) if top_level else indented(_FROM_ANY, padded):
        dots, module, names = len(match.group(1)), match.group(2), match.group(3).strip("() \t\n")
        for alias in _ALIAS.finditer(names.replace("\n", " ")):
            name, local = alias.group(1), alias.group(2) or alias.group(1)
            if name == "*" or "." in name:
                continue
            if dots:
                yield local, (dots, module or None, name), False
            elif module:
                yield local, f"{module}.{name}", False


def import_bindings(text: str) -> Dict[str, List[Union[str, Tuple[int, Optional[str], str]]]]:
    """Every binding the text's imports, at any indentation, give each name (outline keeps one per name)."""
    found: Dict[str, list] = {}
    for local, binding, _ in _bindings("\n" + text, False):
        found.setdefault(local, []).append(binding)
    return found


_CLASS_ANY = re.compile(r"\n[ \t]*class[ \t]+(\w+)[ \t]*(?:\(([^)]*)\))?[ \t]*:")


def classes_in(text: str) -> Dict[str, List[str]]:
    """Every class the text defines, at any indentation, with its bases as written (keywords left out)."""
    return {m.group(1): [b.strip() for b in (m.group(2) or "").replace("\n", " ").split(",") if b.strip() and "=" not in b]
            for m in _CLASS_ANY.finditer("\n" + text)}


def _definitions(text: str, padded: str, found: Outline) -> None:
    for match in _CLASS.finditer(padded):
        bases = [b.strip() for b in (match.group(2) or "").replace("\n", " ").split(",")]
        found.classes[match.group(1)] = [b for b in bases if b and "=" not in b]  # not metaclass=...
    found.assigned = {m.group(1) for m in _ASSIGN.finditer(padded)}
    tops = [m.start() for m in _TOP.finditer(padded)] + [len(text)]
    found.text = text
    defs = sorted((m for pattern in _DEFS for m in pattern.finditer(padded)), key=lambda m: m.start())
    for match in defs:
        start = match.start()  # the newline before the def, or before the decorators just above it
        while start and padded[padded.rfind("\n", 0, start) + 1] == "@":
            start = padded.rfind("\n", 0, start)
        found.functions[match.group(1)] = (start, tops[bisect_right(tops, match.start(1) - 1)])


def indented(pattern: re.Pattern, padded: str) -> Iterator[re.Match]:
    """What `re.finditer("\\n[ \\t]*" + pattern)` finds over padded (a statement at any indentation), found from the
    pattern's own first word: the engine skips ahead to a literal, not to every newline (twice as fast)."""
    pos = 0
    while True:
        match = pattern.search(padded, pos)
        if match is None:
            return
        line = match.start()
        while line and padded[line - 1] in " \t":
            line -= 1
        if line and padded[line - 1] == "\n":
            yield match
            pos = match.end()
        else:
            pos = match.start() + 1


# A call read backwards: `(`, then the dotted name before it (`evaluate`, `utils.evaluate`), reversed, whole; and
# the same call with nothing between its parentheses. The text is searched reversed because `(` and `)` are
# literals to skip ahead to: forwards, the patterns would be tried at every character.
_CALL_REVERSED = re.compile(r"\(\s*(\w+(?:\.\w+)*)(?![\w.])")
_EMPTY_CALL_REVERSED = re.compile(r"\)\s*\(\s*(\w+(?:\.\w+)*)(?![\w.])")


def calls_in(text: str) -> Dict[str, bool]:
    """The names the text calls (`evaluate`, `utils.evaluate`, `Net`, `torch.nn.Linear`: the whole dotted name, not
    a call on a call's result), each with whether one of its calls has an argument."""
    backwards = text[::-1]
    calls = Counter(_CALL_REVERSED.findall(backwards))
    empty = Counter(_EMPTY_CALL_REVERSED.findall(backwards))
    unclosed = _CALL_REVERSED.match(backwards.lstrip())  # the text ends in `name(`: no argument either
    if unclosed:
        empty[unclosed.group(1)] += 1
    return {name[::-1]: count > empty[name] for name, count in calls.items()}
