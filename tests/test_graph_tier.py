"""The parent side of the graph tier without torch: planning, the events protocol, failure reports, merging,
command-line and configuration errors. (End-to-end runs with real children are in test_graph_cli.py.)"""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from click.testing import CliRunner

from bnlint.cli import main
from bnlint.config import ConfigError, read_config
from bnlint.diagnostic import Diagnostic, Position
from bnlint.engine import CheckOptions, SettingsResolver
from bnlint.graph import child as child_process, tier
from bnlint.graph.findings import make


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# ---------------------------------------------------------------------------- planning
def test_plan_imports_only_files_that_define_classes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "net.py", "import torch.nn as nn\n\n\nclass Net(nn.Module):\n    pass\n")
    write(tmp_path, "train.py", "import torch\nprint('training')\n")
    write(tmp_path, "skipped.py", "# bnlint: noqa\nclass Net(object):\n    pass\n")
    write(tmp_path, "broken.py", "class Net(nn.Module):\n    def forward(self x):\n        pass\n")
    tasks = tier.plan(["net.py", "train.py", "skipped.py", "broken.py"], SettingsResolver(CheckOptions()), [], True)
    assert [(t["kind"], t["display"]) for t in tasks] == [("file", "net.py")]
    assert tasks[0]["path"] == str(tmp_path / "net.py")
    assert tasks[0]["codes"] == ["BN001", "BN002", "BN003"]  # BN006 is off by default
    assert tasks[0]["timeout"] == 60.0


def test_plan_honours_selection_and_per_file_ignores(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "pyproject.toml", """\
        [tool.bnlint]
        extend-select = ["BN006"]
        per-file-ignores = { "legacy.py" = ["BN0"] }
        trace-timeout = 5
        trace-memory = 3000
        input-shape = [2, 3, 8, 8]
        """)
    write(tmp_path, "net.py", "class Net(Base):\n    pass\n")
    write(tmp_path, "legacy.py", "class Old(Base):\n    pass\n")
    tasks = tier.plan(["net.py", "legacy.py"], SettingsResolver(CheckOptions()), [], True)
    assert [t["display"] for t in tasks] == ["net.py"]  # nothing of the graph tier is left for legacy.py
    assert tasks[0]["codes"] == ["BN001", "BN002", "BN003", "BN006"]
    assert (tasks[0]["timeout"], tasks[0]["memory_mb"], tasks[0]["input_shape"]) == (5.0, 3000, (2, 3, 8, 8))


def test_plan_configured_and_command_line_models(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "pyproject.toml", """\
        [tool.bnlint]
        input-shape = "1,8"

        [tool.bnlint.models.small]
        spec = "nets.py:build(width=4)"
        input-shape = [4, 8]

        [tool.bnlint.models]
        plain = "pkg.nets:Plain"
        """)
    resolve = SettingsResolver(CheckOptions())
    tasks = tier.plan([], resolve, ["other.py:Net"], use_configured=True)
    by_name = {t["name"]: t for t in tasks}
    assert list(by_name) == ["small", "plain", "other.py:Net"]
    assert by_name["small"]["input_shape"] == (4, 8) and by_name["plain"]["input_shape"] == (1, 8)
    assert by_name["small"]["base"] == str(tmp_path)
    assert by_name["small"]["origin"] == [str(tmp_path / "pyproject.toml"), 4]  # its table's line
    assert by_name["plain"]["origin"][1] == 9
    assert by_name["other.py:Net"]["origin"] is None
    assert [t["name"] for t in tier.plan([], resolve, ["other.py:Net"], use_configured=False)] == ["other.py:Net"]


def test_bad_model_spec_is_a_config_error():
    with pytest.raises(ConfigError, match="--model: model spec 'x:y\\(a=open\\(1\\)\\)'.*literals"):
        tier.check_specs(["x:y(a=open(1))"])
    with pytest.raises(ConfigError, match="expected 'path/to/file.py:factory'"):
        tier.check_specs(["no-colon"])


# ---------------------------------------------------------------------------- events and failures
def test_progress_follows_the_events_protocol():
    p = child_process.Progress()
    for event in [{"stage": "ready"}, {"task": 0, "stage": "import", "model": None, "site": ["/a.py", 1]},
                  {"task": 0, "stage": "build", "model": "A", "site": ["/a.py", 3]},
                  {"task": 0, "model": "B", "diagnostics": [{"x": 1}]},
                  {"task": 0, "model": "B", "done": True, "built": False},
                  {"task": 0, "stage": "analyse", "model": "A", "site": ["/a.py", 3]},
                  {"task": 0, "model": "A", "done": True}]:
        p.take(event)
    assert p.ready and p.current["stage"] == "analyse"
    assert p.done_models == {0: {"A"}} and p.unbuilt == {0: {"B"}} and p.diagnostics == [(0, {"x": 1})]
    p.take({"task": 0, "done": True})
    assert p.done_tasks == {0} and p.current is None


def test_event_reader_keeps_a_line_being_written(tmp_path):
    path = tmp_path / "events.jsonl"
    path.write_text('{"stage": "ready"}\n{"task": 0, "sta', encoding="utf-8")
    reader = child_process._EventReader(str(path))
    assert reader.read() == [{"stage": "ready"}]
    with open(path, "a", encoding="utf-8") as f:
        f.write('ge": "import"}\n')
    assert reader.read() == [{"task": 0, "stage": "import"}]
    assert reader.read() == []


def test_user_site_skips_library_frames(tmp_path):
    user = write(tmp_path, "model.py", "x = 1\n")
    import ctypes

    faults = ("Fatal Python error: Segmentation fault\n\nCurrent thread 0x1 (most recent call first):\n"
              f'  File "{ctypes.__file__}", line 519 in string_at\n'
              f'  File "{child_process.BNLINT_ROOT}/bnlint/graph/tracer.py", line 99 in call_module\n'
              f'  File "{user}", line 12 in forward\n'
              f'  File "{user}", line 40 in <module>\n')
    assert child_process.user_site(faults) == (str(user), 12)
    assert child_process.user_site("") is None


def _child(rc, timed_out=False):
    return child_process.ChildResult(child_process.Progress(ready=True), rc, timed_out, "")


@pytest.mark.parametrize("rc,timed_out,expected", [
    (-11, False, "segmentation fault (SIGSEGV)"),
    (-9, False, "killed (SIGKILL; out of memory?"),
    (-6, False, "killed by SIGABRT"),
    (5, False, "exit code 5"),
    (None, True, "stopped after 7 s without progress (--trace-timeout"),
])
def test_how_a_child_ended(rc, timed_out, expected):
    assert expected in child_process.how_it_ended(_child(rc, timed_out), 7)


def test_failure_names_the_model_and_the_step(tmp_path):
    task = {"kind": "file", "path": str(tmp_path / "m.py"), "display": "m.py", "timeout": 60, "origin": None}
    event = {"task": 0, "stage": "build", "model": "Net", "site": [str(tmp_path / "m.py"), 7]}
    d = tier._failure(task, event, _child(-11))
    assert d.code == "BN910" and d.severity.value == "error" and d.line == 7
    assert d.message.startswith("model `Net` was not analysed: while building model `Net`, the process crashed")
    d = tier._failure(task, {"task": 0, "stage": "import", "model": None}, _child(3))
    assert d.message.startswith("`m.py` was not analysed: while importing `m.py`") and d.line == 1


def _job(tasks):
    return {"tasks": tasks, "start": 0, "skip": {}}


def test_next_job_after_a_crash_while_analysing_skips_that_model_only(tmp_path):
    tasks = [{"kind": "file", "path": str(tmp_path / "a.py"), "display": "a.py", "timeout": 60, "codes": ["BN001"]},
             {"kind": "spec", "spec": "b:c", "name": "b:c", "origin": None, "timeout": 60, "codes": ["BN001"]}]
    job, raw, outcome = _job(tasks), [], tier.GraphOutcome()
    child = _child(-11)
    for event in [{"task": 0, "stage": "analyse", "model": "A"}, {"task": 0, "model": "A", "done": True},
                  {"task": 0, "model": "Bad", "done": True, "built": False},
                  {"task": 0, "stage": "analyse", "model": "B"}]:
        child.progress.take(event)
    assert tier._next_job(job, child, tasks, raw, outcome)
    assert job["start"] == 0
    assert job["skip"] == {"0": {"analyse": ["A", "B"], "build": ["Bad"]}}
    assert [d.code for _, d in raw] == ["BN910"] and outcome.models == 1
    # a failure while importing ends the task: the next child starts with the next one
    child = _child(1)
    child.progress.take({"task": 0, "stage": "import", "model": None})
    assert tier._next_job(job, child, tasks, raw, outcome)
    assert job["start"] == 1 and job["skip"] == {}


def test_next_job_when_the_worker_cannot_start():
    tasks = [{"kind": "spec", "spec": "b:c", "name": "b:c", "origin": None, "timeout": 60, "codes": ["BN001"]}]
    raw = []
    child = child_process.ChildResult(child_process.Progress(fatal="Traceback...\nImportError: libtorch.so: cannot open"), 1, False, "")
    assert not tier._next_job(_job(tasks), child, tasks, raw, tier.GraphOutcome())
    assert raw[0][1].code == "BN902" and "libtorch.so" in raw[0][1].message


def test_merge_shows_a_finding_both_tiers_make_once(tmp_path):
    path = str(tmp_path / "m.py")

    def diag(line, related=()):
        return Diagnostic("BN001", "dropout-before-batchnorm", f"at {line}", path, Position(line, 1),
                          Position(line, 1), related=related)

    source = [diag(13, related=((path, Position(10, 5), "the dropout layer is defined here"),))]
    merged = tier.merge(source, [diag(10), diag(13), diag(20)])
    assert [d.line for d in merged] == [13, 20]
    assert merged[0] is source[0]


def test_serial_make_reads_the_line_for_columns(tmp_path):
    path = write(tmp_path, "m.py", "import x\n    self.drop = nn.Dropout(0.5)\n")
    d = make("BN001", "msg", (str(path), 2))
    assert (d.line, d.column, d.end.column) == (2, 5, 32) and d.name == "dropout-before-batchnorm"


# ---------------------------------------------------------------------------- command line
def run_cli(*args):
    return CliRunner().invoke(main, ["check", "--no-cache", *args])


@pytest.mark.parametrize("args,message", [
    (["--input-shape", "1,a,3"], "--input-shape"),
    (["--input-shape", "0,3"], "positive integers"),
    (["--trace-timeout", "0"], "--trace-timeout"),
    (["--trace-memory", "-5"], "--trace-memory"),
    (["--model", "pkg.mod:make(x=__import__('os'))"], "literals"),
    (["--model", "not a spec"], "expected 'path/to/file.py:factory'"),
])
def test_bad_options_exit_2(args, message, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run_cli(*args)
    assert result.exit_code == 2, result.output
    assert message in result.output


def test_trace_without_torch_is_a_clear_usage_error(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "net.py", "class Net(Base):\n    pass\n")
    real = tier.importlib.util.find_spec
    monkeypatch.setattr(tier.importlib.util, "find_spec", lambda name: None if name == "torch" else real(name))
    result = run_cli("--trace", "net.py")
    assert result.exit_code == 2
    assert "need torch" in result.output and "bnlint[trace]" in result.output


def test_trace_with_nothing_to_import_runs_no_child(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "train.py", "import torch\n\nx = 1\n")
    monkeypatch.setattr(tier, "Child", None)  # a child would crash the run
    result = run_cli("--trace", "train.py")
    assert result.exit_code == 0, result.output
    assert "0 models checked" in result.output


def test_diff_with_trace_says_the_graph_tier_has_no_source_fixes(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "net.py", "class Net(Base):\n    pass\n")
    result = run_cli("--trace", "--diff", "net.py")
    assert result.exit_code == 0
    assert "graph tier (--trace/--model) was not run" in result.output and "fix_model" in result.output


# ---------------------------------------------------------------------------- configuration
@pytest.mark.parametrize("body,message", [
    ("[tool.bnlint.models.net]\nspec = 'pkg:make(a=open(1))'", "models.net.spec: model spec"),
    ("[tool.bnlint.models.net]\nspec = 'nocolon'", "models.net.spec"),
    ("[tool.bnlint.models.net]\nspec = 'a:b'\ninput-shape = [1, 0]", "models.net.input-shape"),
    ("[tool.bnlint.models.net]\nspec = 'a:b'\nshape = [1, 2]", "unknown key 'shape'"),
    ("[tool.bnlint]\nmodels = ['a:b']", "expected a table of models"),
    ("[tool.bnlint]\ntrace-timeout = 'long'", "trace-timeout: expected a positive number"),
    ("[tool.bnlint]\ntrace-memory = 1.5", "trace-memory: expected a positive number of megabytes"),
    ("[tool.bnlint]\ntrace_timeout = 5", "did you mean 'trace-timeout'"),
])
def test_bad_graph_configuration(body, message, tmp_path):
    path = write(tmp_path, "pyproject.toml", body + "\n")
    with pytest.raises(ConfigError) as err:
        read_config(path)
    assert str(path) in str(err.value) and message in str(err.value)


def test_bad_graph_configuration_stops_the_cli(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "pyproject.toml", "[tool.bnlint.models.net]\nspec = 'pkg:make(**kw)'\n")
    write(tmp_path, "net.py", "x = 1\n")
    result = run_cli("--trace")
    assert result.exit_code == 2
    assert "pyproject.toml: [tool.bnlint] models.net.spec" in result.output and "**kwargs" in result.output


def test_command_line_wins_over_the_config(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    write(tmp_path, "pyproject.toml", "[tool.bnlint]\ntrace-timeout = 5\ninput-shape = [1, 2]\n")
    from bnlint.config import Overrides

    opts = CheckOptions(overrides=Overrides(trace_timeout=9.0, input_shape=(3, 4), trace_memory_mb=100))
    settings = SettingsResolver(opts)(tmp_path)
    assert (settings.trace_timeout, settings.input_shape, settings.trace_memory_mb) == (9.0, (3, 4), 100)
