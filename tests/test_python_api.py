"""bnlint from a notebook or script (issue 15, item 6): what dir() lists, docstrings, how a Diagnostic shows,
and torch-only features without torch (a clear "install bnlint[trace]", exit 2, never a traceback)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import bnlint
from bnlint.diagnostic import Applicability, Diagnostic, Fix, Position

ROOT = Path(__file__).resolve().parent.parent
# Runs bnlint as an install without the trace extra sees it: importing torch fails.
NO_TORCH = "import sys; sys.modules['torch'] = None; "


def test_dir_lists_the_lazily_loaded_names():
    names = dir(bnlint)
    for name in ("check_model", "fix_model", "variance_shift", "guard", "mc_dropout", "testing",
                 "check_paths", "check_source", "Diagnostic"):
        assert name in names
    assert names == sorted(names)


@pytest.mark.parametrize("name", ["check_model", "fix_model", "variance_shift"])
def test_graph_functions_have_real_docstrings(name):
    doc = getattr(bnlint, name).__doc__
    assert "See bnlint" not in doc
    assert len(doc.splitlines()) >= 5
    assert getattr(bnlint, name).__name__ == name


def test_a_diagnostic_prints_as_a_report_line():
    d = bnlint.check_source("import torch.nn.functional as F\n\ndef f(x):\n    return F.dropout(x, 0.5)\n",
                            path="model.py")[0]
    assert str(d) == f"model.py:4:12: BN002 {d.message}"
    assert f"{d}" == str(d)


def test_a_diagnostic_shows_as_html_in_jupyter():
    d = Diagnostic("BN002", "dropout", "a <b> & c", "nb.py", Position(3, 5), Position(3, 9),
                   fix=Fix((), Applicability.SAFE))
    html = d._repr_html_()
    assert "<code>nb.py:3:5</code>" in html
    assert "a &lt;b&gt; &amp; c" in html
    assert "safe fix" in html


def test_a_diagnostic_shows_readably_in_ipython():
    pretty = pytest.importorskip("IPython.lib.pretty")
    d = Diagnostic("BN101", "x", "msg", "a.py", Position(1, 2), Position(1, 3))
    assert pretty.pretty([d]) == "[a.py:1:2: BN101 msg]"


def _without_torch(code: str, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", NO_TORCH + code, *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


@pytest.mark.parametrize("args", [
    ["verify", "examples/models/dropout_before_batchnorm.py"],
    ["verify", "--model", "examples/models/dropout_before_batchnorm.py:Net", "--plot", "x.png"],
    ["check", "--trace", "examples/models"],
    ["check", "--model", "examples/models/dropout_before_batchnorm.py:Net"],
])
def test_torch_only_commands_without_torch_say_what_to_install(args):
    run = _without_torch("from bnlint.cli import main; sys.argv = ['bnlint'] + sys.argv[1:]; main()", *args)
    assert run.returncode == 2, run.stderr
    assert "bnlint[trace]" in run.stderr
    assert "Traceback" not in run.stderr


@pytest.mark.parametrize("call", ["check_model(object())", "fix_model(object())", "variance_shift(object(), 1)"])
def test_graph_functions_without_torch_say_what_to_install(call):
    run = _without_torch(f"import bnlint\ntry:\n    bnlint.{call}\nexcept ModuleNotFoundError as exc:\n"
                         "    print(type(exc).__name__, exc)\n")
    assert run.returncode == 0, run.stderr
    assert 'needs torch, which is not installed: pip install "bnlint[trace]"' in run.stdout


def test_the_source_tier_works_without_torch(tmp_path):
    (tmp_path / "m.py").write_text("import torch.nn.functional as F\n\ndef f(x):\n    return F.dropout(x, 0.5)\n")
    run = _without_torch("import bnlint; print(*bnlint.check_paths([sys.argv[1]], cache=False).diagnostics)",
                         str(tmp_path / "m.py"))
    assert run.returncode == 0, run.stderr
    assert "m.py:4:12: BN002" in run.stdout


@pytest.mark.parametrize("call", ["assert_eval_deterministic(object(), 1)", "assert_no_variance_shift(object(), 1)"])
def test_testing_assertions_without_torch_say_what_to_install(call):
    """bnlint.testing imports without torch; its assertions say what to install, as check_model does."""
    name = call.split("(")[0]
    run = _without_torch(f"import bnlint.testing\ntry:\n    bnlint.testing.{call}\nexcept ModuleNotFoundError as exc:\n"
                         "    print(type(exc).__name__, exc)\n")
    assert run.returncode == 0, run.stderr
    assert run.stdout.strip() == (f'ExtraMissing bnlint.testing.{name} needs torch, which is not installed: '
                                  'pip install "bnlint[trace]"')
