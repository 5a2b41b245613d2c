"""The source tier never imports torch: pre-commit environments stay small and runs stay fast."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_check_in_a_fresh_interpreter_does_not_import_torch(tmp_path):
    (tmp_path / "m.py").write_text(textwrap.dedent("""\
        import torch
        import torch.nn as nn
        import torch.nn.functional as F

        class M(nn.Module):
            def __init__(self):
                super().__init__()
                self.drop = nn.Dropout(0.5)
                self.bn = nn.BatchNorm1d(8)

            def forward(self, x):
                return self.bn(F.dropout(self.drop(x), 0.1))
        """))
    code = textwrap.dedent(f"""
        import sys
        from click.testing import CliRunner
        from bnlint.cli import main
        r = CliRunner().invoke(main, ["check", {str(tmp_path)!r}, "--select", "ALL"])
        assert r.exit_code == 1, r.output
        r = CliRunner().invoke(main, ["check", {str(tmp_path)!r}, "--select", "ALL", "--diff", "--unsafe-fixes"])
        import bnlint, bnlint.catalogue
        print("torch" in sys.modules, sorted(m for m in sys.modules if m.startswith("torch"))[:3])
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.startswith("False"), out.stdout + out.stderr


def test_every_source_tier_module_imports_without_torch():
    code = textwrap.dedent("""
        import importlib, pkgutil, sys
        import bnlint
        skip = {"bnlint.nn", "bnlint.graph", "bnlint.verify", "bnlint.__main__"}
        for info in pkgutil.walk_packages(bnlint.__path__, "bnlint."):
            if any(info.name == s or info.name.startswith(s + ".") for s in skip):
                continue
            importlib.import_module(info.name)
        print("torch" in sys.modules)
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False", out.stderr
