"""Module-level model instances of other project files: `net = Net()` at the top of model.py, imported elsewhere
with `from model import net`. What the View answers about them (a mixin of bnlint.project.index.View): from the
outlines, whether a name the file imports is a top-level assignment of another project file; and that assignment,
with the other file parsed. The mode the instance is in when the import runs is read by
bnlint.source.analysis.instances.
"""

from __future__ import annotations

import ast
import re
from typing import TYPE_CHECKING, List, Optional, Tuple

from bnlint.project.outline import calls_in
from bnlint.textsearch import code_only

if TYPE_CHECKING:  # pragma: no cover
    from bnlint.source.context import FileContext


_ARGUMENT = re.compile(r"[(,][\s\\]*(\w+)(?=[\s\\]*[,)])")  # a name handed to a call: `evaluate(net, loader)`


def _tables(local: str, binding) -> Tuple[dict, dict]:
    """The import tables (absolute, relative) of one binding of `local`."""
    return ({}, {local: binding}) if isinstance(binding, tuple) else ({local: binding}, {})


class Instances:
    def instance(self, ctx: "FileContext", local: str) -> Optional[Tuple["FileContext", ast.Assign]]:
        """The top-level assignment of another project file that the name `local` is imported from (the last, if
        the file assigns it more than once; a later def or class of that name wins), with that file's context; None
        when it is no such name, or unknown."""
        if not self._assigned(ctx.imports, ctx.relative_imports, local):
            return None  # told by the outline, before the other file is parsed
        found = self.definition(ctx, ast.Name(id=local, ctx=ast.Load()))
        return found if found is not None and isinstance(found[1], ast.Assign) else None

    def imported_assignments(self, text: str) -> List[Tuple[str, Optional[Tuple["FileContext", ast.Assign]]]]:
        """The names the text calls, or passes to a call, that it imports from another project file which assigns
        them at its top level to something built (`net(x)`, `evaluate(net, loader)` after `from model import net`),
        each with (that file's context, the assignment): told by the outlines, then that file parsed (this one is
        not). None for a name two import statements bind: which one the syntax tree keeps, the text does not tell."""
        def compute():
            mine, code = self._mine(text), code_only(text)  # what the code runs or hands on (a comment may split a call)
            used = set(calls_in(code)) | set(_ARGUMENT.findall(code))
            found, bound = [], self.bindings(text)
            for local in sorted(used):
                if len(bound.get(local, ())) > 1 and any(self._assigned(*_tables(local, b), local) for b in bound[local]):
                    found.append((local, None))
                elif self._assigned(mine.imports, mine.relative, local):
                    defined = self.defined(self._lookup_parts(mine.imports, mine.relative, [local]))
                    if defined is not None and isinstance(defined[1], ast.Assign):
                        found.append((local, defined))
            return found

        return self._of_text(text, "instances", compute)

    def _assigned(self, imports, relative, local: str) -> bool:
        """The name, imported under these imports, is one another project file binds at its top level to a build."""
        found = self._lookup_parts(imports, relative, [local]) if local in imports or local in relative else None
        other = self._outline(found[0]) if found is not None else None
        return other is not None and found[1] in other.assigned
