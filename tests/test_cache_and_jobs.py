"""The content-hash cache and the process pool give exactly the results of a cold, serial run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from bnlint.cache import SHARDS, _shard_of
from bnlint.cli import main
from bnlint.engine import PARALLEL_MIN_FILES

ROOT = Path(__file__).resolve().parent.parent
BUG = textwrap.dedent("""\
    import torch.nn as nn
    import torch.nn.functional as F


    class M{i}(nn.Module):
        def forward(self, x):
            return F.dropout(x, 0.{i})
""")


def make_tree(root: Path, n: int) -> Path:
    for i in range(n):
        sub = root / f"pkg{i % 7}"
        sub.mkdir(parents=True, exist_ok=True)
        (sub / f"m{i}.py").write_text(BUG.format(i=i % 9 + 1) if i % 3 else "x = 1\n")
    (root / "pkg0" / "broken.py").write_text("import torch.nn.functional as F\nmodel.eval()\ndef f(:\n    return F.dropout(x)\n")
    return root


def check(*args, env_cache=None):
    r = CliRunner().invoke(main, ["check", "--output-format", "json", *map(str, args)])
    assert r.exit_code in (0, 1), r.output
    return json.loads(r.output)


def entries(cache: Path):
    return sorted(p for p in cache.rglob("*.json"))


def cached_paths(cache: Path):
    return {path for p in entries(cache) for path in json.loads(p.read_text())}


def test_warm_run_reads_the_cache_and_gives_identical_results(tmp_path):
    tree = make_tree(tmp_path / "src", 20)
    cache = tmp_path / "cache"
    cold = check(tree, "--cache-dir", cache, "--jobs", "1")
    assert cached_paths(cache) == {str(p) for p in tree.rglob("*.py")}
    assert len(entries(cache)) <= SHARDS  # a few shard files, not one file per source file
    stamps = {p: p.stat().st_mtime_ns for p in entries(cache)}
    warm = check(tree, "--cache-dir", cache, "--jobs", "1")
    assert warm == cold
    assert {p: p.stat().st_mtime_ns for p in entries(cache)} == stamps  # nothing recomputed


def test_a_warm_run_in_another_process_hits_whatever_the_hash_seed(tmp_path):
    """Settings holding sets (the graph tier's own defaults) fingerprint the same in every process."""
    tree = make_tree(tmp_path / "src", 6)
    cache = tmp_path / "cache"
    cmd = [sys.executable, "-m", "bnlint", "check", str(tree), "--cache-dir", str(cache), "--output-format", "json"]
    runs = []
    for seed in ("1", "2", "3"):
        env = dict(os.environ, PYTHONHASHSEED=seed, PYTHONPATH=str(ROOT))
        runs.append(subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120).stdout)
        if seed == "1":
            stamps = {p: p.stat().st_mtime_ns for p in entries(cache)}
    assert runs[0] == runs[1] == runs[2] and json.loads(runs[0])
    assert {p: p.stat().st_mtime_ns for p in entries(cache)} == stamps  # the later runs recomputed nothing


def test_an_edit_rewrites_one_shard_and_deleted_files_leave_the_cache(tmp_path):
    tree = make_tree(tmp_path / "src", 40)
    cache = tmp_path / "cache"
    check(tree, "--cache-dir", cache)
    by_shard = {}
    for p in sorted(tree.rglob("*.py")):  # 41 files, 16 shards: some shard holds two
        by_shard.setdefault(_shard_of(str(p)), []).append(p)
    edited, gone = next(files for files in by_shard.values() if len(files) >= 2)[:2]
    gone.unlink()
    before = {p: p.read_bytes() for p in entries(cache)}
    edited.write_text(edited.read_text() + "\ny = 2\n")
    check(tree, "--cache-dir", cache)
    changed = [p for p in entries(cache) if p.read_bytes() != before[p]]
    assert len(changed) == 1
    assert str(gone) not in cached_paths(cache) and str(edited) in cached_paths(cache)


def test_a_changed_file_or_selection_is_a_miss(tmp_path):
    tree = make_tree(tmp_path / "src", 6)
    cache = tmp_path / "cache"
    before = check(tree, "--cache-dir", cache)
    target = tree / "pkg1" / "m1.py"
    target.write_text(target.read_text().replace("F.dropout(x, 0.2)", "F.dropout(x, 0.2, training=self.training)"))
    after = check(tree, "--cache-dir", cache)
    assert len(after) == len(before) - 1
    assert check(tree, "--cache-dir", cache, "--ignore", "BN002") == [d for d in after if d["code"] != "BN002"]


def test_no_cache_writes_nothing_and_damaged_entries_are_misses(tmp_path):
    tree = make_tree(tmp_path / "src", 4)
    cache = tmp_path / "cache"
    check(tree, "--cache-dir", cache, "--no-cache")
    assert not cache.exists()
    first = check(tree, "--cache-dir", cache)
    for p in entries(cache):
        p.write_text("{not json")
    assert check(tree, "--cache-dir", cache) == first


def test_rewrite_with_a_warm_cache_still_fixes(tmp_path):
    tree = make_tree(tmp_path / "src", 4)
    cache = tmp_path / "cache"
    check(tree, "--cache-dir", cache)
    r = CliRunner().invoke(main, ["check", str(tree), "--cache-dir", str(cache), "--rewrite"])
    assert "fixed" in r.output
    assert check(tree, "--cache-dir", cache) == [d for d in check(tree, "--no-cache") if d["code"] != "BN002"]


def test_process_pool_matches_a_serial_run(tmp_path):
    tree = make_tree(tmp_path / "src", PARALLEL_MIN_FILES * 2)
    serial = check(tree, "--no-cache", "--jobs", "1")
    parallel = check(tree, "--no-cache", "--jobs", "2")
    assert parallel == serial
    assert sum(d["code"] == "BN901" for d in parallel) == 1


def test_parallel_rewrite_fixes_every_file(tmp_path):
    tree = make_tree(tmp_path / "src", PARALLEL_MIN_FILES * 2)
    r = CliRunner().invoke(main, ["check", str(tree), "--no-cache", "--jobs", "2", "--rewrite"])
    assert r.exit_code == 1  # the broken file remains
    assert [d["code"] for d in check(tree, "--no-cache")] == ["BN901"]


def test_concurrent_runs_share_one_cache_safely(tmp_path):
    tree = make_tree(tmp_path / "src", 40)
    cache = tmp_path / "cache"
    cmd = [sys.executable, "-m", "bnlint", "check", str(tree), "--cache-dir", str(cache), "--output-format", "json",
           "--jobs", "1"]
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, cwd=ROOT) for _ in range(4)]
    outs = [json.loads(p.communicate(timeout=120)[0]) for p in procs]
    assert all(o == outs[0] for o in outs)
    assert check(tree, "--cache-dir", cache) == outs[0]
    assert not [p for p in cache.rglob(".tmp-*")]
