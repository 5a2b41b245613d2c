"""Issue 18, items 8 and 9: a damaged cache is rebuilt, never fatal; numbers in the configuration are finite."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from bnlint.cache import FORMAT
from bnlint.cli import main
from bnlint.config import ConfigError, Overrides, build_settings, read_config

BUG = "import torch.nn.functional as F\ny = F.dropout(x)\n"


def run(*args):
    r = CliRunner().invoke(main, ["check", "--output-format", "json", *map(str, args)])
    assert not isinstance(r.exception, Exception) or isinstance(r.exception, SystemExit), repr(r.exception)
    return r


# ------------------------------------------------------------------ item 8: the cache
DAMAGE = {
    "deep JSON": b"[" * 200_000 + b"]" * 200_000,
    "deep object": b'{"a":' * 100_000 + b"1" + b"}" * 100_000,
    "garbage": bytes(range(256)) * 40,
    "not UTF-8": b'{"\xff": 1}',
    "a list": b"[1, 2, 3]",
    "wrong entry shapes": None,  # filled per file below: entries of the right key with the wrong shape
    "truncated": b'{"a": ["x", [',
}


def _shards(cache: Path):
    return sorted((cache / f"v{FORMAT}").glob("shard-*.json"))


@pytest.mark.parametrize("kind", list(DAMAGE))
def test_a_damaged_cache_is_dropped_and_rebuilt(tmp_path, kind):
    cache = tmp_path / "cache"
    src = tmp_path / "src"
    src.mkdir()
    for i in range(20):
        (src / f"m{i}.py").write_text(BUG)
    first = run(src, "--cache-dir", cache)
    assert first.exit_code == 1
    shards = _shards(cache)
    assert shards
    for shard in shards:
        if DAMAGE[kind] is None:
            data = json.loads(shard.read_text())
            bad = [[], "x", {"k": 1}, ["key"], [None, None, None], ["key", [{"code": ["deep"] * 3}], {}],
                   ["key", [], {"/x.py": ["not a hash"]}]]
            shard.write_text(json.dumps({path: bad[i % len(bad)] for i, path in enumerate(data)}))
        else:
            shard.write_bytes(DAMAGE[kind])
    for _ in range(2):  # the damaged run, then a run from the cache it rebuilt
        again = run(src, "--cache-dir", cache)
        assert again.exit_code == 1 and "Traceback" not in again.output
        assert json.loads(again.stdout) == json.loads(first.stdout)
    for shard in _shards(cache):
        data = json.loads(shard.read_text())
        assert all(isinstance(e, list) and len(e) == 3 and isinstance(e[2], dict) for e in data.values())


def test_a_cache_entry_with_the_right_key_and_wrong_fields_is_a_miss(tmp_path):
    from bnlint.cache import Cache

    cache = Cache(tmp_path)
    path = str(tmp_path / "m.py")
    good = {"code": "BN002", "name": "n", "message": "m", "filename": path, "location": {"row": 1, "column": 1},
            "end_location": {"row": 1, "column": 2}}
    for bad in ({**good, "message": ["not", "text"]}, {**good, "location": {"row": "1", "column": 1}},
                {**good, "fix": {"applicability": "safe", "edits": [{"content": 1, "location": {"row": 1, "column": 1},
                                                                     "end_location": {"row": 1, "column": 1}}]}},
                {**good, "related": [{"filename": 1, "location": {"row": 1, "column": 1}, "message": "x"}]}):
        cache._shards = {}
        cache._updates = {}
        from bnlint.cache import _shard_of

        import os

        cache._shards[_shard_of(os.path.abspath(path))] = {os.path.abspath(path): ["k", [bad], {}]}
        assert cache.get(path, "k") is None
    cache._shards[_shard_of(os.path.abspath(path))] = {os.path.abspath(path): ["k", [good], {}]}
    assert [d.code for d in cache.get(path, "k")] == ["BN002"]


# ------------------------------------------------------------------ item 9: numbers in the configuration
@pytest.mark.parametrize("key,value,needle", [
    ("uout-beta", "nan", "beta must be a number in (0, 1]"),
    ("uout-beta", "inf", "beta must be a number in (0, 1]"),
    ("uout-beta", "-inf", "beta must be a number in (0, 1]"),
    ("uout-beta", "-0.5", "positive number"),
    ("uout-beta", "0", "positive number"),
    ("uout-beta", "1.5", "beta must be in (0, 1]"),
    ("trace-timeout", "nan", "positive number"),
    ("trace-timeout", "inf", "finite positive number"),
])
def test_numbers_that_are_not_finite_or_in_range_are_config_errors(tmp_path, key, value, needle):
    cfg = tmp_path / "pyproject.toml"
    cfg.write_text(f"[tool.bnlint]\n{key} = {value}\n")
    (tmp_path / "a.py").write_text(BUG)
    r = CliRunner().invoke(main, ["check", str(tmp_path / "a.py"), "--rewrite", "--unsafe-fixes", "--strategy", "uout"])
    assert r.exit_code == 2, r.output
    assert str(cfg) in r.output and key in r.output and needle in r.output
    assert "Traceback" not in r.output
    assert (tmp_path / "a.py").read_text() == BUG
    with pytest.raises(ConfigError, match="finite|positive|in \\(0, 1\\]"):
        read_config(cfg)


@pytest.mark.parametrize("overrides", [dict(uout_beta=float("nan")), dict(uout_beta=-1.0),
                                       dict(trace_timeout=float("nan")), dict(trace_timeout=float("inf"))])
def test_the_python_api_s_numbers_are_checked_too(overrides):
    with pytest.raises(ConfigError):
        build_settings(None, Overrides(**overrides))


def test_trace_timeout_nan_on_the_command_line_is_a_usage_error(tmp_path):
    (tmp_path / "a.py").write_text("x = 1\n")
    r = CliRunner().invoke(main, ["check", str(tmp_path / "a.py"), "--trace-timeout", "nan"])
    assert r.exit_code == 2 and "Traceback" not in r.output and "trace-timeout" in r.output
