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


def test_a_diagnostic_repr_reads_like_a_finding():
    """What a list of findings shows as a notebook cell's last value (its repr): code, place, name, message."""
    long = "Dropout `self.drop` feeds BatchNorm `self.bn` (line 12): the variance it sees in training differs"
    d = Diagnostic("BN001", "dropout-before-batchnorm", long, "model.py", Position(12, 5), Position(12, 9))
    assert repr(d) == "<Diagnostic BN001 model.py:12:5 dropout-before-batchnorm: " + long[:57].rstrip(" :") + "...>"
    short = Diagnostic("BN002", "dropout", "a\nb", "nb.ipynb", Position(1, 5), Position(1, 9), cell=3)
    assert repr([short]) == "[<Diagnostic BN002 nb.ipynb:cell 3:1:5 dropout: a b>]"
    assert str(d) == f"model.py:12:5: BN001 {long}" and "Position(" not in repr(d)


def test_check_model_findings_show_concisely():
    torch = pytest.importorskip("torch")

    class Net(torch.nn.Module):
        def __init__(self):
            super().__init__()
            self.body = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.Dropout(0.5), torch.nn.BatchNorm1d(4))

        def forward(self, x):
            return self.body(x)

    found = bnlint.check_model(Net())
    assert found and all(repr(d).startswith(f"<Diagnostic {d.code} {d.location} {d.name}: ") for d in found)
    assert "BN001" in repr(found) and "Position(" not in repr(found) and "Fix(" not in repr(found)


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
