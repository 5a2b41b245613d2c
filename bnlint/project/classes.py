"""Classes a checked file defines on top of nn.Module classes of other project files (`class Net(Base)` with
`from .base import Base`), answered from the outlines for a rule's prefilter (a mixin of bnlint.project.index.View):
such a class of the file builds a model in train mode, which the file's text alone cannot show."""

from __future__ import annotations

from bnlint.project.outline import classes_in


class Classes:
    def derives_module_class(self, text: str) -> bool:
        """A class the text defines names as a base an nn.Module class of another project file."""
        def compute() -> bool:
            mine = self._mine(text)
            for bases in classes_in(text).values():
                for base in bases:
                    parts = base.split("[")[0].split(".")
                    if parts[0] in mine.imports or parts[0] in mine.relative:
                        found = self._lookup_parts(mine.imports, mine.relative, parts)
                        if found is not None and self._is_module_kept(found):
                            return True
            return False

        return self._of_text(text, "derives", compute)
