"""A guard: what one `bnlint.guard(model)` call starts, or the adopting guard of the pytest plugin and
`python -m bnlint.run`, which guards every model the program runs."""

from __future__ import annotations

from typing import Any, Callable, Iterable, List, Optional, Union

from bnlint.diagnostic import Diagnostic
from bnlint.guard import registry
from bnlint.guard.report import Allowed, Reporter
from bnlint.guard.state import Entry, Tree


class Guard:
    """Watches a model while it runs and reports train/eval-mode bugs as bnlint Diagnostics, once per site.

    Active from creation until `remove()` (or the end of a `with` block). `diagnostics` lists what was found.
    """

    def __init__(self, model: Any = None, action: Union[str, Callable[[Diagnostic], Any]] = "warn",
                 allow: Iterable[Allowed] = (), *, adopt: bool = False):
        if model is not None and not callable(getattr(model, "named_modules", None)):
            raise TypeError(f"bnlint.guard needs a torch.nn.Module, got {type(model).__name__}")
        self.reporter = Reporter(action, allow)
        self.adopting = adopt
        self.model = model
        self.trees: List[Tree] = []
        self.active = True
        registry.add(self)
        if model is not None:
            self.trees.append(Tree(self, model))
            try:
                registry.register(self.trees[-1])
            except BaseException:
                self.remove()
                raise

    @property
    def diagnostics(self) -> List[Diagnostic]:
        return self.reporter.diagnostics

    def adopt(self, module: Any) -> Optional[Entry]:
        """Guard a model called outside any guarded forward (adopting guards only)."""
        tree = Tree(self, module)
        return registry.register(tree)

    def remove(self) -> None:
        """Stop watching; the hooks go with the last active guard."""
        if self.active:
            self.active = False
            registry.remove(self)

    def __enter__(self) -> "Guard":
        return self

    def __exit__(self, *exc) -> None:
        self.remove()

    def __repr__(self) -> str:
        what = type(self.model).__name__ if self.model is not None else "every model run"
        state = "active" if self.active else "removed"
        return f"<bnlint guard of {what}, {state}, {len(self.diagnostics)} finding(s)>"
