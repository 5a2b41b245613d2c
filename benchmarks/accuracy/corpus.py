"""Materialise the accuracy corpus: every entry of corpus.toml at its pinned commit, in DIR/<name>/.

    python benchmarks/accuracy/corpus.py [--dest DIR] [--mirrors DIR] [--only NAME ...]

DIR defaults to $BNLINT_CORPUS, else ~/.cache/bnlint-corpus. Each repository comes from a local git dir
(<mirrors>/owner+name/repo, default /work/.mirror) when it has the commit, else from a clone of
https://github.com/owner/name. The files are written with `git archive <commit> | tar -x` (with `git checkout-index` through a private index
when a local copy lacks some large files: they are left out and named) and a marker file records the commit,
so a second run skips what is already there. Standard library only.
"""

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from common import MARKER, corpus_root, entries, materialised_at


def has_commit(git_dir, commit):
    return subprocess.run(["git", "--git-dir", str(git_dir), "cat-file", "-e", f"{commit}^{{commit}}"],
                          capture_output=True).returncode == 0


def source(entry, mirrors, scratch):
    """A git dir holding the entry's commit: a local mirror, else a fresh clone."""
    owner, name = entry["repo"].split("/")
    for mirror in mirrors:
        git_dir = Path(mirror) / f"{owner}+{name}" / "repo"
        if git_dir.is_dir() and has_commit(git_dir, entry["commit"]):
            return git_dir
    clone = Path(scratch) / "clone"
    url = f"https://github.com/{entry['repo']}"
    print(f"  cloning {url}", flush=True)
    subprocess.run(["git", "clone", "--quiet", "--bare", url, str(clone)], check=True)
    if not has_commit(clone, entry["commit"]):
        subprocess.run(["git", "--git-dir", str(clone), "fetch", "--quiet", "origin", entry["commit"]], check=True)
    return clone


def missing_blobs(git_dir, commit, keep):
    """Paths of the commit whose content the git dir lacks (a partial local copy omits its largest files)."""
    listing = subprocess.run(["git", "--git-dir", str(git_dir), "ls-tree", "-r", "-z", commit, "--", *keep],
                             capture_output=True, check=True).stdout.decode().split("\0")
    blobs = {}
    for line in filter(None, listing):
        meta, path = line.split("\t", 1)
        mode, kind, oid = meta.split()
        if kind == "blob":
            blobs.setdefault(oid, []).append(path)
    check = subprocess.run(["git", "--git-dir", str(git_dir), "cat-file", "--batch-check"], input="\n".join(blobs),
                           capture_output=True, text=True, check=True).stdout.splitlines()
    return sorted(p for line in check if line.endswith(" missing") for p in blobs[line.split()[0]])


def extract(git_dir, commit, keep, staging, scratch):
    """Write the commit's files (or those under keep) into staging."""
    missing = missing_blobs(git_dir, commit, keep)
    if not missing:
        archive = subprocess.Popen(["git", "--git-dir", str(git_dir), "archive", "--format=tar", commit, *keep],
                                   stdout=subprocess.PIPE)
        subprocess.run(["tar", "-x", "-C", str(staging)], stdin=archive.stdout, check=True)
        archive.stdout.close()
        if archive.wait():
            sys.exit(f"git archive {commit} failed in {git_dir}")
        return
    # git archive stops at the first missing blob: check out the others through a private index instead.
    print(f"  {len(missing)} files absent from {git_dir}, left out: {', '.join(missing)}")
    env = dict(os.environ, GIT_INDEX_FILE=str(Path(scratch) / "index"))
    git = ["git", "--git-dir", str(git_dir), "--work-tree", str(staging)]
    subprocess.run(git + ["read-tree", commit], env=env, check=True)
    listing = subprocess.run(git + ["ls-files", "-z", "--", *keep], env=env, capture_output=True, check=True)
    wanted = sorted(set(filter(None, listing.stdout.decode().split("\0"))) - set(missing))
    subprocess.run(git + ["checkout-index", "-z", "--stdin"], env=env, check=True,
                   input="\0".join(wanted).encode())


def materialise(entry, root, mirrors):
    target = root / entry["name"]
    if materialised_at(target) == entry["commit"]:
        print(f"{entry['name']}: at {entry['commit'][:10]}, skipped")
        return
    print(f"{entry['name']}: {entry['repo']} @ {entry['commit'][:10]}", flush=True)
    # A link to a folder not there yet (the corpus kept on another disk) is followed: its target is made.
    Path(os.path.realpath(root)).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=root, prefix=f".{entry['name']}-") as scratch:
        git_dir = source(entry, mirrors, scratch)
        staging = Path(scratch) / "tree"
        staging.mkdir()
        extract(git_dir, entry["commit"], entry.get("keep", []), staging, scratch)
        (staging / MARKER).write_text(entry["commit"] + "\n")
        if target.exists() or target.is_symlink():
            shutil.rmtree(target)
        staging.rename(target)
    count = sum(1 for _ in target.rglob("*.py"))
    print(f"  {count} .py files in {target}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dest", help="corpus root (default: $BNLINT_CORPUS, else ~/.cache/bnlint-corpus)")
    parser.add_argument("--mirrors", action="append", default=[],
                        help="a folder of local git dirs named owner+name/repo (repeatable; /work/.mirror is tried last)")
    parser.add_argument("--only", nargs="+", metavar="NAME", help="materialise only these entries")
    args = parser.parse_args()
    root = corpus_root(args.dest)
    mirrors = args.mirrors + ["/work/.mirror"]
    for entry in entries():
        if not args.only or entry["name"] in args.only:
            materialise(entry, root, mirrors)


if __name__ == "__main__":
    main()
