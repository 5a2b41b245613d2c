"""The guard in the shapes training code takes: a plain loop, a Lightning-style trainer (a stand-in written here,
no Lightning needed), a Hugging Face-style framework that switches modes itself, DataParallel and
DistributedDataParallel (CPU, gloo, one process), and torch.compile."""

from __future__ import annotations

from pathlib import Path

import pytest

torch = pytest.importorskip("torch")

from torch import nn  # noqa: E402
from torch.nn import functional as F  # noqa: E402

import bnlint  # noqa: E402
from bnlint.guard import auto, registry  # noqa: E402

pytestmark = pytest.mark.torch
SOURCE = Path(__file__).read_text().splitlines()


def line(marker: str) -> int:
    (found,) = [i for i, text in enumerate(SOURCE, start=1) if text.rstrip().endswith(f"# <- {marker}")]
    return found


def codes(guard):
    return [(d.code, d.line) for d in guard.diagnostics]


def net(p: float = 0.3) -> nn.Module:
    return nn.Sequential(nn.Linear(8, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Dropout(p), nn.Linear(16, 2))


BATCHES = [(torch.randn(8, 8), torch.randint(0, 2, (8,))) for _ in range(3)]


@pytest.fixture(autouse=True)
def _clean():
    yield
    for g in list(registry._guards):
        g.remove()
    assert not registry.installed()


# ------------------------------------------------------------------ a plain loop
@torch.no_grad()
def validate(model):
    model.eval()
    return sum(F.cross_entropy(model(x), y) for x, y in BATCHES)


def plain_loop(model, restore: bool):
    opt = torch.optim.SGD(model.parameters(), lr=0.01)
    model.train()
    for epoch in range(2):
        if restore:
            model.train()
        for x, y in BATCHES:
            opt.zero_grad()
            F.cross_entropy(model(x), y).backward()  # <- plain backward
            opt.step()
        validate(model)


@pytest.mark.parametrize("restore, expected", [(False, [("BN103", "plain backward")]), (True, [])])
def test_plain_loop(restore, expected):
    model = net()
    with bnlint.guard(model, action=lambda d: None) as g:
        plain_loop(model, restore)
    assert codes(g) == [(c, line(m)) for c, m in expected]


# ------------------------------------------------------------------ Lightning-style
class MiniTrainer:
    """What Lightning's fit loop does with modes: train() for each training epoch, eval() and no_grad for
    validation, callbacks after each batch."""

    def __init__(self, callbacks=()):
        self.callbacks = list(callbacks)

    def fit(self, module, epochs: int = 2):
        opt = module.configure_optimizers()
        for epoch in range(epochs):
            module.train()
            for i, batch in enumerate(BATCHES):
                loss = module.training_step(batch, i)
                opt.zero_grad()
                loss.backward()  # <- trainer backward
                opt.step()
                for cb in self.callbacks:
                    cb.on_train_batch_end(self, module, i)
            module.eval()
            with torch.no_grad():
                for i, batch in enumerate(BATCHES):
                    module.validation_step(batch, i)


class LitModel(nn.Module):
    def __init__(self, functional_dropout: bool = False):
        super().__init__()
        self.net = net()
        self.functional_dropout = functional_dropout

    def forward(self, x):
        x = self.net[:3](x)
        if self.functional_dropout:
            x = F.dropout(x, 0.2)  # <- lit dropout
        return self.net[3:](x)

    def training_step(self, batch, i):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def validation_step(self, batch, i):
        x, y = batch
        return F.cross_entropy(self(x), y)

    def configure_optimizers(self):
        return torch.optim.SGD(self.parameters(), lr=0.01)


class PeekCallback:
    """A callback that evaluates the model mid-epoch and forgets to put it back in train mode."""

    def on_train_batch_end(self, trainer, module, i):
        if i == 0:
            module.eval()
            with torch.no_grad():
                module(BATCHES[0][0])


@pytest.mark.parametrize("functional, callbacks, expected", [
    (False, [], []),
    (True, [], [("BN002", "lit dropout")]),
    (False, [PeekCallback()], [("BN103", "trainer backward")]),
])
def test_lightning_style_loop_with_every_model_guarded(functional, callbacks, expected):
    guard = auto.start(action=lambda d: None)  # as the pytest plugin and BNLINT_GUARD do: no model named
    MiniTrainer(callbacks).fit(LitModel(functional))
    guard.remove()
    assert codes(guard) == [(c, line(m)) for c, m in expected]


# ------------------------------------------------------------------ Hugging Face-style
class TinyAttentionModel(nn.Module):
    """A PreTrainedModel's shape: keyword inputs, a dict out, from_pretrained() returns it in eval mode."""

    def __init__(self, gated: bool = True):
        super().__init__()
        self.embed = nn.Embedding(20, 8)
        self.qkv = nn.Linear(8, 24)
        self.norm = nn.BatchNorm1d(8)
        self.head = nn.Linear(8, 2)
        self.attention_dropout = 0.1
        self.gated = gated

    @classmethod
    def from_pretrained(cls, **kw):
        return cls(**kw).eval()

    def forward(self, input_ids=None, labels=None):
        h = self.embed(input_ids)
        q, k, v = self.qkv(h).chunk(3, dim=-1)
        p = self.attention_dropout if (self.training or not self.gated) else 0.0
        h = F.scaled_dot_product_attention(q, k, v, dropout_p=p)  # <- hf attention
        logits = self.head(self.norm(h.mean(1)))
        out = {"logits": logits}
        if labels is not None:
            out["loss"] = F.cross_entropy(logits, labels)
        return out


class MiniHFTrainer:
    """Hugging Face's Trainer with modes: train() in each training step, evaluate() puts the model in eval mode
    under no_grad itself."""

    def __init__(self, model):
        self.model = model
        self.opt = torch.optim.AdamW(model.parameters(), lr=1e-3)

    def batches(self):
        return [{"input_ids": torch.randint(0, 20, (4, 5)), "labels": torch.randint(0, 2, (4,))} for _ in range(2)]

    def train(self):
        for batch in self.batches():
            self.model.train()
            self.model(**batch)["loss"].backward()
            self.opt.step()
            self.opt.zero_grad()
            self.evaluate()

    def evaluate(self):
        self.model.eval()
        with torch.no_grad():
            for batch in self.batches():
                self.model(**batch)  # <- hf evaluate


@pytest.mark.parametrize("gated, expected", [(True, []), (False, [("BN004", "hf attention")])])
def test_hugging_face_style_framework_eval(gated, expected):
    model = TinyAttentionModel.from_pretrained(gated=gated)
    with bnlint.guard(model, action=lambda d: None) as g:
        with torch.no_grad():
            model(input_ids=torch.randint(0, 20, (2, 5)))  # from_pretrained gave eval mode: no BN101
        MiniHFTrainer(model).train()
    assert codes(g) == [(c, line(m)) for c, m in expected]


# ------------------------------------------------------------------ DataParallel, DistributedDataParallel
def test_data_parallel_on_cpu():
    model = net()
    dp = nn.DataParallel(model)
    with bnlint.guard(model, action=lambda d: None) as g, torch.no_grad():
        dp(BATCHES[0][0])  # <- dp call
    (d,) = g.diagnostics
    assert (d.code, d.line) == ("BN101", line("dp call")) and d.message.startswith("`dp` runs for inference")


def test_distributed_data_parallel_gloo_single_process(tmp_path):
    dist = pytest.importorskip("torch.distributed")
    if not dist.is_available():
        pytest.skip("torch.distributed is not available in this build")
    from torch.nn.parallel import DistributedDataParallel as DDP

    dist.init_process_group("gloo", init_method=f"file://{tmp_path / 'rendezvous'}", rank=0, world_size=1)
    try:
        ddp, fresh = DDP(net()), DDP(net())
        opt = torch.optim.SGD(ddp.parameters(), lr=0.01)
        with bnlint.guard(ddp, action=lambda d: None) as g, bnlint.guard(fresh, action=lambda d: None) as g2:
            for step in range(3):
                x, y = BATCHES[step]
                opt.zero_grad()
                F.cross_entropy(ddp(x), y).backward()  # <- ddp backward
                opt.step()
                if step == 0:
                    ddp.eval()  # validation, and no train() after it
            with torch.no_grad():
                fresh(x)  # <- ddp inference
    finally:
        dist.destroy_process_group()
    assert codes(g) == [("BN103", line("ddp backward"))] and codes(g2) == [("BN101", line("ddp inference"))]
    assert g.diagnostics[0].message.startswith("`ddp` reaches this training step in eval mode")


# ------------------------------------------------------------------ torch.compile
class Compiled(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(8, 16)
        self.bn = nn.BatchNorm1d(16)
        self.head = nn.Linear(16, 2)

    def forward(self, x):
        x = F.relu(self.bn(self.fc(x)))
        return self.head(F.dropout(x, 0.2))  # <- compiled dropout


def test_torch_compile_hooks_still_fire():
    model = Compiled()
    compiled = torch.compile(model, backend="eager")  # dynamo is what meets the hooks; eager keeps the test fast
    with bnlint.guard(model, action=lambda d: None) as g:
        with torch.no_grad():
            compiled(BATCHES[0][0])  # <- compiled call
        model.eval()
        compiled(BATCHES[0][0])
        compiled(BATCHES[1][0])
    assert codes(g) == [("BN101", line("compiled call")), ("BN002", line("compiled dropout"))]
    assert g.diagnostics[0].message.startswith("`compiled` runs for inference")
