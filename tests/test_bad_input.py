"""Files that cannot be read or parsed give one clear diagnostic each; the run goes on."""

from __future__ import annotations

import json
import os
import sys

import pytest
from click.testing import CliRunner

from bnlint.cli import main

GOOD_BUG = "import torch.nn.functional as F\nF.dropout(x)\n"


def check_json(*paths, extra=()):
    r = CliRunner().invoke(main, ["check", "--output-format", "json", *extra, *map(str, paths)])
    return r, json.loads(r.output)


def by_name(data):
    return {os.path.basename(d["filename"]): d for d in data}


def test_each_bad_file_gets_one_diagnostic_and_the_rest_is_checked(tmp_path):
    (tmp_path / "ok.py").write_text(GOOD_BUG)
    (tmp_path / "syntax.py").write_text("def f(:\n    pass\n")
    (tmp_path / "py2.py").write_text("print 'hello'\n")
    (tmp_path / "latin1.py").write_bytes(b"x = '\xe9t\xe9'\n")
    (tmp_path / "binary.py").write_bytes(b"\x7fELF\x00\x00\x01")
    (tmp_path / "broken.py").symlink_to(tmp_path / "gone.py")
    (tmp_path / "deep.py").write_text("x = " + "(" * 300 + "1" + ")" * 300 + "\n")
    r, data = check_json(tmp_path)
    assert r.exit_code == 1
    found = by_name(data)
    assert found["ok.py"]["code"] == "BN002"
    assert found["syntax.py"]["code"] == "BN901" and found["syntax.py"]["location"]["row"] == 1
    assert found["py2.py"]["code"] == "BN901" and "Python 2" in found["py2.py"]["message"]
    assert found["latin1.py"]["code"] == "BN900" and "UTF-8" in found["latin1.py"]["message"]
    assert found["binary.py"]["code"] == "BN900" and "binary" in found["binary.py"]["message"]
    assert found["broken.py"]["code"] == "BN900" and "broken symbolic link" in found["broken.py"]["message"]
    assert found["deep.py"]["code"] == "BN901" and "nested" in found["deep.py"]["message"]
    assert len(data) == 7


def test_declared_encoding_is_honoured(tmp_path):
    (tmp_path / "latin1.py").write_bytes(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n" + GOOD_BUG.encode())
    r, data = check_json(tmp_path)
    assert [d["code"] for d in data] == ["BN002"]


def test_unreadable_file(tmp_path, monkeypatch):
    p = tmp_path / "secret.py"
    p.write_text(GOOD_BUG)
    if os.geteuid() == 0:  # root reads anything: simulate the permission error
        from bnlint.source import runner

        real_open = open

        def deny(path, *a, **k):
            if str(path) == str(p):
                raise PermissionError(13, "Permission denied")
            return real_open(path, *a, **k)

        monkeypatch.setattr(runner, "open", deny, raising=False)
    else:
        p.chmod(0)
    r, data = check_json(tmp_path)
    assert data[0]["code"] == "BN900" and "permission denied" in data[0]["message"]


def test_a_file_that_does_not_parse_is_never_written(tmp_path):
    p = tmp_path / "bad.py"
    content = "import torch.nn.functional as F\nF.dropout(x\n"
    p.write_text(content)
    r = CliRunner().invoke(main, ["check", str(p), "--rewrite", "--unsafe-fixes"])
    assert r.exit_code == 1
    assert p.read_text() == content


def test_empty_directory_and_empty_file(tmp_path):
    r = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert r.exit_code == 0 and "0 files checked" in r.output
    (tmp_path / "empty.py").write_text("")
    assert CliRunner().invoke(main, ["check", str(tmp_path)]).exit_code == 0


def test_symlink_loop_does_not_hang(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "loop").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "sub" / "a.py").write_text(GOOD_BUG)
    r, data = check_json(tmp_path)
    assert [d["code"] for d in data] == ["BN002"]


def test_a_crashing_rule_is_reported_and_the_run_goes_on(tmp_path, monkeypatch):
    from bnlint.source.rules import bn002_functional_dropout as bn002

    def boom(self, ctx):
        raise ZeroDivisionError("oops")
        yield  # pragma: no cover

    monkeypatch.setattr(bn002.FunctionalDropoutAlwaysOn, "check", boom)
    (tmp_path / "a.py").write_text(GOOD_BUG)
    (tmp_path / "b.py").write_text(GOOD_BUG)
    r, data = check_json(tmp_path)
    assert r.exit_code == 2
    assert [d["code"] for d in data] == ["BN902", "BN902"]
    assert "rule BN002 crashed" in data[0]["message"] and "ZeroDivisionError" in data[0]["message"]
