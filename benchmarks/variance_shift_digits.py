"""Reproduce the variance-shift claim (Li et al., CVPR 2019) on real data, and show what bnlint's fixes do.

    python benchmarks/variance_shift_digits.py [--seeds 3] [--epochs 15] [--device auto|cpu|cuda]
                                               [--json out.json] [--plot out.png]

Data: scikit-learn's bundled digits (1,797 real 8x8 images of handwritten digits, no download), a
stratified 70/30 train/test split per seed. Model: 4 blocks of Conv3x3 -> Dropout(0.5) -> BatchNorm2d ->
ReLU (max-pooling after the second), then a linear classifier. Variants, trained the same way from the same
initial weights for each seed:

  (a) unfixed        dropout before every BN, as written
  (b) fix: move      bnlint.fix_model(a, strategy="move"): dropout moved after the last BN
  (c) fix: uout      bnlint.fix_model(a, strategy="uout", beta=0.1): Uout instead of dropout
  (d) no dropout     the same network without the dropout layers

Reported: eval-mode test accuracy (mean and standard deviation over seeds) and each BN's variance shift
(bnlint.variance_shift on the test images, trained weights), averaged over seeds. Needs scikit-learn,
and matplotlib for --plot.
"""

from __future__ import annotations

import argparse
import json
import platform
import statistics
import sys
import time
from typing import Dict, List

import torch
from torch import nn

from bnlint.graph import fix_model, variance_shift

VARIANTS = (
    ("a", "unfixed (Dropout 0.5 before BN)"),
    ("b", "fixed: move"),
    ("c", "fixed: Uout(0.1)"),
    ("d", "no dropout"),
)


def make_cnn(dropout: bool = True, width: int = 16, blocks: int = 4, p: float = 0.5) -> nn.Sequential:
    layers: List[nn.Module] = []
    channels = 1
    for i in range(blocks):
        layers.append(nn.Conv2d(channels, width, 3, padding=1))
        if dropout:
            layers.append(nn.Dropout(p))
        layers += [nn.BatchNorm2d(width), nn.ReLU()]
        if i == 1:
            layers.append(nn.MaxPool2d(2))  # 8x8 -> 4x4
        channels = width
    layers += [nn.Flatten(), nn.Linear(width * 4 * 4, 10)]
    return nn.Sequential(*layers)


def build(variant: str, seed: int) -> nn.Module:
    torch.manual_seed(seed)  # the same initial weights for every variant of a seed
    if variant == "d":
        return make_cnn(dropout=False)
    model = make_cnn()
    if variant == "b":
        return fix_model(model, strategy="move")
    if variant == "c":
        return fix_model(model, strategy="uout", beta=0.1)
    return model


def load_data(seed: int, device: torch.device):
    from sklearn.datasets import load_digits
    from sklearn.model_selection import train_test_split

    digits = load_digits()
    x_train, x_test, y_train, y_test = train_test_split(
        digits.images, digits.target, test_size=0.3, random_state=seed, stratify=digits.target)
    x_train = torch.tensor(x_train, dtype=torch.float32).unsqueeze(1)
    x_test = torch.tensor(x_test, dtype=torch.float32).unsqueeze(1)
    mean, std = x_train.mean(), x_train.std()
    return ((x_train - mean) / std).to(device), torch.tensor(y_train).to(device), \
        ((x_test - mean) / std).to(device), torch.tensor(y_test).to(device)


def train_and_measure(variant: str, seed: int, epochs: int, device: torch.device) -> Dict:
    x_train, y_train, x_test, y_test = load_data(seed, device)
    model = build(variant, seed).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    generator = torch.Generator().manual_seed(seed)
    start = time.perf_counter()
    for _ in range(epochs):
        model.train()
        order = torch.randperm(len(x_train), generator=generator).to(device)
        for i in range(0, len(order), 64):
            batch = order[i:i + 64]
            optimizer.zero_grad()
            nn.functional.cross_entropy(model(x_train[batch]), y_train[batch]).backward()
            optimizer.step()
    model.eval()
    with torch.no_grad():
        accuracy = (model(x_test).argmax(1) == y_test).float().mean().item()
    seconds = time.perf_counter() - start
    shift = variance_shift(model, x_test, passes=None, seed=seed)  # passes: enough for the precision
    return {"accuracy": accuracy, "shift": list(shift.values()), "bn": list(shift), "train_seconds": seconds}


def summarise(runs: Dict[str, List[Dict]]) -> Dict:
    out = {}
    for variant, label in VARIANTS:
        accs = [r["accuracy"] * 100 for r in runs[variant]]
        per_bn = [statistics.mean(vals) for vals in zip(*(r["shift"] for r in runs[variant]))]
        out[variant] = {
            "label": label,
            "accuracy_mean": statistics.mean(accs),
            "accuracy_std": statistics.stdev(accs) if len(accs) > 1 else 0.0,
            "accuracy_min": min(accs),
            "accuracy_max": max(accs),
            "accuracies": accs,
            "shift_per_bn": per_bn,
            "train_seconds_mean": statistics.mean(r["train_seconds"] for r in runs[variant]),
        }
    return out


def markdown(summary: Dict) -> str:
    n_bn = len(summary["a"]["shift_per_bn"])
    head = "| variant | test accuracy % (mean ± sd) | min–max | " + " | ".join(f"BN{i + 1} shift" for i in range(n_bn)) + " |"
    rows = [head, "|---|---|---|" + "---|" * n_bn]
    for variant, _ in VARIANTS:
        s = summary[variant]
        shifts = " | ".join(f"{v:.3f}" for v in s["shift_per_bn"]) if s["shift_per_bn"] else " | ".join("–" * 1 for _ in range(n_bn))
        rows.append(f"| ({variant}) {s['label']} | {s['accuracy_mean']:.1f} ± {s['accuracy_std']:.1f} | "
                    f"{s['accuracy_min']:.1f}–{s['accuracy_max']:.1f} | {shifts} |")
    return "\n".join(rows)


def plot(summary: Dict, path: str) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(6, 3.5))
    for variant, marker in (("a", "o"), ("b", "s"), ("c", "^"), ("d", "x")):
        values = summary[variant]["shift_per_bn"]
        ax.plot(range(1, len(values) + 1), values, marker=marker, label=f"({variant}) {summary[variant]['label']}")
    ax.axhline(1.0, color="grey", linewidth=0.8)
    ax.set_xlabel("BatchNorm layer")
    ax.set_ylabel("variance shift")
    ax.set_xticks(range(1, len(summary["a"]["shift_per_bn"]) + 1))
    ax.set_title("Variance shift per BN, digits CNN (trained weights)")
    ax.legend(fontsize=8)
    fig.tight_layout()
    fig.savefig(path, dpi=120)
    plt.close(fig)


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seeds", type=int, default=3, help="seeds per variant (at least 3 for a spread)")
    parser.add_argument("--epochs", type=int, default=15)
    parser.add_argument("--device", default="auto", help="auto (cuda when available), cpu, cuda, cuda:1 ...")
    parser.add_argument("--json", help="write every run and the summary here")
    parser.add_argument("--plot", help="write the per-BN shift plot (PNG) here; needs matplotlib")
    args = parser.parse_args(argv)
    device = torch.device("cuda" if args.device == "auto" and torch.cuda.is_available() else
                          "cpu" if args.device == "auto" else args.device)
    if device.type == "cuda" and not torch.cuda.is_available():
        sys.exit("--device cuda: no CUDA device is available here")
    try:
        import sklearn  # noqa: F401
    except ImportError:
        sys.exit("this benchmark needs scikit-learn: pip install scikit-learn")
    if args.plot:
        try:
            import matplotlib  # noqa: F401
        except ImportError:
            sys.exit("--plot needs matplotlib: pip install 'bnlint[plot]' (or pip install matplotlib)")

    name = torch.cuda.get_device_name(device) if device.type == "cuda" else platform.processor() or platform.machine()
    print(f"device: {device} ({name}), torch {torch.__version__}, {torch.get_num_threads()} CPU threads; "
          f"{args.seeds} seeds x {args.epochs} epochs", flush=True)
    start = time.perf_counter()
    runs: Dict[str, List[Dict]] = {v: [] for v, _ in VARIANTS}
    for seed in range(args.seeds):
        for variant, _ in VARIANTS:
            r = train_and_measure(variant, seed, args.epochs, device)
            runs[variant].append(r)
            print(f"seed {seed} ({variant}): accuracy {r['accuracy'] * 100:.1f}%, train {r['train_seconds']:.1f}s, "
                  f"shift {' '.join(f'{v:.3f}' for v in r['shift'])}", flush=True)
    total = time.perf_counter() - start
    summary = summarise(runs)
    print()
    print(markdown(summary))
    for variant in ("b", "c", "d"):
        wins = sum(r["accuracy"] > u["accuracy"] for r, u in zip(runs[variant], runs["a"]))
        print(f"({variant}) beats (a) in {wins} of {args.seeds} seeds")
    print(f"\ntotal {total:.1f}s on {device}")
    if args.json:
        with open(args.json, "w", encoding="utf-8") as f:
            json.dump({"device": str(device), "device_name": name, "torch": torch.__version__, "seeds": args.seeds,
                       "epochs": args.epochs, "total_seconds": total, "summary": summary, "runs": runs}, f, indent=2)
    if args.plot:
        plot(summary, args.plot)
        print(f"plot written to {args.plot}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
