"""Issue 18, item 6: --rewrite keeps the file what it was (owner, group, mode, its hard links) or refuses,
and leaves read-only files alone unless --force-rewrite."""

from __future__ import annotations

import json
import os
import stat

import pytest
from click.testing import CliRunner

from bnlint.cli import main

BUG = "import torch.nn as nn\n\nmodel = nn.Linear(2, 2)\nmodel.eval\n"
FIXED_LINE = "model.eval()"


def rewrite(*args):
    r = CliRunner().invoke(main, ["check", "--rewrite", "--no-cache", "--output-format", "json", *map(str, args)])
    assert not isinstance(r.exception, Exception) or isinstance(r.exception, SystemExit), repr(r.exception)
    return r, json.loads(r.stdout) if r.stdout.startswith("[") else None


def bn903(data):
    return [d["message"] for d in data if d["code"] == "BN903"]


@pytest.fixture
def bug(tmp_path):
    p = tmp_path / "m.py"
    p.write_text(BUG)
    return p


def test_the_fix_is_applied_here(bug):
    r, data = rewrite(bug)
    assert FIXED_LINE in bug.read_text() and bn903(data) == []


@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="giving a file to another user needs root")
def test_rewrite_as_root_keeps_owner_group_and_mode(bug):
    os.chown(bug, 4321, 4322)
    os.chmod(bug, 0o640)
    r, data = rewrite(bug)
    st = os.stat(bug)
    assert FIXED_LINE in bug.read_text()
    assert (st.st_uid, st.st_gid, stat.S_IMODE(st.st_mode)) == (4321, 4322, 0o640)


def test_an_owner_that_cannot_be_kept_is_refused(bug, monkeypatch):
    from bnlint.fix import write

    real_stat = os.stat

    def stat_of_someone_else(path, *args, **kwargs):  # the file belongs to another user
        st = real_stat(path, *args, **kwargs)
        if os.path.basename(str(path)) == "m.py":
            return os.stat_result((st.st_mode, st.st_ino, st.st_dev, st.st_nlink, st.st_uid + 4321, st.st_gid,
                                   st.st_size, st.st_atime, st.st_mtime, st.st_ctime))
        return st

    def not_allowed(*args, **kwargs):
        raise PermissionError(1, "Operation not permitted")

    monkeypatch.setattr(write.os, "stat", stat_of_someone_else)
    monkeypatch.setattr(write.os, "chown", not_allowed)
    r, data = rewrite(bug)
    assert bug.read_text() == BUG
    [msg] = bn903(data)
    assert "owned by" in msg and "left unchanged" in msg
    assert r.exit_code == 1
    assert sorted(p.name for p in bug.parent.iterdir()) == ["m.py"]


def test_a_hard_linked_file_is_not_split(bug, tmp_path):
    other = tmp_path / "other.py"
    os.link(bug, other)
    r, data = rewrite(bug)
    assert bug.read_text() == BUG and other.read_text() == BUG
    assert os.stat(bug).st_ino == os.stat(other).st_ino
    [msg] = bn903(data)
    assert "2 hard links" in msg and "left unchanged" in msg


@pytest.mark.parametrize("mode", [0o444, 0o400, 0o555])
def test_a_read_only_file_is_left_alone_unless_forced(bug, mode):
    os.chmod(bug, mode)
    r, data = rewrite(bug)
    assert bug.read_text() == BUG
    [msg] = bn903(data)
    assert "read-only" in msg and "--force-rewrite" in msg
    assert r.exit_code == 1
    r, data = rewrite(bug, "--force-rewrite")
    assert FIXED_LINE in bug.read_text() and bn903(data) == []
    assert stat.S_IMODE(os.stat(bug).st_mode) == mode


def test_force_rewrite_needs_rewrite(bug):
    r = CliRunner().invoke(main, ["check", "--force-rewrite", str(bug)])
    assert r.exit_code == 2 and "--force-rewrite goes with --rewrite" in r.output
