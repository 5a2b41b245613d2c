"""--force-exclude (config `force-exclude`), as ruff's: exclusions apply to files named on the command line too,
which is how pre-commit passes them; without it a file named explicitly is checked even if excluded."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from bnlint.cli import main

BUG = "import torch.nn.functional as F\n\n\ndef f(x):\n    return F.dropout(x, 0.5)\n"


@pytest.fixture
def tree(tmp_path, monkeypatch):
    (tmp_path / "third_party").mkdir()
    (tmp_path / "third_party" / "vendored.py").write_text(BUG)
    (tmp_path / "mine.py").write_text(BUG)
    (tmp_path / "pyproject.toml").write_text('[tool.bnlint]\nextend-exclude = ["third_party"]\n')
    monkeypatch.chdir(tmp_path)
    return tmp_path


def files(*args):
    r = CliRunner().invoke(main, ["check", "--no-cache", "--output-format", "json", *args])
    assert r.exit_code in (0, 1), r.output
    return sorted({d["filename"] for d in json.loads(r.output)})


def test_a_named_excluded_file_is_checked_unless_forced(tree):
    assert files("third_party/vendored.py", "mine.py") == ["mine.py", "third_party/vendored.py"]
    assert files("--force-exclude", "third_party/vendored.py", "mine.py") == ["mine.py"]
    assert files("--force-exclude", "third_party") == []


def test_the_config_key_and_its_command_line_negation(tree):
    (tree / "pyproject.toml").write_text('[tool.bnlint]\nextend-exclude = ["third_party"]\nforce-exclude = true\n')
    assert files("third_party/vendored.py", "mine.py") == ["mine.py"]
    assert files("--no-force-exclude", "third_party/vendored.py") == ["third_party/vendored.py"]


def test_a_bad_value_names_the_key(tree):
    (tree / "pyproject.toml").write_text('[tool.bnlint]\nforce-exclude = "yes"\n')
    r = CliRunner().invoke(main, ["check", "--no-cache", "mine.py"])
    assert r.exit_code == 2 and "force-exclude" in r.output
