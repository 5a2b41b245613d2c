"""Source-tier speed: lines per second of `bnlint check` over a directory, beside ruff and TorchFix.

    python benchmarks/static_speed.py [DIR] [--repeat 3] [--torchfix-lines 60000]

DIR defaults to the installed torch package's own Python sources (about 2,300 files,
1.2M lines of real PyTorch code), found without importing torch. Each tool runs in a fresh
process; wall time is the best of --repeat runs, peak memory the largest child RSS.
ruff (`ruff check --no-cache --select ALL`) and TorchFix run only when installed; TorchFix is
slow, so it gets a slice of the corpus (--torchfix-lines) and is compared by lines/s.
Results are printed; copy them into benchmarks/RESULTS.md with the machine and date.
"""

from __future__ import annotations

import argparse
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


_WRAP = (
    "import resource, subprocess, sys;"
    "rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode;"
    "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss, rc)"
)


def timed(cmd, repeat: int, cwd=None):
    """Best wall time of `repeat` runs, and the peak RSS (MB) of the largest process the tool ran.

    Each run goes through a small wrapper process so the peak is this tool's alone.
    """
    best, peak = float("inf"), 0.0
    for _ in range(repeat):
        start = time.perf_counter()
        proc = subprocess.run([sys.executable, "-c", _WRAP, *cmd], cwd=cwd, capture_output=True, text=True)
        best = min(best, time.perf_counter() - start)
        rss, rc = proc.stdout.split()
        if rc not in ("0", "1"):
            sys.exit(f"{cmd[0]} failed ({rc}): {proc.stderr[-2000:]}")
        peak = max(peak, int(rss) / 1024)
    return best, peak


def row(name, files, lines, seconds, peak, base_rate=None):
    rate = lines / seconds
    ratio = f"{rate / base_rate:7.1f}x" if base_rate else "       "
    print(f"{name:<34} {files:>6} {lines:>9} {seconds:>8.2f} {rate:>12,.0f} {ratio} {peak:>8.0f}")
    return rate


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("directory", nargs="?", type=Path)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--torchfix-lines", type=int, default=60000, help="size of TorchFix's slice of the corpus")
    ap.add_argument("--bnlint", default=str(Path(sys.executable).with_name("bnlint")))
    args = ap.parse_args()

    root = (args.directory or torch_sources()).resolve()
    files = python_files(root)
    lines = count_lines(files)
    print(f"corpus: {root}\nmachine: {platform.node()} {platform.machine()}, {os.cpu_count()} cores, "
          f"Python {platform.python_version()}, {datetime.date.today()}\n")
    print(f"{'tool':<34} {'files':>6} {'lines':>9} {'wall s':>8} {'lines/s':>12} {'vs TF':>8} {'peak MB':>8}")

    bnlint = [args.bnlint] if Path(args.bnlint).exists() else [sys.executable, "-m", "bnlint"]
    results = {}
    base = [*bnlint, "check", str(root), "--exit-zero", "--quiet", "--output-format", "json"]
    results["bnlint"] = timed(base + ["--no-cache"], args.repeat) if _has_option(bnlint, "--no-cache") else timed(base, args.repeat)

    ruff = shutil.which("ruff") or str(Path(sys.executable).with_name("ruff"))
    if Path(ruff).exists():
        results["ruff"] = timed([ruff, "check", "--no-cache", "--select", "ALL", "--exit-zero", "--quiet",
                                 "--output-format", "json", str(root)], args.repeat)

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
    for name, (secs, peak) in results.items():
        label = {"bnlint": "bnlint check (all default rules)", "ruff": "ruff check --select ALL"}[name]
        row(label, len(files), lines, secs, peak, tf_rate)
    if "ruff" in results:
        print(f"\nbnlint wall / ruff wall: {results['bnlint'][0] / results['ruff'][0]:.2f}")
    if tf_rate:
        print(f"bnlint lines/s / TorchFix lines/s: {lines / results['bnlint'][0] / tf_rate:.0f}x")
    if not Path(ruff).exists() or not Path(torchfix).exists():
        print("\n(ruff and/or torchfix not installed: `pip install ruff torchfix` to compare in the same run)")


def _has_option(cmd, option: str) -> bool:
    out = subprocess.run([*cmd, "check", "--help"], capture_output=True, text=True).stdout
    return option in out


if __name__ == "__main__":
    main()
