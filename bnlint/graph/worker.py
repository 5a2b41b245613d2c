"""The child process of `bnlint check --trace` / `--model`: imports user code, builds, traces, analyses.

    python -m bnlint.graph.worker JOB.json EVENTS.jsonl

JOB: {"tasks": [task, ...], "start": first task to run, "skip": {"task index": [model names]},
      "codes": [enabled codes]}
task: {"kind": "file", "path": absolute path, "input_shape": [..] | null}
    | {"kind": "spec", "spec": "pkg.mod:factory(...)", "name": str, "base": folder for relative paths,
       "input_shape": [..] | null}

EVENTS, one JSON object per line, flushed at once so that the parent knows how far a child that hangs or
dies got: {"task": i, "stage": "import" | "build" | "analyse", "model": name or null} before each step,
{"task": i, "model": name, "diagnostics": [Diagnostic.to_dict(), ...]} and {"task": i, "model": name,
"done": true} per model, {"task": i, "done": true} per task.
"""

from __future__ import annotations

import importlib
import importlib.util
import inspect
import json
import os
import sys
from typing import Any, Dict, List, Optional, TextIO

from bnlint.diagnostic import Severity
from bnlint.graph.serial import make


class Events:
    def __init__(self, out: TextIO):
        self.out = out

    def __call__(self, **event: Any) -> None:
        self.out.write(json.dumps(event) + "\n")
        self.out.flush()


class UserCodeError(Exception):
    """User code failed; the message says how, for a BN910 diagnostic."""

    def __init__(self, message: str, location=None):
        super().__init__(message)
        self.location = location


def _user_failure(exc: BaseException, what: str):
    from bnlint.graph.tracer import describe, failure_site

    if isinstance(exc, SystemExit):
        return UserCodeError(f"{what} called sys.exit({exc.code!r}); put script code under "
                             "`if __name__ == \"__main__\":`", failure_site(exc))
    return UserCodeError(f"{what} failed: {describe(exc)}", failure_site(exc))


# ------------------------------------------------------------------ importing
def import_path(path: str):
    """Import a .py file as its package would (so relative imports work), else under a private name."""
    path = os.path.abspath(path)
    folder, name = os.path.split(path)
    parts = [os.path.splitext(name)[0]]
    while os.path.isfile(os.path.join(folder, "__init__.py")):
        folder, pkg = os.path.split(folder)
        parts.insert(0, pkg)
    if parts[-1] == "__init__":
        parts.pop()
    if folder not in sys.path:
        sys.path.insert(0, folder)
    dotted = ".".join(parts)
    if dotted and all(p.isidentifier() for p in parts):
        try:
            module = importlib.import_module(dotted)
            if os.path.abspath(getattr(module, "__file__", "") or "") == path:
                return module
        except ImportError:
            pass  # e.g. a name clash with an installed package: fall back to loading the file itself
    unique = f"bnlint_user_{abs(hash(path))}"
    spec = importlib.util.spec_from_file_location(unique, path)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load {path}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[unique] = module
    spec.loader.exec_module(module)
    return module


def load_factory(task: dict):
    """(the object named by the spec, a function that calls it with the spec's arguments)."""
    from bnlint.graph.spec import parse_spec

    spec = parse_spec(task["spec"])
    where = f"importing `{spec.target}`"
    try:
        if spec.is_file:
            target = spec.target if os.path.isabs(spec.target) else os.path.join(task.get("base") or ".", spec.target)
            module = import_path(target)
        else:
            for folder in (task.get("base"), os.getcwd()):
                if folder and folder not in sys.path:
                    sys.path.insert(0, folder)
            module = importlib.import_module(spec.target)
    except BaseException as exc:  # noqa: BLE001 - user code, sys.exit included
        raise _user_failure(exc, where) from None
    obj: Any = module
    for part in spec.factory.split("."):
        if not hasattr(obj, part):
            raise UserCodeError(f"`{spec.target}` has no attribute `{spec.factory}`")
        obj = getattr(obj, part)
    if not callable(obj):
        raise UserCodeError(f"`{spec.target}:{spec.factory}` is not callable")
    return obj, lambda: obj(*spec.args, **spec.kwargs)


def _site(obj: Any):
    try:
        lines, start = inspect.getsourcelines(obj)
        return (inspect.getsourcefile(obj), start)
    except (TypeError, OSError):
        return None


def required_arguments(cls: type) -> List[str]:
    try:
        sig = inspect.signature(cls)
    except (TypeError, ValueError):
        return []
    return [p.name for p in sig.parameters.values()
            if p.default is inspect.Parameter.empty and p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD,
                                                                    p.KEYWORD_ONLY)]


# ------------------------------------------------------------------ running
class Worker:
    def __init__(self, job: dict, emit: Events):
        self.job, self.emit = job, emit
        self.codes = frozenset(job.get("codes", ()))

    def run(self) -> None:
        import torch  # noqa: F401 - the cost of starting, paid once for every task

        for index, task in enumerate(self.job["tasks"]):
            if index < self.job.get("start", 0):
                continue
            skip = set(self.job.get("skip", {}).get(str(index), ()))
            try:
                if task["kind"] == "file":
                    self.file_task(index, task, skip)
                else:
                    self.spec_task(index, task, skip)
            except UserCodeError as err:
                where = err.location if task["kind"] == "file" and err.location and \
                    os.path.abspath(err.location[0]) == os.path.abspath(task["path"]) else None
                path = task.get("path") or task.get("origin") or "<command line>"
                self.report(index, None, [make("BN910", str(err), where or (path, 1))])
            self.emit(task=index, done=True)

    def report(self, index: int, model: Optional[str], diags) -> None:
        self.emit(task=index, model=model, diagnostics=[d.to_dict() for d in diags])

    def analyse(self, index: int, name: str, model, sites, factory, site, shape) -> None:
        from bnlint.graph.analysis import Runner
        from bnlint.graph.api import diagnose
        from bnlint.graph.build import build, on_meta

        self.emit(task=index, stage="analyse", model=name)
        runner = None
        if shape:
            import torch

            def real():
                from bnlint.graph.locate import Sites

                return model if not on_meta(model) else build(factory, Sites(), ways=("cpu",))[0]

            runner = Runner(real, torch.randn(tuple(shape), generator=torch.Generator().manual_seed(0)))
        self.report(index, name, diagnose(model, name, self.codes, sites=sites, runner=runner, model_site=site))
        self.emit(task=index, model=name, done=True)

    def spec_task(self, index: int, task: dict, skip) -> None:
        from bnlint.graph.build import BuildError, build
        from bnlint.graph.locate import Sites

        name = task["name"]
        if name in skip:
            return
        self.emit(task=index, stage="import", model=name)
        target, factory = load_factory(task)
        self.emit(task=index, stage="build", model=name)
        sites = Sites()
        try:
            model, _ = build(factory, sites)
        except BuildError as exc:
            raise UserCodeError(f"model `{name}` could not be built: {exc}") from None
        except BaseException as exc:  # noqa: BLE001 - sys.exit in a factory
            raise _user_failure(exc, f"building model `{name}`") from None
        self.analyse(index, name, model, sites, factory, _site(target), task.get("input_shape"))

    def file_task(self, index: int, task: dict, skip) -> None:
        from torch import nn

        from bnlint.graph.build import BuildError, build
        from bnlint.graph.locate import Sites, class_site

        path = task["path"]
        self.emit(task=index, stage="import", model=None)
        try:
            module = import_path(path)
        except BaseException as exc:  # noqa: BLE001 - user code, sys.exit included
            raise _user_failure(exc, f"importing `{os.path.basename(path)}`") from None
        classes = sorted(
            (c for c in vars(module).values()
             if inspect.isclass(c) and issubclass(c, nn.Module) and c.__module__ == module.__name__
             and c.forward is not nn.Module.forward),
            key=lambda c: (class_site(c) or ("", 0))[1],
        )
        built: Dict[str, Any] = {}
        needs: Dict[str, List[str]] = {}
        infos = []
        for cls in classes:
            name = cls.__qualname__
            if name in skip:
                continue
            required = required_arguments(cls)
            if required:
                needs[name] = required
                continue
            self.emit(task=index, stage="build", model=name)
            sites = Sites()
            try:
                model, _ = build(cls, sites)
            except BaseException as exc:  # noqa: BLE001 - user code, sys.exit included
                why = str(exc) if isinstance(exc, BuildError) else str(_user_failure(exc, "its __init__"))
                infos.append(make("BN910", f"class `{name}` could not be built without arguments ({why}); not "
                                  f"analysed: name it as a model spec with arguments, e.g. --model "
                                  f"'{os.path.basename(path)}:{name}(...)'", class_site(cls),
                                  severity=Severity.INFO))
                continue
            built[name] = (cls, model, sites)
        # Analyse the models no other one contains: a block is analysed inside the network that uses it.
        inside = {type(m) for _, model, _ in built.values() for m in list(model.modules())[1:]}
        for name, (cls, model, sites) in built.items():
            if cls not in inside:
                self.analyse(index, name, model, sites, cls, class_site(cls), task.get("input_shape"))
        lost = {n: args for n, args in needs.items() if getattr(module, n.split(".")[0], None) not in inside}
        if lost:
            first = min((class_site(getattr(module, n)) or (path, 1) for n in lost), key=lambda s: s[1])
            shown = ", ".join(f"`{n}({', '.join(a)})`" for n, a in list(lost.items())[:4])
            more = f" and {len(lost) - 4} more" if len(lost) > 4 else ""
            example = next(iter(lost))
            infos.append(make(
                "BN910",
                f"{len(lost)} class{'es' if len(lost) > 1 else ''} in this file need{'' if len(lost) > 1 else 's'} "
                f"arguments and {'were' if len(lost) > 1 else 'was'} not analysed: {shown}{more}; name "
                f"{'them' if len(lost) > 1 else 'it'} as a model spec, e.g. --model '{task.get('display', path)}:"
                f"{example}({lost[example][0]}=...)' or in [tool.bnlint.models]",
                first, severity=Severity.INFO))
        if infos:
            self.report(index, None, infos)


def main(argv: List[str]) -> int:
    job_path, events_path = argv
    with open(job_path, encoding="utf-8") as f:
        job = json.load(f)
    with open(events_path, "a", encoding="utf-8") as out:
        Worker(job, Events(out)).run()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
