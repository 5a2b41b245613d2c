"""Issue 18, item 1: lines are counted as Python counts them (at \\n, \\r\\n and \\r only).

A form feed, \\x0b, \\x1c-\\x1e, \\x85, U+2028 or U+2029 in a comment is no line break to Python, but it is one
to str.splitlines(): every finding, fix, noqa comment and excerpt after it used to land one line off.
Every fix kind is covered through the rule documents' own examples (each `python fixed` example is the fix
of a `python bad` one): the same character on a comment line above the bad code must give the fixed
example with that same line above it.
"""

from __future__ import annotations

import pytest

from bnlint import catalogue
from bnlint.source.lines import line_starts, readline, split_lines

from helpers import codes_at, fix, lint

# Characters str.splitlines() breaks at and Python does not.
NOT_BREAKS = ["\x0c", "\x0b", "\x1c", "\x1d", "\x1e", "\x85", "\u2028", "\u2029"]
IDS = [f"U+{ord(c):04X}" for c in NOT_BREAKS]


def fixed_examples():
    for doc in catalogue.load().values():
        if "source" not in doc.tiers or not doc.fix:
            continue
        bads = [ex for ex in doc.examples if ex.kind == "bad"]
        for ex in doc.examples:
            opts = dict(ex.options)
            if ex.kind != "fixed" or opts.get("tier", "source") != "source":
                continue
            of = [b for b in bads if dict(b.options).get("id") == opts["id"]] if "id" in opts else bads[:1]
            options = {k: v for k, v in {**dict(of[0].options), **opts}.items() if k not in ("tier", "id")}
            yield pytest.param(doc.code, of[0].unmarked(), ex.code, options, id=f"{doc.code}-line{ex.doc_line}")


EXAMPLES = list(fixed_examples())


def test_every_fixable_rule_has_an_example_here():
    fixable = {d.code for d in catalogue.load().values() if "source" in d.tiers and d.fix}
    assert fixable and {p.values[0] for p in EXAMPLES} == fixable


@pytest.mark.parametrize("char", NOT_BREAKS, ids=IDS)
@pytest.mark.parametrize("code,bad,fixed,options", EXAMPLES)
def test_every_fix_kind_after_a_character_python_does_not_break_at(code, bad, fixed, options, char):
    head = f"# page{char}break: not a new line to Python\n"
    assert fix(head + bad, select=[code], **options) == head + fixed


@pytest.mark.parametrize("code,bad,fixed,options", EXAMPLES)
def test_every_fix_kind_after_a_form_feed_line(code, bad, fixed, options):
    # A line holding only a form feed: the page break of Emacs/GNU style (the Python standard library has them).
    head = "\x0c\n"
    assert fix(head + bad, select=[code], **options) == head + fixed


@pytest.mark.parametrize("code,bad,fixed,options", EXAMPLES)
def test_every_fix_kind_with_old_mac_line_ends(code, bad, fixed, options):
    def cr(text: str) -> str:
        return text.replace("\n", "\r")

    assert fix(cr(bad), select=[code], **options) == cr(fixed)


@pytest.mark.parametrize("char", NOT_BREAKS, ids=IDS)
def test_findings_land_on_pythons_line(char):
    code = f"import torch.nn.functional as F\n# a{char}b\ny = F.dropout(x)\n"
    assert codes_at(code) == [(3, "BN002")]
    [d] = lint(code)
    assert (d.start.column, d.end.line) == (5, 3)


@pytest.mark.parametrize("char", NOT_BREAKS, ids=IDS)
def test_noqa_is_read_on_pythons_line(char):
    code = f"import torch.nn.functional as F\n# a{char}b\ny = F.dropout(x)  # noqa: BN002\nz = F.dropout(x)\n"
    assert codes_at(code) == [(4, "BN002")]


def test_noqa_with_old_mac_line_ends():
    code = "import torch.nn.functional as F\ry = F.dropout(x)  # noqa: BN002\rz = F.dropout(x)\r"
    assert codes_at(code) == [(3, "BN002")]


@pytest.mark.parametrize("char", NOT_BREAKS, ids=IDS)
def test_the_splitting_function_agrees_with_python(char):
    import ast

    text = f"a = 1  # x{char}y\r\nb = 2\rc = '{char}'\nd = 3"
    lines = split_lines(text)
    tree = ast.parse(text)
    assert len(lines) == 4 == tree.body[-1].lineno
    for stmt in tree.body:
        assert lines[stmt.lineno - 1].lstrip().startswith(ast.unparse(stmt.targets[0]))
    assert line_starts(text) == [0, 14, 20, 28, 33]
    import tokenize

    assert [t.start[0] for t in tokenize.generate_tokens(readline(text)) if t.type == tokenize.NAME] == [1, 2, 3, 4]


def test_graph_findings_read_the_line_python_means(tmp_path):
    """The graph tier's findings point at a source line by number: linecache reads it the way Python does."""
    from bnlint.graph.findings import make

    path = tmp_path / "m.py"
    path.write_text("# a\x0cb\u2028c\n    x = 1\n", encoding="utf-8")
    d = make("BN002", "m", (str(path), 2))
    assert (d.start.line, d.start.column, d.end.column) == (2, 5, 10)
