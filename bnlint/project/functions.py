"""Functions of other project files that a checked file calls (`evaluate(model, loader)`, `utils.build_model()`),
answered from the outlines for a rule's prefilter (a mixin of bnlint.project.index.View): whether one of them shows a
trait (bnlint.project.outline.TRAITS), and how the file writes its calls to those that do."""

from __future__ import annotations

from typing import Dict, List, Optional, Tuple

from bnlint.project.layout import resolve_module
from bnlint.project.outline import Outline, import_bindings

Called = Tuple[Outline, str, str]  # (the outline of the function's module, its name there, the call as written here)


class Functions:
    def calls_function_that(self, text: str, trait: str, with_arguments: bool = True) -> bool:
        """The file (its text) imports a function of another project file whose text shows `trait`
        (bnlint.project.outline.TRAITS: inference, modes, freezes, trains, builds) and calls it with arguments
        (a model may be handed over; any call with `with_arguments` False: `build_model()`): read from outlines
        and the text, before anything is parsed."""
        return bool(self.calls_written(text, trait, with_arguments))

    def calls_written(self, text: str, trait: str, with_arguments: bool = True) -> List[str]:
        """How the text writes its calls to the functions calls_function_that finds (`build_model`, `utils.build`)."""
        called = self._of_text(text, ("called", with_arguments), lambda: self._called_functions(text, with_arguments))
        return [written for other, name, written in called if other.function_may(name, trait)]

    def _called_functions(self, text: str, with_arguments: bool) -> List[Called]:
        """Each imported function of the project that the text calls (with arguments). A name is resolved (outlines,
        cached per process) only when the text calls it, or a function of it, so: most imports are of constants,
        types and modules that are never called with a model."""
        mine = self._mine(text)
        calls = {name for name, has_arguments in self.calls(text).items() if has_arguments or not with_arguments}
        through: Dict[str, List[str]] = {}  # `utils` -> ["evaluate"] for `utils.evaluate(model)`
        for written in calls:
            head, _, name = written.partition(".")
            if name:
                through.setdefault(head, []).append(name)
        found: List[Called] = []
        for local in list(mine.imports) + list(mine.relative):
            if local[:1].isupper() or local not in calls and local not in through:
                continue  # a class (see builds_module_class), or never called with arguments
            target = self._lookup_parts(mine.imports, mine.relative, [local])
            if target is not None:  # `evaluate(model)`
                other = self._outline(target[0]) if local in calls else None
                if other is not None and target[1] in other.functions:
                    found.append((other, target[1], local))
                continue
            module = self._imported_module(mine, local) if local in through else None
            other = self._outline(module) if module is not None else None
            for name in through.get(local, ()) if other is not None else ():
                if name in other.functions:
                    found.append((other, name, f"{local}.{name}"))
                elif name in other.imports or name in other.relative:  # re-exported: `engine.evaluate` of a package
                    target = self._lookup_parts(mine.imports, mine.relative, [local, name])
                    defining = self._outline(target[0]) if target is not None else None
                    if defining is not None and target[1] in defining.functions:
                        found.append((defining, target[1], f"{local}.{name}"))
        return found

    def called_definition(self, text: str, written: str):
        """What the call written `written` in the text (`build_model`, `utils.build`) calls: the definition in another
        project file with that file's context (View.defined); None when unknown."""
        mine = self._mine(text)
        parts = written.split(".")
        if parts[0] not in mine.imports and parts[0] not in mine.relative:
            return None
        found = self._lookup_parts(mine.imports, mine.relative, parts)
        return self.defined(found) if found is not None else None

    def bindings(self, text: str) -> Dict[str, list]:
        """Every binding the text's imports give each name (outline.import_bindings)."""
        return self._of_text(text, "bindings", lambda: import_bindings(text))

    def _imported_module(self, mine: Outline, local: str) -> Optional[str]:
        """The file of the project module imported under the name `local`, if it is one."""
        level, dotted = (0, mine.imports[local]) if local in mine.imports else (
            mine.relative[local][0], ".".join(filter(None, mine.relative[local][1:])))
        found = resolve_module(self.path, dotted, level, self.roots)
        if found is None:
            self._absent(self.path, dotted, level)
        return found
