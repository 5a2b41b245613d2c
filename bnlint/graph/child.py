"""One child process of the graph tier (bnlint.graph.worker, below a bnlint.graph.guardian in a session of its own)
with no stdin, stdout or stderr: give it a job, read its events, end it (and all it started) when a step runs out
of time, and say how it ended."""

from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Set, Tuple

from bnlint.graph.findings import in_stdlib

# Importing torch on a busy machine is not the user's time: the first step gets at least this long.
STARTUP_SECONDS = 120.0
POLL_SECONDS = 0.05
GUARDIAN_SECONDS = 10.0  # for the guardian to end a worker and what it started
BNLINT_ROOT = str(Path(__file__).resolve().parents[2])


@dataclass
class Progress:
    """What the events of one child say."""

    ready: bool = False
    current: Optional[dict] = None  # the last stage event of an unfinished task
    done_tasks: Set[int] = field(default_factory=set)
    done_models: Dict[int, Set[str]] = field(default_factory=dict)
    unbuilt: Dict[int, Set[str]] = field(default_factory=dict)  # failed to build: no need to try again
    diagnostics: List[Tuple[int, dict]] = field(default_factory=list)
    fatal: Optional[str] = None
    out_of_memory: bool = False  # bnlint's own step ran out of memory (under --trace-memory): not a bug

    def take(self, event: dict) -> None:
        if event.get("stage") == "ready":
            self.ready = True
        elif "fatal" in event:
            self.fatal = event["fatal"]
            self.out_of_memory = bool(event.get("out_of_memory"))
        elif "diagnostics" in event:
            self.diagnostics += [(event["task"], d) for d in event["diagnostics"]]
        elif event.get("done"):
            if event.get("model") is None:
                self.done_tasks.add(event["task"])
                self.current = None
            elif event.get("built") is False:
                self.unbuilt.setdefault(event["task"], set()).add(event["model"])
            else:
                self.done_models.setdefault(event["task"], set()).add(event["model"])
        elif "stage" in event:
            self.current = event


@dataclass
class ChildResult:
    progress: Progress
    returncode: int
    timed_out: bool
    faults: str


class _EventReader:
    def __init__(self, path: str):
        self.path, self.offset, self.partial = path, 0, ""

    def read(self) -> List[dict]:
        try:
            with open(self.path, encoding="utf-8") as f:
                f.seek(self.offset)
                chunk = f.read()
                self.offset = f.tell()
        except OSError:
            return []
        lines = (self.partial + chunk).split("\n")
        self.partial = lines.pop()  # a line the child is still writing
        events = []
        for line in lines:
            try:
                events.append(json.loads(line))
            except ValueError:
                continue
        return events


def _kill_group(pid: int) -> None:
    try:
        os.killpg(pid, signal.SIGKILL)  # user code may have started processes of its own
    except (ProcessLookupError, PermissionError):
        pass


class Child:
    """One worker process, below its guardian (bnlint.graph.guardian). It starts before its job is known, so
    that a replacement for a worker that may die can import torch in advance.

    The guardian holds the read end of a pipe from this process: writing "stop" ends the worker and all it
    started; if this process dies, the guardian sees the pipe close and does the same, and removes the
    run's temporary folder. Only this process holds the write end (a pipe is not inherited by exec)."""

    def __init__(self, folder: str, number: int):
        self.job_path = os.path.join(folder, f"job{number}.json")
        self.events_path = os.path.join(folder, f"events{number}.jsonl")
        self.faults_path = os.path.join(folder, f"faults{number}.txt")
        self.status_path = os.path.join(folder, f"status{number}.txt")
        open(self.events_path, "w").close()
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [BNLINT_ROOT, os.environ.get("PYTHONPATH")])))
        worker = [sys.executable, "-m", "bnlint.graph.worker", self.job_path, self.events_path]
        self.proc = subprocess.Popen([sys.executable, "-m", "bnlint.graph.guardian", folder, self.status_path, "--",
                                      *worker],
                                     stdin=subprocess.PIPE, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                     env=env, start_new_session=True)

    def give(self, job: dict) -> None:
        tmp = self.job_path + ".tmp"
        with open(tmp, "w", encoding="utf-8") as f:
            json.dump(dict(job, faults=self.faults_path), f)
        os.replace(tmp, self.job_path)

    def stop(self) -> None:
        """End the worker and everything it started; wait for the guardian to say it is done."""
        if self.proc.poll() is None:
            try:
                self.proc.stdin.write(b"stop\n")
                self.proc.stdin.flush()
            except (BrokenPipeError, OSError, ValueError):
                pass
            try:
                self.proc.wait(GUARDIAN_SECONDS)
            except subprocess.TimeoutExpired:  # the guardian itself is stuck: the old way, the whole group
                _kill_group(self.proc.pid)
                self.proc.wait()
        if self.proc.stdin and not self.proc.stdin.closed:
            try:
                self.proc.stdin.close()
            except OSError:
                pass
        _kill_group(self.proc.pid)  # where there is no /proc to find them by: what is left in the group

    @property
    def returncode(self) -> Optional[int]:
        """The worker's exit status as the guardian saw it (a negative signal number for a signal)."""
        try:
            return int(Path(self.status_path).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return self.proc.returncode

    def faults(self) -> str:
        try:
            return Path(self.faults_path).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return ""


def run_child(child: Child, job: dict, timeouts: Sequence[float], on_ready=None) -> ChildResult:
    """Run one worker on job until it ends or a step outlasts its task's timeout."""
    child.give(job)
    reader, progress = _EventReader(child.events_path), Progress()
    last = time.monotonic()
    timed_out = False
    try:
        while True:
            finished = child.proc.poll() is not None
            events = reader.read()
            was_ready = progress.ready
            for event in events:
                progress.take(event)
            if events:
                last = time.monotonic()
            if progress.ready and not was_ready and on_ready:
                on_ready()
            if finished or progress.done_tasks.issuperset(range(job["start"], len(timeouts))):
                break  # done: a thread or atexit handler of user code must not keep it (or us) waiting
            current = progress.current
            allowed = timeouts[current["task"]] if current and "task" in current else None
            if not progress.ready or allowed is None:
                allowed = max(STARTUP_SECONDS, max(timeouts, default=0))
            if time.monotonic() - last > allowed:
                timed_out = True
                child.stop()
                for event in reader.read():
                    progress.take(event)
                break
            time.sleep(POLL_SECONDS)
    finally:
        child.stop()
    return ChildResult(progress, child.returncode, timed_out, child.faults())


# ---------------------------------------------------------------------------- failures
_FRAME = re.compile(r'File "(?P<file>[^"]+)", line (?P<line>\d+)')


def user_site(faults: str) -> Optional[Tuple[str, int]]:
    """The innermost frame outside torch, bnlint and the standard library in a faulthandler report."""
    for m in _FRAME.finditer(faults):  # faulthandler lists the innermost frame first
        path = m.group("file")
        if path.startswith(BNLINT_ROOT + os.sep + "bnlint") or in_stdlib(path) or f"{os.sep}torch{os.sep}" in path:
            continue
        if os.path.isfile(path):
            return path, int(m.group("line"))
    return None


def how_it_ended(child: ChildResult, timeout: float) -> str:
    rc = child.returncode
    if child.progress.out_of_memory:
        return ("it ran out of memory (the limit is --trace-memory, [tool.bnlint] trace-memory: megabytes on top of "
                "what Python and torch take; raise it)")
    if child.timed_out:
        return (f"it was stopped after {timeout:g} s without progress (--trace-timeout; it may loop forever or "
                "wait for something; raise the limit if it is only slow)")
    if rc is not None and rc < 0:
        try:
            name = signal.Signals(-rc).name
        except ValueError:
            name = f"signal {-rc}"
        if name == "SIGSEGV":
            return "the process crashed with a segmentation fault (SIGSEGV)"
        if name == "SIGKILL":
            return "the process was killed (SIGKILL; out of memory? see --trace-memory)"
        return f"the process was killed by {name}"
    return f"the process ended with exit code {rc} before it was done (os._exit(), or C code that exits)"
