"""The parent side of the graph tier: what `bnlint check --trace` / `--model` runs, and how.

plan() turns the command line and the configs into tasks: files that define nn.Module classes, the models of
[tool.bnlint.models], `--model` specs. run_tasks() runs them in a child process (bnlint.graph.worker) with no
stdin, no stdout or stderr, an address-space limit and a time limit per step (import, build, analysis of one
model). The events the child writes say how far it got: a hang, a crash, os._exit or a fatal signal becomes a
BN910 diagnostic for the model it was working on, and a new child carries on with the rest (after a first
failure, a spare child is started in advance each time). Findings are
filtered by each task's selection and by `# noqa` on the reported lines. Never imports torch.
"""

from __future__ import annotations

import ast
import importlib.util
import itertools
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from bnlint.config import ConfigError, Settings
from bnlint.errors import TraceUnavailable
from bnlint.diagnostic import Diagnostic, Severity
from bnlint.catalogue import codes_for_tier
from bnlint.graph.child import STARTUP_SECONDS, Child, ChildResult, how_it_ended, run_child, user_site
from bnlint.graph.findings import NoqaFilter, for_display, make
from bnlint.graph.spec import SpecError, parse_spec

# A file is imported only if it defines a class (cheap to test; files without one cannot define a model).
_CLASS = re.compile(r"^[ \t]*class[ \t]+\w+[ \t]*\(", re.M)


@dataclass
class GraphOutcome:
    diagnostics: List[Diagnostic] = field(default_factory=list)
    models: int = 0  # models analysed to the end
    internal_error: bool = False


def default_memory_mb() -> int:
    """Half the machine's memory: enough for any model bnlint builds, and the machine survives a runaway."""
    try:
        total = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):  # pragma: no cover - not POSIX
        return 8192
    return max(2048, total // 2 // 2**20)


# ---------------------------------------------------------------------------- planning
def _graph_codes(codes: Iterable[str]) -> List[str]:
    return sorted(set(codes) & set(codes_for_tier("graph")))


def _config_line(config_path: str, name: str) -> int:
    """The line of a model's entry in its pyproject.toml, for messages about it."""
    try:
        lines = Path(config_path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 1
    key = re.escape(name)
    pattern = re.compile(rf"^\s*(\[tool\.bnlint\.models\.[\"']?{key}[\"']?\]|[\"']?{key}[\"']?\s*=)")
    return next((i for i, line in enumerate(lines, 1) if pattern.match(line)), 1)


def _wants_import(path: str) -> bool:
    from bnlint.source import noqa

    if not path.endswith(".py"):
        return False
    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return False  # the source tier reports it
    if not _CLASS.search(text):
        return False
    try:
        ast.parse(text, path)
    except (SyntaxError, ValueError, RecursionError, MemoryError):
        return False  # the source tier reports it (BN901); importing it could only fail the same way
    try:
        return not noqa.parse(text).file_all
    except Exception:  # noqa: BLE001 - unparsable comments: import it and let the child say what fails
        return True


def plan(targets: Sequence[str], resolve, cli_specs: Sequence[str], use_configured: bool) -> List[dict]:
    """Tasks for the worker. targets: files found by discovery (paths as the user wrote them); resolve: the
    engine's per-file settings; cli_specs: --model values (already checked with parse_spec)."""
    tasks: List[dict] = []
    configs: Dict[str, Settings] = {}
    for path in targets:
        settings = resolve(Path(path))
        if settings.config_path:
            configs.setdefault(settings.config_path, settings)
        codes = _graph_codes(settings.codes_for(path, "graph"))
        if codes and _wants_import(path):
            tasks.append({"kind": "file", "path": os.path.abspath(path), "display": path, "codes": codes,
                          "input_shape": settings.input_shape, "timeout": settings.trace_timeout,
                          "memory_mb": settings.trace_memory_mb})
    here = resolve(Path.cwd())
    if use_configured:
        if here.config_path:
            configs.setdefault(here.config_path, here)
        for config_path, settings in configs.items():
            for model in settings.models:
                tasks.append(_spec_task(model.spec, model.name, settings, str(Path(config_path).parent),
                                        [config_path, _config_line(config_path, model.name)], model.input_shape))
    for spec in cli_specs:
        tasks.append(_spec_task(spec, spec, here, os.getcwd(), None, None))
    return [t for t in tasks if t["codes"]]


def _spec_task(spec: str, name: str, settings: Settings, base: str, origin, shape) -> dict:
    return {"kind": "spec", "spec": spec, "name": name, "base": base, "origin": origin,
            "codes": _graph_codes(settings.enabled_in("graph")), "input_shape": shape or settings.input_shape,
            "timeout": settings.trace_timeout, "memory_mb": settings.trace_memory_mb}


def check_specs(specs: Sequence[str]) -> None:
    """Raise ConfigError for a --model value that is not a spec."""
    for spec in specs:
        try:
            parse_spec(spec)
        except SpecError as exc:
            raise ConfigError(f"--model: {exc}") from None


def ensure_available() -> None:
    if importlib.util.find_spec("torch") is None:
        raise TraceUnavailable("--trace and --model need torch, which is not installed: pip install 'bnlint[trace]'")


def _doing(task: dict, event: Optional[dict]) -> str:
    stage = (event or {}).get("stage", "import")
    model = (event or {}).get("model")
    if stage == "import":
        what = task["display"] if task["kind"] == "file" else task["spec"]
        return f"importing `{what}`"
    return f"{'building' if stage == 'build' else 'tracing and analysing'} model `{model}`"


def _failure(task: dict, event: Optional[dict], child: ChildResult) -> Diagnostic:
    site = user_site(child.faults) if not child.timed_out else None
    where = (event or {}).get("site")
    fallback = (task["path"], 1) if task["kind"] == "file" else tuple(task["origin"] or ("<command line>", 1))
    location = site or (tuple(where) if where else fallback)
    model = (event or {}).get("model")
    subject = f"model `{model}`" if model else f"`{task['display'] if task['kind'] == 'file' else task['spec']}`"
    message = f"{subject} was not analysed: while {_doing(task, event)}, {how_it_ended(child, task['timeout'])}"
    return make("BN910", message, location, severity=Severity.ERROR)


# ---------------------------------------------------------------------------- the whole run
def run_tasks(tasks: List[dict], shown: Sequence[str] = (), folder: Optional[str] = None) -> GraphOutcome:
    """Run every task, restarting the child after each hang or crash; diagnostics for the display, with the
    paths of files in shown (the source tier's) written as there."""
    outcome = GraphOutcome()
    if not tasks:
        return outcome
    memory = max((t["memory_mb"] or default_memory_mb() for t in tasks), default=None)
    job = {"tasks": [{k: v for k, v in t.items() if k not in ("timeout", "memory_mb")} for t in tasks],
           "start": 0, "skip": {}, "memory_mb": memory}
    timeouts = [t["timeout"] for t in tasks]
    raw: List[Tuple[int, Diagnostic]] = []
    with tempfile.TemporaryDirectory(prefix="bnlint-trace-", dir=folder) as tmp:
        spares: List[Child] = []
        worker = Child(tmp, 0)
        started = itertools.count(1)

        def start_spare() -> None:
            spares.append(Child(tmp, next(started)))

        try:
            for attempt in range(4 * len(tasks) + 4):  # each failure skips a model or a task: this always ends
                # After a first failure, more are likely (a file of misbehaving models): from then on a spare
                # imports torch while the current worker runs, ready to take over.
                child = run_child(worker, job, timeouts, on_ready=start_spare if attempt else None)
                if not _next_job(job, child, tasks, raw, outcome):
                    break
                if not spares:
                    start_spare()
                worker = spares.pop()
        finally:
            for c in [worker] + spares:
                c.stop()
    noqa = NoqaFilter()
    # Files the source tier checked are shown as it shows them, others relative to here.
    names = {os.path.abspath(p): p for p in shown}
    for index, diag in raw:
        if diag.code in tasks[index]["codes"] or diag.code.startswith("BN9"):
            if noqa.keep([diag]):
                outcome.diagnostics.append(for_display(diag, names))
    outcome.internal_error = any(d.code == "BN902" for d in outcome.diagnostics)
    return outcome


def _next_job(job: dict, child: ChildResult, tasks: List[dict], raw: list, outcome: GraphOutcome) -> bool:
    """Collect what one worker reported; if it did not finish, report why and set job up for the rest.
    False when there is nothing left to run."""
    progress = child.progress
    raw += [(i, Diagnostic.from_dict(d)) for i, d in progress.diagnostics]
    outcome.models += sum(len(m) for m in progress.done_models.values())
    pending = [i for i in range(job["start"], len(tasks)) if i not in progress.done_tasks]
    if not pending:
        return False
    if not progress.ready or (progress.fatal and progress.current is None and not progress.out_of_memory):
        why = (progress.fatal or "").strip().splitlines()[-1:] or [how_it_ended(child, STARTUP_SECONDS)]
        raw.append((pending[0], make(
            "BN902", f"the graph tier's worker process failed before analysing anything: {why[0]}; "
            f"{len(pending)} file(s) or model(s) not analysed", _task_site(tasks[pending[0]]))))
        return False
    event = progress.current
    index = event["task"] if event else pending[0]
    task = tasks[index]
    if progress.fatal and not progress.out_of_memory:
        last = progress.fatal.strip().splitlines()[-1]
        raw.append((index, make("BN902", f"bnlint's worker failed while {_doing(task, event)}: {last}; "
                                "please report it", _task_site(task))))
    else:
        raw.append((index, _failure(task, event, child)))
    skip = job["skip"].setdefault(str(index), {"build": [], "analyse": []})
    skip["analyse"] = sorted(set(skip["analyse"]) | progress.done_models.get(index, set()))
    skip["build"] = sorted(set(skip["build"]) | progress.unbuilt.get(index, set()))
    model = (event or {}).get("model")
    if task["kind"] == "file" and model and event.get("stage") in ("build", "analyse"):
        skip[event["stage"]] = sorted(set(skip[event["stage"]]) | {model})
        job["start"] = index  # the same file again, without that model
    else:
        job["start"] = index + 1
    job["skip"] = {k: v for k, v in job["skip"].items() if int(k) >= job["start"]}
    return True


def _task_site(task: dict) -> Tuple[str, int]:
    if task["kind"] == "file":
        return task["path"], 1
    return tuple(task["origin"]) if task.get("origin") else ("<command line>", 1)


def merge(source: List[Diagnostic], graph: List[Diagnostic]) -> List[Diagnostic]:
    """Source and graph findings together. A graph finding the source tier made too (same code, and the same
    file and line as the source finding or one of its related places, such as the line defining the layer)
    is shown once, as the source tier's, which may carry a fix."""
    seen = set()
    for d in source:
        seen.add((d.code, os.path.abspath(d.path), d.line))
        seen.update((d.code, os.path.abspath(path), pos.line) for path, pos, _ in d.related)
    extra = [d for d in graph if (d.code, os.path.abspath(d.path), d.line) not in seen]
    return sorted(source + extra, key=Diagnostic.sort_key)


def run_graph_tier(targets: Sequence[str], resolve, cli_specs: Sequence[str], use_configured: bool,
                   shown: Sequence[str] = ()) -> Tuple[GraphOutcome, List[dict]]:
    """Plan and run; raises TraceUnavailable when torch is missing, ConfigError for a bad spec.
    targets: files to import; shown: the files the source tier checked (for display paths)."""
    check_specs(cli_specs)
    tasks = plan(targets, resolve, cli_specs, use_configured)
    if tasks:
        ensure_available()
    return run_tasks(tasks, shown=list(shown) + list(targets)), tasks

