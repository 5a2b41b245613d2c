"""The graph tier: build models, trace them with torch.fx, find and fix what source cannot see.

Importing this package does not import torch: bnlint.graph.tier (the `--trace` / `--model` driver in the CLI)
runs models in a child process, and check_model / fix_model import torch when called.

The pipeline, in the order a model meets it:
- parent side (no torch): spec (model specs), tier (plan the tasks, run them, filter and merge the
  findings), child (one child process and its events), findings (graph findings as Diagnostics, noqa);
- child side: worker (the child's loop), loading (user code: files, specs, classes), build (meta-device
  builds), locate (the source line of each layer);
- tracing: fx_tracer (the fx.Tracer), tracer (fx with fallbacks), record (a recorded forward pass), probe
  (what an untraceable weightless layer does);
- analysis: patterns (the node vocabulary, built from bnlint.torch_api), units (stochastic units), context
  (what passes share about one model), passes/ (one pass per file), confirm (eval-mode runs), api
  (check_model, diagnose);
- fixing and measuring: rewrite (fix_model), variance (variance_shift, measured at run time), running
  (modes, calls, inputs) and frames (where code is).
"""


def check_model(model, example_inputs=None, **options):
    """See bnlint.graph.api.check_model."""
    from bnlint.graph.api import check_model as _check_model

    return _check_model(model, example_inputs, **options)


def fix_model(model, strategy="move", beta=0.1):
    """See bnlint.graph.rewrite.fix_model."""
    from bnlint.graph.rewrite import fix_model as _fix_model

    return _fix_model(model, strategy=strategy, beta=beta)


def __getattr__(name):
    # variance_shift imports torch: load it only when asked for.
    if name == "variance_shift":
        from bnlint.graph import variance

        return variance.variance_shift
    raise AttributeError(f"module 'bnlint.graph' has no attribute {name!r}")
