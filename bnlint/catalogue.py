"""The rule catalogue: one Markdown document per rule in rules/ (shipped as bnlint._catalogue).

A document is the single source of a rule's name, default, fix safety and help text:

    ---
    code: BN002
    name: functional-dropout-always-on
    default: on          (on | off | graph: on in the graph tier only, where running the model confirms it)
    fix: safe
    tier: source
    ---
    # BN002 functional-dropout-always-on
    ## What it does
    ...

Fenced code blocks whose info string is `python bad`, `python good` or `python fixed`
are executable examples (see tests/test_catalogue.py); `key=value` words after the kind
are settings for that example (e.g. `python fixed strategy=uout`). A fixed example shows the
fix of the bad example with the same `id=`, or of the document's first bad example.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Dict, List, Optional, Tuple

SECTION_ORDER = ("What it does", "Why is this bad?", "Example", "Use instead", "Fix", "References")
_FENCE = re.compile(r"^```([^\n`]*)\n(.*?)^```[ \t]*$", re.S | re.M)
# A trailing `# <- BN002` comment marks the line where an example expects a finding.
EXPECT_MARK = re.compile(r"[ \t]*#[ \t]*<-[ \t]*((?:BN\d+[ ,]*)+)[^\n]*$", re.M)


@dataclass(frozen=True)
class Example:
    kind: str  # bad | good | fixed
    code: str
    options: Tuple[Tuple[str, str], ...] = ()
    doc_line: int = 0  # line of the opening fence in the document

    def expected(self) -> List[Tuple[int, str]]:
        """(line, code) pairs marked with `# <- CODE` in a bad example."""
        found = []
        for lineno, line in enumerate(self.code.splitlines(), start=1):
            m = EXPECT_MARK.search(line)
            if m:
                found += [(lineno, c) for c in re.findall(r"BN\d+", m.group(1))]
        return found

    def unmarked(self) -> str:
        """The code with `# <- CODE` markers removed: what a fix is applied to."""
        return EXPECT_MARK.sub("", self.code)


@dataclass(frozen=True)
class RuleDoc:
    code: str
    name: str
    default: bool  # on in every tier it runs in
    fix: Optional[str]  # "safe" | "unsafe" | None
    tiers: Tuple[str, ...]
    severity: str
    text: str  # the whole document, front matter removed
    path: str
    examples: Tuple[Example, ...] = field(default=())
    default_tiers: Tuple[str, ...] = ()  # the tiers it is on in by default

    @property
    def default_text(self) -> str:
        if self.default:
            return "on"
        return f"{', '.join(self.default_tiers)} only" if self.default_tiers else "off"

    @property
    def title(self) -> str:
        return f"{self.code} {self.name}"

    @property
    def summary(self) -> str:
        """First paragraph of 'What it does', on one line."""
        body = self.section("What it does") or ""
        para = body.strip().split("\n\n")[0]
        return " ".join(para.split())

    def section(self, heading: str) -> Optional[str]:
        m = re.search(rf"^## {re.escape(heading)}[ \t]*\n(.*?)(?=^## |\Z)", self.text, re.S | re.M)
        return m.group(1).strip() if m else None

    def headings(self) -> List[str]:
        return re.findall(r"^## (.+?)[ \t]*$", self.text, re.M)


class CatalogueError(Exception):
    pass


def catalogue_dir() -> Path:
    """rules/ of a checkout, or the copy inside an installed wheel."""
    here = Path(__file__).resolve().parent
    checkout = here.parent / "rules"
    if checkout.is_dir() and (here.parent / "pyproject.toml").is_file():
        return checkout
    packaged = here / "_catalogue"  # where the wheel puts rules/ (see pyproject.toml)
    if packaged.is_dir():
        return packaged
    return checkout


def parse_document(text: str, path: str = "<doc>") -> RuleDoc:
    if not text.startswith("---\n"):
        raise CatalogueError(f"{path}: missing front matter (a '---' block at the top)")
    end = text.find("\n---\n", 4)
    if end < 0:
        raise CatalogueError(f"{path}: front matter is not closed with '---'")
    meta: Dict[str, str] = {}
    for lineno, line in enumerate(text[4:end].splitlines(), start=2):
        if not line.strip():
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise CatalogueError(f"{path}:{lineno}: front matter line is not 'key: value'")
        meta[key.strip()] = value.strip()
    body_start = end + len("\n---\n")
    body = text[body_start:]
    offset = text[:body_start].count("\n")
    for key in ("code", "name", "default", "fix", "tier"):
        if key not in meta:
            raise CatalogueError(f"{path}: front matter lacks '{key}'")
    if meta["default"] not in ("on", "off", "graph"):
        raise CatalogueError(f"{path}: default must be 'on', 'off' or 'graph', not {meta['default']!r}")
    if meta["fix"] not in ("safe", "unsafe", "none"):
        raise CatalogueError(f"{path}: fix must be safe, unsafe or none, not {meta['fix']!r}")
    examples = []
    for m in _FENCE.finditer(body):
        words = m.group(1).split()
        if len(words) >= 2 and words[0] == "python" and words[1] in ("bad", "good", "fixed"):
            opts = tuple(tuple(w.split("=", 1)) for w in words[2:] if "=" in w)
            line = offset + body[: m.start()].count("\n") + 1
            examples.append(Example(words[1], m.group(2), opts, line))
    tiers = tuple(t.strip() for t in meta["tier"].split(","))
    if meta["default"] == "graph" and "graph" not in tiers:
        raise CatalogueError(f"{path}: default is 'graph' but the rule does not run in the graph tier")
    return RuleDoc(
        code=meta["code"],
        name=meta["name"],
        default=meta["default"] == "on",
        default_tiers=tiers if meta["default"] == "on" else ("graph",) if meta["default"] == "graph" else (),
        fix=None if meta["fix"] == "none" else meta["fix"],
        tiers=tiers,
        severity=meta.get("severity", "warning"),
        text=body.lstrip("\n"),
        path=path,
        examples=tuple(examples),
    )


@lru_cache(maxsize=1)
def load() -> Dict[str, RuleDoc]:
    docs: Dict[str, RuleDoc] = {}
    for path in sorted(catalogue_dir().glob("BN*.md")):
        doc = parse_document(path.read_text(encoding="utf-8"), str(path))
        if doc.code != path.stem:
            raise CatalogueError(f"{path}: front matter code {doc.code} does not match the file name")
        docs[doc.code] = doc
    return docs


def get(code: str) -> Optional[RuleDoc]:
    return load().get(code.upper())


def by_name(name: str) -> Optional[RuleDoc]:
    for doc in load().values():
        if doc.name == name:
            return doc
    return None


def codes_for_tier(tier: str) -> Tuple[str, ...]:
    """The codes whose document names this tier (`tier: source, graph`), in code order."""
    return tuple(code for code, doc in sorted(load().items()) if tier in doc.tiers)
