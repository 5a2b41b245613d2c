"""What bnlint's runtime guard costs a forward pass: ResNet-50 (torchvision's when it is installed, else the
same architecture built here: 25.6M parameters, 53 BatchNorm layers), timed with and without `bnlint.guard`.

    .venv/bin/python benchmarks/guard_overhead.py                    # CPU, batch 4, 224x224
    .venv/bin/python benchmarks/guard_overhead.py --device cuda --batch 64

Two cases: a training step's forward (train mode, gradients on) and inference (eval mode under no_grad, where
the guard also watches functional calls through a TorchFunctionMode). Each is timed unguarded, guarded, and
unguarded again after guard.remove() (the cost when off must be zero: the script checks that no hook stays
behind). Rounds alternate between the three so a machine's drift hits all alike; figures are medians over
rounds. The guard's cost does not depend on the input (its hooks never touch tensors), so it is also measured on
a small input (batch 2, 64x64), where it is a larger share and noise matters less: the added milliseconds
there are what every forward pass of this model pays. On the CPU, time is process CPU time (steadier than wall
time on a shared machine); on CUDA, wall time after synchronising.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from pathlib import Path

import torch
from torch import nn

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import bnlint  # noqa: E402


class Bottleneck(nn.Module):
    expansion = 4

    def __init__(self, inplanes: int, planes: int, stride: int = 1, downsample: nn.Module = None):
        super().__init__()
        self.conv1 = nn.Conv2d(inplanes, planes, 1, bias=False)
        self.bn1 = nn.BatchNorm2d(planes)
        self.conv2 = nn.Conv2d(planes, planes, 3, stride, 1, bias=False)
        self.bn2 = nn.BatchNorm2d(planes)
        self.conv3 = nn.Conv2d(planes, planes * 4, 1, bias=False)
        self.bn3 = nn.BatchNorm2d(planes * 4)
        self.relu = nn.ReLU(inplace=True)
        self.downsample = downsample

    def forward(self, x):
        identity = x if self.downsample is None else self.downsample(x)
        out = self.relu(self.bn1(self.conv1(x)))
        out = self.relu(self.bn2(self.conv2(out)))
        return self.relu(self.bn3(self.conv3(out)) + identity)


class ResNet50(nn.Module):
    """torchvision's resnet50, layer for layer."""

    def __init__(self, num_classes: int = 1000):
        super().__init__()
        self.inplanes = 64
        self.conv1 = nn.Conv2d(3, 64, 7, 2, 3, bias=False)
        self.bn1 = nn.BatchNorm2d(64)
        self.relu = nn.ReLU(inplace=True)
        self.maxpool = nn.MaxPool2d(3, 2, 1)
        self.layer1 = self._layer(64, 3)
        self.layer2 = self._layer(128, 4, 2)
        self.layer3 = self._layer(256, 6, 2)
        self.layer4 = self._layer(512, 3, 2)
        self.avgpool = nn.AdaptiveAvgPool2d(1)
        self.fc = nn.Linear(2048, num_classes)

    def _layer(self, planes: int, blocks: int, stride: int = 1) -> nn.Sequential:
        down = None
        if stride != 1 or self.inplanes != planes * 4:
            down = nn.Sequential(nn.Conv2d(self.inplanes, planes * 4, 1, stride, bias=False), nn.BatchNorm2d(planes * 4))
        layers = [Bottleneck(self.inplanes, planes, stride, down)]
        self.inplanes = planes * 4
        layers += [Bottleneck(self.inplanes, planes) for _ in range(1, blocks)]
        return nn.Sequential(*layers)

    def forward(self, x):
        x = self.maxpool(self.relu(self.bn1(self.conv1(x))))
        x = self.layer4(self.layer3(self.layer2(self.layer1(x))))
        return self.fc(torch.flatten(self.avgpool(x), 1))


def resnet50() -> nn.Module:
    try:
        from torchvision.models import resnet50 as tv
    except ImportError:
        return ResNet50()
    return tv()


def resnet50_dropout_head() -> nn.Module:
    """ResNet-50 with a Linear -> Dropout -> BatchNorm1d head: the shape of model whose verify took minutes with
    the automatic passes (the head's BatchNorm sees one value per channel per sample, so 256 passes were wanted).
    For `bnlint verify --model benchmarks/guard_overhead.py:resnet50_dropout_head` (figures in RESULTS.md)."""
    model = ResNet50()
    model.fc = nn.Sequential(nn.Linear(2048, 256), nn.Dropout(0.5), nn.BatchNorm1d(256), nn.ReLU(),
                             nn.Linear(256, 1000))
    return model


def hooks_installed() -> int:
    from torch.nn.modules import module

    return len(module._global_forward_pre_hooks) + len(module._global_forward_hooks)


def timed(model: nn.Module, x: torch.Tensor, training: bool, repeats: int, device: torch.device) -> float:
    model.train(training)
    best = []
    clock = time.perf_counter if device.type == "cuda" else time.process_time
    for _ in range(repeats):
        if device.type == "cuda":
            torch.cuda.synchronize()
        start = clock()
        if training:
            model(x)
        else:
            with torch.no_grad():
                model(x)
        if device.type == "cuda":
            torch.cuda.synchronize()
        best.append(clock() - start)
    return statistics.median(best)


def measure(model: nn.Module, x: torch.Tensor, rounds: int, device: torch.device) -> dict:
    """Pass by pass, unguarded, guarded, unguarded after remove(): a drift between passes hits all three."""
    cases = {"train forward": True, "inference (eval, no_grad)": False}
    for training in cases.values():  # warm-up: allocator, kernels, one-off costs
        timed(model, x, training, 2, device)
    out = {}
    for case, training in cases.items():
        t = {"off": [], "on": [], "removed": []}
        for _ in range(rounds):
            t["off"].append(timed(model, x, training, 1, device))
            guard = bnlint.guard(model)
            t["on"].append(timed(model, x, training, 1, device))
            guard.remove()
            assert hooks_installed() == 0, "a hook stayed behind after guard.remove()"
            t["removed"].append(timed(model, x, training, 1, device))
            assert not guard.diagnostics, guard.diagnostics
        off, on, removed = (statistics.median(t[k]) for k in ("off", "on", "removed"))
        ratios = [(b / a - 1) * 100 for a, b in zip(t["off"], t["on"])]
        after = [(b / a - 1) * 100 for a, b in zip(t["off"], t["removed"])]
        q = statistics.quantiles(ratios, n=4) if len(ratios) > 1 else ratios * 3
        out[case] = {"off_ms": off * 1e3, "on_ms": on * 1e3, "removed_ms": removed * 1e3,
                     "added_ms": statistics.median(b - a for a, b in zip(t["off"], t["on"])) * 1e3,
                     "overhead_pct": statistics.median(ratios), "overhead_iqr_pct": [q[0], q[2]],
                     "after_remove_pct": statistics.median(after)}
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--batch", type=int, default=4)
    parser.add_argument("--size", type=int, default=224)
    parser.add_argument("--rounds", type=int, default=15, help="passes of each kind on the full-size input")
    parser.add_argument("--small-rounds", type=int, default=60, help="passes of each kind on the small input")
    parser.add_argument("--json", help="write the figures here too")
    args = parser.parse_args()
    device = torch.device(args.device)
    torch.manual_seed(0)
    model = resnet50().to(device)
    assert hooks_installed() == 0, "hooks installed before the guard started"
    name = torch.cuda.get_device_name(device) if device.type == "cuda" else (platform.processor() or platform.machine())
    print(f"ResNet-50 ({sum(p.numel() for p in model.parameters()) / 1e6:.1f}M parameters, "
          f"{sum(isinstance(m, nn.BatchNorm2d) for m in model.modules())} BatchNorm), {device} ({name}), "
          f"torch {torch.__version__}, {torch.get_num_threads()} threads")
    report = {"device": str(device), "device_name": name, "torch": torch.__version__, "inputs": {}}
    for label, shape, rounds in (
            (f"batch {args.batch}, {args.size}x{args.size}", (args.batch, 3, args.size, args.size), args.rounds),
            ("batch 2, 64x64 (the guard's fixed cost)", (2, 3, 64, 64), args.small_rounds)):
        x = torch.randn(*shape, device=device)
        found = measure(model, x, rounds, device)
        report["inputs"][label] = found
        print(f"{label}: {rounds} passes of each kind, medians of pass-by-pass differences")
        for case, r in found.items():
            lo, hi = r["overhead_iqr_pct"]
            print(f"  {case:<26} unguarded {r['off_ms']:8.2f} ms  guarded {r['on_ms']:8.2f} ms  "
                  f"added {r['added_ms']:+6.2f} ms = {r['overhead_pct']:+5.2f}% (IQR {lo:+.1f}% .. {hi:+.1f}%)  "
                  f"after remove() {r['after_remove_pct']:+5.2f}%")
    if args.json:
        Path(args.json).write_text(json.dumps(report, indent=2) + "\n")


if __name__ == "__main__":
    main()
