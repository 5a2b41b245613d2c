"""Graph-tier coverage and speed on a model zoo: every torchvision classification model (and timm's, if asked).

    python benchmarks/zoo.py [--timm N] [--cli] [--json FILE]

For each model: build it the way `bnlint check --model` does (meta device first), trace and analyse it with
every graph rule on (BN001, BN002, BN003, BN006), and report how it went (full / partial / failed), the
findings by code and the time. The total is the figure to compare with the target (80 models, <= 15 s on the
project's 2-core machine). --cli also times one `bnlint check --model ...` run over the same models (child
process included). --timm N adds N of timm's models (spread over its list), when timm is installed.

Where torchvision is not installed, or does not import, the script says why and measures the stand-in zoo
instead: the model classes of tests/models (clearly not torchvision). It always exits 0 unless bnlint
itself fails.

torchvision wheels built for CUDA cannot load their compiled ops beside a CPU-only torch ("operator
torchvision::nms does not exist" while importing). Classification models never call those ops, so the
script then imports torchvision with the registration of fake (meta) kernels for missing ops skipped, and
says so in its output.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import os
import platform
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Callable, List, Optional, Tuple

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

CODES = frozenset({"BN001", "BN002", "BN003", "BN006"})
# A few zoo models with their regularisers turned on, beside the defaults (the spec syntax of --model).
VARIANTS = ["densenet121(drop_rate=0.2)", "efficientnet_b0(stochastic_depth_prob=0.5)"]


def import_torchvision() -> Tuple[Optional[object], str]:
    """(torchvision.models or None, a note on how it was imported or why not)."""
    try:
        import torch
    except ImportError:
        return None, "torch is not installed"
    try:
        import torchvision.models as models

        return models, ""
    except ImportError as exc:
        return None, f"torchvision is not installed ({exc})"
    except RuntimeError as exc:
        if "does not exist" not in str(exc):
            return None, f"torchvision does not import: {exc}"
        first = str(exc)
    for name in [m for m in sys.modules if m == "torchvision" or m.startswith("torchvision.")]:
        del sys.modules[name]
    import torch.library

    real = torch.library.register_fake

    def skip_missing(op, func=None, /, **kwargs):
        def register(fn):
            try:
                return real(op, **kwargs)(fn)
            except RuntimeError as exc:
                if "does not exist" not in str(exc):
                    raise
                return fn

        return register(func) if func is not None else register

    torch.library.register_fake = skip_missing
    try:
        import torchvision.models as models
    except Exception as exc:  # noqa: BLE001 - report and fall back to the stand-in zoo
        return None, f"torchvision does not import: {first}; nor with missing ops skipped: {exc}"
    finally:
        torch.library.register_fake = real
    return models, (f"torchvision's compiled ops did not load ({first}): imported with their fake-kernel "
                    "registration skipped; classification models do not use them")


def torchvision_model(name: str, **kwargs):
    """A torchvision model by name, torchvision imported as above: the factory the --cli run names in its
    --model specs (`benchmarks/zoo.py:torchvision_model("resnet18")`), so its child imports the same way."""
    models, _ = import_torchvision()
    if models is None:
        raise ImportError("torchvision does not import")
    return getattr(models, name)(**kwargs)


def torchvision_zoo(models) -> List[Tuple[str, Callable]]:
    from bnlint.graph.spec import parse_spec

    names = models.list_models(module=models)
    zoo = [(name, getattr(models, name)) for name in names]
    for variant in VARIANTS:
        spec = parse_spec(f"torchvision.models:{variant}")
        factory = getattr(models, spec.factory)
        zoo.append((variant, lambda f=factory, k=spec.kwargs: f(**k)))
    return zoo


def timm_zoo(count: int) -> Tuple[List[Tuple[str, Callable]], str]:
    try:
        import timm
    except Exception as exc:  # noqa: BLE001
        return [], f"timm not measured: {exc}"
    every = timm.list_models()
    names = every[:: max(1, len(every) // count)][:count]  # spread over the alphabet, so over the families
    return [(f"timm:{n}", lambda n=n: timm.create_model(n, pretrained=False)) for n in names], ""


def standin_zoo() -> List[Tuple[str, Callable]]:
    """The model classes of tests/models that build without arguments (a stand-in, not torchvision)."""
    from torch import nn

    sys.path.insert(0, str(ROOT / "tests"))
    zoo = []
    for name in ("densenet", "wrn", "mlp", "droppath", "dropblock", "untraceable"):
        module = importlib.import_module(f"models.{name}")
        for cls_name, cls in vars(module).items():
            if inspect.isclass(cls) and issubclass(cls, nn.Module) and cls.__module__ == module.__name__:
                try:
                    inspect.signature(cls).bind()
                except TypeError:
                    continue
                zoo.append((f"tests/models/{name}.py:{cls_name}", cls))
    return zoo


def analyse(name: str, factory: Callable) -> dict:
    from bnlint.graph.api import diagnose
    from bnlint.graph.build import build
    from bnlint.graph.locate import Sites

    start = time.perf_counter()
    row = {"model": name, "status": "failed", "way": None, "findings": {}, "notes": []}
    try:
        sites = Sites()
        model, row["way"] = build(factory, sites)
        built = time.perf_counter()
        diags = diagnose(model, name, CODES, sites=sites)
    except Exception as exc:  # noqa: BLE001 - a row of the report, not a crash
        row["notes"].append(f"{type(exc).__name__}: {exc}"[:200])
        row["seconds"] = time.perf_counter() - start
        return row
    row["build_s"] = built - start
    row["seconds"] = time.perf_counter() - start
    row["findings"] = dict(Counter(d.code for d in diags if d.code in CODES))
    row["notes"] = [d.message[:200] for d in diags if d.code.startswith("BN9")]
    crashed = any(d.code == "BN902" for d in diags)
    row["status"] = "failed" if crashed else "partial" if row["notes"] else "full"
    return row


def cli_spec(name: str) -> str:
    """`densenet121(drop_rate=0.2)` -> `benchmarks/zoo.py:torchvision_model("densenet121", drop_rate=0.2)`."""
    factory, _, rest = name.partition("(")
    args = f", {rest[:-1]}" if rest else ""
    return f'benchmarks/zoo.py:torchvision_model("{factory}"{args})'


def cli_run(names: List[str]) -> str:
    specs = [a for n in names for a in ("--model", cli_spec(n))]
    start = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "bnlint", "check", "--no-cache", "-q", "--extend-select", "BN006",
                           "--output-format", "json", *specs], cwd=ROOT, capture_output=True, text=True,
                          env=dict(os.environ, PYTHONPATH=str(ROOT)))
    wall = time.perf_counter() - start
    try:
        found = json.loads(proc.stdout)
    except ValueError:
        return f"{wall:.2f} s wall, but no report (exit {proc.returncode}): {proc.stderr.strip()[-300:]}"
    codes = Counter(d["code"] for d in found)
    return (f"{wall:.2f} s wall, exit {proc.returncode}; findings: "
            + ", ".join(f"{c}: {n}" for c, n in sorted(codes.items())))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--timm", type=int, default=0, metavar="N", help="also N timm models, spread over its list")
    parser.add_argument("--cli", action="store_true", help="also time one `bnlint check --model ...` run")
    parser.add_argument("--json", metavar="FILE", help="write the rows as JSON")
    args = parser.parse_args()

    import torch

    torch.set_num_threads(1)  # meta builds and tracing do not compute; keep the other core free
    models, note = import_torchvision()
    if models is None:
        print(f"torchvision: NOT MEASURED: {note}.")
        print("Measuring the stand-in zoo instead: the model classes of tests/models (not torchvision).\n")
        zoo, label = standin_zoo(), "stand-in zoo (tests/models)"
    else:
        import torchvision

        if note:
            print(f"note: {note}\n")
        zoo, label = torchvision_zoo(models), f"torchvision {torchvision.__version__}"
    if args.timm:
        extra, timm_note = timm_zoo(args.timm)
        zoo += extra
        if timm_note:
            print(timm_note)
    print(f"{label}, torch {torch.__version__}, Python {platform.python_version()}, {os.cpu_count()} cores, "
          f"{len(zoo)} models\n")

    rows = []
    total_start = time.perf_counter()
    for name, factory in zoo:
        rows.append(analyse(name, factory))
    total = time.perf_counter() - total_start

    width = max(len(r["model"]) for r in rows)
    print(f"{'model':<{width}}  {'status':<7}  {'built on':<15}  {'seconds':>7}  findings")
    for r in rows:
        found = ", ".join(f"{c} x{n}" for c, n in sorted(r["findings"].items())) or "-"
        print(f"{r['model']:<{width}}  {r['status']:<7}  {r['way'] or '-':<15}  {r['seconds']:7.3f}  {found}")
        for n in r["notes"]:
            print(f"{'':<{width}}    {n}")
    status = Counter(r["status"] for r in rows)
    codes = Counter()
    for r in rows:
        codes.update(r["findings"])
    with_findings = sum(1 for r in rows if r["findings"])
    print(f"\n{len(rows)} models: {status['full']} analysed fully, {status['partial']} in part, "
          f"{status['failed']} failed; {with_findings} with findings "
          f"({', '.join(f'{c}: {n}' for c, n in sorted(codes.items())) or 'none'})")
    print(f"total {total:.2f} s in this process (slowest: " + ", ".join(
        f"{r['model']} {r['seconds']:.2f} s" for r in sorted(rows, key=lambda r: -r["seconds"])[:3]) + ")")
    if args.cli and models is not None:
        names = [r["model"] for r in rows if not r["model"].startswith("timm:")]
        print(f"bnlint check --model x{len(names)} (one child process, torch import included): {cli_run(names)}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
