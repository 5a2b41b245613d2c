"""`bnlint check --trace` / `--model` end to end: real child processes over the models in tests/models.

Each run costs a torch import (~2 s), so every module-scoped fixture runs the CLI once over many models and
the tests read its JSON report.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from bnlint import catalogue

pytest.importorskip("torch")
pytestmark = pytest.mark.torch

ROOT = Path(__file__).resolve().parent.parent
MODELS = "tests/models"
SECONDS = {}  # how long each module-scoped run took


def bnlint(*args: str, cwd=ROOT, timeout: float = 240):
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    env.pop("BNLINT_CACHE_DIR", None)
    proc = subprocess.run([sys.executable, "-m", "bnlint", "check", "--no-cache", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)
    return proc


def findings(proc):
    assert proc.stdout.strip().startswith("["), proc.stdout + proc.stderr
    return json.loads(proc.stdout)


def graph_only(found, filename):
    """Graph-tier findings name their model: `(model `X`)`; source-tier messages do not."""
    return [d for d in found if d["filename"] == filename and "(model `" in d["message"]]


def in_file(found, filename, code=None):
    return [d for d in found if d["filename"] == filename and (code is None or d["code"] == code)]


# ---------------------------------------------------------------------------- the test models
def graph_examples(folder: Path):
    """Every `tier=graph` example of the rule documents, written out as a file: (path, doc, example)."""
    out = []
    for doc in catalogue.load().values():
        for i, ex in enumerate(doc.examples):
            if dict(ex.options).get("tier") == "graph":
                path = folder / f"{doc.code.lower()}_{ex.kind}_{i}.py"
                path.write_text(ex.unmarked(), encoding="utf-8")
                out.append((path, doc, ex))
    return out


@pytest.fixture(scope="module")
def zoo_run(tmp_path_factory):
    examples = graph_examples(tmp_path_factory.mktemp("examples"))
    files = [f"{MODELS}/{n}.py" for n in ("densenet", "wrn", "mlp", "droppath", "dropblock", "untraceable",
                                         "needs_args", "lingering")]
    start = time.monotonic()
    proc = bnlint("--trace", "--extend-select", "BN006", "--output-format", "json", *files,
                  *(str(p) for p, _, _ in examples))
    SECONDS["zoo_run"] = time.monotonic() - start
    return proc, findings(proc), examples


def test_exit_code_and_summary(zoo_run):
    proc, found, _ = zoo_run
    assert proc.returncode == 1
    assert "Graph tier:" in proc.stderr and "models analysed" in proc.stderr


def test_threads_and_atexit_handlers_left_by_user_code_do_not_hold_the_run(zoo_run):
    _, found, _ = zoo_run
    assert [d["location"]["row"] for d in graph_only(found, f"{MODELS}/lingering.py")] == [20]
    assert SECONDS["zoo_run"] < 60  # the worker would otherwise wait forever, until the parent's 120 s allowance


def test_densenet_concat_block_with_functional_dropout_is_one_grouped_finding(zoo_run):
    _, found, _ = zoo_run
    bn001 = [d for d in graph_only(found, f"{MODELS}/densenet.py") if d["code"] == "BN001"]
    dense = [d for d in bn001 if "`TinyDenseNet`" in d["message"]]
    assert len(dense) == 1, dense
    assert dense[0]["location"]["row"] == 22  # the F.dropout call inside DenseLayer.forward
    assert dense[0]["message"].startswith("6 F.dropout calls")
    assert "features.denseblock1.denselayer1" in dense[0]["message"]
    assert dense[0]["related"], "the BatchNorm layers it reaches are listed"
    # the source tier cannot follow torch.cat: this finding exists only thanks to the graph
    assert any("`AlwaysOnDenseLayer`" in d["message"] and d["location"]["row"] == 70 for d in bn001)


def test_functional_dropout_left_on_is_reported_once_with_the_source_fix(zoo_run):
    _, found, _ = zoo_run
    bn002 = in_file(found, f"{MODELS}/densenet.py", "BN002")
    assert [d["location"]["row"] for d in bn002] == [70]
    assert bn002[0]["fix"] is not None  # the source tier's finding, kept over the graph's duplicate


def test_wide_resnet_dropout_between_convs(zoo_run):
    _, found, _ = zoo_run
    # the source tier follows the block's output out of WideBlock (issue 14); the graph's finding for the same
    # dropout is then a duplicate and dropped, so the file has one finding, whichever tier made it
    wrn = in_file(found, f"{MODELS}/wrn.py")
    assert [d["code"] for d in wrn] == ["BN001"]
    assert "self.dropout" in wrn[0]["message"] and "WideBlock" in wrn[0]["message"]
    assert not graph_only(found, f"{MODELS}/wrn.py")


def test_sequential_mlp_only_the_bad_one(zoo_run):
    _, found, _ = zoo_run
    mlp = in_file(found, f"{MODELS}/mlp.py")
    assert [(d["code"], d["location"]["row"]) for d in mlp] == [("BN001", 11)]
    assert not any("HeadDropoutMLP" in d["message"] or "LayerNormMLP" in d["message"] for d in found)


def test_drop_path_is_bn006_when_selected(zoo_run):
    _, found, _ = zoo_run
    bn006 = in_file(found, f"{MODELS}/droppath.py", "BN006")
    models = sorted(d["message"].split("(model `")[1].split("`")[0] for d in bn006)
    assert models == ["DropPathAfterResidualAdd"] * 3 + ["DropPathResNet", "InlineDropPathBlock",
                                                         "TorchvisionStyleResNet"]
    assert not in_file(found, f"{MODELS}/droppath.py", "BN001")


def test_custom_dropblock_found_by_behaviour(zoo_run):
    _, found, _ = zoo_run
    graph = graph_only(found, f"{MODELS}/dropblock.py")
    codes = {(d["code"], d["message"].split("(model `")[1].split("`")[0]) for d in graph if d["code"] != "BN910"}
    assert codes == {("BN001", "DropBlockNet"), ("BN001", "LeakyDropBlockNet"), ("BN003", "LeakyDropBlockNet")}
    assert not any("GaussianNoise" in d["message"] for d in found)


def test_untraceable_model_is_analysed_in_part_and_says_so(zoo_run):
    _, found, _ = zoo_run
    # the dropout in Gate's branch is found by the source tier as well, which keeps its finding (row 17, the
    # call) over the graph's (row 12, the layer) for the same dropout
    gate = [d for d in in_file(found, f"{MODELS}/untraceable.py", "BN001") if d["location"]["row"] in (12, 17)]
    assert len(gate) == 1, gate
    notes = in_file(found, f"{MODELS}/untraceable.py", "BN910")
    assert notes and {d["severity"] for d in notes} == {"info"}
    assert any("data-dependent control flow" in d["message"] for d in notes)
    assert any("`Looper`" in d["message"] and "could not be traced" in d["message"] for d in notes)


def test_model_that_needs_arguments_is_skipped_with_a_hint(zoo_run):
    _, found, _ = zoo_run
    info = in_file(found, f"{MODELS}/needs_args.py", "BN910")
    assert len(info) == 1 and info[0]["severity"] == "info"
    assert "Configurable(width)" in info[0]["message"] and "--model" in info[0]["message"]


def test_graph_examples_of_the_rule_documents(zoo_run):
    _, found, examples = zoo_run
    assert examples, "BN006 has graph examples"
    for path, doc, ex in examples:
        got = sorted((d["location"]["row"], d["code"]) for d in found
                     if Path(d["filename"]).resolve() == path.resolve() and d["code"] == doc.code)
        if ex.kind == "bad":
            assert got == sorted(e for e in ex.expected() if e[1] == doc.code), (doc.code, ex.doc_line)
        else:
            assert [d for d in found if Path(d["filename"]).resolve() == path.resolve()] == [], ex.doc_line


def test_every_example_of_a_source_and_graph_rule_runs_through_the_graph_tier(tmp_path):
    """A document whose front matter says `tier: source, graph` is held to it: each of its examples (less the
    ones marked `tier=source`, which say why) goes through the graph tier alone, before any merge with the
    source tier's findings. A bad example is found; a good one and a fixed one (the fix, proved on the built
    model) are not."""
    from bnlint.config import Overrides
    from bnlint.engine import CheckOptions, SettingsResolver
    from bnlint.graph.tier import run_graph_tier
    from bnlint.selection import Selection

    examples = []
    for doc in catalogue.load().values():
        if not {"source", "graph"} <= set(doc.tiers):
            continue
        for i, ex in enumerate(doc.examples):
            if dict(ex.options).get("tier") == "source":
                continue
            path = tmp_path / f"{doc.code.lower()}_{ex.kind}_{i}.py"
            path.write_text(ex.unmarked(), encoding="utf-8")
            examples.append((path, doc, ex))
    assert {doc.code for _, doc, _ in examples} == set(catalogue.codes_for_tier("source")) & set(
        catalogue.codes_for_tier("graph"))
    resolve = SettingsResolver(CheckOptions(overrides=Overrides(selection=Selection(select=("ALL",)))))
    outcome, _ = run_graph_tier([str(p) for p, _, _ in examples], resolve, [], use_configured=False)
    for path, doc, ex in examples:
        codes = {d.code for d in outcome.diagnostics if Path(d.path).resolve() == path.resolve()}
        where = f"{doc.path}:{ex.doc_line} ({ex.kind})"
        if ex.kind == "bad":
            assert doc.code in codes, f"{where}: not found by the graph tier ({codes or 'nothing reported'})"
        else:
            assert doc.code not in codes, where


# ---------------------------------------------------------------------------- misbehaving user code
@pytest.fixture(scope="module")
def failure_run():
    files = [f"{MODELS}/{n}.py" for n in ("misbehaving", "import_error", "hang_on_import", "crash_on_import",
                                         "exit_on_import", "mlp")]
    proc = bnlint("--trace", "--trace-timeout", "3", "--trace-memory", "1200", "--output-format", "json", *files)
    return proc, findings(proc)


def _about(found, name):
    hits = [d for d in found if d["code"] == "BN910" and name in d["message"]]
    assert len(hits) == 1, (name, [d["message"] for d in found])
    assert hits[0]["severity"] == "error"
    return hits[0]


def test_failures_do_not_stop_the_run(failure_run):
    proc, found = failure_run
    assert proc.returncode == 1
    healthy = {d["message"].split("(model `")[1].split("`")[0] for d in found if d["code"] == "BN001"
               and "(model `" in d["message"]}
    # before and after every failure in the same file, and the other files
    assert {"HealthyFirst", "Chatty", "HealthyLast"} <= healthy
    assert in_file(found, f"{MODELS}/mlp.py", "BN001"), "the source tier still reports"


def test_infinite_loop_is_stopped_by_the_timeout(failure_run):
    d = _about(failure_run[1], "`Spins`")
    assert "stopped after 3 s" in d["message"] and "--trace-timeout" in d["message"]


def test_hang_on_import(failure_run):
    d = _about(failure_run[1], "hang_on_import.py")
    assert "stopped after 3 s" in d["message"] and "importing" in d["message"]


def test_os_exit_while_building_and_on_import(failure_run):
    d = _about(failure_run[1], "`ExitsHard`")
    assert "exit code 7" in d["message"] and "building" in d["message"]
    d = _about(failure_run[1], "crash_on_import.py")
    assert "exit code 3" in d["message"]


def test_segfault_points_at_the_crashing_line(failure_run):
    d = _about(failure_run[1], "`Segfaults`")
    assert "segmentation fault" in d["message"]
    line = (ROOT / MODELS / "misbehaving.py").read_text().splitlines()[d["location"]["row"] - 1]
    assert "ctypes.string_at(0)" in line


def test_allocation_without_bound_hits_the_memory_limit(failure_run):
    d = _about(failure_run[1], "`Hog`")
    assert "out of memory" in d["message"] and "--trace-memory" in d["message"]


def test_reading_stdin(failure_run):
    d = _about(failure_run[1], "`AsksForInput`")
    assert "standard input" in d["message"]


def test_sys_exit_and_import_error(failure_run):
    d = _about(failure_run[1], "sys.exit")
    assert d["filename"] == f"{MODELS}/exit_on_import.py"
    d = _about(failure_run[1], "bnlint_no_such_module")
    assert d["location"]["row"] == 5


def test_printing_megabytes_does_not_reach_the_report(failure_run):
    proc, _ = failure_run
    assert "chatter" not in proc.stdout and "noise" not in proc.stderr
    assert len(proc.stdout) < 100_000


# ---------------------------------------------------------------------------- --model and configured models
@pytest.fixture(scope="module")
def spec_run():
    proc = bnlint("--model", f"{MODELS}/needs_args.py:make(width=8, drop=0.3)",
                  "--model", "tests.models.needs_args:Configurable(4)", "--model", "bnlint_no_such_pkg.nets:make",
                  "--model", f"{MODELS}/factories.py:sequential", "--model", f"{MODELS}/factories.py:built_on_the_cpu",
                  "--rewrite", "--output-format", "json")
    return proc, findings(proc)


def test_model_specs_with_literal_arguments(spec_run):
    proc, found = spec_run
    assert proc.returncode == 1
    found = [d for d in found if "needs_args" in d["message"]]
    names = sorted(d["message"].split("(model `")[1].split("`")[0] for d in found if d["code"] == "BN001")
    assert names == ["tests.models.needs_args:Configurable(4)", "tests/models/needs_args.py:make(width=8, drop=0.3)"]
    assert {d["filename"] for d in found if d["code"] == "BN001"} == {f"{MODELS}/needs_args.py"}
    assert "p=0.3" in next(d["message"] for d in found if "make(" in d["message"])


def test_layers_of_a_sequential_literal_from_a_factory_are_located_at_their_own_lines(spec_run):
    _, found = spec_run
    lines = (ROOT / MODELS / "factories.py").read_text().splitlines()
    for factory in ("sequential", "built_on_the_cpu"):  # the second is built again after failing on meta
        ours = [d for d in found if f"factories.py:{factory}`" in d["message"]]
        assert ours and all(d["filename"] == f"{MODELS}/factories.py" for d in ours), ours
        for d in ours:  # one finding per dropout, at its own line; its BatchNorms at theirs
            assert "nn.Dropout(" in lines[d["location"]["row"] - 1] and "layers made by" not in d["message"], d
            assert all("nn.BatchNorm1d(" in lines[r["location"]["row"] - 1] for r in d["related"]), d
        shown = sorted(d["message"].split("`")[1] for d in ours)
        assert shown == (["0", "5"] if factory == "sequential" else ["0", "2"])  # `2` has its `# noqa`


def test_a_spec_that_does_not_import_is_reported_at_the_command_line(spec_run):
    _, found = spec_run
    failed = [d for d in found if d["code"] == "BN910"]
    assert [(d["filename"], d["severity"]) for d in failed] == [("<command line>", "error")]
    assert "importing `bnlint_no_such_pkg.nets` failed: ModuleNotFoundError" in failed[0]["message"]


def test_model_without_paths_checks_no_source_files(spec_run):
    _, found = spec_run
    assert all("(model `" in d["message"] for d in found if d["code"] != "BN910")


def test_rewrite_with_model_points_to_fix_model(spec_run):
    proc, _ = spec_run
    assert "cannot edit the source" in proc.stderr and "bnlint.fix_model" in proc.stderr


@pytest.fixture(scope="module")
def project(tmp_path_factory):
    """A project that configures its models; it also holds a file that must not be imported."""
    root = tmp_path_factory.mktemp("project")
    (root / "pyproject.toml").write_text(textwrap.dedent("""\
        [tool.bnlint]
        trace-timeout = 20

        [tool.bnlint.models.head]
        spec = "nets.py:build(width=16)"

        [tool.bnlint.models.recorded]
        spec = "nets:Recurrent"
        input-shape = [5, 4, 8]

        [tool.bnlint.models]
        blind = "nets:Recurrent"
        """), encoding="utf-8")
    (root / "nets.py").write_text(textwrap.dedent("""\
        import torch
        import torch.nn as nn


        class Head(nn.Module):
            def __init__(self, width):
                super().__init__()
                self.fc = nn.Linear(8, width)
                self.bn = nn.BatchNorm1d(width)
                self.drop = nn.Dropout(0.5)  # noqa: BN001

            def forward(self, x):
                return self.bn(self.drop(self.fc(x)))


        class Recurrent(nn.Module):
            \"\"\"fx cannot iterate over a tensor; the source tier cannot see through the ModuleList loop.\"\"\"

            def __init__(self):
                super().__init__()
                self.cell = nn.Linear(8, 8)
                self.post = nn.ModuleList([nn.Dropout(0.3), nn.BatchNorm1d(8)])

            def forward(self, x):
                h = torch.zeros_like(x[0])
                for step in x:
                    h = torch.tanh(self.cell(step) + h)
                for layer in self.post:
                    h = layer(h)
                return h


        def build(width):
            return Head(width)
        """), encoding="utf-8")
    (root / "script.py").write_text("import os\n\n\nclass Boom:\n    pass\n\n\nos._exit(9)\n", encoding="utf-8")
    proc = bnlint("--trace", "--output-format", "json", cwd=root)
    return root, proc, findings(proc)


def _model_of(d):
    return d["message"].split("(model `")[1].split("`")[0]


def test_configured_models_are_analysed(project):
    root, proc, found = project
    notes = [d for d in found if d["code"] == "BN910"]
    assert {_model_of(d) for d in notes if "(model `" in d["message"]} | {
        d["message"].split("`")[1] for d in notes} >= {"recorded", "blind"}
    assert proc.returncode == 1


def test_input_shape_records_a_forward_pass_of_an_untraceable_model(project):
    _, _, found = project
    bn001 = [d for d in found if d["code"] == "BN001" and "(model `" in d["message"]]
    assert [(_model_of(d), d["location"]["row"]) for d in bn001] == [("recorded", 22)]
    assert any("recorded" in d["message"] and "forward pass" in d["message"] for d in found if d["code"] == "BN910")


def test_noqa_on_the_layer_line_silences_graph_findings(project):
    _, _, found = project
    assert not [d for d in found if "(model `head`)" in d["message"]]


def test_configured_run_imports_no_other_file(project):
    _, _, found = project
    assert not [d for d in found if d["filename"].endswith("script.py")], "script.py (os._exit) was imported"
    assert {d["filename"] for d in found} == {"./nets.py"}, "graph findings are shown as the source tier shows"
