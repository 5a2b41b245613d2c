"""examples/projects: every bug marked `# <- BNxxx` in the multi-file projects is reported on its line, through
the files it spans, and nothing else is (the `*_fixed.py` twins give nothing)."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from bnlint.cli import main

PROJECTS = Path(__file__).resolve().parent.parent / "examples" / "projects"
MARK = re.compile(r"#\s*<-\s*(BN\d{3})")


def marked(root: Path):
    return sorted((str(p.relative_to(root)), i, code)
                  for p in root.rglob("*.py")
                  for i, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                  for code in MARK.findall(line))


@pytest.mark.parametrize("name", ["classifier", "segmenter"])
def test_every_seeded_cross_file_bug_is_found_and_nothing_else(name):
    root = PROJECTS / name
    r = CliRunner().invoke(main, ["check", str(root), "--no-cache", "--output-format", "json"])
    assert r.exit_code == 1, r.output
    found = sorted((str(Path(d["filename"]).resolve().relative_to(root)), d["location"]["row"], d["code"])
                   for d in json.loads(r.output))
    expected = marked(root)
    assert expected and found == expected
    assert not any("_fixed" in path for path, _, _ in found)


def test_each_bug_crosses_a_file():
    """The projects test what one file alone cannot show: each script with a bug, checked with its imports
    unresolvable (copied alone into an empty folder), reports none of them."""
    for path, _, _ in marked(PROJECTS):
        text = (PROJECTS / path).read_text(encoding="utf-8")
        if "import" not in text:
            continue
        r = CliRunner().invoke(main, ["check", "-", "--stdin-filename", f"/nonexistent/{Path(path).name}",
                                      "--no-cache", "--output-format", "json"], input=text)
        assert json.loads(r.output) == [], path
