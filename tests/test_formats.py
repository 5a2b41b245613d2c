"""The report formats of issue 15 (item 4), each read back by what consumes it: JUnit XML by junitparser (the
library CI plugins use) and by ElementTree, GitLab Code Quality's documented fields, pylint's parseable line,
ruff's concise / full / grouped text; --statistics in every format; BNLINT_OUTPUT_FORMAT; --sarif-file."""

from __future__ import annotations

import json
import re
import textwrap
from xml.etree import ElementTree as ET

import pytest
from click.testing import CliRunner

from bnlint.cli import main

MODEL = textwrap.dedent("""\
    import torch.nn as nn
    import torch.nn.functional as F


    class Head(nn.Module):
        def forward(self, x):
            return F.dropout(x, 0.5)


    def g(x):
        return F.dropout(x, 0.5)
""")
OTHER = "import torch.nn.functional as F\n\n\ndef h(x):\n    return F.dropout(x, 0.2)\n"


@pytest.fixture
def tree(tmp_path, monkeypatch):
    (tmp_path / "pkg").mkdir()
    (tmp_path / "pkg" / "model.py").write_text(MODEL)
    (tmp_path / "pkg" / "other.py").write_text(OTHER)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def check(*args, env=None):
    return CliRunner().invoke(main, ["check", "pkg", "--no-cache", *args], env=env)


def test_concise_is_the_text_format(tree):
    assert check("--output-format", "concise").output == check().output


def test_full_shows_the_source_underlined_and_the_fix(tree):
    out = check("--output-format", "full").output
    block = out.split("\n\n")[0].splitlines()
    assert block[0].startswith("pkg/model.py:7:16: BN002 [*] ")
    assert "7 |         return F.dropout(x, 0.5)" in block
    caret = next(line for line in block if "^" in line)
    assert caret.index("^") == block[block.index("7 |         return F.dropout(x, 0.5)")].index("F.dropout")
    assert caret.endswith("^ BN002")
    assert any(line.startswith("  = help: ") for line in block)
    assert "Found 3 findings" in out


def test_grouped_lists_findings_under_their_file(tree):
    lines = check("--output-format", "grouped").output.splitlines()
    assert lines[0] == "pkg/model.py:"
    assert re.match(r"  7:16 +BN002 \[\*\] ", lines[1])
    assert re.match(r"  11:12 +BN002 ", lines[2])
    assert "pkg/other.py:" in lines


def test_pylint_lines_have_pylint_shape(tree):
    lines = check("--output-format", "pylint").output.splitlines()
    assert len(lines) == 3
    for line in lines:  # pylint's parseable format: path:line: [id] message
        assert re.fullmatch(r"[^:]+:\d+: \[BN\d{3}\] \S.*", line), line
    assert lines[0].startswith("pkg/model.py:7: [BN002] ")


def test_junit_is_read_by_a_junit_consumer(tree, tmp_path):
    junitparser = pytest.importorskip("junitparser")
    out = tmp_path / "junit.xml"
    assert check("--output-format", "junit", "-o", str(out)).exit_code == 1
    xml = junitparser.JUnitXml.fromfile(str(out))
    suites = {suite.name: suite for suite in xml}
    assert set(suites) == {"pkg/model.py", "pkg/other.py"}
    cases = list(suites["pkg/model.py"])
    assert [case.name for case in cases] == ["bnlint.BN002", "bnlint.BN002"]
    assert all(not case.is_passed and isinstance(case.result[0], junitparser.Failure) for case in cases)
    assert cases[0].result[0].type == "BN002"
    assert "training=" in cases[0].result[0].message
    root = ET.parse(out).getroot()  # the totals agree with the cases
    assert root.tag == "testsuites" and root.get("tests") == root.get("failures") == "3"
    for suite in root:
        assert int(suite.get("tests")) == len(suite.findall("testcase")) == int(suite.get("failures"))
        for case in suite:
            assert case.get("line").isdigit() and case.get("file") == suite.get("name")


def test_junit_without_findings_is_one_passing_case(tree, tmp_path):
    (tree / "pkg" / "model.py").write_text("x = 1\n")
    (tree / "pkg" / "other.py").write_text("y = 2\n")
    root = ET.fromstring(check("--output-format", "junit").output)
    assert root.get("failures") == "0"
    (case,) = root.iter("testcase")
    assert list(case) == []


def test_gitlab_code_quality_fields(tree):
    result = check("--output-format", "gitlab")
    issues = json.loads(result.output)
    assert len(issues) == 3
    for issue in issues:  # GitLab's required fields and their types
        assert set(issue) >= {"description", "check_name", "fingerprint", "severity", "location"}
        assert issue["severity"] in {"info", "minor", "major", "critical", "blocker"}
        assert isinstance(issue["description"], str) and issue["check_name"].startswith("BN002 ")
        assert re.fullmatch(r"[0-9a-f]{32}", issue["fingerprint"])
        assert not issue["location"]["path"].startswith("/")  # relative to the repository
        assert isinstance(issue["location"]["lines"]["begin"], int)
    assert len({i["fingerprint"] for i in issues}) == 3
    # fingerprints do not move with the lines
    (tree / "pkg" / "model.py").write_text("\n\n" + MODEL)
    again = json.loads(check("--output-format", "gitlab").output)
    assert {i["fingerprint"] for i in again} == {i["fingerprint"] for i in issues}


UNSAFE_ONLY = textwrap.dedent("""\
    import torch.nn as nn


    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.body = nn.Sequential(nn.Conv2d(3, 8, 3), nn.Dropout(0.5), nn.BatchNorm2d(8))

        def forward(self, x):
            return self.body(x)
""")


def test_statistics_mark_only_what_the_given_flags_fix(tree):
    (tree / "pkg" / "net.py").write_text(UNSAFE_ONLY)
    rows = {line.split("\t")[1]: line for line in check("--statistics").output.splitlines()}
    assert "[ ]" in rows["BN001"]  # its fix is unsafe: --rewrite alone does not apply it
    assert "[*]" in rows["BN002"]
    rows = {line.split("\t")[1]: line for line in check("--statistics", "--unsafe-fixes").output.splitlines()}
    assert "[*]" in rows["BN001"]
    stats = {s["code"]: s for s in json.loads(check("--statistics", "--output-format", "json").output)}
    assert stats["BN001"]["fixable"] is False and stats["BN002"]["fixable"] is True


@pytest.mark.parametrize("fmt", ["github", "sarif", "junit", "gitlab", "pylint", "full", "grouped"])
def test_statistics_work_with_every_format(tree, fmt):
    out = check("--statistics", "--output-format", fmt).output
    assert out.splitlines() == check("--statistics").output.splitlines()
    assert out.split("\t")[1] == "BN002"


def test_output_format_from_the_environment(tree):
    r = check(env={"BNLINT_OUTPUT_FORMAT": "pylint"})
    assert r.output.startswith("pkg/model.py:7: [BN002] ")
    assert check("--output-format", "text", env={"BNLINT_OUTPUT_FORMAT": "pylint"}).output.startswith("pkg/model.py:7:16:")


def test_github_annotations_and_sarif_in_one_run(tree, tmp_path):
    sarif = tmp_path / "out" / "bnlint.sarif"
    sarif.parent.mkdir()
    r = check("--output-format", "github", "--sarif-file", str(sarif))
    assert r.exit_code == 1
    assert r.output.count("::warning file=pkg/model.py,") == 2
    log = json.loads(sarif.read_text())
    assert len(log["runs"][0]["results"]) == 3
