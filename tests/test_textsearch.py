"""AnyOf (bnlint.textsearch), the prefilters' fast alternation: it must say "found" exactly where the alternation it
replaces does, for every text; a difference would hide findings (a prefilter too tight) or cost time."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from bnlint.project.outline import TRAITS, _NAMED_FOR_INFERENCE
from bnlint.source.analysis.training import TRAINING_TEXT
from bnlint.textsearch import AnyOf
from bnlint.torch_api import BATCHNORM_TEXT, DROPOUT_TEXT

# The alternations as they were written before AnyOf, each beside what replaced it.
PAIRS = [
    (re.compile(r"backward|step\s*\("), TRAINING_TEXT),
    (re.compile(r"no_grad|inference_mode|set_grad_enabled|^" + _NAMED_FOR_INFERENCE, re.M), TRAITS["inference"]),
    (re.compile(r"\.(?:eval|train)\s*\("), TRAITS["modes"]),
    (re.compile("|".join(DROPOUT_TEXT)), TRAITS["dropout"]),
    (re.compile("|".join(BATCHNORM_TEXT)), TRAITS["batchnorm"]),
]

# Texts built from the pieces the patterns look for, cut and joined anywhere: near misses included.
PIECES = ["backward", "step", "step (", "(", " ", "\n", "\t", "def ", "async ", "_eval", "Valid", "test", "predict",
          "infer", "no_grad", "inference_mode", "set_grad_enabled", ".eval", ".train", "Dropout", "drop_block",
          "DropBlock", "batch_norm", "BatchNorm", "x", "=", "def", "_", "async", "Ev", "al", ".", "\\"]
TEXTS = st.lists(st.sampled_from(PIECES), max_size=12).map("".join).flatmap(
    lambda t: st.integers(0, len(t)).map(lambda i: t[i:]))


@settings(max_examples=400, deadline=None)
@given(TEXTS)
def test_any_of_finds_exactly_where_the_alternation_does(text):
    for alternation, fast in PAIRS:
        assert (alternation.search(text) is not None) == (fast.search(text) is not None), (alternation.pattern, text)


def test_literals_are_plain_text_not_patterns():
    words = AnyOf.literals(["a.b", "(x)"])
    assert words.search("a.b") and words.search("f(x)")
    assert words.search("axb") is None and words.search("x") is None


def test_a_multi_line_anchor_is_the_start_or_a_newline():
    inference = TRAITS["inference"]
    assert inference.search("def evaluate(model):")
    assert inference.search("@torch.no_grad\ndef f(): pass")
    assert inference.search("x = 1\nasync def predict(m): pass")
    assert inference.search("x = 1; def evaluate(m): pass") is None  # not at a line's start
    assert inference.search("    def evaluate(self):") is None  # a method: its own line starts with spaces
