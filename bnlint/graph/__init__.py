"""The graph tier: build models, trace them with torch.fx, find and fix what source cannot see.

Importing this package does not import torch: bnlint.graph.tier (the `--trace` / `--model` driver in the CLI)
runs models in a child process, and check_model / fix_model import torch when called.

Modules: spec (model specs), tier (parent side: jobs, child process, filtering), worker (child side),
build (meta-device builds), tracer (fx tracing with fallbacks), record (a recorded forward pass),
patterns (node vocabulary), units (stochastic units), analysis (one pass per rule), confirm (eval runs),
locate (source lines), rewrite (fix_model), api (check_model).
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
