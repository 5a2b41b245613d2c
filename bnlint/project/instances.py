"""Module-level model instances of other project files: `net = Net()` at the top of model.py, imported elsewhere
with `from model import net`. What the View answers about them (a mixin of bnlint.project.index.View): from the
outlines, whether a name the file imports is a top-level assignment of another project file; and that assignment,
with the other file parsed. The mode the instance is in when the import runs is read by
bnlint.source.analysis.instances.
"""

from __future__ import annotations

import ast
import re
from typing import TYPE_CHECKING, Optional, Tuple

if TYPE_CHECKING:  # pragma: no cover
    from bnlint.source.context import FileContext


_ARGUMENT = re.compile(r"[(,][ \t\n]*(\w+)(?=[ \t\n]*[,)])")  # a name handed to a call: `evaluate(net, loader)`


class Instances:
    def instance(self, ctx: "FileContext", local: str) -> Optional[Tuple["FileContext", ast.Assign]]:
        """The top-level assignment of another project file that the name `local` is imported from (the last, if
        the file assigns it more than once; a later def or class of that name wins), with that file's context; None
        when it is no such name, or unknown."""
        if not self._assigned(ctx.imports, ctx.relative_imports, local):
            return None  # told by the outline, before the other file is parsed
        found = self.definition(ctx, ast.Name(id=local, ctx=ast.Load()))
        return found if found is not None and isinstance(found[1], ast.Assign) else None

    def imports_instance(self, text: str) -> bool:
        """The text calls, or passes to a call, a name it imports that another project file assigns at its top level
        (`net(x)`, `evaluate(net, loader)` after `from model import net`): from outlines, before anything is parsed."""
        def compute() -> bool:
            mine = self._mine(text)
            used = set(self.calls(text)) | set(_ARGUMENT.findall(text))
            return any(self._assigned(mine.imports, mine.relative, local) for local in used)

        return self._of_text(text, "instances", compute)

    def _assigned(self, imports, relative, local: str) -> bool:
        """The name, imported under these imports, is one another project file binds at its top level to a build."""
        found = self._lookup_parts(imports, relative, [local]) if local in imports or local in relative else None
        other = self._outline(found[0]) if found is not None else None
        return other is not None and found[1] in other.assigned
