"""The source tier on generated model files (hypothesis): it agrees with the graph tier where the source
is analysable, and every fix it writes parses, converges and keeps the model's eval behaviour."""

from __future__ import annotations

import ast
import re
import tempfile
import warnings
from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from click.testing import CliRunner  # noqa: E402
from hypothesis import given, strategies as st  # noqa: E402

import bnlint  # noqa: E402
from bnlint.cli import main  # noqa: E402
from fuzz_archs import architectures, forward_source, load, sequential_source  # noqa: E402

_ATTR = re.compile(r"^\s+self\.(l\d+) = nn\.(\w+)\(", re.M)
_STEP = re.compile(r"^\s+x = self\.(l\d+)\(x\)$")


@pytest.fixture(autouse=True, scope="module")
def _keep_global_rng():
    """The models are built under torch.manual_seed: give the tests that follow the generator state they
    would have had without these."""
    with torch.random.fork_rng(devices=[]):
        yield


def straight_dropouts(text: str):
    """Dropouts of a generated forward whose output goes to a BatchNorm through `x = self.lK(x)` steps
    only (no alias, residual add or concat on the way): what a reader of the file sees at once."""
    kinds = dict(_ATTR.findall(text))
    steps = text[text.index("def forward(self, x):\n        "):].splitlines()[1:]
    found = set()
    for i, line in enumerate(steps):
        m = _STEP.match(line)
        if not m or kinds.get(m.group(1)) != "Dropout":
            continue
        for later in steps[i + 1:]:
            n = _STEP.match(later)
            if not n or kinds.get(n.group(1)) in ("LayerNorm", "GroupNorm", "Dropout"):
                break
            if kinds.get(n.group(1), "").startswith("BatchNorm"):
                found.add(m.group(1))
                break
    return found


@given(arch=architectures())
def test_source_tier_agrees_with_the_graph_tier_on_forward_code(arch):
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "net.py"
        text = forward_source(arch)
        path.write_text(text)
        torch.manual_seed(arch.seed)
        model = load(path).build()
        graph = {re.match(r"`([^`]*)`", d.message).group(1)
                 for d in bnlint.check_model(model, select=["BN001"]) if "(DropPath," not in d.message}
        source = {re.search(r"Dropout `self\.(l\d+)`", d.message).group(1)
                  for d in bnlint.check_source(text, str(path), select=["BN001"])}
        straight = straight_dropouts(text)
        assert source <= graph, f"{text}\nsource tier only: {sorted(source - graph)}"
        assert straight <= source, f"{text}\nmissed by the source tier: {sorted(straight - source)}"


def _eval_output(path: Path, seed: int):
    """The model of a generated file, built with `seed`, random BN statistics, in eval mode, on its input."""
    module = load(path)
    torch.manual_seed(seed)
    model = module.build()
    g = torch.Generator().manual_seed(seed)
    with torch.no_grad():
        for m in model.modules():
            if isinstance(m, torch.nn.modules.batchnorm._BatchNorm):
                m.running_mean.copy_(torch.randn(m.running_mean.shape, generator=g) * 0.1)
                m.running_var.copy_(torch.rand(m.running_var.shape, generator=g) + 0.5)
    model.eval()
    with torch.no_grad():
        return model(module.example_input())


def rewrite(path: Path, strategy: str):
    r = CliRunner().invoke(main, ["check", str(path), "--rewrite", "--unsafe-fixes", "--strategy", strategy,
                                  "--no-cache", "--output-format", "json"])
    assert r.exit_code in (0, 1), r.output
    assert "BN90" not in r.output, r.output  # no crash, no fix that failed or did not settle
    return r


@given(arch=architectures(), style=st.sampled_from(["sequential", "forward"]),
       strategy=st.sampled_from(["move", "uout"]))
def test_fixes_parse_converge_and_keep_eval_behaviour(arch, style, strategy):
    text = (sequential_source if style == "sequential" else forward_source)(arch)
    with tempfile.TemporaryDirectory() as tmp:
        original, fixed = Path(tmp) / "original.py", Path(tmp) / "fixed.py"
        original.write_text(text)
        fixed.write_text(text)
        rewrite(fixed, strategy)
        once = fixed.read_text()
        ast.parse(once)
        rewrite(fixed, strategy)
        assert fixed.read_text() == once, "a second --rewrite changed the file again"
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            before, after = _eval_output(original, arch.seed), _eval_output(fixed, arch.seed)
        torch.testing.assert_close(after, before, rtol=1e-5, atol=1e-6)
