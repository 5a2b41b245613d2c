"""bnlint's SARIF and GitLab Code Quality reports checked by what consumes them (issue 15, item 4), on varied inputs
through the command line: findings with safe and unsafe fixes, related locations in another file, a notebook, no
findings, files that cannot be read or parsed, odd paths, files outside the current folder, `--sarif-file` beside
`--output-format github`, and the repository's examples/.

SARIF: every log must pass the OASIS SARIF 2.1.0 schema (jsonschema) and Microsoft's SARIF Multitool with the SARIF
spec's rules and GitHub code scanning's ingestion rules (`--rule-kind Sarif;Gh`), errors and warnings
(tests/consumers.py fetches the pinned multitool). All logs go through one multitool call.

GitLab Code Quality: no schema is published; GITLAB_CODE_QUALITY below writes down the documented format, and the
tests check what GitLab's parser does that a schema cannot say."""

from __future__ import annotations

import contextlib
import json
import os
import re
import textwrap
from collections import Counter
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner

import consumers  # tests/ is on sys.path (conftest.py)
from bnlint.cli import main

REPO = Path(__file__).resolve().parent.parent

# --- inputs ---------------------------------------------------------------------------------------------------------

FIXES = textwrap.dedent("""\
    import torch.nn as nn
    import torch.nn.functional as F


    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.body = nn.Sequential(nn.Conv2d(3, 8, 3), nn.Dropout(0.5), nn.BatchNorm2d(8))

        def forward(self, x):
            return F.dropout(self.body(x), 0.5)
""")
# the same finding (same code and message) twice in one file
REPEATS = textwrap.dedent("""\
    import torch.nn.functional as F


    def f(x):
        return F.dropout(x, 0.5)


    def g(x):
        return F.dropout(x, 0.5)
""")
MODEL = textwrap.dedent("""\
    import torch
    import torch.nn as nn


    class Net(nn.Module):
        def __init__(self):
            super().__init__()
            self.drop = nn.Dropout(0.5)

        def forward(self, x):
            return self.drop(x)


    def predict(model, x):
        with torch.no_grad():
            return model(x)
""")
INFER = textwrap.dedent("""\
    import torch
    from model import Net

    model = Net()
    x = torch.randn(2, 4)
    with torch.no_grad():
        model(x)
""")
# BN101 here, its forward pass (a related location) in model.py
EVALUATE = textwrap.dedent("""\
    import torch
    from model import Net, predict

    model = Net()
    print(predict(model, torch.randn(2, 4)))
""")


def _cell(kind, source, count=None):
    cell = {"cell_type": kind, "metadata": {}, "source": textwrap.dedent(source).splitlines(keepends=True)}
    if kind == "code":
        cell.update(execution_count=count, outputs=[])
    return cell


NOTEBOOK = json.dumps({
    "cells": [
        _cell("markdown", "# A model\n"),
        _cell("code", """\
            import torch
            import torch.nn as nn
            import torch.nn.functional as F


            class Net(nn.Module):
                def __init__(self):
                    super().__init__()
                    self.body = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8))

                def forward(self, x):
                    return F.dropout(self.body(x), 0.5)""", 1),
        _cell("code", """\
            model = Net()
            with torch.no_grad():
                model(torch.randn(2, 4))""", 2),
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
    "nbformat": 4, "nbformat_minor": 5,
}, indent=1) + "\n"


def _write(root: Path, files: dict) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")


# name -> (folder to run in, relative to the case's root; files; bnlint check arguments)
CASES = {
    "fixes": (".", {"src/net.py": FIXES, "src/repeats.py": REPEATS, "src/again.py": REPEATS}, ["src"]),
    "cross_file": (".", {"proj/model.py": MODEL, "proj/infer.py": INFER, "proj/evaluate.py": EVALUATE}, ["proj"]),
    "notebook": (".", {"nb.ipynb": NOTEBOOK}, ["nb.ipynb"]),
    "clean": (".", {"ok.py": "import torch.nn as nn\n\nlayer = nn.Linear(2, 2)\n"}, ["."]),
    "unreadable": (".", {
        "bad.py": "import torch.nn.functional as F\ndef (:\n    return F.dropout(x)\n",  # BN901
        "latin1.py": "# caf\xe9\nimport torch.nn.functional as F\n".encode("latin-1"),  # BN900
        "broken.ipynb": '{"cells": [',  # BN904
        "good.py": REPEATS,
    }, ["."]),
    "odd_paths": ("wörk dir", {"wörk dir/src/dir ü/mödel ü.py": FIXES, "wörk dir/src/100% #1, [x].py": REPEATS},
                  ["src"]),
    "outside": ("here", {"lib/net.py": FIXES, "lib/dir ü/m ö.py": REPEATS, "here/ok.py": "x = 1\n"},
                ["../lib", "ok.py"]),
    "examples": (None, {}, ["examples"]),
}
GITHUB_SARIF_FILE = "github_sarif_file"  # the fixes case again, as `--output-format github --sarif-file`


@contextlib.contextmanager
def _inside(folder: Path):
    before = os.getcwd()
    os.chdir(folder)
    try:
        yield
    finally:
        os.chdir(before)


def _check(args):
    env = {"BNLINT_OUTPUT_FORMAT": None, "NO_COLOR": "1"}
    r = CliRunner().invoke(main, ["check", "--no-cache", *args], env=env, catch_exceptions=False)
    assert r.exit_code in (0, 1), (r.exit_code, r.output)
    return r


class Outputs:
    def __init__(self):
        self.sarif = {}  # case -> the log's path
        self.gitlab = {}  # case -> stdout bytes
        self.where = {}  # case -> the folder bnlint ran in


@pytest.fixture(scope="module")
def outputs(tmp_path_factory) -> Outputs:
    out = Outputs()
    logs = tmp_path_factory.mktemp("logs")
    for name, (cwd, files, args) in CASES.items():
        if cwd is None:
            folder = REPO
        else:
            root = tmp_path_factory.mktemp(name)
            _write(root, files)
            folder = root / cwd
            folder.mkdir(exist_ok=True)
        out.where[name] = folder
        with _inside(folder):
            sarif = _check([*args, "--output-format", "sarif"])
            (logs / f"{name}.sarif").write_bytes(sarif.stdout_bytes)
            out.sarif[name] = logs / f"{name}.sarif"
            out.gitlab[name] = _check([*args, "--output-format", "gitlab"]).stdout_bytes
            if name == "fixes":
                target = logs / f"{GITHUB_SARIF_FILE}.sarif"
                github = _check([*args, "--output-format", "github", "--sarif-file", str(target)])
                assert github.output.startswith("::"), github.output
                out.sarif[GITHUB_SARIF_FILE] = target
    return out


SARIF_CASES = [*CASES, GITHUB_SARIF_FILE]


def _log(outputs, case):
    return json.loads(outputs.sarif[case].read_bytes().decode("utf-8"))


def _results(outputs, case):
    return _log(outputs, case)["runs"][0]["results"]


# --- logs broken on purpose: the validators must see what is wrong -------------------------------------------------

def _artifact(log, result):
    return log["runs"][0]["results"][result]["locations"][0]["physicalLocation"]["artifactLocation"]


def _break_absolute_with_base(log):
    _artifact(log, 0).update(uri="file:///elsewhere/net.py", uriBaseId="%SRCROOT%")


def _break_no_locations(log):
    log["runs"][0]["results"][1]["locations"] = []


def _break_rule_without_description(log):
    del log["runs"][0]["tool"]["driver"]["rules"][0]["shortDescription"]


def _break_line_zero(log):
    log["runs"][0]["results"][2]["locations"][0]["physicalLocation"]["region"]["startLine"] = 0


def _break_unencoded_uri(log):
    _artifact(log, 3)["uri"] = "src/a b.py"


# name -> (how to break the fixes log, where, the multitool rule expected there, whether the schema rejects it). The
# breaks the schema allows share one log for the multitool (each at its own place); a schema error stops the
# multitool's other rules on a log, so those go alone; the schema alone sees the unencoded URI.
BROKEN = {
    "absolute_with_base": (_break_absolute_with_base, "runs[0].results[0].locations[0]", "SARIF1004", False),
    "no_locations": (_break_no_locations, "runs[0].results[1]", "GH1015", False),
    "rule_without_description": (_break_rule_without_description, "runs[0].tool.driver.rules[0]", "GH2012", False),
    "line_zero": (_break_line_zero, "runs[0].results[2].locations[0]", "JSON1008", True),
    "unencoded_uri": (_break_unencoded_uri, None, None, True),
}


@pytest.fixture(scope="module")
def validation(outputs, tmp_path_factory):
    """The multitool's verdict on every log, good and broken, from one call."""
    folder = tmp_path_factory.mktemp("broken")
    paths = dict(outputs.sarif)
    together = _log(outputs, "fixes")
    for name, (breaks, _, rule, schema_error) in BROKEN.items():
        if rule and schema_error:
            alone = _log(outputs, "fixes")
            breaks(alone)
            paths[f"broken:{name}"] = folder / f"{name}.sarif"
            paths[f"broken:{name}"].write_text(json.dumps(alone), encoding="utf-8")
        elif rule:
            breaks(together)
            paths[f"broken:{name}"] = folder / "together.sarif"
    (folder / "together.sarif").write_text(json.dumps(together), encoding="utf-8")
    found = consumers.validate_sarif_files(set(paths.values()))
    return {name: found[path] for name, path in paths.items()}


# --- SARIF ----------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("case", SARIF_CASES)
def test_sarif_log_matches_the_sarif_2_1_0_schema(outputs, case):
    assert consumers.sarif_schema_errors(_log(outputs, case)) == []


@pytest.mark.parametrize("case", SARIF_CASES)
def test_sarif_log_passes_the_multitool_with_github_ingestion_rules(validation, case):
    assert validation[case] == []


@pytest.mark.parametrize("name", BROKEN)
def test_the_sarif_consumers_reject_broken_logs(outputs, validation, name):
    """Not vacuous: a log broken in one place fails the multitool there (with the rule expected) and / or the
    schema."""
    breaks, where, rule, schema_error = BROKEN[name]
    if rule:
        problems = validation[f"broken:{name}"]
        assert all(level in ("error", "warning") for _, level, _ in problems)
        assert any(rule_id == rule and text.startswith(where) for rule_id, _, text in problems), problems
    log = _log(outputs, "fixes")
    breaks(log)
    assert bool(consumers.sarif_schema_errors(log)) is schema_error


def test_the_sarif_logs_hold_the_shapes_they_are_meant_to(outputs):
    """The inputs give what they are for: otherwise the validations above prove less than they say."""
    def uri(loc):
        return loc["physicalLocation"]["artifactLocation"]["uri"]

    fixes = _results(outputs, "fixes")
    applicability = Counter((r["ruleId"], r.get("properties", {}).get("fixApplicability")) for r in fixes)
    assert applicability[("BN001", "unsafe")] >= 1 and applicability[("BN002", "safe")] >= 1
    fixed = [r for r in fixes if "fixApplicability" in r.get("properties", {})]
    assert fixed and all(r["fixes"][0]["artifactChanges"][0]["replacements"] for r in fixed)

    crossing = [(r, rel) for r in _results(outputs, "cross_file") for rel in r.get("relatedLocations", [])
                if uri(rel) != uri(r["locations"][0])]
    assert crossing and uri(crossing[0][1]) == "proj/model.py" and crossing[0][0]["ruleId"] == "BN101"

    notebook = _results(outputs, "notebook")
    assert {"BN002", "BN101"} <= {r["ruleId"] for r in notebook}
    in_cell_2 = next(r for r in notebook if r["ruleId"] == "BN002")
    assert in_cell_2["properties"]["cell"] == 2 and in_cell_2["message"]["text"].startswith("cell 2: ")
    assert uri(in_cell_2["locations"][0]) == "nb.ipynb"

    assert _results(outputs, "clean") == []
    unreadable = {(r["ruleId"], uri(r["locations"][0])) for r in _results(outputs, "unreadable")}
    assert {("BN901", "bad.py"), ("BN900", "latin1.py"), ("BN904", "broken.ipynb")} <= unreadable
    assert ("BN002", "good.py") in unreadable

    odd = {uri(r["locations"][0]) for r in _results(outputs, "odd_paths")}
    assert odd == {"src/dir%20%C3%BC/m%C3%B6del%20%C3%BC.py", "src/100%25%20%231%2C%20%5Bx%5D.py"}
    base = _log(outputs, "odd_paths")["runs"][0]["originalUriBaseIds"]["%SRCROOT%"]["uri"]
    assert base == outputs.where["odd_paths"].resolve().as_uri() + "/" and "w%C3%B6rk%20dir" in base

    outside = [loc["physicalLocation"]["artifactLocation"] for r in _results(outputs, "outside")
               for loc in r["locations"] + r.get("relatedLocations", [])]
    assert outside and all(a["uri"].startswith("file:///") and "uriBaseId" not in a for a in outside)

    assert _results(outputs, GITHUB_SARIF_FILE) == fixes
    examples = Counter(r["ruleId"] for r in _results(outputs, "examples"))
    assert len(examples) >= 5 and sum(examples.values()) >= 10


# --- GitLab Code Quality --------------------------------------------------------------------------------------------

# The documented Code Quality report (GitLab's doc/ci/testing/code_quality.md): one JSON array of objects, each with
# the strings description, check_name and fingerprint, a severity of info / minor / major / critical / blocker, and
# a location whose path is a string and whose line is location.lines.begin or location.positions.begin.line, an
# integer; GitLab ignores other fields. Stricter than GitLab's own validator
# (gitlabhq app/validators/json_schemas/codeclimate.json, which requires description, fingerprint, severity and
# location, and types but does not limit them), which lib/gitlab/ci/parsers/codequality/code_climate.rb applies to
# each entry in turn, stopping the import at the first invalid one (`break unless valid_degradation?`);
# lib/gitlab/ci/reports/codequality_reports.rb keys the entries by fingerprint and ranks only the lowercase
# severities above.
_LINE = {"type": "integer", "minimum": 1}
GITLAB_CODE_QUALITY = {
    "$schema": "http://json-schema.org/draft-07/schema#",
    "type": "array",
    "items": {
        "type": "object",
        "required": ["description", "check_name", "fingerprint", "severity", "location"],
        "properties": {
            "description": {"type": "string", "minLength": 1},
            "check_name": {"type": "string", "minLength": 1},
            "fingerprint": {"type": "string", "minLength": 1},
            "severity": {"enum": ["info", "minor", "major", "critical", "blocker"]},
            "location": {
                "type": "object",
                "required": ["path"],
                "properties": {
                    "path": {"type": "string", "minLength": 1},
                    "lines": {"type": "object", "required": ["begin"],
                              "properties": {"begin": _LINE, "end": _LINE}},
                    "positions": {"type": "object", "required": ["begin"],
                                  "properties": {"begin": {"type": "object", "required": ["line"],
                                                           "properties": {"line": _LINE}}}},
                },
                "anyOf": [{"required": ["lines"]}, {"required": ["positions"]}],
            },
        },
    },
}
GITLAB_CASES = list(CASES)


def _gitlab(outputs, case):
    return json.loads(outputs.gitlab[case].decode("utf-8"))


def test_the_gitlab_schema_is_a_draft_07_schema_that_rejects_what_gitlab_would():
    validator = jsonschema.Draft7Validator
    validator.check_schema(GITLAB_CODE_QUALITY)
    good = {"description": "d", "check_name": "c", "fingerprint": "f", "severity": "minor",
            "location": {"path": "a.py", "lines": {"begin": 1}}}
    assert validator(GITLAB_CODE_QUALITY).is_valid([good])
    for bad in ({**good, "severity": "Minor"}, {**good, "fingerprint": 1}, {**good, "location": {"path": "a.py"}},
                {**good, "location": {"path": "a.py", "lines": {"begin": "1"}}}):
        assert not validator(GITLAB_CODE_QUALITY).is_valid([good, bad])
    assert not validator(GITLAB_CODE_QUALITY).is_valid(good)  # an object, not an array


@pytest.mark.parametrize("case", GITLAB_CASES)
def test_gitlab_report_matches_the_documented_format(outputs, case):
    errors = [f"{e.json_path}: {e.message}"
              for e in jsonschema.Draft7Validator(GITLAB_CODE_QUALITY).iter_errors(_gitlab(outputs, case))]
    assert errors == []


@pytest.mark.parametrize("case", GITLAB_CASES)
def test_gitlab_imports_every_finding(outputs, case):
    """What GitLab's parser does beyond the schema: a JSON array in UTF-8 without a BOM; one entry per finding, none
    lost to a shared fingerprint; paths it can link to the repository's files; lines from 1."""
    raw = outputs.gitlab[case]
    assert not raw.startswith(b"\xef\xbb\xbf") and raw.lstrip().startswith(b"[")
    issues = _gitlab(outputs, case)
    assert isinstance(issues, list)
    assert len(issues) == len(_results(outputs, case))
    fingerprints = [i["fingerprint"] for i in issues]
    assert len(set(fingerprints)) == len(fingerprints)
    for issue in issues:
        lines = issue["location"]["lines"]
        assert isinstance(lines["begin"], int) and 1 <= lines["begin"] <= lines["end"]
        assert issue["severity"] == issue["severity"].lower()
        path = issue["location"]["path"]
        if case == "outside":
            continue  # not below the current folder: no relative path to give
        assert not path.startswith(("/", "./", "../")) and "\\" not in path and "/../" not in path
        assert (outputs.where[case] / path).is_file(), path


def test_gitlab_fingerprints_apart_for_repeats_and_same_message_in_two_files(outputs):
    """GitLab keeps one entry per fingerprint: a finding repeated in a file, or the same message in two files, must
    not replace another."""
    issues = _gitlab(outputs, "fixes")
    repeats = Counter(i["description"] for i in issues if i["location"]["path"] == "src/repeats.py")
    assert list(repeats.values()) == [2]  # one message twice in one file
    again = {i["description"] for i in issues if i["location"]["path"] == "src/again.py"}
    assert again == set(repeats)  # and in another file
    assert len({i["fingerprint"] for i in issues}) == len(issues) == 6


def test_gitlab_paths_and_cells(outputs):
    odd = {i["location"]["path"] for i in _gitlab(outputs, "odd_paths")}
    assert odd == {"src/dir ü/mödel ü.py", "src/100% #1, [x].py"}  # the file's own name, not a URI
    notebook = _gitlab(outputs, "notebook")
    cells = {re.match(r"cell (\d+): (BN\d+) ", i["description"]).groups() for i in notebook}
    assert ("2", "BN002") in cells and all(i["location"]["path"] == "nb.ipynb" for i in notebook)
    assert {i["check_name"].split()[0] for i in _gitlab(outputs, "unreadable")} >= {"BN900", "BN901", "BN904"}
    assert _gitlab(outputs, "clean") == [] and outputs.gitlab["clean"].strip() == b"[]"


# --- the helper that fetches the multitool --------------------------------------------------------------------------

def _fake_package() -> bytes:
    import io
    import tarfile

    buffer = io.BytesIO()
    with tarfile.open(fileobj=buffer, mode="w:gz") as tar:
        for name, data in (("package/Sarif.Multitool", b"#!/bin/sh\n"), ("package/sarif-2.1.0.json", b"{}"),
                           ("package/README.md", b"not extracted")):
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return buffer.getvalue()


def test_the_multitool_cache_is_verified_extracted_once_and_race_safe(tmp_path, monkeypatch):
    package = _fake_package()
    monkeypatch.setenv("BNLINT_TEST_TOOLS", str(tmp_path))
    monkeypatch.setattr(consumers, "MULTITOOL_INTEGRITY", consumers._integrity(package))
    fetch = consumers.multitool_dir.__wrapped__
    downloads = []

    def download():  # another process finishes its copy while this one downloads
        downloads.append(1)
        if len(downloads) == 1:
            fetch()
        return package

    monkeypatch.setattr(consumers, "_download", download)
    folder = fetch()
    assert folder == tmp_path / f"sarif-multitool-{consumers.MULTITOOL_VERSION}" and len(downloads) == 2
    assert sorted(p.name for p in folder.iterdir()) == ["Sarif.Multitool", "sarif-2.1.0.json"]
    assert os.access(folder / "Sarif.Multitool", os.X_OK)
    assert [p.name for p in tmp_path.iterdir()] == [folder.name]  # no staging folder left behind
    assert fetch() == folder and len(downloads) == 2  # cached: no third download


def test_a_download_that_does_not_match_the_pinned_integrity_fails(tmp_path, monkeypatch):
    monkeypatch.setenv("BNLINT_TEST_TOOLS", str(tmp_path))
    monkeypatch.setattr(consumers, "_download", _fake_package)
    with pytest.raises(AssertionError, match="pinned integrity"):
        consumers.multitool_dir.__wrapped__()
    assert list(tmp_path.iterdir()) == []


def test_an_unreachable_registry_skips(tmp_path, monkeypatch):
    monkeypatch.setenv("BNLINT_TEST_TOOLS", str(tmp_path))
    monkeypatch.setattr(consumers, "MULTITOOL_URL", "http://127.0.0.1:9/sarif-multitool-linux.tgz")
    with pytest.raises(pytest.skip.Exception, match="cannot reach the npm registry"):
        consumers.multitool_dir.__wrapped__()
