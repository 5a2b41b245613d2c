"""The ruff conventions of issue 15 (item 4): --fix, --show-fixes, --add-noqa, the unused-noqa check (BN800),
`rule --all` and `bnlint clean`, through the command line."""

from __future__ import annotations

import json
import textwrap

import pytest
from click.testing import CliRunner

from bnlint import catalogue
from bnlint.cli import main

HEAD = textwrap.dedent("""\
    import torch.nn as nn
    import torch.nn.functional as F


    class Head(nn.Module):
        def forward(self, x):
            return F.dropout(x, 0.5)  # kept
""")
PLAIN = textwrap.dedent('''\
    import torch.nn.functional as F


    def g(x):
        y = F.dropout(x, 0.5)  # noqa: E501
        z = F.dropout(
            x, 0.1)
        w = F.dropout(x, 0.2) + len("""
    text
    """)
        return y, z, w
''')


def run(*args, **kw):
    return CliRunner().invoke(main, [*map(str, args)], **kw)


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_fix_is_rewrite_and_show_fixes_lists_what_it_fixed(here):
    (here / "head.py").write_text(HEAD)
    r = run("check", "head.py", "--fix", "--show-fixes", "--no-cache")
    assert r.exit_code == 0, r.output
    assert "F.dropout(x, 0.5, training=self.training)  # kept" in (here / "head.py").read_text()
    assert "Fixed 1 finding:\n- head.py:\n    1 × BN002 (functional-dropout-always-on)\n" in r.output


def test_add_noqa_silences_every_finding_once(here):
    (here / "head.py").write_text(HEAD)
    (here / "plain.py").write_text(PLAIN)
    first = run("check", ".", "--add-noqa", "--no-cache")
    assert first.exit_code == 0, first.output
    assert "Added 4 noqa directives." in first.stderr
    plain = (here / "plain.py").read_text()
    assert "y = F.dropout(x, 0.5)  # noqa: E501, BN002\n" in plain  # merged with another linter's codes
    assert "z = F.dropout(  # noqa: BN002\n" in plain
    assert '\n""")  # noqa: BN002\n' in plain  # after a multi-line string, where a comment can go
    assert "return F.dropout(x, 0.5)  # kept  # noqa: BN002\n" in (here / "head.py").read_text()
    assert run("check", ".", "--no-cache").exit_code == 0
    snapshot = {p.name: p.read_bytes() for p in here.glob("*.py")}
    again = run("check", ".", "--add-noqa", "--no-cache")
    assert again.exit_code == 0 and "Added 0 noqa directives." in again.stderr
    assert {p.name: p.read_bytes() for p in here.glob("*.py")} == snapshot


def test_add_noqa_excludes_fixing(here):
    assert run("check", ".", "--add-noqa", "--rewrite").exit_code == 2


def test_unused_noqa_is_opt_in_and_its_fix_keeps_other_linters_codes(here):
    (here / "m.py").write_text(
        "import torch.nn.functional as F\n\n\n"
        "def g(x):\n"
        "    a = F.dropout(x, 0.5, training=False)  # noqa: E501, BN002\n"
        "    b = F.dropout(x, 0.5)  # noqa: BN002, BN0002\n"
        "    c = 1  # noqa: BN104\n"
        "    d = 2  # noqa\n"
        "    return a, b, c, d\n")
    assert run("check", "m.py", "--no-cache").exit_code == 0  # off by default
    r = run("check", "m.py", "--no-cache", "--extend-select", "BN800", "--output-format", "json")
    found = {(d["location"]["row"], d["message"].split("(")[1].split(")")[0]) for d in json.loads(r.output)}
    assert found == {(5, "unused: BN002"), (6, "unknown: BN0002"), (7, "unused: BN104")}
    fixed = run("check", "m.py", "--no-cache", "--extend-select", "BN800", "--fix")
    assert fixed.exit_code == 0, fixed.output
    assert (here / "m.py").read_text().splitlines()[4:8] == [
        "    a = F.dropout(x, 0.5, training=False)  # noqa: E501",
        "    b = F.dropout(x, 0.5)  # noqa: BN002",
        "    c = 1",
        "    d = 2  # noqa",
    ]


def test_unused_noqa_names_codes_that_are_not_enabled(here):
    (here / "m.py").write_text("x = 1  # noqa: BN203\n")
    r = run("check", "m.py", "--no-cache", "--select", "BN800")
    assert "(not enabled: BN203)" in r.output


def test_rule_all_prints_every_document(here):
    text = run("rule", "--all").output
    for code, doc in catalogue.load().items():
        assert f"# {code} {doc.name}\n" in text
    data = json.loads(run("rule", "--all", "--output-format", "json").output)
    assert [d["code"] for d in data] == list(catalogue.load())
    assert all(d["explanation"].startswith(f"# {d['code']}") for d in data)
    assert run("rule").exit_code == 2


def test_clean_removes_the_caches_and_only_them(here, monkeypatch):
    monkeypatch.delenv("BNLINT_CACHE_DIR")
    (here / "sub").mkdir()
    (here / "sub" / "head.py").write_text(HEAD)
    (here / "sub" / "pyproject.toml").write_text("[tool.bnlint]\n")
    run("check", "sub")
    assert (here / "sub" / ".bnlint_cache").is_dir()
    elsewhere = here / "shared"
    run("check", "sub", "--cache-dir", str(elsewhere))
    (here / "keep").mkdir()
    (here / "keep" / "notes.txt").write_text("mine")
    r = run("clean", "--cache-dir", str(elsewhere))
    assert r.exit_code == 0
    assert not (here / "sub" / ".bnlint_cache").exists() and not elsewhere.exists()
    assert run("clean", "--cache-dir", str(here / "keep")).exit_code == 0
    assert (here / "keep" / "notes.txt").read_text() == "mine"
    assert "No cache to remove." in run("clean").stderr
