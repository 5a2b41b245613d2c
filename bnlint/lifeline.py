"""Processes bnlint starts die with the process that started them, and take what they started along.

- A worker (the source tier's pool, the graph tier's child) calls die_with_parent(pid) first: on Linux the
  kernel sends it SIGKILL when its parent dies (PR_SET_PDEATHSIG); everywhere a thread checks the parent
  every 0.2 s; and orphaned() lets code about to write a file make sure the parent still wants it.
- The graph tier's guardian (bnlint.graph.guardian) is a subreaper (PR_SET_CHILD_SUBREAPER on Linux): what
  the user's code starts stays below it even after setsid() or a double fork, and kill_tree() ends it all.

No imports of bnlint here: every process side uses this.
"""

from __future__ import annotations

import os
import signal
import sys
import threading
import time
from typing import Dict, List, Optional, Tuple

PR_SET_PDEATHSIG = 1
PR_SET_CHILD_SUBREAPER = 36
_parent: Optional[int] = None


def _prctl(option: int, value: int) -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        return libc.prctl(option, value, 0, 0, 0) == 0
    except (OSError, AttributeError):  # pragma: no cover - no libc prctl
        return False


def die_with_parent(parent: int, poll: float = 0.2) -> None:
    """End this process (SIGKILL on Linux, os._exit elsewhere) as soon as `parent` is no longer its parent."""
    global _parent
    _parent = parent
    _prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    if os.getppid() != parent:  # the parent died before the line above: the kernel will not tell us
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(poll)
            if os.getppid() != parent:
                os._exit(1)

    threading.Thread(target=watch, name="bnlint-lifeline", daemon=True).start()


def orphaned() -> bool:
    """This process was started by die_with_parent's caller, and that parent is gone."""
    return _parent is not None and os.getppid() != _parent


def become_subreaper() -> bool:
    """Orphaned descendants are given to this process instead of init (Linux 3.4+); False where unsupported."""
    return _prctl(PR_SET_CHILD_SUBREAPER, 1)


def live_processes() -> Dict[int, Tuple[int, int]]:
    """pid -> (parent pid, session id) of every live (not zombie) process, from /proc (empty elsewhere)."""
    out: Dict[int, Tuple[int, int]] = {}
    try:
        entries = os.listdir("/proc")
    except OSError:
        return out
    for entry in entries:
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat", "rb") as f:
                fields = f.read().rsplit(b")", 1)[1].split()
        except (OSError, IndexError):
            continue
        if len(fields) > 3 and fields[0] not in (b"Z", b"X"):
            out[int(entry)] = (int(fields[1]), int(fields[3]))
    return out


def command_line(pid: int) -> str:
    """The process's arguments joined by spaces ('' when it is gone or hidden)."""
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as f:
            return f.read().replace(b"\0", b" ").decode(errors="replace")
    except OSError:
        return ""


def descendants(pid: int) -> List[int]:
    """Every live process below pid (Linux; empty elsewhere)."""
    children: Dict[int, List[int]] = {}
    for child, (parent, _) in live_processes().items():
        children.setdefault(parent, []).append(child)
    found, todo = [], list(children.get(pid, []))
    while todo:
        p = todo.pop()
        found.append(p)
        todo.extend(children.get(p, []))
    return found


def _signal(pids: List[int], sig: int) -> None:
    for p in pids:
        try:
            os.kill(p, sig)
        except (ProcessLookupError, PermissionError):
            pass


def reap() -> None:
    """Collect the exit status of every finished child of this process (zombies given to a subreaper)."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


def kill_tree(root: int, rounds: int = 50) -> None:
    """SIGKILL every process below root. Each round stops them all first, so that none forks past the list;
    stragglers (a fork between listing and stopping) are caught by the next round."""
    for _ in range(rounds):
        if not descendants(root):
            return
        _signal(descendants(root), signal.SIGSTOP)
        _signal(descendants(root), signal.SIGKILL)
        reap()
        time.sleep(0.01)
