"""Jupyter notebooks (issue 15, item 1): code cells read as one module in cell order, IPython syntax without false
syntax errors, findings by cell in every format, noqa, rewrites that change cell sources only (byte for byte
elsewhere), clear BN904 for a broken notebook, notebooks found in folders, through the command line."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import textwrap

import pytest
from click.testing import CliRunner

from bnlint.cli import main


def code(source, count=None, outputs=()):
    return {"cell_type": "code", "execution_count": count, "metadata": {"tags": ["x"]}, "outputs": list(outputs),
            "source": textwrap.dedent(source).splitlines(keepends=True)}


def markdown(text):
    return {"cell_type": "markdown", "metadata": {}, "source": text.splitlines(keepends=True)}


OUTPUT = {"name": "stdout", "output_type": "stream", "text": ["loss 0.12\n"]}
CELLS = [
    markdown("# Experiment\nA model trained in one cell and evaluated in another."),
    code("""\
        %matplotlib inline
        !pip install torch
        import torch
        import torch.nn as nn
        import torch.nn.functional as F""", 1),
    code("""\
        class Net(nn.Module):
            def __init__(self):
                super().__init__()
                self.body = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8))

            def forward(self, x):
                return F.dropout(self.body(x), 0.5)


        model = Net()
        opt = torch.optim.SGD(model.parameters(), 0.1)""", 2),
    markdown("## Training"),
    code("""\
        for step in range(10):
            loss = model(torch.randn(16, 4)).sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
        print(f"loss {loss.item():.2f}")""", 3, [OUTPUT]),
    code("""\
        %%time
        with torch.no_grad():
            preds = model(torch.randn(16, 4))
        files = !ls
        model?""", 4),
    code("""\
        %%bash
        echo "not python" {
          if [ 1 ]; then"""),
]


def notebook(cells=CELLS, **dump) -> str:
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python",
                                                      "name": "python3"}, "language_info": {"name": "python"}},
          "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, **({"indent": 1, "ensure_ascii": False} | dump)) + "\n"


def run(*args, **kw):
    return CliRunner().invoke(main, ["check", "--no-cache", *map(str, args)], **kw)


@pytest.fixture
def here(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_findings_are_located_by_cell_and_mode_flow_follows_the_cells(here):
    (here / "nb.ipynb").write_text(notebook())
    r = run("nb.ipynb")
    assert r.exit_code == 1
    lines = r.output.splitlines()
    assert lines[0].startswith("nb.ipynb:cell 3:7:16: BN002 [*] ")
    # defined in cell 3, trained in cell 5, evaluated in cell 6 without eval(): cells are one module in order
    assert lines[1].startswith("nb.ipynb:cell 6:3:13: BN101 [*] ")
    assert len(lines) == 4  # two findings and the summary; no BN901 from the IPython lines


def test_every_format_says_which_cell(here):
    (here / "nb.ipynb").write_text(notebook())
    data = json.loads(run("nb.ipynb", "--output-format", "json").output)
    assert [(d["cell"], d["location"]["row"], d["code"]) for d in data] == [(3, 7, "BN002"), (6, 3, "BN101")]
    assert data[0]["fix"]["edits"][0]["location"]["row"] == 7  # edits in the cell's lines too
    sarif = json.loads(run("nb.ipynb", "--output-format", "sarif").output)["runs"][0]["results"]
    assert sarif[0]["message"]["text"].startswith("cell 3: ") and sarif[0]["properties"]["cell"] == 3
    # no SARIF fix for a notebook: its edits are in cell lines, a consumer would apply them to the JSON text
    assert "fixes" not in sarif[0] and sarif[0]["properties"]["fixApplicability"] == "safe"
    github = run("nb.ipynb", "--output-format", "github").output.splitlines()
    assert "::cell 3, line 7: BN002 " in github[0]
    assert run("nb.ipynb", "--output-format", "pylint").output.startswith("nb.ipynb:cell 3:7: [BN002] ")
    full = run("nb.ipynb", "--output-format", "full").output
    assert "7 |         return F.dropout(self.body(x), 0.5)" in full


IPYTHON = [code("""\
    import os
    %load_ext autoreload
    %autoreload 2
    !ls -la \\
      /tmp
    for name in os.listdir("."):
        !echo {name}
    out = !ls
    t = %timeit -o sum(range(3))
    os.path?
    ??os
    x = 1 % 2
    msg = ("%s"
           % os.sep)
    same = (1
            != 2)
    doc = '''
    %not a magic: inside a string
    '''
    """), code("%%writefile helper.py\ndef broken(:\n    pass\n"), code("%%capture\n!pip install x\ny = 2\n")]


def test_ipython_syntax_is_no_syntax_error(here):
    (here / "nb.ipynb").write_text(notebook(IPYTHON))
    r = run("nb.ipynb", "--syntax-check", "all")
    assert r.exit_code == 0, r.output
    # Python that only looks like IPython (a continued `% args`, `!= b`, a string's line) is read as Python
    cells = [code("import torch.nn.functional as F\nx = F.dropout(\n    1)\n"),
             code('y = ("%s"\n     % F.dropout(2, 0.5))\n')]
    (here / "py.ipynb").write_text(notebook(cells))
    assert [line[:line.index(" BN")] for line in run("py.ipynb").output.splitlines()[:2]] == [
        "py.ipynb:cell 1:2:5:", "py.ipynb:cell 2:2:8:"]


def test_a_python_syntax_error_is_reported_in_its_cell(here):
    (here / "nb.ipynb").write_text(notebook([code("import torch\n"), markdown("m"), code("x = (\n")]))
    r = run("nb.ipynb", "--syntax-check", "all")
    assert r.exit_code == 1
    assert r.output.startswith("nb.ipynb:cell 3:") and "BN901" in r.output


def test_noqa_per_line_and_for_the_whole_notebook(here):
    cells = json.loads(notebook())["cells"]
    cells[2]["source"][6] = cells[2]["source"][6].replace("0.5)", "0.5)  # noqa: BN002")
    (here / "a.ipynb").write_text(notebook(cells))
    assert [line.split(" ")[2] for line in run("a.ipynb").output.splitlines()[:-2]] == ["BN101"]
    cells[4]["source"].insert(0, "# bnlint: noqa\n")
    (here / "b.ipynb").write_text(notebook(cells))
    assert run("b.ipynb").exit_code == 0


def test_rewrite_changes_cell_sources_only_byte_for_byte(here):
    original = notebook()
    path = here / "nb.ipynb"
    path.write_text(original)
    r = run("nb.ipynb", "--rewrite", "--show-fixes")
    assert r.exit_code == 0, r.output
    new = path.read_text()
    expected = original.replace(
        '"        return F.dropout(self.body(x), 0.5)\\n",',
        '"        return F.dropout(self.body(x), 0.5, training=self.training)\\n",').replace(
        '    "%%time\\n",\n', '    "%%time\\n",\n    "model.eval()\\n",\n')
    assert new == expected
    before, after = json.loads(original), json.loads(new)
    for old_cell, new_cell in zip(before["cells"], after["cells"]):  # outputs, counts, metadata untouched
        assert {k: v for k, v in old_cell.items() if k != "source"} == {k: v for k, v in new_cell.items()
                                                                        if k != "source"}
    assert after["cells"][5]["source"][-2:] == ["files = !ls\n", "model?"]  # IPython lines restored
    assert run("nb.ipynb", "--rewrite").exit_code == 0
    assert path.read_text() == expected  # settled: a second run changes nothing


def test_rewrite_keeps_another_writers_style(here):
    """Two-space indentation, keys in another order, non-ASCII escaped, a source written as one string, CRLF."""
    cells = [code("import torch.nn as nn\nimport torch.nn.functional as F\n\n\nclass H(nn.Module):\n"
                  "    def forward(self, x):\n        return F.dropout(x, 0.5)  # é\n"),
             {"source": "print('ünïcode')", "cell_type": "code", "outputs": [], "metadata": {},
              "execution_count": 7}]
    cells[0]["source"] = "".join(cells[0]["source"])  # one string
    original = notebook(cells, indent=2, ensure_ascii=True).replace("\n", "\r\n")
    (here / "nb.ipynb").write_bytes(original.encode())
    assert run("nb.ipynb", "--rewrite").exit_code == 0
    new = (here / "nb.ipynb").read_bytes().decode()
    assert new == original.replace("F.dropout(x, 0.5)", "F.dropout(x, 0.5, training=self.training)")


def test_diff_is_per_cell(here):
    (here / "nb.ipynb").write_text(notebook())
    r = run("nb.ipynb", "--diff")
    assert r.exit_code == 1
    headers = [line for line in r.output.splitlines() if line.startswith(("---", "+++"))]
    assert headers == ["--- nb.ipynb:cell 3", "+++ nb.ipynb:cell 3", "--- nb.ipynb:cell 6", "+++ nb.ipynb:cell 6"]
    assert "+model.eval()" in r.output


def test_add_noqa_in_a_notebook(here):
    (here / "nb.ipynb").write_text(notebook())
    assert run("nb.ipynb", "--add-noqa").exit_code == 0
    cells = json.loads((here / "nb.ipynb").read_text())["cells"]
    assert cells[2]["source"][6].endswith("0.5)  # noqa: BN002\n")
    assert run("nb.ipynb").exit_code == 0


@pytest.mark.parametrize("content,expected", [
    ('{"cells": [', "not valid JSON (Expecting value at line 1 column 12)"),
    ('{"worksheets": [], "nbformat": 3}', "nbformat 3 notebook; convert it"),
    ('{"cells": [{"cell_type": "code", "source": 3}]}', 'cell 1 has no "source"'),
    ('[1, 2]', 'not a notebook'),
    ('{"cells": {}}', 'no "cells" list'),
])
def test_a_broken_notebook_is_reported_and_the_run_goes_on(here, content, expected):
    (here / "bad.ipynb").write_text(content)
    (here / "nb.ipynb").write_text(notebook())
    r = run(".")
    assert r.exit_code == 1
    bad = [line for line in r.output.splitlines() if line.startswith("./bad.ipynb:")]
    assert len(bad) == 1 and " BN904 not a valid notebook: " in bad[0] and expected in bad[0]
    assert "./nb.ipynb:cell 3:7:16: BN002" in r.output


def test_a_notebook_that_is_not_utf8(here):
    (here / "bad.ipynb").write_bytes(b'{"cells": ["\xff"]}')
    assert "BN904 not a valid notebook: not UTF-8 (byte 0xff at line 1)" in run("bad.ipynb").output


def test_folders_include_notebooks_unless_excluded(here):
    (here / "notebooks").mkdir()
    (here / "notebooks" / "nb.ipynb").write_text(notebook())
    assert "1 file checked" in run(".").output and run(".").exit_code == 1
    assert run(".", "--extend-exclude", "*.ipynb").exit_code == 0
    (here / "pyproject.toml").write_text('[tool.bnlint]\nextend-exclude = ["*.ipynb"]\n')
    assert "0 files checked" in run(".").output


def test_a_notebook_of_another_language_is_not_checked(here):
    nb = json.loads(notebook())
    nb["metadata"] = {"kernelspec": {"language": "R", "name": "ir"}, "language_info": {"name": "R"}}
    (here / "r.ipynb").write_text(json.dumps(nb))
    assert run("r.ipynb").exit_code == 0


def test_cached_results_keep_their_cells(here, monkeypatch):
    (here / "nb.ipynb").write_text(notebook())
    first = CliRunner().invoke(main, ["check", "nb.ipynb"]).output
    assert CliRunner().invoke(main, ["check", "nb.ipynb"]).output == first
    assert "cell 3:7:16" in first


def test_a_notebook_on_standard_input(here):
    original = notebook()
    r = subprocess.run([sys.executable, "-m", "bnlint", "check", "--no-cache", "--fix", "--stdin-filename",
                        "nb.ipynb", "-"], input=original.encode(), capture_output=True, cwd=here, timeout=120)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["cells"][2]["source"][6].endswith("training=self.training)\n")
    assert r.stdout.decode().count("\n") == original.count("\n") + 1


@pytest.mark.slow
def test_pre_commit_hooks_take_notebooks(tmp_path):
    from test_precommit import PRE_COMMIT, git, try_repo

    if not __import__("os").path.exists(PRE_COMMIT):
        pytest.skip("pre-commit is in the dev extra")
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / "experiment.ipynb").write_text(notebook())
    git(repo, "add", "experiment.ipynb")
    home = tmp_path / "cache"
    first = try_repo(repo, "bnlint", home)
    assert first.returncode == 1, first.stdout + first.stderr
    assert "experiment.ipynb:cell 3:7:16: BN002" in first.stdout
    fixed = try_repo(repo, "bnlint-fix", home)
    assert "files were modified by this hook" in fixed.stdout
    assert "training=self.training" in (repo / "experiment.ipynb").read_text()
    assert "experiment.ipynb:cell 6:3:13: BN101" not in fixed.stdout  # fixed as well (unsafe fixes aside)


def test_related_locations_name_their_cell_as_the_finding_does(here):
    """BN001's related location (the BatchNorm it feeds): text `nb.ipynb:cell 3:5:5: ...`, JSON `cell`, the note
    itself without the cell."""
    cells = [markdown("# a model"), code("import torch.nn as nn\n"),
             code("net = nn.Sequential(\n    nn.Linear(8, 8),\n    nn.Dropout(0.5),\n    nn.BatchNorm1d(8),\n)\n")]
    (here / "nb.ipynb").write_text(notebook(cells))
    data = json.loads(run("nb.ipynb", "--output-format", "json").output)
    assert [(d["code"], d["cell"]) for d in data] == [("BN001", 3)]
    related = [r for d in data for r in d["related"]]
    assert related and all(r.get("cell") is not None and not r["message"].startswith("cell ") for r in related)
    text = run("nb.ipynb").output.splitlines()
    notes = [line.strip() for line in text if line.startswith("    ")]
    assert notes and all(re.match(r"nb\.ipynb:cell \d+:\d+:\d+: ", n) for n in notes), notes
