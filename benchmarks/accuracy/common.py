"""What corpus.py and run.py share: the manifest, the corpus root, the label files."""

import csv
import os
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
MANIFEST = HERE / "corpus.toml"
LABELS = HERE / "labels"
MARKER = ".bnlint-corpus-commit"  # written in DIR/<name>/ once an entry is materialised

# Columns of the label files (tab-separated, one header line).
PRECISION_COLUMNS = ["file", "line", "code", "label", "reason", "labeller", "commit"]
RECALL_FILES_COLUMNS = ["file", "code", "picked_by", "labeller"]
RECALL_COLUMNS = ["file", "code", "first_line", "last_line", "description"]


def entries():
    with open(MANIFEST, "rb") as f:
        return tomllib.load(f)["entry"]


def corpus_root(dest=None):
    return Path(dest or os.environ.get("BNLINT_CORPUS") or Path.home() / ".cache" / "bnlint-corpus")


def materialised_at(path):
    marker = Path(path) / MARKER
    return marker.read_text().strip() if marker.is_file() else None


def read_tsv(path, columns):
    """Rows of a label file as dicts; comment lines (#) and blank lines are skipped."""
    if not path.is_file():
        return []
    with open(path, newline="", encoding="utf-8") as f:
        lines = [line for line in f if line.strip() and not line.startswith("#")]
    rows = list(csv.DictReader(lines, delimiter="\t", quoting=csv.QUOTE_NONE))
    for row in rows:
        missing = [c for c in columns if not (row.get(c) or "").strip() and c not in ("reason", "description")]
        if missing:
            raise SystemExit(f"{path}: row {row} lacks {', '.join(missing)}")
    return rows


def write_tsv(path, columns, rows):
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
        w.writerow(columns)
        for row in rows:
            w.writerow([str(row[c]).replace("\t", " ").replace("\n", " ") for c in columns])
