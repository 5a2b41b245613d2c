"""Odd inputs never crash a run, and a killed --rewrite never leaves a damaged file."""

from __future__ import annotations

import json
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from bnlint.cli import main

ROOT = Path(__file__).resolve().parent.parent
BUG = textwrap.dedent("""\
    import torch.nn as nn
    import torch.nn.functional as F
    # file {i}: a comment that must survive


    class M{i}(nn.Module):
        def forward(self, x):
            x = F.dropout(x, 0.1)
            x = F.dropout2d(x, 0.2)
            return F.dropout(x, p=0.3)
""")


def check_json(*args):
    r = CliRunner().invoke(main, ["check", "--output-format", "json", *map(str, args)])
    assert "Traceback" not in r.output
    return r, json.loads(r.output)


def test_ten_megabyte_generated_file(tmp_path):
    lines = [f"x{i} = [{i}, {i + 1}, {i + 2}]  # generated" for i in range(300_000)]
    big = tmp_path / "generated.py"
    big.write_text("\n".join(lines) + "\nimport torch.nn.functional as F\ny = F.dropout(x1)\n")
    assert big.stat().st_size > 10_000_000
    r, data = check_json(big)
    assert r.exit_code == 1 and [(d["code"], d["location"]["row"]) for d in data] == [("BN002", 300_002)]


def test_thousands_of_files(tmp_path):
    for i in range(3000):
        folder = tmp_path / f"d{i // 100}"
        folder.mkdir(exist_ok=True)
        (folder / f"f{i}.py").write_text("import torch.nn.functional as F\ny = F.dropout(x)\n" if i % 500 == 0 else f"x = {i}\n")
    r, data = check_json(tmp_path, "--no-cache")
    assert r.exit_code == 1 and len(data) == 6
    assert "3000 files" in CliRunner().invoke(main, ["check", str(tmp_path)]).output


def test_expressions_too_deep_for_the_parser_are_a_per_file_diagnostic(tmp_path):
    # 5,000 chained binary operations: Python's parser gives up (RecursionError) on its way to a tree.
    deep = "import torch.nn.functional as F\ny = " + " + ".join(["F.dropout(x)"] * 5000) + "\n"
    (tmp_path / "deep.py").write_text(deep)
    (tmp_path / "ok.py").write_text("import torch.nn.functional as F\ny = F.dropout(x)\n")
    r, data = check_json(tmp_path, "--no-cache")
    assert r.exit_code == 1
    assert [(Path(d["filename"]).name, d["code"]) for d in data] == [("deep.py", "BN901"), ("ok.py", "BN002")]
    assert "nested too deeply" in data[0]["message"]


def test_a_rule_that_recurses_too_deep_is_a_per_file_diagnostic(tmp_path, monkeypatch):
    from bnlint.source.rules import bn002_functional_dropout as bn002

    real = bn002.FunctionalDropoutAlwaysOn.check

    def deep(self, ctx):
        if ctx.path.endswith("deep.py"):
            raise RecursionError("maximum recursion depth exceeded")
        return real(self, ctx)

    monkeypatch.setattr(bn002.FunctionalDropoutAlwaysOn, "check", deep)
    (tmp_path / "deep.py").write_text("import torch.nn.functional as F\ny = F.dropout(x)\n")
    (tmp_path / "ok.py").write_text("import torch.nn.functional as F\ny = F.dropout(x)\n")
    r, data = check_json(tmp_path, "--no-cache")
    assert r.exit_code == 1  # a limit of the analysis, not a crash: exit 1 as for an unparsable file
    assert [(Path(d["filename"]).name, d["code"]) for d in data] == [("deep.py", "BN902"), ("ok.py", "BN002")]
    assert "rule BN002 skipped this file: it nests too deeply" in data[0]["message"]


def test_file_deleted_during_the_run_is_reported(tmp_path, monkeypatch):
    from bnlint import engine

    (tmp_path / "a.py").write_text("x = 1\n")
    (tmp_path / "b.py").write_text("import torch.nn.functional as F\ny = F.dropout(x)\n")
    real = engine.process_file

    def delete_first(path, *args, **kwargs):
        if path.endswith("a.py"):
            Path(path).unlink()
        return real(path, *args, **kwargs)

    monkeypatch.setattr(engine, "process_file", delete_first)
    r, data = check_json(tmp_path, "--no-cache", "--jobs", "1")
    codes = {Path(d["filename"]).name: d["code"] for d in data}
    assert codes == {"a.py": "BN900", "b.py": "BN002"}
    assert "deleted" in data[0]["message"]


@pytest.mark.slow
def test_sigkill_during_rewrite_never_leaves_a_mixed_or_truncated_file(tmp_path):
    n = 150
    originals = {f"m{i}.py": BUG.format(i=i) * 3 for i in range(n)}
    # The fixed content of each file, from one complete run.
    reference = tmp_path / "reference"
    reference.mkdir()
    for name, text in originals.items():
        (reference / name).write_text(text)
    subprocess.run([sys.executable, "-m", "bnlint", "check", str(reference), "--rewrite", "--no-cache", "-q"],
                   cwd=ROOT, capture_output=True)
    fixed = {name: (reference / name).read_text() for name in originals}
    assert all(fixed[k] != originals[k] for k in originals)

    rng = random.Random(1234)
    for trial in range(6):
        work = tmp_path / f"trial{trial}"
        work.mkdir()
        for name, text in originals.items():
            (work / name).write_text(text)
        proc = subprocess.Popen([sys.executable, "-m", "bnlint", "check", str(work), "--rewrite", "--no-cache",
                                 "-q", "--jobs", "2"], cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                start_new_session=True)
        time.sleep(rng.uniform(0.2, 1.5))
        try:
            import os

            os.killpg(proc.pid, signal.SIGKILL)  # the workers too
        except ProcessLookupError:
            pass
        proc.wait()
        for name in originals:
            content = (work / name).read_text()
            assert content in (originals[name], fixed[name]), f"trial {trial}: {name} is damaged"
        leftovers = [p.name for p in work.iterdir() if p.name not in originals]
        assert leftovers == [] or all(p.startswith(".bnlint-") for p in leftovers)
