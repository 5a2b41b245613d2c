"""bnlint's accuracy on real code: precision from labelled samples of its findings, recall from files read by hand.

    python benchmarks/accuracy/run.py                    # run bnlint on the corpus, write benchmarks/ACCURACY.md
    python benchmarks/accuracy/run.py --to-label         # ... and benchmarks/accuracy/to_label.tsv
    python benchmarks/accuracy/run.py --pick-recall BN101 --count 30 [--seed 0]   # files to read for recall

The corpus must be materialised first (corpus.py). Standard library only; bnlint runs in a subprocess
(`python -m bnlint check --select ALL ...`) from the repository root, or from an export of --bnlint-rev.
"""

import argparse
import datetime
import hashlib
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

from common import (LABELS, PRECISION_COLUMNS, RECALL_COLUMNS, RECALL_FILES_COLUMNS, corpus_root, entries,
                    materialised_at, read_tsv, write_tsv)

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
REPORT = REPO / "benchmarks" / "ACCURACY.md"
TO_LABEL = HERE / "to_label.tsv"
MODELS = "paritybench"  # the corpus part of model files; every other entry is a project
VERDICTS = ("TRUE", "FP", "DEBATABLE")

# Text tests for --pick-recall: a file is a candidate for a rule when every pattern matches somewhere in it
# (case-sensitive). They over-approximate "could contain an instance", never what the rule finds.
BN = r"BatchNorm|batch_norm|SyncBN|\bbn\w*\s*[=(]|\bbn\d*\b"
MODULE = r"class\s+\w+\s*\([^)]*(Module|nn\.)"
RANDOM = (r"\b(rand|randn|randint|rand_like|randn_like|randint_like|bernoulli_?|normal|multinomial|poisson"
          r"|random_|exponential_|geometric_)\s*\(|(?<!init\.)(?<!data\.)\b(normal_|uniform_)\s*\("
          r"|\bnp\.random\.|numpy\.random\.|\brandom\.\w+\(|training\s*=\s*True")  # not weight init
INFERENCE = (r"no_grad|inference_mode|set_grad_enabled|def\s+(eval|valid|test|predict|infer)\w*\s*\("
             r"|jit\.(trace|script)|torch\.export")
MODEL = r"\bnn\.|torchvision|timm|hub\.load|load_state_dict|Module\b|\bmodel\b"
STEP = r"\.backward\(|\.step\(|autograd\.grad"
EVAL = r"\.eval\(\s*\)|\.train\(\s*(False|mode\s*=\s*False)\s*\)"
CANDIDATE_TESTS = {
    "BN001": [r"[Dd]ropout|DropBlock", BN],
    "BN002": [r"(?<![\w.])(?!self\b)\w+\.dropout[123]?d?\s*\(|functional\.dropout|import[^\n]*\bdropout[123]?d?\b"],
    "BN003": [MODULE, RANDOM],
    "BN004": [r"scaled_dot_product_attention"],
    # a mode-dependent layer built in code that runs (a call right after its constructor, or in a method body)
    "BN005": [r"(Dropout\w*|BatchNorm\w*|InstanceNorm\w*|RReLU|LSTM|GRU|RNN)\([^()\n]*\)\s*\(", r"def\s+forward"],
    "BN006": [r"[Dd]rop_?[Pp]ath|StochasticDepth|stochastic_depth|bernoulli|survival", BN],
    "BN101": [INFERENCE, MODEL],
    "BN102": [EVAL],
    "BN103": [EVAL, STEP],
    "BN104": [r"\.(eval|train)\b(?!\s*\()"],
    "BN105": [r"\.training\s*=(?!=)"],
    "BN201": [r"(?s)strict\s*=\s*False|zip\([^\n]*parameters\(|\A(?=.*parameters\()(?=.*(torch\.save|save_file|load_state_dict))"],
    "BN203": [r"strict\s*=\s*False|load_state_dict\([^\n]*,\s*False\)"],
    "BN202": [r"requires_grad\s*=\s*False|requires_grad_\(\s*(False)?\s*\)",
              BN + r"|resnet|densenet|mobilenet|efficientnet|regnet|vgg\d+_bn|inception|timm|backbone", STEP],
}


def git(*args, cwd=REPO):
    return subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=True).stdout.strip()


def corpus(root):
    """The manifest's entries, each checked to be materialised at its commit."""
    found = entries()
    for entry in found:
        if materialised_at(root / entry["name"]) != entry["commit"]:
            sys.exit(f"{root / entry['name']} is not materialised at {entry['commit']}: "
                     f"run python benchmarks/accuracy/corpus.py --dest {root}")
    return found


def part(file):
    return "paritybench" if file.split("/", 1)[0] == MODELS else "projects"


def python_files(root, entry):
    """Corpus-relative paths of an entry's .py files, outside hidden folders."""
    base = root / entry["name"]
    return sorted(str(p.relative_to(root)) for p in base.rglob("*.py")
                  if not any(s.startswith(".") for s in p.relative_to(base).parts) and p.is_file())


def bnlint(command, cwd):
    done = subprocess.run(command, cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{' '.join(command[1:4])} failed (exit {done.returncode}), in {cwd}:\n{done.stderr[-3000:]}")
    return done.stdout


def run_bnlint(root, corpus_entries, rev):
    """bnlint's findings on the corpus, as {(file, line, code): message}; the rule catalogue; the bnlint commit."""
    with tempfile.TemporaryDirectory() as export:
        cwd = REPO
        if rev:  # run that revision's bnlint, not the working tree's
            archive = subprocess.run(["git", "archive", rev, "bnlint", "rules", "pyproject.toml"], cwd=REPO,
                                     capture_output=True, check=True).stdout
            subprocess.run(["tar", "-x", "-C", export], input=archive, check=True)
            cwd = Path(export)
        commit = git("rev-parse", rev or "HEAD")
        if not rev and git("status", "--porcelain", "--", "bnlint", "rules"):
            commit += " (with uncommitted changes to bnlint/)"
        python = [sys.executable, "-m", "bnlint"]
        listed = bnlint(python + ["rules", "--output-format", "json"], cwd)
        start = time.perf_counter()
        checked = bnlint(python + ["check", "--select", "ALL", "--no-cache", "--output-format", "json",
                                   "--exit-zero", *[str(root / e["name"]) for e in corpus_entries]], cwd)
        seconds = time.perf_counter() - start
    rules = json.loads(listed)
    findings = {}
    for f in json.loads(checked):
        file = Path(os.path.relpath(f["filename"], root)).as_posix()
        findings.setdefault((file, int(f["location"]["row"]), f["code"]), f["message"])
    return findings, rules, commit, seconds


def sample_key(finding):
    file, line, code = finding
    return hashlib.sha1(f"bnlint-accuracy:{file}:{line}:{code}".encode()).hexdigest()


def samples(findings, codes, size):
    """Per rule, its first `size` findings in hash order: deterministic, and stable as findings come and go."""
    by_code = defaultdict(list)
    for finding in findings:
        by_code[finding[2]].append(finding)
    return {code: sorted(by_code[code], key=sample_key)[:size] for code in codes}


def load_labels():
    """Precision labels by finding; a later row for the same finding overrides an earlier one."""
    labels = {}
    for row in read_tsv(LABELS / "precision.tsv", PRECISION_COLUMNS):
        if row["label"] not in VERDICTS:
            sys.exit(f"precision.tsv: label must be one of {', '.join(VERDICTS)}: {row}")
        labels[(row["file"], int(row["line"]), row["code"])] = row
    return labels


def recall(findings):
    """Per rule: files read, instances, and each instance with whether bnlint reports it."""
    read = Counter(row["code"] for row in read_tsv(LABELS / "recall_files.tsv", RECALL_FILES_COLUMNS))
    reported_lines = defaultdict(set)
    for file, line, code in findings:
        reported_lines[(file, code)].add(line)
    instances = defaultdict(list)
    for row in read_tsv(LABELS / "recall.tsv", RECALL_COLUMNS):
        first, last = int(row["first_line"]), int(row["last_line"])
        hit = any(first <= line <= last for line in reported_lines[(row["file"], row["code"])])
        instances[row["code"]].append((row, hit))
    return read, instances


def percent(num, den):
    return f"{100 * num / den:.0f}% ({num}/{den})" if den else "-"


def report(root, corpus_entries, findings, rules, commit, seconds, sample, labels, sample_size):
    codes = [r["code"] for r in rules]
    read, instances = recall(findings)
    per_part = Counter((code, part(file)) for file, _, code in findings)
    per_entry = Counter((file.split("/", 1)[0], code) for file, _, code in findings)
    lines = [
        "# bnlint accuracy on real code",
        "",
        "Generated by `python benchmarks/accuracy/run.py` (see [accuracy/README.md](accuracy/README.md)); do not edit.",
        "",
        f"- Date: {datetime.date.today().isoformat()}",
        f"- bnlint commit: {commit}",
        f"- Run: `bnlint check --select ALL --no-cache` over {sum(len(python_files(root, e)) for e in corpus_entries)} "
        f".py files in {seconds:.1f} s ({os.cpu_count()} CPUs); precision sample: {sample_size} findings per rule",
        "",
        "## Corpus",
        "",
        "| name | repository | commit | kind | .py files | findings |",
        "|---|---|---|---|---:|---:|",
    ]
    for e in corpus_entries:
        kind = e["kind"] + (", Lightning" if e.get("lightning") else "")
        found = sum(n for (name, _), n in per_entry.items() if name == e["name"])
        lines.append(f"| {e['name']} | [{e['repo']}](https://github.com/{e['repo']}) | `{e['commit'][:12]}` | {kind} "
                     f"| {len(python_files(root, e))} | {found} |")
    lines += [
        "",
        "## Per rule",
        "",
        "Findings are distinct (file, line, code). "
        "Precision = TRUE / (TRUE + FP) over the labelled findings of the current sample (DEBATABLE apart). "
        "Recall = instances found by reading files that bnlint reports (same file and code, a line in the "
        "instance's range). Target: precision >= 90% for rules on by default.",
        "",
        "| rule | default | findings (paritybench / projects) | sample | labelled | TRUE | FP | DEBATABLE "
        "| unlabelled | precision | files read | recall | target met |",
        "|---|---|---|---:|---:|---:|---:|---:|---:|---|---:|---|---|",
    ]
    unlabelled = {}
    for rule in rules:
        code = rule["code"]
        verdicts = Counter(labels[f]["label"] for f in sample[code] if f in labels)
        unlabelled[code] = [f for f in sample[code] if f not in labels]
        true, fp = verdicts["TRUE"], verdicts["FP"]
        hits = [hit for _, hit in instances[code]]
        shown_default = "on" if rule["default"] else (
            f"{', '.join(rule.get('default_tiers', []))} only" if rule.get("default_tiers") else "off")
        if not rule["default"]:
            target = "(source tier: off by default)" if rule.get("default_tiers") else "(off by default)"
        elif true + fp == 0:
            target = "no labels yet"
        else:
            target = "yes" if true >= 0.9 * (true + fp) else "**no**"
        tier = "" if "source" in rule["tiers"] else " (graph tier only: not run)"
        lines.append(
            f"| {code} {rule['name']}{tier} | {shown_default} "
            f"| {per_part[(code, 'paritybench')]} / {per_part[(code, 'projects')]} | {len(sample[code])} "
            f"| {sum(verdicts.values())} | {true} | {fp} | {verdicts['DEBATABLE']} | {len(unlabelled[code])} "
            f"| {percent(true, true + fp)} | {read[code]} | {percent(sum(hits), len(hits))} | {target} |")
    other = Counter(code for _, _, code in findings if code not in codes)
    if other:
        lines += ["", "Other diagnostics (not rules, not sampled): "
                  + ", ".join(f"{code} {n}" for code, n in sorted(other.items())) + "."]
    lines += ["", "## Findings per project", "", "| project | " + " | ".join(codes) + " |",
              "|---|" + "---:|" * len(codes)]
    for e in corpus_entries:
        lines.append(f"| {e['name']} | " + " | ".join(str(per_entry[(e['name'], c)] or "") for c in codes) + " |")

    lines += ["", "## Disagreements", "", "### Labelled FP, still reported", ""]
    fps = sorted(f for f, row in labels.items() if row["label"] == "FP" and f in findings)
    lines += [f"- `{file}:{line}` {code}: {labels[(file, line, code)]['reason']}" for file, line, code in fps] or ["None."]
    lines += ["", "### Recall instances not reported", ""]
    missed = [row for code in codes for row, hit in instances[code] if not hit]
    lines += [f"- `{r['file']}:{r['first_line']}-{r['last_line']}` {r['code']}: {r['description']}" for r in missed] \
        or ["None."]
    stale = sum(1 for f in labels if f not in findings)
    lines += ["", "### Sample findings still unlabelled", "",
              f"{sum(map(len, unlabelled.values()))} in all; `python benchmarks/accuracy/run.py --to-label` lists "
              "them with their messages. Labels of findings no longer reported are kept as history "
              f"({stale} now).", ""]
    for code in codes:
        if unlabelled[code]:
            lines.append(f"- {code}: " + ", ".join(f"`{file}:{line}`" for file, line, _ in sorted(unlabelled[code])))
    REPORT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return unlabelled


def write_to_label(root, findings, unlabelled, commit):
    rows = [dict(file=file, line=line, code=code, label="", reason="", labeller="", commit=commit.split()[0],
                 message=findings[(file, line, code)], open=f"{root.resolve() / file}:{line}")
            for code in unlabelled for file, line, code in sorted(unlabelled[code])]
    write_tsv(TO_LABEL, PRECISION_COLUMNS + ["message", "open"], rows)
    return len(rows)


def pick_recall(root, corpus_entries, code, count, seed, which):
    """Print recall_files.tsv rows for `count` random candidate files of `code` not yet read for it."""
    if code not in CANDIDATE_TESTS:
        sys.exit(f"no candidate test for {code}; known: {', '.join(CANDIDATE_TESTS)}")
    tests = [re.compile(t) for t in CANDIDATE_TESTS[code]]
    done = {row["file"] for row in read_tsv(LABELS / "recall_files.tsv", RECALL_FILES_COLUMNS) if row["code"] == code}
    candidates = []
    for e in corpus_entries:
        for file in python_files(root, e):
            if which in ("all", part(file)) and file not in done:
                text = (root / file).read_text(encoding="utf-8", errors="replace")
                text = text.split("\nTESTCASES = [", 1)[0]  # paritybench's own test inputs and test class
                if all(t.search(text) for t in tests):
                    candidates.append(file)
    picked = sorted(random.Random(f"{seed}:{code}").sample(candidates, min(count, len(candidates))))
    print(f"# {len(candidates)} candidate files for {code} ({which}), {len(done)} already read; picked {len(picked)}."
          f" Read each, then append its row (labeller filled) to labels/recall_files.tsv and each instance"
          f" to labels/recall.tsv.", file=sys.stderr)
    for file in picked:
        print(f"# {root.resolve() / file}", file=sys.stderr)
        print("\t".join([file, code, f"pick-recall --seed {seed} --part {which}", ""]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", help="corpus root (default: $BNLINT_CORPUS, else ~/.cache/bnlint-corpus)")
    parser.add_argument("--sample", type=int, default=30, help="precision sample size per rule (default 30)")
    parser.add_argument("--to-label", action="store_true", help="also write to_label.tsv: sample findings without a label")
    parser.add_argument("--bnlint-rev", help="run this git revision's bnlint instead of the working tree's")
    parser.add_argument("--pick-recall", metavar="CODE", help="print files to read for CODE's recall, run nothing")
    parser.add_argument("--count", type=int, default=30, help="with --pick-recall: how many files (default 30)")
    parser.add_argument("--seed", default="0", help="with --pick-recall: the random seed (default 0)")
    parser.add_argument("--part", choices=["all", "paritybench", "projects"], default="all",
                        help="with --pick-recall: which corpus part to pick from (default all)")
    args = parser.parse_args()
    root = corpus_root(args.corpus)
    corpus_entries = corpus(root)
    if args.pick_recall:
        return pick_recall(root, corpus_entries, args.pick_recall, args.count, args.seed, args.part)
    start = time.perf_counter()
    findings, rules, commit, seconds = run_bnlint(root, corpus_entries, args.bnlint_rev)
    sample = samples(findings, [r["code"] for r in rules], args.sample)
    unlabelled = report(root, corpus_entries, findings, rules, commit, seconds, sample, load_labels(), args.sample)
    print(f"{len(findings)} findings; bnlint {seconds:.1f} s, all {time.perf_counter() - start:.1f} s; "
          f"wrote {REPORT.relative_to(REPO)}")
    if args.to_label:
        print(f"{write_to_label(root, findings, unlabelled, commit)} sample findings to label: "
              f"{TO_LABEL.relative_to(REPO)}")


if __name__ == "__main__":
    main()
