"""Fault injection: kill bnlint at random moments and check what it leaves behind (Linux: reads /proc).

    python benchmarks/fault_injection.py [--trials 8] [--files 150] [--jobs 2] [--seed 18]

Two kinds of run, each killed `--trials` times per signal at a random moment:

- a parallel `--rewrite` of FILES generated files (each with many fixable findings), killed with SIGKILL,
  SIGTERM or SIGINT sent to the main process only (as `kill PID`, a CI timeout or an OOM killer does), and
  with SIGKILL sent to its whole process group. Checked: no process of the run is left after 5 s (and how long
  the last one took to go), no file changes after the kill (watched for 1 s), every file is either its old
  text or its complete new text (the result of an uninterrupted run), and which `.bnlint-*.tmp` files are left;
- a `--trace` run of files whose user code misbehaves (a model spinning forever in __init__, a process started
  with start_new_session, a double-forked setsid daemon, a model that allocates without bound), killed with
  SIGKILL or SIGTERM while the user code runs. Checked: no process of the run or started by the user's code is
  left after 10 s, and the run's temporary folder is gone.

Prints one row per scenario and a verdict; copy them into benchmarks/RESULTS.md with the machine and date.
"""

from __future__ import annotations

import argparse
import datetime
import os
import platform
import random
import shutil
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from bnlint.lifeline import command_line, live_processes  # noqa: E402 - this checkout's bnlint

ROOT = Path(__file__).resolve().parent.parent
BLOCK = textwrap.dedent("""\


    class M{i}(nn.Module):
        def forward(self, x):
            x = F.dropout(x, 0.1)
            return F.dropout(x, p=0.3)
""")
HEAD = "import torch.nn as nn\nimport torch.nn.functional as F\n# generated for fault injection\n"

MODELS = ROOT / "tests" / "models"
# name -> (file, extra environment): user code that misbehaves; the first two carry $BNLINT_ESCAPE_MARKER.
USER_CODE = {
    "spins.py": (MODELS / "escape_spins.py", {}),  # a setsid process, and a model spinning in __init__
    "daemon.py": (MODELS / "escape_daemon.py", {"BNLINT_ESCAPE_SLEEP": "3600"}),  # a double-forked daemon
    "greedy.py": (None, {}),  # GREEDY below: allocates until --trace-memory stops it
}
GREEDY = """\
import time
import torch.nn as nn


class Greedy(nn.Module):
    def __init__(self):
        super().__init__()
        self.hoard = []
        while True:  # a megabyte every 20 ms, up to --trace-memory
            self.hoard.append(bytearray(2**20))
            time.sleep(0.02)

    def forward(self, x):
        return x
"""


# ------------------------------------------------------------------ processes
def in_session(sid: int):
    return [pid for pid, (_, session) in live_processes().items() if session == sid]


def mentioning(marker: str):
    return [pid for pid in live_processes() if pid != os.getpid() and marker in command_line(pid)]


def wait_gone(find, seconds: float):
    """(seconds until find() was empty, what was left after `seconds`)."""
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        if not find():
            return time.monotonic() - start, []
        time.sleep(0.02)
    return None, find()


def kill_all(pids):
    for p in pids:
        try:
            os.kill(p, signal.SIGKILL)
        except ProcessLookupError:
            pass


def bnlint(args, env=None):
    return subprocess.Popen([sys.executable, "-m", "bnlint", "check", "--no-cache", "-q", *map(str, args)], cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True,
                            env=env or dict(os.environ), preexec_fn=_default_sigint)


def _default_sigint():
    """A shell runs background jobs with SIGINT ignored, and Python keeps it so: bnlint must see Ctrl-C."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


# ------------------------------------------------------------------ --rewrite
def rewrite_scenarios(work: Path, n_files: int, jobs: int, trials: int, rng: random.Random):
    originals = {f"m{i}.py": HEAD + "".join(BLOCK.format(i=f"{i}_{k}") for k in range(20 + i % 40))
                 for i in range(n_files)}
    reference = work / "reference"
    reference.mkdir()
    for name, text in originals.items():
        (reference / name).write_text(text)
    start = time.monotonic()
    subprocess.run([sys.executable, "-m", "bnlint", "check", "--no-cache", "-q", "--rewrite", "--jobs", str(jobs),
                    str(reference)], cwd=ROOT, capture_output=True)
    full = time.monotonic() - start
    fixed = {name: (reference / name).read_text() for name in originals}
    assert all(fixed[n] != originals[n] for n in originals), "the reference run fixed nothing"
    rows = []
    for label, sig, group in (("SIGKILL to bnlint", signal.SIGKILL, False), ("SIGTERM to bnlint", signal.SIGTERM, False),
                              ("SIGINT to bnlint", signal.SIGINT, False), ("SIGKILL to its group", signal.SIGKILL, True)):
        stats = {"trials": 0, "survivors": 0, "late": 0, "damaged": 0, "tmp": 0, "new": 0, "slowest": 0.0}
        for trial in range(trials):
            folder = work / f"{label.split()[0]}-{'g' if group else 'p'}-{trial}"
            folder.mkdir()
            for name, text in originals.items():
                (folder / name).write_text(text)
            proc = bnlint([folder, "--rewrite", "--jobs", jobs])
            time.sleep(rng.uniform(0.3, max(0.5, full * 0.9)))
            try:
                if group:
                    os.killpg(proc.pid, sig)
                else:
                    os.kill(proc.pid, sig)
            except ProcessLookupError:
                pass
            proc.wait()
            at_kill = {n: (folder / n).read_text() for n in originals}
            took, left = wait_gone(lambda: in_session(proc.pid), 5)
            kill_all(left)
            time.sleep(1.0)
            later = {n: (folder / n).read_text() for n in originals}
            stats["trials"] += 1
            stats["survivors"] += len(left)
            stats["slowest"] = max(stats["slowest"], took if took is not None else 5.0)
            stats["late"] += sum(at_kill[n] != later[n] for n in originals)
            stats["damaged"] += sum(later[n] not in (originals[n], fixed[n]) for n in originals)
            stats["new"] += sum(later[n] == fixed[n] for n in originals)
            stats["tmp"] += sum(1 for p in folder.iterdir() if p.name.startswith(".bnlint-"))
        rows.append((f"--rewrite -j{jobs}, {label}", stats))
    return rows, full


# ------------------------------------------------------------------ --trace
def trace_scenarios(work: Path, trials: int, rng: random.Random):
    rows = []
    for sig_name, sig in (("SIGKILL", signal.SIGKILL), ("SIGTERM", signal.SIGTERM)):
        for name, (source, extra) in USER_CODE.items():
            stats = {"trials": 0, "survivors": 0, "folders": 0, "slowest": 0.0}
            for trial in range(trials):
                folder = work / f"trace-{sig_name}-{name}-{trial}"
                temp = folder / "temp"
                temp.mkdir(parents=True)
                marker = str(folder)
                (folder / name).write_text(source.read_text() if source else GREEDY)
                env = dict(os.environ, TMPDIR=str(temp), BNLINT_ESCAPE_MARKER=marker, **extra)
                proc = bnlint(["--trace", "--trace-timeout", "600", "--trace-memory", "2000", folder / name], env=env)
                # Kill once the worker is up (while it imports torch, or runs the user's code).
                deadline = time.monotonic() + 120
                while time.monotonic() < deadline and not [p for p in mentioning(marker)
                                                           if "graph.worker" in command_line(p)]:
                    time.sleep(0.05)
                time.sleep(rng.uniform(0.5, 3.0))
                os.kill(proc.pid, sig)
                proc.wait()
                took, left = wait_gone(lambda: mentioning(marker), 10)
                kill_all(left)
                stats["trials"] += 1
                stats["survivors"] += len(left)
                stats["slowest"] = max(stats["slowest"], took if took is not None else 10.0)
                time.sleep(0.2)
                stats["folders"] += sum(1 for _ in temp.iterdir())
            rows.append((f"--trace, {name}, {sig_name} to bnlint", stats))
    return rows


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--trials", type=int, default=8)
    ap.add_argument("--files", type=int, default=150)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--seed", type=int, default=18)
    ap.add_argument("--skip-trace", action="store_true", help="only the --rewrite scenarios (no torch needed)")
    args = ap.parse_args()
    if not Path("/proc/self/stat").exists():
        sys.exit("needs Linux (/proc)")
    rng = random.Random(args.seed)
    print(f"machine: {platform.node()} {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {datetime.datetime.now():%Y-%m-%d %H:%M}")
    work = Path(tempfile.mkdtemp(prefix="bnlint-faults-"))
    bad = 0
    try:
        rows, full = rewrite_scenarios(work, args.files, args.jobs, args.trials, rng)
        print(f"an uninterrupted --rewrite of {args.files} files takes {full:.1f} s; kills at random in 0.3 s-90% of it\n")
        print(f"{'scenario':<44} {'trials':>6} {'left':>5} {'slowest s':>9} {'late':>5} {'damaged':>7} "
              f"{'new':>6} {'tmp':>4}")
        for label, s in rows:
            print(f"{label:<44} {s['trials']:>6} {s['survivors']:>5} {s['slowest']:>9.2f} {s['late']:>5} "
                  f"{s['damaged']:>7} {s['new']:>6} {s['tmp']:>4}")
            bad += s["survivors"] + s["late"] + s["damaged"]
        if not args.skip_trace:
            print(f"\n{'scenario':<44} {'trials':>6} {'left':>5} {'slowest s':>9} {'folders':>7}")
            for label, s in trace_scenarios(work, args.trials, rng):
                print(f"{label:<44} {s['trials']:>6} {s['survivors']:>5} {s['slowest']:>9.2f} {s['folders']:>7}")
                bad += s["survivors"] + s["folders"]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print("\nleft: processes of the run still alive 5 s (--trace: 10 s) after the kill; slowest: seconds until the "
          "last was gone;\nlate: files written after the kill; damaged: neither old nor complete new text; new: "
          "files fully fixed;\ntmp: .bnlint-*.tmp files left (a worker killed mid-write); folders: temporary "
          "folders left")
    print(f"\n{'PASS' if bad == 0 else 'FAIL'}: {bad} survivors, late writes, damaged files or folders left")
    return 0 if bad == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
