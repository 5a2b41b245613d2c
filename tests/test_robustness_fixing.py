"""Issue 18, items 2, 3 and part of 10: a fix that cannot be applied writes nothing, says so (in --diff too),
and a rule that crashes does not stop the other rules' fixes."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from bnlint.cli import main
from bnlint.diagnostic import Edit, Position
from bnlint.fix.apply import MAX_PASSES

from test_fix_apply import _with_fix  # BN002's findings carry a given edit instead of their own fix

BUG = ("import torch.nn as nn\nimport torch.nn.functional as F\n\n\n"
       "class M(nn.Module):\n    def forward(self, x):\n        return F.dropout(x, 0.5)\n")
FIXED = BUG.replace("F.dropout(x, 0.5)", "F.dropout(x, 0.5, training=self.training)")


def run(*args):
    r = CliRunner().invoke(main, ["check", "--no-cache", *map(str, args)])
    assert not isinstance(r.exception, Exception) or isinstance(r.exception, SystemExit), r.exception
    return r


def rewrite_json(path):
    r = run("--rewrite", "--output-format", "json", path)
    return r, json.loads(r.stdout)


# ------------------------------------------------------------------ item 2: compile, not only parse
@pytest.mark.parametrize("replace_call,added", [
    ("F.dropout(x, training=self.training, training=True)", ""),  # a repeated keyword (ast.parse takes it)
    (None, "return x\n"),  # at module level: parses, does not compile
    (None, "nonlocal x\n"),
    (None, "await x\n"),
])
def test_a_fix_whose_result_does_not_compile_writes_nothing(tmp_path, monkeypatch, replace_call, added):
    def edit(ctx, d):
        if replace_call:
            return Edit(d.start, d.end, replace_call)
        end = Position(d.end.line + 1, 1)
        return Edit(end, end, added)

    _with_fix(monkeypatch, edit)
    p = tmp_path / "m.py"
    p.write_text(BUG)
    r, data = rewrite_json(p)
    assert p.read_text() == BUG
    [failed] = [d for d in data if d["code"] == "BN903"]
    assert "the fix of BN002 produced invalid Python" in failed["message"]
    assert r.exit_code == 1


def test_a_file_that_does_not_compile_as_it_is_is_not_blamed_on_a_fix(tmp_path):
    p = tmp_path / "m.py"
    text = BUG + "return 1\n"  # parses; Python refuses to run it
    p.write_text(text)
    r, data = rewrite_json(p)
    assert p.read_text() == text
    [failed] = [d for d in data if d["code"] == "BN903"]
    assert "does not compile as it is" in failed["message"] and "'return' outside function" in failed["message"]


def test_compile_warnings_of_the_fixed_file_are_not_printed(tmp_path, recwarn):
    p = tmp_path / "m.py"
    p.write_text(BUG + "y = 1 is 1\nz = '\\d'\n")
    r = run("--rewrite", p)
    assert "Warning" not in r.stderr + r.stdout
    assert "training=self.training" in p.read_text()


# ------------------------------------------------------------------ item 3: no partial result when fixes do not settle
def test_fixes_that_do_not_settle_write_nothing_and_a_second_run_adds_nothing(tmp_path, monkeypatch):
    _with_fix(monkeypatch, lambda ctx, d: Edit(Position(1, 1), Position(1, 1), "# again" + ctx.newline))
    p = tmp_path / "m.py"
    p.write_text(BUG)
    for _ in range(2):
        r, data = rewrite_json(p)
        assert p.read_text() == BUG
        [failed] = [d for d in data if d["code"] == "BN903"]
        assert f"did not settle after {MAX_PASSES} passes" in failed["message"] and "unchanged" in failed["message"]
        assert r.exit_code == 1
    assert sorted(x.name for x in tmp_path.iterdir()) == ["m.py"]


# ------------------------------------------------------------------ item 10: --diff does not hide a rejected fix
@pytest.mark.parametrize("make_edit,why", [
    (lambda ctx, d: Edit(Position(1, 1), Position(1, 1), "# again" + ctx.newline), "did not settle"),
    (lambda ctx, d: Edit(d.start, d.end, "F.dropout((x"), "produced invalid Python"),
])
def test_diff_shows_a_rejected_fix(tmp_path, monkeypatch, make_edit, why):
    _with_fix(monkeypatch, make_edit)
    p = tmp_path / "m.py"
    p.write_text(BUG)
    r = run("--diff", p)
    assert r.stdout == ""
    assert "BN903" in r.stderr and why in r.stderr
    assert "No fixes to apply" not in r.stderr
    assert r.exit_code == 1
    assert p.read_text() == BUG


def test_diff_with_nothing_to_fix_still_exits_zero(tmp_path):
    p = tmp_path / "m.py"
    p.write_text("x = 1\n")
    r = run("--diff", p)
    assert r.exit_code == 0 and "No fixes to apply" in r.stderr


# ------------------------------------------------------------------ item 10: a crashing rule does not block other fixes
@pytest.mark.parametrize("error", [RecursionError("deep"), ValueError("boom")])
def test_a_rule_that_crashes_does_not_block_the_other_rules_fixes(tmp_path, monkeypatch, error):
    from bnlint.source.rules import bn105_training_flag_assignment as bn105

    rule = next(v for v in vars(bn105).values() if isinstance(v, type) and getattr(v, "code", None) == "BN105")

    def crash(self, ctx):
        raise error

    monkeypatch.setattr(rule, "check", crash)
    monkeypatch.setattr(rule, "may_apply", classmethod(lambda cls, text: True))
    p = tmp_path / "m.py"
    p.write_text(BUG)
    r, data = rewrite_json(p)
    assert p.read_text() == FIXED
    assert [d["code"] for d in data] == ["BN902"]
