"""Issue 18 on real code: every rule and the project index run over the sources of the installed torch
package (2,000 files of code bnlint was not written against, each read with the others as its project) without an
internal error. A rule that crashes on one file is reported as BN902 and the run goes on; this test makes such a
crash fail the suite instead of showing up only in a benchmark (a builder check once crashed on 7 of these files)."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from pathlib import Path

import pytest

INTERNAL = {"BN902"}  # a rule that crashed


def torch_sources() -> Path:
    spec = importlib.util.find_spec("torch")
    if spec is None or not spec.submodule_search_locations:
        pytest.skip("torch is not installed (the `trace` extra)")
    return Path(list(spec.submodule_search_locations)[0])


def test_no_internal_error_on_torchs_own_sources():
    root = torch_sources()
    done = subprocess.run([sys.executable, "-m", "bnlint", "check", str(root), "--select", "ALL", "--ignore", "BN800",
                           "--no-cache", "--exit-zero", "--output-format", "json"], capture_output=True, text=True,
                          timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    found = json.loads(done.stdout)
    assert any(d["code"] == "BN002" for d in found)  # it did look: torch's sources have findings of their own
    crashes = [f"{d['filename']}: {d['message']}" for d in found if d["code"] in INTERNAL]
    assert crashes == []

