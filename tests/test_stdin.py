"""`bnlint check -` (issue 15, item 2): standard input checked as the file --stdin-filename names, fixed source
printed to stdout with --rewrite/--fix, as ruff does. Driven through a real pipe."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

HEAD = textwrap.dedent("""\
    import torch.nn as nn
    import torch.nn.functional as F


    class Head(nn.Module):
        def forward(self, x):
            return F.dropout(x, 0.5)  # kept
""")


def bnlint(*args, stdin: bytes, cwd) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "bnlint", "check", "--no-cache", *args], input=stdin, cwd=cwd,
                          capture_output=True, timeout=120)


def test_dash_reads_standard_input(tmp_path):
    run = bnlint("-", stdin=HEAD.encode(), cwd=tmp_path)
    assert run.returncode == 1
    assert run.stdout.decode().startswith("-:7:16: BN002 [*] ")


def test_stdin_filename_names_the_findings_and_brings_its_configuration(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.bnlint]\nper-file-ignores = { "tests/*" = ["BN002"] }\n')
    run = bnlint("--stdin-filename", "src/head.py", "--output-format", "json", stdin=HEAD.encode(), cwd=tmp_path)
    assert run.returncode == 1
    assert [(d["filename"], d["code"]) for d in json.loads(run.stdout)] == [("src/head.py", "BN002")]
    ignored = bnlint("--stdin-filename", "tests/head.py", "-", stdin=HEAD.encode(), cwd=tmp_path)
    assert ignored.returncode == 0, ignored.stdout
    assert b"All checks passed!" in ignored.stdout


def test_rewrite_prints_the_fixed_source_and_reports_on_stderr(tmp_path):
    crlf = HEAD.replace("\n", "\r\n").encode()
    for flag in ("--rewrite", "--fix"):
        run = bnlint(flag, "--stdin-filename", "head.py", "-", stdin=crlf, cwd=tmp_path)
        assert run.returncode == 0, run.stderr
        assert run.stdout == crlf.replace(b"F.dropout(x, 0.5)", b"F.dropout(x, 0.5, training=self.training)")
        assert b"1 fixed, 0 remaining" in run.stderr
    assert not (tmp_path / "head.py").exists()  # nothing written anywhere


def test_rewrite_with_nothing_to_fix_prints_the_source_as_it_came(tmp_path):
    source = b"import torch\n\nx = torch.ones(3)  \n"
    run = bnlint("--rewrite", "-", stdin=source, cwd=tmp_path)
    assert (run.returncode, run.stdout) == (0, source)


def test_remaining_findings_keep_exit_1_with_rewrite(tmp_path):
    source = HEAD + "\n\ndef g(x):\n    return F.dropout(x, 0.5)\n"  # a function has no training flag: no fix
    run = bnlint("--rewrite", "-", stdin=source.encode(), cwd=tmp_path)
    assert run.returncode == 1
    assert b"training=self.training" in run.stdout
    assert b"-:11:12: BN002" in run.stderr


def test_diff_of_standard_input(tmp_path):
    run = bnlint("--diff", "--stdin-filename", "head.py", stdin=HEAD.encode(), cwd=tmp_path)
    assert run.returncode == 1
    assert run.stdout.decode().splitlines()[:2] == ["--- head.py", "+++ head.py"]
    assert "+        return F.dropout(x, 0.5, training=self.training)  # kept" in run.stdout.decode()


def test_undecodable_input_is_reported_not_crashed(tmp_path):
    run = bnlint("-", stdin=b"x = '\xff'\n", cwd=tmp_path)
    assert run.returncode == 1
    assert b"-:1:1: BN900" in run.stdout


def test_stdin_with_other_paths_or_the_graph_tier_is_a_usage_error(tmp_path):
    (tmp_path / "a.py").write_text("")
    assert bnlint("-", "a.py", stdin=b"", cwd=tmp_path).returncode == 2
    assert bnlint("--stdin-filename", "x.py", "a.py", stdin=b"", cwd=tmp_path).returncode == 2
    traced = bnlint("--trace", "-", stdin=b"", cwd=tmp_path)
    assert traced.returncode == 2
    assert b"standard input" in traced.stderr


def test_add_noqa_on_standard_input_counts_what_it_added(tmp_path):
    run = bnlint("--add-noqa", "-", stdin=HEAD.encode(), cwd=tmp_path)
    assert "# noqa: BN002" in run.stdout.decode()
    assert "Added 1 noqa directive." in run.stderr.decode()


def test_force_exclude_passes_an_excluded_file_through_unchecked(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.bnlint]\nextend-exclude = ["third_party"]\n')
    named = bnlint("--stdin-filename", "third_party/head.py", "-", stdin=HEAD.encode(), cwd=tmp_path)
    assert named.returncode == 1  # named explicitly: checked, as ruff does without --force-exclude
    forced = bnlint("--force-exclude", "--stdin-filename", "third_party/head.py", "--fix", "-",
                    stdin=HEAD.encode(), cwd=tmp_path)
    assert forced.returncode == 0 and forced.stdout == HEAD.encode()
