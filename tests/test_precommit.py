"""The real pre-commit tool runs our hooks (`pre-commit try-repo`) on a repository with a bug."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PRE_COMMIT = shutil.which("pre-commit") or str(Path(sys.executable).with_name("pre-commit"))

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(not Path(PRE_COMMIT).exists(), reason="pre-commit is in the dev extra"),
]

BUGGY = textwrap.dedent("""\
    import torch.nn as nn
    import torch.nn.functional as F


    class Head(nn.Module):
        def forward(self, x):
            return F.dropout(x, 0.5)  # comment kept
""")


def git(cwd, *args):
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


def try_repo(repo, hook, home):
    env = {**os.environ, "PRE_COMMIT_HOME": str(home), "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t"}
    return subprocess.run([PRE_COMMIT, "try-repo", str(ROOT), hook, "--all-files", "--color", "never"],
                          cwd=repo, env=env, capture_output=True, text=True, timeout=600)


def test_hook_fails_on_a_bug_then_passes_after_the_fix_hook(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / "model.py").write_text(BUGGY)
    git(repo, "add", "model.py")
    home = tmp_path / "cache"

    first = try_repo(repo, "bnlint", home)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "BN002" in first.stdout

    fixed = try_repo(repo, "bnlint-fix", home)
    assert fixed.returncode == 1  # pre-commit fails a hook that modified files
    assert "files were modified by this hook" in fixed.stdout
    text = (repo / "model.py").read_text()
    assert "F.dropout(x, 0.5, training=self.training)  # comment kept" in text

    git(repo, "add", "model.py")
    last = try_repo(repo, "bnlint", home)
    assert last.returncode == 0, last.stdout + last.stderr
