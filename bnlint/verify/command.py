"""`bnlint verify`: prove a fix by running the original and the fixed model side by side.

torch is imported only when the command runs, so `bnlint --help` and the source tier never import it.
Exit codes: 0 every model passed; 1 a check failed or a model could not be verified (build, input, fix);
2 usage errors (bad option, unreadable --data, unknown device, torch or matplotlib missing).
"""

from __future__ import annotations

import json
import os
import sys
from typing import List, Optional

import click

EXIT_FAILED = 1
EXIT_USAGE = 2


def _fail(message: str) -> None:
    click.echo(f"bnlint: error: {message}", err=True)
    sys.exit(EXIT_USAGE)


@click.command("verify")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--model", "models", multiple=True, metavar="SPEC",
              help="A model spec: path/to/file.py:factory or pkg.module:factory(literal=args). Repeatable.")
@click.option("--strategy", type=click.Choice(["move", "uout"]), default="move", show_default=True,
              help="How fix_model fixes dropout before BatchNorm.")
@click.option("--beta", type=click.FloatRange(0.0, 1.0), default=0.1, show_default=True, help="Uout's beta.")
@click.option("--device", default="auto", show_default=True, metavar="auto|cuda|cpu",
              help="Where to run: auto is cuda when available, else cpu (also cuda:N).")
@click.option("--input-shape", metavar="N,C,H,W",
              help="Random normal input of this shape (default: guessed from the model's first layer).")
@click.option("--data", type=click.Path(dir_okay=False), metavar="FILE.pt",
              help="A saved tensor (or tuple of tensors) to run on instead of random input.")
@click.option("--plot", type=click.Path(dir_okay=False), metavar="FILE.png",
              help="Write shift per BatchNorm before and after as a PNG (needs bnlint[plot]).")
@click.option("--output-format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@click.option("--output-file", "-o", type=click.Path(dir_okay=False), help="Write the report here instead of stdout.")
@click.option("--passes", type=click.IntRange(min=1),
              help="Train-mode passes averaged per measurement (default: enough for ~16k values per channel, "
                   "within --time-budget).")
@click.option("--time-budget", type=click.FloatRange(min=0.0, min_open=True), default=30.0, show_default=True,
              metavar="SECONDS",
              help="Time the automatic number of passes may take per model (both measurements); a slow model gets "
                   "fewer passes, never fewer than 4.")
@click.option("--progress/--no-progress", default=True, show_default=True,
              help="Show on standard error which model and step is running, once a run lasts over 2 s.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True,
              help="BatchNorm layers shown per model in the text report (the worst ones).")
def verify(paths, models, strategy, beta, device, input_shape, data, plot, output_format, output_file, passes,
           time_budget, progress, top) -> None:
    """Run each model (PATHS: the no-argument nn.Module classes of these files; --model SPEC) and its
    fix_model rewrite side by side: variance shift per BatchNorm before and after, eval equivalence,
    eval determinism, state_dict compatibility. Exit 1 if a check fails."""
    if not paths and not models:
        raise click.UsageError("nothing to verify: name a file (bnlint verify model.py) or --model SPEC")
    if data and input_shape:
        raise click.UsageError("--data and --input-shape exclude each other: the data has its own shape")
    shape = None
    if input_shape:
        from bnlint.config import ConfigError, parse_shape

        try:
            shape = parse_shape(input_shape)
        except ConfigError as exc:
            raise click.UsageError(str(exc)) from None
    # torch first: the plot module (like the rest of bnlint.verify's machinery) imports it.
    try:
        import torch  # noqa: F401
    except ImportError:
        _fail('bnlint verify needs torch, which is not installed: pip install "bnlint[trace]"')
    from bnlint.verify import plot as plotting

    if plot and not plotting.available():
        _fail(f"--plot {plotting.MISSING}")
    run_verify(list(paths), list(models), strategy, beta, device, shape, data, plot, output_format, output_file,
               passes, top, time_budget, progress)


def run_verify(paths: List[str], specs: List[str], strategy: str, beta: float, device_text: str, shape,
               data_path: Optional[str], plot: Optional[str], output_format: str, output_file: Optional[str],
               passes: int, top: int, time_budget: float = 30.0, show_progress: bool = True) -> None:
    import torch

    from bnlint import __version__
    from bnlint.graph.spec import SpecError
    from bnlint.verify import report
    from bnlint.verify.inputs import InputError, load_data
    from bnlint.verify.measure import VerifyError, device_name, resolve_device
    from bnlint.verify.execute import Options, run
    from bnlint.verify.progress import Progress
    from bnlint.verify.sources import from_file, from_spec

    try:
        device = resolve_device(device_text)
    except VerifyError as exc:
        _fail(str(exc))
    data = None
    if data_path:
        try:
            data = load_data(data_path)
        except InputError as exc:
            _fail(str(exc))
    candidates, skipped = [], []
    for path in paths:
        if not os.path.isfile(path):
            _fail(f"{path}: no such file" if not os.path.exists(path) else f"{path}: not a file (name a .py file)")
        if not path.endswith(".py"):
            _fail(f"{path}: not a Python file; name a .py file, or a factory with --model SPEC")
        found, notes = from_file(path)
        skipped += notes
        if not found:
            skipped.append(f"{path}: no nn.Module class that can be built without arguments")
        candidates += found
    for spec in specs:
        try:
            candidates.append(from_spec(spec))
        except SpecError as exc:
            _fail(str(exc))
    if not candidates:
        for note in skipped:
            click.echo(f"bnlint: {note}", err=True)
        _fail("nothing to verify")
    options = Options(device, strategy, beta, shape, data, f"--data {data_path}" if data_path else "", passes,
                      time_budget)
    results = run(candidates, options, Progress(enabled=show_progress))
    meta = {"bnlint": __version__, "torch": torch.__version__, "device": str(device),
            "device_name": device_name(device), "strategy": strategy, "beta": beta}
    if output_format == "json":
        rendered = json.dumps(report.to_json(results, meta, skipped), indent=2) + "\n"
    else:
        rendered = report.text(results, meta, skipped, top=top)
    if output_file:
        try:
            with open(output_file, "w", encoding="utf-8", newline="\n") as f:
                f.write(rendered)
        except OSError as exc:
            _fail(f"--output-file {output_file}: cannot write: {exc.strerror or exc}")
    else:
        click.echo(rendered, nl=False)
    if plot:
        from bnlint.verify.plot import write_png

        try:
            write_png(results, plot)
        except OSError as exc:
            _fail(f"--plot {plot}: cannot write: {exc.strerror or exc}")
        click.echo(f"plot written to {plot}", err=True)
    sys.exit(0 if all(r.passed for r in results) else EXIT_FAILED)
