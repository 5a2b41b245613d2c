"""Every rule document in rules/ is complete and its examples run as tests."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from bnlint import catalogue
from bnlint.catalogue import SECTION_ORDER
from bnlint.source.rule import source_rules

from helpers import fix, lint

ROOT = Path(__file__).resolve().parent.parent
DOCS = catalogue.load()


def source_examples():
    for doc in DOCS.values():
        if "source" not in doc.tiers:
            continue
        bads = [ex for ex in doc.examples if ex.kind == "bad"]
        for ex in doc.examples:
            opts = dict(ex.options)
            if opts.get("tier", "source") != "source":
                continue
            # A fixed example is the fix of the bad example with the same id=, else of the first one.
            of = [b for b in bads if dict(b.options).get("id") == opts["id"]] if "id" in opts else bads[:1]
            yield pytest.param(doc, ex, of[0] if of else None, id=f"{doc.code}-{ex.kind}-line{ex.doc_line}")


def test_catalogue_is_not_empty():
    assert len(DOCS) >= 1


@pytest.mark.parametrize("doc", DOCS.values(), ids=list(DOCS))
def test_document_has_every_section_in_order(doc):
    headings = doc.headings()
    present = [h for h in headings if h in SECTION_ORDER]
    assert present == list(SECTION_ORDER), f"{doc.path}: sections {headings}"
    assert doc.text.startswith(f"# {doc.code} {doc.name}\n")
    assert re.fullmatch(r"[a-z]+(-[a-z0-9]+)+", doc.name), "names are kebab-case"
    kinds = {ex.kind for ex in doc.examples}
    if "source" in doc.tiers:
        assert {"bad", "good"} <= kinds, f"{doc.path} needs bad and good examples"
        if doc.fix:
            assert "fixed" in kinds, f"{doc.path} has a fix but no fixed example"


def test_every_source_rule_has_a_document_and_back():
    rules = source_rules()
    source_docs = {c for c, d in DOCS.items() if "source" in d.tiers}
    assert set(rules) == source_docs


@pytest.mark.parametrize("doc,example,bad", list(source_examples()))
def test_example(doc, example, bad):
    options = {k: v for k, v in example.options if k not in ("tier", "id", "fix")}
    if example.kind == "bad":
        expected = sorted(example.expected())
        assert expected, f"{doc.path}:{example.doc_line}: a bad example must mark lines with '# <- {doc.code}'"
        diags = [d for d in lint(example.code, select=["ALL"], **options) if d.code == doc.code]
        assert sorted((d.line, d.code) for d in diags) == [e for e in expected if e[1] == doc.code]
        if dict(example.options).get("fix") == "none":  # the Fix section's "not offered" cases
            assert [d.message for d in diags if d.fix is not None] == []
            assert fix(example.unmarked(), select=[doc.code], **options) == example.unmarked()
    elif example.kind == "good":
        found = [(d.line, d.code, d.message) for d in lint(example.code, select=["ALL"], **options)]
        assert found == []
    else:
        assert bad is not None, f"{doc.path}:{example.doc_line}: a fixed example must follow a bad one"
        bad_options = {k: v for k, v in bad.options if k not in ("tier", "id", "fix")}
        assert fix(bad.unmarked(), select=[doc.code], **{**bad_options, **options}) == example.code


def test_rule_command_prints_each_document():
    from click.testing import CliRunner

    from bnlint.cli import main

    for code, doc in DOCS.items():
        result = CliRunner().invoke(main, ["rule", code])
        assert result.exit_code == 0
        assert result.output.startswith(f"# {code} {doc.name}")
        assert "## Why is this bad?" in result.output


def test_readme_rule_table_is_generated_from_the_catalogue():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    proc = subprocess.run([sys.executable, str(ROOT / "scripts" / "rule_table.py"), "--print"],
                          capture_output=True, text=True, check=True)
    assert proc.stdout.strip() in readme, "README rule table is stale: run `python scripts/rule_table.py`"


@pytest.mark.torch
def test_the_graph_codes_are_the_codes_of_the_graph_passes():
    """Graph codes come from the documents' `tier:` front matter: every code a graph pass can report has a
    document naming the graph tier, and every such document has a pass."""
    pytest.importorskip("torch")
    from bnlint.graph.api import PASSES
    from bnlint.graph.findings import rule_name

    reported = set().union(*(codes for codes, _ in PASSES))
    assert reported == set(catalogue.codes_for_tier("graph"))
    for code in reported:
        assert rule_name(code) == DOCS[code].name
