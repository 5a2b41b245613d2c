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


# Model code, so that the rules analyse (and parse) the files below; see the syntax-check tests for the rest.
MODEL_CODE = "import torch.nn.functional as F\ny = F.dropout(x, training=False)\n"


def test_each_bad_file_gets_one_diagnostic_and_the_rest_is_checked(tmp_path):
    (tmp_path / "ok.py").write_text(GOOD_BUG)
    (tmp_path / "syntax.py").write_text("def f(:\n    pass\n" + MODEL_CODE)
    (tmp_path / "py2.py").write_text("import torch\nmodel.eval()\nprint 'hello'\n")
    (tmp_path / "latin1.py").write_bytes(b"x = '\xe9t\xe9'\n")
    (tmp_path / "binary.py").write_bytes(b"\x7fELF\x00\x00\x01")
    (tmp_path / "broken.py").symlink_to(tmp_path / "gone.py")
    (tmp_path / "deep.py").write_text(MODEL_CODE + "x = " + "(" * 300 + "1" + ")" * 300 + "\n")
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


BROKEN = {"plain.py": "def f(:\n    pass\n", "py2.py": "print 'hello'\n", "conflict.py": "<<<<<<< HEAD\nx = 1\n"}


def test_a_file_no_rule_analyses_is_not_parsed_by_default(tmp_path):
    """Nothing in these files is anything a rule looks for (no dropout, eval, no_grad ...): their text is
    read and decoded, not parsed, so their syntax errors are left to Python and ruff."""
    for name, text in BROKEN.items():
        (tmp_path / name).write_text(text)
    (tmp_path / "ok.py").write_text(GOOD_BUG)
    r, data = check_json(tmp_path)
    assert r.exit_code == 1
    assert [(os.path.basename(d["filename"]), d["code"]) for d in data] == [("ok.py", "BN002")]


@pytest.mark.parametrize("how", [["--syntax-check", "all"], "config"])
def test_syntax_check_all_reports_every_unparsable_file(tmp_path, how):
    for name, text in BROKEN.items():
        (tmp_path / name).write_text(text)
    extra = how
    if how == "config":
        (tmp_path / "pyproject.toml").write_text('[tool.bnlint]\nsyntax-check = "all"\n')
        extra = []
    r, data = check_json(tmp_path, extra=extra)
    assert r.exit_code == 1
    assert sorted((os.path.basename(d["filename"]), d["code"]) for d in data) == [
        ("conflict.py", "BN901"), ("plain.py", "BN901"), ("py2.py", "BN901")]
    assert "Python 2" in by_name(data)["py2.py"]["message"]


def test_a_bad_syntax_check_value_is_a_config_error(tmp_path):
    (tmp_path / "pyproject.toml").write_text('[tool.bnlint]\nsyntax-check = "some"\n')
    (tmp_path / "ok.py").write_text(GOOD_BUG)
    r = CliRunner().invoke(main, ["check", str(tmp_path)])
    assert r.exit_code == 2
    assert "[tool.bnlint] syntax-check: expected one of analysed, all, got 'some'" in r.output


def test_declared_encoding_is_honoured(tmp_path):
    (tmp_path / "latin1.py").write_bytes(b"# -*- coding: latin-1 -*-\nx = '\xe9'\n" + GOOD_BUG.encode())
    r, data = check_json(tmp_path)
    assert [d["code"] for d in data] == ["BN002"]


def test_unreadable_file(tmp_path, monkeypatch):
    p = tmp_path / "secret.py"
    p.write_text(GOOD_BUG)
    (tmp_path / "other.py").write_text(GOOD_BUG)
    if os.geteuid() == 0:  # root reads anything: inject the error the open would raise
        real_open = os.open

        def deny(path, *a, **k):
            if str(path) == str(p):
                raise PermissionError(13, "Permission denied")
            return real_open(path, *a, **k)

        monkeypatch.setattr(os, "open", deny)
    else:
        p.chmod(0)
    r, data = check_json(tmp_path, extra=["--no-cache"])
    found = by_name(data)
    assert r.exit_code == 1
    assert found["secret.py"]["code"] == "BN900" and "permission denied" in found["secret.py"]["message"]
    assert found["other.py"]["code"] == "BN002"


def test_other_read_errors_name_the_reason(tmp_path, monkeypatch):
    p = tmp_path / "flaky.py"
    p.write_text(GOOD_BUG)
    real_open = os.open

    def io_error(path, *a, **k):
        if str(path) == str(p):
            raise OSError(5, "Input/output error")
        return real_open(path, *a, **k)

    monkeypatch.setattr(os, "open", io_error)
    r, data = check_json(p, extra=["--no-cache"])
    assert r.exit_code == 1 and data[0]["code"] == "BN900" and "Input/output error" in data[0]["message"]


def test_a_symlink_loop_between_files_is_reported_not_crashed_on(tmp_path):
    (tmp_path / "a.py").symlink_to(tmp_path / "b.py")
    (tmp_path / "b.py").symlink_to(tmp_path / "a.py")
    (tmp_path / "ok.py").write_text(GOOD_BUG)
    for fmt in ("text", "sarif", "github"):  # every reporter copes with the unresolvable path
        r = CliRunner().invoke(main, ["check", str(tmp_path), "--no-cache", "--output-format", fmt])
        assert r.exit_code == 1 and not isinstance(r.exception, Exception), (fmt, r.output, r.exception)
    r, data = check_json(tmp_path, extra=["--no-cache"])
    found = by_name(data)
    assert found["a.py"]["code"] == found["b.py"]["code"] == "BN900"
    assert "symbolic link loop" in found["a.py"]["message"]
    assert found["ok.py"]["code"] == "BN002"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are POSIX")
def test_a_named_pipe_is_reported_instead_of_hanging_the_run(tmp_path):
    os.mkfifo(tmp_path / "pipe.py")  # reading it would block until a writer came
    (tmp_path / "ok.py").write_text(GOOD_BUG)
    r, data = check_json(tmp_path, extra=["--no-cache"])
    found = by_name(data)
    assert r.exit_code == 1
    assert found["pipe.py"]["code"] == "BN900" and "not a regular file" in found["pipe.py"]["message"]
    assert found["ok.py"]["code"] == "BN002"


@pytest.mark.skipif(sys.platform == "darwin", reason="macOS file systems refuse names that are not UTF-8")
def test_a_file_name_that_is_not_utf8_is_shown_not_crashed_on(tmp_path):
    os.close(os.open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.py"), os.O_WRONLY | os.O_CREAT))
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.py"), "w") as f:
        f.write(GOOD_BUG)
    for fmt in ("text", "github", "sarif", "json"):
        r = CliRunner().invoke(main, ["check", str(tmp_path), "--no-cache", "--output-format", fmt])
        assert r.exit_code == 1 and not isinstance(r.exception, Exception), (fmt, r.output, r.exception)
        assert "BN002" in r.output
    assert "caf\ufffd.py:2:1: BN002" in CliRunner().invoke(main, ["check", str(tmp_path), "--no-cache"]).output


def test_old_mac_line_endings_and_a_lone_bom(tmp_path):
    (tmp_path / "cr.py").write_bytes(GOOD_BUG.replace("\n", "\r").encode())
    (tmp_path / "bom.py").write_bytes(b"\xef\xbb\xbf")
    r, data = check_json(tmp_path, extra=["--no-cache"])
    assert [(os.path.basename(d["filename"]), d["code"], d["location"]["row"]) for d in data] == [("cr.py", "BN002", 2)]


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


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="this Python parses PEP 695 syntax")
def test_syntax_newer_than_this_python_says_so(tmp_path):
    (tmp_path / "generic.py").write_text("def first[T](items: list[T]) -> T:\n    return items[0]\n")
    (tmp_path / "alias.py").write_text("type Vector = list[float]\n")
    (tmp_path / "plain.py").write_text("def f(:\n    pass\n")
    r, data = check_json(tmp_path, extra=["--syntax-check", "all"])
    assert r.exit_code == 1
    found = by_name(data)
    for name in ("generic.py", "alias.py"):
        assert found[name]["code"] == "BN901" and "Python 3.12+ syntax" in found[name]["message"], found[name]
    assert "3.12" not in found["plain.py"]["message"]
