"""Write a file so that it is, at every instant, either all old or all new bytes."""

from __future__ import annotations

import hashlib
import os
import stat
import tempfile


class ChangedOnDisk(Exception):
    pass


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def atomic_write(path: str, data: bytes, expected_digest: str) -> None:
    """Temp file in the same folder, fsync, rename over the original; keep its mode.

    Refuses (ChangedOnDisk) when the file no longer holds what was read, so an editor's
    save in between is never overwritten.
    """
    with open(path, "rb") as f:
        if digest(f.read()) != expected_digest:
            raise ChangedOnDisk(f"{path}: changed on disk since it was read; not rewritten, run again")
    real = os.path.realpath(path)  # rewrite the target of a symlink, keep the link
    folder = os.path.dirname(real) or "."
    mode = stat.S_IMODE(os.stat(real).st_mode)
    fd, tmp = tempfile.mkstemp(prefix=".bnlint-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
            f.flush()
            os.fsync(f.fileno())
        os.chmod(tmp, mode)
        os.replace(tmp, real)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise
    try:  # make the rename itself durable
        dfd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dfd)
        finally:
            os.close(dfd)
    except OSError:
        pass
