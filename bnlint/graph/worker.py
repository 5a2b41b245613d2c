"""The child process of `bnlint check --trace` / `--model`: imports user code, builds, traces, analyses.

    python -m bnlint.graph.worker JOB.json EVENTS.jsonl

Started before JOB exists, it imports torch and waits for it (a spare, ready when a worker dies). The parent (bnlint.graph.tier) gives it no stdin and no stdout/stderr, and a time limit per step.
JOB: {"tasks": [task, ...], "start": first task to run, "codes": [enabled codes],
      "skip": {"task index": {"build": [models not to build], "analyse": [models not to analyse]}},
      "memory_mb": address-space limit or null, "faults": file for faulthandler's report of a fatal signal}
task: {"kind": "file", "path": absolute path, "display": path as the user wrote it, "input_shape": [..] | null,
       "codes": [..] (optional, else the job's)}
    | {"kind": "spec", "spec": "pkg.mod:factory(...)", "name": str, "base": folder for relative paths,
       "origin": [file, line] of the spec, "input_shape": [..] | null, "codes": [..]}

EVENTS, one JSON object per line, flushed at once so that the parent knows how far a child that hangs or
dies got: {"stage": "ready"} once torch is imported, {"task": i, "stage": "import" | "build" | "analyse",
"model": name or null, "site": [file, line] or null} before each step, {"task": i, "model": name,
"diagnostics": [Diagnostic.to_dict(), ...]} and {"task": i, "model": name, "done": true} per model
("built": false too for a class that could not be built),
{"task": i, "done": true} per task, and {"fatal": traceback} if the worker itself fails.
"""

from __future__ import annotations

import faulthandler
import json
import os
import sys
import time
import traceback
from typing import Any, Dict, List, Optional, TextIO

from bnlint import lifeline
from bnlint.diagnostic import Severity
from bnlint.graph.findings import make
from bnlint.graph.loading import (
    UserCodeError, import_path, load_factory, module_classes, contained_classes, required_arguments, site_of,
    user_failure,
)


class Events:
    def __init__(self, out: TextIO):
        self.out = out

    def __call__(self, **event: Any) -> None:
        self.out.write(json.dumps(event) + "\n")
        self.out.flush()


# ------------------------------------------------------------------ running
def _where(site) -> Optional[List[Any]]:
    return [site[0], site[1]] if site else None


class Worker:
    def __init__(self, job: dict, emit: Events):
        self.job, self.emit = job, emit
        self.codes = frozenset(job.get("codes", ()))

    def run(self) -> None:
        import torch  # noqa: F401 - the cost of starting, paid once for every task

        self.emit(stage="ready")
        for index, task in enumerate(self.job["tasks"]):
            if index < self.job.get("start", 0):
                continue
            skip = self.job.get("skip", {}).get(str(index), {})
            skip = {"build": set(skip.get("build", ())), "analyse": set(skip.get("analyse", ()))}
            try:
                if task["kind"] == "file":
                    self.file_task(index, task, skip)
                else:
                    self.spec_task(index, task, skip)
            except UserCodeError as err:
                # A file's failure is shown in that file (else at its first line); a spec's where it happened.
                where = err.location if err.location and (task["kind"] == "spec" or os.path.abspath(
                    err.location[0]) == os.path.abspath(task["path"])) else None
                origin = task.get("origin")
                fallback = (task["path"], 1) if task.get("path") else tuple(origin) if origin else ("<command line>", 1)
                self.report(index, None, [make("BN910", str(err), where or fallback)])
            self.emit(task=index, done=True)

    def unbuilt(self, index: int, name: str, diag) -> None:
        """A class that failed to build: reported at once, so that a restarted worker need not build it again."""
        self.report(index, name, [diag])
        self.emit(task=index, model=name, done=True, built=False)

    def report(self, index: int, model: Optional[str], diags) -> None:
        self.emit(task=index, model=model, diagnostics=[d.to_dict() for d in diags])

    def analyse(self, index: int, task: dict, name: str, model, sites, factory, site) -> None:
        from bnlint.graph.api import diagnose
        from bnlint.graph.context import LiveModel
        from bnlint.graph.build import build, on_meta

        self.emit(task=index, stage="analyse", model=name, site=_where(site))
        shape = task.get("input_shape")
        codes = frozenset(task["codes"]) if "codes" in task else self.codes
        runner = None
        if shape:
            from bnlint.graph.running import random_input

            def real():
                from bnlint.graph.locate import Sites

                return model if not on_meta(model) else build(factory, Sites(), ways=("cpu",))[0]

            runner = LiveModel(real, random_input(shape))
        self.report(index, name, diagnose(model, name, codes, sites=sites, runner=runner, model_site=site))
        self.emit(task=index, model=name, done=True)

    def spec_task(self, index: int, task: dict, skip) -> None:
        from bnlint.graph.build import BuildError, build
        from bnlint.graph.locate import Sites

        name = task["name"]
        if name in skip["build"] | skip["analyse"]:
            return
        origin = _where(task.get("origin"))
        self.emit(task=index, stage="import", model=name, site=origin)
        target, factory = load_factory(task)
        self.emit(task=index, stage="build", model=name, site=_where(site_of(target)) or origin)
        sites = Sites()
        try:
            model, _ = build(factory, sites)
        except BuildError as exc:
            raise UserCodeError(f"model `{name}` could not be built: {exc}") from None
        except BaseException as exc:  # noqa: BLE001 - sys.exit in a factory
            raise user_failure(exc, f"building model `{name}`") from None
        self.analyse(index, task, name, model, sites, factory, site_of(target) or task.get("origin"))

    def file_task(self, index: int, task: dict, skip) -> None:
        from bnlint.graph.build import BuildError, build
        from bnlint.graph.locate import Sites, class_site

        path = task["path"]
        self.emit(task=index, stage="import", model=None, site=[path, 1])
        try:
            module = import_path(path)
        except BaseException as exc:  # noqa: BLE001 - user code, sys.exit included
            raise user_failure(exc, f"importing `{os.path.basename(path)}`") from None
        classes = module_classes(module)
        built: Dict[str, Any] = {}
        needs: Dict[str, List[str]] = {}
        infos = []
        for cls in classes:
            name = cls.__qualname__
            if name in skip["build"]:
                continue
            required = required_arguments(cls)
            if required:
                needs[name] = required
                continue
            self.emit(task=index, stage="build", model=name, site=_where(class_site(cls)))
            sites = Sites()
            try:
                model, _ = build(cls, sites)
            except BuildError as exc:
                self.unbuilt(index, name, make("BN910", f"class `{name}` could not be built without arguments ({exc}); not "
                                  f"analysed: name it as a model spec with arguments, e.g. --model "
                                  f"'{task.get('display', path)}:{name}(...)'", class_site(cls),
                                  severity=Severity.INFO))
                continue
            except BaseException as exc:  # noqa: BLE001 - user code: sys.exit, stdin, out of memory
                err = user_failure(exc, "its __init__")
                self.unbuilt(index, name, make("BN910", f"class `{name}` was not analysed: {err}",
                                               err.location or class_site(cls)))
                continue
            built[name] = (cls, model, sites)
        inside = contained_classes(model for _, model, _ in built.values())
        for name, (cls, model, sites) in built.items():
            if cls not in inside and name not in skip["analyse"]:
                self.analyse(index, task, name, model, sites, cls, class_site(cls))
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


def limit_memory(megabytes: Optional[int]) -> None:
    """Cap the address space at what this process maps now (Python and torch, imported before this) plus
    `megabytes`, so that code allocating without bound gets MemoryError instead of the machine. What torch maps
    when imported (gigabytes of address space for a CUDA build) is not the user's: counted in, a limit below
    it made every run fail."""
    if not megabytes:
        return
    import resource

    limit = _mapped_now() + megabytes * 2**20
    _, hard = resource.getrlimit(resource.RLIMIT_AS)
    if hard != resource.RLIM_INFINITY:
        limit = min(limit, hard)
    resource.setrlimit(resource.RLIMIT_AS, (limit, hard))


def _mapped_now() -> int:
    """Bytes of address space this process maps (Linux; 0 where unknown)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as f:
            return int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
    except (OSError, ValueError, IndexError, AttributeError):
        return 0


def _wait_for(path: str) -> None:
    """A spare worker: wait for its job (written by rename, so it is whole). The guardian ends it if bnlint
    goes away, and it dies with the guardian (lifeline)."""
    while not os.path.exists(path):
        time.sleep(0.01)


# Written as it is, without formatting: when memory has run out, building a message may fail too.
OUT_OF_MEMORY_EVENT = '{"fatal": "MemoryError", "out_of_memory": true}\n'


def main(argv: List[str]) -> int:
    job_path, events_path = argv
    lifeline.die_with_parent(int(os.environ.get("BNLINT_GUARDIAN") or os.getppid()))
    with open(events_path, "a", encoding="utf-8") as out:
        emit = Events(out)
        try:
            import torch  # noqa: F401 - before the memory limit; a spare pays for it while the current worker runs

            _wait_for(job_path)
            with open(job_path, encoding="utf-8") as f:
                job = json.load(f)
            if job.get("faults"):  # a segfault still says where it happened
                faulthandler.enable(open(job["faults"], "w", encoding="utf-8"), all_threads=False)
            limit_memory(job.get("memory_mb"))
            Worker(job, emit).run()
        except SystemExit:
            raise
        except MemoryError:  # in bnlint's own steps, near the limit: the user's model is too big for it
            out.write(OUT_OF_MEMORY_EVENT)
            out.flush()
            return 1
        except BaseException:  # noqa: BLE001 - a bug here, or torch failing to import: tell the parent
            emit(fatal=traceback.format_exc(limit=-8))
            return 1
    os._exit(0)  # everything is reported: user code's threads and atexit handlers do not get to hang us


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
