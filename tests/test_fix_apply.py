"""Applying fixes: overlap handling, byte-for-byte preservation outside edits, atomic writes."""

from __future__ import annotations

import os
import stat

import pytest
from click.testing import CliRunner

from bnlint.cli import main
from bnlint.diagnostic import Applicability, Edit, Fix, Position
from bnlint.fix.apply import apply_fixes
from bnlint.fix.write import ChangedOnDisk, atomic_write, digest


def fix_of(*edits):
    return Fix(tuple(Edit(Position(*s), Position(*e), c) for s, e, c in edits), Applicability.SAFE)


def test_non_overlapping_fixes_are_all_applied():
    text = "abc\ndef\n"
    new, applied = apply_fixes(text, [fix_of(((2, 1), (2, 2), "D")), fix_of(((1, 1), (1, 1), ">"))])
    assert new == ">abc\nDef\n" and len(applied) == 2


def test_overlapping_fix_is_left_for_the_next_pass():
    text = "abcdef\n"
    first, second = fix_of(((1, 2), (1, 5), "X")), fix_of(((1, 4), (1, 6), "Y"))
    new, applied = apply_fixes(text, [second, first])
    assert new == "aXef\n" and applied == [first]


def test_two_inserts_at_one_point_conflict():
    text = "ab\n"
    a, b = fix_of(((1, 2), (1, 2), "1")), fix_of(((1, 2), (1, 2), "2"))
    new, applied = apply_fixes(text, [a, b])
    assert new in ("a1b\n", "a2b\n") and len(applied) == 1


def test_fix_with_several_edits_is_all_or_nothing():
    text = "0123456789\n"
    multi = fix_of(((1, 1), (1, 2), "A"), ((1, 9), (1, 10), "B"))
    blocker = fix_of(((1, 8), (1, 10), "Z"))
    new, applied = apply_fixes(text, [blocker, multi])
    assert applied == [multi] or applied == [blocker]
    assert new in ("A1234567B9\n", "0123456Z9\n")


BUG_LINES = [
    "import torch.nn as nn",
    "import torch.nn.functional as F",
    "",
    "",
    "class Tête(nn.Module):  # café",
    "\tdef forward(self, x):",
    "\t\t# 注释 stays",
    "\t\treturn F.dropout(x, 0.5)  # ünïcode",
    "",
]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
@pytest.mark.parametrize("bom", [b"", b"\xef\xbb\xbf"])
def test_rewrite_keeps_bytes_outside_the_edit(tmp_path, newline, bom):
    p = tmp_path / "m.py"
    original = bom + newline.join(BUG_LINES).encode("utf-8")
    p.write_bytes(original)
    r = CliRunner().invoke(main, ["check", str(p), "--rewrite"])
    assert r.exit_code == 0, r.output
    expected = original.replace(b"F.dropout(x, 0.5)", b"F.dropout(x, 0.5, training=self.training)")
    assert p.read_bytes() == expected


def test_rewrite_keeps_the_file_mode(tmp_path):
    p = tmp_path / "m.py"
    p.write_text("\n".join(BUG_LINES))
    p.chmod(0o751)
    CliRunner().invoke(main, ["check", str(p), "--rewrite"])
    assert stat.S_IMODE(p.stat().st_mode) == 0o751
    assert "training=self.training" in p.read_text()
    assert [f for f in os.listdir(tmp_path) if f != "m.py"] == []  # no temp file left


def test_atomic_write_refuses_when_the_file_changed_since_it_was_read(tmp_path):
    p = tmp_path / "m.py"
    p.write_bytes(b"old")
    seen = digest(b"old")
    p.write_bytes(b"edited by someone else")
    with pytest.raises(ChangedOnDisk):
        atomic_write(str(p), b"new", seen)
    assert p.read_bytes() == b"edited by someone else"
    atomic_write(str(p), b"new", digest(b"edited by someone else"))
    assert p.read_bytes() == b"new"


def test_rewrite_through_a_symlink_keeps_the_link(tmp_path):
    real = tmp_path / "real.py"
    real.write_text("\n".join(BUG_LINES))
    link = tmp_path / "link.py"
    link.symlink_to(real)
    CliRunner().invoke(main, ["check", str(link), "--rewrite"])
    assert link.is_symlink() and "training=self.training" in real.read_text()


# ------------------------------------------------------------------ --rewrite end to end: what can go wrong
def _rewrite_json(*args):
    import json

    r = CliRunner().invoke(main, ["check", "--rewrite", "--no-cache", "--output-format", "json", *map(str, args)])
    assert not isinstance(r.exception, Exception), r.output
    return r, json.loads(r.output)


def test_rewrite_never_overwrites_a_file_edited_meanwhile(tmp_path, monkeypatch):
    from bnlint.source import process

    p = tmp_path / "m.py"
    p.write_text("\n".join(BUG_LINES))
    real = process.fix_until_stable

    def editor_saves_meanwhile(*args, **kwargs):
        p.write_text("# the user's newer version\n")
        return real(*args, **kwargs)

    monkeypatch.setattr(process, "fix_until_stable", editor_saves_meanwhile)
    r, data = _rewrite_json(p)
    assert p.read_text() == "# the user's newer version\n"
    assert r.exit_code == 1
    failed = [d for d in data if d["code"] == "BN903"]
    assert len(failed) == 1 and "changed on disk since it was read" in failed[0]["message"]


def _with_fix(monkeypatch, make_edit):
    """Make BN002's findings carry the given edit instead of their own fix."""
    from dataclasses import replace

    from bnlint.source.rules import bn002_functional_dropout as bn002

    real = bn002.FunctionalDropoutAlwaysOn.check

    def check(self, ctx):
        for d in real(self, ctx):
            yield replace(d, fix=Fix((make_edit(ctx, d),), Applicability.SAFE, "test fix"))

    monkeypatch.setattr(bn002.FunctionalDropoutAlwaysOn, "check", check)


def test_a_fix_that_breaks_the_file_is_dropped_and_names_its_rule(tmp_path, monkeypatch):
    _with_fix(monkeypatch, lambda ctx, d: Edit(d.start, d.end, "F.dropout((x"))
    p = tmp_path / "m.py"
    original = "\n".join(BUG_LINES).encode()
    p.write_bytes(original)
    r, data = _rewrite_json(p)
    assert p.read_bytes() == original
    failed = [d for d in data if d["code"] == "BN903"]
    assert len(failed) == 1 and "the fix of BN002 produced invalid Python" in failed[0]["message"]
    assert any(d["code"] == "BN002" for d in data)  # the finding itself is still reported
    assert r.exit_code == 1


def test_fixes_that_never_settle_stop_after_a_bound_and_say_so(tmp_path, monkeypatch):
    from bnlint.fix.apply import MAX_PASSES

    # Each pass adds a comment and the finding stays: a fix that never converges.
    _with_fix(monkeypatch, lambda ctx, d: Edit(Position(1, 1), Position(1, 1), "# again" + ctx.newline))
    p = tmp_path / "m.py"
    p.write_text("\n".join(BUG_LINES))
    r, data = _rewrite_json(p)
    failed = [d for d in data if d["code"] == "BN903"]
    assert len(failed) == 1 and f"did not settle after {MAX_PASSES} passes" in failed[0]["message"]
    assert "# again" not in p.read_text()  # bounded, and nothing written (issue 18, item 3)
    assert r.exit_code == 1


def test_atomic_write_syncs_the_data_before_the_rename(tmp_path, monkeypatch):
    events = []
    real_fsync, real_replace = os.fsync, os.replace
    monkeypatch.setattr(os, "fsync", lambda fd: (events.append("fsync"), real_fsync(fd))[1])
    monkeypatch.setattr(os, "replace", lambda a, b: (events.append("replace"), real_replace(a, b))[1])
    p = tmp_path / "m.py"
    p.write_bytes(b"old")
    atomic_write(str(p), b"new", digest(b"old"))
    assert p.read_bytes() == b"new"
    assert events[:2] == ["fsync", "replace"]  # file data durable first, then the rename (then the folder)


def test_a_failed_write_leaves_the_original_and_no_temporary_file(tmp_path, monkeypatch):
    p = tmp_path / "m.py"
    original = "\n".join(BUG_LINES)
    p.write_text(original)

    def disk_full(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", disk_full)
    r, data = _rewrite_json(p)
    assert p.read_text() == original
    assert sorted(os.listdir(tmp_path)) == ["m.py"]
    failed = [d for d in data if d["code"] == "BN903"]
    assert len(failed) == 1
    assert "No space left on device" in failed[0]["message"] and "unchanged" in failed[0]["message"]


def test_second_rewrite_changes_nothing(tmp_path):
    p = tmp_path / "m.py"
    p.write_text("\n".join(BUG_LINES))
    _rewrite_json(p)
    once = p.read_bytes()
    r, data = _rewrite_json(p)
    assert p.read_bytes() == once and data == [] and r.exit_code == 0


def test_lines_a_fix_adds_take_the_file_s_line_ending(tmp_path):
    # The Uout fix adds an import line; in a CRLF file it must end in CRLF too, and the BOM stays.
    lines = ["import torch.nn as nn", "", "", "def build():", "    return nn.Sequential(", "        nn.Linear(4, 4),",
             "        nn.Dropout(0.5),", "        nn.BatchNorm1d(4),", "    )", ""]
    p = tmp_path / "m.py"
    p.write_bytes(b"\xef\xbb\xbf" + "\r\n".join(lines).encode())
    r = CliRunner().invoke(main, ["check", str(p), "--rewrite", "--unsafe-fixes", "--strategy", "uout", "--no-cache"])
    data = p.read_bytes()
    assert b"Uout" in data, r.output
    assert data.startswith(b"\xef\xbb\xbf") and b"\n" not in data.replace(b"\r\n", b"")


FIXABLE = ("import torch.nn as nn\nimport torch.nn.functional as F\n\n\n"
           "class M(nn.Module):\n    def forward(self, x):\n        return F.dropout(x, 0.5)\n")


@pytest.mark.parametrize("extra,loaded", [((), False), (("--diff",), True), (("--rewrite",), True)])
def test_libcst_is_loaded_only_to_apply_or_show_fixes(tmp_path, extra, loaded):
    """`bnlint check` keeps its speed: the syntax tree libcst builds is only needed to change the file."""
    import subprocess
    import sys

    path = tmp_path / "m.py"
    path.write_text(FIXABLE)
    probe = ("import sys\nfrom bnlint.cli import main\n"
             f"try:\n    main([\"check\", \"--no-cache\", *{list(extra)!r}, {str(path)!r}])\n"
             "except SystemExit:\n    pass\n"
             "print('LIBCST', 'libcst' in sys.modules)\n")
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=120).stdout
    assert f"LIBCST {loaded}" in out, out


def test_every_catalogue_example_fixed_twice_changes_nothing():
    """--rewrite twice in a row: the second run finds nothing more to do, for every rule's bad examples."""
    from bnlint import catalogue
    from helpers import fix

    for doc in catalogue.load().values():
        if "source" not in doc.tiers:
            continue
        for example in doc.examples:
            if example.kind != "bad":
                continue
            options = {k: v for k, v in example.options if k not in ("tier", "id", "fix")}
            once = fix(example.unmarked(), select=[doc.code], **options)
            assert fix(once, select=[doc.code], **options) == once, f"{doc.path}:{example.doc_line}"
