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


# ----------------------------------------------------------------------------- code_only
import ast  # noqa: E402
import io  # noqa: E402
import tokenize  # noqa: E402
import warnings  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from bnlint.textsearch import code_only  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent


def _tokens(text: str):
    """The tokens Python reads, comments and layout-only newlines left out."""
    return [(tok.type, tok.string) for tok in tokenize.generate_tokens(io.StringIO(text).readline)
            if tok.type not in (tokenize.COMMENT, tokenize.NL, tokenize.NEWLINE, tokenize.INDENT, tokenize.DEDENT,
                                tokenize.ENDMARKER)]


def _emptied(string: str) -> str:
    prefix = string[:len(string) - len(string.lstrip("rRbBuUfF"))]
    body = string[len(prefix):]
    quotes = body[:3] if body[:3] in ('"""', "'''") else body[0]
    return prefix + quotes + " " + quotes


def assert_code_kept(text: str) -> None:
    """code_only(text) has every token of text's code; each string is emptied or kept whole, an f-string kept."""
    before, after = _tokens(text), _tokens(code_only(text))
    assert [t for t, _ in after] == [t for t, _ in before]
    for (kind, old), (_, new) in zip(before, after):
        if kind != tokenize.STRING or "f" in old[:len(old) - len(old.lstrip("rRbBuUfF"))].lower():
            assert new == old
        else:
            assert new in (old, _emptied(old))


SOURCES = sorted(p for folder in ("bnlint", "examples", "tests") for p in (ROOT / folder).rglob("*.py"))


@pytest.mark.parametrize("path", SOURCES, ids=lambda p: str(p.relative_to(ROOT)))
def test_code_only_keeps_every_token_of_the_code(path):
    text = path.read_text(encoding="utf-8")
    assert_code_kept(text)


@pytest.mark.parametrize("text, expected", [
    ('x = "a # b"  # c\n', 'x = " "  \n'),
    ("s = 'it\\'s'\n", "s = ' '\n"),
    ('d = """one\n"two"\n"""\n', 'd = """ """\n'),
    ("f(rb'\\x00', br\"#\")\n", "f(rb' ', br\" \")\n"),
    ("t = 'a''' + ''\n", "t = ' '' ' + ' '\n"),
    ('g = f"{model.train()}"  # kept\n', 'g = f"{model.train()}"  \n'),
    ("h = rf'{x}' + Rf'{y}'\n", "h = rf'{x}' + Rf'{y}'\n"),
    ("# a 'quote' in a comment\nz = 1\n", "\nz = 1\n"),
])
def test_code_only_examples(text, expected):
    assert code_only(text) == expected


CODE_PIECES = ["x", "xf", " ", "=", "(", ")", "\n", "#", "'", '"', "'''", '"""', "\\", "f", "r", "b", ",", "a.train()"]


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.sampled_from(CODE_PIECES), max_size=20).map("".join))
def test_code_only_agrees_with_the_tokenizer_wherever_it_tokenizes(text):
    text += "\npass\n"  # a file does not end on a line continuation: the tokenize module fails on one, Python does not
    try:
        with warnings.catch_warnings():  # `"\("` in a generated string: an invalid escape, a warning only
            warnings.simplefilter("ignore")
            ast.parse(text)
        _tokens(text)
    except (SyntaxError, ValueError, tokenize.TokenError):
        return  # not Python (or not to the tokenize module): code_only may garble it (it does not parse either)
    assert_code_kept(text)


def test_any_word_finds_a_pattern_only_where_a_word_starts():
    from bnlint.textsearch import AnyWord

    calls = AnyWord(r"trace\(", r"script\(")
    assert calls.search("torch.jit.trace(m, x)") and calls.search("trace(m)") and calls.search("(script(m))")
    assert calls.search("symbolic_trace(m)") is None and calls.search("describe_script(m)") is None
    assert calls.search("symbolic_trace(m); jit.trace(m)").start() == len("symbolic_trace(m); jit.")
