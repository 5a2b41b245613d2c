"""`[tool.bnlint]` in pyproject.toml, validated, merged with the command line into Settings.

Each checked file uses the nearest pyproject.toml above it that has a [tool.bnlint] table
(as ruff does); command-line options are applied after it, so they win.
"""

from __future__ import annotations

import fnmatch
import math
import os
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path, PurePosixPath
from typing import Any, Callable, Dict, FrozenSet, Mapping, Optional, Sequence, Tuple

from bnlint.errors import ConfigError
from bnlint.graph.spec import SpecError, parse_spec
from bnlint.selection import Selection, expand_selector, resolve_enabled

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib


# ".*": hidden folders (.git, .venv, .tox, .mypy_cache ...); "venv": virtual environments elsewhere are found by
# their pyvenv.cfg.
DEFAULT_EXCLUDE = (".*", "__pycache__", "venv", "build", "dist", "site-packages", "node_modules", "*.egg-info",
                   "_build", "buck-out")

STRATEGIES = ("move", "uout")
LOCAL_UOUT = "local"
DEFAULT_UOUT_CLASS = "bnlint.nn:Uout"
# Which files are parsed for syntax errors: those some enabled rule analyses (the rest only pass
# through the rules' text prefilters), or every file.
SYNTAX_CHECKS = ("analysed", "all")


@dataclass(frozen=True)
class ModelSpec:
    name: str
    spec: str
    input_shape: Optional[Tuple[int, ...]] = None


@dataclass(frozen=True)
class Settings:
    enabled: FrozenSet[str]
    graph_enabled: Optional[FrozenSet[str]] = None  # the graph tier's, where its defaults differ (None: the same)
    per_file_ignores: Tuple[Tuple[str, FrozenSet[str]], ...] = ()
    exclude: Tuple[str, ...] = DEFAULT_EXCLUDE
    root: Optional[str] = None  # folder of the config file; globs are relative to it
    config_path: Optional[str] = None
    dropout_fix: str = "move"
    uout_beta: Optional[float] = None  # None: each dropout's own rate
    uout_class: str = DEFAULT_UOUT_CLASS  # or LOCAL_UOUT: a small class written into the file
    models: Tuple[ModelSpec, ...] = ()
    input_shape: Optional[Tuple[int, ...]] = None
    src: Tuple[str, ...] = ()  # more folders imports of the project are resolved against (as ruff's `src`)
    trace_timeout: float = 60.0
    trace_memory_mb: Optional[int] = None
    syntax_check: str = "analysed"
    force_exclude: bool = False  # exclusions apply to files named on the command line too (pre-commit passes them)

    def enabled_in(self, tier: str) -> FrozenSet[str]:
        return self.graph_enabled if tier == "graph" and self.graph_enabled is not None else self.enabled

    def codes_for(self, path: str, tier: str = "source") -> FrozenSet[str]:
        """Enabled codes for one file in one tier, after per-file-ignores."""
        if not self.per_file_ignores:
            return self.enabled_in(tier)
        rel = _relative(path, self.root)
        codes = set(self.enabled_in(tier))
        for pattern, ignored in self.per_file_ignores:
            if _glob_match(rel, pattern):
                codes -= ignored
        return frozenset(codes)

    def is_excluded(self, path: str) -> bool:
        """Patterns without '/' match a file or folder name; others the path from the config's folder.

        Folders are tested one level at a time while walking, so names suffice for them.
        """
        name = os.path.basename(os.path.normpath(path))
        rel = None
        for pattern in self.exclude:
            if "/" not in pattern.rstrip("/"):
                if fnmatch.fnmatchcase(name, pattern.rstrip("/")):
                    return True
            else:
                rel = rel or _relative(path, self.root)
                if _glob_match(rel, pattern.lstrip("./")):
                    return True
        return False


def _relative(path: str, root: Optional[str]) -> str:
    p = Path(path).resolve() if root else Path(path)
    if root:
        try:
            return p.relative_to(root).as_posix()
        except ValueError:
            pass
    return p.as_posix()


def _glob_match(rel: str, pattern: str) -> bool:
    if fnmatch.fnmatchcase(rel, pattern) or fnmatch.fnmatchcase(PurePosixPath(rel).name, pattern):
        return True
    # "tests/**" or "tests/*" also covers everything below tests/
    if pattern.endswith(("/**", "/*")):
        return rel.startswith(pattern.rsplit("/", 1)[0] + "/")
    return False


# ---------------------------------------------------------------------------- file
def _str_list(value: Any, where: str) -> Tuple[str, ...]:
    if isinstance(value, str) or not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of strings, got {value!r}")
    return tuple(value)


def _shape(value: Any, where: str) -> Tuple[int, ...]:
    if isinstance(value, str):
        return parse_shape(value, where)
    if not isinstance(value, list) or not value or not all(
            isinstance(v, int) and not isinstance(v, bool) and v > 0 for v in value):
        raise ConfigError(f"{where}: expected a list of positive integers like [1, 3, 224, 224], got {value!r}")
    return tuple(value)


def parse_shape(text: str, where: str = "--input-shape") -> Tuple[int, ...]:
    try:
        shape = tuple(int(p) for p in text.replace("x", ",").split(",") if p.strip())
    except ValueError:
        shape = ()
    if not shape or any(s <= 0 for s in shape):
        raise ConfigError(f"{where}: expected positive integers like 1,3,224,224, got {text!r}")
    return shape


def _choice(options: Sequence[str]) -> Callable[[Any, str], str]:
    def check(value: Any, where: str) -> str:
        if value not in options:
            raise ConfigError(f"{where}: expected one of {', '.join(options)}, got {value!r}")
        return value

    return check


def _positive_number(value: Any, where: str) -> float:
    # `not value > 0` rather than `value <= 0`: nan compares false both ways and would pass.
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not value > 0:
        raise ConfigError(f"{where}: expected a positive number, got {value!r}")
    if not math.isfinite(value):
        raise ConfigError(f"{where}: expected a finite positive number, got {value!r}")
    return float(value)


def _beta(value: Any, where: str) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and not math.isfinite(value):
        raise ConfigError(f"{where}: beta must be a number in (0, 1], got {value!r}")
    beta = _positive_number(value, where)
    if beta > 1:
        raise ConfigError(f"{where}: beta must be in (0, 1], got {value!r}")
    return beta


def _bool(value: Any, where: str) -> bool:
    if not isinstance(value, bool):
        raise ConfigError(f"{where}: expected true or false, got {value!r}")
    return value


def _import_target(value: Any, where: str) -> str:
    if value == LOCAL_UOUT:
        return value
    if not isinstance(value, str) or not re.fullmatch(r"[A-Za-z_][\w.]*:[A-Za-z_]\w*", value):
        raise ConfigError(f"{where}: expected 'package.module:ClassName' or \"{LOCAL_UOUT}\", got {value!r}")
    return value


def _per_file_ignores(value: Any, where: str) -> Dict[str, Tuple[str, ...]]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a table of glob = [codes], got {value!r}")
    return {glob: _str_list(codes, f"{where}.{glob!r}") for glob, codes in value.items()}


def _models(value: Any, where: str) -> Tuple[ModelSpec, ...]:
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: expected a table of models, e.g. [tool.bnlint.models.net] spec = 'pkg.mod:factory'")
    specs = []
    for name, entry in value.items():
        here = f"{where}.{name}"
        if isinstance(entry, str):
            entry = {"spec": entry}
        if not isinstance(entry, dict):
            raise ConfigError(f"{here}: expected a table with 'spec' (and optionally 'input-shape')")
        unknown = set(entry) - {"spec", "input-shape"}
        if unknown:
            raise ConfigError(f"{here}: unknown key {sorted(unknown)[0]!r} (known: spec, input-shape)")
        if not isinstance(entry.get("spec"), str):
            raise ConfigError(f"{here}.spec: expected a string like 'path/to/file.py:factory'")
        try:
            parse_spec(entry["spec"])
        except SpecError as exc:
            raise ConfigError(f"{here}.spec: {exc}") from None
        shape = _shape(entry["input-shape"], f"{here}.input-shape") if "input-shape" in entry else None
        specs.append(ModelSpec(name, entry["spec"], shape))
    return tuple(specs)


def _memory(value: Any, where: str) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value <= 0:
        raise ConfigError(f"{where}: expected a positive number of megabytes, got {value!r}")
    return value


KEYS: Dict[str, Callable[[Any, str], Any]] = {
    "select": _str_list,
    "extend-select": _str_list,
    "ignore": _str_list,
    "per-file-ignores": _per_file_ignores,
    "exclude": _str_list,
    "src": _str_list,
    "extend-exclude": _str_list,
    "dropout-fix": _choice(STRATEGIES),
    "uout-beta": _beta,
    "uout-class": _import_target,
    "models": _models,
    "input-shape": _shape,
    "trace-timeout": _positive_number,
    "trace-memory": _memory,
    "syntax-check": _choice(SYNTAX_CHECKS),
    "force-exclude": _bool,
}


@dataclass(frozen=True)
class FileConfig:
    path: str
    values: Mapping[str, Any] = field(default_factory=dict)

    @property
    def root(self) -> str:
        return str(Path(self.path).resolve().parent)


def read_config(path: Path) -> Optional[FileConfig]:
    """The [tool.bnlint] table of one pyproject.toml, validated; None when it has none."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read: {exc}") from None
    table = data.get("tool", {}).get("bnlint")
    if table is None:
        return None
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.bnlint] must be a table")
    values: Dict[str, Any] = {}
    for key, value in table.items():
        where = f"{path}: [tool.bnlint] {key}"
        if key not in KEYS:
            close = [k for k in KEYS if k.replace("-", "") == key.replace("_", "").replace("-", "")]
            hint = f" (did you mean {close[0]!r}?)" if close else f" (known keys: {', '.join(KEYS)})"
            raise ConfigError(f"{where}: unknown key{hint}")
        values[key] = KEYS[key](value, where)
    cfg = FileConfig(str(path), values)
    # Unknown codes are errors too, caught here rather than at first use.
    for key in ("select", "extend-select", "ignore"):
        for sel in values.get(key, ()):
            expand_selector(sel, f"{path}: [tool.bnlint] {key}")
    for glob, codes in values.get("per-file-ignores", {}).items():
        for sel in codes:
            expand_selector(sel, f"{path}: [tool.bnlint] per-file-ignores.{glob!r}")
    return cfg


@dataclass(frozen=True)
class Overrides:
    """What the command line says; None = not given."""

    selection: Selection = Selection()
    dropout_fix: Optional[str] = None
    uout_beta: Optional[float] = None
    extend_exclude: Tuple[str, ...] = ()
    models: Tuple[ModelSpec, ...] = ()
    input_shape: Optional[Tuple[int, ...]] = None
    trace_timeout: Optional[float] = None
    trace_memory_mb: Optional[int] = None
    syntax_check: Optional[str] = None
    force_exclude: Optional[bool] = None


def build_settings(cfg: Optional[FileConfig], cli: Overrides) -> Settings:
    values = cfg.values if cfg else {}
    where = f"{cfg.path}: [tool.bnlint]" if cfg else "defaults"
    file_layer = Selection(
        select=values.get("select"),
        extend_select=values.get("extend-select", ()),
        ignore=values.get("ignore", ()),
    )
    layers = [(file_layer, where), (cli.selection, "command line:")]
    enabled = resolve_enabled(layers)
    graph_enabled = resolve_enabled(layers, "graph")
    pfi = tuple(
        (glob, frozenset().union(*(expand_selector(c, where) for c in codes)) if codes else frozenset())
        for glob, codes in values.get("per-file-ignores", {}).items()
    )
    exclude = tuple(values.get("exclude", DEFAULT_EXCLUDE)) + tuple(values.get("extend-exclude", ())) + cli.extend_exclude
    settings = Settings(
        enabled=enabled,
        graph_enabled=graph_enabled if graph_enabled != enabled else None,
        per_file_ignores=pfi,
        exclude=exclude,
        root=cfg.root if cfg else None,
        config_path=cfg.path if cfg else None,
        dropout_fix=values.get("dropout-fix", "move"),
        uout_beta=values.get("uout-beta"),
        uout_class=values.get("uout-class", DEFAULT_UOUT_CLASS),
        models=values.get("models", ()),
        src=tuple(values.get("src", ())),
        input_shape=values.get("input-shape"),
        trace_timeout=values.get("trace-timeout", 60.0),
        trace_memory_mb=values.get("trace-memory"),
        syntax_check=values.get("syntax-check", "analysed"),
        force_exclude=values.get("force-exclude", False),
    )
    updates: Dict[str, Any] = {}
    # The command line's and the Python API's numbers get the checks a config file's get.
    if cli.uout_beta is not None:
        _beta(cli.uout_beta, "uout-beta")
    if cli.trace_timeout is not None:
        _positive_number(cli.trace_timeout, "--trace-timeout")
    if cli.dropout_fix:
        updates["dropout_fix"] = cli.dropout_fix
    if cli.uout_beta is not None:
        updates["uout_beta"] = cli.uout_beta
    if cli.models:
        updates["models"] = settings.models + cli.models
    if cli.input_shape:
        updates["input_shape"] = cli.input_shape
    if cli.trace_timeout:
        updates["trace_timeout"] = cli.trace_timeout
    if cli.trace_memory_mb:
        updates["trace_memory_mb"] = cli.trace_memory_mb
    if cli.syntax_check:
        updates["syntax_check"] = cli.syntax_check
    if cli.force_exclude is not None:
        updates["force_exclude"] = cli.force_exclude
    return replace(settings, **updates) if updates else settings


def default_settings(**overrides: Any) -> Settings:
    """Settings with every default rule on: what the Python API and tests start from."""
    s = build_settings(None, Overrides())
    return replace(s, **overrides) if overrides else s
