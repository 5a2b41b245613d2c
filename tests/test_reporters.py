"""SARIF 2.1.0 as GitHub code scanning reads it, and the shared JSON shape."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from bnlint import catalogue
from bnlint.cli import main

SRC = """\
import torch.nn as nn
import torch.nn.functional as F


class M(nn.Module):
    def forward(self, x):
        return F.dropout(x, 0.5)
"""


def sarif_for(tmp_path, monkeypatch):
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "m.py").write_text(SRC)
    (tmp_path / "src" / "bad.py").write_text("import torch.nn.functional as F\ndef (:\n    return F.dropout(x)\n")
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["check", "src", "--output-format", "sarif"])
    assert r.exit_code == 1
    return json.loads(r.output)


def test_sarif_log_structure(tmp_path, monkeypatch):
    log = sarif_for(tmp_path, monkeypatch)
    assert log["version"] == "2.1.0" and "sarif-2.1.0" in log["$schema"]
    (run,) = log["runs"]
    driver = run["tool"]["driver"]
    assert driver["name"] == "bnlint" and re.fullmatch(r"\d+\.\d+\.\d+", driver["version"])
    ids = [r["id"] for r in driver["rules"]]
    assert len(ids) == len(set(ids)), "rule ids are unique"
    assert set(catalogue.load()) <= set(ids)
    for rule in driver["rules"]:
        assert rule["shortDescription"]["text"] and rule["help"]["text"]
        assert rule["defaultConfiguration"]["level"] in ("none", "note", "warning", "error")


def test_sarif_rule_help_comes_from_the_catalogue(tmp_path, monkeypatch):
    log = sarif_for(tmp_path, monkeypatch)
    rules = {r["id"]: r for r in log["runs"][0]["tool"]["driver"]["rules"]}
    doc = catalogue.get("BN002")
    assert rules["BN002"]["help"]["markdown"] == doc.text
    assert rules["BN002"]["name"] == doc.name


def test_sarif_results_locations_and_fixes(tmp_path, monkeypatch):
    log = sarif_for(tmp_path, monkeypatch)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = {r["ruleId"]: r for r in run["results"]}
    assert set(results) == {"BN002", "BN901"}
    for res in run["results"]:
        assert rules[res["ruleIndex"]]["id"] == res["ruleId"]
        assert res["level"] in ("note", "warning", "error") and res["message"]["text"]
        loc = res["locations"][0]["physicalLocation"]
        assert not loc["artifactLocation"]["uri"].startswith("/"), "URIs relative to the repository root"
        assert loc["region"]["startLine"] >= 1 and loc["region"]["startColumn"] >= 1
    bn002 = results["BN002"]
    assert bn002["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == "src/m.py"
    assert bn002["locations"][0]["physicalLocation"]["region"]["startLine"] == 7
    change = bn002["fixes"][0]["artifactChanges"][0]
    assert change["replacements"][0]["insertedContent"]["text"] == ", training=self.training"
    region = change["replacements"][0]["deletedRegion"]
    assert region["startLine"] == region["endLine"] == 7 and region["startColumn"] == region["endColumn"]
    assert results["BN901"]["level"] == "error"
    assert run["originalUriBaseIds"]["%SRCROOT%"]["uri"] == Path(tmp_path).resolve().as_uri() + "/"


def test_sarif_with_no_findings_is_still_a_valid_log(tmp_path, monkeypatch):
    (tmp_path / "ok.py").write_text("x = 1\n")
    monkeypatch.chdir(tmp_path)
    r = CliRunner().invoke(main, ["check", ".", "--output-format", "sarif"])
    assert r.exit_code == 0
    assert json.loads(r.output)["runs"][0]["results"] == []


def test_github_format_escapes_newlines_and_commas_in_properties(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a,b.py").write_text(SRC)
    r = CliRunner().invoke(main, ["check", "a,b.py", "--output-format", "github"])
    assert r.output.startswith("::warning file=a%2Cb.py,line=7,")


def _text_summary(run_kwargs):
    import io

    from bnlint.report import Run
    from bnlint.report.text import report

    out = io.StringIO()
    report(Run(**run_kwargs), out)
    return out.getvalue()


def test_text_summary_counts_hidden_unsafe_fixes_in_plain_english():
    assert "1 more fix available with `--unsafe-fixes`" in _text_summary(dict(diagnostics=[], unsafe_hidden=1))
    assert "3 more fixes available with `--unsafe-fixes`" in _text_summary(dict(diagnostics=[], unsafe_hidden=3))


def test_text_summary_names_the_models_only_when_the_graph_tier_ran():
    assert "All checks passed! (2 files checked)" in _text_summary(dict(diagnostics=[], files=2))
    assert "(0 files and 1 model checked)" in _text_summary(dict(diagnostics=[], files=0, models=1))


def test_the_readme_output_formats_section_names_every_format():
    """README's "Output formats" names each format `bnlint check --output-format` takes (read from its --help)."""
    help_text = CliRunner().invoke(main, ["check", "--help"], terminal_width=400).output
    formats = re.search(r"--output-format \[([a-z|]+)\]", help_text).group(1).split("|")
    assert len(formats) == 10 and "pylint" in formats
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Output formats", 1)[1].split("\n## ", 1)[0]
    named = set(re.findall(r"^- `([a-z]+)`", section, re.M)) | set(re.findall(r"\(also `([a-z]+)`", section))
    assert named == set(formats)
