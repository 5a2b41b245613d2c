"""What Python says about one file, with no torch names: nodes, classes, scopes and bindings, calls.

The analysis package (bnlint.source.analysis) builds what torch code means on top of this.
"""
