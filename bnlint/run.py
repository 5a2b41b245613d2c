"""`python -m bnlint.run [-m module | script.py] [args...]`: run a program with bnlint's runtime guard on every
model it runs, no change to its code.

    BNLINT_GUARD=warn python -m bnlint.run train.py --epochs 3     # warn (the default), raise, log, off
    BNLINT_GUARD=raise python -m bnlint.run -m mypkg.train
    BNLINT_GUARD_ALLOW=BN003,head.noise python -m bnlint.run sample.py   # intended: codes or module names

The program runs as `python script.py` would run it (`__main__`, its folder first on sys.path, sys.argv as
given). torch is not imported here: the guard installs its hooks when the program imports torch. At exit, a
summary of what was found goes to standard error; the exit code is the program's own (with raise, the first
finding ends the program with a GuardError, exit 1).
"""

from __future__ import annotations

import os
import runpy
import sys
from typing import List, Optional

USAGE = "usage: python -m bnlint.run [-m module | script.py] [args...]"


def main(argv: Optional[List[str]] = None) -> int:
    from bnlint.guard.auto import SettingError, from_environment, summary

    argv = list(sys.argv[1:] if argv is None else argv)
    if not argv or argv[0] in ("-h", "--help"):
        print(USAGE + "\n\n" + __doc__.split("\n\n", 1)[1], file=sys.stderr if not argv else sys.stdout)
        return 2 if not argv else 0
    try:
        guard = from_environment()
    except SettingError as exc:
        print(f"bnlint: error: {exc}", file=sys.stderr)
        return 2
    code = 0
    try:
        if argv[0] == "-m":
            if len(argv) < 2:
                print(USAGE, file=sys.stderr)
                return 2
            sys.argv = argv[1:]
            runpy.run_module(argv[1], run_name="__main__", alter_sys=True)
        else:
            path = argv[0]
            if not os.path.exists(path):
                print(f"bnlint: error: {path}: no such file", file=sys.stderr)
                return 2
            sys.argv = argv
            sys.path.insert(0, os.path.dirname(os.path.abspath(path)))
            runpy.run_path(path, run_name="__main__")
    except SystemExit as exc:
        code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        if exc.code is not None and not isinstance(exc.code, int):
            print(exc.code, file=sys.stderr)
    finally:
        if guard is not None:
            guard.remove()
            print(summary(guard), file=sys.stderr)
    return code


if __name__ == "__main__":
    sys.exit(main())
