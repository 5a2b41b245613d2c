"""rules/BN800.md describes what BN800 does: besides unused and unknown codes, a `# noqa` naming a bnlint code
that is enabled in no tier is flagged ("not enabled"), so `--select BN800` alone flags every `# noqa: BNxxx`."""

from __future__ import annotations

import json
import textwrap

from click.testing import CliRunner

from bnlint import catalogue
from bnlint.cli import main

SRC = textwrap.dedent("""\
    import torch.nn.functional as F


    def f(x):
        return F.dropout(x, 0.5)  # noqa: BN002
""")


def messages(tmp_path, *args):
    (tmp_path / "m.py").write_text(SRC)
    r = CliRunner().invoke(main, ["check", "--no-cache", "--output-format", "json", *args, str(tmp_path / "m.py")])
    assert r.exit_code in (0, 1), r.output
    return [d["message"] for d in json.loads(r.output)]


def test_select_bn800_alone_flags_a_noqa_of_a_code_not_enabled_and_the_document_says_so(tmp_path):
    (alone,) = messages(tmp_path, "--select", "BN800")
    assert "not enabled: BN002" in alone
    assert messages(tmp_path, "--extend-select", "BN800") == []  # BN002 on: the comment silences its finding
    doc = " ".join(catalogue.load()["BN800"].section("What it does").split())
    assert "`not enabled`" in doc and "`--select BN800` on its own" in doc and "flags every `# noqa: BNxxx`" in doc
