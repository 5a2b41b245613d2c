"""Suppression comments."""

from helpers import codes_at

SRC = """\
import torch.nn.functional as F


def f(x):
    a = F.dropout(x){comment}
    return a
"""


def lint_with(comment):
    return codes_at(SRC.format(comment=comment))


def test_unsuppressed():
    assert lint_with("") == [(5, "BN002")]


def test_bare_noqa_silences_the_line():
    assert lint_with("  # noqa") == []


def test_noqa_with_matching_code():
    assert lint_with("  # noqa: BN002") == []
    assert lint_with("  # NOQA:BN104,BN002") == []


def test_noqa_with_other_codes_does_not_silence():
    assert lint_with("  # noqa: BN104") == [(5, "BN002")]


def test_unknown_codes_in_noqa_are_ignored_not_errors():
    assert lint_with("  # noqa: XYZ123, BN002") == []
    assert lint_with("  # noqa: XYZ123") == [(5, "BN002")]


def test_file_level_noqa_anywhere_skips_the_file():
    assert codes_at(SRC.format(comment="") + "\n# bnlint: noqa\n") == []


def test_file_level_noqa_with_codes():
    assert codes_at(SRC.format(comment="") + "# bnlint: noqa: BN002\n") == []
    assert codes_at(SRC.format(comment="") + "# bnlint: noqa: BN104\n") == [(5, "BN002")]


def test_noqa_inside_a_string_is_not_a_comment():
    src = SRC.format(comment="") + 's = "# bnlint: noqa"\n'
    assert codes_at(src) == [(5, "BN002")]
    assert codes_at(SRC.format(comment='; s = "# noqa"')) == [(5, "BN002")]


def test_noqa_on_the_last_line_of_a_multiline_call():
    src = "import torch.nn.functional as F\nF.dropout(\n    x,\n)  # noqa: BN002\n"
    assert codes_at(src) == []
