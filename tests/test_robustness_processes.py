"""Issue 18, item 5: what bnlint starts dies with it.

Killing the main process of a parallel --rewrite left its pool workers writing files and then hanging forever;
killing it during --trace left the child running the user's code (at full CPU) and the temporary folder behind,
and a process the user's code detached with setsid() escaped every cleanup. Linux only: processes are found
through /proc.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bnlint.lifeline import command_line, live_processes

pytestmark = [pytest.mark.slow, pytest.mark.skipif(not Path("/proc/self/stat").exists(), reason="needs /proc")]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
from fault_injection import BLOCK, HEAD  # noqa: E402 - the files the fault injection benchmark rewrites


def in_session(sid: int):
    """Live processes of the session sid (bnlint is started as its leader)."""
    return [pid for pid, (_, session) in live_processes().items() if session == sid]


def with_marker(marker: str):
    """Live processes whose command line mentions marker."""
    return [pid for pid in live_processes() if pid != os.getpid() and marker in command_line(pid)]


def wait_until(test, seconds: float):
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        value = test()
        if value:
            return value
        time.sleep(0.05)
    return test()


def kill_all(pids):
    for p in pids:
        try:
            os.kill(p, signal.SIGKILL)
        except ProcessLookupError:
            pass


def bnlint(*args, env=None):
    return subprocess.Popen([sys.executable, "-m", "bnlint", "check", "--no-cache", "-q", *map(str, args)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                            env=env or dict(os.environ), preexec_fn=_default_sigint)


def _default_sigint():
    """A shell runs background jobs with SIGINT ignored, and Python keeps it so: bnlint must see Ctrl-C."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


# ------------------------------------------------------------------ the source tier's pool
@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM, signal.SIGINT])
def test_pool_workers_die_with_a_killed_run_and_write_nothing_after(tmp_path, sig):
    originals = {f"m{i}.py": HEAD + "".join(BLOCK.format(i=f"{i}_{k}") for k in range(40)) for i in range(120)}
    for name, text in originals.items():
        (tmp_path / name).write_text(text)
    proc = bnlint(tmp_path, "--rewrite", "--jobs", "2")
    try:
        workers = wait_until(lambda: [p for p in in_session(proc.pid) if p != proc.pid], 30)
        assert workers, "the pool never started"
        wait_until(lambda: any((tmp_path / n).read_text() != t for n, t in originals.items()), 30)
        os.kill(proc.pid, sig)  # the main process only, as a user's kill or a CI timeout does
        proc.wait(30)
        left = wait_until(lambda: not in_session(proc.pid), 5)
        assert left, f"workers outlived the run: {in_session(proc.pid)}"
        after_kill = {n: (tmp_path / n).read_text() for n in originals}
        time.sleep(1.0)
        assert {n: (tmp_path / n).read_text() for n in originals} == after_kill, "a file was written after the kill"
        fixed = [n for n, t in after_kill.items() if t != originals[n]]
        for name in fixed:  # new, and whole: the fixed text of every class
            assert after_kill[name].count("training=self.training") == 2 * 40
        if sig == signal.SIGINT:  # Ctrl-C stops the run: batches not started are not started (they all ran)
            assert len(fixed) < len(originals)
        assert all(p.name in originals or p.name.startswith(".bnlint-") for p in tmp_path.iterdir())
    finally:
        kill_all(in_session(proc.pid))


# ------------------------------------------------------------------ the graph tier's child
MODELS = ROOT / "tests" / "models"


def _trace_env(tmp_path, **extra):
    temp = tmp_path / "temp"
    temp.mkdir()
    return temp, dict(os.environ, TMPDIR=str(temp), BNLINT_ESCAPE_MARKER=str(tmp_path), **extra)


@pytest.mark.parametrize("sig", [signal.SIGKILL, signal.SIGTERM])
def test_killing_a_trace_run_ends_the_user_code_and_removes_the_temporary_folder(tmp_path, sig):
    marker = str(tmp_path)
    temp, env = _trace_env(tmp_path)
    proc = bnlint("--trace", "--trace-timeout", "120", MODELS / "escape_spins.py", env=env)
    try:
        assert wait_until(lambda: with_marker(f"{marker}-detached"), 60), "the user's code never ran"
        time.sleep(0.5)  # Spins is spinning now
        os.kill(proc.pid, sig)
        proc.wait()
        assert wait_until(lambda: not with_marker(marker), 10), f"still running: {with_marker(marker)}"
        assert wait_until(lambda: not any(temp.iterdir()), 10), list(temp.iterdir())
    finally:
        kill_all(with_marker(marker))


def test_processes_the_user_code_detached_do_not_outlive_a_finished_run(tmp_path):
    marker = str(tmp_path)
    temp, env = _trace_env(tmp_path)
    proc = bnlint("--trace", MODELS / "escape_daemon.py", env=env)
    try:
        assert proc.wait(120) == 1  # BN001, found by both tiers
        # The daemon runs `python -m bnlint.graph.worker <temp>/job...`'s command line (a fork of the worker).
        assert wait_until(lambda: not with_marker(marker), 10), f"still running: {with_marker(marker)}"
        assert not any(temp.iterdir())
    finally:
        kill_all(with_marker(marker))
