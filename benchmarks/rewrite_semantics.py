"""Rewrite semantics on real code: do bnlint's fixes keep what they promise to keep?

    python benchmarks/rewrite_semantics.py [--modes move,uout,safe] [--limit N] [--files GLOB,...] [--jobs 2]
                                           [--timeout 60] [--file-timeout 600] [--memory 4096]
                                           [--at COMMIT] [--keep] [--json FILE]

The corpus is pytorch-jit-paritybench's generated/ files (2,000 model files from GitHub projects), pinned in
benchmarks/accuracy/corpus.toml and materialised under $BNLINT_CORPUS, else ~/.cache/bnlint-corpus, by
`python benchmarks/accuracy/corpus.py --only paritybench`. Each file ends with a TESTCASES list of
(module class, init args, forward args, jit flag), the init and forward args as lambdas returning
(args, kwargs). Nothing is written into the corpus or the repository: the work happens in a scratch folder
under the system's temporary folder (removed at the end unless --keep).

Modes (each rewrites its own copy with `bnlint check --rewrite --select ALL --no-cache`):
  move   --unsafe-fixes --strategy move     uout   --unsafe-fixes --strategy uout
  safe   safe fixes only (--strategy is then irrelevant: BN001's fixes are unsafe)
Only files with a fix, or a BN001 finding, in a first `--output-format json` pass are rewritten (a rewrite
starts from those findings, so no other file can change). The rules whose fixes touched a changed file are the
fixes of that pass that the mode applies (`fix.applicability`); the unified diffs are kept with --keep.

For every changed file, two child processes (`--child`), one importing the original and one the rewrite,
each with a time limit (--timeout) and an address-space limit (--memory MB beyond what Python and torch map),
one thread, missing third-party packages replaced by stubs that fail when used after the import (so a
model that needs torchvision fails to build both ways), build every TESTCASES module under the same seeds
(torch, random, numpy seeded before construction, before each input and before each forward pass). Only the
cases whose model holds a class the rewrite changed are run (a class's text compared before and after; every
case when code outside classes changed, imports aside): the others run the same code both ways. A changed
class that no test case builds gets a case of its own when it builds without arguments and the original runs
it in eval mode on one of a few guessed inputs (GUESSED_INPUTS: images of 32 to 224 pixels, small tensors),
so that fixes in whole networks paritybench found no input for are run too. The rewrite's module loads the original's state_dict with strict=True; when that fails because keys were
renamed (a move in a positional Sequential shifts indices), it loads the same tensors by position and says
so; otherwise it loads what matches and the comparison is flagged. Then, on freshly drawn identical inputs:

- eval mode: the output of one forward pass (seed 0), a repeat (seed 0: is the original reproducible at
  all?) and one with seed 1 (is it random in eval mode?); the modules not in eval mode after the pass;
- train mode: the output (seed 0), the state_dict after that pass (BatchNorm running statistics), the
  modules not in train mode after it; then, from the same state, a repeat (reproducibility).

Outputs are compared exactly: same structure (tensors, tuples, lists, dicts, numbers, strings; other objects
by type only), same dtype and shape, equal values with NaN equal to NaN (torch.equal after masking NaNs). Not
allclose: each fix promises the very same computation for what it keeps (dropout and Uout are identities in
eval mode; a safe fix leaves the train-mode path untouched), and on one CPU thread the same ops on the same
inputs give the same bits, so any difference is a change of computation; the report gives the largest
absolute difference so a rounding-level difference is visible as such.

What each fix must keep is decided per test case, from the fixes that can reach it: those inside the classes
its model is made of (the test file's classes among its modules' classes and their bases) and those outside any
class. Compared as a requirement (everything else is shown for information):
- eval output and modes: unless a fix meant to change eval mode reaches the case: BN002, BN004, BN005
  (dropout off in eval), BN003 (eval early return), BN104 and BN105 (mode tests and switches); then the
  report says whether the case was random in eval mode before and after;
- train output, the state after a train step and modes: unless BN001 (move and uout change training by
  design) or an unsafe BN104 rewrite (`self.eval` -> `not self.training`) reaches it: every safe fix, and
  BN003's eval-only early return, must leave training as it was;
- state_dict: strict load for every mode.
"fix sites run" counts the (rule, class) places of the applied fixes whose class some compared case builds:
a fix in a class no case builds is not checked by this benchmark.
An aspect the original itself does not reproduce under the same seed is "not comparable", not different.

A file counts as: broken when a case (or the import) works with the original and fails after the rewrite;
different when a required comparison differs; identical when at least one case was compared and none
differs; not reached when every case that builds holds no changed class; failing both ways when no case
builds with the original either (the file cannot run here: a missing package, a CUDA-only model: not a bug),
or when the only cases that might hold a changed class do not build; timeouts are counted apart. Strict-load failures are counted on
their own. The run also rewrites each changed file a second time (a second --rewrite must change nothing)
and lists files reported BN903 (which must be left byte-identical).
"""

from __future__ import annotations

import argparse
import concurrent.futures
import difflib
import fnmatch
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MODES = {
    "move": ["--unsafe-fixes", "--strategy", "move"],
    "uout": ["--unsafe-fixes", "--strategy", "uout"],
    "safe": ["--strategy", "move"],
}
EVAL_MAY_CHANGE = {"BN002", "BN003", "BN004", "BN005", "BN104", "BN105"}
SEED, OTHER_SEED = 0, 1
TIMED_OUT = "this test case ran out of time"


# ----------------------------------------------------------------------------------------------- parent side

def corpus_dir(arg):
    root = Path(arg or os.environ.get("BNLINT_CORPUS") or Path.home() / ".cache" / "bnlint-corpus")
    generated = root / "paritybench" / "generated"
    if not generated.is_dir():
        sys.exit(f"{generated} is missing: materialise it with\n"
                 f"    python benchmarks/accuracy/corpus.py --only paritybench   (into $BNLINT_CORPUS or ~/.cache)")
    return generated


def select_files(generated, pattern, limit):
    files = sorted(p for p in generated.glob("test_*.py") if p.is_file() and not p.is_symlink())
    if pattern:
        files = [p for p in files if any(fnmatch.fnmatch(p.name, glob) for glob in pattern.split(","))]
    return files[:limit] if limit else files


def bnlint(scratch, *args):
    """Run bnlint in the scratch folder; its JSON report (a list of findings)."""
    report = scratch / "report.json"
    cmd = [sys.executable, "-m", "bnlint", "check", "--select", "ALL", "--no-cache", "--exit-zero",
           "--output-format", "json", "-o", str(report), *args]
    done = subprocess.run(cmd, cwd=scratch, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd)} exited {done.returncode}:\n{done.stderr[-3000:]}")
    return json.loads(report.read_text())


def copy_files(files, dest):
    dest.mkdir(parents=True, exist_ok=True)
    for f in files:
        shutil.copyfile(f, dest / f.name)
    return [dest / f.name for f in files]


def applied_fixes(findings, mode, scratch):
    """{file name: [(label 'BNxxx safe|unsafe', enclosing class or None)]} of the fixes the mode applies."""
    fixes = {}
    for d in findings:
        fix = d.get("fix")
        if fix and (mode != "safe" or fix["applicability"] == "safe"):
            fixes.setdefault(Path(d["filename"]).name, []).append(
                (f"{d['code']} {fix['applicability']}", d["location"]["row"]))
    for name, items in fixes.items():
        owners = enclosing_classes((scratch / "original" / name).read_text(errors="replace"))
        fixes[name] = sorted({(label, owners(row)) for label, row in items}, key=str)
    return fixes


def enclosing_classes(source):
    """A function: line -> name of the innermost class around it (None outside classes)."""
    import ast

    spans = [(n.lineno, n.end_lineno, n.name) for n in ast.walk(ast.parse(source)) if isinstance(n, ast.ClassDef)]

    def owner(row):
        inside = [(end - start, name) for start, end, name in spans if start <= row <= end]
        return min(inside)[1] if inside else None

    return owner


def case_labels(fixes, classes):
    """The fixes that can reach a test case: those in classes its model is made of, and those outside classes."""
    return sorted({label for label, owner in fixes if owner is None or owner in classes})


def rewrite(scratch, mode, originals):
    """Rewrite copies of the originals; {name: info} of the changed files, and the BN903 files."""
    work = copy_files(originals, scratch / mode)
    after = bnlint(scratch, "--rewrite", *MODES[mode], *[str(p.relative_to(scratch)) for p in work])
    bn903 = sorted({Path(d["filename"]).name for d in after if d["code"] == "BN903"})
    changed = [p for p, o in zip(work, originals) if p.read_bytes() != o.read_bytes()]
    result = {"changed": {}, "bn903": bn903, "bn903_changed": sorted(set(bn903) & {p.name for p in changed})}
    if not changed:
        return result
    fixes = applied_fixes(bnlint(scratch, *MODES[mode], *[f"original/{p.name}" for p in changed]), mode, scratch)
    again = copy_files(changed, scratch / f"{mode}-again")
    bnlint(scratch, "--rewrite", *MODES[mode], *[str(p.relative_to(scratch)) for p in again])
    diffs = scratch / "diffs" / mode
    diffs.mkdir(parents=True, exist_ok=True)
    for p, a in zip(changed, again):
        orig = (scratch / "original" / p.name).read_text(errors="replace").splitlines(keepends=True)
        diff = difflib.unified_diff(orig, p.read_text(errors="replace").splitlines(keepends=True),
                                    f"original/{p.name}", f"{mode}/{p.name}")
        (diffs / f"{p.stem}.diff").write_text("".join(diff))
        result["changed"][p.name] = {"fixes": fixes.get(p.name, [("? (no fix in the first pass)", None)]),
                                     "unsettled": a.read_bytes() != p.read_bytes(),
                                     "classes": changed_classes("".join(orig), p.read_text(errors="replace"))}
    return result


def changed_classes(before, after):
    """Names of the classes whose text a rewrite changed; None when it changed code outside classes (imports
    aside), which any test case may reach."""
    import ast

    def parts(source):
        tree = ast.parse(source)
        classes = {}
        for node in ast.walk(tree):
            if isinstance(node, ast.ClassDef):
                classes.setdefault(node.name, []).append(ast.dump(node))
        rest = [ast.dump(n) for n in tree.body if not isinstance(n, (ast.ClassDef, ast.Import, ast.ImportFrom))]
        return classes, rest

    (old, old_rest), (new, new_rest) = parts(before), parts(after)
    if old_rest != new_rest:
        return None
    return sorted(name for name in old.keys() | new.keys() if old.get(name) != new.get(name))


def run_child(role, path, ref_dir, out, touched, args):
    """One child process (touched: the classes to run, None for all); 'ok', 'timeout' or 'crashed: <stderr>'."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--child", role, str(path), str(ref_dir), str(out),
           "--timeout", str(args.timeout), "--memory", str(args.memory), "--touched", json.dumps(touched)]
    env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1", OMP_NUM_THREADS="1",
               MKL_NUM_THREADS="1", MPLBACKEND="Agg", CUDA_VISIBLE_DEVICES="")
    cwd = tempfile.mkdtemp(prefix="cwd-", dir=out.parent)  # whatever the model code writes lands here
    proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, text=True, errors="replace", start_new_session=True)
    try:
        _, err = proc.communicate(timeout=args.file_timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return "timeout"
    finally:
        shutil.rmtree(cwd, ignore_errors=True)
    if proc.returncode:
        tail = [line for line in err.strip().splitlines() if line.strip()][-3:]
        return f"crashed (exit {proc.returncode}): {' | '.join(tail)[-400:]}"
    return "ok"


def read_lines(path):
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text().splitlines() if line.strip()]


def classify(name, fixes, ref_status, ref_lines, new_status, new_lines):
    """One changed file's verdict: a dict with the category, the problems found, and notes."""
    v = {"file": name, "codes": sorted({label for label, _ in fixes}), "problems": [], "mismatch": [],
         "notes": [], "allowed": [], "timeouts": [], "cases": 0, "compared": 0, "untouched": 0}
    ref_head = ref_lines[0] if ref_lines else {}
    new_head = new_lines[0] if new_lines else {}
    for who, status in (("original", ref_status), ("rewrite", new_status)):
        if status == "timeout":
            v["timeouts"].append(f"the {who}'s child ran out of time")
    if ref_status.startswith("crashed"):
        v["notes"].append(f"original child {ref_status}")
    if new_status.startswith("crashed") and not ref_status.startswith("crashed"):
        v["problems"].append(f"rewrite's child {new_status}")
    if ref_head.get("import") == "ok" and new_head.get("import") not in (None, "ok"):
        v["problems"].append(f"import fails after the rewrite: {new_head['import']}")
    extra = sorted(set(new_head.get("stubbed", [])) - set(ref_head.get("stubbed", [])))
    if extra:
        v["problems"].append(f"the rewrite imports what is not installed here (stubbed): {', '.join(extra)}")
    if ref_head.get("import") not in (None, "ok"):
        v["notes"].append(f"original does not import: {ref_head['import']}")
    exercised = set()
    for case in new_lines[1:]:
        v["cases"] += 1
        if judge_case(case, v, case_labels(fixes, set(case.get("ref_classes", [])))):
            exercised |= set(case.get("ref_classes", []))
    v["sites"] = len(fixes)
    v["exercised"] = sum(owner in exercised for _, owner in fixes)
    v["category"] = category(v, ref_status, new_status, ref_head)
    return v


def judge_case(case, v, labels):
    """Add one test case's findings to the verdict (labels: the fixes that can reach it); True if compared."""
    guessed = f" (no TESTCASE: built without arguments, input {case['input']})" if "input" in case else ""
    where = f"case {case['case']} {case['name']}{guessed} [{', '.join(labels) or 'no fix inside'}]"
    codes = {label.split()[0] for label in labels}
    required = {"eval": not codes & EVAL_MAY_CHANGE, "train": "BN001" not in codes and "BN104 unsafe" not in labels}
    if case.get("harness"):
        v["notes"].append(f"{where}: not compared, the harness failed: {case['harness']}")
        return False
    if case.get("ref_build") and case.get("new_build"):
        v.setdefault("both_fail", []).append(f"{where}: {case['ref_build']}")
        return False
    if case.get("ref_build"):
        v["notes"].append(f"{where}: builds only after the rewrite (original: {case['ref_build']})")
        return False
    if case.get("new_build"):
        v["problems"].append(f"{where}: build fails after the rewrite: {case['new_build']}")
        return False
    if case.get("untouched"):
        v["untouched"] += 1
        return False
    v["compared"] += 1
    if case.get("load") != "strict":
        v["mismatch"].append(f"{where}: {case['load']}")
    for phase in ("eval", "train"):
        ref_err, new_err = case.get(f"ref_{phase}"), case.get(f"new_{phase}")
        if TIMED_OUT in (ref_err or "") + (new_err or ""):
            v["timeouts"].append(f"{where}: {phase}-mode forward ran out of time")
        elif ref_err is None and new_err:
            v["problems"].append(f"{where}: {phase}-mode forward fails after the rewrite: {new_err}")
        for diff in case.get(f"{phase}_diffs", []):
            if diff.startswith("not comparable"):
                v["notes"].append(f"{where}: {phase} {diff}")
            else:
                (v["problems"] if required[phase] else v["allowed"]).append(f"{where}: {phase} {diff}")
    if not required["eval"] and case.get("eval_diffs"):
        before, after = case.get("ref_eval_random"), case.get("new_eval_random")
        v["allowed"].append(f"{where}: eval random before: {before}, after: {after}")
    return True


def category(v, ref_status, new_status, ref_head):
    if any(p.startswith(("import fails", "rewrite's child", "the rewrite imports")) or "fails after the rewrite" in p
           for p in v["problems"]):
        return "broken"
    if v["problems"]:
        return "different"
    if v["compared"]:
        return "identical"
    if v["timeouts"]:
        return "timeout"
    if v["untouched"] and not v.get("both_fail"):
        return "not reached"
    if ref_head.get("import") == "ok" and ref_head.get("cases") == 0:
        return "no testcases"
    return "both fail"


def compare_all(scratch, rewrites, args):
    """Run the reference child once per changed file, then the rewrite's child per mode; verdicts per mode."""
    names = sorted({n for r in rewrites.values() for n in r["changed"]})
    refs = {}

    def union(name):
        sets = [r["changed"][name]["classes"] for r in rewrites.values() if name in r["changed"]]
        return None if None in sets else sorted(set().union(*sets))

    def reference(name):
        ref_dir = scratch / "ref" / Path(name).stem
        ref_dir.mkdir(parents=True, exist_ok=True)
        return name, run_child("reference", scratch / "original" / name, ref_dir, ref_dir / "cases.jsonl",
                               union(name), args)

    def compare(mode, name):
        ref_dir = scratch / "ref" / Path(name).stem
        out = scratch / f"{mode}-result" / f"{Path(name).stem}.jsonl"
        out.parent.mkdir(parents=True, exist_ok=True)
        info = rewrites[mode]["changed"][name]
        status = run_child("compare", scratch / mode / name, ref_dir, out, info["classes"], args)
        return mode, classify(name, info["fixes"], refs[name], read_lines(ref_dir / "cases.jsonl"),
                              status, read_lines(out))

    verdicts = {mode: [] for mode in rewrites}
    with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
        for name, status in pool.map(reference, names):
            refs[name] = status
        jobs = [(m, n) for m in rewrites for n in rewrites[m]["changed"]]
        for mode, verdict in pool.map(lambda job: compare(*job), jobs):
            verdict["unsettled"] = rewrites[mode]["changed"][verdict["file"]]["unsettled"]
            verdicts[mode].append(verdict)
    return verdicts


def report(verdicts, rewrites, header):
    print("\n".join(header))
    cols = ["changed", "compared", "identical", "different", "broken", "both fail", "not reached", "no testcases",
            "strict-load fail", "timeouts", "unsettled", "BN903", "BN903 changed", "fix sites run"]
    print("\n| strategy | " + " | ".join(cols) + " |")
    print("|---" * (len(cols) + 1) + "|")
    for mode, vs in verdicts.items():
        count = {c: sum(v["category"] == c for v in vs) for c in ("identical", "different", "broken",
                                                                 "both fail", "not reached", "no testcases")}
        row = [len(vs), sum(bool(v["compared"]) for v in vs), count["identical"], count["different"],
               count["broken"], count["both fail"], count["not reached"], count["no testcases"],
               sum(bool(v["mismatch"]) for v in vs),
               sum(bool(v["timeouts"]) for v in vs), sum(v["unsettled"] for v in vs), len(rewrites[mode]["bn903"]),
               len(rewrites[mode]["bn903_changed"]),
               f"{sum(v['exercised'] for v in vs)}/{sum(v['sites'] for v in vs)}"]
        print(f"| {mode} | " + " | ".join(map(str, row)) + " |")
    for mode, vs in verdicts.items():
        for title, pick, key in (("broken", lambda v: v["category"] == "broken", "problems"),
                                 ("different", lambda v: v["category"] == "different", "problems"),
                                 ("strict-load failures", lambda v: v["mismatch"], "mismatch"),
                                 ("unsettled (a second --rewrite changed them)", lambda v: v["unsettled"], None),
                                 ("timeouts", lambda v: v["timeouts"], "timeouts"),
                                 ("changed where a fix meant to (information)", lambda v: v["allowed"], "allowed")):
            chosen = [v for v in vs if pick(v)]
            if chosen:
                print(f"\n{mode}: {title} ({len(chosen)})")
            for v in chosen:
                print(f"  {v['file']} [{', '.join(v['codes'])}]")
                for line in (v[key][:4] if key else []):
                    print(f"      {line[:300]}")
        if rewrites[mode]["bn903_changed"]:
            print(f"\n{mode}: BN903 yet written: {', '.join(rewrites[mode]['bn903_changed'])}")


def use_commit(commit, scratch):
    """Run the bnlint of a commit (its bnlint/ and rules/, the catalogue, extracted with git archive)."""
    full = subprocess.run(["git", "rev-parse", "--verify", f"{commit}^{{commit}}"], cwd=ROOT, capture_output=True,
                          text=True, check=True).stdout.strip()
    src = scratch / "bnlint-src"
    src.mkdir()
    tar = subprocess.run(["git", "archive", "--format=tar", full, "bnlint", "rules"], cwd=ROOT, capture_output=True, check=True)
    subprocess.run(["tar", "-x", "-C", str(src)], input=tar.stdout, check=True)
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(src), os.environ.get("PYTHONPATH")]))
    return full


def header_lines(args, generated, files, candidates, seconds):
    if args.at:
        version = f"bnlint of commit {args.at[:10]} (extracted with git archive)"
    else:
        commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                                text=True).stdout.strip()
        dirty = subprocess.run(["git", "status", "--porcelain", "--", "bnlint"], cwd=ROOT, capture_output=True,
                               text=True).stdout.strip()
        version = f"bnlint of the work tree at {commit}{' with uncommitted changes in bnlint/' if dirty else ''}"
    return [f"rewrite semantics: {len(files)} files of {generated}", version,
            f"{platform.node()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
            f"{time.strftime('%Y-%m-%d %H:%M')}, {args.jobs} workers, --timeout {args.timeout}",
            f"{len(candidates)} files with a fix or a BN001 finding; total {seconds:.0f} s"]


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--corpus", help="corpus root (default $BNLINT_CORPUS, else ~/.cache/bnlint-corpus)")
    p.add_argument("--modes", default="move,uout,safe", help="comma-separated: move, uout, safe")
    p.add_argument("--files", metavar="GLOB", help="only corpus files whose name matches one of these globs (a,b)")
    p.add_argument("--limit", type=int, metavar="N", help="only the first N files (sorted by name)")
    p.add_argument("--jobs", type=int, default=2, help="child processes at a time (default 2)")
    p.add_argument("--timeout", type=int, default=60,
                   help="seconds for the import and for each test case in a child process (default 60)")
    p.add_argument("--file-timeout", type=int, default=600, help="seconds per child process (default 600)")
    p.add_argument("--memory", type=int, default=4096, help="MB each child may map beyond torch (default 4096)")
    p.add_argument("--at", metavar="COMMIT", help="run the bnlint of this commit (default: the installed one)")
    p.add_argument("--keep", action="store_true", help="keep the scratch folder (copies, diffs, results)")
    p.add_argument("--json", metavar="FILE", help="also write every verdict to FILE (outside the repository)")
    p.add_argument("--child", nargs=4, metavar=("ROLE", "FILE", "REF_DIR", "OUT"), help=argparse.SUPPRESS)
    p.add_argument("--touched", default="null", help=argparse.SUPPRESS)
    args = p.parse_args(argv)
    if args.child:
        touched = json.loads(args.touched)
        return child_main(*args.child, timeout=args.timeout, memory=args.memory,
                          touched=None if touched is None else set(touched))
    modes = [m for m in args.modes.split(",") if m]
    if set(modes) - set(MODES):
        p.error(f"unknown mode in {args.modes}: choose among {', '.join(MODES)}")
    start = time.monotonic()
    generated = corpus_dir(args.corpus)
    files = select_files(generated, args.files, args.limit)
    scratch = Path(tempfile.mkdtemp(prefix="bnlint-rewrite-semantics-"))
    (scratch / "pyproject.toml").write_text("[tool.bnlint]\n")  # no configuration found above the copies
    try:
        if args.at:
            args.at = use_commit(args.at, scratch)
        copy_files(files, scratch / "original")
        first = bnlint(scratch, *MODES["move"], "original")
        candidates = sorted({Path(d["filename"]).name for d in first if d.get("fix") or d["code"] == "BN001"})
        originals = [scratch / "original" / n for n in candidates]
        print(f"{len(candidates)} of {len(files)} files have a fix or a BN001 finding "
              f"({time.monotonic() - start:.0f} s)", flush=True)
        rewrites = {m: rewrite(scratch, m, originals) for m in modes}
        for m in modes:
            print(f"{m}: {len(rewrites[m]['changed'])} files changed ({time.monotonic() - start:.0f} s)", flush=True)
        verdicts = compare_all(scratch, rewrites, args)
        report(verdicts, rewrites, header_lines(args, generated, files, candidates, time.monotonic() - start))
        if args.json:
            Path(args.json).write_text(json.dumps({"rewrites": rewrites, "verdicts": verdicts}, indent=1))
    finally:
        if args.keep:
            print(f"\nscratch folder kept: {scratch} (original/, <mode>/, diffs/<mode>/, ref/, <mode>-result/)")
        else:
            shutil.rmtree(scratch, ignore_errors=True)
    return 0


# ------------------------------------------------------------------------------------------------ child side

def child_main(role, path, ref_dir, out, timeout, memory, touched):
    """Import one file, build its TESTCASES, run those made of a touched class (None: all); write one JSON line
    per case to OUT (and tensors to REF_DIR)."""
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)  # model code prints: keep stdout out of the way
    del sys.path[0]  # benchmarks/: nothing of ours is the model code's to import
    import torch

    torch.set_num_threads(1)
    limit_memory(memory)
    ref_dir, out = Path(ref_dir), Path(out)
    with open(out, "w") as sink:
        def emit(record):
            sink.write(json.dumps(record) + "\n")
            sink.flush()

        signal.signal(signal.SIGALRM, _alarm)
        signal.alarm(timeout)
        module, stubbed, error = import_file(Path(path))
        signal.alarm(0)
        cases = list(getattr(module, "TESTCASES", None) or []) if module else []
        emit({"import": error or "ok", "cases": len(cases), "stubbed": stubbed})
        refs = {r["case"]: r for r in read_lines(ref_dir / "cases.jsonl")[1:]} if role == "compare" else {}
        if role == "reference" and module and touched:
            cases += extra_cases(module, touched - {getattr(c[0], "__name__", None) for c in cases}, timeout)
        else:  # the reference's extra cases, under the same numbers
            cases += [extra_case(getattr(module, r["name"], None), r["input"]) for _, r in sorted(refs.items())
                      if "input" in r]
        for i, case in enumerate(cases):
            if role == "compare" and (i not in refs or "harness" in refs[i]):
                continue
            signal.alarm(timeout)
            try:
                emit(run_case(role, i, case, ref_dir, refs.get(i), touched))
            except BaseException as e:  # noqa: BLE001 - out of time or memory outside the model's own calls
                emit({"case": i, "name": getattr(case[0], "__name__", "?"), "harness": short_error(e)})
            finally:
                signal.alarm(0)
    return 0


GUESSED_INPUTS = ([2, 3, 32, 32], [2, 3, 64, 64], [2, 3, 112, 112], [2, 3, 224, 224], [2, 4, 4, 4], [2, 4, 4], [2, 4])


def extra_case(cls, shape):
    """A test case of a class built without arguments, on a random input of that shape."""
    import torch

    return cls, (lambda: ([], {})), (lambda: ([torch.rand(shape)], {})), shape


def extra_cases(module, names, timeout):
    """Cases for touched classes no test case builds: those made without arguments, on the first guessed input
    the original runs in eval mode (so a fix in a model paritybench found no input for is still run)."""
    import torch

    found = []
    for name in sorted(names):
        cls = getattr(module, name, None)
        if not (isinstance(cls, type) and issubclass(cls, torch.nn.Module)):
            continue
        signal.alarm(timeout)
        try:
            seed(SEED)
            model = cls().eval()
            for shape in GUESSED_INPUTS:
                try:
                    forward(model, extra_case(cls, shape), SEED)
                    found.append(extra_case(cls, shape))
                    break
                except Exception:  # noqa: BLE001 - not this shape
                    continue
        except BaseException:  # noqa: BLE001 - not buildable without arguments, or out of time
            pass
        finally:
            signal.alarm(0)
    return found


def _alarm(signum, frame):
    raise TimeoutError(TIMED_OUT)


def limit_memory(mb):
    try:
        import resource

        with open("/proc/self/status") as f:
            vm = next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmSize:"))
        limit = vm + mb * 2 ** 20
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    except (OSError, ValueError, StopIteration, ImportError):
        pass  # not Linux: no limit


def import_file(path):
    """(module, stubbed names, None) or (None, stubbed names, 'Error: message')."""
    import builtins
    import importlib.util

    name = path.stem
    sys.modules["_paritybench_helpers"] = helpers_module()
    real, stubbed = builtins.__import__, []

    def guarded(mod, globals=None, locals=None, fromlist=(), level=0):
        if level or not globals or globals.get("__name__") != name:
            return real(mod, globals, locals, fromlist, level)
        try:
            found = real(mod, globals, locals, fromlist, level)
        except ImportError:
            stubbed.extend(stub_modules(mod, real))
            found = real(mod, globals, locals, fromlist, level)
        stubbed.extend(stub_names(mod, fromlist))  # `from m import gone` fails after __import__ returns
        return found

    builtins.__import__ = guarded
    try:
        spec = importlib.util.spec_from_file_location(name, path)
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        spec.loader.exec_module(module)
        return module, stubbed, None
    except BaseException as e:  # noqa: BLE001 - user code raises anything, SystemExit included
        return None, stubbed, short_error(e)
    finally:
        builtins.__import__ = real
        Stub.strict = True


def stub_modules(mod, real):
    """Put stubs where the test file's own import statement fails: the modules that are missing."""
    parts, made = mod.split("."), []
    for i in range(1, len(parts) + 1):
        full = ".".join(parts[:i])
        if full in sys.modules:
            continue
        try:
            real(full)
        except ImportError:
            sys.modules[full] = stub_module(full)
            made.append(full)
            if i > 1:
                setattr(sys.modules[".".join(parts[:i - 1])], parts[i - 1], sys.modules[full])
    return made


def stub_names(mod, fromlist):
    """Stubs for the names `from mod import ...` asks for that mod lacks (an older version's API)."""
    target, made = sys.modules.get(mod), []
    for item in fromlist or () if target else ():
        if item != "*" and not hasattr(target, item):
            import collections.abc  # Python 3.10 dropped the collections.Mapping ... aliases

            moved = getattr(collections.abc, item, None) if mod == "collections" else None
            setattr(target, item, moved or Stub(f"{mod}.{item}"))
            made.append(f"{mod}.{item}")
    return made


def short_error(e):
    return f"{type(e).__name__}: {str(e).splitlines()[0] if str(e) else ''}"[:300]


class Stub:
    """Stands for anything of a package that is not installed: usable while the file imports, then failing."""

    strict = False

    def __init__(self, name):
        object.__setattr__(self, "_name", name)

    def __getattr__(self, attr):
        if attr.startswith("__") and attr.endswith("__"):
            raise AttributeError(attr)
        return Stub(f"{self._name}.{attr}")

    def __call__(self, *args, **kwargs):
        if Stub.strict:
            raise ModuleNotFoundError(f"{self._name} comes from a package not installed here")
        return Stub(f"{self._name}()")

    def __getitem__(self, key):
        return self

    def __iter__(self):
        return iter(())

    def __mro_entries__(self, bases):
        name = self._name

        class StubBase:
            def __init__(self, *args, **kwargs):
                raise ModuleNotFoundError(f"base class {name} comes from a package not installed here")

        return (StubBase,)


def stub_module(name):
    import types

    class StubModule(types.ModuleType):
        def __getattr__(self, attr):
            if attr.startswith("__") and attr.endswith("__"):
                raise AttributeError(attr)
            return Stub(f"{name}.{attr}")

    module = StubModule(name)
    module.__path__ = []
    return module


def helpers_module():
    """What the generated files import from paritybench's `_paritybench_helpers`, without its test harness."""
    import re
    import types

    import torch

    helpers = types.ModuleType("_paritybench_helpers")

    class MockConfig(dict):  # a config object whose attributes are its items
        __getattr__ = dict.__getitem__

    class DummyBlock(torch.nn.ReLU):
        expansion = 1

    def mock_layer(in_features=None, out_features=None, *args, **kwargs):
        if in_features and out_features:
            return torch.nn.Linear(in_features, out_features, **kwargs)
        return DummyBlock()

    def patch_functional():  # the files use F for torch.functional and torch.nn.functional alike
        a, b = torch.functional, torch.nn.functional
        names_a = {n for n in dir(a) if re.match("[a-z]", n)}
        names_b = {n for n in dir(b) if re.match("[a-z]", n)}
        for n in names_a - names_b:
            setattr(b, n, getattr(a, n))
        for n in names_b - names_a:
            setattr(a, n, getattr(b, n))

    helpers.__dict__.update(_mock_config=MockConfig, _mock_layer=mock_layer, DummyBlock=DummyBlock,
                            patch_functional=patch_functional, _paritybench_base=type("_paritybench_base", (), {}),
                            _fails_compile=lambda: (lambda f: f))
    return helpers


def seed(s):
    import random

    import numpy
    import torch

    torch.manual_seed(s)
    random.seed(s)
    numpy.random.seed(s)


def arguments(spec):
    value = spec() if callable(spec) else spec
    if isinstance(value, dict):
        return [], value
    args, kwargs = value
    return list(args), dict(kwargs)


def forward(model, case, s):
    seed(SEED)
    args, kwargs = arguments(case[2])
    seed(s)
    return model(*args, **kwargs)


def own_classes(model, cls):
    """Names of the test file's classes the model is made of (its modules' classes and their bases)."""
    home = getattr(cls, "__module__", None)
    return sorted({c.__name__ for m in model.modules() for c in type(m).__mro__ if c.__module__ == home})


def off_mode(model, training):
    """The modules whose mode is not the one the whole model was put in (names, a few)."""
    return [n or "<model>" for n, m in model.named_modules() if m.training != training][:5]


def run_case(role, i, case, ref_dir, ref, touched):
    """Build one test case and, if its model is made of a touched class, run it; 'reference' saves its tensors,
    'compare' loads and compares them."""
    import torch

    record = {"case": i, "name": getattr(case[0], "__name__", str(case[0]))}
    if len(case) == 4 and isinstance(case[3], list):
        record["input"] = case[3]  # an extra case: its guessed input
    key = "ref" if role == "reference" else "new"
    if ref:
        record.update({k: v for k, v in ref.items() if k.startswith("ref_")})
    try:
        seed(SEED)
        args, kwargs = arguments(case[1])
        model = case[0](*args, **kwargs)
        record[f"{key}_build"] = None
        record[f"{key}_classes"] = own_classes(model, case[0])
    except BaseException as e:  # noqa: BLE001
        record[f"{key}_build"] = short_error(e)
        return record
    if (ref or {}).get("untouched") or (touched is not None and not touched & set(record[f"{key}_classes"])):
        record["untouched"] = True  # no changed code runs in it: the same computation both ways
        return record
    if role == "compare" and (not ref or ref["ref_build"]):
        return record
    saved = torch.load(ref_dir / f"{i}.pt", weights_only=False) if ref else None
    if saved is not None:
        record["load"] = load_reference(model, saved["state_dict"])
    else:
        saved = {"state_dict": [(k, v.detach().clone()) for k, v in model.state_dict().items()
                                if isinstance(v, torch.Tensor)]}
    mine = run_phases(model, case, record, key)
    if role == "reference":
        saved.update(mine)
        torch.save(saved, ref_dir / f"{i}.pt")
    else:
        for phase in ("eval", "train"):
            record[f"{phase}_diffs"] = [f"{what}: {d}" for what, d in phase_diffs(saved, mine, record, phase)]
    return record


def run_phases(model, case, record, key):
    """Eval passes (seed 0, repeat, seed 1), then train passes (seed 0, repeat from the same state)."""
    import torch

    mine = {}
    try:
        model.eval()
        mine["eval"] = canon(forward(model, case, SEED))
        mine["eval_modes"] = off_mode(model, False)
        record[f"{key}_eval_repeat"] = same(mine["eval"], canon(forward(model, case, SEED))) is None
        record[f"{key}_eval_random"] = same(mine["eval"], canon(forward(model, case, OTHER_SEED))) is not None
        record[f"{key}_eval"] = None
    except BaseException as e:  # noqa: BLE001
        record[f"{key}_eval"] = short_error(e)
    try:
        state = {k: v.clone() for k, v in model.state_dict().items() if isinstance(v, torch.Tensor)}
        model.train()
        mine["train"] = canon(forward(model, case, SEED))
        mine["train_modes"] = off_mode(model, True)
        mine["after_train"] = [v.detach().clone() for v in model.state_dict().values()
                               if isinstance(v, torch.Tensor)]
        model.load_state_dict(state, strict=False)
        model.train()
        record[f"{key}_train_repeat"] = same(mine["train"], canon(forward(model, case, SEED))) is None
        record[f"{key}_train"] = None
    except BaseException as e:  # noqa: BLE001
        record[f"{key}_train"] = short_error(e)
    return mine


def phase_diffs(ref, new, record, phase):
    """(what, how) for each way the rewrite's phase differs from the original's."""
    if record.get(f"ref_{phase}") or record.get(f"new_{phase}"):
        return
    if not record.get(f"ref_{phase}_repeat"):
        yield "not comparable", "the original does not reproduce its own output under the same seed"
        return
    diff = same(ref[phase], new[phase])
    if diff:
        yield "output", diff
    if ref[f"{phase}_modes"] != new[f"{phase}_modes"]:
        yield "modes after the forward", f"original {ref[phase + '_modes']}, rewrite {new[phase + '_modes']}"
    if phase == "train":
        diff = same(canon(ref["after_train"]), canon(new["after_train"]))
        if diff:
            yield "state after the train step", diff


def load_reference(model, pairs):
    """Load the original's state_dict: 'strict', or what went wrong (and how it was loaded anyway)."""
    from collections import OrderedDict

    import torch

    theirs = OrderedDict(pairs)
    try:
        model.load_state_dict(theirs, strict=True)
        return "strict"
    except Exception as e:  # noqa: BLE001
        first = str(e).splitlines()[0][:200]
    mine = [(k, v) for k, v in model.state_dict().items() if isinstance(v, torch.Tensor)]
    missing = [k for k, _ in mine if k not in theirs]
    unexpected = [k for k in theirs if k not in dict(mine)]
    what = f"strict load failed ({first}); missing {missing[:4]}, unexpected {unexpected[:4]}"
    if len(mine) == len(pairs) and all(a.shape == b.shape for (_, a), (_, b) in zip(mine, pairs)):
        try:
            model.load_state_dict(OrderedDict((k, v) for (k, _), (_, v) in zip(mine, pairs)), strict=True)
            renamed = [f"{a} -> {b}" for (a, _), (b, _) in zip(pairs, mine) if a != b]
            return f"keys renamed ({len(renamed)}: {', '.join(renamed[:3])}); loaded by position"
        except Exception:  # noqa: BLE001
            pass
    model.load_state_dict({k: v for k, v in theirs.items() if k in dict(mine)
                           and dict(mine)[k].shape == v.shape}, strict=False)
    return what + "; loaded what matches, comparison unreliable"


def canon(obj, depth=0):
    """A comparable, picklable copy of a forward pass's output."""
    import torch

    if depth > 30:
        return ("opaque", "too deep")
    if isinstance(obj, torch.Tensor):
        t = obj.detach()
        t = t.to_dense() if t.layout != torch.strided else t
        return ("tensor", t.dequantize() if t.is_quantized else t.clone())
    if obj is None or isinstance(obj, (bool, int, float, complex, str, bytes)):
        return ("value", obj)
    if isinstance(obj, (list, tuple)):
        return ("seq", type(obj).__name__, [canon(x, depth + 1) for x in obj])
    if isinstance(obj, dict):
        return ("dict", type(obj).__name__, [(repr(k), canon(v, depth + 1)) for k, v in obj.items()])
    try:
        import numpy

        if isinstance(obj, numpy.ndarray):
            return ("tensor", torch.as_tensor(obj.copy()))
    except (ImportError, TypeError):
        pass
    return ("opaque", type(obj).__name__)


def same(a, b, where="output"):
    """None when two canonical values are identical, else where and how they first differ."""
    import torch

    if a[0] != b[0]:
        return f"{where}: {a[0]} vs {b[0]}"
    if a[0] == "tensor":
        x, y = a[1], b[1]
        if x.dtype != y.dtype or x.shape != y.shape:
            return f"{where}: {x.dtype}{list(x.shape)} vs {y.dtype}{list(y.shape)}"
        if torch.equal(x, y):
            return None
        if x.dtype == torch.bool:
            return f"{where}: {int((x != y).sum())} of {x.numel()} booleans differ"
        if x.is_floating_point() or x.is_complex():
            nan_x, nan_y = x.isnan(), y.isnan()
            if not torch.equal(nan_x, nan_y):
                return f"{where}: NaN in different places"
            if nan_x.any() and torch.equal(x[~nan_x], y[~nan_y]):
                return None
        else:
            x, y = x.double(), y.double()
        delta = (x - y).abs().nan_to_num(nan=0.0).max().item()  # NaN here: equal infinities or NaNs
        return f"{where}: max abs diff {delta:.3g} (largest |value| {x.abs().nan_to_num(0).max().item():.3g})"
    if a[0] == "value":
        equal = a[1] == b[1] or (a[1] != a[1] and b[1] != b[1])
        return None if equal and type(a[1]) is type(b[1]) else f"{where}: {a[1]!r} vs {b[1]!r}"
    if a[0] == "opaque":
        return None if a[1] == b[1] else f"{where}: {a[1]} vs {b[1]}"
    if a[1] != b[1] or len(a[2]) != len(b[2]):
        return f"{where}: {a[1]} of {len(a[2])} vs {b[1]} of {len(b[2])}"
    for i, (x, y) in enumerate(zip(a[2], b[2])):
        if a[0] == "dict":
            if x[0] != y[0]:
                return f"{where}: key {x[0]} vs {y[0]}"
            x, y, i = x[1], y[1], x[0]
        diff = same(x, y, f"{where}[{i}]")
        if diff:
            return diff
    return None


if __name__ == "__main__":
    sys.exit(main())
