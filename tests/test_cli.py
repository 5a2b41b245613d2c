"""`bnlint check` end to end through click's CliRunner: paths, selection, formats, fixes, exit codes."""

from __future__ import annotations

import json
import os
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from bnlint.cli import main

BUGGY = textwrap.dedent(
    """\
    import torch.nn as nn
    import torch.nn.functional as F


    class Head(nn.Module):
        def forward(self, x):
            # keep this comment
            return F.dropout(x, 0.5)
    """
)
OUTSIDE = "import torch.nn.functional as F\n\n\ndef f(x):\n    return F.dropout(x)\n"
CLEAN = "import torch\n\n\ndef f(x):\n    return x\n"


def run(*args, cwd=None):
    runner = CliRunner()
    if cwd is None:
        return runner.invoke(main, [str(a) for a in args])
    old = os.getcwd()
    os.chdir(cwd)
    try:
        return runner.invoke(main, [str(a) for a in args])
    finally:
        os.chdir(old)


@pytest.fixture
def tree(tmp_path):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "model.py").write_text(BUGGY)
    (tmp_path / "pkg" / "util.py").write_text(OUTSIDE)
    (tmp_path / "pkg" / "clean.py").write_text(CLEAN)
    return tmp_path


def test_findings_are_listed_ruff_style_with_fix_marker_and_summary(tree):
    r = run("check", tree / "pkg")
    assert r.exit_code == 1
    lines = r.output.splitlines()
    model = str(tree / "pkg" / "model.py")
    assert any(l.startswith(f"{model}:8:16: BN002 [*] ") for l in lines), r.output
    util_line = [l for l in lines if "util.py" in l][0]
    assert "BN002 " in util_line and "[*]" not in util_line  # no fix outside a Module
    assert "Found 2 findings in 3 files checked." in r.output
    assert "[*] 1 fixable with `bnlint check --rewrite`." in r.output


def test_clean_tree_exits_zero(tmp_path):
    (tmp_path / "a.py").write_text(CLEAN)
    r = run("check", tmp_path)
    assert r.exit_code == 0
    assert "All checks passed!" in r.output


def test_default_path_is_the_current_folder(tree):
    r = run("check", cwd=tree)
    assert r.exit_code == 1
    assert os.path.join("pkg", "model.py") in r.output


def test_rewrite_applies_safe_fixes_keeps_comments_and_converges(tree):
    path = tree / "pkg" / "model.py"
    r = run("check", path, "--rewrite")
    assert r.exit_code == 0, r.output
    assert "1 fixed, 0 remaining" in r.output
    new = path.read_text()
    assert "F.dropout(x, 0.5, training=self.training)" in new
    assert "# keep this comment" in new
    again = run("check", path, "--rewrite")
    assert again.exit_code == 0 and path.read_text() == new


def test_diff_writes_nothing_and_exits_one(tree):
    path = tree / "pkg" / "model.py"
    r = run("check", path, "--diff")
    assert r.exit_code == 1
    assert "-        return F.dropout(x, 0.5)" in r.output
    assert "+        return F.dropout(x, 0.5, training=self.training)" in r.output
    assert path.read_text() == BUGGY
    clean = tree / "pkg" / "clean.py"
    assert run("check", clean, "--diff").exit_code == 0


def test_rewrite_and_diff_together_is_a_usage_error(tree):
    r = run("check", tree, "--rewrite", "--diff")
    assert r.exit_code == 2
    assert "exclude each other" in r.output


@pytest.mark.parametrize("args,expected", [
    (["--select", "BN002"], 1),
    (["--select", "BN0"], 1),
    (["--select", "ALL", "--ignore", "BN002"], 0),
    (["--ignore", "BN0"], 0),
    (["--select", "functional-dropout-always-on"], 1),
])
def test_selection_by_code_prefix_all_and_name(tree, args, expected):
    r = run("check", tree / "pkg" / "model.py", *args)
    assert r.exit_code == expected, r.output


def test_unknown_code_on_the_command_line_is_a_usage_error(tree):
    r = run("check", tree, "--select", "BN999")
    assert r.exit_code == 2
    assert "BN999" in r.output and "bnlint rules" in r.output


def test_exit_zero_and_quiet_and_statistics(tree):
    r = run("check", tree / "pkg", "--exit-zero", "--quiet")
    assert r.exit_code == 0
    assert "Found" not in r.output and "BN002" in r.output
    s = run("check", tree / "pkg", "--statistics")
    assert s.exit_code == 1
    assert s.output.splitlines()[0].split() == ["2", "BN002", "[*]", "functional-dropout-always-on"]


def test_json_output_has_stable_keys_and_fix(tree, tmp_path):
    out = tmp_path / "report.json"
    r = run("check", tree / "pkg" / "model.py", "--output-format", "json", "--output-file", out)
    assert r.exit_code == 1
    data = json.loads(out.read_text())
    assert len(data) == 1
    d = data[0]
    assert list(d) == ["code", "name", "message", "severity", "filename", "location", "end_location", "fix", "related",
                     "cell"]
    assert d["code"] == "BN002" and d["location"] == {"row": 8, "column": 16}
    assert d["fix"]["applicability"] == "safe"
    assert d["fix"]["edits"][0]["content"] == ", training=self.training"


def test_json_statistics(tree):
    r = run("check", tree / "pkg", "--output-format", "json", "--statistics")
    assert json.loads(r.output) == [
        {"code": "BN002", "name": "functional-dropout-always-on", "count": 2, "fixable": True}
    ]


def test_github_annotations(tree):
    r = run("check", tree / "pkg" / "model.py", "--output-format", "github")
    line = r.output.strip()
    assert line.startswith(f"::warning file={tree / 'pkg' / 'model.py'},line=8,col=16,")
    assert "title=BN002 functional-dropout-always-on::BN002 " in line


def test_output_file_that_cannot_be_written(tree):
    r = run("check", tree, "--output-file", tree / "missing" / "dir" / "out.txt")
    assert r.exit_code == 2
    assert "cannot write" in r.output


def test_rules_lists_every_document_and_rule_prints_one():
    r = run("rules")
    assert r.exit_code == 0
    assert "BN002" in r.output and "functional-dropout-always-on" in r.output
    j = json.loads(run("rules", "--output-format", "json").output)
    assert {"code": "BN002", "default": True, "fix": "safe"}.items() <= j[[e["code"] for e in j].index("BN002")].items()
    doc = run("rule", "bn002")
    assert doc.exit_code == 0 and "## What it does" in doc.output
    assert run("rule", "BN901").exit_code == 0
    bad = run("rule", "BN777")
    assert bad.exit_code == 2 and "unknown rule" in bad.output


def test_missing_path_is_reported_and_others_still_checked(tree):
    r = run("check", tree / "nope.py", tree / "pkg" / "model.py")
    assert r.exit_code == 1
    assert "nope.py:1:1: BN900" in r.output
    assert "model.py:8:16: BN002" in r.output


def test_walk_skips_hidden_venv_build_but_explicit_files_are_checked(tree):
    for folder in (".hidden", "build", "myenv", "__pycache__"):
        (tree / folder).mkdir()
        (tree / folder / "m.py").write_text(BUGGY)
    (tree / "myenv" / "pyvenv.cfg").write_text("home = /usr\n")
    r = run("check", tree, "--output-format", "json")
    files = {Path(d["filename"]).relative_to(tree).parts[0] for d in json.loads(r.output)}
    assert files == {"pkg"}
    explicit = run("check", tree / "build" / "m.py")
    assert "BN002" in explicit.output
    (tree / "notes.txt").write_text("F.dropout(x)")
    assert "notes.txt" not in run("check", tree).output


def test_extend_exclude_on_the_command_line(tree):
    r = run("check", tree, "--extend-exclude", "util.py", "--output-format", "json")
    assert {Path(d["filename"]).name for d in json.loads(r.output)} == {"model.py"}


def test_version():
    r = run("--version")
    assert r.exit_code == 0 and "bnlint" in r.output


def test_exit_zero_holds_with_diff(tmp_path):
    from click.testing import CliRunner

    from bnlint.cli import main

    (tmp_path / "m.py").write_text("import torch.nn as nn\nimport torch.nn.functional as F\n\n\n"
                                   "class H(nn.Module):\n    def forward(self, x):\n        return F.dropout(x, 0.5)\n")
    assert CliRunner().invoke(main, ["check", "--no-cache", "--diff", str(tmp_path / "m.py")]).exit_code == 1
    done = CliRunner().invoke(main, ["check", "--no-cache", "--diff", "--exit-zero", str(tmp_path / "m.py")])
    assert done.exit_code == 0 and "training=self.training" in done.output
