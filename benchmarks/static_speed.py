"""Source-tier speed: lines per second of `bnlint check` over a directory, beside ruff and TorchFix.

    python benchmarks/static_speed.py [DIR] [--repeat 3] [--torchfix-lines 60000] [--before CHECKOUT]

DIR defaults to the installed torch package's own Python sources (about 2,300 files,
1.2M lines of real PyTorch code), found without importing torch. Each tool runs in a fresh
process; wall time is the best of --repeat runs; peak memory is the largest sum, sampled every
20 ms, of the proportional set size (PSS) of the tool's whole process tree (workers included,
shared pages counted once). ruff and TorchFix run only when installed; TorchFix is slow, so it
gets a slice of the corpus (--torchfix-lines) and is compared by lines/s.

ruff runs twice: as the scale issue names it, `ruff check --no-cache --select ALL DIR` (its
default output: each of its ~300,000 findings on torch's sources printed with a source excerpt,
which is most of its time), and with `--output-format json` (no excerpts: closer to ruff's
analysis alone). The target is stated against the first; both ratios are printed, best against
best and round by round: the cold runs of bnlint and ruff alternate, so that both see the same
machine (on a shared VM the speed drifts by a third over minutes).

bnlint is also timed cold with `--syntax-check all` (every file parsed for syntax errors, not
only those a rule analyses), cold with an empty cache (filling it), warm (a second run over the
unchanged tree, from its cache) and on one file as pre-commit runs it (a fresh interpreter,
one small file). With --before CHECKOUT (a git worktree of an earlier commit: `git worktree add
/tmp/before COMMIT`) that checkout's bnlint is timed cold in the same rounds, for a before/after
figure on one machine state. The load average is printed before and after: take figures on a quiet
machine. Results are printed; copy them into benchmarks/RESULTS.md with the machine, date
and load.

    python benchmarks/static_speed.py --size-sweep [1,2,5,10,20] [--repeat 1]

measures one file instead: a generated file of many nn.Module classes at each size (MB), checked with
--select ALL; CPU time per MB should stay flat (within 2x from 1 to 20 MB) and peak memory grow no faster
than the file (it is printed beside what Python's own `ast.parse` of the file takes).
"""

from __future__ import annotations

import argparse
import atexit
import datetime
import importlib.util
import os
import platform
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path


def torch_sources() -> Path:
    spec = importlib.util.find_spec("torch")
    if spec is None or not spec.submodule_search_locations:
        sys.exit("torch is not installed here: pass a folder to measure (or `pip install torch`)")
    return Path(list(spec.submodule_search_locations)[0])


def python_files(root: Path):
    return sorted(p for p in root.rglob("*.py") if p.is_file())


def count_lines(files) -> int:
    total = 0
    for p in files:
        with open(p, "rb") as f:
            total += f.read().count(b"\n")
    return total


def _children(pid: int):
    """Every descendant of pid (from /proc; Linux only)."""
    by_parent = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    ppid = int(f.read().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            by_parent.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo.extend(by_parent.get(p, []))
    return out


def _pss_mb(pid: int) -> float:
    try:
        with open(f"/proc/{pid}/smaps_rollup") as f:
            for line in f:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return 0.0


# bnlint runs byte-compiled, as an installed package does (pip compiles it on install): with
# PYTHONDONTWRITEBYTECODE set, an editable install would compile bnlint's modules at every start.
# The compiled files go to a folder of their own, not into the source tree.
PYCACHE = tempfile.mkdtemp(prefix="bnlint-bench-pycache-")
atexit.register(shutil.rmtree, PYCACHE, True)
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
ENV["PYTHONPYCACHEPREFIX"] = PYCACHE


def run_once(cmd, cwd=None):
    """Wall time of one run, and the peak memory (MB) of the tool's whole process tree. A command may start
    with `PYTHONPATH=DIR` (the bnlint of another checkout, see --before)."""
    env = ENV
    if cmd[0].startswith("PYTHONPATH="):
        env = {**ENV, "PYTHONPATH": cmd[0].split("=", 1)[1]}
        cmd = cmd[1:]
    peak = 0.0
    start = time.perf_counter()
    # stderr to a file, not a pipe: a tool that warns a lot would fill the pipe and stall.
    with tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=err, env=env)
        while proc.poll() is None:
            if os.path.isdir("/proc"):
                peak = max(peak, sum(_pss_mb(p) for p in _children(proc.pid)))
            time.sleep(0.02)
        seconds = time.perf_counter() - start
        if proc.returncode not in (0, 1):
            err.seek(0)
            sys.exit(f"{cmd[0]} failed ({proc.returncode}): {err.read().decode(errors='replace')[-2000:]}")
    return seconds, peak


def timed(cmd, repeat: int, cwd=None):
    """Best wall time of `repeat` runs, and the peak memory (MB) of the tool's whole process tree."""
    runs = [run_once(cmd, cwd) for _ in range(repeat)]
    return min(s for s, _ in runs), max(p for _, p in runs)


def interleaved(cmds, repeat: int):
    """Each command once per round, `repeat` rounds: tools compared in one run see the same machine
    (a shared VM drifts by a third over minutes). Per command: best wall, peak memory, every wall."""
    walls = {name: [] for name in cmds}
    peaks = dict.fromkeys(cmds, 0.0)
    for _ in range(repeat):
        for name, cmd in cmds.items():
            seconds, peak = run_once(cmd)
            walls[name].append(seconds)
            peaks[name] = max(peaks[name], peak)
    return {name: (min(w), peaks[name], w) for name, w in walls.items()}


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


def row(name, files, lines, seconds, peak, base_rate=None):
    rate = lines / seconds
    ratio = f"{rate / base_rate:7.1f}x" if base_rate else "       "
    print(f"{name:<34} {files:>6} {lines:>9} {seconds:>8.2f} {rate:>12,.0f} {ratio} {peak:>8.0f}")
    return rate


# ------------------------------------------------------------------ --size-sweep: one generated file per size
SWEEP_HEAD = "import torch\nimport torch.nn as nn\nimport torch.nn.functional as F\n"
SWEEP_BASE = "\n\nclass Base{b}(nn.Module):\n    def scale(self, x):\n        return x * {b}\n"
SWEEP_BLOCK = '''

class Block{i}(Base{b}):
    """Generated block {i}."""

    def __init__(self, width={w}):
        super().__init__()
        self.fc = nn.Linear(width, width)
        self.bn = nn.BatchNorm1d(width)
        self.drop = nn.Dropout(0.1)
        self.net = nn.Sequential(nn.Linear(width, width), nn.Dropout(0.2), nn.BatchNorm1d(width), nn.ReLU())

    def forward(self, x):
        x = self.drop(self.fc(x))
        x = self.bn(x)
        if self.train:
            x = F.dropout(x, 0.5)
        return self.helper(self.net(x))

    def helper(self, x):
        return x * torch.rand_like(x)


def evaluate{i}(model, batches):
    model.eval
    return [model(x) for x in batches]
'''


def generated_python(size: int) -> str:
    """About `size` bytes of Python as code generators write it: many nn.Module classes (each with findings of
    several rules: dropout before BatchNorm, F.dropout always on, `self.train` as a flag, `model.eval` not
    called, randomness in forward), each deriving from one of ten base classes of the file."""
    parts = [SWEEP_HEAD] + [SWEEP_BASE.format(b=b) for b in range(10)]
    total, i = sum(map(len, parts)), 0
    while total < size:
        block = SWEEP_BLOCK.format(i=i, b=i % 10, w=16 + i % 7)
        parts.append(block)
        total += len(block)
        i += 1
    return "".join(parts)


def _cpu_run(cmd):
    """(wall s, CPU s of the process tree, peak PSS MB) of one run."""
    before = os.times()
    seconds, peak = run_once(cmd)
    after = os.times()
    return seconds, (after.children_user - before.children_user) + (after.children_system - before.children_system), peak


def size_sweep(bnlint, sizes, repeat: int) -> None:
    """Per-file cost against the file's size: time per MB should stay flat (within 2x) and memory bounded."""
    print(f"machine: {platform.node()} {platform.machine()}, {os.cpu_count()} cores, Python "
          f"{platform.python_version()}, {datetime.datetime.now():%Y-%m-%d %H:%M}\nbefore: {load()}\n")
    print(f"{'size MB':>7} {'lines':>9} {'classes':>8} {'wall s':>8} {'CPU s':>8} {'CPU s/MB':>9} {'peak MB':>8} "
          f"{'peak/MB':>8} {'parse-only MB':>13}")
    rates, peaks = [], []
    with tempfile.TemporaryDirectory() as tmp:
        for mb in sizes:
            path = Path(tmp) / f"generated_{mb:g}mb.py"
            text = generated_python(int(mb * 2**20))
            path.write_text(text)
            cmd = [*bnlint, "check", str(path), "--no-cache", "--select", "ALL", "--exit-zero", "--quiet",
                   "--output-format", "json"]
            runs = [_cpu_run(cmd) for _ in range(repeat)]
            wall, cpu = min(r[0] for r in runs), min(r[1] for r in runs)
            peak = max(r[2] for r in runs)
            # What Python's own parse of the file takes: the floor of any tool built on `ast`.
            _, parse_peak = run_once([sys.executable, "-c", f"import ast; ast.parse(open({str(path)!r}).read())"])
            size = len(text.encode()) / 2**20
            rates.append(cpu / size)
            peaks.append(peak / size)
            print(f"{size:>7.1f} {text.count(chr(10)):>9} {text.count('class Block'):>8} {wall:>8.1f} {cpu:>8.1f} "
                  f"{cpu / size:>9.2f} {peak:>8.0f} {peak / size:>8.0f} {parse_peak:>13.0f}")
    print(f"\nCPU s per MB, largest / smallest: {max(rates) / min(rates):.2f} (target <= 2); peak MB per MB of "
          f"source, largest / smallest: {max(peaks) / min(peaks):.2f}")
    print(f"after: {load()}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("directory", nargs="?", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--torchfix-lines", type=int, default=60000, help="size of TorchFix's slice of the corpus")
    ap.add_argument("--bnlint", default=str(Path(sys.executable).with_name("bnlint")))
    ap.add_argument("--before", type=Path, metavar="CHECKOUT",
                    help="also time, cold and in the same rounds, the bnlint of another checkout (a git worktree "
                         "of an earlier commit): before and after a change, on the same machine state")
    ap.add_argument("--size-sweep", nargs="?", const="1,2,5,10,20", metavar="MB,...",
                    help="instead: one generated file of each size (default 1,2,5,10,20 MB), cost per MB")
    args = ap.parse_args()
    if args.size_sweep:
        bnlint = [args.bnlint] if Path(args.bnlint).exists() else [sys.executable, "-P", "-m", "bnlint"]
        size_sweep(bnlint, [float(x) for x in args.size_sweep.split(",")], args.repeat)
        return

    root = (args.directory or torch_sources()).resolve()
    files = python_files(root)
    lines = count_lines(files)
    print(f"corpus: {root}\nmachine: {platform.node()} {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {datetime.datetime.now():%Y-%m-%d %H:%M}\nbefore: {load()}\n")
    print(f"{'tool':<34} {'files':>6} {'lines':>9} {'wall s':>8} {'lines/s':>12} {'vs TF':>8} {'peak MB':>8}")

    # -P: `python -m` would otherwise put the current folder first on sys.path, and a run started in a
    # checkout would time that checkout's bnlint whatever PYTHONPATH names.
    bnlint = [args.bnlint] if Path(args.bnlint).exists() else [sys.executable, "-P", "-m", "bnlint"]
    results = {}
    base = [*bnlint, "check", str(root), "--exit-zero", "--quiet", "--output-format", "json"]
    cold = {"bnlint": base + ["--no-cache"], "bnlint-all": base + ["--no-cache", "--syntax-check", "all"]}
    before = [f"PYTHONPATH={args.before.resolve()}", sys.executable, "-P", "-m", "bnlint"] if args.before else None
    if before:
        cold["bnlint-before"] = [*before, *base[len(bnlint):], "--no-cache"]
    with tempfile.TemporaryDirectory() as tmp:  # compiles bnlint once (see ENV), then the cold runs
        (Path(tmp) / "warm_up.py").write_text("x = 1\n")
        for tool in [bnlint] + ([before] if before else []):
            run_once([*tool, "check", str(Path(tmp) / "warm_up.py"), "--no-cache"])
    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    if Path(ruff).exists():
        ruff_cmd = [ruff, "check", "--no-cache", "--select", "ALL", "--exit-zero", str(root)]
        cold["ruff"] = ruff_cmd
        cold["ruff-json"] = ruff_cmd + ["--output-format", "json"]
    rounds = interleaved(cold, args.repeat)
    for name, (best, peak, _) in rounds.items():
        results[name] = (best, peak)
    with tempfile.TemporaryDirectory() as cache:
        results["bnlint-cold-cache"] = timed(base + ["--cache-dir", cache], 1)  # fills the cache
        results["bnlint-warm"] = timed(base + ["--cache-dir", cache], args.repeat)
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "train.py"
        one.write_text("import torch.nn.functional as F\n\n\ndef f(x):\n    return F.dropout(x, 0.5)\n")
        results["bnlint-one"] = timed([*bnlint, "check", str(one), "--no-cache"], max(args.repeat, 5))

    tf_rate = None
    torchfix = shutil.which("torchfix") or str(Path(sys.executable).with_name("torchfix"))
    if Path(torchfix).exists():
        # TorchFix at ~2,000 lines/s would take ten minutes on the whole corpus: give it a slice.
        chosen, n = [], 0
        for p in files:
            if n >= args.torchfix_lines:
                break
            chosen.append(p)
            n += count_lines([p])
        with tempfile.TemporaryDirectory() as tmp:
            for i, p in enumerate(chosen):
                shutil.copy(p, Path(tmp) / f"f{i}.py")
            secs, peak = timed([torchfix, tmp], 1)
        tf_rate = row("torchfix (slice)", len(chosen), n, secs, peak)
    labels = {"bnlint": "bnlint check, cold (--no-cache)", "bnlint-before": "bnlint of --before, cold",
              "bnlint-all": "bnlint ... --syntax-check all",
              "bnlint-cold-cache": "bnlint check, cold (empty cache)",
              "bnlint-warm": "bnlint check, warm (cache)", "ruff": "ruff check --select ALL",
              "ruff-json": "ruff ... --output-format json"}
    for name, label in labels.items():
        if name in results:
            secs, peak = results[name]
            row(label, len(files), lines, secs, peak, tf_rate)
    secs, peak = results["bnlint-one"]
    print(f"{'bnlint check one.py (pre-commit)':<34} {1:>6} {5:>9} {secs:>8.2f} {'':>12} {'':>8} {peak:>8.0f}")
    if "ruff" in results:
        print()
        for mine in [name for name in ("bnlint", "bnlint-before", "bnlint-all") if name in rounds]:
            for other in ("ruff", "ruff-json"):
                pairs = sorted(b / r for b, r in zip(rounds[mine][2], rounds[other][2]))
                target = "  (target <= 1)" if (mine, other) == ("bnlint", "ruff") else ""
                print(f"{labels[mine]} / {labels[other]}: {results[mine][0] / results[other][0]:.2f} (best / best)"
                      f"{target}; per round: " + ", ".join(f"{p:.2f}" for p in pairs))
        if "bnlint-before" in rounds:
            pairs = sorted(a / b for a, b in zip(rounds["bnlint"][2], rounds["bnlint-before"][2]))
            print(f"{labels['bnlint']} / {labels['bnlint-before']}: {results['bnlint'][0] / results['bnlint-before'][0]:.2f} "
                  "(best / best); per round: " + ", ".join(f"{p:.2f}" for p in pairs))
        print("cold walls per round (s): " + "; ".join(
            f"{name} " + ", ".join(f"{w:.2f}" for w in rounds[name][2]) for name in rounds))
    if tf_rate:
        print(f"bnlint lines/s / TorchFix lines/s: {lines / results['bnlint'][0] / tf_rate:.0f}x  (target >= 50x)")
    print(f"warm: {results['bnlint-warm'][0]:.2f} s (target <= 1); one file: {secs:.2f} s (target <= 0.3); "
          f"bnlint peak: {max(p for k, (_, p) in results.items() if k.startswith('bnlint')):.0f} MB "
          "(target <= 500)")
    print(f"after: {load()}")
    if not Path(ruff).exists() or not Path(torchfix).exists():
        print("\n(ruff and/or torchfix not installed: `pip install ruff torchfix` to compare in the same run)")


if __name__ == "__main__":
    main()
