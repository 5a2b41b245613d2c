"""[tool.bnlint] in pyproject.toml: discovery, every key, validation errors, command line precedence."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from bnlint.cli import main
from bnlint.config import ConfigError, read_config

BUGGY = "import torch.nn.functional as F\n\n\ndef f(x):\n    return F.dropout(x)\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text))
    return path


def check(*args):
    r = CliRunner().invoke(main, ["check", "--output-format", "json", *map(str, args)])
    return r, (json.loads(r.output) if r.exit_code in (0, 1) else None)


def test_nearest_pyproject_with_a_bnlint_table_applies(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.bnlint]\nignore = ['BN002']\n")
    write(tmp_path / "sub" / "pyproject.toml", "[project]\nname = 'x'\n")  # no [tool.bnlint]: keep looking up
    write(tmp_path / "sub" / "a.py", BUGGY)
    write(tmp_path / "other" / "pyproject.toml", "[tool.bnlint]\nselect = ['ALL']\n")
    write(tmp_path / "other" / "b.py", BUGGY)
    r, data = check(tmp_path)
    assert [Path(d["filename"]).name for d in data] == ["b.py"]


def test_the_config_of_a_linked_file_or_folder_is_its_targets(tmp_path):
    # the config is looked up from where the file really is: a link to a file (or into a folder) elsewhere takes
    # the config there, and a plain file beside the links keeps its own
    write(tmp_path / "quiet" / "pyproject.toml", "[tool.bnlint]\nignore = ['BN002']\n")
    write(tmp_path / "quiet" / "real.py", BUGGY)
    write(tmp_path / "loud" / "plain.py", BUGGY)
    (tmp_path / "loud" / "linked.py").symlink_to(tmp_path / "quiet" / "real.py")
    (tmp_path / "loud" / "inside").symlink_to(tmp_path / "quiet", target_is_directory=True)
    paths = [tmp_path / "loud" / "plain.py", tmp_path / "loud" / "linked.py", tmp_path / "loud" / "inside" / "real.py"]
    r, data = check(*paths)
    assert [Path(d["filename"]).name for d in data] == ["plain.py"]


def test_command_line_select_beats_the_file(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.bnlint]\nignore = ['BN002']\n")
    write(tmp_path / "a.py", BUGGY)
    assert check(tmp_path)[1] == []
    assert len(check(tmp_path, "--select", "BN002")[1]) == 1
    assert len(check(tmp_path, "--extend-select", "BN002")[1]) == 1


def test_per_file_ignores_with_globs(tmp_path):
    write(tmp_path / "pyproject.toml", """\
        [tool.bnlint]
        per-file-ignores = { "tests/**" = ["BN0"], "scripts/*.py" = ["BN002"] }
    """)
    write(tmp_path / "tests" / "deep" / "t.py", BUGGY)
    write(tmp_path / "scripts" / "s.py", BUGGY)
    write(tmp_path / "src" / "m.py", BUGGY)
    _, data = check(tmp_path)
    assert [Path(d["filename"]).parent.name for d in data] == ["src"]


def test_exclude_and_extend_exclude(tmp_path):
    write(tmp_path / "pyproject.toml", "[tool.bnlint]\nextend-exclude = ['third_party', 'gen/*.py']\n")
    write(tmp_path / "third_party" / "x.py", BUGGY)
    write(tmp_path / "gen" / "y.py", BUGGY)
    write(tmp_path / "build" / "z.py", BUGGY)  # default exclude still applies
    write(tmp_path / "ok" / "w.py", BUGGY)
    _, data = check(tmp_path)
    assert [Path(d["filename"]).name for d in data] == ["w.py"]
    # exclude replaces the defaults
    write(tmp_path / "pyproject.toml", "[tool.bnlint]\nexclude = ['ok']\n")
    _, data = check(tmp_path)
    assert sorted(Path(d["filename"]).name for d in data) == ["x.py", "y.py", "z.py"]


@pytest.mark.parametrize("body,needle", [
    ("selekt = ['BN002']", "unknown key"),
    ("per_file_ignores = {}", "did you mean 'per-file-ignores'"),
    ("select = 'BN002'", "expected a list of strings"),
    ("select = ['BN999']", "unknown rule code or prefix 'BN999'"),
    ("ignore = ['XYZ1']", "unknown rule code or prefix 'XYZ1'"),
    ("per-file-ignores = { 'a.py' = ['BN777'] }", "BN777"),
    ("dropout-fix = 'remove'", "expected one of move, uout"),
    ("uout-beta = 3", "beta must be in (0, 1]"),
    ("uout-beta = 'big'", "positive number"),
    ("uout-class = 'not a class'", "package.module:ClassName"),
    ("trace-timeout = -1", "positive number"),
    ("input-shape = [1, 0]", "positive integers"),
    ("models = { net = { spec = 1 } }", "models.net.spec"),
    ("models = { net = { spec = 'a:b', shape = [1] } }", "unknown key 'shape'"),
])
def test_bad_config_is_a_clear_error_naming_file_and_key(tmp_path, body, needle):
    cfg = write(tmp_path / "pyproject.toml", f"[tool.bnlint]\n{body}\n")
    write(tmp_path / "a.py", BUGGY)
    r, _ = check(tmp_path)
    assert r.exit_code == 2
    assert str(cfg) in r.output and needle in r.output, r.output
    assert "Traceback" not in r.output
    with pytest.raises(ConfigError):
        read_config(cfg)


def test_invalid_toml_names_the_file_and_line(tmp_path):
    cfg = write(tmp_path / "pyproject.toml", "[tool.bnlint]\nselect = ['a' 'b']\n")
    write(tmp_path / "a.py", BUGGY)
    r, _ = check(tmp_path)
    assert r.exit_code == 2 and str(cfg) in r.output and "line" in r.output


def test_valid_config_with_every_key_is_accepted(tmp_path):
    cfg = write(tmp_path / "pyproject.toml", """\
        [tool.bnlint]
        select = ["ALL"]
        extend-select = ["BN0"]
        ignore = []
        per-file-ignores = { "tests/*" = ["BN002"] }
        exclude = [".*", "build"]
        extend-exclude = ["vendor"]
        dropout-fix = "uout"
        uout-beta = 0.2
        uout-class = "mypkg.layers:MyUout"
        input-shape = [1, 3, 32, 32]
        trace-timeout = 30
        trace-memory = 4096

        [tool.bnlint.models.resnet]
        spec = "torchvision.models:resnet18"
        input-shape = [2, 3, 224, 224]
    """)
    values = read_config(cfg).values
    assert values["dropout-fix"] == "uout" and values["uout-beta"] == 0.2
    assert values["models"][0].name == "resnet" and values["models"][0].input_shape == (2, 3, 224, 224)


def test_explicit_config_option(tmp_path):
    cfg = write(tmp_path / "elsewhere" / "pyproject.toml", "[tool.bnlint]\nignore = ['BN002']\n")
    write(tmp_path / "a.py", BUGGY)
    assert len(check(tmp_path)[1]) == 1
    assert check(tmp_path, "--config", cfg)[1] == []


LEAKY = """import torch
import torch.nn as nn


class Noise(nn.Module):
    def forward(self, x):
        return x + torch.randn_like(x) * 0.1
"""


def test_a_rule_on_in_the_graph_tier_only_needs_selecting_in_the_source_tier(tmp_path):
    from bnlint.config import Overrides, Selection, build_settings

    path = write(tmp_path / "noise.py", LEAKY)
    _, plain = check(path)
    _, chosen = check(path, "--extend-select", "BN003")
    assert [d["code"] for d in plain] == [] and [d["code"] for d in chosen] == ["BN003"]
    settings = build_settings(None, Overrides())
    assert "BN003" not in settings.codes_for(str(path)) and "BN003" in settings.codes_for(str(path), "graph")
    ignored = build_settings(None, Overrides(selection=Selection(ignore=("BN003",))))
    assert "BN003" not in ignored.codes_for(str(path), "graph")
    r = CliRunner().invoke(main, ["rules"])
    assert any(line.startswith("BN003") and "graph only" in line for line in r.output.splitlines())
