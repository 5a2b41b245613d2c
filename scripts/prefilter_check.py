"""Check on real code that the prefilters skip nothing a rule would report: findings with and without them must match.

    python scripts/prefilter_check.py ROOT [ROOT ...]

For each ROOT, `bnlint check --select ALL --no-cache --output-format json ROOT` runs twice: as it is, and with every
rule's text test (Rule.may_apply) answering yes, so that every file is parsed and every rule runs on it. The two
rules' findings must be identical (syntax errors, BN901, are left out: by design a file no rule's text test matches is
not parsed, so its syntax error is not reported); the script names each ROOT whose findings differ, with the first
difference, and exits 1. Slow (every file parsed, every rule run): minutes on torch's sources.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
NO_PREFILTER = (
    "import sys\n"
    "from bnlint.source import rule\n"
    "for cls in rule.source_rules().values():\n"
    "    cls.may_apply = classmethod(lambda cls, text: True)\n"
    "from bnlint.cli import main\n"
    "sys.argv[0] = 'bnlint'\n"
    "main(sys.argv[1:])\n"
)


def findings(root: str, prefilter: bool) -> list:
    args = ["check", "--select", "ALL", "--no-cache", "--output-format", "json", "--exit-zero", root]
    cmd = [sys.executable, "-m", "bnlint", *args] if prefilter else [sys.executable, "-c", NO_PREFILTER, *args]
    done = subprocess.run(cmd, cwd=HERE, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    if done.returncode != 0:
        sys.exit(f"{' '.join(cmd[:3])} ... {root} exited {done.returncode}:\n{done.stderr.decode(errors='replace')[-2000:]}")
    return [d for d in json.loads(done.stdout) if not d["code"].startswith("BN9")]


def main() -> int:
    roots = sys.argv[1:]
    if not roots:
        sys.exit(__doc__)
    differ = []
    for root in roots:
        kept, everything = findings(root, True), findings(root, False)
        print(f"{root}: {len(everything)} findings, "
              f"{'the same' if kept == everything else 'DIFFERENT'} with and without the prefilters")
        if kept != everything:
            first = next((a, b) for a, b in zip(kept + [None] * len(everything), everything + [None] * len(kept))
                         if a != b)
            print(f"  first difference: with {json.dumps(first[0])[:300]}\n  without {json.dumps(first[1])[:300]}")
            differ.append(root)
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
