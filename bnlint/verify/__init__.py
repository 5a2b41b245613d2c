"""`bnlint verify`: run a model and its fix_model rewrite side by side and check what the fix changes
(variance shift per BatchNorm) and what it keeps (eval outputs, determinism, state_dict).

Importing this package does not import torch (the CLI registers the command at start-up).
Modules: command (the click command), sources (which models), inputs (what they run on), execute (build and
run each model), measure (the checks and thresholds), budget (how many passes fit the time budget), explain
(why layers stay shifted after the fix), progress (what is running, on standard error), report (text and
JSON), plot (--plot PNG).

From Python: bnlint.verify.measure.verify(model, inputs, strategy="move") returns a Result.
"""
