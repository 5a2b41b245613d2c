"""Snapshot bnlint's findings and fixes on real code, and compare two snapshots byte for byte.

    python scripts/findings_snapshot.py record OUT_DIR [ROOT ...]
    python scripts/findings_snapshot.py compare OLD_DIR NEW_DIR

`record` runs, for each ROOT (default: the installed torch package's sources, and the
pytorch-jit-paritybench corpus when benchmarks/accuracy/corpus.py has materialised it):
    bnlint check --select ALL --no-cache --output-format json ROOT
    bnlint check --select ALL --no-cache --diff --unsafe-fixes ROOT
and writes their stdout to OUT_DIR/<name>.json and OUT_DIR/<name>.diff. `compare` exits 1
and names the first differing line when two snapshots differ. A change meant to keep
behaviour (a refactoring) must leave every file byte-identical.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent


def default_roots():
    spec = importlib.util.find_spec("torch")
    if spec is not None and spec.submodule_search_locations:
        yield "torch", Path(list(spec.submodule_search_locations)[0])
    corpus = Path(os.environ.get("BNLINT_CORPUS", Path.home() / ".cache" / "bnlint-corpus"))
    if (corpus / "paritybench" / "generated").is_dir():
        yield "paritybench", corpus / "paritybench" / "generated"


def bnlint(*args: str) -> bytes:
    cmd = [sys.executable, "-m", "bnlint", "check", "--select", "ALL", "--no-cache", *args]
    done = subprocess.run(cmd, cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if done.returncode not in (0, 1):
        sys.exit(f"{' '.join(cmd)} exited {done.returncode}:\n{done.stderr.decode(errors='replace')[-2000:]}")
    return done.stdout


def record(out: Path, roots) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, root in roots:
        (out / f"{name}.json").write_bytes(bnlint("--output-format", "json", str(root)))
        (out / f"{name}.diff").write_bytes(bnlint("--diff", "--unsafe-fixes", str(root)))
        print(f"{name}: {root}")


def compare(old: Path, new: Path) -> int:
    names = sorted({p.name for p in old.iterdir()} | {p.name for p in new.iterdir()})
    bad = 0
    for name in names:
        a, b = old / name, new / name
        if not (a.exists() and b.exists()):
            print(f"{name}: only in {'new' if b.exists() else 'old'}")
            bad += 1
            continue
        la, lb = a.read_bytes().splitlines(), b.read_bytes().splitlines()
        if la == lb:
            print(f"{name}: identical ({len(la)} lines)")
            continue
        bad += 1
        first = next((i for i, (x, y) in enumerate(zip(la, lb)) if x != y), min(len(la), len(lb)))
        print(f"{name}: DIFFERS at line {first + 1} ({len(la)} vs {len(lb)} lines)")
        for label, lines in (("old", la), ("new", lb)):
            print(f"  {label}: {lines[first][:300]!r}" if first < len(lines) else f"  {label}: <end>")
    return 1 if bad else 0


def main(argv) -> int:
    if len(argv) >= 2 and argv[0] == "record":
        roots = [(Path(r).name, Path(r)) for r in argv[2:]] or list(default_roots())
        record(Path(argv[1]), roots)
        return 0
    if len(argv) == 3 and argv[0] == "compare":
        return compare(Path(argv[1]), Path(argv[2]))
    print(__doc__)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
