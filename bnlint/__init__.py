"""bnlint: find and fix PyTorch train/eval-mode bugs.

The source tier (bnlint.check_paths, the `bnlint check` command) never imports torch.
The graph tier (check_model, fix_model, variance_shift) needs the `trace` extra and imports
torch only when called; without it they raise ModuleNotFoundError saying `pip install "bnlint[trace]"`. So does the runtime guard (bnlint.guard(model), bnlint.mc_dropout) and bnlint.testing.
"""

__version__ = "0.1.0"

from bnlint.diagnostic import Applicability, Diagnostic, Edit, Fix, Position, Severity  # noqa: E402

__all__ = [
    "__version__",
    "Applicability",
    "Diagnostic",
    "Edit",
    "Fix",
    "Position",
    "Severity",
    "check_source",
    "check_paths",
    "check_model",
    "fix_model",
    "variance_shift",
]


def check_source(text: str, path: str = "<string>", select=None, **settings):
    """Run the source rules on a string of Python; returns a list of Diagnostic."""
    from dataclasses import replace

    from bnlint.config import Overrides, Selection, build_settings
    from bnlint.source.check import check_text

    sel = Selection(select=tuple(select)) if select is not None else Selection()
    s = build_settings(None, Overrides(selection=sel))
    if settings:
        s = replace(s, **settings)
    return check_text(path, text, s).diagnostics


def check_paths(paths, **options):
    """Check files and folders as `bnlint check` does; returns the engine's CheckRun."""
    from bnlint.engine import CheckOptions, run_check

    return run_check(list(paths), CheckOptions(**options))


# Loaded on first use (the graph tier, the guard and bnlint.testing need torch); listed by dir(bnlint) all the same.
_LAZY = ("check_model", "fix_model", "variance_shift", "guard", "mc_dropout", "testing")


def __getattr__(name):
    if name in ("check_model", "fix_model", "variance_shift"):
        from bnlint.graph import python_api  # imports torch only when one of them is called

        return getattr(python_api, name)
    if name in ("guard", "mc_dropout"):
        # bnlint.guard is a callable package: bnlint.guard(model) starts a guard (no torch import here).
        import bnlint.guard

        return bnlint.guard if name == "guard" else bnlint.guard.mc_dropout
    if name == "testing":
        import bnlint.testing

        return bnlint.testing
    raise AttributeError(f"module 'bnlint' has no attribute {name!r}")


def __dir__():
    return sorted(set(globals()) | set(_LAZY))
