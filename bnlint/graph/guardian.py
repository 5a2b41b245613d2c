"""The guardian of one graph-tier worker: the process between bnlint and the user's code.

    python -m bnlint.graph.guardian FOLDER STATUS -- python -m bnlint.graph.worker JOB EVENTS

It starts the worker below itself and becomes a subreaper (Linux), so whatever the user's code starts stays
below it, even after setsid() or a double fork. Its standard input is a pipe from bnlint: "stop" (or bnlint
gone: end of file) ends the worker and everything below it. When the worker ends by itself, what it left
running is ended too. It writes the worker's exit status (a negative signal number when a signal ended it)
to STATUS; when bnlint is gone, it also removes FOLDER, the run's temporary folder.

It imports nothing heavy (no torch, no user code): it must stay responsive whatever the worker does.
"""

from __future__ import annotations

import os
import select
import shutil
import signal
import subprocess
import sys
from typing import List

from bnlint import lifeline

POLL_SECONDS = 0.05


def _write_status(path: str, code: int) -> None:
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(str(code))
    os.replace(tmp, path)


def _wait(worker: subprocess.Popen) -> str:
    """Until the worker ends ('done'), bnlint says stop ('stop') or bnlint is gone ('gone')."""
    while True:
        try:
            ready, _, _ = select.select([0], [], [], POLL_SECONDS)
        except InterruptedError:  # pragma: no cover - a signal; Python retries select itself
            ready = []
        if ready:
            data = os.read(0, 64)
            if not data:
                return "gone"
            if b"stop" in data:
                return "stop"
        if worker.poll() is not None:
            return "done"


def main(argv: List[str]) -> int:
    folder, status, cmd = argv[0], argv[1], argv[argv.index("--") + 1:]
    lifeline.become_subreaper()
    env = dict(os.environ, BNLINT_GUARDIAN=str(os.getpid()))
    worker = subprocess.Popen(cmd, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                              stderr=subprocess.DEVNULL, env=env)
    why = _wait(worker)
    if worker.poll() is None:
        worker.kill()
    code = worker.wait()  # before kill_tree reaps: the worker's own status
    if why != "gone":
        _write_status(status, code)
    lifeline.kill_tree(os.getpid())
    if why == "gone":
        shutil.rmtree(folder, ignore_errors=True)  # bnlint cannot any more
    if not sys.platform.startswith("linux"):  # pragma: no cover - no /proc: the process group, this one too
        os.killpg(0, signal.SIGKILL)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
