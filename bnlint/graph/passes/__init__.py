"""The graph passes: one small pass per file over a model's Context (bnlint.graph.context), registered for the
codes it can report with `@graph_pass("BN001")` (bnlint.graph.passes.registry); a pass runs only when one of
its codes is enabled (bnlint.graph.api.analyse).

Passes: stochastic_before_batchnorm (BN001, BN006), stochastic_in_eval (BN002, BN003); messages holds what
they share to word their findings. A new pass is a new module here, imported by bnlint.graph.api.
"""
