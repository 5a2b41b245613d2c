"""The composite GitHub Action (issue 15, item 5): action.yml's steps run as a runner runs them (bash, the
GITHUB_* files), giving annotations and SARIF in one run; the README's example workflow uploads that SARIF."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

yaml = pytest.importorskip("yaml")  # PyYAML comes with pre-commit (the dev extra)

ROOT = Path(__file__).resolve().parent.parent
ACTION = yaml.safe_load((ROOT / "action.yml").read_text())
BUGGY = "import torch.nn as nn\nimport torch.nn.functional as F\n\n\nclass H(nn.Module):\n" \
        "    def forward(self, x):\n        return F.dropout(x, 0.5)\n"


def step(name):
    return next(s for s in ACTION["runs"]["steps"] if s["name"] == name)


def test_the_action_is_a_composite_action_with_safe_steps():
    assert ACTION["runs"]["using"] == "composite"
    assert {"args", "sarif-file", "version", "python-version"} <= set(ACTION["inputs"])
    for s in ACTION["runs"]["steps"]:
        if "run" in s:
            assert s["shell"] == "bash"
            # inputs reach scripts through the environment, never pasted into the script (no injection)
            assert "${{" not in s["run"], s["name"]


def runner_env(tmp_path, **inputs):
    """What a runner gives a step: its env (with the inputs), RUNNER_TEMP, GITHUB_PATH and GITHUB_OUTPUT."""
    for name in ("GITHUB_PATH", "GITHUB_OUTPUT"):
        (tmp_path / name).write_text("")
    env = {**os.environ, "RUNNER_TEMP": str(tmp_path / "runner"), "GITHUB_ACTION_PATH": str(ROOT),
           "GITHUB_PATH": str(tmp_path / "GITHUB_PATH"), "GITHUB_OUTPUT": str(tmp_path / "GITHUB_OUTPUT"),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}", **inputs}
    (tmp_path / "runner").mkdir(exist_ok=True)
    return env


def run_step(name, cwd, env):
    s = step(name)
    env = {**env, **{k: v for k, v in s.get("env", {}).items() if "${{" not in str(v)}}
    return subprocess.run(["bash", "-e", "-o", "pipefail", "-c", s["run"]], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=600)


def test_the_check_step_annotates_and_writes_sarif_in_one_run(tmp_path):
    repo = tmp_path / "repo"
    (repo / "src").mkdir(parents=True)
    (repo / "src" / "model.py").write_text(BUGGY)
    env = runner_env(tmp_path, BNLINT_ARGS="src --no-cache", BNLINT_SARIF="reports/bnlint.sarif")
    r = run_step("Run bnlint", repo, env)
    assert r.returncode == 1, r.stderr  # findings fail the job
    assert r.stdout.startswith("::warning file=src/model.py,line=7,col=16,")
    log = json.loads((repo / "reports" / "bnlint.sarif").read_text())
    assert log["runs"][0]["results"][0]["ruleId"] == "BN002"
    assert "sarif-file=reports/bnlint.sarif" in (tmp_path / "GITHUB_OUTPUT").read_text()
    (repo / "src" / "model.py").write_text("x = 1\n")
    clean = run_step("Run bnlint", repo, env)
    assert clean.returncode == 0 and clean.stdout == ""


@pytest.mark.slow
def test_the_install_step_installs_this_copy_in_a_venv_of_its_own(tmp_path):
    env = runner_env(tmp_path, BNLINT_REQUIREMENT="")
    r = run_step("Install bnlint", tmp_path, env)
    assert r.returncode == 0, r.stderr
    (bin_dir,) = (tmp_path / "GITHUB_PATH").read_text().split()
    out = subprocess.run([str(Path(bin_dir) / "bnlint"), "--version"], capture_output=True, text=True)
    assert out.returncode == 0 and "bnlint" in out.stdout


def readme_workflow():
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    m = re.search(r"```yaml\n(# \.github/workflows/bnlint\.yml\n.*?)```", text, re.S)
    assert m, "README.md has the example workflow"
    return yaml.safe_load(m.group(1))


def test_readme_workflow_runs_the_action_and_uploads_sarif():
    flow = readme_workflow()
    (job,) = flow["jobs"].values()
    assert flow["permissions"]["security-events"] == "write"
    steps = job["steps"]
    ours = next(s for s in steps if s.get("uses", "").startswith("bnlint/bnlint@"))
    assert set(ours["with"]) <= set(ACTION["inputs"])
    upload = next(s for s in steps if s.get("uses", "").startswith("github/codeql-action/upload-sarif@"))
    assert upload["with"]["sarif_file"] == ours["with"]["sarif-file"]
    assert "failure()" in upload["if"]  # uploads also when bnlint exits 1
    assert steps.index(upload) > steps.index(ours)
