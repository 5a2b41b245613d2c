"""Regenerate the rule table in README.md from rules/*.md (or --print it)."""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bnlint import catalogue  # noqa: E402

BEGIN, END = "<!-- rule-table:begin -->", "<!-- rule-table:end -->"


def table() -> str:
    rows = ["| Code | Name | Default | Fix | Tier | What it finds |", "|---|---|---|---|---|---|"]
    for d in catalogue.load().values():
        rows.append(
            f"| [{d.code}](rules/{d.code}.md) | {d.name} | {d.default_text} | "
            f"{d.fix or '-'} | {', '.join(d.tiers)} | {d.summary.replace('|', '/')} |"
        )
    return "\n".join(rows)


def main() -> None:
    text = table()
    if "--print" in sys.argv:
        print(text)
        return
    readme = ROOT / "README.md"
    content = readme.read_text(encoding="utf-8")
    new = re.sub(re.escape(BEGIN) + ".*?" + re.escape(END), f"{BEGIN}\n{text}\n{END}", content, flags=re.S)
    readme.write_text(new, encoding="utf-8")


if __name__ == "__main__":
    main()
